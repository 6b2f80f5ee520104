"""``kit.ingest``: an archive of articles into a store, in batches, locally or on Dask."""

from __future__ import annotations

import hashlib
import os
import warnings
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from ..sources import ArticleError, NotEnglishWarning, SkippedWarning, read_articles
from ..sources._read import Errors, _files_in
from ..sources._tables import check_columns
from . import _store

__all__ = ["IngestResult", "ingest"]

ENGINES = ("local", "dask")
ERRORS = ("raise", "skip")


@dataclass
class IngestResult:
    """What :func:`kit.ingest` did: articles added, already there, sentences written, the
    batches (partition files) written and the items skipped (``item``, ``reason``)."""

    store: Path
    added: int = 0
    present: int = 0
    sentences: int = 0
    partitions: list[str] = field(default_factory=list)
    skipped: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame({"item": [], "reason": []}, dtype=object)
    )

    def __repr__(self) -> str:
        return (
            f"<IngestResult {self.store}: {self.added} articles added ({self.sentences} "
            f"sentences, {len(self.partitions)} partitions), {self.present} already there, "
            f"{len(self.skipped)} skipped>"
        )


@dataclass(frozen=True)
class _Options:
    """How each batch is processed: the same on every worker."""

    model: str | None = None
    headers: bool = True
    topics: str | None = None  # a lexicon path; None: the shipped one


