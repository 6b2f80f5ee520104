"""Keyword and regular-expression search over sentences, with a time limit.

A regular expression such as ``(\\w+\\s?)+$`` backtracks exponentially on ordinary prose:
with Python's ``re`` (and pandas' ``str.contains``) one search can run for minutes and
freeze a notebook's kernel. Patterns here run on the ``regex`` module, whose matching
functions take a ``timeout``; the whole search shares one time budget and a pattern that
exceeds it raises :class:`SearchError` with a message an analyst can act on.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import regex
from regex import Pattern  # by name: inside Search, `regex` is the field

__all__ = ["SEARCH_TIMEOUT", "Search", "SearchError"]

SEARCH_TIMEOUT = 1.0
"""Seconds a search may take over a whole table before it is stopped."""


class SearchError(ValueError):
    """A search pattern that is not valid, or that takes too long to run."""


@dataclass(frozen=True)
class Search:
    """A case-insensitive search: a keyword (a plain substring) or a regular expression.

    Parameters
    ----------
    pattern
        The keyword or pattern. Surrounding spaces of a keyword are ignored.
    regex
        Read ``pattern`` as a regular expression (the ``regex`` module's syntax, a superset
        of Python's ``re``).
    timeout
        Seconds the search may take over all the texts it is given.
    """

    pattern: str
    regex: bool = False
    timeout: float = SEARCH_TIMEOUT

    @cached_property
    def compiled(self) -> Pattern[str]:
        """The compiled pattern; :class:`SearchError` when it is not a valid expression."""
        text = self.pattern if self.regex else regex.escape(self.pattern.strip())
        try:
            return regex.compile(text, regex.IGNORECASE | regex.VERSION0)
        except regex.error as exc:
            raise SearchError(
                f"{self.pattern!r} is not a valid regular expression ({exc}); untick "
                "'regular expression' to search for the text as typed"
            ) from None

    def mask(self, texts: Sequence[str] | Iterable[str]) -> np.ndarray:
        """A boolean array: which of ``texts`` hold a match."""
        pattern = self.compiled
        deadline = time.monotonic() + self.timeout
        found = []
        for text in texts:
            found.append(self._run(pattern.search, text, deadline) is not None)
        return np.asarray(found, dtype=bool)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``(start, end)`` of every match in ``text`` (for highlighting)."""
        pattern = self.compiled
        deadline = time.monotonic() + self.timeout
        return [
            m.span() for m in self._run(pattern.finditer, text, deadline) if m.end() > m.start()
        ]

    def _run(self, method, text: str, deadline: float):
        left = deadline - time.monotonic()
        try:
            if left <= 0:
                raise TimeoutError
            result = method(text, timeout=left)
            # finditer is lazy: consume it inside the time limit
            return list(result) if method.__name__ == "finditer" else result
        except TimeoutError:
            raise SearchError(
                f"the pattern {self.pattern!r} took more than {self.timeout:g} s and was "
                "stopped; nested repeats such as (\\w+\\s?)+ try exponentially many ways to "
                "match: simplify it (e.g. \\w+(\\s\\w+)*)"
            ) from None
