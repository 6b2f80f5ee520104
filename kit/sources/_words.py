"""The readers' word lists, kept as data in ``kit/resources`` (agencies, reading words)."""

from __future__ import annotations

import functools
from importlib import resources

__all__ = ["agencies", "word_list"]


def agencies() -> frozenset[str]:
    """The casefolded names in ``kit/resources/agencies.txt``."""
    raw = resources.files("kit.resources").joinpath("agencies.txt").read_text("utf-8")
    lines = (line.split("#", 1)[0].strip() for line in raw.splitlines())
    return frozenset(line.casefold() for line in lines if line)


def word_list(section: str) -> frozenset[str]:
    """The casefolded words of a section of ``kit/resources/reading_words.txt``."""
    return _word_lists()[section]


@functools.cache
def _word_lists() -> dict[str, frozenset[str]]:
    raw = resources.files("kit.resources").joinpath("reading_words.txt").read_text("utf-8")
    lists: dict[str, set[str]] = {}
    current: set[str] = set()
    for line in raw.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("[") and line.endswith("]"):
            current = lists.setdefault(line[1:-1], set())
        elif line:
            current.update(w.casefold() for w in line.split())
    return {name: frozenset(words) for name, words in lists.items()}
