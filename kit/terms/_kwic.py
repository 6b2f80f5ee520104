"""Finding a term in the sentences, and reading every hit in its context (KWIC)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from ..articles import article_records
from ._scope import check_scope, speech_mask, within
from ._units import Tokens, flat_tokens

__all__ = ["Hits", "find", "in_speech", "kwic", "table_attrs"]

_CONTEXT_COLUMNS = ("speaker", "speaker_type", "topics")


@dataclass
class Hits:
    """Where a term occurs: per hit the table position of its sentence (``pos``), its first
    and last-plus-one tokens (``first``, ``last``, global indices into ``tokens``) and its
    article offsets (``start``, ``end``)."""

    pos: np.ndarray
    first: np.ndarray
    last: np.ndarray
    start: np.ndarray
    end: np.ndarray
    tokens: Tokens


def table_attrs(df: pd.DataFrame, **options) -> dict:
    """``attrs`` for a result drawn from ``df``: its article store, articles, sentence count
    and the options given (what :mod:`kit.plots` reads for provenance)."""
    attrs = {
        "article_ids": [str(a) for a in pd.unique(df["article_id"])] if len(df) else [],
        "n_sentences": len(df),
        "options": {k: v for k, v in options.items() if v is not None},
    }
    store = article_records(df)
    return {"articles": store, **attrs} if store else attrs


def find(
    df: pd.DataFrame,
    term: str,
    *,
    regex: bool = False,
    lemma: bool = True,
    case: bool = False,
    scope: str = "sentence",
    tok: Tokens | None = None,
) -> Hits:
    """Every occurrence of ``term`` in ``df``, in reading order.

    Plain terms match token by token, case-insensitively (``case=True`` to respect case):
    a word matches tokens written that way and, with ``lemma=True``, tokens whose lemma is
    the word or the lemma of that word in this table ("crime" finds "crimes"; "crimes" finds
    "crime" too). A phrase ("cyber crime") matches consecutive tokens within a sentence.
    With ``regex=True``, ``term`` is a Python regular expression searched in each sentence's
    text (case-insensitive unless ``case=True``), its hits widened to whole tokens.
    With ``scope="speech"``, only hits whose tokens all lie in the row's ``speech_spans``.
    """
    if not isinstance(term, str) or not term.strip():
        raise ValueError(f"term must be a non-empty string; got {term!r}")
    check_scope(scope)
    tok = flat_tokens(df) if tok is None else tok
    hits = (
        _find_regex(df, term, case=case, tok=tok)
        if regex
        else _find_words(term, lemma=lemma, case=case, tok=tok)
    )
    if scope == "speech":
        hits = in_speech(hits, speech_mask(df, tok.row, tok.start))
    return hits


def in_speech(hits: Hits, said: np.ndarray) -> Hits:
    """The hits whose tokens all have ``said`` set (a :func:`kit.terms._scope.speech_mask`)."""
    keep = within(said, hits.first, hits.last)
    return Hits(
        pos=hits.pos[keep],
        first=hits.first[keep],
        last=hits.last[keep],
        start=hits.start[keep],
        end=hits.end[keep],
        tokens=hits.tokens,
    )


def _find_words(term: str, *, lemma: bool, case: bool, tok: Tokens) -> Hits:
    words = term.split()
    text = tok.text if case else tok.lower
    lem = tok.lemma if case else tok.lemma_lower
    n = len(text)
    ok = np.ones(max(n - len(words) + 1, 0), bool)
    for k, word in enumerate(words):
        w = word if case else word.lower()
        m = np.asarray(pc.equal(text, w), dtype=bool)
        if lemma:
            forms = {w} | set(pc.unique(pc.filter(lem, pc.equal(text, w))).to_pylist())
            m |= np.asarray(pc.is_in(lem, pa.array(sorted(forms), pa.string())), dtype=bool)
        ok &= m[k : k + len(ok)]
    first = np.flatnonzero(ok)
    last = first + len(words)
    within = tok.row[first] == tok.row[last - 1]  # a phrase never runs across sentences
    return _hits(tok, first[within], last[within])


def _hits(tok: Tokens, first: np.ndarray, last: np.ndarray) -> Hits:
    lens = pc.utf8_length(tok.text).to_numpy(zero_copy_only=False) if len(tok.row) else []
    return Hits(
        pos=tok.row[first],
        first=first,
        last=last,
        start=tok.start[first].astype(np.int64),
        end=(tok.start[last - 1] + np.asarray(lens)[last - 1]).astype(np.int64)
        if len(first)
        else np.zeros(0, np.int64),
        tokens=tok,
    )


def _find_regex(df: pd.DataFrame, pattern: str, *, case: bool, tok: Tokens) -> Hits:
    try:
        rx = re.compile(pattern, 0 if case else re.IGNORECASE)
    except re.error as err:
        raise ValueError(f"term {pattern!r} is not a valid regular expression: {err}") from None
    pos, start, end, first, last = [], [], [], [], []
    lens = pc.utf8_length(tok.text).to_numpy(zero_copy_only=False)
    for r, (text, s0) in enumerate(
        zip(df["text"].tolist(), df["start_char"].tolist(), strict=True)
    ):
        a, b = tok.row_offsets[r], tok.row_offsets[r + 1]
        starts = tok.start[a:b]
        ends = starts + lens[a:b]
        for m in rx.finditer(text):
            if m.end() == m.start():
                continue
            ms, me = s0 + m.start(), s0 + m.end()
            f = a + int(np.searchsorted(ends, ms, side="right"))
            la = a + int(np.searchsorted(starts, me, side="left"))
            pos.append(r)
            start.append(ms)
            end.append(me)
            first.append(min(f, la - 1))
            last.append(max(la, f + 1))
    arr = [np.asarray(x, dtype=np.int64) for x in (pos, first, last, start, end)]
    return Hits(pos=arr[0], first=arr[1], last=arr[2], start=arr[3], end=arr[4], tokens=tok)


def kwic(
    df: pd.DataFrame,
    term: str,
    *,
    window: int = 10,
    regex: bool = False,
    lemma: bool = True,
    case: bool = False,
    sort: str | list[str] | None = None,
    scope: str = "sentence",
) -> pd.DataFrame:
    """Every hit of ``term`` with its context: a keyword-in-context table.

    Returns one row a hit, in reading order: ``article_id``, ``sentence_id``, ``row`` (the
    sentence's label in ``df``: ``df.loc[row]``), ``speaker``, ``speaker_type`` and
    ``topics`` when the table has them, ``left``, ``match``, ``right`` (the sentence's text
    before, of and after the hit, up to ``window`` tokens each side, as written), and
    ``start``, ``end``: the hit's offsets in the article, so that
    ``kit.article_text(df, article_id)[start:end] == match``. Context stays within the
    sentence (the unit that filters select).

    Matching (lemma-aware words and phrases, or a regex) as in :func:`kit.terms._kwic.find`.
    ``sort`` orders the lines by the words next to the hit, like a concordancer:
    ``"right1"`` (the first word to the right), ``"left1"``, ``"left2"``, ..., ``"match"``,
    or a list of these (then by reading order); punctuation is skipped when counting words.

    ``scope="speech"`` keeps only the hits inside the speaker's own words (the row's
    ``speech_spans``, see :func:`kit.attribute_speakers`); their context is still the
    sentence around them, so that the reader sees who said it.
    """
    if window < 0:
        raise ValueError(f"window must be 0 or more tokens; got {window!r}")
    hits = find(df, term, regex=regex, lemma=lemma, case=case, scope=scope)
    tok = hits.tokens
    texts = df["text"].to_numpy(dtype=object)
    s0 = df["start_char"].to_numpy(np.int64)
    lens = pc.utf8_length(tok.text).to_numpy(zero_copy_only=False) if len(tok.row) else []
    lefts, matches, rights = [], [], []
    for p, f, la, hs, he in zip(hits.pos, hits.first, hits.last, hits.start, hits.end, strict=True):
        a, b = tok.row_offsets[p], tok.row_offsets[p + 1]
        text, base = texts[p], s0[p]
        lo = tok.start[max(a, f - window)] - base if f > a else hs - base
        hi_tok = min(b, la + window) - 1
        hi = tok.start[hi_tok] + lens[hi_tok] - base if hi_tok >= la else he - base
        lefts.append(text[lo : hs - base].strip())
        matches.append(text[hs - base : he - base])
        rights.append(text[he - base : max(hi, he - base)].strip())
    out = {
        "article_id": df["article_id"].to_numpy(dtype=object)[hits.pos],
        "sentence_id": df["sentence_id"].to_numpy()[hits.pos],
        "row": df.index.to_numpy()[hits.pos],
    }
    for col in _CONTEXT_COLUMNS:
        if col in df.columns:
            out[col] = df[col].to_numpy(dtype=object)[hits.pos]
    out.update(left=lefts, match=matches, right=rights, start=hits.start, end=hits.end)
    table = pd.DataFrame(out)
    if sort:
        keys = [sort] if isinstance(sort, str) else list(sort)
        cols = {k: _sort_key(hits, k) for k in keys}
        keyed = pd.DataFrame(cols).assign(_n=np.arange(len(table)))
        order = keyed.sort_values([*keys, "_n"], kind="stable").index.to_numpy()
        table = table.iloc[order]
    table = table.reset_index(drop=True)
    table.attrs = table_attrs(
        df, term=term, window=window, regex=regex, lemma=lemma, sort=sort, scope=scope
    )
    return table


def _sort_key(hits: Hits, key: str) -> np.ndarray:
    """Lowercased words beside each hit (``left1``, ``right2``, ...) or the match."""
    tok = hits.tokens
    lower = tok.lower.to_numpy(zero_copy_only=False) if len(tok.row) else np.zeros(0, object)
    if key == "match":
        return np.asarray(
            [" ".join(lower[f:la]) for f, la in zip(hits.first, hits.last, strict=True)],
            dtype=object,
        )
    m = re.fullmatch(r"(left|right)(\d+)", key or "")
    if not m or int(m.group(2)) < 1:
        raise ValueError(
            f"sort keys are 'match', 'left1', 'left2', ..., 'right1', ...; got {key!r}"
        )
    side, k = m.group(1), int(m.group(2))
    out = []
    for p, f, la in zip(hits.pos, hits.first, hits.last, strict=True):
        a, b = tok.row_offsets[p], tok.row_offsets[p + 1]
        span = range(f - 1, a - 1, -1) if side == "left" else range(la, b)
        words = [j for j in span if tok.is_word[j]]
        out.append(lower[words[k - 1]] if len(words) >= k else "")
    return np.asarray(out, dtype=object)
