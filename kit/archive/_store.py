"""The store on disk: its layout, atomic writes, and reading a selection back.

Layout of a store folder::

    kit-store.json                      what the folder is (format version)
    sentences/part-GGGG-BBBBBB-H.parquet  the sentence table of one batch of articles
    articles/part-GGGG-BBBBBB-H.parquet   those articles: id, sha256, text, path, metadata

``G`` is the ingest run that wrote the batch (1, 2, ...), ``B`` the batch's place in that
run and ``H`` a hash of the batch's (article id, sha256) pairs: a retried batch rewrites the
very same files, never a second copy. A batch is in the store once its articles file exists
(written last); a sentences file without one is an unfinished batch, ignored when reading
and removed by the next ingest. What the store holds is always read from these files: there
is no other state to drift. When an article id comes back with a new text, the newer run's
version is the one read; the older rows stay on disk but are hidden.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import re
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

FORMAT = 1
MARKER = "kit-store.json"
_NAME = re.compile(r"^part-(\d{4})-(\d{6})-([0-9a-f]{16})\.parquet$")
_META_KEY = b"news-kit"


class StoreError(ValueError):
    """A folder that is not a kit store, or a store that cannot be read as asked."""


def part_name(generation: int, batch: int, digest: str) -> str:
    return f"part-{generation:04d}-{batch:06d}-{digest[:16]}.parquet"


def create(store: Path) -> None:
    """Make ``store`` a kit store (or check it is one); never adopts a folder of other files."""
    marker = store / MARKER
    if marker.exists():
        check(store)
        return
    if store.exists() and any(p for p in store.iterdir() if not p.name.startswith(".")):
        raise StoreError(f"{store}: is a folder of other files, not a kit store; give a new path")
    (store / "sentences").mkdir(parents=True, exist_ok=True)
    (store / "articles").mkdir(exist_ok=True)
    atomic_write_bytes(marker, json.dumps({"format": FORMAT, "kind": "news-kit store"}).encode())


def is_store(path: str | Path) -> bool:
    """Whether ``path`` is a folder made by :func:`kit.ingest` (it holds the store's marker)."""
    return (Path(path) / MARKER).is_file()


def check(store: Path) -> None:
    marker = store / MARKER
    if not marker.is_file():
        raise StoreError(f"{store}: not a kit store (no {MARKER}); make one with kit.ingest")
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"{marker}: unreadable ({exc})") from None
    if info.get("format") != FORMAT:
        raise StoreError(
            f"{store}: store format {info.get('format')!r}; this kit reads format {FORMAT}"
        )


# --- atomic writes ----------------------------------------------------------------------------


def _temp_beside(path: Path) -> str:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; give the file the usual permissions
    return tmp


