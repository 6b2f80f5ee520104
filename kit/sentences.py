"""The readers: from text to the sentence table (one row a sentence, exact offsets).

Each article is split into paragraphs, its wire header taken off as metadata, and the body
parsed once with spaCy. The parse is kept on every row in columns of token lists
(``tok_text``, ``tok_start``, ``tok_lemma``, ``tok_pos``, ``tok_tag``, ``tok_dep``,
``tok_head``, ``tok_ent``), stored as Arrow lists, so that later stages (speakers, topics,
terms) never parse again: :func:`docs` rebuilds spaCy ``Doc`` objects from them, and
:func:`tokens` gives one row a token.

The articles' texts travel with the table in ``df.attrs["articles"]``;
:func:`article_text` reads them back.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
from spacy.tokens import Doc

from .datasets import BUNDLED_ARTICLE
from .model import load_model, model_id, vocab
from .sources import (
    ArticleError,
    paragraphs,
    read_article,
    read_articles,
    read_text,
    split_header,
)

__all__ = [
    "BUNDLED_ARTICLE",
    "META_COLUMNS",
    "TOKEN_COLUMNS",
    "WORDLESS_POS",
    "Articles",
    "article_text",
    "docs",
    "load_article",
    "load_corpus",
    "load_text",
    "tokens",
    "view",
]

META_COLUMNS = ("title", "source", "dateline", "date", "byline")
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
_TOKEN_TYPES = {
    "tok_text": pa.string(),
    "tok_start": pa.int32(),
    "tok_lemma": pa.string(),
    "tok_pos": pa.string(),
    "tok_tag": pa.string(),
    "tok_dep": pa.string(),
    "tok_head": pa.int32(),
    "tok_ent": pa.string(),
}
_ROW_COLUMNS = ("paragraph_id", "sentence_id", "start_char", "end_char", "n_words")  # ints
WORDLESS_POS = frozenset({"PUNCT", "SPACE", "SYM"})
"""Parts of speech that are not words: ``n_words`` and every per-word rate leave them out."""


class Articles(dict):
    """``article_id -> {"text", "sha256", "model", "path", metadata...}`` kept in ``df.attrs``.

    Shared, never copied: pandas deep-copies ``attrs`` on every derived table, and the
    texts do not change, so filtered tables keep pointing at the same store.
    """

    def __deepcopy__(self, memo: dict) -> Articles:
        return self


# --- public readers -----------------------------------------------------------------------


def load_text(
    text: str,
    *,
    article_id: str | None = None,
    model: str | None = None,
    headers: bool = True,
    **metadata: Any,
) -> pd.DataFrame:
    """Parse one article given as a string and return its sentence table.

    ``article_id`` defaults to a hash of the text. Keyword ``metadata`` (``title``,
    ``source``, ``dateline``, ``date``, or any other) fills the metadata columns, over
    what the wire header says. With ``headers=False`` no line is taken as a header.
    HTML is read as a page (its main text and metadata, see :func:`kit.sources.read_text`).
    """
    article = read_text(text, article_id=article_id, metadata=metadata)
    return _build([article], model=model, headers=headers)


def load_article(
    path: str | Path = BUNDLED_ARTICLE,
    *,
    article_id: str | None = None,
    encoding: str | None = None,
    model: str | None = None,
    headers: bool = True,
    **metadata: Any,
) -> pd.DataFrame:
    """Read and parse one article file (UTF-8 text) and return its sentence table.

    Without ``path``, the bundled article (:data:`BUNDLED_ARTICLE`).

    ``article_id`` defaults to the file name without its suffix. A missing, empty, binary
    or undecodable file raises :class:`kit.ArticleError` naming the path. An HTML page
    (``.html`` or not) is read for its main text and metadata; a table file is refused.
    """
    article = read_article(path, article_id=article_id, encoding=encoding, metadata=metadata)
    return _build([article], model=model, headers=headers)


def load_corpus(
    source: str | Path | Iterable[str | Path] | pd.DataFrame,
    *,
    pattern: str | None = None,
    text_column: str = "text",
    id_column: str | None = None,
    encoding: str | None = None,
    errors: str = "raise",
    model: str | None = None,
    headers: bool = True,
    progress: bool = True,
    n_process: int = 1,
) -> pd.DataFrame:
    """Parse many articles into one sentence table.

    ``source`` is a folder (its ``.txt``, ``.md``, ``.html`` files, or those matching
    ``pattern``, read recursively), a file (an article, or a CSV/JSONL/JSON/Parquet table of
    articles), a list of files, or a DataFrame with one article a row in ``text_column``;
    a table's other columns become metadata columns and ``id_column`` the article id (see
    :func:`kit.sources.read_articles`). Columns named as the loader's own (``article_id``,
    ``sentence_id``, ``tok_*``, ...) are refused with :class:`kit.ArticleError` rather than
    overwriting them. ``errors="skip"`` leaves out the items that cannot be read, with a
    warning listing them; ``df.attrs["skipped"]`` then holds them as ``{"item", "reason"}``
    records. A progress bar shows the articles parsed; ``n_process`` parses on several cores.
    """
    articles, skipped = read_articles(
        source,
        pattern=pattern,
        text_column=text_column,
        id_column=id_column,
        encoding=encoding,
        errors=errors,
    )
    _check_no_made_columns(sorted({k for a in articles for k in a.metadata}))
    df = _build(articles, model=model, headers=headers, progress=progress, n_process=n_process)
    if len(skipped):
        df.attrs["skipped"] = skipped.to_dict("records")
    return df


def article_text(df: pd.DataFrame, article_id: str | None = None) -> str:
    """The full text of an article of the table, as read (offsets index into it).

    ``article_id`` may be left out when the table holds one article.
    """
    store = df.attrs.get("articles")
    if not store:
        raise KeyError(
            "this table carries no article texts (pandas drops attrs on merge and on concat "
            "of tables from different loads); load the articles together with kit.load_corpus"
        )
    if article_id is None:
        ids = pd.unique(df["article_id"]) if len(df) else list(store)
        if len(ids) != 1:
            raise ValueError(f"the table holds {len(ids)} articles: pass article_id=")
        article_id = ids[0]
    try:
        return store[article_id]["text"]
    except KeyError:
        raise KeyError(f"article {article_id!r} is not in this table") from None


def view(df: pd.DataFrame) -> pd.DataFrame:
    """The table without its token columns: what a person wants to read."""
    return df.drop(columns=[c for c in TOKEN_COLUMNS if c in df.columns])


def docs(df: pd.DataFrame) -> Iterator[Doc]:
    """Rebuild one spaCy ``Doc`` a row from the stored parse (no model, no new parse).

    Each Doc holds the sentence's tokens with lemmas, POS, tags, dependencies and
    entities; ``doc.user_data["start_char"]`` is the sentence's offset in its article, so
    ``token.idx + start`` is a token's offset in the article.
    """
    v = vocab()
    cols = {c: df[c].tolist() for c in TOKEN_COLUMNS}
    for row, start, text in zip(
        range(len(df)), df["start_char"].tolist(), df["text"].tolist(), strict=True
    ):
        words = cols["tok_text"][row]
        starts = cols["tok_start"][row]
        ends = [s - start + len(w) for s, w in zip(starts, words, strict=True)]
        nexts = [s - start for s in starts[1:]] + [len(text)]
        heads = cols["tok_head"][row]
        doc = Doc(
            v,
            words=words,
            spaces=[e < n for e, n in zip(ends, nexts, strict=True)],
            lemmas=cols["tok_lemma"][row],
            pos=cols["tok_pos"][row],
            tags=cols["tok_tag"][row],
            deps=cols["tok_dep"][row],
            heads=heads,
            ents=cols["tok_ent"][row],
        )
        doc.user_data["start_char"] = start
        yield doc


def tokens(df: pd.DataFrame) -> pd.DataFrame:
    """One row a token of the table's sentences, in order.

    Columns: ``row`` (position of the sentence in ``df``), ``i`` (token index within the
    sentence), ``text``, ``start`` (offset in the article), ``lemma``, ``pos``, ``tag``,
    ``dep``, ``head`` (index within the sentence) and ``ent`` (IOB tag with entity type).
    """
    lengths = df["tok_text"].list.len().to_numpy(dtype=np.int64) if len(df) else np.zeros(0, int)
    rows = np.repeat(np.arange(len(df)), lengths)
    starts = np.cumsum(lengths) - lengths
    out = {"row": rows, "i": np.arange(len(rows)) - np.repeat(starts, lengths)}
    for col in TOKEN_COLUMNS:
        name = col.removeprefix("tok_")
        out[name] = _flat(df[col])
    return pd.DataFrame(out)


# --- building the table -------------------------------------------------------------------


def _build(
    items: list[tuple[str, str, Mapping[str, Any], str | None]],
    *,
    model: str | None,
    headers: bool,
    progress: bool = False,
    n_process: int = 1,
) -> pd.DataFrame:
    nlp = load_model(model)
    mid = model_id(nlp)
    store = Articles()
    rows: dict[str, list] = {
        k: []
        for k in (
            "article_id",
            "paragraph_id",
            "sentence_id",
            "text",
            "start_char",
            "end_char",
            "n_words",
        )
    }
    toks: dict[str, list] = {c: [] for c in TOKEN_COLUMNS}
    offsets = [0]
    meta_rows: list[dict[str, Any]] = []

    def is_place(s: str) -> bool:
        doc = nlp(s)
        return len(doc.ents) == 1 and doc.ents[0].text == s and doc.ents[0].label_ in ("GPE", "LOC")

    work = []  # (article index, paragraph id, paragraph start, paragraph text)
    for n, (article_id, text, given, path) in enumerate(items):
        paras = paragraphs(text)
        header = split_header(text, paras, is_place=is_place) if headers else None
        body = header.body if header else paras
        meta = {
            **(header.fields if header else {}),
            **{k: v for k, v in given.items() if v is not None},
        }
        store[article_id] = {
            "text": text,
            "sha256": _sha256(text),
            "model": mid,
            "path": path,
            **meta,
        }
        meta_rows.append(meta)
        for pid, p in enumerate(body):
            if p.end - p.start > nlp.max_length:
                raise ArticleError(
                    f"{path or article_id}: paragraph {pid + 1} is {p.end - p.start:,} characters "
                    f"long; the parser takes at most {nlp.max_length:,} at once. Split it with "
                    "blank lines (or raise load_model().max_length if memory allows)"
                )
            work.append((n, pid, p.start, text[p.start : p.end]))

    bar = _progress(len(items), enabled=progress and len(items) > 1)
    sentence_counter = [0] * len(items)
    article_of_row: list[int] = []
    for doc, (n, pid, pstart) in nlp.pipe(
        ((w[3], w[:3]) for w in work), as_tuples=True, batch_size=64, n_process=n_process
    ):
        bar.update(n - bar.n)  # the articles before this one are done
        for sent in doc.sents:
            span = _trim_space(sent)
            if span is None:
                continue
            first, last = span
            article_of_row.append(n)
            rows["article_id"].append(items[n][0])
            rows["paragraph_id"].append(pid)
            rows["sentence_id"].append(sentence_counter[n])
            sentence_counter[n] += 1
            start = pstart + doc[first].idx
            end = pstart + doc[last].idx + len(doc[last])
            rows["text"].append(doc.text[doc[first].idx : doc[last].idx + len(doc[last])])
            rows["start_char"].append(start)
            rows["end_char"].append(end)
            sent_tokens = doc[first : last + 1]
            rows["n_words"].append(sum(t.pos_ not in WORDLESS_POS for t in sent_tokens))
            for t in sent_tokens:
                toks["tok_text"].append(t.text)
                toks["tok_start"].append(pstart + t.idx)
                toks["tok_lemma"].append(t.lemma_)
                toks["tok_pos"].append(t.pos_)
                toks["tok_tag"].append(t.tag_)
                toks["tok_dep"].append(t.dep_)
                head = t.head.i - first
                toks["tok_head"].append(head if 0 <= head <= last - first else t.i - first)
                toks["tok_ent"].append(
                    f"{t.ent_iob_}-{t.ent_type_}" if t.ent_iob_ in ("B", "I") else "O"
                )
            offsets.append(offsets[-1] + len(sent_tokens))
    bar.update(len(items) - bar.n)
    bar.close()

    df = pd.DataFrame(rows)
    meta_keys = list(META_COLUMNS) + sorted({k for m in meta_rows for k in m} - set(META_COLUMNS))
    idx = np.asarray(article_of_row, dtype=int)
    for key in meta_keys:
        values = np.array([m.get(key) for m in meta_rows], dtype=object)
        df[key] = values[idx] if len(idx) else np.array([], dtype=object)
        if _all_timestamps(values):  # dates from a table stay dates (filters, time charts)
            df[key] = pd.to_datetime(df[key])
    offs = pa.array(offsets, type=pa.int32())
    for col in TOKEN_COLUMNS:
        values = pa.array(toks[col], type=_TOKEN_TYPES[col])
        df[col] = pd.arrays.ArrowExtensionArray(pa.ListArray.from_arrays(offs, values))
    for col in _ROW_COLUMNS:
        df[col] = df[col].astype("int64")
    df.attrs["articles"] = store
    return df


def _trim_space(sent) -> tuple[int, int] | None:
    """Token indices (doc-level) of the first and last non-space tokens of a sentence."""
    idx = [t.i for t in sent if not t.is_space]
    return (idx[0], idx[-1]) if idx else None


def _flat(series: pd.Series) -> np.ndarray:
    if not len(series):
        return np.array([], dtype=object)
    return series.list.flatten().to_numpy()


def _check_no_made_columns(meta_cols: list[str]) -> None:
    """Refuse metadata columns named as columns the loader makes: they would overwrite them."""
    clash = [c for c in meta_cols if c in {"article_id", "text", *_ROW_COLUMNS, *TOKEN_COLUMNS}]
    if not clash:
        return
    if set(clash) & {"sentence_id", *TOKEN_COLUMNS}:
        hint = "it looks like a sentence table already; load_corpus takes one article a row"
    elif clash == ["article_id"]:
        hint = "pass id_column='article_id' to use it as the article ids"
    else:
        hint = "rename them"
    raise ArticleError(
        f"the table's column(s) {clash} would overwrite the columns the loader makes: {hint}"
    )


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _progress(total: int, *, enabled: bool):
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="article", desc="parsing", disable=not enabled)


def _all_timestamps(values: np.ndarray) -> bool:
    present = [v for v in values if v is not None]
    return bool(present) and all(isinstance(v, pd.Timestamp) for v in present)
