"""How fast articles become a sentence table: parsing, parallel parsing, the parse cache.

Run from the repository root (needs the BBC corpus beside the project, see _bbc.py):

    python benchmarks/ingest_speed.py [--n 300] [--ingest-n 100] [--memory-n 50]
                                      [--no-dask] [--no-memory]

Everything is measured side by side in one run on the same articles (the first ``n`` BBC
2005 stories), each parse into a fresh, empty cache folder:

- raw ``nlp.pipe`` over the texts vs ``kit.load_corpus`` on one process (aim: >= 0.9 of
  raw speed, with the cache being written as it is by default);
- ``kit.load_corpus`` with ``n_process=2`` vs one process (aim: >= 1.8x on 2 cores), next
  to raw ``nlp.pipe(n_process=2)``;
- a reload of the same corpus from the parse cache vs parsing it (aim: >= 50x);
- the table's memory per sentence;
- ``kit.ingest`` of the first ``ingest-n`` stories read from a CSV file: the local engine
  with 2 processes vs the Dask engine on a ``LocalCluster`` of 2 worker processes (aim:
  Dask >= 0.9x the local engine's speed), end to end (workers started and models loaded
  inside the timing, as a user meets them) and on a cluster already running; the stores
  compared file for file; articles and sentences a second per worker (needs the
  ``archive`` extra);
- the peak memory (max RSS of a fresh process) of ``kit.ingest`` on one process of
  ``memory-n`` articles and of ten times as many: it must stay flat, since the source is
  read and written a batch at a time.

The default run takes a few minutes on 2 cores; ``--n 1000 --ingest-n 300 --memory-n 150``
gives steadier figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

import _bbc

import kit
from kit.articles import forget_all

HERE = Path(__file__).resolve().parent


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (worker processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Timing:
    """Wall-clock and CPU seconds of one step (CPU time shows a busy machine's share)."""

    def __init__(self, fn: Callable[[], object]):
        wall, cpu = time.perf_counter(), cpu_seconds()
        self.result = fn()
        self.wall = time.perf_counter() - wall
        self.cpu = cpu_seconds() - cpu


@contextmanager
def fresh_cache():
    """A new, empty cache folder (the user's own cache is never touched)."""
    old = os.environ.get("KIT_CACHE_DIR")
    with tempfile.TemporaryDirectory(prefix="kit-bench-cache-") as folder:
        os.environ["KIT_CACHE_DIR"] = folder
        try:
            yield folder
        finally:
            if old is None:
                os.environ.pop("KIT_CACHE_DIR", None)
            else:
                os.environ["KIT_CACHE_DIR"] = old


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="articles parsed (default 300)")
    parser.add_argument(
        "--ingest-n", type=int, default=100, help="articles of the Dask runs (default 100)"
    )
    parser.add_argument(
        "--memory-n", type=int, default=50, help="articles of the 1x memory run (default 50)"
    )
    parser.add_argument("--batch-size", type=int, default=25, help="kit.ingest's batches")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask lines")
    parser.add_argument("--no-memory", action="store_true", help="skip the 10x memory run")
    args = parser.parse_args()
    _bbc.require()
    articles = _bbc.bbc_articles(args.n)
    texts = articles["text"].tolist()
    nlp = kit.load_model()
    nlp("Warm up the pipeline.")
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"{len(texts)} BBC articles, {sum(map(len, texts)):,} characters, {cores} cores")

    def load(n_process: int):
        return kit.load_corpus(articles, progress=False, n_process=n_process)

    raw1 = Timing(lambda: sum(len(d) for d in nlp.pipe(texts, batch_size=64)))
    with fresh_cache():
        kit1 = Timing(lambda: load(1))
        forget_all()  # a new session: nothing in memory, the parses in the cache folder
        reload = Timing(lambda: load(1))
    raw2 = Timing(lambda: sum(len(d) for d in nlp.pipe(texts, batch_size=64, n_process=2)))
    with fresh_cache():
        kit2 = Timing(lambda: load(2))
    df = kit1.result
    assert reload.result.equals(df) and kit2.result.equals(df), "the tables differ"

    def line(label: str, t: Timing, ratio: float | None = None, aim: str = "") -> None:
        shown = f"{ratio:7.2f}x" if ratio is not None else ""
        print(f"{label:32}{t.wall:8.2f}{t.cpu:8.2f}{shown:>9}  {aim}")

    print(f"\n{'':32}{'wall s':>8}{'CPU s':>8}{'ratio':>9}  aim (ratios of wall time)")
    line("raw nlp.pipe, 1 process", raw1)
    line("kit.load_corpus, 1 process", kit1, raw1.wall / kit1.wall, ">= 0.9 (speed vs raw)")
    line("raw nlp.pipe, 2 processes", raw2, raw1.wall / raw2.wall, "(raw's own speed-up)")
    line("kit.load_corpus, n_process=2", kit2, kit1.wall / kit2.wall, ">= 1.8 (vs 1 process)")
    line("reload from the parse cache", reload, kit1.wall / reload.wall, ">= 50 (vs parsing)")
    per_row = df.memory_usage(deep=True).sum() / len(df)
    tokens = df["tok_text"].list.len().sum() / len(df)
    print(f"\nmemory: {per_row:,.0f} bytes a sentence ({len(df):,} sentences, {tokens:.1f} tokens)")
    busy = os.getloadavg()[0]
    if busy > cores + 0.5:
        print(f"note: load average {busy:.1f} on {cores} cores: other work shared the CPU")

    with tempfile.TemporaryDirectory(prefix="kit-bench-ingest-") as tmp, fresh_cache():
        if not args.no_dask:
            dask_lines(Path(tmp), args.ingest_n, args.batch_size)
        if not args.no_memory:
            memory_lines(Path(tmp), args.memory_n, args.batch_size)


