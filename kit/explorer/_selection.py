"""The Explorer's selection: :func:`kit.select` on the state, plus the metadata, date and
speaker-kind filters, with the costly masks kept.

The speaker filter is kept apart from the others so that the speaker list can count what
the *other* filters leave (the counts follow the filters, and choosing a speaker does not
make every other name show zero).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .._search import SearchError
from ..selection import select
from ..speakers import NO_SPEAKER
from ._state import SPEAKER_TYPES

__all__ = ["DATE_COLUMN", "Selector", "metadata_columns"]

_KEPT = 64  # topic and search masks kept before the cache starts again
DATE_COLUMN = "date"
MAX_CATEGORIES = 60  # a text column with more distinct values than this is not a category
# columns the kit makes (or that name each article): never offered as metadata filters
_NOT_METADATA = {
    "article_id", "paragraph_id", "sentence_id", "text", "start_char", "end_char", "n_words",
    "title", "url", "article_key", "header_spans", "speaker", "speaker_type", "speaker_kind",
    "cue", "reported_by", "speech_spans", "topics", "topic_evidence", DATE_COLUMN,
}  # fmt: skip


def metadata_columns(df: pd.DataFrame) -> dict[str, list[str]]:
    """The categorical metadata columns of a table and their values, in order of frequency.

    A column qualifies when it is text-like, not one the kit makes, and holds between 2 and
    :data:`MAX_CATEGORIES` distinct values (``section``, ``source``, ``category``).
    """
    out = {}
    for col in df.columns:
        if col in _NOT_METADATA or col.startswith("tok_"):
            continue
        series = df[col]
        if not (
            pd.api.types.is_object_dtype(series)
            or pd.api.types.is_string_dtype(series)
            or isinstance(series.dtype, pd.CategoricalDtype)
        ):
            continue
        try:
            counts = series.dropna().astype(str).value_counts()
        except TypeError:  # lists or dicts in the cells
            continue
        if 2 <= len(counts) <= MAX_CATEGORIES:
            out[col] = [str(v) for v in counts.index]
    return out


def date_span(df: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """First and last date of a table with a date column (None without dates)."""
    dates = parsed_dates(df)
    if dates is None or dates.notna().sum() == 0:
        return None
    return dates.min(), dates.max()


def parsed_dates(df: pd.DataFrame) -> pd.Series | None:
    if DATE_COLUMN not in df.columns:
        return None
    return pd.to_datetime(df[DATE_COLUMN], errors="coerce", format="mixed")


class Selector:
    """Row positions of a table that pass a state's filters.

    kit.select is the rule for articles, speakers, speech type, topics and search; the
    metadata, date and speaker-kind filters are column comparisons made here. The topic and
    search masks are kept per value, since they cost the most and change the least while the
    analyst clicks through speakers.
    """

    def __init__(self, df: pd.DataFrame) -> None:
        self.df = df
        self._masks: dict[tuple, np.ndarray] = {}
        dates = parsed_dates(df)
        self._dates = None if dates is None else dates.to_numpy("datetime64[ns]")
        self._speaker_codes, self._speaker_names = pd.factorize(df["speaker"].astype(object))

    def rows(self, state: Mapping[str, Any]) -> tuple[np.ndarray, str | None]:
        """Row positions that pass every filter, and a problem to report (a bad regex)."""
        others, problem = self.others(state)
        if problem:
            return np.zeros(0, np.int64), problem
        return np.flatnonzero(others & self.speaker_mask(state)), None

    def others(self, state: Mapping[str, Any]) -> tuple[np.ndarray, str | None]:
        """The mask of every filter but the speaker list, and a problem (a bad regex)."""
        s, df = state, self.df
        mask = select(
            df, articles=s["articles"], speaker_type=SPEAKER_TYPES[s["speaker_type"]]
        ).to_numpy(bool, copy=True)
        for col, values in s["metadata"].items():
            if values:
                mask &= df[col].astype(str).isin([str(v) for v in values]).to_numpy(bool)
        if any(s["dates"]) and self._dates is not None:
            first, last = s["dates"]
            if first:
                mask &= self._dates >= np.datetime64(first)
            if last:  # the whole last day
                mask &= self._dates < np.datetime64(last) + np.timedelta64(1, "D")
        if s["speaker_kinds"] and "speaker_kind" in df.columns:
            mask &= df["speaker_kind"].isin(list(s["speaker_kinds"])).to_numpy(bool)
        if s["topics"]:
            mask &= self._kept(
                ("topics", tuple(s["topics"]), s["topic_how"]),
                lambda: select(df, topics=s["topics"], how=s["topic_how"]).to_numpy(bool),
            )
        if s["search"].strip():
            try:
                mask &= self._kept(
                    ("search", s["search"], s["regex"]),
                    lambda: select(df, search=s["search"], regex=s["regex"]).to_numpy(bool),
                )
            except SearchError as exc:  # not a valid pattern, or one that ran too long
                return np.zeros(len(df), bool), str(exc)
        return mask, None

    def speaker_mask(self, state: Mapping[str, Any]) -> np.ndarray:
        if not state["speakers"]:
            return np.ones(len(self.df), bool)
        return select(self.df, speakers=state["speakers"]).to_numpy(bool)

    def speaker_counts(self, mask: np.ndarray) -> dict[str, int]:
        """Sentences of each speaker (and of nobody) among the rows of ``mask``."""
        codes = self._speaker_codes[mask]
        counts = np.bincount(codes[codes >= 0], minlength=len(self._speaker_names))
        out = {str(n): int(c) for n, c in zip(self._speaker_names, counts, strict=True)}
        out[NO_SPEAKER] = int((codes < 0).sum())
        return out

    def _kept(self, key: tuple, make: Callable[[], np.ndarray]) -> np.ndarray:
        if key not in self._masks:
            if len(self._masks) > _KEPT:
                self._masks.clear()
            self._masks[key] = make()
        return self._masks[key]
