"""How fast articles become a sentence table: parsing, parallel parsing, the parse cache.

Run from the repository root (needs the BBC corpus beside the project, see _bbc.py):

    python benchmarks/ingest_speed.py [--n 300]

Everything is measured side by side in one run on the same articles (the first ``n`` BBC
2005 stories), each parse into a fresh, empty cache folder:

- raw ``nlp.pipe`` over the texts vs ``kit.load_corpus`` on one process (aim: >= 0.9 of
  raw speed, with the cache being written as it is by default);
- ``kit.load_corpus`` with ``n_process=2`` vs one process (aim: >= 1.8x on 2 cores), next
  to raw ``nlp.pipe(n_process=2)``;
- a reload of the same corpus from the parse cache vs parsing it (aim: >= 50x);
- the table's memory per sentence.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from collections.abc import Callable
from contextlib import contextmanager

import _bbc

import kit
from kit.articles import forget_all


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
    parser.add_argument("--n", type=int, default=300, help="articles (default 300)")
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

    # --- Dask / kit.ingest lines go here (LocalCluster with 2 workers vs the local engine
    # with 2 processes, peak memory of kit.ingest on a source ten times larger) ----------


if __name__ == "__main__":
    main()
