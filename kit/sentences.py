"""The readers: from text to the sentence table (one row a sentence, exact offsets).

Each article is split into paragraphs, its wire header taken off as metadata, and the body
parsed once with spaCy. The parse is kept on every row in columns of token lists
(``tok_text``, ``tok_start``, ``tok_lemma``, ``tok_pos``, ``tok_tag``, ``tok_dep``,
``tok_head``, ``tok_ent``), stored as Arrow lists, so that later stages (speakers, topics,
terms) never parse again: :func:`docs` rebuilds spaCy ``Doc`` objects from them, and
:func:`tokens` gives one row a token.

Every row carries its article's ``article_key`` (a hash of the text); :func:`article_text`
finds the full text from it in the article store (:mod:`kit.articles`), whatever pandas
did to the table.

How an article is parsed
------------------------
Each article's result (header fields and rows) is one Arrow record batch, cached in the
cache folder (:mod:`kit.cachefolder`) under a key of the text's sha256, the model's name
and version, the parse format and the options that change the result (``headers``).
Reloading a corpus parses only new or changed articles.

Paragraphs longer than :data:`CHUNK_CHARS` are cut at sentence ends into chunks of at most
that size before parsing, so time grows linearly with the text and memory is bounded by
the chunk size. The tokens of each parsed chunk are read out with ``Doc.to_array`` and
numpy, not token by token. With ``n_process`` > 1 the articles are parsed by worker
processes that each load the model once and return finished record batches, so the main
process does little more than assemble them.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
import pyarrow as pa
from spacy.language import Language
from spacy.tokens import Doc

from ._tables import TOKEN_COLUMNS
from .articles import Articles, article_key, article_text, remember, sha256
from .cachefolder import entry_path, read_entry, warn_entry, write_entry
from .datasets import BUNDLED_ARTICLE
from .model import check_pipeline, load_model, model_id, vocab
from .sources import (
    ArticleError,
    Paragraph,
    RawArticle,
    paragraphs,
    read_article,
    read_articles,
    read_text,
    split_header,
)

__all__ = [
    "BUNDLED_ARTICLE",
    "CHUNK_CHARS",
    "META_COLUMNS",
    "PARSE_FORMAT",
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
_SCHEMA = pa.schema(
    [pa.field(c, pa.int64()) for c in _ROW_COLUMNS]
    + [pa.field(c, pa.list_(t)) for c, t in _TOKEN_TYPES.items()]
)
WORDLESS_POS = frozenset({"PUNCT", "SPACE", "SYM"})
"""Parts of speech that are not words: ``n_words`` and every per-word rate leave them out."""

PARSE_FORMAT = 1
"""The version of what a cached parse holds; raise it whenever the rows a parse gives change."""
CHUNK_CHARS = 20_000
"""Paragraphs longer than this are parsed in pieces cut at sentence ends."""
_BATCH_CHARS = 40_000  # characters handed to spaCy at once: bounds memory, costs no speed
_BATCH_DOCS = 64
_GROUP_CHARS = 30_000  # characters of articles sent to a worker process at once

Item = RawArticle  # (article_id, text, metadata, path)
Fields = dict[str, str | None]  # header fields (see kit.sources.split_header)
Parsed = tuple[Fields, pa.RecordBatch]  # (header fields, rows)


# --- public readers -----------------------------------------------------------------------


def load_text(
    text: str,
    *,
    article_id: str | None = None,
    model: str | Language | None = None,
    headers: bool = True,
    cache: bool = True,
    **metadata: Any,
) -> pd.DataFrame:
    """Parse one article given as a string and return its sentence table.

    ``article_id`` defaults to a hash of the text. Keyword ``metadata`` (``title``,
    ``source``, ``dateline``, ``date``, or any other) fills the metadata columns, over
    what the wire header says. With ``headers=False`` no line is taken as a header.
    HTML is read as a page (its main text and metadata, see :func:`kit.sources.read_text`).
    With ``cache=False`` the parse cache is neither read nor written.
    """
    article = read_text(text, article_id=article_id, metadata=metadata)
    return _build([article], model=model, headers=headers, cache=cache)


def load_article(
    path: str | Path = BUNDLED_ARTICLE,
    *,
    article_id: str | None = None,
    encoding: str | None = None,
    model: str | Language | None = None,
    headers: bool = True,
    cache: bool = True,
    **metadata: Any,
) -> pd.DataFrame:
    """Read and parse one article file (UTF-8 text) and return its sentence table.

    Without ``path``, the bundled article (:data:`BUNDLED_ARTICLE`).

    ``article_id`` defaults to the file name without its suffix. A missing, empty, binary
    or undecodable file raises :class:`kit.ArticleError` naming the path. An HTML page
    (``.html`` or not) is read for its main text and metadata; a table file is refused.
    """
    article = read_article(path, article_id=article_id, encoding=encoding, metadata=metadata)
    return _build([article], model=model, headers=headers, cache=cache)


def load_corpus(
    source: str | Path | Iterable[str | Path] | pd.DataFrame,
    *,
    pattern: str | None = None,
    text_column: str = "text",
    id_column: str | None = None,
    encoding: str | None = None,
    errors: Literal["raise", "skip"] = "raise",
    model: str | Language | None = None,
    headers: bool = True,
    progress: bool = True,
    n_process: int | Literal["auto"] = 1,
    cache: bool = True,
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
    records.

    A progress bar shows the articles done and the rate. ``n_process`` parses on several
    cores (``"auto"``: every core this process may use). Articles parsed before with the
    same model are read from the cache (``cache=False``: parse everything, store nothing).
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
    df = _build(
        articles,
        model=model,
        headers=headers,
        progress=progress,
        n_process=n_process,
        cache=cache,
    )
    if len(skipped):
        df.attrs["skipped"] = skipped.to_dict("records")
    return df


# How a sentence nobody said is shown, the same everywhere (kit.speakers.NO_SPEAKER is this
# string; the sentences stage comes before the speakers stage, so it is spelled here too)
NO_SPEAKER_LABEL = "(no speaker)"


def view(df: pd.DataFrame) -> pd.DataFrame:
    """The table as a person reads it: without token columns, with plain text cells.

    Topics read ``"terrorism, cybercrime"`` (empty when none), and a sentence without a
    speaker reads ``"(no speaker)"``. The ``speaker_type`` values stay ``direct`` (quoted)
    and ``indirect`` (reported). Use the table itself, not the view, to compute on.
    """
    out = df.drop(columns=[c for c in TOKEN_COLUMNS if c in df.columns])
    if "topics" in out.columns:
        out["topics"] = [_comma_text(v) for v in out["topics"].tolist()]
    if "speaker" in out.columns:
        speaker = out["speaker"].astype(object)
        out["speaker"] = speaker.where(speaker.notna(), NO_SPEAKER_LABEL)
    return out


def _comma_text(value) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, str):
        return value
    return ", ".join(str(v) for v in list(value))


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
    items: list[Item],
    *,
    model: str | Language | None,
    headers: bool,
    progress: bool = False,
    n_process: int | Literal["auto"] = 1,
    cache: bool = True,
) -> pd.DataFrame:
    nlp = load_model(model)
    check_pipeline(nlp)
    mid = model_id(nlp)
    digests = [_digest(text, path or f"article {aid!r}") for aid, text, _, path in items]
    chunk = min(CHUNK_CHARS, nlp.max_length)
    entries = [_entry_key(d, mid, headers, chunk) if cache else None for d in digests]
    results: list[Parsed | None] = [_read_parsed(e) if e else None for e in entries]
    todo = [n for n, r in enumerate(results) if r is None]

    bar = _progress(len(items), enabled=progress and len(items) > 1)
    bar.update(len(items) - len(todo))
    texts = [items[n][1] for n in todo]
    parsed = _parse(nlp, model, texts, [entries[n] for n in todo], headers, n_process)
    for n, result in zip(todo, parsed, strict=True):
        results[n] = result
        bar.update(1)
    bar.close()
    done = [r for r in results if r is not None]

    store = Articles()
    meta_rows = []
    for (aid, text, given, path), digest, (fields, _) in zip(items, digests, done, strict=True):
        key = article_key(digest)
        remember(key, text, disk=cache)
        meta = {**fields, **{k: v for k, v in given.items() if v is not None}}
        store[aid] = {"text": text, "sha256": digest, "key": key, "model": mid, "path": path}
        store[aid].update(meta)
        meta_rows.append(meta)
    df = _table(items, [r[1] for r in done], [article_key(d) for d in digests], meta_rows)
    df.attrs["articles"] = store
    return df


def _table(
    items: list[Item],
    batches: list[pa.RecordBatch],
    keys: list[str],
    meta_rows: list[dict[str, Any]],
) -> pd.DataFrame:
    """The sentence table from each article's rows, in the order of ``items``."""
    table = pa.Table.from_batches(batches, schema=_SCHEMA).combine_chunks()
    counts = np.array([b.num_rows for b in batches], dtype=np.int64)
    starts = table.column("start_char").to_numpy()
    ends = table.column("end_char").to_numpy()
    sentences: list[str] = []
    pos = 0
    for (_, text, _, _), count in zip(items, counts.tolist(), strict=True):
        row_starts, row_ends = starts[pos : pos + count].tolist(), ends[pos : pos + count].tolist()
        sentences.extend(text[s:e] for s, e in zip(row_starts, row_ends, strict=True))
        pos += count
    df = pd.DataFrame(
        {
            "article_id": np.repeat(np.array([i[0] for i in items], dtype=object), counts),
            "paragraph_id": table.column("paragraph_id").to_numpy(),
            "sentence_id": table.column("sentence_id").to_numpy(),
            "text": sentences,
            "start_char": starts,
            "end_char": ends,
            "n_words": table.column("n_words").to_numpy(),
        }
    )
    meta_keys = list(META_COLUMNS) + sorted({k for m in meta_rows for k in m} - set(META_COLUMNS))
    for key in meta_keys:
        values = np.array([m.get(key) for m in meta_rows], dtype=object)
        df[key] = np.repeat(values, counts)
        if _all_timestamps(values):  # dates from a table stay dates (filters, time charts)
            df[key] = pd.to_datetime(df[key])
    df["article_key"] = np.repeat(np.array(keys, dtype=object), counts)
    for col in TOKEN_COLUMNS:
        df[col] = pd.arrays.ArrowExtensionArray(table.column(col).chunk(0))
    return df


