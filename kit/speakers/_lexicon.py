"""The speaker word lists of ``kit/resources/``, read once into a :class:`_Lexicon`."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .._resources import resource, words

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
    record_nouns: frozenset[str] = frozenset()  # "according to her memoirs", "... the agreement"


# What a verb or phrase needs to report speech (see kit/resources/speech_verbs.toml).
_NEEDS = ("any", "clause", "that", "quote", "document", "opinion", "ruling")


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    verbs: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for phrase, needs in _table("speech_verbs", "verbs").items():
        if needs not in _NEEDS:
            raise ValueError(
                f"kit/resources/speech_verbs.toml: {phrase!r} needs one of "
                + ", ".join(repr(n) for n in _NEEDS)
            )
        lemmas = phrase.lower().split()
        verbs[lemmas[0]].append((tuple(lemmas[1:]), "" if needs == "any" else needs))
    for entries in verbs.values():
        entries.sort(key=lambda e: -len(e[0]))  # longest phrase first
    honorifics, kept = {}, set()
    for word, info in _table("honorifics", "honorifics").items():
        honorifics[word.lower()] = info.get("gender")
        if info.get("keep"):
            kept.add(word.lower())
    titles = frozenset(w.lower() for w in words("titles", "titles"))
    names = {_strip_the(n.lower()) for n in words("outlets", "names")}
    nouns = [n.lower() for n in words("outlets", "nouns")]
    ends = {e.lower() for e in words("outlets", "ends")}
    names |= {_strip_the(a.lower()) for a in words("agencies", "agencies")}
    marked = {
        mark: {w.lower() for w in words("speaker_nouns", mark)}
        for mark in (
            "role", "group", "unnamed", "person", "document", "describes", "told", "records"
        )
    }
    return _Lexicon(
        verbs=dict(verbs),
        honorifics=honorifics,
        titles=titles,
        title_words=frozenset(w for t in titles for w in re.split(r"[\s-]", t)) | titles,
        outlet_names=frozenset(names),
        outlet_nouns=tuple(nouns),
        speaker_nouns=frozenset(marked["role"] | marked["group"] | marked["unnamed"]),
        collective_nouns=frozenset(marked["group"]),
        kept_honorifics=frozenset(kept),
        outlet_ends=frozenset(ends),
        person_nouns=frozenset(marked["person"]),
        doc_nouns=frozenset(marked["document"]),
        org_descriptors=frozenset(marked["describes"]),
        unnamed_nouns=frozenset(marked["unnamed"]),
        told_things=frozenset(marked["told"]),
        record_nouns=frozenset(marked["records"]),
    )


def _person_noun(noun: str, lex: _Lexicon) -> bool:
    """Whether the common noun (a lemma) ``noun`` names one person: a noun or title of the
    lists, or a long one in "-ist" or "-ian" ("the guitarist", "the comedian") that is no
    document."""
    if noun in lex.person_nouns or noun in lex.titles:
        return True
    return len(noun) > 5 and noun.endswith(("ist", "ian")) and noun not in lex.doc_nouns


def _strip_the(s: str) -> str:
    return s[4:] if s.startswith("the ") else s


def _table(name: str, key: str) -> dict:
    value = resource(name).get(key)
    if not isinstance(value, dict):
        raise ValueError(f"kit/resources/{name}.toml: [{key}] must be a table")
    return value
