"""Tables of articles: CSV, TSV, JSON Lines, JSON and Parquet files, and DataFrames.

One article a row: its text in ``text_column``; its other columns (title, date, source,
url, section, ...) become metadata. Values are made plain for the sentence table and its
article store: missing values (NaN, NaT, None, pd.NA) become None, dates pandas Timestamps
(a column of them becomes a datetime column of the sentence table), NumPy scalars Python
ones.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from ._text import ArticleError

__all__ = ["TABLE_SUFFIXES", "check_columns", "plain", "read_table_file", "table_rows"]

TABLE_SUFFIXES = frozenset({".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet", ".pq"})
"""File suffixes (any case) read as tables of articles, one article a row."""


def read_table_file(path: Path, *, encoding: str | None = None) -> pd.DataFrame:
    """Read a CSV/TSV, JSON Lines, JSON (an array of objects) or Parquet file of articles.

    Cells are read as written: no column is turned into numbers or dates by guessing, except
    what the format itself types (JSON numbers, Parquet columns).
    """
    suffix = path.suffix.lower()
    try:
        if suffix in (".csv", ".tsv"):
            sep = "\t" if suffix == ".tsv" else ","
            return pd.read_csv(
                path,
                sep=sep,
                dtype=str,
                keep_default_na=False,
                na_values=[""],
                encoding=encoding or "utf-8-sig",
            )
        if suffix in (".jsonl", ".ndjson"):
            return pd.read_json(path, lines=True, dtype=False, encoding=encoding or "utf-8")
        if suffix == ".json":
            return pd.read_json(path, dtype=False, encoding=encoding or "utf-8")
        return pd.read_parquet(path)
    except FileNotFoundError as exc:
        raise ArticleError(f"{path}: no such file") from exc
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{path}: is not valid {exc.encoding} text (offset {exc.start}); if it is in "
            "another encoding, pass encoding=, e.g. 'cp1252'"
        ) from exc
    except Exception as exc:  # each library has its own parse errors; all mean the same here
        kind = {".tsv": "TSV", ".ndjson": "JSONL", ".pq": "PARQUET"}.get(suffix, suffix[1:].upper())
        raise ArticleError(f"{path}: cannot be read as {kind} ({exc})") from exc


def check_columns(table: pd.DataFrame, *, text_column: str, id_column: str | None, name: str):
    """Raise :class:`ArticleError` naming ``name`` and its columns when one is missing."""
    for column, what in ((text_column, "text_column"), (id_column, "id_column")):
        if column is not None and column not in table.columns:
            raise ArticleError(
                f"{name} has no {column!r} column (its columns: {list(table.columns)}); "
                f"pass {what}= with one of them"
            )


def table_rows(
    table: pd.DataFrame, *, text_column: str, id_column: str | None, name: str, id_prefix: str
) -> Iterator[tuple[str, str | None, Any, dict[str, Any]]]:
    """``(item, article_id, text cell, metadata)`` for each row of a table of articles.

    ``item`` names the row in errors ("news.csv row 3"); ids are the ``id_column``'s values
    (None where missing), else ``id_prefix`` and the row number. The text cell is yielded as
    it is, for the caller to check. Call :func:`check_columns` first.
    """
    ids = [_id_text(v) for v in table[id_column]] if id_column else None
    meta_cols = [c for c in table.columns if c not in (text_column, id_column)]
    records = table[meta_cols].to_dict("records")
    for n, (cell, meta) in enumerate(zip(table[text_column].tolist(), records, strict=True)):
        article_id = f"{id_prefix}{n}" if ids is None else ids[n]
        yield f"{name} row {n}", article_id, cell, {str(k): plain(v) for k, v in meta.items()}


def _id_text(value: Any) -> str | None:
    """An id cell as text: 101.0 (an integer column with gaps, made float) gives "101"."""
    value = plain(value)
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def plain(value: Any) -> Any:
    """A table cell as a plain Python value (see the module docstring)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float | np.floating) and math.isnan(value):
        return None
    if isinstance(value, dt.date):  # datetimes too: kept as timestamps, for date filters
        return pd.Timestamp(value)
    if isinstance(value, np.generic):
        return value.item()
    return value
