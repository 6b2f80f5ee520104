"""How many of the sentences on each topic the tagger finds, and how many it tags wrongly.

Two gold sets, every sentence of each article labelled by hand per ``topics_guide.md``
before any tagger ran on it (BBC 2005 rows and Wikinews 2019-2020 articles from
``../shared/corpora``, or the folder ``KIT_CORPORA`` names; the gold stores offsets and
labels, never BBC text):

- ``topics_gold_dev.csv``: the development set. The rules were read against it and tuned
  on it; its figures (and ``--misses``) are for development, not an honest estimate.
- ``topics_gold_unseen.csv``: never tuned on. Only ``--unseen`` scores it, and prints its
  figures alone, without misses: nobody who changes the tagger runs that option; the lead
  does, once, at the end.

Printed for the chosen set: precision, recall and F1 of each topic over all sentences, per
source (bbc / wikinews), and split by the gold's ``continues`` column (0: the sentence
names its topic; 1: it carries the topic only by continuing a story). A gold sentence is
matched to the predicted sentence that overlaps it most (robust to small splitter changes).
``--misses`` lists the false negatives and false positives of the dev set with the
predicted evidence.

    .venv/bin/python benchmarks/topics_accuracy.py [--misses] [--topic NAME]
    .venv/bin/python benchmarks/topics_accuracy.py --unseen      # the lead, at the end
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bbc

import kit
from kit.cache import read_table, save_table

HERE = Path(__file__).resolve().parent
GOLD_DEV = HERE / "topics_gold_dev.csv"
GOLD_UNSEEN = HERE / "topics_gold_unseen.csv"
# beside the project by default; KIT_CORPORA names another folder (e.g. from a git worktree)
CORPORA = Path(os.environ.get("KIT_CORPORA", _bbc.REPO.parent / "shared" / "corpora"))
BBC_CSV = CORPORA / "bbc-2005" / "articles.csv"
WIKINEWS_CSV = CORPORA / "wikinews-2019-2020" / "articles.csv"
TOPICS = ("terrorism", "cybercrime", "fugitives")


def load_gold(path: Path) -> pd.DataFrame:
    gold = pd.read_csv(
        path, comment="#", dtype={"article": str, "topics": str}, keep_default_na=False
    )
    gold["gold"] = [frozenset(t.split("|")) if t else frozenset() for t in gold["topics"]]
    return gold


def parsed_articles(gold: pd.DataFrame) -> pd.DataFrame:
    """The gold's articles parsed as the guide says (headers=False), cached by their texts."""
    bbc = pd.read_csv(BBC_CSV)
    wikinews = pd.read_csv(WIKINEWS_CSV).set_index("id")
    items = []
    for corpus, article in gold[["corpus", "article"]].drop_duplicates().itertuples(index=False):
        text = bbc["text"].iloc[int(article)] if corpus == "bbc" else wikinews.loc[article, "text"]
        items.append({"id": f"{corpus}:{article}", "text": text, "source": corpus})
    table = pd.DataFrame(items)
    model = kit.model.model_id(kit.load_model())
    digest = hashlib.sha256("\x1e".join(table["id"] + table["text"]).encode()).hexdigest()[:12]
    path = _bbc.CACHE_DIR / f"topics-gold-{digest}-{model}-v{kit.__version__}.parquet"
    if path.exists():
        return read_table(path)
    df = kit.load_corpus(table, id_column="id", headers=False, progress=False)
    save_table(df, path)
    return df


def align(gold: pd.DataFrame, tagged: pd.DataFrame) -> pd.DataFrame:
    """Each gold sentence with the predicted row that overlaps it most (or none)."""
    by_article = dict(list(tagged.groupby("article_id", sort=False)))
    picked = []
    for g in gold.itertuples(index=False):
        rows = by_article.get(f"{g.corpus}:{g.article}")
        best, best_overlap = None, 0
        if rows is not None:
            overlap = (
                rows["end_char"].clip(upper=g.end) - rows["start_char"].clip(lower=g.start)
            ).to_numpy()
            i = int(overlap.argmax())
            if overlap[i] > 0:
                best, best_overlap = rows.index[i], overlap[i]
        picked.append(best if best_overlap else None)
    out = gold.copy()
    out["row"] = picked
    out["pred"] = [
        frozenset(tagged.at[r, "topics"]) if r is not None else frozenset() for r in picked
    ]
    return out


