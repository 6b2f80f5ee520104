"""The Explorer's state: every filter and option as a plain dict, checked in one place.

:data:`DEFAULT_STATE` names the keys and their defaults. :func:`check_state` validates a
(partial) state given by code before the widgets take it; :func:`filters_of` and
:func:`term_options_of` read a state the way the selection, titles and counts need it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from ..terms import TermOptions

__all__ = [
    "DEFAULT_STATE",
    "SPEAKER_TYPES",
    "UNITS",
    "VIEWS",
    "check_state",
    "filters_of",
    "term_options_of",
]

VIEWS = ("Terms", "Sentences", "KWIC", "Keyness", "Heatmap")
SPEAKER_TYPES = {"any": None, "direct": "direct", "reported": "indirect"}
UNITS = ("lemma", "word", "n-gram")
DEFAULT_STATE: dict[str, Any] = {
    "articles": [],  # article ids; none chosen = every article
    "speakers": [],  # speaker names (and "(no speaker)"); none chosen = anyone
    "speaker_type": "any",  # "any", "direct" (quoted) or "reported"
    "topics": [],  # topic names; none chosen = any sentence
    "topic_how": "any",  # a sentence needs "any" or "all" of the chosen topics
    "search": "",  # a keyword (case-insensitive substring) or, with regex, a pattern
    "regex": False,
    "unit": "lemma",  # "lemma", "word" or "n-gram" (of lemmas)
    "ngram": 2,  # the n of "n-gram"
    "top": 20,
    "stopwords": [],  # extra words left out of the counts
    "kwic_term": "",
    "kwic_window": 8,
    "view": "Terms",
}
_CHOICES: dict[str, Sequence[str]] = {
    "speaker_type": list(SPEAKER_TYPES),
    "topic_how": ["any", "all"],
    "unit": list(UNITS),
    "view": list(VIEWS),
}


def check_state(value: Mapping[str, Any], *, listed: Mapping[str, Sequence[str]]) -> dict:
    """``value`` checked and normalised; ``listed`` holds the values the table offers for
    ``articles``, ``speakers`` and ``topics``. Raises ValueError naming the key at fault."""
    unknown = sorted(set(value) - set(DEFAULT_STATE))
    if unknown:
        raise ValueError(
            f"unknown Explorer state keys {unknown}; the keys are {list(DEFAULT_STATE)}"
        )
    out = dict(value)
    for key in ("articles", "speakers", "topics"):
        if key in out:
            values = out[key]
            values = [values] if isinstance(values, str) else list(values or [])
            offered = list(listed[key])
            missing = [v for v in values if v not in offered]
            if missing:
                raise ValueError(f"{key}: {missing} not in this table; choose from {offered}")
            out[key] = tuple(values)
    for key, allowed in _CHOICES.items():
        if key in out and out[key] not in allowed:
            raise ValueError(f"{key} must be one of {allowed}, not {out[key]!r}")
    if "stopwords" in out and not isinstance(out["stopwords"], str):
        out["stopwords"] = ", ".join(out["stopwords"])
    if "kwic_term" in out:
        out["kwic_term"] = out["kwic_term"] or ""
    return out


def filters_of(state: Mapping[str, Any]) -> dict[str, Any]:
    """The active filters, as plot titles and provenance read them."""
    search = state["search"].strip()
    out = {
        "article": state["articles"],
        "speaker": state["speakers"],
        "speaker_type": None if state["speaker_type"] == "any" else state["speaker_type"],
        "topic": state["topics"],
        "topic_how": state["topic_how"] if len(state["topics"]) > 1 else None,
        "search": search or None,
        "regex": True if state["regex"] and search else None,
    }
    return {k: v for k, v in out.items() if v not in (None, [], "")}


def term_options_of(state: Mapping[str, Any]) -> TermOptions:
    """The term options the state's unit, n and extra stopwords make."""
    unit = "lemma" if state["unit"] == "n-gram" else state["unit"]
    ngram = state["ngram"] if state["unit"] == "n-gram" else 1
    extra = tuple(sorted(state["stopwords"]))
    return TermOptions(unit=unit, ngram=ngram, stopwords=list(extra) if extra else True)
