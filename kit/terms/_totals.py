"""Frequency and keyness tables from summed count vectors (no sentence table needed).

The store-wide counts of :mod:`kit.archive` add up per-partition counts and finish here,
with the same arithmetic and ordering as :func:`kit.term_frequencies` and
:func:`kit.keyness` (ties: alphabetical, by code point), so that a store that fits in memory
gives equal tables either way.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from scipy import stats

from .keyness import CORRECTIONS, log_likelihood, log_ratio, weighted_log_odds

__all__ = ["frequencies_from_counts", "keyness_from_counts"]


def _alphabetical_rank(terms: np.ndarray) -> np.ndarray:
    rank = np.empty(len(terms), np.int64)
    rank[np.argsort(np.asarray(terms, dtype=object).astype(str), kind="stable")] = np.arange(
        len(terms)
    )
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
    order = np.lexsort((_alphabetical_rank(terms), -counts))
    if top is not None:
        order = order[:top]
    return pd.DataFrame(
        {
            "term": terms[order].astype(str),
            "count": counts[order],
            "per_1000": counts[order].astype(float) / max(words, 1) * 1000.0,
            "n_sentences": docs[order],
        }
    )


def keyness_from_counts(
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
) -> pd.DataFrame:
    """The table of :func:`kit.keyness` from per-term counts ``a`` (focus) and ``b``
    (reference) and the words of each side; options as there."""
    if correction not in CORRECTIONS:
        raise ValueError(f"correction must be one of {CORRECTIONS}; got {correction!r}")
    if sizes not in ("words", "terms"):
        raise ValueError(f"sizes must be 'words' or 'terms'; got {sizes!r}")
    terms = np.asarray(terms, dtype=object)
    a = np.asarray(a, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    w1, w2 = int(words_focus), int(words_reference)
    n1, n2 = (w1, w2) if sizes == "words" else (int(a.sum()), int(b.sum()))
    keep = np.flatnonzero((a + b) >= max(min_count, 1))
    out = pd.DataFrame(
        {
            "term": terms[keep].astype(str),
            "count_focus": a[keep],
            "count_reference": b[keep],
            "per_1000_focus": a[keep] / max(w1, 1) * 1000.0,
            "per_1000_reference": b[keep] / max(w2, 1) * 1000.0,
        }
    )
    if n1 == 0 or n2 == 0:
        raise ValueError("the focus or the reference holds no words to compare")
    g2 = log_likelihood(a[keep], b[keep], n1, n2)
    out["g2"] = g2
    out["p_value"] = stats.chi2.sf(np.abs(g2), 1)
    out["log_ratio"] = log_ratio(a[keep], b[keep], n1, n2)
    if correction == "bonferroni":
        out["p_adjusted"] = np.minimum(out["p_value"] * len(out), 1.0)
    elif correction == "fdr_bh":
        p = out["p_value"].to_numpy()
        out["p_adjusted"] = stats.false_discovery_control(p, method="bh") if len(p) else p
    if log_odds:
        delta, z = weighted_log_odds(a, b, int(a.sum()), int(b.sum()), prior=prior)
        out["log_odds"] = delta[keep]
        out["log_odds_z"] = z[keep]
    out["_r"] = _alphabetical_rank(terms)[keep]
    out = out.sort_values(["g2", "_r"], ascending=[False, True]).drop(columns="_r")
    if top is not None:
        out = out.head(top)
    return out.reset_index(drop=True)
