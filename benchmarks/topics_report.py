"""Topic tagging on the BBC 2005 corpus: speed, tagged articles per section, samples to judge.

Run: ``.venv/bin/python benchmarks/topics_report.py [--sample 20] [--seed 0] [--topic NAME]``

Prints, side by side in one run: the time to tag every sentence (the tagger rebuilds Docs
only for rows holding a word of the lexicon), the same with a lexicon that defeats that
prefilter, the time to rebuild every Doc alone, the time of ``topic_mask`` on a
million-row table, then for each topic the tagged articles per BBC section and
``--sample`` tagged sentences drawn at random, with the matched text in [brackets], for a
person to judge.

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
    anywhere = kt.load_topics() | {"_anywhere": {"patterns": [[{"POS": "INTJ"}]]}}
    _, t_full = timed(kt.tag_topics, df, anywhere)
    _, t_docs = timed(lambda: sum(1 for _ in kit.docs(df)))
    print(f"sentences: {len(df):,}  articles: {df['article_id'].nunique():,}")
    print(f"tag_topics, shipped lexicon (prefiltered rows): {t_tag:6.2f} s")
    print(
        f"tag_topics, every row matched (no prefilter):   {t_full:6.2f} s  ({t_full / t_tag:.1f}x)"
    )
    print(
        f"rebuilding every Doc alone:                     {t_docs:6.2f} s  ({t_docs / t_tag:.1f}x)"
    )
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

# Closing note: precision judged by hand (BBC 2005, 1,557 articles, 29,145 sentences).
#
# Reading 20 random tagged sentences a topic (seeds 1 and 2, final lexicon; seed 0 and every
# hit were read while tuning, so these figures are on the corpus the lexicon was tuned on):
#   terrorism   36 of 37 about terrorism (97%). The miss: the film title "Little Terrorist".
#               (Seed 1 drew 20; 3 of them were tagged only by the "September 11 attacks"
#               pattern, since removed, so 17 count.) Counted as about the topic: "their
#               biggest worries are not terror threats" (business), "tackle crime,
#               terrorism and illegal immigration" (ID cards bill).
#   cybercrime  39 of 40 (97%) counting anti-spyware products as on the topic; 34 of 40
#               (85%) if every sentence on security software ("Microsoft releases a
#               spyware removal tool", "bought an anti-spyware firm") and DRM cracking
#               ("copy protection was hacked") is counted as off it.
#   fugitives   4 of 4 (all the corpus has: an extradition fight, an escaped patient);
#               too few to measure. BBC 2005 hardly covers the topic.
# Tagged articles per section: terrorism 36 politics articles (12.3%), 7 business,
# 6 entertainment, 2 tech, 1 sport (a real car bomb outside a stadium); cybercrime 46 tech
# articles (16.4%), 1 business, none elsewhere; fugitives 1 tech, 1 politics.
#
# What the reading changed in kit/resources/topics.toml:
#   - "9/11" alone, then "9/11 / September 11 attacks" removed: they date things ("rates
#     fell after the 9/11 attacks") or name a film (Fahrenheit 9/11), 13 of 14 hits.
#   - "most-wanted" removed ("Most Wanted game of 2005" awards); "most wanted list" kept.
#   - "manhunt" only as a common noun (the video game Manhunt, 3 of 4 hits).
#   - "hacking" given guards ("hacking through the red tape"), "hacks" (political hacks)
#     removed, "be hacked" and "hack into <system>" added; guard tokens are left out of
#     the evidence span.
#   - "anti-virus" tried and removed (software trade news, not crime).
#   - Added for recall after reading untagged sentences: "bot net(s)", "zombie computers",
#     "rogue dialler", "dialler scam", "fight terror", "war against terror", "bomb plot",
#     "terror" + detainee/bomb/risk, "11 September" word order.
#   Left alone: "spam"/"spammers" (a nuisance, not counted as cybercrime; add your own
#   topic), "Little Terrorist" (titles cannot be told from the text without a title list).
