"""Small helpers on sentence tables that several stages share (after the article store)."""

from __future__ import annotations

from typing import Any

import pandas as pd

from .articles import article_records

__all__ = ["TOKEN_COLUMNS", "carry_attrs", "require_columns"]

TOKEN_COLUMNS = (
    "tok_text",
    "tok_start",
    "tok_lemma",
    "tok_pos",
    "tok_tag",
    "tok_dep",
    "tok_head",
    "tok_ent",
)
"""The stored parse: one list a sentence in each (named here so that readers of the columns
need not import spaCy)."""


def carry_attrs(df: pd.DataFrame) -> dict[str, Any]:
    """attrs for a table derived from a sentence table: its articles and sentence count."""
    attrs = {str(k): v for k, v in df.attrs.items() if k != "articles"}
    if "article_id" in df.columns:
        attrs["article_ids"] = list(pd.unique(df["article_id"]))
        attrs["n_sentences"] = len(df)
    if store := article_records(df):
        attrs["articles"] = store
    return attrs


def require_columns(data: Any, columns: list[str], who: str, *, hint: str) -> None:
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"{who} expects a pandas DataFrame, got {type(data).__name__}")
    missing = [c for c in columns if c not in data.columns]
    if missing:
        raise ValueError(
            f"{who}: the table lacks the column(s) {missing} (it has {list(data.columns)}); {hint}"
        )
