"""kit.ingest: the Dask engine against the local one, and memory as the archive grows.

Run from the repository root (needs the BBC corpus beside the project, see _bbc.py, and
the ``archive`` extra for Dask):

    python benchmarks/ingest_dask.py [--n 100] [--no-memory]

Measured side by side in one run, on the first ``n`` BBC 2005 stories read from a CSV file
(a temporary copy of those rows, deleted afterwards), each run into a fresh store:

- the local engine with 2 processes vs the Dask engine on a ``LocalCluster`` of 2 worker
  processes (aim: Dask >= 0.9x the local engine's speed), end to end (workers started and
  models loaded inside the timing, as a user meets them) and on a cluster already running
  (the steady state of a long-lived cluster); articles and sentences a second per worker;
- the peak memory (max RSS, in a fresh process) of ``kit.ingest`` on one process of ``n``
  articles and of ``10 n``: it must stay flat, since the source is read and written a batch
  at a time.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import _bbc

import kit

HERE = Path(__file__).resolve().parent

_MEMORY_CHILD = """
import json, resource, sys, time
import kit
t = time.perf_counter()
r = kit.ingest(sys.argv[1], sys.argv[2], n_process=1, progress=False, batch_size=int(sys.argv[3]))
print(json.dumps({"seconds": time.perf_counter() - t, "articles": r.added,
                  "sentences": r.sentences,
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def timed_ingest(source: Path, store: Path, **kw) -> tuple[float, kit.IngestResult]:
    start = time.perf_counter()
    result = kit.ingest(source, store, progress=False, **kw)
    return time.perf_counter() - start, result


def peak_memory(source: Path, store: Path, batch_size: int) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE.parent), *sys.path])}
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_CHILD, str(source), str(store), str(batch_size)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="articles (default 100)")
    parser.add_argument("--batch-size", type=int, default=25, help="articles a batch")
    parser.add_argument("--no-memory", action="store_true", help="skip the 10x memory run")
    args = parser.parse_args()
    _bbc.require()
    from distributed import Client, LocalCluster

    with tempfile.TemporaryDirectory(prefix="kit-bench-ingest-") as tmp:
        tmp = Path(tmp)
        os.environ["KIT_CACHE_DIR"] = str(tmp / "cache")  # no parse cache from earlier runs
        rows = _bbc.bbc_articles(args.n * (1 if args.no_memory else 10))
        small = tmp / "small.csv"
        rows.head(args.n).to_csv(small, index=False)
        kw = {"batch_size": args.batch_size, "n_process": 2}
        print(f"{args.n} BBC articles, batches of {args.batch_size}, 2 cores")

        t_local, r = timed_ingest(small, tmp / "local", **kw)
        t_dask, _ = timed_ingest(small, tmp / "dask", engine="dask", **kw)
        same = _files(tmp / "local") == _files(tmp / "dask")
        with (
            LocalCluster(
                n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
            ) as cluster,
            Client(cluster) as client,
        ):
            kit.ingest(
                small,
                tmp / "warm",
                engine="dask",
                client=client,
                progress=False,
                batch_size=args.batch_size,
            )  # loads the model on each worker
            t_warm, _ = timed_ingest(
                small, tmp / "dask-warm", engine="dask", client=client, batch_size=args.batch_size
            )
        print(f"  local engine, 2 processes      {t_local:7.1f} s")
        print(
            f"  dask LocalCluster, 2 workers   {t_dask:7.1f} s   "
            f"{t_local / t_dask:.2f}x the local engine (aim >= 0.9)"
        )
        print(
            f"  dask, cluster already running  {t_warm:7.1f} s   "
            f"{t_local / t_warm:.2f}x the local engine"
        )
        print(f"  stores identical, file for file: {same}")
        print(
            f"  per worker (running cluster): {r.added / t_warm / 2:.1f} articles/s, "
            f"{r.sentences / t_warm / 2:.0f} sentences/s"
        )

        if not args.no_memory:
            big = tmp / "big.csv"
            rows.to_csv(big, index=False)
            m1 = peak_memory(small, tmp / "mem-1", args.batch_size)
            m10 = peak_memory(big, tmp / "mem-10", args.batch_size)
            print("peak memory of kit.ingest, one process (max RSS of a fresh process)")
            for label, m in ((f"{args.n} articles", m1), (f"{len(rows)} articles", m10)):
                print(
                    f"  {label:14} {m['max_rss_mb']:7.0f} MB   {m['sentences']:6d} sentences"
                    f"   {m['seconds']:6.1f} s"
                )
            print(
                f"  10x the articles: {m10['max_rss_mb'] / m1['max_rss_mb']:.2f}x the memory "
                "(aim: flat, about 1x)"
            )


def _files(store: Path) -> dict[str, bytes]:
    return {str(p.relative_to(store)): p.read_bytes() for p in sorted(store.rglob("*.parquet"))}


if __name__ == "__main__":
    main()