def ingest(
    source: str | Path | Iterable[str | Path] | pd.DataFrame,
    store: str | Path,
    *,
    engine: str = "local",
    client: Any = None,
    scheduler: str | None = None,
    errors: Errors = "raise",
    batch_size: int = 100,
    n_process: int | str = "auto",
    text_column: str = "text",
    id_column: str | None = None,
    pattern: str = "*.txt",
    encoding: str | None = None,
    model: str | None = None,
    topics: str | Path | None = None,
    headers: bool = True,
    progress: bool = True,
) -> IngestResult:
    """Parse, attribute speakers and tag topics of an archive into a store on disk.

    ``source``: a folder of text files (``pattern``, read recursively), a list of files, a
    CSV, JSONL or Parquet file of articles (one a row: ``text_column`` and metadata columns),
    or a DataFrame of them. It is read ``batch_size`` articles at a time; each batch becomes
    one Parquet partition of the store (see :func:`kit.open_store`), so memory stays bounded
    however large the archive. An article's id is ``id_column`` (default: the file name
    without suffix, or the row number), and it is in the store once its id and text (sha256)
    are: running ``ingest`` again on a grown source adds only the new articles, and an
    article whose text changed is stored anew (the new version is the one read).

    ``engine="local"`` runs in this process (``n_process=1``) or in ``n_process`` worker
    processes (``"auto"``: one a core); ``engine="dask"`` runs each batch as a task on a
    ``dask.distributed`` cluster: ``client`` (a ``distributed.Client``), else ``scheduler``
    (an address such as ``"tcp://10.0.0.5:8786"``), else a ``LocalCluster`` of
    ``n_process`` workers. The store must be on a file system every worker sees. Both
    engines write the same files, and a batch retried after a failure rewrites the same
    file (written to a temporary name and renamed), so no article is lost or doubled.

    ``errors="raise"`` stops at the first bad article, naming it (batches finished before
    stay in the store); ``errors="skip"`` leaves bad articles out and lists each in the
    result's ``skipped`` table and in one warning. Speakers are attributed within each
    article (``merge_across_articles=False``), so that what the store holds does not depend
    on how the archive was cut into batches. Returns an :class:`IngestResult`.
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}; got {engine!r}")
    if errors not in ERRORS:
        raise ValueError(f"errors must be one of {ERRORS}; got {errors!r}")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive whole number; got {batch_size!r}")
    workers = _workers(n_process)
    store = Path(store)
    reader = _Reader(source, text_column, id_column, pattern, encoding)
    _store.create(store)
    _store.tidy(store)
    have = _store.contents(store)
    latest = dict(zip(have.latest["article_id"], have.latest["sha256"], strict=True))
    result = IngestResult(store)
    skipped: list[tuple[str, str]] = []

    # pass 1: which articles are new (ids and hashes only; texts are not kept)
    seen: set[str] = set()
    n_new = 0
    for item, article_id, sha in reader.keys(skipped, errors):
        if article_id in seen:
            _bad(skipped, errors, item, f"article id {article_id!r} repeats in the source")
            continue
        seen.add(article_id)
        if latest.get(article_id) == sha:
            result.present += 1
        else:
            n_new += 1
    del seen

    opts = _Options(model=model, headers=headers, topics=str(topics) if topics else None)
    generation = have.generation() + 1
    batches = _batches(reader, latest, batch_size, generation)
    bar = _progress(n_new, enabled=progress)
    try:
        if engine == "dask":
            done = _run_dask(batches, store, opts, errors, client, scheduler, workers)
        elif workers > 1:
            done = _run_pool(batches, store, opts, errors, workers)
        else:
            done = (_process_batch(b, str(store), name, opts, errors) for name, b in batches)
        for outcome in done:
            result.added += outcome["articles"]
            result.sentences += outcome["sentences"]
            if outcome["articles"]:
                result.partitions.append(outcome["name"])
            skipped.extend(outcome["skipped"])
            bar.update(outcome["articles"] + len(outcome["skipped"]))
    finally:
        bar.close()
        _store.tidy(store)
    result.partitions.sort()
    result.skipped = pd.DataFrame(skipped, columns=["item", "reason"], dtype=object)
    if skipped:
        listing = "\n".join(f"  {item}: {reason}" for item, reason in skipped)
        warnings.warn(f"kit.ingest skipped {len(skipped)} item(s):\n{listing}", stacklevel=2)
    return result


def _workers(n_process: int | str) -> int:
    if n_process == "auto":
        if hasattr(os, "sched_getaffinity"):
            return len(os.sched_getaffinity(0))
        return os.cpu_count() or 1  # None when the count cannot be told
    if not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process must be 'auto' or a positive whole number; got {n_process!r}")
    return n_process


def _bad(skipped: list, errors: Errors, item: str, reason: str) -> None:
    if errors == "raise":
        raise ArticleError(f"{item}: {reason}")
    skipped.append((item, reason))


def _progress(total: int, *, enabled: bool):
    from tqdm.auto import tqdm

    # tqdm shows the rate (articles/s) and, with a total, the time left
    return tqdm(total=total, unit="article", desc="ingest", disable=not enabled, smoothing=0.1)


# --- reading the source in batches ------------------------------------------------------------


class _Reader:
    """The source as a stream of article tables (``article_id``, ``text``, ``path``,
    metadata), a chunk at a time, each chunk read by :func:`kit.sources.read_articles`
    (the same checks, HTML extraction and metadata as :func:`kit.load_corpus`). Table files
    are streamed (CSV/TSV and JSONL by pandas' ``chunksize``, Parquet by record batches);
    a folder's file list is cut into chunks. It can be read more than once."""

    CHUNK = 1000
    _STREAMED: ClassVar[dict[str, str]] = {
        ".csv": "csv",
        ".tsv": "csv",
        ".jsonl": "jsonl",
        ".ndjson": "jsonl",
        ".parquet": "parquet",
        ".pq": "parquet",
    }

    def __init__(self, source, text_column, id_column, pattern, encoding):
        self.text_column, self.id_column, self.encoding = text_column, id_column, encoding
        self.kind, self.path, self.files = "frame", None, None
        if isinstance(source, pd.DataFrame):
            self.frame = source
            check_columns(source, text_column=text_column, id_column=id_column, name="the table")
        elif isinstance(source, str | Path):
            path = Path(source)
            if path.is_dir():
                self.kind, self.files = "files", _files_in(path, pattern)
                if not self.files:
                    raise ArticleError(f"{path}: holds no files matching {pattern or 'articles'}")
            elif path.is_file() and path.suffix.lower() in self._STREAMED:
                self.kind, self.path = self._STREAMED[path.suffix.lower()], path
            elif path.exists():
                self.kind, self.files = "files", [path]
            else:
                raise ArticleError(f"{path}: no such file or folder")
        else:
            self.kind, self.files = "files", [Path(p) for p in source]

    def chunks(self, skipped: list, errors: Errors) -> Iterator[pd.DataFrame]:
        """Article tables, in source order; bad items go to ``skipped`` (or raise)."""
        offset = 0
        for raw in self._raw():
            if self.kind == "files":
                yield self._read(raw, {"encoding": self.encoding}, skipped, errors)
                continue
            name = "the table" if self.path is None else str(self.path)
            check_columns(raw, text_column=self.text_column, id_column=self.id_column, name=name)
            id_column = self.id_column
            if id_column is None:  # row numbers over the whole source, as load_corpus numbers them
                prefix = "" if self.path is None else f"{self.path.stem}-"
                raw = raw.assign(**{_ROW_ID: [f"{prefix}{offset + i}" for i in range(len(raw))]})
                id_column = _ROW_ID
            offset += len(raw)
            options = {"text_column": self.text_column, "id_column": id_column}
            yield self._read(raw.reset_index(drop=True), options, skipped, errors)

    def keys(self, skipped: list, errors: Errors) -> Iterator[tuple[str, str, str]]:
        for chunk in self.chunks(skipped, errors):
            for aid, text in zip(chunk["article_id"], chunk["text"], strict=True):
                yield aid, aid, _sha256(text)

    def _read(self, items, options: dict, skipped: list, errors: Errors) -> pd.DataFrame:
        """One chunk through read_articles; with errors="skip", what it left out is noted."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SkippedWarning)  # listed once, at the end
            try:
                articles, left = read_articles(items, errors=errors, **options)
            except ArticleError:
                if errors == "raise":
                    raise
                # every item of the chunk is bad: read one at a time to say why for each
                articles = []
                problems: list[tuple[str, str]] = []
                singles = [items.iloc[[k]] for k in range(len(items))] if isinstance(
                    items, pd.DataFrame) else [[p] for p in items]  # fmt: skip
                for one in singles:
                    try:
                        got, _ = read_articles(one, errors="raise", **options)
                        articles += got
                    except ArticleError as exc:
                        item = str(one[0]) if isinstance(one, list) else f"row {one.index[0]}"
                        problems.append((item, str(exc)))
                left = pd.DataFrame(problems, columns=["item", "reason"])
        skipped.extend(left.itertuples(index=False, name=None))
        rows = [
            {"article_id": a.article_id, "text": a.text, "path": a.path, **a.metadata}
            for a in articles
        ]
        return pd.DataFrame(rows or None, columns=None if rows else ["article_id", "text", "path"])

    def _raw(self) -> Iterator[Any]:
        n = self.CHUNK
        if self.kind == "frame":
            for start in range(0, len(self.frame), n):
                yield self.frame.iloc[start : start + n]
        elif self.kind == "files":
            for start in range(0, len(self.files), n):
                yield self.files[start : start + n]
        elif self.kind == "parquet":
            for batch in pq.ParquetFile(self.path).iter_batches(batch_size=n):
                yield pa.Table.from_batches([batch]).to_pandas()
        else:
            yield from self._text_chunks(n)

    def _text_chunks(self, n: int) -> Iterator[pd.DataFrame]:
        # read as kit.sources reads the whole file (cells as written, no guessed types)
        path = self.path
        try:
            if self.kind == "csv":
                sep = "\t" if path.suffix.lower() == ".tsv" else ","
                with pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False,
                                 na_values=[""], encoding=self.encoding or "utf-8-sig",
                                 chunksize=n) as chunks:  # fmt: skip
                    yield from chunks
            else:
                encoding = self.encoding or "utf-8"
                with pd.read_json(
                    path, lines=True, dtype=False, encoding=encoding, chunksize=n
                ) as lines:
                    yield from lines
        except UnicodeDecodeError as exc:
            raise ArticleError(
                f"{path}: is not valid {exc.encoding} text (offset {exc.start}); pass encoding="
            ) from exc
        except (ValueError, pd.errors.ParserError) as exc:
            raise ArticleError(f"{path}: cannot be read as a table of articles ({exc})") from exc


_ROW_ID = "__kit_row"


def _batches(reader: _Reader, latest: dict[str, str], size: int, generation: int):
    """(partition name, articles) of each batch of new articles, in source order."""
    pending: list[pd.DataFrame] = []
    count = number = 0
    seen: set[str] = set()
    ignore: list = []  # problems were reported in the first pass

    def flush():
        nonlocal pending, count, number
        batch = pd.concat(pending, ignore_index=True)
        take, rest = batch.iloc[:size], batch.iloc[size:]
        pending, count = ([rest] if len(rest) else []), len(rest)
        number += 1
        keys = "\n".join(
            f"{a}\t{_sha256(t)}" for a, t in zip(take["article_id"], take["text"], strict=True)
        )
        digest = hashlib.sha256(keys.encode("utf-8")).hexdigest()
        return _store.part_name(generation, number, digest), take.reset_index(drop=True)

    for chunk in reader.chunks(ignore, "skip"):
        new = []  # new or changed, and the first time in the source
        for a, t in zip(chunk["article_id"], chunk["text"], strict=True):
            fresh = latest.get(a) != _sha256(t) and a not in seen
            if fresh:
                seen.add(a)
            new.append(fresh)
        chunk = chunk[new]
        if len(chunk):
            pending.append(chunk)
            count += len(chunk)
        while count >= size:
            yield flush()
    if count:
        yield flush()


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- one batch: what every engine runs -----------------------------------------------------------


def _process_batch(
    batch: pd.DataFrame, store: str, name: str, opts: _Options, errors: Errors
) -> dict[str, Any]:
    """Parse, attribute and tag ``batch``; write its two partition files. Idempotent."""
    store_path = Path(store)
    skipped: list[tuple[str, str]] = []
    table: pd.DataFrame | None
    try:
        table = _analyse(batch, opts)
    except ArticleError:
        if errors == "raise" or len(batch) == 1:
            raise
        # find the bad ones: each article alone (rare, so the slower path is fine)
        good = []
        for k in range(len(batch)):
            one = batch.iloc[[k]]
            try:
                _analyse(one, opts)
                good.append(k)
            except ArticleError as exc:
                skipped.append((f"article {one['article_id'].iloc[0]!r}", str(exc)))
        batch = batch.iloc[good].reset_index(drop=True)
        table = _analyse(batch, opts) if len(batch) else None
    if table is None:
        return {"name": name, "articles": 0, "sentences": 0, "skipped": skipped}
    from ..model import load_model, model_id

    meta = {
        "model": model_id(load_model(opts.model)),
        "topics": list(table.attrs.get("topics", [])),
        "format": _store.FORMAT,
    }
    bare = table.copy(deep=False)
    bare.attrs = {}  # the texts go to the articles file; pyarrow would put attrs in the footer
    sentences = pa.Table.from_pandas(bare, preserve_index=False)
    articles = _article_rows(batch, table)
    _store.write_parquet(sentences, store_path / "sentences" / name, meta)
    _store.write_parquet(articles, store_path / "articles" / name, meta)  # last: the commit
    return {"name": name, "articles": len(batch), "sentences": len(table), "skipped": skipped}


def _analyse(batch: pd.DataFrame, opts: _Options) -> pd.DataFrame:
    from ..readers import load_corpus
    from ..speakers import attribute_speakers
    from ..topics import tag_topics

    articles = batch.drop(columns=["path"])
    with warnings.catch_warnings():
        # the source was read and checked (and warned about) where the batch was made
        warnings.simplefilter("ignore", NotEnglishWarning)
        # cache=False: the store is this archive's parse cache (a re-run skips the articles
        # it holds), so a second copy of every parse and text in the cache folder would
        # only double the disk used
        df = load_corpus(
            articles,
            speakers=False,
            topics=False,
            text_column="text",
            id_column="article_id",
            model=opts.model,
            headers=opts.headers,
            progress=False,
            cache=False,
        )
    # within each article, so that the store does not depend on how batches were cut
    df = attribute_speakers(df, merge_across_articles=False)
    return tag_topics(df, opts.topics)


def _article_rows(batch: pd.DataFrame, table: pd.DataFrame) -> pa.Table:
    """One row an article: id, sha256, text, path, and the metadata its sentences carry
    (header fields found by the loader over the source's own columns)."""
    from ..sentences import META_COLUMNS

    out = batch.copy()
    out.insert(1, "sha256", [_sha256(t) for t in out["text"]])
    if len(table):
        first = table.drop_duplicates("article_id").set_index("article_id")
        for col in META_COLUMNS:
            if col in first.columns:
                found = out["article_id"].map(first[col])
                out[col] = found.where(found.notna(), out.get(col))
    return pa.Table.from_pandas(out.astype(object).where(out.notna(), None), preserve_index=False)


# --- engines --------------------------------------------------------------------------------------


def _run_pool(batches, store: Path, opts: _Options, errors: Errors, workers: int):
    """Batches on ``workers`` processes; each keeps its model loaded between batches."""
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")  # no forked copies of a loaded model's threads
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        running = set()
        for name, batch in batches:
            running.add(pool.submit(_process_batch, batch, str(store), name, opts, errors))
            if len(running) >= 2 * workers:  # bounded: a few batches in memory at a time
                done, running = wait(running, return_when=FIRST_COMPLETED)
                yield from (f.result() for f in done)
        while running:
            done, running = wait(running, return_when=FIRST_COMPLETED)
            yield from (f.result() for f in done)


def _run_dask(
    batches, store: Path, opts: _Options, errors: Errors, client, scheduler, workers: int
):
    """Batches as tasks on a dask.distributed cluster, a bounded number in flight."""
    try:
        from distributed import Client, LocalCluster, as_completed
    except ImportError:
        raise ImportError(
            "engine='dask' needs dask.distributed: pip install 'news-kit[archive]'"
        ) from None
    owned = []
    if client is None:
        if scheduler is not None:
            client = Client(scheduler)
        else:
            cluster = LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
            )
            owned.append(cluster)
            client = Client(cluster)
        owned.insert(0, client)
    try:
        limit = 2 * max(len(client.scheduler_info().get("workers", {})), 1)
        pending = as_completed()
        store_text = str(store.resolve())
        for name, batch in batches:
            # the key is the partition's name: a retry is the same task writing the same file
            pending.add(
                client.submit(
                    _process_batch,
                    batch,
                    store_text,
                    name,
                    opts,
                    errors,
                    key=f"kit-ingest-{name}",
                    retries=3,
                    pure=False,
                )
            )
            while pending.count() >= limit:
                yield next(pending).result()
        for future in pending:
            yield future.result()
    finally:
        for thing in owned:
            thing.close()
