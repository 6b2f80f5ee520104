"""Keyness statistics: which terms a group of sentences uses more (or less) than another.

The statistics, per term, from a 2x2 table: ``a`` and ``b`` its counts in the focus and the
reference, ``n1`` and ``n2`` the sizes of the two (by default their words: tokens that are
not punctuation, space or symbols; ``sizes="terms"`` uses the counted terms instead).

Log-likelihood G² (Dunning 1993, as in Rayson & Garside 2000)
    ``E1 = n1 (a + b) / (n1 + n2)``, ``E2 = n2 (a + b) / (n1 + n2)``,
    ``G² = 2 (a ln(a / E1) + b ln(b / E2))`` with ``0 ln 0 = 0``; signed: positive when the
    term is relatively more frequent in the focus (``a / n1 > b / n2``), negative when less.
    ``p_value`` = P(χ²₁ ≥ |G²|). G² measures how sure we are of a difference, not its size.
Log Ratio (Hardie 2014)
    ``log2((a / n1) / (b / n2))``: the effect size, 1 = twice as frequent, -1 = half. A zero
    count is replaced by 0.5 before dividing (only the zero one), so that a term absent from
    one side gets a large but finite value.
Weighted log-odds with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008)
    ``log_odds=True`` adds ``log_odds`` (δ) and ``log_odds_z`` (δ / σ). The prior counts
    ``α_w`` are the pooled counts of focus and reference scaled to sum to ``prior`` (default:
    the pooled total, i.e. the pooled counts themselves);
    ``δ = ln((a + α_w) / (n1 + α0 - a - α_w)) - ln((b + α_w) / (n2 + α0 - b - α_w))``,
    ``σ² = 1 / (a + α_w) + 1 / (b + α_w)``; here ``n1``, ``n2`` are the groups' totals of
    counted terms, since odds are over the vocabulary.
Corrections for testing many terms at once: ``correction="bonferroni"`` (p × m, at most 1)
or ``"fdr_bh"`` (Benjamini–Hochberg) adds ``p_adjusted``; m is the number of terms reported
(after ``min_count``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from scipy import stats

from ._matrix import group_matrix, subset_counts

if TYPE_CHECKING:
    from ._index import TermIndex

__all__ = [
    "CORRECTIONS",
    "check_measures",
    "keyness_from_counts",
    "keyness_of",
    "log_likelihood",
    "log_ratio",
    "weighted_log_odds",
]

CORRECTIONS = (None, "bonferroni", "fdr_bh")


def log_likelihood(a, b, n1, n2) -> np.ndarray:
    """Signed G² for counts ``a`` (in size ``n1``) against ``b`` (in size ``n2``)."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    n1, n2 = np.asarray(n1, float), np.asarray(n2, float)
    e1 = n1 * (a + b) / (n1 + n2)
    e2 = n2 * (a + b) / (n1 + n2)
    with np.errstate(divide="ignore", invalid="ignore"):
        t1 = np.where(a > 0, a * np.log(a / e1), 0.0)
        t2 = np.where(b > 0, b * np.log(b / e2), 0.0)
    g2 = np.maximum(2.0 * (t1 + t2), 0.0)
    return np.where(a * n2 >= b * n1, g2, -g2)


