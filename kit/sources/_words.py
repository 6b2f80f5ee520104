"""The readers' word lists, kept as data in ``kit/resources`` (agencies, reading words)."""

from __future__ import annotations

import functools

from .._resources import resource, words

__all__ = ["agencies", "word_list"]


def agencies() -> frozenset[str]:
    """The casefolded names in ``kit/resources/agencies.toml``."""
    return frozenset(name.casefold() for name in words("agencies", "agencies"))


def word_list(section: str) -> frozenset[str]:
    """The casefolded words of a list of ``kit/resources/reading_words.toml``."""
    return _word_lists()[section]


@functools.cache
def _word_lists() -> dict[str, frozenset[str]]:
    return {
        name: frozenset(w.casefold() for w in words("reading_words", name))
        for name in resource("reading_words")
    }