def scores(aligned: pd.DataFrame, topic: str) -> dict[str, float]:
    gold = aligned["gold"].map(lambda s: topic in s)
    pred = aligned["pred"].map(lambda s: topic in s)
    tp, fp, fn = int((gold & pred).sum()), int((~gold & pred).sum()), int((gold & ~pred).sum())
    p = tp / (tp + fp) if tp + fp else float("nan")
    r = tp / (tp + fn) if tp + fn else float("nan")
    f = 2 * p * r / (p + r) if tp else (0.0 if tp + fp + fn else float("nan"))
    return {"gold": tp + fn, "tagged": tp + fp, "tp": tp, "P": p, "R": r, "F1": f}


def table(aligned: pd.DataFrame) -> pd.DataFrame:
    groups = [("all", aligned)]
    groups += [(s, aligned[aligned["corpus"] == s]) for s in ("bbc", "wikinews")]
    groups += [(f"continues={c}", aligned[aligned["continues"] == c]) for c in (0, 1)]
    rows = []
    for topic in TOPICS:
        for name, part in groups:
            rows.append({"topic": topic, "sentences": name, **scores(part, topic)})
    return pd.DataFrame(rows)


def misses(aligned: pd.DataFrame, tagged: pd.DataFrame, topics: list[str]) -> None:
    for topic in topics:
        gold = aligned["gold"].map(lambda s, t=topic: t in s)
        pred = aligned["pred"].map(lambda s, t=topic: t in s)
        for label, mask in (("false negatives", gold & ~pred), ("false positives", ~gold & pred)):
            print(f"\n=== {topic}: {label} ({int(mask.sum())}) ===")
            for g in aligned[mask].itertuples(index=False):
                row = tagged.loc[g.row] if g.row is not None else None
                text = row["text"] if row is not None else "(no predicted sentence)"
                sid = row["sentence_id"] if row is not None else "?"
                print(
                    f"- {g.corpus}:{g.article} §{sid} continues={g.continues} "
                    f"gold={sorted(g.gold)} pred={sorted(g.pred)}\n    {text}"
                )
                if row is not None:
                    for e in row["topic_evidence"]:
                        print(f"    -> {_describe(e)}")


def _describe(e) -> str:
    parts = [f"{e['topic']}", f"{e.get('kind', 'term')}: {e['term']!r}"]
    if e.get("text"):
        parts.append(f"matched {e['text']!r}")
    if e.get("established_by") is not None and len(e.get("established_by")):
        parts.append(f"established by §{list(e['established_by'])} {list(e['terms'])}")
    return ", ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the dev set's errors")
    parser.add_argument("--topic", action="append", help="misses of these topics only")
    parser.add_argument(
        "--unseen", action="store_true", help="score the never-tuned set (the lead, at the end)"
    )
    args = parser.parse_args()
    if args.unseen and args.misses:
        parser.error("--misses is for the dev set only: the unseen set's errors stay unread")
    for csv in (BBC_CSV, WIKINEWS_CSV):
        if not csv.is_file():
            raise SystemExit(f"{csv} is missing; set KIT_CORPORA to the corpora folder")
    path, use = (
        (GOLD_UNSEEN, "never tuned on: the honest estimate")
        if args.unseen
        else (GOLD_DEV, "development: read and tuned on, not an honest estimate")
    )
    gold = load_gold(path)
    n_articles = gold[["corpus", "article"]].drop_duplicates()
    print(
        f"set: {path.name} ({use})\n"
        f"  {len(n_articles)} articles ({(n_articles['corpus'] == 'bbc').sum()} BBC, "
        f"{(n_articles['corpus'] == 'wikinews').sum()} Wikinews), {len(gold)} sentences, "
        f"{int((gold['gold'].map(len) > 0).sum())} on a topic, "
        f"{int(gold['continues'].sum())} only by continuing a story"
    )
    tagged = kit.tag_topics(parsed_articles(gold))
    aligned = align(gold, tagged)
    result = table(aligned)
    with pd.option_context("display.float_format", "{:.2f}".format, "display.width", 120):
        print(result.to_string(index=False))
    if args.misses:
        misses(aligned, tagged, args.topic or list(TOPICS))


if __name__ == "__main__":
    main()
