"""Counts over a whole store, one partition in memory at a time.

Each partition's sentences are counted with the kit's own index (:class:`kit.TermIndex`)
and speaker/topic tables; the per-partition counts are summed and the final table is made by
the same arithmetic as the in-memory functions (:mod:`kit.terms._totals`), so a store that
fits in memory gives equal tables either way. An article lives in one partition, so counts
of articles add up too.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from .._tables import TOKEN_COLUMNS
from ..terms import TermIndex, TermOptions
from ..terms._matrix import subset_counts
from ..terms._measures import check_measures
from ..terms._totals import frequencies_from_counts, keyness_from_totals
from . import _store

__all__ = ["keyness", "speaker_summary", "term_frequencies", "topics_summary"]

_INDEXED = ("article_id", "sentence_id", "start_char", "end_char", *TOKEN_COLUMNS)


class _Sums:
    """Per-term totals across partitions, keyed by the term's text."""

    def __init__(self, names: tuple[str, ...]):
        self.names = names
        self.frame = pd.DataFrame({n: pd.Series(dtype=np.int64) for n in names})

    def add(self, terms: np.ndarray, **values: np.ndarray) -> None:
        part = pd.DataFrame(values, index=pd.Index(terms.astype(str), name="term"))
        self.frame = self.frame.add(part, fill_value=0)

    def arrays(self):
        f = self.frame.fillna(0)
        return f.index.to_numpy(object), *(f[n].to_numpy(np.int64) for n in self.names)


def _indexed(opts: TermOptions) -> list[str]:
    """The columns a term index needs under ``opts`` (scope="speech" reads the spans said)."""
    return [*_INDEXED, "speech_spans"] if opts.scope == "speech" else list(_INDEXED)


def term_frequencies(
    store: str | Path,
    *,
    filters=None,
    options: TermOptions | None = None,
    top: int | None = None,
    **term_options: Any,
) -> pd.DataFrame:
    """:func:`kit.term_frequencies` of the selection ``filters`` of a store (as in
    :func:`kit.open_store`), counted partition by partition: equal to
    ``kit.term_frequencies(kit.open_store(store, filters=filters), ...)``.

    What counts as a term: ``options`` (a :class:`kit.TermOptions`) and/or its fields as
    keywords, as in :func:`kit.term_frequencies`.
    """
    opts = TermOptions.of(options, **term_options)
    sums = _Sums(("count", "docs"))
    words = 0
    for _, table in _store.scan(store, filters=filters, columns=_indexed(opts)):
        if not table.num_rows:
            continue
        index = TermIndex(_store.to_pandas(table), options=opts)
        counts, docs, w = subset_counts(index, np.arange(table.num_rows))
        sums.add(index.vocabulary, count=counts, docs=docs)
        words += w
    terms, counts, docs = sums.arrays()
    return frequencies_from_counts(terms, counts, docs, words, top=top)


def keyness(
    store: str | Path,
    focus,
    reference=None,
    *,
    filters=None,
    options: TermOptions | None = None,
    min_count: int = 2,
    correction: str | None = None,
    log_odds: bool = False,
    prior: float | None = None,
    sizes: str = "words",
    top: int | None = None,
    **term_options: Any,
) -> pd.DataFrame:
    """:func:`kit.keyness` of the sentences that ``focus`` selects against those that
    ``reference`` selects (default: the rest), within the selection ``filters``.

    ``focus`` and ``reference`` are filters as :func:`kit.open_store` takes them
    (``{"topics": ["terrorism"]}``, ``{"date": ("2005-01-01", None)}``, an Expression).
    What counts as a term: ``options`` and/or its fields as keywords, as in
    :func:`kit.keyness`. Counted partition by partition; equal to ``kit.keyness(df, mask)``
    on the table.
    """
    check_measures(correction, sizes)  # before a pass over the whole store
    opts = TermOptions.of(options, **term_options)
    schema = _store.store_schema(Path(store))
    fsel = _store.selection(focus, schema)
    rsel = None if reference is None else _store.selection(reference, schema)
    need = sorted(fsel.columns | (rsel.columns if rsel else set()))
    sums = _Sums(("a", "b"))
    w1 = w2 = n_focus = n_reference = 0
    columns = _indexed(opts)
    for _, table in _store.scan(store, filters=filters, columns=columns, need=need):
        if not table.num_rows:
            continue
        fmask = fsel.mask(table)
        rmask = ~fmask if rsel is None else rsel.mask(table)
        index = TermIndex(_store.to_pandas(table.select(columns)), options=opts)
        a, _, wa = subset_counts(index, np.flatnonzero(fmask))
        b, _, wb = subset_counts(index, np.flatnonzero(rmask))
        sums.add(index.vocabulary, a=a, b=b)
        w1, w2 = w1 + wa, w2 + wb
        n_focus += int(fmask.sum())
        n_reference += int(rmask.sum())
    if not n_focus:
        raise ValueError("the focus selects no sentences")
    if not n_reference:
        raise ValueError("the reference selects no sentences (is the focus the whole store?)")
    terms, a, b = sums.arrays()
    out = keyness_from_totals(
        terms,
        a,
        b,
        w1,
        w2,
        min_count=min_count,
        correction=correction,
        log_odds=log_odds,
        prior=prior,
        sizes=sizes,
        top=top,
        scope=opts.scope,
    )
    out.attrs.update(n_focus=n_focus, n_reference=n_reference)
    return out


