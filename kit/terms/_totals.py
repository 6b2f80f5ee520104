"""Frequency and keyness tables from summed count vectors (no sentence table needed).

The store-wide counts of :mod:`kit.archive` add up per-partition counts and finish here,
with the arithmetic and ordering of :func:`kit.term_frequencies` and :func:`kit.keyness`
(:mod:`kit.terms._matrix`, :mod:`kit.terms._measures`; ties: alphabetical, by code point),
so that a store that fits in memory gives equal tables either way.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._matrix import frequency_table
from ._measures import check_measures, keyness_from_counts

__all__ = ["frequencies_from_counts", "keyness_from_totals"]


def _alphabetical_rank(terms: np.ndarray) -> np.ndarray:
    """Each term's rank in code-point order, as :class:`kit.TermIndex` ranks its vocabulary."""
    rank = np.empty(len(terms), np.int64)
    rank[np.argsort(terms.astype(str), kind="stable")] = np.arange(len(terms))
    return rank


def frequencies_from_counts(terms, counts, docs, words: int, *, top: int | None = None):
    """The table of :func:`kit.term_frequencies` from per-term ``counts``, ``docs`` (sentences
    holding the term) and the ``words`` of the counted sentences."""
    if top is not None and top < 1:
        raise ValueError(f"top must be a positive number of terms; got {top!r}")
    terms = np.asarray(terms, dtype=object)
    counts = np.asarray(counts, dtype=np.int64)
    docs = np.asarray(docs, dtype=np.int64)
    nz = np.flatnonzero(counts)
    terms, counts, docs = terms[nz], counts[nz], docs[nz]
    order = np.lexsort((_alphabetical_rank(terms), -counts))[:top]
    return frequency_table(terms[order], counts[order], docs[order], words)


def keyness_from_totals(
    terms,
    a,
    b,
    words_focus: int,
    words_reference: int,
    *,
    min_count: int = 2,
    correction: str | None = None,
    log_odds: bool = False,
    prior: float | None = None,
    sizes: str = "words",
    top: int | None = None,
    scope: str = "sentence",
) -> pd.DataFrame:
    """The table of :func:`kit.keyness` from per-term counts ``a`` (focus) and ``b``
    (reference) and the words of each side; options as there."""
    check_measures(correction, sizes)
    terms = np.asarray(terms, dtype=object)
    return keyness_from_counts(
        terms,
        _alphabetical_rank(terms),
        np.asarray(a, dtype=np.int64),
        np.asarray(b, dtype=np.int64),
        int(words_focus),
        int(words_reference),
        min_count=min_count,
        correction=correction,
        log_odds=log_odds,
        prior=prior,
        sizes=sizes,
        top=top,
        scope=scope,
    )
