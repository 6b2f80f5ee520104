"""The article store: every article's full text, found from any table by its ``article_key``.

Each row of a sentence table carries ``article_key``, a short hash of its article's text.
The texts themselves live in a content-addressed store: in memory for the process, and in
the cache folder (:mod:`kit.cachefolder`) for later sessions. So the texts follow the rows
through anything pandas does — ``pd.concat`` of separate loads, ``merge``, ``copy``,
slicing, a Parquet round trip with ``df.to_parquet`` / ``pd.read_parquet`` — where
``df.attrs`` (which pandas drops on concat and merge) would lose them.

``df.attrs["articles"]`` is still set by the loader, as a fast path: :func:`articles`
returns it only after checking that it holds every ``(article_id, article_key)`` pair of
the table; otherwise it builds the records from the store.
"""

from __future__ import annotations

import hashlib
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from . import _pandas_compat  # noqa: F401  (pd.read_parquet of the kit's list columns)
from .cachefolder import cache_dir, entry_path, write_atomic

__all__ = ["KEY_LENGTH", "Articles", "article_key", "article_records", "article_text", "remember"]

KEY_LENGTH = 24
"""Hex digits of the sha256 kept as ``article_key``: 96 bits, so that even among a billion
different texts the chance of two sharing a key is about one in 10^11."""

_TEXTS: dict[str, str] = {}  # article_key -> text, for this process
_BUILT: OrderedDict[frozenset, Articles] = OrderedDict()  # see _from_store
_BUILT_SIZE = 8


class Articles(dict):
    """``article_id -> {"text", "sha256", "key", "model", "path", metadata...}``.

    Shared, never copied: pandas deep-copies ``attrs`` on every derived table, and the
    texts do not change, so filtered tables keep pointing at the same store.
    """

    def __deepcopy__(self, memo: dict) -> Articles:
        return self


def sha256(text: str) -> str:
    """The hex sha256 of ``text`` in UTF-8 (raises UnicodeEncodeError on lone surrogates)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article_key(digest: str) -> str:
    """The ``article_key`` of a text, from its hex sha256."""
    return digest[:KEY_LENGTH]


def remember(key: str, text: str, *, disk: bool) -> None:
    """Put ``text`` in the store under ``key`` (and in the cache folder with ``disk``)."""
    _TEXTS[key] = text
    if disk:
        path = entry_path("texts", key, ".txt")
        if not path.exists():
            write_atomic(path, text.encode("utf-8"))


def text_of(key: str) -> str | None:
    """The text stored under ``key``, from memory or the cache folder; None if neither has it.

    A text read from disk is checked against its key (the key is its hash), so a damaged
    file is never returned.
    """
    text = _TEXTS.get(key)
    if text is not None:
        return text
    try:
        raw = entry_path("texts", key, ".txt").read_bytes()
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    if article_key(hashlib.sha256(raw).hexdigest()) != key:
        return None
    _TEXTS[key] = text
    return text


def forget_all() -> None:
    """Empty the in-memory store (the cache folder is left as it is); for tests."""
    _TEXTS.clear()
    _BUILT.clear()


def article_records(df: pd.DataFrame) -> Mapping[str, dict[str, Any]]:
    """The records of the articles of ``df``: ``article_id -> {"text", "sha256", ...}``.

    Works on any table with ``article_id`` and ``article_key`` columns, however it was
    made. Records hold ``text``, ``sha256`` and ``key``; for a table from one load (or a
    part of one), also ``model``, ``path`` and the article's metadata. An article id that
    stands for two different texts (tables from different loads with the same ids,
    concatenated) is left out; :func:`article_text` explains. Tables without
    ``article_key`` (made by hand) give what their ``attrs`` hold.
    """
    attrs = df.attrs.get("articles")
    if "article_key" not in df.columns or "article_id" not in df.columns:
        return attrs if isinstance(attrs, Mapping) else Articles()
    pairs = _pairs(df)
    if isinstance(attrs, Mapping) and all(
        attrs.get(aid, {}).get("key") == key for aid, key in pairs
    ):
        return attrs
    return _from_store(pairs, attrs if isinstance(attrs, Mapping) else {})


def article_text(df: pd.DataFrame, article_id: str | None = None) -> str:
    """The full text of an article of the table, as read (offsets index into it).

    ``article_id`` may be left out when the table holds one article.
    """
    if article_id is None:
        ids = pd.unique(df["article_id"]) if len(df) else list(df.attrs.get("articles") or [])
        if len(ids) != 1:
            raise ValueError(f"the table holds {len(ids)} articles: pass article_id=")
        article_id = ids[0]
    if "article_key" in df.columns and len(df):
        keys = pd.unique(df.loc[df["article_id"] == article_id, "article_key"])
        if len(keys) > 1:
            raise ValueError(
                f"article id {article_id!r} stands for {len(keys)} different texts in this "
                "table (tables from different loads concatenated?); give the loads distinct "
                "ids (id_column=, article_id=) before combining them"
            )
        if len(keys) == 1:
            text = text_of(keys[0])
            if text is None:
                raise KeyError(_not_stored(article_id, keys[0]))
            return text
    store = df.attrs.get("articles") or {}
    try:
        return store[article_id]["text"]
    except KeyError:
        raise KeyError(f"article {article_id!r} is not in this table") from None


def _pairs(df: pd.DataFrame) -> list[tuple[str, str]]:
    """The distinct (article_id, article_key) pairs of ``df``, in order of appearance."""
    ids = df["article_id"].to_numpy(dtype=object)
    keys = df["article_key"].to_numpy(dtype=object)
    if not len(ids):
        return []
    # rows of one article are contiguous in tables from the loader: look only at the changes
    change = np.flatnonzero((ids[1:] != ids[:-1]) | (keys[1:] != keys[:-1])) + 1
    starts = np.concatenate([[0], change])
    return list(dict.fromkeys(zip(ids[starts].tolist(), keys[starts].tolist(), strict=True)))


def _from_store(pairs: list[tuple[str, str]], attrs: Mapping[str, Any]) -> Articles:
    """Records for ``pairs`` from the text store (and ``attrs`` where they agree).

    The result is memoised by its pairs, so repeated calls on one combined table return
    the same object (the term index caches itself on it).
    """
    signature = frozenset(pairs)
    built = _BUILT.get(signature)
    if built is not None:
        _BUILT.move_to_end(signature)
        return built
    seen: dict[str, set[str]] = {}
    for aid, key in pairs:
        seen.setdefault(aid, set()).add(key)
    out = Articles()
    complete = True
    for aid, key in pairs:
        text = text_of(key)
        complete = complete and text is not None
        if len(seen[aid]) > 1 or text is None:
            continue
        old = attrs.get(aid)
        if isinstance(old, Mapping) and old.get("key") == key:
            out[aid] = dict(old)
        else:
            out[aid] = {"text": text, "sha256": sha256(text), "key": key}
    if not complete:  # a text may be stored later: do not keep the gap
        return out
    _BUILT[signature] = out
    while len(_BUILT) > _BUILT_SIZE:
        _BUILT.popitem(last=False)
    return out


def _not_stored(article_id: str, key: str) -> str:
    return (
        f"the text of article {article_id!r} (article_key {key}) is neither in this session "
        f"nor in the cache folder {cache_dir()}: load the article again (kit.load_corpus "
        "with cache=True), or keep texts with the table by saving it with "
        "kit.cache.save_table"
    )