# --- kit.ingest: the Dask engine and memory ------------------------------------------------


def dask_lines(tmp: Path, n: int, batch_size: int) -> None:
    """The local engine with 2 processes against a Dask LocalCluster of 2 workers."""
    from distributed import Client, LocalCluster

    source = tmp / "dask.csv"
    _bbc.bbc_articles(n).to_csv(source, index=False)
    kw = {"batch_size": batch_size, "progress": False}
    local = Timing(lambda: kit.ingest(source, tmp / "local", n_process=2, **kw))
    cold = Timing(lambda: kit.ingest(source, tmp / "dask", engine="dask", n_process=2, **kw))
    same = _files(tmp / "local") == _files(tmp / "dask")
    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        kit.ingest(source, tmp / "warm-up", engine="dask", client=client, **kw)  # loads models
        warm = Timing(lambda: kit.ingest(source, tmp / "dask2", engine="dask", client=client, **kw))
    done = local.result
    print(f"\nkit.ingest of {n} articles from a CSV file, batches of {batch_size}")
    print(f"{'':32}{'wall s':>8}{'CPU s':>8}{'ratio':>9}  aim (speed vs the local engine)")
    print(f"{'local engine, 2 processes':32}{local.wall:8.2f}{local.cpu:8.2f}")
    print(
        f"{'dask LocalCluster, 2 workers':32}{cold.wall:8.2f}{cold.cpu:8.2f}"
        f"{local.wall / cold.wall:8.2f}x  >= 0.9 (workers started inside the timing)"
    )
    print(
        f"{'dask, cluster already running':32}{warm.wall:8.2f}{warm.cpu:8.2f}"
        f"{local.wall / warm.wall:8.2f}x  (a long-lived cluster)"
    )
    print(f"stores identical file for file (local vs dask): {same}")
    print(
        f"per worker (running cluster): {done.added / warm.wall / 2:.1f} articles/s, "
        f"{done.sentences / warm.wall / 2:.0f} sentences/s"
    )


_MEMORY_CHILD = """
import json, resource, sys, time
import kit
t = time.perf_counter()
r = kit.ingest(sys.argv[1], sys.argv[2], n_process=1, progress=False, batch_size=int(sys.argv[3]))
print(json.dumps({"seconds": time.perf_counter() - t, "sentences": r.sentences,
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def memory_lines(tmp: Path, n: int, batch_size: int) -> None:
    """Peak memory of kit.ingest on n articles and on 10 n, each in a fresh process."""
    rows = _bbc.bbc_articles(10 * n)
    runs = []
    for label, table in (("1x", rows.head(n)), ("10x", rows)):
        source = tmp / f"memory-{label}.csv"
        table.to_csv(source, index=False)
        runs.append((len(table), _peak_memory(source, tmp / f"memory-{label}", batch_size)))
    print(f"\npeak memory of kit.ingest, one process, batches of {batch_size} (fresh process)")
    for articles, m in runs:
        print(
            f"  {articles:5d} articles {m['max_rss_mb']:7.0f} MB   {m['sentences']:6d} sentences"
            f"   {m['seconds']:6.1f} s"
        )
    ratio = runs[1][1]["max_rss_mb"] / runs[0][1]["max_rss_mb"]
    print(f"  10x the articles: {ratio:.2f}x the memory (aim: flat, about 1x)")


def _peak_memory(source: Path, store: Path, batch_size: int) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parent), *sys.path])}
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_CHILD, str(source), str(store), str(batch_size)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def _files(store: Path) -> dict[str, bytes]:
    return {str(p.relative_to(store)): p.read_bytes() for p in sorted(store.rglob("*.parquet"))}


if __name__ == "__main__":
    main()
