"""Topic tagging on the BBC 2005 corpus: speed, tagged articles per section, samples to judge.

Run: ``.venv/bin/python benchmarks/topics_report.py [--sample 20] [--seed 0] [--topic NAME]``

Prints, side by side in one run: the time to tag every sentence with the prefilter the
tagger uses and the time to rebuild every Doc (what tagging without the prefilter costs at
least), the time of ``topic_mask`` on a million-row table, then for each topic the tagged
articles per BBC section and ``--sample`` tagged sentences drawn at random, with the
matched text in [brackets], for a person to judge.

Precision judged by hand (see the closing note at the end of this file).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bbc

import kit
from kit import topics as kt


def timed(fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    return result, time.perf_counter() - start


def speed(df: pd.DataFrame) -> pd.DataFrame:
    """Tag the table; print the time beside a full rebuild of its Docs."""
    tagged, t_tag = timed(kt.tag_topics, df)
    _, t_docs = timed(lambda: sum(1 for _ in kit.docs(df)))
    print(f"sentences: {len(df):,}  articles: {df['article_id'].nunique():,}")
    print(f"tag_topics (shipped lexicon):     {t_tag:6.2f} s")
    print(f"rebuilding every Doc (no matching): {t_docs:6.2f} s  (ratio {t_docs / t_tag:.1f}x)")
    big = tagged.iloc[[i % len(tagged) for i in range(1_000_000)]].reset_index(drop=True)
    big.attrs["topics"] = tagged.attrs["topics"]
    _, t_mask = timed(kt.topic_mask, big, ["terrorism"], how="any")
    _, t_all = timed(kt.topic_mask, big, ["terrorism", "cybercrime"], how="all")
    _, t_pandas = timed(lambda: big["topics"].map(lambda ts: "terrorism" in ts))
    print(
        f"topic_mask on 1,000,000 rows: any {t_mask * 1000:.0f} ms, all {t_all * 1000:.0f} ms; "
        f"a Python loop over the lists: {t_pandas * 1000:.0f} ms"
    )
    return tagged


def report(tagged: pd.DataFrame, *, topic: str, sample: int, seed: int) -> None:
    per_section = kt.topics_summary(tagged, by="category")
    per_section = per_section[per_section["topic"] == topic]
    print(f"\n=== {topic} ===")
    print(
        per_section[
            ["category", "n_articles", "pct_articles", "n_sentences", "top_terms"]
        ].to_string(index=False)
    )
    rows = kt.topic_mask(tagged, [topic])
    hits = tagged[rows]
    picked = sorted(random.Random(seed).sample(range(len(hits)), min(sample, len(hits))))
    print(f"\n{len(picked)} of {len(hits)} tagged sentences, drawn at random (seed {seed}):")
    for n, i in enumerate(picked, start=1):
        row = hits.iloc[i]
        where = f"article {row['article_id']} ({row['category']}), sentence {row['sentence_id']}"
        print(f"\n[{n}] {where}")
        print("    " + _marked(row, topic))


def _marked(row: pd.Series, topic: str) -> str:
    """The sentence with this topic's matches in [brackets] and their lexicon entries."""
    text, start = row["text"], row["start_char"]
    evidence = [e for e in row["topic_evidence"] if e["topic"] == topic]
    for e in sorted(evidence, key=lambda e: -e["start"]):
        a, b = e["start"] - start, e["end"] - start
        text = f"{text[:a]}[{text[a:b]}]{text[b:]}"
    terms = ", ".join(dict.fromkeys(e["term"] for e in evidence))
    return f"{text}\n    -> {terms}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=20)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--topic", action="append", help="only these topics (repeatable)")
    args = parser.parse_args()
    _bbc.require()
    df = _bbc.bbc_table()
    tagged = speed(df)
    for topic in args.topic or tagged.attrs["topics"]:
        report(tagged, topic=topic, sample=args.sample, seed=args.seed)


if __name__ == "__main__":
    main()

# Closing note (precision judged by hand): filled in below after reading the samples.
