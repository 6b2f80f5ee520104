"""How many of the sentences on each topic the tagger finds, and how many it tags wrongly.

Two gold sets, every sentence of each article labelled by hand per ``topics_guide.md``
before any tagger ran on it (BBC 2005 rows and Wikinews 2019-2020 articles from
``../shared/corpora``, or the folder ``KIT_CORPORA`` names; the gold stores offsets and
labels, never BBC text):

- ``topics_gold_dev.csv``, ``topics_gold_dev2.csv``, ``topics_gold_dev3.csv`` and
  ``topics_gold_dev4.csv``: the development set, scored together. The rules were read against
  them and tuned on them; their figures (and ``--misses``) are for development, not an honest
  estimate. ``dev2`` was the never-tuned set of round 1 and ``dev4`` that of round 2, each
  scored once by the lead at its round's end and tuned on since.
- ``topics_gold_val.csv``: the validation set (18 articles, seed 7001), kept from everyone
  who changed rules; the lead scored it (``--val``, figures only) to decide which changes to
  merge, and helpers saw those figures, never its sentences. ``agreement.py`` compares it
  with a second, independent annotation of the same articles.
- ``topics_gold_unseen.csv``: never tuned on (annotated for round 3 by two annotators; its
  header says how the articles were drawn; the lead scored it once, after round 3's last
  rule change). Only ``--unseen`` scores it, and prints its figures
  alone, without misses: nobody who changes the tagger runs that option; the lead does,
  once, at the end.

Printed for the chosen set: precision, recall and F1 of each topic over all sentences, per
source (bbc / wikinews), and split by the gold's ``continues`` column (0: the sentence
names its topic; 1: it carries the topic only by continuing a story). A gold sentence is
matched to the predicted sentence that overlaps it most (robust to small splitter changes).
``--misses`` lists the false negatives and false positives of the dev set with the
predicted evidence.

``--cv`` gives the honest estimate on the dev set for the article-context step, which is
learned or tuned on it: the context rules with their parameters chosen on the other
articles (nested leave-one-article-out), and the logistic regression of
``kit/resources/topic_context.json`` retrained without the article it is tested on
(leave-one-article-out, and leave-one-source-out: trained on BBC, tested on Wikinews and
back). ``--train`` fits that model on the whole dev set and writes the JSON (needs
scikit-learn; tagging does not).

    .venv/bin/python benchmarks/topics_accuracy.py [--misses] [--topic NAME]
    .venv/bin/python benchmarks/topics_accuracy.py --cv [--train]
    .venv/bin/python benchmarks/topics_accuracy.py --unseen      # the lead, at the end
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import os
import sys
from collections import Counter
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bbc

import kit
from kit.cache import read_table, save_table

HERE = Path(__file__).resolve().parent
GOLD_DEV = tuple(HERE / f"topics_gold_{n}.csv" for n in ("dev", "dev2", "dev3", "dev4"))
GOLD_VAL = HERE / "topics_gold_val.csv"
GOLD_UNSEEN = HERE / "topics_gold_unseen.csv"
# beside the project by default; KIT_CORPORA names another folder (e.g. from a git worktree)
CORPORA = Path(os.environ.get("KIT_CORPORA", _bbc.CORPORA))
BBC_CSV = CORPORA / "bbc-2005" / "articles.csv"
WIKINEWS_CSV = CORPORA / "wikinews-2019-2020" / "articles.csv"
TOPICS = ("terrorism", "cybercrime", "fugitives")


def load_gold(paths: Path | tuple[Path, ...]) -> pd.DataFrame:
    paths = (paths,) if isinstance(paths, Path) else paths
    gold = pd.concat(
        [
            pd.read_csv(p, comment="#", dtype={"article": str, "topics": str}, na_filter=False)
            for p in paths
        ],
        ignore_index=True,
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


# --- the context step under cross-validation -------------------------------------------------

RULE_GRID = {
    "STORY_MIN": (2, 3),
    "STRONG_MIN": (2, 99),  # 99: only STORY_MIN decides
    "LEAD": (3, 4, 5),
    "STORY_REACH": (0.33, 0.5),
    "STORY_BEFORE": (1, 2),
    "STORY_AFTER": (2, 3),
}
MODEL_PATH = HERE.parent / "kit" / "resources" / "topic_context.json"
C = 1.0  # inverse regularisation strength of the logistic regression (sklearn's default)


class Context:
    """The dev set's own evidence computed once; context decided by rules or by a model."""

    def __init__(self, df: pd.DataFrame, gold: pd.DataFrame) -> None:
        assert (df.index == np.arange(len(df))).all(), "rows are addressed by position"
        self.df, self.gold = df, gold
        self.compiled = kit.topics._compile(kit.load_topics())
        self.evidence, self.cues = kit.topics._own_evidence(df, self.compiled)
        self.articles = df["article_id"].to_numpy()
        aligned = self.aligned = align(gold, df.assign(topics=[[]] * len(df)))
        self.row_gold: dict[int, set[str]] = {}
        for row, topics in zip(aligned["row"], aligned["gold"], strict=True):
            if row is not None:
                self.row_gold.setdefault(int(row), set()).update(topics)
        self.features = kit.topics._context_features(df)
        self.features["gold"] = [
            t in self.row_gold.get(r, set())
            for r, t in zip(self.features["row"], self.features["topic"], strict=True)
        ]
        self.features["article"] = self.articles[self.features["row"].to_numpy()]

    def tags(self, model=None, **rules) -> list[set[str]]:
        """Each row's topics with context by ``model`` (None: the rules, with ``rules`` set)."""
        saved = {k: getattr(kit._topic_context, k) for k in rules}
        try:
            for k, v in rules.items():
                setattr(kit._topic_context, k, v)
            evidence = [list(ev) for ev in self.evidence]
            kit.topics._add_context(self.df, self.compiled, evidence, self.cues, model)
        finally:
            for k, v in saved.items():
                setattr(kit._topic_context, k, v)
        return [{e["topic"] for e in ev} for ev in evidence]

    def scored(self, tags: list[set[str]], keep: pd.Series | None = None) -> pd.DataFrame:
        return table(self._with(tags, keep))

    def _with(self, tags: list[set[str]], keep: pd.Series | None = None) -> pd.DataFrame:
        """The gold sentences (those in ``keep``) aligned with rows tagged ``tags``."""
        aligned = self.aligned if keep is None else self.aligned[keep.to_numpy()]
        rows = aligned["row"].tolist()
        pred = [frozenset(tags[int(r)]) if r is not None else frozenset() for r in rows]
        return aligned.assign(pred=pred)

    def fit(self, train: pd.DataFrame):
        """A logistic regression on the sentences without their own evidence of a topic."""
        from sklearn.linear_model import LogisticRegression
        from sklearn.preprocessing import StandardScaler

        rows = train[~train["strong"]]
        names = list(kit._topic_context.FEATURES)
        scaler = StandardScaler().fit(rows[names].to_numpy())
        scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
        x = (rows[names].to_numpy() - scaler.mean_) / scale
        lr = LogisticRegression(C=C, max_iter=1000).fit(x, rows["gold"].to_numpy())
        return {
            "features": names,
            "mean": scaler.mean_.tolist(),
            "scale": scale.tolist(),
            "coef": lr.coef_[0].tolist(),
            "intercept": float(lr.intercept_[0]),
            "threshold": 0.5,
        }

    def model_tags(self, held_out) -> list[set[str]]:
        """Each row's topics, every held-out group's rows by a model trained without it."""
        out: list[set[str]] = [set() for _ in range(len(self.df))]
        for group in held_out:
            model = kit._topic_context.Model.from_dict(
                self.fit(self.features[~self.features["article"].isin(group)])
            )
            tags = self.tags(model)
            for r in np.flatnonzero(np.isin(self.articles, list(group))):
                out[r] = tags[r]
        return out

    def nested_rule_tags(self) -> tuple[list[set[str]], Counter]:
        """Each article's rows by the rule parameters that score best on the other articles."""
        values = itertools.product(*RULE_GRID.values())
        combos = [dict(zip(RULE_GRID, v, strict=True)) for v in values]
        runs = [self.tags(**c) for c in combos]
        out: list[set[str]] = [set() for _ in range(len(self.df))]
        chosen: Counter = Counter()
        for article in pd.unique(self.articles):
            keep = self.gold["corpus"] + ":" + self.gold["article"] != article
            inner = [self._mean_f1(run, keep) for run in runs]
            best = int(np.argmax(inner))
            chosen[tuple(combos[best].values())] += 1
            for r in np.flatnonzero(self.articles == article):
                out[r] = runs[best][r]
        return out, chosen

    def _mean_f1(self, tags: list[set[str]], keep: pd.Series) -> float:
        aligned = self._with(tags, keep)
        return float(np.nanmean([scores(aligned, t)["F1"] for t in TOPICS]))


