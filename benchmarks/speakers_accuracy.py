"""How often the speaker attributor names the right speaker, on BBC news annotated by hand.

The gold file ``speakers_gold.csv`` holds, for sentences of 10 articles of
``../shared/corpora/bbc-2005/articles.csv``, the CSV row, the sentence's character offsets
and the true speaker (or none, for narration), judged by reading the articles. No article
text is stored in the project: it is read from ``../shared`` (the benchmark exits with a
message when the corpus is absent).

Printed: precision and recall of the ``speaker`` column for direct quotes and for reported
speech separately and together, and how many narration sentences wrongly got a speaker.
Recall counts a gold statement as found when the predicted speaker is one of its accepted
names; precision counts a predicted speaker as right on the same terms (a speaker given to
narration is wrong).

Five gold sets, each drawn with a fixed seed and annotated by hand before the attributor
was run on its articles, were used one after another; a set stops being held out once
its misses have been read and the rules changed for them. Each is scored on its own
articles and printed under a label that says how it was used:

- ``speakers_gold.csv`` (10 articles): tuned on from the start;
- ``speakers_gold_heldout.csv`` (15 articles, seed 2005): held out, then tuned on (round 1);
- ``speakers_gold_fresh.csv`` (12 articles, seed 77): held out from round 1, then tuned on
  (round 2);
- ``speakers_gold_final.csv`` (15 articles, seed 4242): held out from round 2, then tuned on
  (round 3);
- ``speakers_gold_unseen.csv`` (15 articles, seed 9001): never tuned on, printed last. Its
  figures are the honest estimate for news the rules have not seen; keep it that way.

With ``--speed`` it also times the attributor on the whole corpus (parsed once and cached
by ``_bbc.py``). ``--misses`` lists the sentences it got wrong (for each set).

    .venv/bin/python benchmarks/speakers_accuracy.py [--misses] [--speed]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bbc

import kit

GOLD = Path(__file__).with_name("speakers_gold.csv")
GOLD_HELDOUT = Path(__file__).with_name("speakers_gold_heldout.csv")
GOLD_FRESH = Path(__file__).with_name("speakers_gold_fresh.csv")
GOLD_FINAL = Path(__file__).with_name("speakers_gold_final.csv")
GOLD_UNSEEN = Path(__file__).with_name("speakers_gold_unseen.csv")


def load_gold(path: Path = GOLD) -> pd.DataFrame:
    gold = pd.read_csv(path, comment="#", dtype={"speaker": str}, keep_default_na=False)
    gold["accepted"] = [{_norm(n) for n in s.split("|")} if s else set() for s in gold["speaker"]]
    return gold


def _norm(name: object) -> str | None:
    if not isinstance(name, str) or not name.strip():  # None or NaN
        return None
    n = name.strip().lower().replace("’", "'")
    return n[4:] if n.startswith("the ") else n


def predictions(gold: pd.DataFrame, *, only_gold_articles: bool = False) -> pd.DataFrame:
    """The attributor's output on the gold sentences, matched by row and offsets.

    The attributor runs on the first articles of the corpus up to the last gold row, or with
    ``only_gold_articles`` on the gold's own articles alone (taken from the cached corpus).
    """
    if only_gold_articles:
        parsed = _bbc.bbc_table()
        ids = {str(r) for r in gold["row"]}
        parsed = parsed[parsed["article_id"].isin(ids)].reset_index(drop=True)
    else:
        parsed = _bbc.bbc_table(int(gold["row"].max()) + 1)
    table = kit.attribute_speakers(parsed)
    keyed = table.set_index(["article_id", "start_char"])
    got = []
    for row, start, end in gold[["row", "start", "end"]].itertuples(index=False):
        key = (str(row), start)
        if key not in keyed.index:
            raise SystemExit(
                f"gold sentence row {row} at {start}:{end} is not a sentence of the parsed "
                "table (the corpus or the sentence splitter changed); re-annotate it"
            )
        hit = keyed.loc[key]
        got.append((hit["speaker"], hit["speaker_type"], hit["text"]))
    out = gold.copy()
    out["got"] = [g[0] for g in got]
    out["got_type"] = [g[1] for g in got]
    out["text"] = [g[2] for g in got]
    out["right"] = [
        (_norm(g) in acc) if acc else _norm(g) is None
        for g, acc in zip(out["got"], out["accepted"], strict=True)
    ]
    return out


def report(res: pd.DataFrame) -> None:
    said = res[res["type"] != "none"]
    print(
        f"gold: {len(res)} sentences from {res['row'].nunique()} articles: "
        f"{(res['type'] == 'direct').sum()} direct, {(res['type'] == 'indirect').sum()} "
        f"reported, {(res['type'] == 'none').sum()} narration\n"
    )
    print(f"{'':22}{'precision':>10}{'recall':>9}{'F1':>7}   (right / given, right / gold)")
    for label, types in (("direct quotes", ["direct"]), ("reported speech", ["indirect"])):
        gold_part = said[said["type"].isin(types)]
        given = res[res["got_type"].isin(types) & res["got"].notna()]
        _line(label, given["right"].sum(), len(given), gold_part["right"].sum(), len(gold_part))
    given = res[res["got"].notna()]
    _line("all statements", given["right"].sum(), len(given), said["right"].sum(), len(said))
    narr = res[res["type"] == "none"]
    print(
        f"\nnarration given a speaker: {narr['got'].notna().sum()} of {len(narr)}; "
        f"sentences fully right (speaker or none): {res['right'].sum()} of {len(res)} "
        f"({res['right'].mean():.1%})"
    )


def _line(label: str, ok_p: int, n_p: int, ok_r: int, n_r: int) -> None:
    p = ok_p / n_p if n_p else float("nan")
    r = ok_r / n_r if n_r else float("nan")
    f = 2 * p * r / (p + r) if p + r else float("nan")
    print(f"{label:22}{p:>10.1%}{r:>9.1%}{f:>7.1%}   ({ok_p}/{n_p}, {ok_r}/{n_r})")


def misses(res: pd.DataFrame) -> None:
    print("\nwrong:")
    for r in res[~res["right"]].itertuples():
        print(f"  row {r.row} {r.start}:{r.end} [{r.type}] want {r.speaker or '-'!r}, ", end="")
        print(f"got {r.got!r} ({r.got_type}): {r.text[:110]}")


def speed() -> None:
    table = _bbc.bbc_table()
    t0 = time.perf_counter()
    kit.attribute_speakers(table)
    secs = time.perf_counter() - t0
    print(
        f"\nspeed: {len(table):,} sentences of {table['article_id'].nunique():,} articles "
        f"attributed in {secs:.1f} s ({len(table) / secs:,.0f} sentences/s)"
    )


# How each set was used, in the order they were made (see the module docstring).
GOLD_SETS = (
    ("tuned on from the start", GOLD),
    ("held-out, then tuned on (round 1)", GOLD_HELDOUT),
    ("fresh, then tuned on (round 2)", GOLD_FRESH),
    ("final, then tuned on (round 3)", GOLD_FINAL),
    ("unseen (never tuned on)", GOLD_UNSEEN),
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list the wrong sentences")
    ap.add_argument("--speed", action="store_true", help="time the whole corpus too")
    args = ap.parse_args()
    _bbc.require()
    for label, path in GOLD_SETS:
        print(f"\n=== {label}: {path.name} ===")
        res = predictions(load_gold(path), only_gold_articles=path != GOLD)
        report(res)
        if args.misses:
            misses(res)
    if args.speed:
        speed()


if __name__ == "__main__":
    main()
