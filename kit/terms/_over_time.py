"""Terms over time: the share of each period's sentences that use a term."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from .._tables import carry_attrs
from ._index import index_for
from ._options import TermOptions

__all__ = ["term_shares"]


def term_shares(
    df: pd.DataFrame,
    terms: Iterable[str],
    *,
    freq: str = "M",
    date_column: str = "date",
    options: TermOptions | None = None,
    **term_options: Any,
) -> pd.DataFrame:
    """Share of sentences per period that hold each term, for dated tables.

    Parameters
    ----------
    df : DataFrame
        A sentence table with a date column (``kit.load_corpus`` of a table with ``date``).
    terms : list of str
        Terms as :func:`kit.term_frequencies` writes them under the same options (lemmas by
        default, so ``"say"`` counts "said" too).
    freq : str
        A pandas period alias: ``"W"`` (weeks), ``"M"`` (months), ``"Y"`` (years), ...
    date_column : str
        The column of dates; rows without a readable date are left out.
    options, **term_options
        The term options (:class:`kit.TermOptions`), as for :func:`kit.term_frequencies`.

    Returns
    -------
    DataFrame
        One row a period and term, periods in time order: ``date`` (the period's first
        day), ``term``, ``n_sentences`` (sentences of the period holding the term),
        ``total`` (sentences of the period) and ``share`` (n_sentences / total). Periods
        without sentences are absent; a term absent from a period has share 0.
    """
    if date_column not in df.columns:
        raise KeyError(f"term_shares needs a {date_column!r} column: the table has no dates")
    terms = [terms] if isinstance(terms, str) else list(terms)
    opts = TermOptions.of(options, **term_options)
    dates = pd.to_datetime(df[date_column], errors="coerce", format="mixed")
    known = dates.notna().to_numpy()
    periods = dates[known].dt.to_period(freq).dt.to_timestamp()
    index, rows = index_for(df, opts)
    vocab = {t: k for k, t in enumerate(index.vocabulary)}
    present = index.matrix[rows[known]] > 0  # sentences x terms: holds the term at least once
    frame = pd.DataFrame({"date": periods.to_numpy()})
    total = frame.groupby("date", sort=True).size()
    parts = []
    for term in terms:
        col = vocab.get(term)
        held = (
            np.asarray(present[:, col].todense()).ravel()
            if col is not None
            else np.zeros(len(frame), bool)
        )
        n = frame.assign(hit=held).groupby("date", sort=True)["hit"].sum()
        parts.append(
            pd.DataFrame({"date": total.index, "term": term, "n_sentences": n.to_numpy(np.int64)})
        )
    columns = ["date", "term", "n_sentences", "total", "share"]
    if not parts:
        return pd.DataFrame(columns=columns)
    out = pd.concat(parts, ignore_index=True)
    out["total"] = out["date"].map(total).astype(np.int64)
    out["share"] = out["n_sentences"] / out["total"]
    out = out.sort_values(["date"], kind="stable").reset_index(drop=True)[columns]
    # pandas-stubs: the attrs setter's Mapping[Hashable | None, Any] (invariant in its key)
    # refuses the dict[str, Any] of carry_attrs
    out.attrs = {**carry_attrs(df), "freq": freq, "unit": opts.unit}  # type: ignore[dict-item]
    return out
