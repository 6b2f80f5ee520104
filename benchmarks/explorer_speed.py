"""How fast the Explorer redraws after a filter change, driven in-process.

    python benchmarks/explorer_speed.py [--repeat 7] [--bbc N]

Builds an Explorer on the bundled article, on the shipped Wikinews sample (287 articles;
target 300 ms) and on the BBC corpus (all of it, or the first N
articles; read from ../shared through benchmarks/_bbc.py, skipped when absent), then sets
widget values the way a click does (the observers fire) and times each change until the
views on screen are redrawn: the mask, the counts, the chart drawn and rendered to PNG, the
sentence list. Prints the median per change in milliseconds and its ratio to the target
(200 ms on the article, 300 ms on the Wikinews sample, 1 s on the BBC corpus): a
ratio under 1 meets it.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import statistics
import sys
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bbc

import kit


def timed(fn) -> float:
    """Seconds that fn takes, with the display() calls' text output swallowed."""
    with contextlib.redirect_stdout(io.StringIO()):
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start


def changes(explorer: kit.Explorer) -> dict[str, tuple]:
    """Named pairs of (set, reset) callables: each set is one filter change in the UI."""
    w = explorer._w
    speaker = w["speakers"].options[0][1]
    topic = w["topics"].options[0][1] if w["topics"].options else None

    def setter(key, value, default):
        return (lambda: setattr(w[key], "value", value), lambda: setattr(w[key], "value", default))

    out = {
        "speaker": setter("speakers", (speaker,), ()),
        "speech type": setter("speaker_type", "direct", "any"),
        "search": setter("search", "police", ""),
        "top N": setter("top", 30, 20),
    }
    if topic:
        out["topic"] = setter("topics", (topic,), ())
    if explorer._dates is not None and explorer._n_articles > 1:
        first, last = explorer._dates
        middle = (first + (last - first) / 2).date()
        out["date range"] = setter("date_from", middle, None)
    out["no match"] = setter("search", "qqqzzzx", "")
    return out


def bench(name: str, df, *, target: float, repeat: int) -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        start = time.perf_counter()
        explorer = kit.Explorer(df)
        setup = time.perf_counter() - start
    n_art = df["article_id"].nunique()
    articles = "article" if n_art == 1 else "articles"
    print(f"\n{name}: {len(df):,} sentences, {n_art:,} {articles}; Explorer built in {setup:.2f} s")
    print(f"  {'change':<24}{'median ms':>10}{'ratio to target':>17}")
    for label, (do, undo) in changes(explorer).items():
        timed(do), timed(undo)  # first time: masks and caches warm up
        times = []
        for _ in range(repeat):
            times.append(timed(do))
            timed(undo)
        med = statistics.median(times)
        print(f"  {label:<24}{med * 1000:>10.0f}{med / target:>17.2f}")
    # Switching the term unit the first time builds an index; after that it is cached.
    first = timed(lambda: setattr(explorer._w["unit"], "value", "word"))
    timed(lambda: setattr(explorer._w["unit"], "value", "lemma"))
    again = statistics.median(
        timed(lambda v=v: setattr(explorer._w["unit"], "value", v)) for v in ["word", "lemma"] * 3
    )
    print(f"  {'unit (first, index)':<24}{first * 1000:>10.0f}{first / target:>17.2f}")
    print(f"  {'unit (cached)':<24}{again * 1000:>10.0f}{again / target:>17.2f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--bbc", type=int, default=None, help="first N BBC articles (all)")
    args = parser.parse_args(argv)
    print(
        "target: 200 ms on the article, 300 ms on the Wikinews sample, 1 s on the BBC corpus; "
        f"median of {args.repeat}"
    )
    bench("bundled article", kit.load_article(kit.BUNDLED_ARTICLE), target=0.2, repeat=args.repeat)
    sample = kit.load_corpus(kit.sample_corpus(), id_column="id", progress=False)
    bench("Wikinews sample", sample, target=0.3, repeat=args.repeat)
    if _bbc.available():
        bench("BBC corpus", _bbc.bbc_table(args.bbc), target=1.0, repeat=args.repeat)
    else:
        print(f"\nBBC corpus not found at {_bbc.BBC_CSV}: skipped")


if __name__ == "__main__":
    main()