def atomic_write_bytes(path: Path, data: bytes) -> None:
    tmp = _temp_beside(path)
    try:
        Path(tmp).write_bytes(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_parquet(table: pa.Table, path: Path, meta: Mapping[str, Any] | None = None) -> None:
    """Write ``table`` to ``path`` via a temporary file and a rename: readers never see half."""
    schema_meta = {k: v for k, v in (table.schema.metadata or {}).items() if k != b"pandas"}
    if meta is not None:
        schema_meta[_META_KEY] = json.dumps(meta, sort_keys=True).encode()
    table = table.replace_schema_metadata(schema_meta)
    tmp = _temp_beside(path)
    try:
        pq.write_table(table, tmp)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def tidy(store: Path) -> None:
    """Remove what an interrupted run left: temporary files and unfinished batches."""
    done = {p.name for p in (store / "articles").glob("part-*.parquet")}
    for sub in ("sentences", "articles"):
        for tmp in (store / sub).glob(".part-*.tmp"):
            tmp.unlink(missing_ok=True)
    for part in (store / "sentences").glob("part-*.parquet"):
        if part.name not in done:
            part.unlink(missing_ok=True)


# --- what the store holds ----------------------------------------------------------------------


@dataclass
class Contents:
    """The finished batches of a store, oldest first, and the version of each article read."""

    store: Path
    parts: list[str]
    index: pd.DataFrame  # article_id, sha256, part (one row an article version)
    hidden: dict[str, set[str]] = field(default_factory=dict)  # part -> superseded ids

    @property
    def latest(self) -> pd.DataFrame:
        return self.index.drop_duplicates("article_id", keep="last")

    def generation(self) -> int:
        return max((int(m[1]) for p in self.parts if (m := _NAME.match(p))), default=0)


def contents(store: Path) -> Contents:
    check(store)
    parts = sorted(
        p.name
        for p in (store / "articles").glob("part-*.parquet")
        if _NAME.match(p.name) and (store / "sentences" / p.name).is_file()
    )
    frames = []
    for name in parts:
        t = pq.read_table(store / "articles" / name, columns=["article_id", "sha256"])
        frames.append(t.to_pandas().assign(part=name))
    index = (
        pd.concat(frames, ignore_index=True)
        if frames
        else pd.DataFrame({"article_id": [], "sha256": [], "part": []}, dtype=object)
    )
    old = index[index.duplicated("article_id", keep="last")]
    hidden: dict[str, set[str]] = {}
    for part, ids in old.groupby("part")["article_id"]:
        hidden[str(part)] = set(ids)
    return Contents(store, parts, index, hidden)


def part_meta(path: Path) -> dict:
    meta = pq.read_schema(path).metadata or {}
    return json.loads(meta.get(_META_KEY, b"{}"))


# --- filters ------------------------------------------------------------------------------------

POST_FILTERED = ("topics",)  # list columns: tested on the rows read, not pushed down


@dataclass
class Selection:
    """A filter as a pushed-down expression plus the topics tested after reading."""

    expression: ds.Expression | None
    topics: list[str] | None
    columns: set[str]  # the columns the filter reads

    def mask(self, table: pa.Table) -> np.ndarray:
        """Which rows of an in-memory Arrow ``table`` the selection keeps."""
        keep = np.ones(table.num_rows, dtype=bool)
        if self.expression is not None and table.num_rows:
            numbered = table.append_column("__row", pa.array(np.arange(table.num_rows)))
            hit = numbered.filter(self.expression).column("__row").to_numpy()
            keep[:] = False
            keep[hit] = True
        if self.topics is not None:
            keep &= topics_mask(table.column("topics"), self.topics)
        return keep


def topics_mask(column: pa.ChunkedArray | pa.Array, wanted: list[str]) -> np.ndarray:
    lists = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    parents = np.asarray(pc.list_parent_indices(lists), dtype=np.int64)
    hit = pc.is_in(pc.list_flatten(lists), value_set=pa.array(wanted, type=pa.string()))
    out = np.zeros(len(lists), dtype=bool)
    out[parents[np.asarray(hit, dtype=bool)]] = True
    return out


def selection(filters, schema: pa.Schema) -> Selection:
    """Read ``filters`` (None, a pyarrow Expression, or a dict column -> wanted) against the
    store's ``schema``.

    Dict values: a list (or set) keeps rows whose value is one of them; a 2-tuple
    ``(low, high)`` keeps an inclusive range, either end ``None`` for open; anything else is
    an equality. ``"topics"`` (lists) keeps rows tagged with any of the topics given.
    """
    if filters is None:
        return Selection(None, None, set())
    if isinstance(filters, ds.Expression):
        return Selection(filters, None, _fields_of(filters, schema))
    if not isinstance(filters, Mapping):
        raise TypeError(
            f"filters must be a dict (column -> value, list or (low, high)) or a "
            f"pyarrow.dataset Expression; got {type(filters).__name__}"
        )
    parts: list[ds.Expression] = []
    topics = None
    for name, wanted in filters.items():
        if name == "topic":
            name = "topics"
        if name not in schema.names:
            raise StoreError(
                f"filters: the store has no column {name!r} (columns: "
                f"{[n for n in schema.names if not n.startswith('tok_')]})"
            )
        if name in POST_FILTERED:
            topics = [wanted] if isinstance(wanted, str) else list(wanted)
            continue
        parts.append(_condition(name, wanted, schema.field(name).type))
    expr = None
    for p in parts:
        expr = p if expr is None else expr & p
    return Selection(expr, topics, {n if n != "topic" else "topics" for n in filters})


def _condition(name: str, wanted, type_: pa.DataType) -> ds.Expression:
    col = ds.field(name)
    if isinstance(wanted, tuple):
        if len(wanted) != 2:
            raise StoreError(f"filters: {name}={wanted!r}: a range is a (low, high) pair")
        low, high = (_scalar(v, type_, name) for v in wanted)
        cond = None
        if low is not None:
            cond = col >= low
        if high is not None:
            cond = (col <= high) if cond is None else cond & (col <= high)
        return cond if cond is not None else col.is_valid() | ~col.is_valid()
    if isinstance(wanted, list | set | frozenset | np.ndarray | pd.Series):
        values = [_scalar(v, type_, name) for v in wanted]
        return col.isin(pa.array([v.as_py() for v in values], type=type_))
    return col == _scalar(wanted, type_, name)


def _scalar(value, type_: pa.DataType, name: str):
    if value is None:
        return None
    if isinstance(value, _dt.date | pd.Timestamp) and (
        pa.types.is_string(type_) or pa.types.is_large_string(type_)
    ):
        value = value.date().isoformat() if isinstance(value, _dt.datetime) else value.isoformat()
    try:
        return pa.scalar(value).cast(type_) if not pa.types.is_null(type_) else pa.scalar(value)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, pa.ArrowTypeError) as exc:
        raise StoreError(
            f"filters: {name}={value!r} does not fit the column's type {type_}"
        ) from exc


