"""The Explorer's selection: :func:`kit.select` on the state, with the costly masks kept."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from .._search import SearchError
from ..selection import select
from ._state import SPEAKER_TYPES

__all__ = ["Selector"]

_KEPT = 64  # topic and search masks kept before the cache starts again


class Selector:
    """Row positions of a table that pass a state's filters.

    kit.select is the rule; the topic and search masks are kept per value, since they cost
    the most and change the least while the analyst clicks through speakers.
    """

    def __init__(self, df: pd.DataFrame) -> None:
        self.df = df
        self._masks: dict[tuple, np.ndarray] = {}

    def rows(self, state: Mapping[str, Any]) -> tuple[np.ndarray, str | None]:
        """Row positions that pass every filter, and a problem to report (a bad regex)."""
        s, df = state, self.df
        mask = select(
            df,
            articles=s["articles"],
            speakers=s["speakers"],
            speaker_type=SPEAKER_TYPES[s["speaker_type"]],
        ).to_numpy(bool, copy=True)
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
                return np.zeros(0, np.int64), str(exc)
        return np.flatnonzero(mask), None

    def _kept(self, key: tuple, make: Callable[[], np.ndarray]) -> np.ndarray:
        if key not in self._masks:
            if len(self._masks) > _KEPT:
                self._masks.clear()
            self._masks[key] = make()
        return self._masks[key]
