"""Where terms occur along an article or a corpus, and how evenly (Gries' DP).

Positions are counted in words (tokens that are not punctuation, space or symbols) in the
table's reading order. Gries' DP ("deviation of proportions", Gries 2008) compares the share
of a term's hits in each part with the part's share of the words:
``DP = 0.5 * sum_i |v_i - s_i|``, where ``v_i`` is the part's share of the hits and ``s_i``
its share of the words: 0 = spread exactly as the text, near 1 = all in one small part.
``dp_norm`` divides by ``1 - min(s_i)`` so that 1 is the most uneven possible (Lijffijt &
Gries 2012). The parts are the articles when the table holds several, else its sentences.

With ``scope="speech"`` only the hits inside the rows' ``speech_spans`` count, and the parts'
sizes are the words inside them (what was said); positions stay positions in the text.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from ._kwic import find, in_speech, table_attrs
from ._scope import check_scope, speech_mask
from ._units import flat_tokens

__all__ = ["dispersion", "dispersion_measures", "gries_dp"]


def gries_dp(counts, sizes) -> tuple[float, float]:
    """Gries' DP and its normalised form for per-part ``counts`` of a term and part ``sizes``."""
    counts, sizes = np.asarray(counts, float), np.asarray(sizes, float)
    if counts.sum() == 0 or sizes.sum() == 0:
        return float("nan"), float("nan")
    s = sizes / sizes.sum()
    dp = 0.5 * np.abs(counts / counts.sum() - s).sum()
    low = 1.0 - s.min()
    return float(dp), float(dp / low) if low > 0 else float("nan")


def _parts(df: pd.DataFrame, parts: str | None) -> np.ndarray:
    if parts is None:
        parts = "article_id" if df["article_id"].nunique() > 1 else None
    if parts is None:
        return np.arange(len(df))
    if parts not in df.columns:
        raise KeyError(f"parts={parts!r}: the table has no such column")
    return pd.factorize(df[parts].to_numpy(dtype=object), use_na_sentinel=False)[0]


def dispersion(
    df: pd.DataFrame,
    terms: str | Iterable[str],
    *,
    parts: str | None = None,
    regex: bool = False,
    lemma: bool = True,
    scope: str = "sentence",
) -> pd.DataFrame:
    """Every hit of each term with its position along the table: a dispersion plot's data.

    Returns one row a hit: ``term`` (as asked), ``article_id``, ``sentence_id``, ``row``
    (label in ``df``), ``start``, ``end`` (article offsets), ``word`` (words before the hit in
    the table), ``position`` (``word`` / words of the table, 0 to 1), ``article_position``
    (the same within its article), and the term's ``dp`` and ``dp_norm`` (see
    :mod:`kit.terms._dispersion`; ``parts`` names the column whose values are the parts).
    Terms match as in :func:`kit.kwic` (lemma-aware; phrases; ``regex=True``).
    ``scope="speech"`` keeps the hits inside the speaker's own words (``speech_spans``) and
    measures DP against the words said (see :mod:`kit.terms._dispersion`).
    """
    terms = [terms] if isinstance(terms, str) else list(terms)
    tok, hits, said = _find_all(df, terms, regex=regex, lemma=lemma, scope=scope)
    measures = _measures(df, tok, hits, said, parts=parts).set_index("term")
    total = int(tok.is_word.sum())
    art = df["article_id"].to_numpy(dtype=object)
    art_codes, _ = pd.factorize(art)
    row_words = _row_words(tok, len(df))
    row_before = np.cumsum(row_words) - row_words
    _, first_rows = np.unique(art_codes, return_index=True)  # each article's first row
    art_first = row_before[first_rows]
    art_words = np.bincount(art_codes, weights=row_words, minlength=len(art_first))
    frames = []
    for term, h in hits:
        word = tok.word[h.first]
        a = art_codes[h.pos]
        frames.append(
            pd.DataFrame(
                {
                    "term": term,
                    "article_id": art[h.pos],
                    "sentence_id": df["sentence_id"].to_numpy()[h.pos],
                    "row": df.index.to_numpy()[h.pos],
                    "start": h.start,
                    "end": h.end,
                    "word": word,
                    "position": word / max(total, 1),
                    "article_position": (word - art_first[a]) / np.maximum(art_words[a], 1),
                    "dp": measures.loc[term, "dp"],
                    "dp_norm": measures.loc[term, "dp_norm"],
                }
            )
        )
    out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["term"])
    out.attrs = table_attrs(
        df, terms=terms, parts=parts, regex=regex, lemma=lemma, scope=scope
    )
    return out


def dispersion_measures(
    df: pd.DataFrame,
    terms: str | Iterable[str],
    *,
    parts: str | None = None,
    regex: bool = False,
    lemma: bool = True,
    scope: str = "sentence",
) -> pd.DataFrame:
    """One row a term: ``term``, ``count``, ``n_parts`` (parts holding it), ``parts``
    (parts in all), ``range`` (``n_parts / parts``), ``dp`` and ``dp_norm`` (Gries' DP);
    ``scope`` as in :func:`dispersion`."""
    terms = [terms] if isinstance(terms, str) else list(terms)
    tok, hits, said = _find_all(df, terms, regex=regex, lemma=lemma, scope=scope)
    return _measures(df, tok, hits, said, parts=parts)


def _find_all(df: pd.DataFrame, terms: list[str], *, regex: bool, lemma: bool, scope: str):
    """The table's flattened tokens, ``(term, hits)`` for each term, in order, and the
    tokens counted (the speech mask under ``scope="speech"``, else None: all)."""
    check_scope(scope)
    tok = flat_tokens(df)
    said = speech_mask(df, tok.row, tok.start) if scope == "speech" else None
    hits = []
    for term in terms:
        h = find(df, term, regex=regex, lemma=lemma, tok=tok)
        hits.append((term, h if said is None else in_speech(h, said)))
    return tok, hits, said


def _row_words(tok, n_rows: int, said: np.ndarray | None = None) -> np.ndarray:
    """Words (tokens that are not PUNCT/SPACE/SYM) in each of the table's rows; only those
    with ``said`` set when given."""
    is_word = tok.is_word if said is None else tok.is_word & said
    return np.bincount(tok.row, weights=is_word, minlength=n_rows).astype(np.int64)


def _measures(df: pd.DataFrame, tok, hits: list, said, *, parts: str | None) -> pd.DataFrame:
    """The :func:`dispersion_measures` table from ``(term, hits)`` pairs, found once."""
    part = _parts(df, parts)
    n_parts = int(part.max()) + 1 if len(part) else 0
    sizes = np.bincount(part, weights=_row_words(tok, len(df), said), minlength=n_parts)
    rows = []
    for term, h in hits:
        counts = np.bincount(part[h.pos], minlength=n_parts)
        dp, dp_norm = gries_dp(counts, sizes)
        rows.append(
            {
                "term": term,
                "count": int(counts.sum()),
                "n_parts": int((counts > 0).sum()),
                "parts": n_parts,
                "range": (counts > 0).sum() / n_parts if n_parts else float("nan"),
                "dp": dp,
                "dp_norm": dp_norm,
            }
        )
    return pd.DataFrame(
        rows, columns=["term", "count", "n_parts", "parts", "range", "dp", "dp_norm"]
    )
