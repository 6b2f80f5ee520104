"""``kit.open_store``: the sentence table of a selection of a store."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow as pa

from ..articles import Articles, article_key, remember
from . import _store

__all__ = ["open_store"]


def open_store(store: str | Path, *, filters=None, columns=None) -> pd.DataFrame:
    """The sentence table of the articles of ``store`` that ``filters`` select.

    ``filters``: None (everything), a dict of column -> wanted value, or a
    ``pyarrow.dataset`` Expression (``pyarrow.dataset.field("date") >= "2019-01-01"``).
    In the dict, a list keeps rows whose value is one of the list, a ``(low, high)`` tuple
    an inclusive range (``None`` for an open end; ``datetime.date`` values are compared as
    ISO text on text columns, so ranges work on dates written ``YYYY-MM-DD``), and any other
    value equality::

        kit.open_store("archive/", filters={
            "date": ("2019-01-01", "2019-06-30"), "section": ["world", "uk"],
            "speaker": ["Tony Blair"], "topics": ["terrorism"]})

    Any column may be filtered (``article_id``, ``source``, ``title``, ``speaker``, ...);
    conditions are pushed down to the Parquet files, so only matching row groups are read.
    ``topics`` (a list a sentence) keeps the sentences tagged with any of the topics given,
    tested on the rows read. ``columns`` reads only those columns (default: all).

    The table is what :func:`kit.load_corpus` then :func:`kit.attribute_speakers` and
    :func:`kit.tag_topics` give, article by article. The selected articles' texts are put
    in the kit's article store (:mod:`kit.articles`, in memory) under the rows'
    ``article_key``, so :func:`kit.article_text`, the term index and everything else work
    on it, and on any concat, merge or copy of it, as on a loaded table.
    """
    store = Path(store)
    frames, topics, parts = [], [], []
    for name, table in _store.scan(store, filters=filters, columns=columns):
        if table.num_rows:
            parts.append(name)
            frames.append(table)
        for topic in _store.part_meta(store / "sentences" / name).get("topics", []):
            if topic not in topics:
                topics.append(topic)
    df = _store.to_pandas(pa.concat_tables(frames)) if frames else _empty(store, columns)
    if columns is not None:
        df = df[list(columns)]
    ids = pd.unique(df["article_id"]).tolist() if "article_id" in df.columns else []
    df.attrs["articles"] = _articles(store, ids, parts)
    if topics:
        df.attrs["topics"] = topics
    return df


def _empty(store: Path, columns) -> pd.DataFrame:
    have = _store.contents(store)
    if not have.parts:
        return pd.DataFrame({c: [] for c in (columns or ["article_id"])})
    schema = _store.schema_of(store, have.parts)
    return _store.to_pandas(schema.empty_table())


def _articles(store: Path, ids: list[str], parts: list[str]) -> Articles:
    """The records of ``ids`` from the batches read, as the loader makes them; each text
    goes into the article store under its key (the store holds the texts: no copy in the
    cache folder)."""
    rows = _store.read_articles(store, ids, parts)
    out = Articles()
    for record in rows.to_dict("records"):
        aid = record.pop("article_id")
        record["key"] = key = article_key(record["sha256"])
        remember(key, record["text"], disk=False)
        out[aid] = {k: v for k, v in record.items() if v is not None or k == "path"}
    return out
