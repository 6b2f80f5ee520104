"""The Explorer's state: every filter and option as a plain dict, checked in one place.

:data:`DEFAULT_STATE` names the keys and their defaults. :func:`check_state` validates a
(partial) state given by code before the widgets take it, and returns it normalised, so
that setting the widgets cannot fail half way; :func:`filters_of` and
:func:`term_options_of` read a state the way the selection, titles and counts need it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import pandas as pd

from ..terms import TermOptions

__all__ = [
    "DEFAULT_STATE",
    "KWIC_SORTS",
    "PERIODS",
    "SCOPES",
    "SPEAKER_TYPES",
    "UNITS",
    "VIEWS",
    "Offered",
    "check_state",
    "filters_of",
    "speech_counted",
    "term_options_of",
]

VIEWS = ("Terms", "Sentences", "KWIC", "Keyness", "Heatmap", "Over time")
TABLE_VIEWS = ("Sentences", "KWIC", "Keyness")  # exported as tables (Keyness: and its chart)
# speaker_type in the state -> the column's value ("quoted" and "reported" in the interface;
# the speaker_type column holds "direct" and "indirect")
SPEAKER_TYPES = {"any": None, "direct": "direct", "reported": "indirect"}
UNITS = ("lemma", "word", "n-gram", "entity")
SCOPES = ("speech", "sentence")  # with a speaker filter: count their words, or whole sentences
KWIC_SORTS = {"order": None, "left": "left1", "right": "right1"}
PERIODS = {"week": "W", "month": "M", "year": "Y"}
DEFAULT_STATE: dict[str, Any] = {
    "articles": [],  # article ids; none chosen = every article
    "metadata": {},  # column -> values chosen, e.g. {"section": ["world"]}; none = any
    "dates": [],  # [first, last] ISO dates (either may be None); [] = any date
    "speakers": [],  # speaker names (and "(no speaker)"); none chosen = anyone
    "speaker_kinds": [],  # person, organisation, ... (tables with speaker_kind); none = any
    "speaker_type": "any",  # "any", "direct" (quoted) or "reported"
    "topics": [],  # topic names; none chosen = any sentence
    "topic_how": "any",  # a sentence needs "any" or "all" of the chosen topics
    "search": "",  # a keyword (case-insensitive substring) or, with regex, a pattern
    "regex": False,
    "unit": "lemma",  # "lemma", "word", "n-gram" (of words as written) or "entity"
    "ngram": 2,  # the n of "n-gram"
    "top": 20,
    "stopwords": [],  # extra words left out of the counts
    "scope": "speech",  # with a speaker or speech-type filter: count "speech" or "sentence"
    "kwic_term": "",
    "kwic_window": 8,
    "kwic_sort": "order",  # "order" (article order), "left" or "right" (the next word)
    "period": "month",  # the over-time view's step: "week", "month" or "year"
    "view": "Terms",
}
_CHOICES: dict[str, Sequence[str]] = {
    "speaker_type": list(SPEAKER_TYPES),
    "topic_how": ["any", "all"],
    "unit": list(UNITS),
    "scope": list(SCOPES),
    "kwic_sort": list(KWIC_SORTS),
    "period": list(PERIODS),
    "view": list(VIEWS),
}
_RANGES = {"ngram": (2, 5), "top": (5, 50), "kwic_window": (2, 20)}


class Offered:
    """What a table offers the state: the values of each list and the span of dates."""

    def __init__(
        self,
        lists: Mapping[str, Sequence[str]],
        metadata: Mapping[str, Sequence[str]],
        dates: tuple[pd.Timestamp, pd.Timestamp] | None,
    ) -> None:
        self.lists = lists  # "articles", "speakers", "speaker_kinds", "topics"
        self.metadata = metadata
        self.dates = dates


def check_state(value: Mapping[str, Any], offered: Offered) -> dict[str, Any]:
    """``value`` checked and normalised (lists as tuples, dates as ISO strings).

    Raises ValueError naming the key at fault; nothing is changed by a state that fails.
    """
    if not isinstance(value, Mapping):
        raise ValueError(f"the Explorer state is a dict, not {type(value).__name__}")
    unknown = sorted(set(value) - set(DEFAULT_STATE))
    if unknown:
        raise ValueError(
            f"unknown Explorer state keys {unknown}; the keys are {list(DEFAULT_STATE)}"
        )
    out = dict(value)
    for key, offered_values in offered.lists.items():
        if key in out:
            out[key] = _chosen(key, out[key], offered_values)
    if "metadata" in out:
        meta = out["metadata"] or {}
        if not isinstance(meta, Mapping):
            raise ValueError("metadata: a dict of column -> values, e.g. {'section': ['world']}")
        bad = sorted(set(meta) - set(offered.metadata))
        if bad:
            raise ValueError(
                f"metadata: no filter on {bad}; the table's filter columns are "
                f"{list(offered.metadata)}"
            )
        out["metadata"] = {
            col: _chosen(f"metadata[{col!r}]", vals, offered.metadata[col])
            for col, vals in meta.items()
        }
    if "dates" in out:
        out["dates"] = _dates(out["dates"], offered.dates)
    for key, allowed in _CHOICES.items():
        if key in out and out[key] not in allowed:
            raise ValueError(f"{key} must be one of {list(allowed)}, not {out[key]!r}")
    for key, (lo, hi) in _RANGES.items():
        if key in out:
            v = out[key]
            if isinstance(v, bool) or not isinstance(v, int) or not lo <= v <= hi:
                raise ValueError(f"{key} must be a whole number from {lo} to {hi}, not {v!r}")
    for key in ("search", "kwic_term"):
        if key in out:
            out[key] = "" if out[key] is None else out[key]
            if not isinstance(out[key], str):
                raise ValueError(f"{key} must be text, not {type(out[key]).__name__}")
    if "regex" in out and not isinstance(out["regex"], bool):
        raise ValueError(f"regex must be True or False, not {out['regex']!r}")
    if "stopwords" in out:
        words = out["stopwords"]
        if isinstance(words, str):
            words = words.split(",")
        if not all(isinstance(w, str) for w in words):
            raise ValueError("stopwords: a list of words")
        out["stopwords"] = ", ".join(w.strip() for w in words if w.strip())
    return out


def _chosen(key: str, values: Any, offered: Sequence[str]) -> tuple:
    values = [values] if isinstance(values, str) else list(values or [])
    missing = [v for v in values if v not in offered]
    if missing:
        shown = list(offered)[:20]
        more = f" and {len(offered) - 20} more" if len(offered) > 20 else ""
        raise ValueError(f"{key}: {missing} not in this table; choose from {shown}{more}")
    return tuple(values)


def _dates(value: Any, span: tuple[pd.Timestamp, pd.Timestamp] | None) -> tuple:
    if not value:
        return ()
    if span is None:
        raise ValueError("dates: this table has no date column to filter on")
    if isinstance(value, str) or len(value) != 2:
        raise ValueError(f"dates: a pair [first, last] of dates, not {value!r}")
    out: list[str | None] = []
    for v in value:
        if v is None or v == "":
            out.append(None)
            continue
        try:
            out.append(pd.Timestamp(v).date().isoformat())
        except (ValueError, TypeError):
            raise ValueError(f"dates: {v!r} is not a date (write 2019-06-30)") from None
    if out[0] and out[1] and out[0] > out[1]:
        raise ValueError(f"dates: the first date {out[0]} is after the last {out[1]}")
    return tuple(out)


def filters_of(state: Mapping[str, Any]) -> dict[str, Any]:
    """The active filters, as plot titles and provenance read them."""
    search = state["search"].strip()
    dates = list(state["dates"]) if any(state["dates"]) else None
    out = {
        "article": state["articles"],
        **{col: list(vals) for col, vals in state["metadata"].items() if vals},
        "dates": dates,
        "speaker": state["speakers"],
        "speaker_kind": state["speaker_kinds"],
        "speaker_type": None if state["speaker_type"] == "any" else state["speaker_type"],
        "topic": state["topics"],
        "topic_how": state["topic_how"] if len(state["topics"]) > 1 else None,
        "search": search or None,
        "regex": True if state["regex"] and search else None,
    }
    return {k: v for k, v in out.items() if v not in (None, [], (), "")}


def speech_counted(state: Mapping[str, Any]) -> bool:
    """Whether the counts take only the speakers' own words (issue 13): with a speaker,
    speaker-kind or speech-type filter set, unless the switch says whole sentences."""
    named = [s for s in state["speakers"] if s != "(no speaker)"]  # narration has no speech
    filtered = bool(named) or bool(state["speaker_kinds"])
    filtered = filtered or state["speaker_type"] != "any"
    return filtered and state["scope"] == "speech"


def term_options_of(state: Mapping[str, Any]) -> TermOptions:
    """The term options the state's unit, n and extra stopwords make."""
    unit = {"n-gram": "word", "entity": "entity"}.get(state["unit"], state["unit"])
    ngram = state["ngram"] if state["unit"] == "n-gram" else 1
    words = state["stopwords"]
    extra = tuple(sorted(words if not isinstance(words, str) else _split(words)))
    return TermOptions(unit=unit, ngram=ngram, stopwords=list(extra) if extra else True)


def _split(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]
