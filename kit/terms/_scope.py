"""What part of a sentence is counted: the whole sentence, or only the speaker's own words.

``scope="sentence"`` counts every token; ``scope="speech"`` only tokens that start inside
the row's ``speech_spans`` (see :func:`kit.attribute_speakers`), so that terms by speaker
count what the speaker said, not the name, the reporting verb or the reporter's framing.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

SCOPES = ("sentence", "speech")
_SPANS = pa.list_(pa.list_(pa.int64()))


def check_scope(scope: str) -> str:
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {', '.join(SCOPES)}; got {scope!r}")
    return scope


def _spans_array(df: pd.DataFrame) -> pa.ListArray:
    if "speech_spans" not in df.columns:
        raise ValueError(
            "scope='speech' needs the speech_spans column: run kit.attribute_speakers(df) "
            "first (kit.load_article, kit.load_text and kit.load_corpus do)"
        )
    spans = df["speech_spans"]
    if isinstance(spans.dtype, pd.ArrowDtype):
        arr = pa.array(spans.array)
        if isinstance(arr, pa.ChunkedArray):
            arr = arr.combine_chunks() if arr.num_chunks else pa.array([], _SPANS)
        return arr.cast(_SPANS)
    # object column (a hand-made table, or one read back from a file): lists, tuples,
    # NumPy arrays of pairs, or missing values
    values = [None if _missing(v) else [[int(a), int(b)] for a, b in v] for v in spans]
    return pa.array(values, type=_SPANS)


def _missing(value) -> bool:
    return value is None or (np.ndim(value) == 0 and bool(pd.isna(value)))


def spans_fingerprint(df: pd.DataFrame) -> np.ndarray:
    """One int64 a row that changes when the row's speech spans change: a cached term index
    of ``scope="speech"`` checks it, so that spans attributed again are counted again."""
    spans = _spans_array(df)
    counts = pc.fill_null(pc.list_value_length(spans), 0).to_numpy(zero_copy_only=False)
    pairs = pc.list_flatten(pc.list_flatten(spans)).to_numpy(zero_copy_only=False)
    pairs = pairs.astype(np.uint64).reshape(-1, 2)
    # an odd multiplier per field; wrapping uint64 arithmetic is the point
    mixed = pairs[:, 0] * np.uint64(0x9E3779B97F4A7C15) ^ pairs[:, 1] * np.uint64(
        0xC2B2AE3D27D4EB4F
    )
    row = np.repeat(np.arange(len(counts)), counts.astype(np.int64))
    out = np.zeros(len(counts), np.uint64)
    np.add.at(out, row, mixed)
    return (out + counts.astype(np.uint64)).view(np.int64)


def within(mask: np.ndarray, first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Whether every token ``first[k]`` to ``last[k]`` (exclusive; global token indices)
    has ``mask`` set: a term or hit counts in speech only when all of it was said."""
    cum = np.zeros(len(mask) + 1, np.int64)
    np.cumsum(mask, out=cum[1:])
    first, last = np.asarray(first, np.int64), np.asarray(last, np.int64)
    return cum[last] - cum[first] == last - first


def speech_mask(df: pd.DataFrame, row: np.ndarray, start: np.ndarray) -> np.ndarray:
    """Whether each token lies in its sentence's speech spans.

    Token ``k`` belongs to row position ``row[k]`` of ``df`` (0-based, rows in order) and
    starts at article offset ``start[k]``. Vectorised: one sorted search over all spans.

    Raises
    ------
    ValueError
        When ``df`` has no ``speech_spans`` column (run :func:`kit.attribute_speakers`).
    """
    spans = _spans_array(df)
    counts = pc.fill_null(pc.list_value_length(spans), 0).to_numpy(zero_copy_only=False)
    pairs = pc.list_flatten(pc.list_flatten(spans)).to_numpy(zero_copy_only=False)
    s_start, s_end = pairs[0::2].astype(np.int64), pairs[1::2].astype(np.int64)
    s_row = np.repeat(np.arange(len(counts), dtype=np.int64), counts.astype(np.int64))
    row = np.asarray(row, dtype=np.int64)
    start = np.asarray(start, dtype=np.int64)
    if not len(s_row) or not len(row):
        return np.zeros(len(row), dtype=bool)
    # rows are disjoint and their spans in order: one key (row, offset) sorts them all
    width = int(max(s_end.max(), start.max())) + 1
    keys = s_row * width + s_start
    order = np.argsort(keys, kind="stable")
    keys, s_row, s_end = keys[order], s_row[order], s_end[order]
    k = np.searchsorted(keys, row * width + start, side="right") - 1
    kk = np.clip(k, 0, None)
    return (k >= 0) & (s_row[kk] == row) & (start < s_end[kk])