def _digest(text: str, name: str) -> str:
    """The text's sha256; a text that is not valid Unicode is refused, naming ``name``."""
    try:
        return sha256(text)
    except UnicodeEncodeError as exc:
        raise ArticleError(
            f"{name}: the text holds a lone surrogate ({text[exc.start]!r} at offset "
            f"{exc.start:,}), which is not a character and cannot be parsed; read the source "
            "with errors='replace' (or remove such code points) and load it again"
        ) from None


# --- the parse cache ----------------------------------------------------------------------


def _entry_key(digest: str, mid: str, headers: bool, chunk: int) -> str:
    """The cache key of an article's parse: everything that changes the rows it gives."""
    spec = f"{digest}|{mid}|format={PARSE_FORMAT}|chunk={chunk}|headers={headers}"
    return sha256(spec)


def _read_parsed(entry: str) -> Parsed | None:
    path = entry_path("parses", entry, ".arrow")
    payload = read_entry(path)
    if payload is None:
        return None
    try:
        with pa.ipc.open_stream(payload) as reader:
            meta = reader.schema.metadata or {}
            batch = reader.read_all().combine_chunks()
    except pa.ArrowException as exc:
        warn_entry(path, f"unreadable ({exc})")
        return None
    if meta.get(b"entry", b"").decode() != entry or not batch.schema.equals(_SCHEMA):
        warn_entry(path, "stale (made for another key or format)")
        return None
    rows = batch.to_batches()
    return json.loads(meta[b"fields"]), rows[0] if rows else _no_rows()


