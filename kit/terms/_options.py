"""The term options: what counts as a term, held once for every term function.

:class:`TermOptions` is taken by :func:`kit.term_frequencies`, :func:`kit.keyness`,
:func:`kit.collocates` and :class:`kit.TermIndex` (``options=``); each also takes the same
fields as keywords (``unit="word"``), which override those of ``options``. :func:`kit.kwic`
and :func:`kit.dispersion` find a term given by the caller and count no vocabulary, so they
take none of these (their matching options are ``regex``, ``lemma`` and ``case``) but
``scope``, which they take as a keyword of their own.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np

from .._resources import words
from ._scope import check_scope

__all__ = ["NUMERIC_ENTITY_TYPES", "UNITS", "TermOptions", "default_stopwords"]

UNITS = ("lemma", "lower", "word", "noun_phrase", "entity")
NUMERIC_ENTITY_TYPES = frozenset(
    {"DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"}
)


@functools.cache
def default_stopwords() -> frozenset[str]:
    """spaCy's English stopwords plus the kit's list (``kit/resources/stopwords.toml``).

    All lowercase; matching is case-insensitive.
    """
    # spaCy loads here, on first use, so that the cli's --help reads UNITS without it
    from spacy.lang.en.stop_words import STOP_WORDS

    kit_words = {w.lower() for w in words("stopwords", "stopwords")}
    return frozenset({w.lower() for w in STOP_WORDS} | kit_words)


@dataclass(frozen=True)
class TermOptions:
    """What counts as a term. Hashable: equal options share one cached term index.

    Parameters
    ----------
    unit : {"lemma", "lower", "word", "noun_phrase", "entity"}
        The unit counted (see :mod:`kit.terms._units`).
    ngram : int or (int, int)
        n, or a (min, max) range, for the lemma/lower/word units; stored as (min, max).
    stopwords : bool or list of str
        True: spaCy's and the kit's stopwords (:func:`default_stopwords`) are left out;
        False (or None): none are; a list of words: those too, on top of the defaults.
        Stored as True, False or a sorted tuple of the extra words (lowercase).
    punct, numbers : bool
        Keep punctuation and symbols / numbers.
    entity_types : list of str, optional
        Which entity labels count for ``unit="entity"`` (default: all but the numeric ones).
    scope : {"sentence", "speech"}
        What part of each sentence is counted: all of it, or only the speaker's own words
        (the tokens inside the row's ``speech_spans``; a term counts when all its tokens
        are inside, and the words per row, the denominators of rates, are the words inside).
        See :mod:`kit.terms._scope`.
    """

    unit: str = "lemma"
    ngram: int | tuple[int, int] = 1
    stopwords: bool | Iterable[str] | None = True
    punct: bool = False
    numbers: bool = False
    entity_types: Iterable[str] | None = None
    scope: str = "sentence"

    def __post_init__(self) -> None:
        check_scope(self.scope)
        if self.unit not in UNITS:
            raise ValueError(f"unit must be one of {', '.join(UNITS)}; got {self.unit!r}")
        ngram = self.ngram
        if isinstance(ngram, int | np.integer):
            lo = hi = int(ngram)
        else:
            lo, hi = ngram
        if not (1 <= lo <= hi):
            raise ValueError(f"ngram must be a positive int or a (min, max) pair; got {ngram!r}")
        if self.unit in ("noun_phrase", "entity") and (lo, hi) != (1, 1):
            raise ValueError(f"unit={self.unit!r} makes whole phrases: leave ngram at 1")
        stop = self.stopwords
        if isinstance(stop, str):
            raise TypeError("stopwords= takes True, False or a list of words, not one string")
        if stop is None or isinstance(stop, bool):
            stop = bool(stop)
        else:
            stop = tuple(sorted({str(w).lower() for w in stop}))
        types = None if self.entity_types is None else frozenset(self.entity_types)
        # frozen: normalise through object.__setattr__, so equal choices hash alike
        object.__setattr__(self, "ngram", (int(lo), int(hi)))
        object.__setattr__(self, "stopwords", stop)
        object.__setattr__(self, "punct", bool(self.punct))
        object.__setattr__(self, "numbers", bool(self.numbers))
        object.__setattr__(self, "entity_types", types)

    @property
    def ngram_range(self) -> tuple[int, int]:
        """``ngram`` as the (min, max) pair it is stored as."""
        assert isinstance(self.ngram, tuple)  # normalised in __post_init__
        return self.ngram

    @functools.cached_property
    def stopword_set(self) -> frozenset[str]:
        """The lowercase words left out under these options."""
        if self.stopwords is True:
            return default_stopwords()
        if self.stopwords is False:
            return frozenset()
        assert isinstance(self.stopwords, tuple)  # normalised in __post_init__
        return default_stopwords() | frozenset(self.stopwords)

    @classmethod
    def of(cls, options: TermOptions | None = None, /, **changes: Any) -> TermOptions:
        """``options`` with ``changes`` applied (fields given as keywords), or new options."""
        if options is None:
            return cls(**changes)
        if not isinstance(options, TermOptions):
            raise TypeError(f"options= takes a kit.TermOptions, got {type(options).__name__}")
        return dataclasses.replace(options, **changes) if changes else options
