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
import tempfile
import time
from collections.abc import Callable
from contextlib import contextmanager

import _bbc

import kit
from kit.articles import forget_all


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


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

    raw1, _ = timed(lambda: sum(len(d) for d in nlp.pipe(texts, batch_size=64)))
    with fresh_cache():
        kit1, df = timed(lambda: load(1))
        forget_all()  # a new session: nothing in memory, the parses in the cache folder
        reload, again = timed(lambda: load(1))
    raw2, _ = timed(lambda: sum(len(d) for d in nlp.pipe(texts, batch_size=64, n_process=2)))
    with fresh_cache():
        kit2, df2 = timed(lambda: load(2))
    assert again.equals(df) and df2.equals(df), "the tables differ"

    print(f"\n{'':38}{'seconds':>9}{'ratio':>9}  aim")
    print(f"{'raw nlp.pipe, 1 process':38}{raw1:9.2f}")
    print(f"{'kit.load_corpus, 1 process':38}{kit1:9.2f}{raw1 / kit1:9.2f}  >= 0.9 of raw speed")
    print(f"{'raw nlp.pipe, 2 processes':38}{raw2:9.2f}{raw1 / raw2:9.2f}  (speed-up of raw)")
    print(f"{'kit.load_corpus, n_process=2':38}{kit2:9.2f}{kit1 / kit2:9.2f}  >= 1.8x one process")
    print(f"{'reload from the parse cache':38}{reload:9.2f}{kit1 / reload:9.2f}  >= 50x parsing")
    per_row = df.memory_usage(deep=True).sum() / len(df)
    tokens = df["tok_text"].list.len().sum() / len(df)
    print(f"\nmemory: {per_row:,.0f} bytes a sentence ({len(df):,} sentences, {tokens:.1f} tokens)")

    # --- Dask / kit.ingest lines go here (LocalCluster with 2 workers vs the local engine
    # with 2 processes, peak memory of kit.ingest on a source ten times larger) ----------


if __name__ == "__main__":
    main()
