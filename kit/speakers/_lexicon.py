"""The speaker word lists of ``kit/resources/``, read once into a :class:`_Lexicon`."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# --- word lists -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Lexicon:
    verbs: dict[str, list[tuple[tuple[str, ...], str]]]  # lemma -> (phrase words, needs)
    honorifics: dict[str, str | None]
    titles: frozenset[str]
    title_words: frozenset[str]
    outlet_names: frozenset[str]
    outlet_nouns: tuple[str, ...]
    speaker_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    outlet_ends: frozenset[str]
    kept_honorifics: frozenset[str]
    person_nouns: frozenset[str] = frozenset()  # "the star", "the veteran": one person
    doc_nouns: frozenset[str] = frozenset()  # "according to state press reports"
    org_descriptors: frozenset[str] = frozenset()  # "Bookmakers Ladbrokes" -> "Ladbrokes"
    unnamed_nouns: frozenset[str] = frozenset()  # "the spokesman": a role, not a named person
    told_things: frozenset[str] = frozenset()  # "tells the story of": narration


def _lines(name: str) -> list[str]:
    text = resources.files("kit.resources").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    verbs: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for line in _lines("speech_verbs.txt"):
        words = line.lower().split()
        needs = words[-1][1:] if words[-1] in ("+clause", "+that") else ""
        words = [w for w in words if w not in ("+clause", "+that")]
        verbs[words[0]].append((tuple(words[1:]), needs))
    for entries in verbs.values():
        entries.sort(key=lambda e: -len(e[0]))  # longest phrase first
    honorifics, kept = {}, set()
    for line in _lines("honorifics.txt"):
        word, gender, keep = [*line.split(), "-", ""][:3]
        honorifics[word.lower()] = None if gender == "-" else gender
        if keep == "keep":
            kept.add(word.lower())
    titles = frozenset(line.lower() for line in _lines("titles.txt"))
    names, nouns, ends = set(), [], set()
    for line in _lines("outlets.txt"):
        if line.lower().startswith("end:"):
            ends.add(line[4:].strip().lower())
        elif line.lower().startswith("noun:"):
            nouns.append(line[5:].strip().lower())
        else:
            names.add(_strip_the(line.lower()))
    names |= {_strip_the(a.lower()) for a in _lines("agencies.txt")}
    marked: dict[str, set[str]] = defaultdict(set)
    for line in _lines("speaker_nouns.txt"):
        word, mark = [*line.lower().split(), ""][:2]
        marked[mark].add(word)
    return _Lexicon(
        verbs=dict(verbs),
        honorifics=honorifics,
        titles=titles,
        title_words=frozenset(w for t in titles for w in re.split(r"[\s-]", t)) | titles,
        outlet_names=frozenset(names),
        outlet_nouns=tuple(nouns),
        speaker_nouns=frozenset(marked[""] | marked["group"] | marked["unnamed"]),
        collective_nouns=frozenset(marked["group"]),
        kept_honorifics=frozenset(kept),
        outlet_ends=frozenset(ends),
        person_nouns=frozenset(marked["person"]),
        doc_nouns=frozenset(marked["document"]),
        org_descriptors=frozenset(marked["describes"]),
        unnamed_nouns=frozenset(marked["unnamed"]),
        told_things=frozenset(marked["told"]),
    )


def _strip_the(s: str) -> str:
    return s[4:] if s.startswith("the ") else s
