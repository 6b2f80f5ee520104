"""Article context for topics: sentences that continue an established story of a topic.

A news story names its topic once or twice and then goes on without the word: "A car bomb
hit a base. Dozens died in the attack. The explosion was very powerful." Sentence by
sentence, only the first is terrorism; read as a story, all three are. This module decides,
per article and topic, from the sentences whose own words are evidence (``strong``) and the
sentences holding only a cue of the topic ("attack", "virus", "escaped"):

- **a story of the topic**: at least ``STORY_MIN`` sentences of its own evidence that, with
  the cue sentences, make at least ``STORY_SHARE`` of the article. Then every sentence from
  the first of them to ``STORY_AFTER`` sentences past the last, and ``STORY_BEFORE`` before
  the first, continues the story (headlines and leads come first; background at the end is
  what the window leaves out).
- **a passage on the topic** inside an article about something else (an extradition fight
  in a feature on software piracy): the sentences right after an evidence sentence that are
  linked to it, up to ``PASSAGE_AFTER`` sentences on: the same name (a person or
  organisation the article names rarely), a cue of the topic, or a quotation still open.
  One sentence before is taken when it names the same rare name (a pardon, then its crime).

Each continuing sentence gets one evidence entry of kind ``context`` that lists the sentence
ids that established the story and their terms (and the cue or name it continues by, when
there is one). Plain rules on general signals; nothing here knows any article.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

STORY_MIN = 2
STORY_SHARE = 0.3
STORY_BEFORE = 2
STORY_AFTER = 2
PASSAGE_AFTER = 3
RARE_NAME_SHARE = 0.25  # a name in more of the article's sentences is its general actor
NAME_TYPES = frozenset({"PERSON", "ORG", "FAC"})
OPEN_QUOTES = '“"'
CLOSE_QUOTES = '”"'


def names(tok_text: Sequence[str], tok_ent: Sequence[str]) -> set[str]:
    """The words of the person, organisation, group and place names of a sentence."""
    out = set()
    for text, ent in zip(tok_text, tok_ent, strict=True):
        if ent != "O" and ent.split("-", 1)[1] in NAME_TYPES and text[:1].isupper():
            out.add(text)
    return out


def open_quote(text: str) -> bool:
    """Whether a sentence leaves a quotation open (the next one goes on quoting)."""
    curly = text.count("“") - text.count("”")
    if curly:
        return curly > 0
    return text.count('"') % 2 == 1 and not text.rstrip().endswith('"')


def continue_stories(
    *,
    topics: Sequence[str],
    sentence_ids: Sequence[int],
    texts: Sequence[str],
    starts: Sequence[int],
    evidence: list[list[dict[str, Any]]],
    cues: list[list[dict[str, Any]]],
    sentence_names: list[set[str]],
    make: Any,
) -> list[list[dict[str, Any]]]:
    """Context evidence for one article's sentences (in reading order), one list a sentence.

    ``evidence`` and ``cues`` hold each sentence's own evidence and waiting cues;
    ``make(topic, term, kind, text, start, end, **extra)`` builds an evidence entry.
    """
    n = len(texts)
    out: list[list[dict[str, Any]]] = [[] for _ in range(n)]
    name_counts = Counter(w for ns in sentence_names for w in ns)
    rare = {w for w, c in name_counts.items() if c <= max(2, RARE_NAME_SHARE * n)}
    for topic in topics:
        strong = [i for i in range(n) if any(e["topic"] == topic for e in evidence[i])]
        if not strong:
            continue
        cued = {i: [c for c in cues[i] if c["topic"] == topic] for i in range(n)}
        cued = {i: c for i, c in cued.items() if c and i not in strong}
        story_terms = list(
            dict.fromkeys(e["term"] for i in strong for e in evidence[i] if e["topic"] == topic)
        )
        established = [sentence_ids[i] for i in strong]
        # a sentence with evidence of another topic and no cue of this one changes the subject
        tagged = set(strong) | {
            i for i in range(n) if evidence[i] and i not in cued and i not in strong
        }

        found: dict[int, tuple[dict | None, str | None]] = {}  # sentence -> (cue, name)
        setting = [i for i, c in cued.items() if not all(x.get("story_only") for x in c)]
        if len(strong) >= STORY_MIN and (len(strong) + len(setting)) / n >= STORY_SHARE:
            marks = sorted({*strong, *cued})
            for i in range(n):
                if i in tagged:
                    continue
                if i in cued:
                    found[i] = (cued[i][0], None)
                elif any(-STORY_AFTER <= m - i <= STORY_BEFORE for m in marks):
                    found[i] = (None, None)
        else:
            found = _passages(strong, cued, tagged, sentence_names, rare, texts)
        for i, (cue, via) in sorted(found.items()):
            terms = story_terms + ([via] if via else [])
            if cue is not None:
                out[i].append(
                    make(
                        topic,
                        cue["term"],
                        "context",
                        cue["text"],
                        cue["start"],
                        cue["end"],
                        established_by=established,
                        terms=terms,
                    )
                )
            else:  # no word of its own: an empty span at the sentence's start
                out[i].append(
                    make(
                        topic,
                        "story",
                        "context",
                        "",
                        starts[i],
                        starts[i],
                        established_by=established,
                        terms=terms,
                    )
                )
    return out


def _passages(
    strong: list[int],
    cued: dict[int, list[dict]],
    tagged: set[int],
    sentence_names: list[set[str]],
    rare: set[str],
    texts: Sequence[str],
) -> dict[int, tuple[dict | None, str | None]]:
    """A passage: the sentences linked to each evidence sentence, after it (one before)."""
    n = len(texts)
    found: dict[int, tuple[dict | None, str | None]] = {}
    for s in strong:
        prev = s
        for i in range(s + 1, min(n, s + 1 + PASSAGE_AFTER)):
            if i in tagged and i not in found:
                if i in strong:
                    prev = i
                    continue
                break  # another topic's sentence
            seen = set().union(*(sentence_names[j] for j in range(s, i)))
            shared = sentence_names[i] & rare & seen
            if i in cued:
                found[i] = (cued[i][0], None)
            elif shared:
                found[i] = (None, sorted(shared)[0])
            elif i == prev + 1 and open_quote(texts[prev]):
                found[i] = (None, "quotation")
            else:
                break
            prev = i
        if s > 0 and s - 1 not in tagged and s - 1 not in found:
            shared = sentence_names[s - 1] & sentence_names[s] & rare
            if shared:
                found[s - 1] = (None, sorted(shared)[0])
    return found
