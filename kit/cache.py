"""What the kit keeps on disk: saved sentence tables, and the user cache folder.

Parsing is the expensive step (thousands of tokens a second). Two things spare it:

- :func:`save_table` / :func:`read_table`: a parsed table as one Parquet file, with its
  token columns and its article texts, read back in a fraction of a second without spaCy.
- The cache folder (:func:`cache_dir`): every article's parse, stored under a key of its
  text's hash, the model and the parse format (see :mod:`kit.sentences`), and every
  article's text, stored under its ``article_key`` (see :mod:`kit.articles`). Reloading a
  corpus parses only new or changed articles, and a table saved with pandas' own
  ``df.to_parquet`` finds its texts again in a new session.

Cache entries are written atomically (a temporary file, then :func:`os.replace`), so a
reader never sees a partial file, and each carries a checksum checked on every read: a
corrupt or truncated entry is reported with a :class:`CacheWarning` and parsed again, never
returned. :func:`cache_info` says how big the folder is and :func:`clear_cache` empties it.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from .articles import Articles, article_records, remember
from .cachefolder import CacheWarning, cache_dir, cache_info, clear_cache

__all__ = [
    "CacheWarning",
    "cache_dir",
    "cache_info",
    "clear_cache",
    "read_table",
    "save_table",
]

_META_KEY = b"news-kit"

# --- saved tables -------------------------------------------------------------------------


def save_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write a sentence table to ``path`` (Parquet), atomically: a failed write leaves no file.

    The file holds the article texts too, so :func:`read_table` gives a complete table on
    any machine, without the cache folder.
    """
    path = Path(path)
    table = pa.Table.from_pandas(df, preserve_index=False)
    meta = dict(table.schema.metadata or {})
    meta.pop(b"pandas", None)
    # Arrow stores an object column of strings as strings; its missing values come back as
    # whatever pandas makes of a null (NaN in pandas 3's string dtype). Naming those columns
    # lets read_table give them back as they were: object, with None for missing.
    objects = [str(c) for c in df.columns if df[c].dtype == object]
    kit_meta = {"articles": dict(article_records(df)), "object_columns": objects}
    meta[_META_KEY] = json.dumps(kit_meta, default=str).encode()
    table = table.replace_schema_metadata(meta)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual permissions
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def read_table(path: str | Path) -> pd.DataFrame:
    """Read a table written by :func:`save_table`, with the dtypes it was saved with.

    Missing values come back as they were saved: ``None`` in the object columns the loader
    makes (``speaker``, ``title``, ...), so a table is the same after a round trip. (A table
    read with ``pd.read_parquet`` holds NaN there instead; the kit accepts both.)

    Raises
    ------
    FileNotFoundError
        When there is no file at ``path``.
    ValueError
        When the file is not a readable Parquet table.
    """
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no such file (save a table there with save_table)")
    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowInvalid) as exc:
        raise ValueError(f"{path}: not a readable sentence table ({exc})") from exc
    meta = json.loads((table.schema.metadata or {}).get(_META_KEY, b"{}"))
    df = table.to_pandas(ignore_metadata=True, types_mapper=_types_mapper)
    for column in meta.get("object_columns", []):
        if column in df.columns and df[column].dtype != object:
            values = df[column].astype(object)
            df[column] = values.where(values.notna(), None)
    store = Articles(meta.get("articles", {}))
    for record in store.values():
        if "key" in record:
            remember(record["key"], record["text"], disk=False)
    df.attrs["articles"] = store
    return df


def _types_mapper(dtype: pa.DataType):
    if pa.types.is_list(dtype) or pa.types.is_large_list(dtype) or pa.types.is_struct(dtype):
        return pd.ArrowDtype(dtype)
    return None
