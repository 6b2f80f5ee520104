"""Sums over rows of the term matrix: counts of a subset, per group, as frequency tables."""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
from scipy import sparse

if TYPE_CHECKING:
    from ._index import TermIndex

__all__ = ["frequencies_of", "frequency_table", "group_matrix", "subset_counts"]


def subset_counts(index: TermIndex, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, int]:
    """(count per term, sentences per term, words) over the given matrix rows."""
    m = index.matrix
    n_terms = m.shape[1]
    if len(rows) == m.shape[0] and (len(rows) == 0 or np.array_equal(rows, np.arange(len(rows)))):
        indices, data = m.indices, m.data
    else:
        sub = m[rows]
        indices, data = sub.indices, sub.data
    counts = np.bincount(indices, weights=data, minlength=n_terms).astype(np.int64)
    docs = np.bincount(indices, minlength=n_terms).astype(np.int64)
    return counts, docs, int(index.words[rows].sum())


def _order(index: TermIndex, counts: np.ndarray, top: int | None) -> np.ndarray:
    """Term columns with a count, by count descending then alphabetically; the first ``top``."""
    nz = np.flatnonzero(counts)
    if not len(nz):
        return nz
    key = (counts.max() - counts[nz]) * (len(index.rank) + 1) + index.rank[nz]
    if top is not None and top < len(nz):
        part = np.argpartition(key, top - 1)[:top]
        nz, key = nz[part], key[part]
    return nz[np.argsort(key, kind="stable")]


def frequencies_of(
    index: TermIndex,
    rows: np.ndarray,
    *,
    groups: pd.Series | None = None,
    by: str | None = None,
    top: int | None = None,
    df: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """The frequency table of ``rows`` of ``index`` (grouped by ``groups`` when given),
    its ``attrs`` saying where the numbers come from (see :meth:`TermIndex.provenance`)."""
    if top is not None and top < 1:
        raise ValueError(f"top must be a positive number of terms; got {top!r}")
    out = _frequencies(index, rows, groups=groups, by=by, top=top)
    out.attrs = index.provenance(df, rows, top=top)
    if by is not None:
        out.attrs["by"] = by
    return out


def _frequencies(index, rows, *, groups, by, top) -> pd.DataFrame:
    if groups is None:
        counts, docs, words = subset_counts(index, rows)
        cols = _order(index, counts, top)
        return frequency_table(index.vocabulary[cols], counts[cols], docs[cols], words)
    names, g = group_matrix(groups, rows)
    if not len(names):
        return frequency_table(np.zeros(0, object), np.zeros(0, int), np.zeros(0, int), 0).assign(
            **{by: []}
        )[[by, "term", "count", "per_1000", "n_sentences"]]
    sub = index.matrix[g.indices] if g.nnz else index.matrix[:0]
    # g maps (group, subset position) -> 1; its column indices are matrix rows
    gm = sparse.csr_matrix((g.data, (g.row, np.arange(g.nnz))), shape=(len(names), g.nnz))
    counts = (gm @ sub).tocoo()
    docs = (gm @ (sub > 0).astype(np.int32)).tocoo()
    group_words = np.bincount(g.row, weights=index.words[g.indices], minlength=len(names))
    frame = pd.DataFrame(
        {
            "_g": counts.row,
            "_t": counts.col,
            "count": counts.data.astype(np.int64),
        }
    )
    dframe = pd.DataFrame({"_g": docs.row, "_t": docs.col, "n_sentences": docs.data})
    frame = frame.merge(dframe, on=["_g", "_t"], how="left")
    frame = frame[frame["count"] > 0]
    frame["_r"] = index.rank[frame["_t"].to_numpy()]
    frame = frame.sort_values(["_g", "count", "_r"], ascending=[True, False, True])
    if top is not None:
        frame = frame.groupby("_g", sort=False).head(top)
    gw = group_words[frame["_g"].to_numpy()]
    out = pd.DataFrame(
        {
            by: names[frame["_g"].to_numpy()],
            "term": index.vocabulary[frame["_t"].to_numpy()].astype(str),
            "count": frame["count"].to_numpy(np.int64),
            "per_1000": frame["count"].to_numpy() / np.maximum(gw, 1) * 1000.0,
            "n_sentences": frame["n_sentences"].to_numpy(np.int64),
        }
    )
    return out.reset_index(drop=True)


def frequency_table(terms, counts, docs, words) -> pd.DataFrame:
    """The frequency table of ``terms`` (in the order given) from their counts, sentences
    holding them and the words counted."""
    return pd.DataFrame(
        {
            "term": np.asarray(terms, dtype=object).astype(str),
            "count": np.asarray(counts, dtype=np.int64),
            "per_1000": np.asarray(counts, dtype=float) / max(words, 1) * 1000.0,
            "n_sentences": np.asarray(docs, dtype=np.int64),
        }
    )


class _Pairs:
    """(group number, matrix row) pairs of a grouping, as parallel arrays."""

    def __init__(self, row, indices):
        self.row = np.asarray(row, np.int64)
        self.indices = np.asarray(indices, np.int64)
        self.data = np.ones(len(self.row), np.int32)
        self.nnz = len(self.row)


def group_matrix(groups: pd.Series, rows: np.ndarray) -> tuple[np.ndarray, _Pairs]:
    """Group names (sorted) and (group, matrix row) pairs; list values count in each group."""
    values = groups.to_numpy(dtype=object) if len(groups) else np.zeros(0, object)
    lists = any(isinstance(v, list | tuple | np.ndarray) for v in values[:1000]) or (
        isinstance(groups.dtype, pd.ArrowDtype) and "list" in str(groups.dtype)
    )
    if lists:  # one (value, row) pair per list item; empty lists and None give a NaN, dropped
        flat = pd.Series(values, dtype=object).explode()
        where = flat.index.to_numpy(np.int64)
        values = flat.to_numpy(dtype=object)
    else:
        where = np.arange(len(values))
    present = pd.notna(values) if len(values) else np.zeros(0, bool)
    values, where = values[present], where[present]
    codes, names = pd.factorize(values, sort=True)
    return np.asarray(names, dtype=object), _Pairs(codes, rows[where])
