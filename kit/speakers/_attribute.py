"""The public functions: :func:`attribute_speakers` and the per-speaker summary."""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pandas as pd

from ..sentences import TOKEN_COLUMNS
from ._arrays import _Flat
from ._constants import _NEEDED, SPEAKER_COLUMNS
from ._lexicon import _lexicon
from ._names import _Names
from ._resolve import _Article

# --- public ----------------------------------------------------------------------------------


def attribute_speakers(df: pd.DataFrame, *, merge_across_articles: bool = True) -> pd.DataFrame:
    """Return a copy of the sentence table with ``speaker``, ``speaker_type``, ``cue`` and
    ``reported_by`` columns (see the module docstring for what each holds).

    Works from the stored parse (``tok_*`` columns); the table may hold one article or many,
    in any order of articles, sentences of an article in reading order. With
    ``merge_across_articles`` a surname left alone in an article ("Mr Blair") takes the one
    full name the other articles give it ("Tony Blair"), when exactly one does.
    """
    missing = [c for c in _NEEDED + TOKEN_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(
            f"attribute_speakers needs a sentence table from kit.load_*; missing columns: {missing}"
        )
    out = df.drop(columns=[c for c in SPEAKER_COLUMNS if c in df.columns])
    n = len(df)
    cols = {c: np.full(n, None, dtype=object) for c in SPEAKER_COLUMNS}
    kinds = np.full(n, None, dtype=object)
    if n:
        lex = _lexicon()
        flat = _Flat(df)
        all_names: list[_Names] = []
        groups = df.groupby("article_id", sort=False).indices
        sid = df["sentence_id"].to_numpy()
        for rows in groups.values():
            rows = rows[np.argsort(sid[rows], kind="stable")]
            art = _Article(rows, df, flat, lex)
            for r, said in zip(rows, art.run(), strict=True):
                cols["speaker"][r] = said.speaker
                cols["speaker_type"][r] = said.type
                cols["cue"][r] = said.cue
                cols["reported_by"][r] = said.reported_by
                kinds[r] = said.kind
            all_names.append(art.names)
        if merge_across_articles and len(groups) > 1:
            _merge_surnames(cols["speaker"], kinds, all_names)
    for c in SPEAKER_COLUMNS:
        out[c] = pd.Series(cols[c], index=df.index, dtype=object)
    return out


def _merge_surnames(speaker: np.ndarray, kinds: np.ndarray, all_names: list[_Names]) -> None:
    """One-word person names take the only full name of the table that ends with them."""
    full: dict[str, set] = defaultdict(set)
    for names in all_names:
        for name in set(names.alias.values()):
            w = name.split()
            if len(w) > 1:
                full[w[-1]].add(name)
    for r in np.flatnonzero(kinds == "person"):
        name = speaker[r]
        if name and " " not in name and len(full.get(name, ())) == 1:
            speaker[r] = next(iter(full[name]))


def speaker_summary(df: pd.DataFrame) -> pd.DataFrame:
    """One row a speaker: ``speaker``, ``n_sentences``, ``n_words``, ``n_direct``,
    ``n_indirect``, most sentences first.

    Runs :func:`attribute_speakers` first when the table lacks a ``speaker`` column.
    """
    if "speaker" not in df.columns:
        df = attribute_speakers(df)
    cols = ["speaker", "n_sentences", "n_words", "n_direct", "n_indirect"]
    said = df[df["speaker"].notna()]
    if said.empty:
        empty = {c: pd.Series(dtype=object if c == "speaker" else "int64") for c in cols}
        return pd.DataFrame(empty)
    words = said["n_words"] if "n_words" in said.columns else said["text"].str.split().str.len()
    table = pd.DataFrame(
        {
            "speaker": said["speaker"].astype(str),
            "n_words": words.astype("int64"),
            "direct": (said["speaker_type"] == "direct").astype("int64"),
            "indirect": (said["speaker_type"] == "indirect").astype("int64"),
        }
    )
    out = (
        table.groupby("speaker", sort=False)
        .agg(
            n_sentences=("n_words", "size"),
            n_words=("n_words", "sum"),
            n_direct=("direct", "sum"),
            n_indirect=("indirect", "sum"),
        )
        .reset_index()
        .sort_values(["n_sentences", "n_words"], ascending=False, kind="stable")
        .reset_index(drop=True)
    )
    return out[cols]