def cross_validate(ctx: Context) -> dict[str, pd.DataFrame]:
    articles = [[a] for a in pd.unique(ctx.articles)]
    sources = [[a for a in pd.unique(ctx.articles) if a.startswith(s)] for s in ("bbc", "wiki")]
    everything = Context.fit(ctx, ctx.features)
    nested, chosen = ctx.nested_rule_tags()
    print(f"rule parameters chosen per held-out article {list(RULE_GRID)}: {dict(chosen)}")
    return {
        "rules, as tuned (in-sample)": ctx.scored(ctx.tags()),
        "rules, parameters chosen without the article (nested CV)": ctx.scored(nested),
        "model, trained on all of dev (in-sample)": ctx.scored(
            ctx.tags(kit._topic_context.Model.from_dict(everything))
        ),
        "model, leave one article out (CV)": ctx.scored(ctx.model_tags(articles)),
        "model, leave one source out (CV)": ctx.scored(ctx.model_tags(sources)),
    }


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
        "--cv", action="store_true", help="cross-validate the context step on the dev set"
    )
    parser.add_argument(
        "--train", action="store_true", help="fit the context model on dev and write its JSON"
    )
    parser.add_argument(
        "--unseen", action="store_true", help="score the never-tuned set (the lead, at the end)"
    )
    parser.add_argument(
        "--val", action="store_true", help="score the validation set (figures only, the lead's)"
    )
    args = parser.parse_args()
    if (args.unseen or args.val) and (args.misses or args.cv or args.train):
        parser.error("--misses, --cv and --train are for the dev set only")
    if args.unseen and args.val:
        parser.error("score --unseen and --val in separate runs")
    for csv in (BBC_CSV, WIKINEWS_CSV):
        if not csv.is_file():
            raise SystemExit(f"{csv} is missing; set KIT_CORPORA to the corpora folder")
    if args.unseen and not GOLD_UNSEEN.is_file():
        raise SystemExit(f"{GOLD_UNSEEN.name} is not in this tree yet")
    if args.unseen:
        path, use = GOLD_UNSEEN, "never tuned on: the honest estimate"
    elif args.val:
        path, use = GOLD_VAL, "validation: figures guided merges, sentences never read by tuners"
    else:
        path, use = GOLD_DEV, "development: read and tuned on, not an honest estimate"
    gold = load_gold(path)
    n_articles = gold[["corpus", "article"]].drop_duplicates()
    print(
        f"set: {' + '.join(p.name for p in ((path,) if isinstance(path, Path) else path))} "
        f"({use})\n"
        f"  {len(n_articles)} articles ({(n_articles['corpus'] == 'bbc').sum()} BBC, "
        f"{(n_articles['corpus'] == 'wikinews').sum()} Wikinews), {len(gold)} sentences, "
        f"{int((gold['gold'].map(len) > 0).sum())} on a topic, "
        f"{int(gold['continues'].sum())} only by continuing a story"
    )
    parsed = parsed_articles(gold)
    if args.cv or args.train:
        ctx = Context(parsed, gold)
        fmt = {"display.float_format": "{:.2f}".format, "display.width": 120}
        if args.cv:
            for name, result in cross_validate(ctx).items():
                with pd.option_context(*itertools.chain(*fmt.items())):
                    print(f"\n--- {name}\n{result.to_string(index=False)}")
        if args.train:
            model = ctx.fit(ctx.features)
            names = " + ".join(p.name for p in GOLD_DEV)
            model["trained_on"] = f"{names}: {len(n_articles)} articles"
            model["use"] = True
            MODEL_PATH.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
            print(f"wrote {MODEL_PATH}")
        return
    tagged = kit.tag_topics(parsed)
    aligned = align(gold, tagged)
    result = table(aligned)
    with pd.option_context("display.float_format", "{:.2f}".format, "display.width", 120):
        print(result.to_string(index=False))
    if args.misses:
        misses(aligned, tagged, args.topic or list(TOPICS))


if __name__ == "__main__":
    main()
