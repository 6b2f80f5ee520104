"""Keyness of a table's sentences: :func:`keyness` (the statistics: :mod:`kit.terms._measures`)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ._index import index_for
from ._measures import keyness_of
from ._options import TermOptions

__all__ = ["keyness"]


def keyness(
    df: pd.DataFrame,
    focus=None,
    reference=None,
    *,
    options: TermOptions | None = None,
    by: str | None = None,
    min_count: int = 2,
    correction: str | None = None,
    log_odds: bool = False,
    prior: float | None = None,
    sizes: str = "words",
    top: int | None = None,
    **term_options: Any,
) -> pd.DataFrame:
    """Terms that set the ``focus`` sentences apart from the ``reference`` sentences.

    ``focus`` and ``reference`` are boolean masks aligned with ``df``, or values of the
    column ``by`` (``keyness(df, "Xi Jinping", by="speaker")``; for a column of lists such as
    ``topics``, the rows whose list holds the value). Without ``reference`` the focus is
    compared with the rest of ``df``. Without ``focus`` (and with ``by``), every group of
    ``by`` is compared with the rest in turn, in long form with a first column ``by``.

    Returns one row a term seen at least ``min_count`` times in focus and reference
    together: ``term``, ``count_focus``, ``count_reference``, ``per_1000_focus``,
    ``per_1000_reference``, ``g2`` (signed log-likelihood: + used more in the focus),
    ``p_value``, ``log_ratio`` (effect size, log2), then ``p_adjusted`` with a
    ``correction`` and ``log_odds``/``log_odds_z`` with ``log_odds=True``; sorted by ``g2``,
    most over-used first (keep the first ``top``). The formulas, their zero-count handling
    and references are in :mod:`kit.terms._measures`. What counts as a term: ``options``
    (a :class:`kit.TermOptions`) and/or its fields as keywords (``unit=``, ``ngram=``,
    ``stopwords=``, ``punct=``, ``numbers=``, ``entity_types=``, ``scope=``), as in
    :func:`kit.term_frequencies`: ``scope="speech"`` compares only the words said.
    """
    opts = TermOptions.of(options, **term_options)
    index, rows = index_for(df, opts)
    return keyness_of(
        index,
        df,
        rows,
        focus,
        reference,
        by=by,
        min_count=min_count,
        correction=correction,
        log_odds=log_odds,
        prior=prior,
        sizes=sizes,
        top=top,
    )