def _write_parsed(entry: str, parsed: Parsed) -> None:
    fields, batch = parsed
    meta = {b"entry": entry.encode(), b"fields": json.dumps(fields).encode()}
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, batch.schema.with_metadata(meta)) as writer:
        writer.write_batch(batch)
    write_entry(entry_path("parses", entry, ".arrow"), sink.getvalue().to_pybytes())


# --- parsing ------------------------------------------------------------------------------


def _parse(
    nlp: Language,
    model: str | Language | None,
    texts: list[str],
    entries: list[str | None],
    headers: bool,
    n_process: int | Literal["auto"],
) -> Iterator[Parsed]:
    """Parse ``texts`` in order, on one or several processes, caching under ``entries``."""
    workers = _workers(n_process)
    # groups of articles for the workers: small enough to share the work out evenly
    target = min(_GROUP_CHARS, sum(map(len, texts)) // (4 * workers) + 1)
    groups: list[list[int]] = [[]]
    size = 0
    for n, text in enumerate(texts):
        if groups[-1] and size + len(text) > target:
            groups.append([])
            size = 0
        groups[-1].append(n)
        size += len(text)
    workers = min(workers, len(groups))
    if workers <= 1:
        yield from _parse_stream(nlp, texts, entries, headers)
        return
    jobs = [([texts[n] for n in g], [entries[n] for n in g]) for g in groups]
    # fork (where there is one) hands the loaded model to the workers for free
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(
        workers, mp_context=context, initializer=_start_worker, initargs=(model, headers)
    ) as pool:
        for results in pool.map(_work, jobs):
            yield from results


def _workers(n_process: int | Literal["auto"]) -> int:
    if n_process == "auto":
        try:
            return len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            return os.cpu_count() or 1
    if not isinstance(n_process, int) or isinstance(n_process, bool) or n_process < 1:
        raise ValueError(f"n_process must be a positive int or 'auto', not {n_process!r}")
    return n_process


_worker: tuple[Language, bool] | None = None


def _start_worker(model: str | Language | None, headers: bool) -> None:
    global _worker
    _worker = (load_model(model), headers)


def _work(job: tuple[list[str], list[str | None]]) -> list[Parsed]:
    assert _worker is not None
    nlp, headers = _worker
    return list(_parse_stream(nlp, *job, headers))


def _parse_stream(
    nlp: Language, texts: list[str], entries: list[str | None], headers: bool
) -> Iterator[Parsed]:
    """Header fields and rows of each text, in order; each result is cached as it is done."""
    pending: dict[int, _Rows] = {}
    size = min(CHUNK_CHARS, nlp.max_length)

    def pieces() -> Iterator[tuple[str, tuple[int, int, int]]]:
        for n, text in enumerate(texts):
            fields, body = _split(nlp, text, headers)
            pending[n] = _Rows(fields, nlp)
            for pid, p in enumerate(body):
                for start, end in _chunks(text, p.start, p.end, size):
                    yield text[start:end], (n, pid, start)

    done = 0

    def finish(n: int) -> Parsed:
        parsed = pending.pop(n).result()
        entry = entries[n]
        if entry:
            _write_parsed(entry, parsed)
        return parsed

    for doc, (n, pid, start) in _pipe(nlp, pieces()):
        while done < n:
            yield finish(done)
            done += 1
        pending[n].add(doc, pid, start)
    while done < len(texts):
        yield finish(done)
        done += 1


def _split(nlp: Language, text: str, headers: bool) -> tuple[Fields, list[Paragraph]]:
    """The article's header fields and its body paragraphs."""

    def is_place(s: str) -> bool:
        doc = nlp(s)
        return len(doc.ents) == 1 and doc.ents[0].text == s and doc.ents[0].label_ in ("GPE", "LOC")

    paras = paragraphs(text)
    if not headers:
        return {}, paras
    header = split_header(text, paras, is_place=is_place)
    return header.fields, header.body


_SENTENCE_END = re.compile(r"""[.!?…]['"’”»)\]]*(?=\s)""")


def _chunks(text: str, start: int, end: int, size: int) -> Iterator[tuple[int, int]]:
    """Spans of at most ``size`` characters covering ``text[start:end]``, cut at sentence ends.

    A cut goes after the last sentence end (``.``, ``!``, ``?``, ``…`` and closing quotes,
    before a space) in the second half of the window; failing that, at the last space;
    failing that (a run of ``size`` characters without a space), at ``size``. The spaces
    at a cut belong to no span.
    """
    while end - start > size:
        window = text[start + size // 2 : start + size]
        cut = None
        for m in _SENTENCE_END.finditer(window):
            cut = m.end()
        if cut is None:
            spaces = [window.rfind(c) for c in " \n\t\r"]
            cut = max(spaces) if max(spaces) > 0 else len(window)
        cut += start + size // 2
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


def _pipe(nlp: Language, pieces: Iterator[tuple[str, Any]]) -> Iterator[tuple[Doc, Any]]:
    """``nlp.pipe`` over ``(text, context)`` pairs, in batches of bounded size."""
    batch: list[tuple[str, Any]] = []
    size = 0
    for piece in pieces:
        batch.append(piece)
        size += len(piece[0])
        if size >= _BATCH_CHARS or len(batch) >= _BATCH_DOCS:
            yield from _pipe_batch(nlp, batch)
            batch, size = [], 0
    yield from _pipe_batch(nlp, batch)


def _pipe_batch(nlp: Language, batch: list[tuple[str, Any]]) -> Iterator[tuple[Doc, Any]]:
    if batch:
        docs = nlp.pipe([text for text, _ in batch], batch_size=len(batch))
        yield from zip(docs, [context for _, context in batch], strict=True)


# the token attributes read with Doc.to_array; the strings among them come as hash ids
_ATTRS: list[int | str] = [
    *("IDX", "ORTH", "LEMMA", "POS", "TAG", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "IS_SPACE")
]
_COL = {a: i for i, a in enumerate(_ATTRS)}
_ENT_PREFIX = {1: "I-", 3: "B-"}  # ENT_IOB codes; 2 is O, 0 unset


class _Rows:
    """Collects the sentences of one article's parsed pieces into its record batch."""

    def __init__(self, fields: Fields, nlp: Language):
        self.fields = fields
        self.strings = nlp.vocab.strings
        # part-of-speech symbols are fixed ids, found by name in the string store
        self.wordless = np.array([self.strings[p] for p in WORDLESS_POS], dtype=np.uint64)
        self.parts: list[dict[str, np.ndarray]] = []

    def add(self, doc: Doc, pid: int, offset: int) -> None:
        """Add the sentences of ``doc``, a piece of paragraph ``pid`` at ``offset``."""
        if not len(doc):
            return
        a = doc.to_array(_ATTRS)
        n = len(doc)
        idx = np.arange(n)
        bounds = np.fromiter((s.start for s in doc.sents), dtype=np.int64)
        # each sentence from its first to its last token that is not whitespace
        space = a[:, _COL["IS_SPACE"]] != 0
        first = np.minimum.reduceat(np.where(space, n, idx), bounds)
        last = np.maximum.reduceat(np.where(space, -1, idx), bounds)
        keep = last >= 0
        first, last = first[keep], last[keep]
        if not len(first):
            return
        lengths = last - first + 1
        begins = np.cumsum(lengths) - lengths  # each sentence's first position in `sel`
        sel = np.arange(lengths.sum()) - np.repeat(begins, lengths) + np.repeat(first, lengths)
        t = a[sel]
        # heads as indices within the sentence; one outside it points to the token itself
        lo, hi = np.repeat(first, lengths), np.repeat(last, lengths)
        head = sel + t[:, _COL["HEAD"]].view(np.int64)
        head = np.where((head < lo) | (head > hi), sel, head) - lo
        wordy = ~np.isin(t[:, _COL["POS"]], self.wordless)
        idx_col = a[:, _COL["IDX"]].astype(np.int64) + offset
        self.parts.append(
            {
                "paragraph_id": np.full(len(first), pid, dtype=np.int64),
                "start_char": idx_col[first],
                "end_char": idx_col[last] + [len(doc[int(i)]) for i in last],
                "n_words": np.add.reduceat(wordy, begins).astype(np.int64),
                "lengths": lengths,
                "tok_start": idx_col[sel],
                "tok_head": head,
                **{name: t[:, _COL[attr]] for name, attr in _HASHED.items()},
                "iob": t[:, _COL["ENT_IOB"]],
            }
        )

    def result(self) -> Parsed:
        if not self.parts:
            return self.fields, _no_rows()
        cat = {k: np.concatenate([p[k] for p in self.parts]) for k in self.parts[0]}
        offsets = pa.array(np.concatenate([[0], np.cumsum(cat["lengths"])]), type=pa.int32())
        lists = {
            "tok_text": self._strings(cat["tok_text"]),
            "tok_start": pa.array(cat["tok_start"], type=pa.int32()),
            "tok_lemma": self._strings(cat["tok_lemma"]),
            "tok_pos": self._strings(cat["tok_pos"]),
            "tok_tag": self._strings(cat["tok_tag"]),
            "tok_dep": self._strings(cat["tok_dep"]),
            "tok_head": pa.array(cat["tok_head"], type=pa.int32()),
            "tok_ent": self._entities(cat["iob"], cat["ent_type"]),
        }
        columns = [
            pa.array(cat["paragraph_id"]),
            pa.array(np.arange(len(cat["paragraph_id"]), dtype=np.int64)),
            pa.array(cat["start_char"]),
            pa.array(cat["end_char"]),
            pa.array(cat["n_words"]),
            *(pa.ListArray.from_arrays(offsets, lists[c]) for c in TOKEN_COLUMNS),
        ]
        return self.fields, pa.RecordBatch.from_arrays(columns, schema=_SCHEMA)

    def _strings(self, hashes: np.ndarray) -> pa.Array:
        """The strings of spaCy hash ids (each distinct id looked up once)."""
        distinct, inverse = np.unique(hashes, return_inverse=True)
        names = pa.array([self.strings[h] for h in distinct.tolist()], type=pa.string())
        return names.take(pa.array(inverse.ravel()))

    def _entities(self, iob: np.ndarray, types: np.ndarray) -> pa.Array:
        """IOB tags with the entity type (``"B-PERSON"``), ``"O"`` outside entities."""
        inside = np.isin(iob, list(_ENT_PREFIX))
        pairs = np.stack([np.where(inside, iob, 2), np.where(inside, types, 0)], axis=1)
        distinct, inverse = np.unique(pairs, axis=0, return_inverse=True)
        names = [
            _ENT_PREFIX[i] + self.strings[t] if i in _ENT_PREFIX else "O"
            for i, t in distinct.tolist()
        ]
        return pa.array(names, type=pa.string()).take(pa.array(inverse.ravel()))


def _no_rows() -> pa.RecordBatch:
    return pa.RecordBatch.from_pylist([], schema=_SCHEMA)


_HASHED = {
    "tok_text": "ORTH",
    "tok_lemma": "LEMMA",
    "tok_pos": "POS",
    "tok_tag": "TAG",
    "tok_dep": "DEP",
    "ent_type": "ENT_TYPE",
}


# --- reading tables of articles -----------------------------------------------------------


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


def _progress(total: int, *, enabled: bool):
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="article", desc="parsing", disable=not enabled)


def _all_timestamps(values: np.ndarray) -> bool:
    present = [v for v in values if v is not None]
    return bool(present) and all(isinstance(v, pd.Timestamp) for v in present)
