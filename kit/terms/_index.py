"""The term index: a vocabulary and a sparse sentence-by-term matrix, built once per table.

Why
---
The analyst calls ``kit.term_frequencies(df[mask])`` on ever new filters, and the Explorer
on every widget change. Reading the token lists again each time is a pass over the text;
instead the kit builds, once, a CSR matrix with one row a sentence and one column a term
(the scikit-learn ``CountVectorizer`` idea, with the kit's own term rules from
:mod:`kit.terms._units`), and the counts of any subset are a sum over its rows.

Reuse across filtered tables
----------------------------
Tables from one load share one article store, ``df.attrs["articles"]`` (pandas hands the very
same object to every filtered or derived table). The index is cached on that store, one per
set of options (unit, n-gram range, stopwords, ...), so ``df[mask]`` finds the index built for
``df``. A subset's rows are found in the index by ``(article_id, sentence_id)`` and *checked*:
the row's ``start_char`` and ``end_char`` must match too. The first guess is the subset's own
index labels (a filtered RangeIndex table keeps its parent's row numbers), verified in one
vectorised comparison; when that fails, a sorted-key search. Rows the index has never seen
(the first call was on a subset) are indexed and appended; a row whose key matches but whose
offsets differ means the table is not what the index was built from, and then a fresh index
is built for that table alone and not cached. Tables without an article store (made by hand,
or a ``pd.concat`` of separate loads) get a fresh index every call: correct, only slower.

Speech scope
------------
Under ``scope="speech"`` (see :mod:`kit.terms._scope`) the index holds only the occurrences
that lie wholly inside the rows' ``speech_spans``, and ``words`` counts only the words
inside them. The spans are the table's, not the parse's: the index keeps a fingerprint of
each row's spans and a row whose spans changed (attributed again) is not the same sentence.

Edits to a table's ``tok_*`` columns after the index was built are not seen: rebuild with
:class:`TermIndex` when you change the stored parse.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from scipy import sparse

from ..articles import article_records
from ._matrix import frequencies_of
from ._measures import keyness_of
from ._options import TermOptions, default_stopwords
from ._scope import spans_fingerprint, speech_mask, within
from ._units import Occurrences, extract, flat_tokens

__all__ = ["TermIndex", "index_for"]

_CACHE_ATTR = "_kit_term_indexes"
_CACHE_SIZE = 8  # option sets kept per article store (the Explorer switches units)


class TermIndex:
    """Vocabulary and sentence-by-term count matrix of a sentence table.

    ``TermIndex(df, options=None, **term_options)`` indexes every row of ``df`` once under
    a :class:`kit.TermOptions` (or its fields as keywords: ``unit="word"``, ...). Then
    ``.frequencies(mask)``, ``.keyness(focus, ...)`` answer for any subset of ``df`` as a
    sum over matrix rows: the Explorer's hot path. The public functions build (and cache)
    the same object behind the scenes, so the explicit one is only needed to hold it.

    Attributes: ``vocabulary`` (term strings, column order), ``matrix`` (``scipy.sparse``
    CSR, rows = sentences of ``df`` in order, int32 counts), ``words`` (words per row: tokens
    that are not PUNCT/SPACE/SYM, the denominators of rates), ``options``, ``df``.
    """

    df: pd.DataFrame | None  # the indexed table; None for the cached indexes the kit.* functions
    # build (held across tables of one article store) and for merged ones

    def __init__(
        self,
        df: pd.DataFrame,
        *,
        options: TermOptions | None = None,
        **term_options: Any,
    ) -> None:
        opts = TermOptions.of(options, **term_options)
        _require_article_ids(df)
        cache = _cache_of(df)
        cached = cache.get(opts) if cache is not None else None
        if cached is not None and _covers_exactly(cached, df):
            self.__dict__.update(cached.__dict__)  # the same rows in the same order: share it
        else:
            self._build(df, opts)
            if cache is not None and opts not in cache:
                cache.put(opts, self)
        self.df = df

    # --- construction ------------------------------------------------------------------

    @classmethod
    def _of(cls, df: pd.DataFrame, opts: TermOptions) -> TermIndex:
        obj = cls.__new__(cls)
        obj._build(df, opts)
        obj.df = None
        return obj

    def _build(self, df: pd.DataFrame, opts: TermOptions) -> None:
        for col in ("article_id", "sentence_id", "start_char", "end_char"):
            if col not in df.columns:
                raise KeyError(f"the table has no {col!r} column: is it a kit sentence table?")
        tok = flat_tokens(df)
        occ = extract(df, opts, tok)
        n = len(df)
        is_word, fingerprint = tok.is_word, None
        if opts.scope == "speech":
            fingerprint = spans_fingerprint(df)
            said = speech_mask(df, tok.row, tok.start)
            at = tok.row_offsets[occ.row]
            occ = _kept(occ, within(said, at + occ.first, at + occ.last))
            is_word = is_word & said
        first_word = tok.word[tok.row_offsets[:-1]] if n and len(tok.word) else np.zeros(n, int)
        if len(occ.row):
            wpos = tok.word[tok.row_offsets[occ.row] + occ.first] - first_word[occ.row]
        else:
            wpos = np.zeros(0, np.int64)
        words = np.bincount(tok.row, weights=is_word, minlength=n).astype(np.int64)
        articles, art = _encode(df["article_id"])
        self._assemble(
            opts,
            occ,
            wpos,
            words,
            articles,
            art,
            df["sentence_id"].to_numpy(np.int64),
            df["start_char"].to_numpy(np.int64),
            df["end_char"].to_numpy(np.int64),
            fingerprint,
        )

    def _assemble(
        self, opts, occ: Occurrences, wpos, words, articles, art, sid, start, end, fingerprint
    ):
        n, v = len(words), len(occ.terms)
        self.options = opts
        self.vocabulary = occ.terms
        self.matrix = sparse.csr_matrix(
            (np.ones(len(occ.row), np.int32), (occ.row, occ.code)), shape=(n, v), dtype=np.int32
        )
        self.matrix.sum_duplicates()
        self.words = words
        self.occurrences = occ
        self.occ_word = wpos  # word index (within its sentence) of each occurrence's first token
        rank = np.empty(v, np.int64)
        rank[np.argsort(occ.terms.astype(str), kind="stable")] = np.arange(v)
        self.rank = rank  # alphabetical rank of each term: breaks ties in counts
        self._articles = articles  # article_id -> code
        self._article_names = np.asarray(list(articles), dtype=object)
        self._art, self._sid, self._start, self._end = art, sid, start, end
        self._spans = fingerprint  # speech scope: each row's speech_spans, fingerprinted
        keys = (art.astype(np.int64) << 32) | sid
        order = np.argsort(keys, kind="stable")
        self._keys, self._key_rows = keys[order], order

    def __len__(self) -> int:
        return self.matrix.shape[0]

    def __repr__(self) -> str:
        o = self.options
        return (
            f"<TermIndex unit={o.unit!r} ngram={o.ngram} rows={len(self)} "
            f"terms={len(self.vocabulary)} nnz={self.matrix.nnz}>"
        )

    def article_ids(self, rows: np.ndarray) -> list[str]:
        """The articles that the given matrix rows come from, in the index's order."""
        if not len(rows):
            return []
        seen = np.bincount(self._art[rows], minlength=len(self._article_names)) > 0
        return [str(a) for a in self._article_names[seen]]

    def provenance(self, df: pd.DataFrame | None, rows: np.ndarray, **extra) -> dict:
        """``attrs`` for a result table: the article store, which articles and how many
        sentences the numbers come from, and the options (read by :mod:`kit.plots`)."""
        o = self.options
        default = o.stopword_set == default_stopwords()
        stop = "default" if default else ("none" if not o.stopword_set else "custom")
        attrs = {
            "article_ids": self.article_ids(rows),
            "n_sentences": len(rows),
            "options": {
                "unit": o.unit,
                "ngram": o.ngram[0] if o.ngram[0] == o.ngram[1] else list(o.ngram),
                "stopwords": stop,
                "punct": o.punct,
                "numbers": o.numbers,
                "scope": o.scope,
                **{k: v for k, v in extra.items() if v is not None},
            },
        }
        store = None if df is None else article_records(df)
        if not store and self.df is not None:
            store = article_records(self.df)
        if store:
            attrs = {"articles": store, **attrs}
        return attrs

    # --- finding a table's rows --------------------------------------------------------

    def locate(self, df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        """Matrix rows of ``df``'s sentences: ``(rows, status)``.

        ``status`` is 0 where found and verified, 1 where the index lacks the sentence, 2
        where the key matches a row whose offsets differ (not the same sentence) or, under
        ``scope="speech"``, whose speech spans differ.
        """
        rows, status = self._locate(df)
        if self._spans is not None and len(df):
            hit = np.flatnonzero(status == 0)
            changed = self._spans[rows[hit]] != spans_fingerprint(df)[hit]
            status[hit[changed]] = 2
        return rows, status

    def _locate(self, df: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
        n = len(df)
        codes = _codes(df["article_id"], self._articles)
        sid = df["sentence_id"].to_numpy(np.int64)
        start = df["start_char"].to_numpy(np.int64)
        end = df["end_char"].to_numpy(np.int64)
        if n and pd.api.types.is_integer_dtype(df.index.dtype):
            guess = df.index.to_numpy(np.int64)
            if guess.min() >= 0 and guess.max() < len(self):
                same = (
                    (self._art[guess] == codes)
                    & (self._sid[guess] == sid)
                    & (self._start[guess] == start)
                    & (self._end[guess] == end)
                )
                if same.all():
                    return guess, np.zeros(n, np.int8)
        keys = (codes.astype(np.int64) << 32) | sid
        at = np.searchsorted(self._keys, keys)
        at_ok = np.minimum(at, max(len(self._keys) - 1, 0))
        found = (codes >= 0) & (at < len(self._keys))
        if len(self._keys):
            found &= self._keys[at_ok] == keys
        rows = np.where(found, self._key_rows[at_ok] if len(self._keys) else -1, -1)
        status = np.where(found, 0, 1).astype(np.int8)
        hit = np.flatnonzero(found)
        bad = (self._start[rows[hit]] != start[hit]) | (self._end[rows[hit]] != end[hit])
        status[hit[bad]] = 2
        return rows, status

    def positions(self, subset) -> np.ndarray:
        """Matrix rows of ``subset``: None (all), a boolean mask over the indexed table, an
        array of row positions, or a DataFrame derived from the indexed table."""
        if subset is None:
            return np.arange(len(self))
        if isinstance(subset, pd.DataFrame):
            rows, status = self.locate(subset)
            if status.any():
                raise ValueError(
                    f"{int((status > 0).sum())} sentences of this table are not in the index "
                    "(it was built from another table): use kit.term_frequencies(table) instead"
                )
            return rows
        arr = np.asarray(subset)
        if arr.dtype == bool:
            if len(arr) != len(self):
                raise ValueError(
                    f"the mask has {len(arr)} values but the index has {len(self)} rows"
                )
            return np.flatnonzero(arr)
        return arr.astype(np.int64)

    def _merged(self, other: TermIndex) -> TermIndex:
        """This index with ``other``'s rows appended (vocabularies united)."""
        lookup = {t: i for i, t in enumerate(self.vocabulary)}
        new_terms = [t for t in other.vocabulary if t not in lookup]
        for t in new_terms:
            lookup[t] = len(lookup)
        remap = np.fromiter((lookup[t] for t in other.vocabulary), np.int64, len(other.vocabulary))
        vocab = np.concatenate([self.vocabulary, np.asarray(new_terms, dtype=object)])
        a, b = self.occurrences, other.occurrences
        occ = Occurrences(
            row=np.concatenate([a.row, b.row + len(self)]),
            code=np.concatenate([a.code, remap[b.code]]),
            first=np.concatenate([a.first, b.first]),
            last=np.concatenate([a.last, b.last]),
            terms=vocab,
        )
        articles = dict(self._articles)
        for name in other._articles:
            articles.setdefault(name, len(articles))
        amap = np.empty(len(other._articles), np.int64)
        for name, code in other._articles.items():
            amap[code] = articles[name]
        merged = TermIndex.__new__(TermIndex)
        merged.df = None
        merged._assemble(
            self.options,
            occ,
            np.concatenate([self.occ_word, other.occ_word]),
            np.concatenate([self.words, other.words]),
            articles,
            np.concatenate([self._art, amap[other._art]]),
            np.concatenate([self._sid, other._sid]),
            np.concatenate([self._start, other._start]),
            np.concatenate([self._end, other._end]),
            None if self._spans is None else np.concatenate([self._spans, other._spans]),
        )
        return merged

    # --- answers ------------------------------------------------------------------------

    def frequencies(self, subset=None, *, by: str | None = None, top: int | None = None):
        """Term counts of a subset of the indexed table (see :func:`kit.term_frequencies`).

        ``subset``: None (every row), a boolean mask aligned with the indexed table, or a
        table derived from it. ``by`` names a column of the indexed table.
        """
        rows = self.positions(subset)
        groups = None
        if by is not None:
            table = subset if isinstance(subset, pd.DataFrame) else self._table().iloc[rows]
            groups = table[by]
        return frequencies_of(self, rows, groups=groups, by=by, top=top, df=self.df)

    def keyness(self, focus, reference=None, *, by: str | None = None, **options):
        """Keyness of ``focus`` against ``reference`` or the rest of the indexed table.

        Arguments as in :func:`kit.keyness`; masks are aligned with the indexed table.
        """
        return keyness_of(
            self, self._table(), np.arange(len(self)), focus, reference, by=by, **options
        )

    def _table(self) -> pd.DataFrame:
        if self.df is None:
            raise ValueError("this index was not built from one table: use the kit.* functions")
        return self.df


# --- the cache on the article store ---------------------------------------------------------


class _IndexCache(OrderedDict):
    """Indexes of one article store by options, most recent last; never pickled."""

    def __reduce__(self):
        return (_IndexCache, ())

    def __deepcopy__(self, memo):
        return self

    def put(self, opts: TermOptions, index: TermIndex) -> None:
        self[opts] = index
        self.move_to_end(opts)
        while len(self) > _CACHE_SIZE:
            self.popitem(last=False)


def _covers_exactly(index: TermIndex, df: pd.DataFrame) -> bool:
    if len(index) != len(df):
        return False
    rows, status = index.locate(df)
    return not status.any() and np.array_equal(rows, np.arange(len(df)))


def _cache_of(df: pd.DataFrame) -> _IndexCache | None:
    store = article_records(df)
    if not store or not hasattr(store, "__dict__"):
        return None
    cache = store.__dict__.get(_CACHE_ATTR)
    if cache is None:
        cache = _IndexCache()
        setattr(store, _CACHE_ATTR, cache)
    return cache


def index_for(df: pd.DataFrame, opts: TermOptions) -> tuple[TermIndex, np.ndarray]:
    """The (cached) index covering ``df`` under ``opts``, and ``df``'s rows in it."""
    _require_article_ids(df)
    cache = _cache_of(df)
    if cache is None:
        return TermIndex._of(df, opts), np.arange(len(df))
    index = cache.get(opts)
    if index is None:
        index = TermIndex._of(df, opts)
        cache.put(opts, index)
        return index, np.arange(len(df))
    cache.move_to_end(opts)
    rows, status = index.locate(df)
    if (status == 2).any():
        return TermIndex._of(df, opts), np.arange(len(df))
    missing = np.flatnonzero(status == 1)
    if len(missing):
        extra = TermIndex._of(df.iloc[missing], opts)
        rows = rows.copy()
        rows[missing] = len(index) + np.arange(len(missing))
        index = index._merged(extra)
        cache.put(opts, index)
    return index, rows


def _require_article_ids(df: pd.DataFrame) -> None:
    """Refuse rows without an article id, naming them.

    A row's article is what its offsets index into and what the index finds it by; a row
    without one (NaN after an edit or a join) cannot be counted as any article's sentence.
    """
    if "article_id" not in df.columns:
        return  # _build names the missing column
    missing = df["article_id"].isna().to_numpy()
    if not missing.any():
        return
    labels = df.index[missing].tolist()
    n = len(labels)
    shown = ", ".join(map(str, labels[:5])) + (", ..." if n > 5 else "")
    raise ValueError(
        f"{n} row{'s have' if n > 1 else ' has'} no article_id (row{'s' if n > 1 else ''} "
        f"{shown}): a sentence's terms are counted as part of its article. Give the rows "
        "their article's id, or leave them out with df.dropna(subset=['article_id'])"
    )


def _kept(occ: Occurrences, keep: np.ndarray) -> Occurrences:
    """The occurrences where ``keep`` holds, the vocabulary cut to the terms still used."""
    used, code = np.unique(occ.code[keep], return_inverse=True)
    return Occurrences(
        row=occ.row[keep],
        code=code.ravel().astype(np.int64),
        first=occ.first[keep],
        last=occ.last[keep],
        terms=occ.terms[used],
    )


# --- article ids as small integers ----------------------------------------------------------


def _encode(ids: pd.Series) -> tuple[dict[str, int], np.ndarray]:
    enc = pc.dictionary_encode(_arrow(ids))
    names = enc.dictionary.to_pylist()
    return {name: k for k, name in enumerate(names)}, enc.indices.to_numpy(
        zero_copy_only=False
    ).astype(np.int64)


def _codes(ids: pd.Series, table: dict[str, int]) -> np.ndarray:
    enc = pc.dictionary_encode(_arrow(ids))
    lut = np.fromiter((table.get(n, -1) for n in enc.dictionary.to_pylist()), np.int64)
    idx = enc.indices.to_numpy(zero_copy_only=False)
    return lut[idx] if len(lut) else np.full(len(ids), -1, np.int64)


def _arrow(series: pd.Series) -> pa.Array:
    arr = pa.array(series.array) if len(series) else pa.array([], pa.string())
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if not pa.types.is_string(arr.type) and not pa.types.is_large_string(arr.type):
        arr = pc.cast(arr, pa.string())
    return arr