def _fields_of(expr: ds.Expression, schema: pa.Schema) -> set[str]:
    text = str(expr)
    return {n for n in schema.names if re.search(rf"\b{re.escape(n)}\b", text)}


# --- reading ------------------------------------------------------------------------------------


def schema_of(store: Path, parts: list[str]) -> pa.Schema:
    """The sentence schema of the whole store: the files' schemas unified (columns added by
    later batches, types widened where a batch had only nulls)."""
    if not parts:
        raise StoreError(f"{store}: the store holds no articles yet")
    schemas = [pq.read_schema(store / "sentences" / p) for p in parts]
    return pa.unify_schemas(schemas, promote_options="permissive").remove_metadata()


def scan(
    store: str | Path, *, filters=None, columns=None, need=()
) -> Iterator[tuple[str, pa.Table]]:
    """The selected rows of each finished batch, one Arrow table a batch, oldest first.

    ``columns`` (None: all) are read, plus ``need`` and what the filters test; the extra
    columns are kept in the tables (callers drop them).
    """
    store = Path(store)
    have = contents(store)
    if not have.parts:
        return
    schema = schema_of(store, have.parts)
    sel = selection(filters, schema)
    wanted = None
    if columns is not None:
        missing = [c for c in columns if c not in schema.names]
        if missing:
            raise StoreError(f"columns: the store has no {missing}")
        wanted = list(dict.fromkeys([*columns, *need, *sorted(sel.columns)]))
        wanted = [c for c in schema.names if c in wanted]  # the store's order
    for name in have.parts:
        expr = sel.expression
        gone = have.hidden.get(name)
        if gone:
            older = ~ds.field("article_id").isin(pa.array(sorted(gone), type=pa.string()))
            expr = older if expr is None else expr & older
        dataset = ds.dataset(store / "sentences" / name, format="parquet", schema=schema)
        table = dataset.to_table(columns=wanted, filter=expr)
        if sel.topics is not None and table.num_rows:
            table = table.filter(pa.array(topics_mask(table.column("topics"), sel.topics)))
        yield name, table


def to_pandas(table: pa.Table) -> pd.DataFrame:
    return table.to_pandas(ignore_metadata=True, types_mapper=_types_mapper)


def _types_mapper(dtype: pa.DataType):
    # list and struct columns (tokens, topics, evidence) stay Arrow-backed, as the loaders make them
    if pa.types.is_list(dtype) or pa.types.is_large_list(dtype) or pa.types.is_struct(dtype):
        return pd.ArrowDtype(dtype)
    return None


def read_articles(store: Path, ids: list[str], parts: list[str]) -> pd.DataFrame:
    """The article rows (text and metadata) of ``ids`` from the given batches."""
    if not parts:
        return pd.DataFrame({"article_id": []}, dtype=object)
    files = [str(store / "articles" / p) for p in parts]
    schemas = [pq.read_schema(f) for f in files]
    schema = pa.unify_schemas(schemas, promote_options="permissive").remove_metadata()
    dataset = ds.dataset(files, format="parquet", schema=schema)
    table = dataset.to_table(filter=ds.field("article_id").isin(pa.array(ids, type=pa.string())))
    return table.to_pandas(ignore_metadata=True)


def store_schema(store: Path) -> pa.Schema:
    """The unified sentence schema of a store's finished batches."""
    return schema_of(store, contents(store).parts)
