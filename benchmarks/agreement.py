"""How far two annotators agree: the ceiling the accuracy benchmarks can be read against.

The articles of two validation sets were annotated twice, by two annotators working
independently from the same guide (``speakers_guide.md``, ``topics_guide.md``):

- speakers: ``speakers_gold_val_wikinews.csv`` (first) and
  ``speakers_gold_val_wikinews_second.csv`` (second), 15 Wikinews articles;
- topics: ``topics_gold_val.csv`` (first) and ``topics_gold_val_second.csv`` (second), 18
  articles (10 BBC, 8 Wikinews).

The second annotation is scored against the first with the benchmarks' own scorers, as if it
were the kit: ``speakers_accuracy.report`` (direct and reported precision / recall, narration
given a speaker, speech-span token F1) and the topic table of ``topics_accuracy``. Both
annotators were helpers of the same kind following the same guide, so the figures measure how
consistently the guides can be applied, not the spread between people.

    .venv/bin/python benchmarks/agreement.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speakers_accuracy as sa
import topics_accuracy as ta

HERE = Path(__file__).resolve().parent
SPEAKERS = (HERE / "speakers_gold_val_wikinews.csv", HERE / "speakers_gold_val_wikinews_second.csv")
TOPICS = (HERE / "topics_gold_val.csv", HERE / "topics_gold_val_second.csv")


def speakers(first: Path, second: Path) -> pd.DataFrame:
    """The second annotation written into the parsed table as the attributor would write it,
    matched to the first by :func:`speakers_accuracy.predictions`."""
    gset = sa.GoldSet("first annotation", first, "wikinews", False)
    gold, other = sa.load_gold(first), sa.load_gold(second)
    table = sa.parsed_table(gset, gold).copy()
    theirs = {(r.article, r.start): r for r in other.itertuples()}
    ours = {(r.article, r.start): r.accepted for r in gold.itertuples()}
    speaker, kind, spans = [], [], []
    for key in zip(table["article_id"].astype(str), table["start_char"], strict=True):
        row = theirs.get(key)
        if row is None or not row.speaker:
            speaker.append(None), kind.append(None), spans.append(None)
            continue
        names = row.speaker.split("|")  # the alternative the first annotator also accepts
        speaker.append(next((n for n in names if sa._norm(n) in ours.get(key, ())), names[0]))
        kind.append(row.type)
        spans.append(np.array(row.gold_spans or [], dtype=np.int64).reshape(-1, 2))
    table["speaker"], table["speaker_type"], table["speech_spans"] = speaker, kind, spans
    return sa.predictions(gold, table)


def topics(first: Path, second: Path) -> pd.DataFrame:
    """Per topic and source: sentences each annotator gave the topic and how many agree
    (:func:`topics_accuracy.scores` with the second annotation as the prediction)."""
    a, b = ta.load_gold(first), ta.load_gold(second)
    key = ["corpus", "article", "start"]
    both = a.merge(b[[*key, "gold"]].rename(columns={"gold": "pred"}), on=key, how="left")
    if both["pred"].isna().any():
        raise SystemExit(f"{second.name} does not split the articles as {first.name} does")
    rows = []
    for topic in ta.TOPICS:
        for source, part in [("all", both), *both.groupby("corpus")]:
            s = ta.scores(part, topic)
            rows.append(
                {
                    "topic": topic,
                    "source": source,
                    "first": s["gold"],
                    "second": s["tagged"],
                    "agree": s["tp"],
                    "P": s["P"],
                    "R": s["R"],
                }
            )
    return pd.DataFrame(rows)


def main() -> None:
    print(f"=== speakers: {SPEAKERS[1].name} scored against {SPEAKERS[0].name}")
    sa.report(speakers(*SPEAKERS))
    print(f"\n=== topics: {TOPICS[1].name} scored against {TOPICS[0].name}")
    with pd.option_context("display.float_format", "{:.2f}".format, "display.width", 120):
        print(topics(*TOPICS).to_string(index=False))


if __name__ == "__main__":
    main()