def log_ratio(a, b, n1, n2, *, zero: float = 0.5) -> np.ndarray:
    """Hardie's Log Ratio, log2 of the ratio of relative frequencies; zeros count ``zero``."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    a = np.where(a == 0, zero, a)
    b = np.where(b == 0, zero, b)
    return np.log2((a / np.asarray(n1, float)) / (b / np.asarray(n2, float)))


def weighted_log_odds(a, b, n1, n2, *, prior: float | None = None):
    """Monroe et al.'s log-odds ratio δ and its z-score with an informative Dirichlet prior.

    ``a``, ``b``: per-term counts over the whole vocabulary; ``n1``, ``n2``: their totals.
    The prior is the pooled counts scaled to sum to ``prior`` (default: their own sum).
    Returns ``(delta, z)``.
    """
    a, b = np.asarray(a, float), np.asarray(b, float)
    pooled = a + b
    total = pooled.sum()
    alpha0 = total if prior is None else float(prior)
    alpha = pooled * (alpha0 / total) if total else pooled
    delta = np.log((a + alpha) / (n1 + alpha0 - a - alpha)) - np.log(
        (b + alpha) / (n2 + alpha0 - b - alpha)
    )
    z = delta / np.sqrt(1.0 / (a + alpha) + 1.0 / (b + alpha))
    return delta, z


# --- the public function ----------------------------------------------------------------------


def check_measures(correction: str | None, sizes: str) -> None:
    """Refuse a ``correction`` or ``sizes`` that keyness does not know, before any counting."""
    if correction not in CORRECTIONS:
        raise ValueError(f"correction must be one of {CORRECTIONS}; got {correction!r}")
    if sizes not in ("words", "terms"):
        raise ValueError(f"sizes must be 'words' or 'terms'; got {sizes!r}")


def keyness_of(
    index: TermIndex,
    df: pd.DataFrame,
    rows: np.ndarray,
    focus,
    reference=None,
    *,
    by: str | None = None,
    min_count: int = 2,
    correction: str | None = None,
    log_odds: bool = False,
    prior: float | None = None,
    sizes: str = "words",
    top: int | None = None,
) -> pd.DataFrame:
    """:func:`keyness` on an index whose rows ``rows`` are the rows of ``df``."""
    check_measures(correction, sizes)
    if by is not None and by not in df.columns:
        raise KeyError(f"by={by!r}: the table has no such column (columns: {list(df.columns)})")
    settings = {
        "min_count": min_count,
        "correction": correction,
        "log_odds": log_odds,
        "prior": prior,
        "sizes": sizes,
        "top": top,
    }
    if focus is None:
        if by is None:
            raise ValueError("give a focus (a mask or a value of by=), or by= to compare groups")
        if reference is not None:
            raise ValueError("reference= needs a focus")
        names, pairs = group_matrix(df[by], np.arange(len(df)))
        parts = []
        for k, name in enumerate(names):
            mask = np.zeros(len(df), bool)
            mask[pairs.indices[pairs.row == k]] = True
            table = _compare(index, rows, mask, ~mask, **settings)
            table.insert(0, by, name)
            parts.append(table)
        if not parts:
            return _compare(
                index, rows, np.zeros(len(df), bool), np.ones(len(df), bool), **settings
            ).assign(**{by: []})
        return pd.concat(parts, ignore_index=True)
    fmask = _mask(df, focus, by=by, what="focus")
    rmask = ~fmask if reference is None else _mask(df, reference, by=by, what="reference")
    if not fmask.any():
        raise ValueError("the focus selects no sentences")
    if not rmask.any():
        raise ValueError("the reference selects no sentences (is the focus the whole table?)")
    out = _compare(index, rows, fmask, rmask, **settings)
    out.attrs = index.provenance(
        df, rows[fmask | rmask], min_count=min_count, correction=correction
    )
    out.attrs["focus"] = _label(focus, "the selection")
    out.attrs["reference"] = _label(reference, "the rest")
    out.attrs["n_focus"] = int(fmask.sum())  # sentences on each side
    out.attrs["n_reference"] = int(rmask.sum())
    if by is not None:
        out.attrs["by"] = by
    return out


def _label(value, default: str) -> str:
    """The side's name for titles: the value asked for, or ``default`` for a mask."""
    if value is None or isinstance(value, pd.Series | np.ndarray | list):
        return default
    return str(value)


def _mask(df: pd.DataFrame, value, *, by: str | None, what: str) -> np.ndarray:
    if isinstance(value, pd.Series):
        if value.dtype != bool:
            raise TypeError(f"the {what} mask must be boolean, got {value.dtype}")
        if not value.index.equals(df.index):
            value = value.reindex(df.index, fill_value=False)
        return value.to_numpy(bool)
    if isinstance(value, np.ndarray | list) and np.asarray(value).dtype == bool:
        arr = np.asarray(value)
        if len(arr) != len(df):
            raise ValueError(f"the {what} mask has {len(arr)} values; the table has {len(df)} rows")
        return arr
    if by is None:
        raise ValueError(
            f"{what}={value!r} is a value: say of which column with by= "
            f"(e.g. by='speaker'), or pass a boolean mask"
        )
    names, pairs = group_matrix(df[by], np.arange(len(df)))
    hit = np.flatnonzero(names == value)
    mask = np.zeros(len(df), bool)
    if len(hit):
        mask[pairs.indices[pairs.row == hit[0]]] = True
    else:
        known = ", ".join(map(repr, names[:10]))
        raise ValueError(f"no sentence has {by} == {value!r} (values include {known})")
    return mask


def _compare(index, rows, fmask, rmask, **settings) -> pd.DataFrame:
    a, _, w1 = subset_counts(index, rows[fmask])
    b, _, w2 = subset_counts(index, rows[rmask])
    scope = index.options.scope
    return keyness_from_counts(index.vocabulary, index.rank, a, b, w1, w2, scope=scope, **settings)


def keyness_from_counts(
    terms,
    rank,
    a,
    b,
    w1: int,
    w2: int,
    *,
    min_count,
    correction,
    log_odds,
    prior,
    sizes,
    top,
    scope: str = "sentence",
) -> pd.DataFrame:
    """The keyness table from per-term counts ``a`` (focus) and ``b`` (reference), the words
    ``w1``, ``w2`` of each side and each term's alphabetical ``rank`` (breaks ties in G²).

    Shared by :func:`keyness_of` and the store-wide counts of :mod:`kit.archive`, which sum
    ``a`` and ``b`` over partitions first. ``scope`` (the options' scope) only words the
    error when a side holds no words.
    """
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
        said = " said (scope='speech')" if scope == "speech" else ""
        raise ValueError(f"the focus or the reference holds no words{said} to compare")
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
    out["_r"] = rank[keep]
    out = out.sort_values(["g2", "_r"], ascending=[False, True]).drop(columns="_r")
    if top is not None:
        out = out.head(top)
    return out.reset_index(drop=True)