def speaker_summary(store: str | Path, *, filters=None) -> pd.DataFrame:
    """The speakers table (:func:`kit.speaker_summary`) of the selection ``filters`` of a store,
    summed partition by partition: one row a speaker, most sentences first (ties: the
    speaker met first in the store)."""
    from ..speakers import speaker_summary as speaker_table

    cols = ["speaker", "n_sentences", "n_words", "n_direct", "n_indirect"]
    parts, offset = [], 0
    for _, table in _store.scan(
        store, filters=filters, columns=["speaker", "speaker_type", "n_words"]
    ):
        df = _store.to_pandas(table)
        said = df["speaker"].dropna()
        first = (
            pd.Series(said.index.to_numpy() + offset, index=said.to_numpy()).groupby(level=0).min()
        )
        part = speaker_table(df)
        part["_first"] = part["speaker"].map(first).to_numpy(np.int64)
        parts.append(part)
        offset += len(df)
    if not parts:
        return speaker_table(pd.DataFrame({"speaker": [], "speaker_type": [], "n_words": []}))
    both = pd.concat(parts, ignore_index=True)
    out = both.groupby("speaker", sort=False).agg(
        n_sentences=("n_sentences", "sum"),
        n_words=("n_words", "sum"),
        n_direct=("n_direct", "sum"),
        n_indirect=("n_indirect", "sum"),
        _first=("_first", "min"),
    )
    out = out.reset_index().sort_values(
        ["n_sentences", "n_words", "_first"], ascending=[False, False, True], kind="stable"
    )
    out = out[cols].reset_index(drop=True)
    for c in cols[1:]:
        out[c] = out[c].astype("int64")
    return out


def topics_summary(store: str | Path, *, filters=None, top: int = 5) -> pd.DataFrame:
    """:func:`kit.topics_summary` of the selection ``filters`` of a store, counted partition
    by partition (``by=`` is not offered here: open the selection and use the kit's)."""
    from ..topics import topic_matches

    store = Path(store)
    sentences = articles = ev_offset = 0
    known: list[str] = []
    per_topic: list[pd.DataFrame] = []
    terms: list[pd.DataFrame] = []
    for name, table in _store.scan(
        store, filters=filters, columns=["article_id", "topics", "topic_evidence"]
    ):
        for topic in _store.part_meta(store / "sentences" / name).get("topics", []):
            if topic not in known:
                known.append(topic)
        df = _store.to_pandas(table)
        sentences += len(df)
        articles += df["article_id"].nunique()
        long = df[["article_id", "topics"]].explode("topics").dropna(subset=["topics"])
        per_topic.append(
            long.groupby("topics").agg(
                n_sentences=("article_id", "size"), n_articles=("article_id", "nunique")
            )
        )
        ev = topic_matches(df)[["topic", "term"]]
        ev["_pos"] = np.arange(len(ev)) + ev_offset
        ev_offset += len(ev)
        terms.append(
            ev.groupby(["topic", "term"], sort=False).agg(n=("_pos", "size"), first=("_pos", "min"))
        )
    counts = pd.concat(per_topic).groupby(level=0).sum() if per_topic else pd.DataFrame()
    out = pd.DataFrame({"topic": known})
    for col in ("n_sentences", "n_articles"):
        values = counts[col] if col in counts else pd.Series(dtype=np.int64)
        out[col] = out["topic"].map(values).fillna(0).astype(np.int64)
    out["pct_sentences"] = np.round(100 * out["n_sentences"] / max(sentences, 1), 2)
    out["pct_articles"] = np.round(100 * out["n_articles"] / max(articles, 1), 2)
    text: dict[str, str] = {}
    if terms:
        found = pd.concat(terms).groupby(level=[0, 1]).agg(n=("n", "sum"), first=("first", "min"))
        found = found.reset_index().sort_values(
            ["topic", "n", "first"], ascending=[True, False, True]
        )
        for topic, rows in found.groupby("topic", sort=False):
            best = rows.head(top)
            text[str(topic)] = ", ".join(
                f"{t} ({n})" for t, n in zip(best["term"], best["n"], strict=True)
            )
    out["top_terms"] = [text.get(t, "") for t in out["topic"]]
    return out
