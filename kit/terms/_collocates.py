"""Collocates: the terms found near a node term, and how strongly they are drawn to it.

For every hit of the node, the ``window`` words on each side within its sentence (words:
tokens that are not punctuation, space or symbols) form the node's context. A collocate's
``count`` is how often it occurs in those windows (once per window it falls in);
``count_total`` its count in the whole table. With ``W`` the words in all windows and ``N``
the words of the table:

- ``g2``: signed log-likelihood of the 2x2 table (inside windows ``count`` of ``W``, outside
  ``count_total - count`` of ``N - W``), as in :func:`kit.keyness`; + drawn to the node.
- ``mi``: pointwise mutual information ``log2(count * N / (count_total * W))``, how many times
  more frequent the collocate is near the node than overall, in bits. MI flatters rare words:
  read it together with ``count`` (``min_count``) or sort by ``g2``.

With ``scope="speech"`` the nodes, the collocates and the words ``W`` and ``N`` are those
inside the rows' ``speech_spans`` only; the windows are still measured in the sentence's
words, so a window reaching past the speaker's words holds fewer words said.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pandas as pd
from scipy import stats

from ._index import index_for
from ._kwic import find, in_speech, table_attrs
from ._matrix import subset_counts
from ._measures import log_likelihood
from ._options import TermOptions
from ._scope import speech_mask
from ._units import flat_tokens

__all__ = ["collocates"]

_BIG = np.int64(1) << 32


def collocates(
    df: pd.DataFrame,
    term: str,
    *,
    options: TermOptions | None = None,
    window: int = 5,
    min_count: int = 2,
    regex: bool = False,
    lemma: bool = True,
    sort: str = "g2",
    top: int | None = None,
    **term_options: Any,
) -> pd.DataFrame:
    """Terms within ``window`` words of ``term`` (matched as in :func:`kit.kwic`).

    Returns one row a collocate seen at least ``min_count`` times near the node: ``term``,
    ``count`` (in the windows), ``count_left``, ``count_right``, ``count_total`` (in the
    table), ``mi``, ``g2``, ``p_value`` (of ``g2``, χ² with 1 df); sorted by ``sort``
    (``"g2"``, ``"mi"`` or ``"count"``), highest first; the first ``top`` rows. Collocates
    are terms as in :func:`kit.term_frequencies` (``options``, a :class:`kit.TermOptions`,
    and/or its fields as keywords) of the units ``"lemma"``, ``"lower"`` or ``"word"``;
    with ``ngram`` above 1, an n-gram counts in a window when it lies wholly inside it.
    ``scope="speech"`` (an option too) counts only the speaker's own words. Formulas in
    :mod:`kit.terms._collocates`.
    """
    opts = TermOptions.of(options, **term_options)
    unit = opts.unit
    if unit not in ("lemma", "lower", "word"):
        raise ValueError(
            f"collocates are words or n-grams: unit must be lemma, lower or word; got {unit!r}"
        )
    if window < 1:
        raise ValueError(f"window must be at least 1 word; got {window!r}")
    if sort not in ("g2", "mi", "count"):
        raise ValueError(f"sort must be 'g2', 'mi' or 'count'; got {sort!r}")
    index, rows = index_for(df, opts)
    tok = flat_tokens(df)
    hits = find(df, term, regex=regex, lemma=lemma, tok=tok)
    said = np.ones(len(tok.row), bool)
    if opts.scope == "speech":
        said = speech_mask(df, tok.row, tok.start)
        hits = in_speech(hits, said)
    columns = ["term", "count", "count_left", "count_right", "count_total", "mi", "g2", "p_value"]
    if not len(hits.pos):
        empty = pd.DataFrame(columns=columns)
        empty.attrs = table_attrs(df, term=term, window=window, unit=unit, scope=opts.scope)
        return empty

    # the table's occurrences, keyed by (table position, word index within the sentence)
    inv = np.full(len(index), -1, np.int64)
    inv[rows] = np.arange(len(df))
    occ = index.occurrences
    pos = inv[occ.row]
    keep = pos >= 0
    keys = pos[keep] * _BIG + index.occ_word[keep]
    # each occurrence's end (in words, exclusive), so that an n-gram counts only inside a window
    last = tok.row_offsets[pos[keep]] + occ.last[keep] - 1
    ends = keys + (tok.word[last] + tok.is_word[last] - tok.word[tok.row_offsets[pos[keep]]])
    ends -= index.occ_word[keep]
    order = np.argsort(keys, kind="stable")
    keys, codes, ends = keys[order], occ.code[keep][order], ends[order]

    row_words = np.bincount(tok.row, weights=tok.is_word, minlength=len(df)).astype(np.int64)
    base = tok.word[tok.row_offsets[hits.pos]]
    first = tok.word[hits.first] - base
    end = tok.word[hits.last - 1] + tok.is_word[hits.last - 1] - base
    left_lo = np.maximum(first - window, 0)
    right_hi = np.minimum(end + window, row_words[hits.pos])
    n_terms = len(index.vocabulary)
    ranges = (keys, codes, ends, n_terms)
    left = _count_in(*ranges, hits.pos * _BIG + left_lo, hits.pos * _BIG + first)
    right = _count_in(*ranges, hits.pos * _BIG + end, hits.pos * _BIG + right_hi)
    # the words counted in the windows: all of them, or under scope="speech" those said
    said_before = np.zeros(int(tok.is_word.sum()) + 1, np.int64)
    np.cumsum(said[tok.is_word], out=said_before[1:])
    right_hi = np.maximum(right_hi, end)

    def said_in(lo, hi):
        return int((said_before[base + hi] - said_before[base + lo]).sum())

    slots = said_in(left_lo, first) + said_in(end, right_hi)

    total, _, words = subset_counts(index, rows)
    near = left + right
    sel = np.flatnonzero(near >= max(min_count, 1))
    a, f = near[sel], total[sel]
    g2 = log_likelihood(a, np.maximum(f - a, 0), slots, max(words - slots, 1))
    out = pd.DataFrame(
        {
            "term": index.vocabulary[sel].astype(str),
            "count": a,
            "count_left": left[sel],
            "count_right": right[sel],
            "count_total": f,
            "mi": np.log2(a * words / (f * max(slots, 1))),
            "g2": g2,
            "p_value": stats.chi2.sf(np.abs(g2), 1),
            "_r": index.rank[sel],
        }
    )
    out = out.sort_values([sort, "count", "_r"], ascending=[False, False, True])
    out = out.drop(columns="_r").reset_index(drop=True)
    out = out.head(top) if top is not None else out
    out.attrs = table_attrs(
        df, term=term, window=window, unit=unit, min_count=min_count, scope=opts.scope
    )
    return out


def _count_in(keys, codes, ends, n_terms, lo, hi) -> np.ndarray:
    """Per term, how many occurrences lie in the ranges [lo, hi) (counted per range): keys
    (starts) in the range and ends at most ``hi`` (a word's end always is)."""
    a = np.searchsorted(keys, lo, side="left")
    b = np.searchsorted(keys, np.maximum(hi, lo), side="left")
    lengths = b - a
    if not lengths.sum():
        return np.zeros(n_terms, np.int64)
    idx = np.repeat(a - np.cumsum(lengths) + lengths, lengths) + np.arange(lengths.sum())
    idx = idx[ends[idx] <= np.repeat(hi, lengths)]
    return np.bincount(codes[idx], minlength=n_terms).astype(np.int64)
