"""How often the speaker attributor names the right speaker, on news annotated by hand.

Two corpora from ``../shared/corpora`` (no article text is stored in the project; the
benchmark exits with a message when a corpus is absent):

- BBC 2005 (``bbc-2005/articles.csv``), five gold sets ``speakers_gold*.csv``: the CSV row,
  the sentence's character offsets, the true speaker (or none, for narration) and the type;
- English Wikinews 2019-2020 (``wikinews-2019-2020/articles.csv``), two gold sets
  ``speakers_gold_wikinews_*.csv`` in the format of ``speakers_guide.md``: the same, plus the
  speaker's kind and the speech spans (the speaker's own words as article offsets).

Printed for each set: precision and recall of the ``speaker`` column for direct quotes and
for reported speech separately and together, narration sentences given a speaker (also per
100), and speech-span token F1. Recall counts a gold statement as found when the predicted
speaker is one of its accepted names (compared as ``_forms`` says: case, a leading article,
an owner's possessive and the order of a role and its body aside); precision counts a
predicted speaker as right on the same terms (a speaker given to narration is wrong). Gold
sentences are matched to the attributor's rows by offset overlap within the article.

Speech-span token F1: for each gold statement with spans (the Wikinews sets' ``spans``
column; ``speakers_spans_seed9001.csv`` for the BBC seed-9001 set), the word tokens of its
sentence inside the gold spans against those inside the row's predicted ``speech_spans``
(a list of ``(start, end)`` article offsets; none predicted counts as empty), F1 per
statement, averaged over all gold statements and over those the attributor found (took
for a statement). Skipped with a note when the attributor gives no ``speech_spans``.

How each set was used (each drawn with a fixed seed and annotated by hand before the
attributor ran on its articles; a set stops being held out once its misses were read):

- ``speakers_gold.csv`` (10 BBC articles): tuned on from the start;
- ``speakers_gold_heldout.csv`` (15, seed 2005): held out, then tuned on (round 1);
- ``speakers_gold_fresh.csv`` (12, seed 77): held out from round 1, then tuned on (round 2);
- ``speakers_gold_final.csv`` (15, seed 4242): held out from round 2, then tuned on (round 3);
- ``speakers_gold_wikinews_dev.csv`` (18 Wikinews articles, seed 13): development, tuned on;
- ``speakers_gold_seed9001.csv`` (15 BBC, seed 9001) with ``speakers_spans_seed9001.csv``, and
  ``speakers_gold_wikinews_seed2026.csv`` (14 Wikinews, seed 2026): never tuned on until the
  end of the first round on Wikinews, when the lead scored them once; tuned on since;
- ``speakers_gold_seed31337.csv`` (12 BBC) and ``speakers_gold_wikinews_seed31337.csv`` (15
  Wikinews), seed 31337: development sets annotated (every sentence) for this round;
- ``speakers_gold_val.csv`` (12 BBC) and ``speakers_gold_val_wikinews.csv`` (15 Wikinews),
  seed 7001: validation sets. Annotated like the others and kept from everyone who changed
  rules; the lead scored them (``--val``, figures only) to decide which changes to merge, and
  helpers saw those figures, never the sentences. Lighter than "never tuned on", heavier
  than "tuned on". ``agreement.py`` compares the Wikinews one with a second, independent
  annotation of the same articles;
- ``speakers_gold_seed20261130.csv`` (12 BBC) and ``speakers_gold_wikinews_seed20261130.csv``
  (15 Wikinews), seed 20261130: never tuned on in round 2, scored once by the lead at its
  end, tuned on since (round 3);
- ``speakers_gold_seed3003.csv`` (12 BBC) and ``speakers_gold_wikinews_seed3003.csv`` (15
  Wikinews), seed 3003: never tuned on in round 3 (then named ``*_unseen.csv``), scored once
  by the lead at its end, tuned on since (round 4);
- ``speakers_gold_seed4004.csv`` (16 BBC) and ``speakers_gold_wikinews_seed4004.csv`` (20
  Wikinews), seed 4004: never tuned on in round 4 (then named ``*_unseen.csv``), scored once
  by the lead at its end, tuned on since (round 5);
- ``speakers_gold_seed5005.csv`` (40 BBC) and ``speakers_gold_wikinews_seed5005.csv`` (54
  Wikinews), seeds 5005 and 5006: never tuned on in round 5 (then named ``*_unseen.csv``),
  scored once by the lead at its end (rules of its start and end), tuned on since (round 6);
- ``speakers_gold_seed6006.csv`` (40 BBC) and ``speakers_gold_wikinews_seed6006.csv`` (32
  Wikinews), seed 6006: never tuned on in round 6 (then named ``*_unseen.csv``), scored once
  by the lead at its end (rules of its start and end), tuned on since (round 7);
- ``speakers_gold_seed7007.csv`` (48 BBC) and ``speakers_gold_wikinews_seed7007.csv`` (32
  Wikinews), seed 7007: never tuned on in round 7 (then named ``*_unseen.csv``), scored once
  by the lead at its start and end rules, tuned on since (round 8);
- ``speakers_gold_seed8008.csv`` (60 BBC) and ``speakers_gold_wikinews_seed8008.csv`` (4
  Wikinews), seed 8008: never tuned on in round 8 (then named ``*_unseen.csv``), scored once
  by the lead at its start and end rules, tuned on since (round 9);
- ``speakers_gold_seed9009.csv`` (60 BBC), seed 9009: never tuned on in round 9 (then named
  ``speakers_gold_unseen.csv``), scored once by the lead at its start and end rules, tuned on
  since (round 10);
- ``speakers_gold_seed10010.csv`` (75 BBC), seed 10010: never tuned on in round 10 (then named
  ``speakers_gold_unseen.csv``), scored once by the lead at its start and end rules, tuned on
  since (round 11);
- ``speakers_gold_seed11011.csv`` (75 BBC), seed 11011: never tuned on in round 11 (then named
  ``speakers_gold_unseen.csv``), scored once by the lead at its start and end rules, tuned on
  since (round 12);
- ``speakers_gold_unseen.csv`` (BBC), its header says how its articles were drawn: never
  tuned on (round 12's; the lead scores it once at the round's start rules and once after its
  last rule change). ``speakers_gold_wikinews_unseen.csv`` has had no successor since round 8:
  every Wikinews article of the corpus is in a gold set already, so the Wikinews figures are
  development and validation figures only. They are scored only with
  ``--unseen``, and their misses are never listed: their figures are the
  honest estimate for news the rules have not seen; keep it that way.

Each set's precision and recall come with a 95% interval from resampling its articles
(:func:`intervals`): a 40-article set measures a rate to within several points, and two sets
drawn the same way differ by as much, so read a change smaller than the interval as noise.
With ``--unseen`` the never-tuned sets of both corpora are also pooled into one figure.

Where a set has gold kinds, ``speaker_kind`` is compared with them on the statements whose
speaker is right (:func:`kind_counts`): how often it agrees, and its commonest confusions.

With ``--speed`` it also times the attributor on the whole BBC corpus (parsed once and cached
by ``_bbc.py``). ``--misses`` lists the sentences it got wrong in the tuned sets.

    .venv/bin/python benchmarks/speakers_accuracy.py [--misses] [--speed] [--unseen]
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bbc

import kit
from kit.cache import read_table, save_table
from kit.sentences import WORDLESS_POS

HERE = Path(__file__).resolve().parent
GOLD = HERE / "speakers_gold.csv"
GOLD_HELDOUT = HERE / "speakers_gold_heldout.csv"
GOLD_FRESH = HERE / "speakers_gold_fresh.csv"
GOLD_FINAL = HERE / "speakers_gold_final.csv"
GOLD_SEED9001 = HERE / "speakers_gold_seed9001.csv"
SPANS_SEED9001 = HERE / "speakers_spans_seed9001.csv"
GOLD_UNSEEN = HERE / "speakers_gold_unseen.csv"
WIKI_DEV = HERE / "speakers_gold_wikinews_dev.csv"
WIKI_SEED2026 = HERE / "speakers_gold_wikinews_seed2026.csv"
WIKI_UNSEEN = HERE / "speakers_gold_wikinews_unseen.csv"
GOLD_SEED31337 = HERE / "speakers_gold_seed31337.csv"
VAL_BBC = HERE / "speakers_gold_val.csv"
VAL_WIKI = HERE / "speakers_gold_val_wikinews.csv"
WIKI_SEED31337 = HERE / "speakers_gold_wikinews_seed31337.csv"
GOLD_SEED20261130 = HERE / "speakers_gold_seed20261130.csv"
WIKI_SEED20261130 = HERE / "speakers_gold_wikinews_seed20261130.csv"
GOLD_SEED3003 = HERE / "speakers_gold_seed3003.csv"
WIKI_SEED3003 = HERE / "speakers_gold_wikinews_seed3003.csv"
GOLD_SEED4004 = HERE / "speakers_gold_seed4004.csv"
WIKI_SEED4004 = HERE / "speakers_gold_wikinews_seed4004.csv"
GOLD_SEED5005 = HERE / "speakers_gold_seed5005.csv"
WIKI_SEED5005 = HERE / "speakers_gold_wikinews_seed5005.csv"
GOLD_SEED6006 = HERE / "speakers_gold_seed6006.csv"
WIKI_SEED6006 = HERE / "speakers_gold_wikinews_seed6006.csv"
GOLD_SEED7007 = HERE / "speakers_gold_seed7007.csv"
WIKI_SEED7007 = HERE / "speakers_gold_wikinews_seed7007.csv"
GOLD_SEED8008 = HERE / "speakers_gold_seed8008.csv"
WIKI_SEED8008 = HERE / "speakers_gold_wikinews_seed8008.csv"
GOLD_SEED9009 = HERE / "speakers_gold_seed9009.csv"
GOLD_SEED10010 = HERE / "speakers_gold_seed10010.csv"
GOLD_SEED11011 = HERE / "speakers_gold_seed11011.csv"
WIKI_CSV = _bbc.CORPORA / "wikinews-2019-2020" / "articles.csv"


@dataclass(frozen=True)
class GoldSet:
    label: str  # how the set was used
    path: Path
    corpus: str  # "bbc" or "wikinews"
    tuned: bool  # False: never tuned on, scored only with --unseen (or --val)
    validation: bool = False  # the lead's merge gate: figures only, scored with --val
    spans: Path | None = None  # a separate spans file (BBC sets)


# In the order they were made (see the module docstring).
GOLD_SETS = (
    GoldSet("BBC, tuned on from the start", GOLD, "bbc", True),
    GoldSet("BBC held-out, then tuned on (round 1)", GOLD_HELDOUT, "bbc", True),
    GoldSet("BBC fresh, then tuned on (round 2)", GOLD_FRESH, "bbc", True),
    GoldSet("BBC final, then tuned on (round 3)", GOLD_FINAL, "bbc", True),
    GoldSet("Wikinews development (tuned on)", WIKI_DEV, "wikinews", True),
    GoldSet(
        "BBC seed 9001, unseen in round 3, then tuned on (round 4)",
        GOLD_SEED9001,
        "bbc",
        True,
        spans=SPANS_SEED9001,
    ),
    GoldSet("Wikinews seed 2026, unseen in round 1, then tuned", WIKI_SEED2026, "wikinews", True),
    GoldSet("BBC seed 31337, development (round 4)", GOLD_SEED31337, "bbc", True),
    GoldSet("Wikinews seed 31337, development (round 2)", WIKI_SEED31337, "wikinews", True),
    GoldSet("BBC seed 20261130, unseen in round 2, then tuned", GOLD_SEED20261130, "bbc", True),
    GoldSet(
        "Wikinews seed 20261130, unseen in round 2, then tuned", WIKI_SEED20261130, "wikinews", True
    ),
    GoldSet("BBC seed 3003, unseen in round 3, then tuned", GOLD_SEED3003, "bbc", True),
    GoldSet("Wikinews seed 3003, unseen in round 3, then tuned", WIKI_SEED3003, "wikinews", True),
    GoldSet("BBC seed 4004, unseen in round 4, then tuned", GOLD_SEED4004, "bbc", True),
    GoldSet("Wikinews seed 4004, unseen in round 4, then tuned", WIKI_SEED4004, "wikinews", True),
    GoldSet("BBC seeds 5005/5006, unseen in round 5, then tuned", GOLD_SEED5005, "bbc", True),
    GoldSet(
        "Wikinews seeds 5005/5006, unseen in round 5, then tuned", WIKI_SEED5005, "wikinews", True
    ),
    GoldSet("BBC seed 6006, unseen in round 6, then tuned", GOLD_SEED6006, "bbc", True),
    GoldSet("Wikinews seed 6006, unseen in round 6, then tuned", WIKI_SEED6006, "wikinews", True),
    GoldSet("BBC seed 7007, unseen in round 7, then tuned", GOLD_SEED7007, "bbc", True),
    GoldSet("Wikinews seed 7007, unseen in round 7, then tuned", WIKI_SEED7007, "wikinews", True),
    GoldSet("BBC seed 8008, unseen in round 8, then tuned", GOLD_SEED8008, "bbc", True),
    GoldSet("Wikinews seed 8008, unseen in round 8, then tuned", WIKI_SEED8008, "wikinews", True),
    GoldSet("BBC seed 9009, unseen in round 9, then tuned", GOLD_SEED9009, "bbc", True),
    GoldSet("BBC seed 10010, unseen in round 10, then tuned", GOLD_SEED10010, "bbc", True),
    GoldSet("BBC seed 11011, unseen in round 11, then tuned", GOLD_SEED11011, "bbc", True),
    GoldSet("BBC validation (figures only)", VAL_BBC, "bbc", False, validation=True),
    GoldSet("Wikinews validation (figures only)", VAL_WIKI, "wikinews", False, validation=True),
    GoldSet("BBC unseen (never tuned on)", GOLD_UNSEEN, "bbc", False),
    GoldSet("Wikinews unseen (never tuned on)", WIKI_UNSEEN, "wikinews", False),
)


# --- gold ------------------------------------------------------------------------------------


def load_gold(path: Path = GOLD, spans: Path | None = None) -> pd.DataFrame:
    """A gold file as a table with ``article`` (str), ``start``, ``end``, ``speaker``,
    ``type``, ``accepted`` (the normalised accepted names) and ``gold_spans`` (a list of
    ``(start, end)``, or ``None`` when the set has no spans for the sentence)."""
    gold = pd.read_csv(path, comment="#", dtype={"speaker": str}, keep_default_na=False)
    if "row" in gold.columns:  # BBC: the CSV row is the article id
        gold = gold.rename(columns={"row": "article"})
    gold["article"] = gold["article"].astype(str)
    gold["accepted"] = [set().union(*map(_forms, s.split("|"))) for s in gold["speaker"]]
    if "spans" not in gold.columns and spans is not None:
        extra = pd.read_csv(spans, comment="#", keep_default_na=False, dtype={"spans": str})
        extra["article"] = extra["row"].astype(str)
        by_key = {(a, s): sp for a, s, sp in extra[["article", "start", "spans"]].to_numpy()}
        gold["spans"] = [by_key.get((a, s)) for a, s in gold[["article", "start"]].to_numpy()]
    gold["gold_spans"] = [_parse_spans(s) for s in gold.get("spans", [None] * len(gold))]
    return gold


def _parse_spans(text: object) -> list[tuple[int, int]] | None:
    if not isinstance(text, str) or not text.strip():
        return None
    return [tuple(int(x) for x in part.split("-")) for part in text.split(";") if part.strip()]


# Words that pick out how many of a group spoke, not who: "some observers" and "observers"
# are one speaker. Only the first word is dropped, and only when more follows.
_DETERMINERS = ("the", "a", "an", "some", "many", "several")

# A role or group written with what it speaks for after it ("spokesman for Unison", "senior
# source at the club", "critics of the measure") is the same speaker as in the other order
# ("Unison spokesman"); see ``_forms``.
_ROLE_FOR = re.compile(r"^(\w[\w-]*(?: \w[\w-]*)?) (?:for|of|at|from) (?:the )?(.+)$")


def _norm(name: object) -> str | None:
    """A speaker name as the scorer compares it: lower case, straight apostrophes, without a
    leading article or quantifier (``_DETERMINERS``) and with an owner's possessive dropped
    ("Tony Blair's spokesman" is "Tony Blair spokesman")."""
    if not isinstance(name, str) or not name.strip():  # None or NaN
        return None
    n = name.strip().lower().replace("’", "'")
    first, _, rest = n.partition(" ")
    return (rest if rest and first in _DETERMINERS else n).replace("'s ", " ")


def _forms(name: object) -> set[str]:
    """The forms under which ``name`` matches another: its ``_norm`` and, for a role or group
    with what it speaks for after it, the other word order ("spokesman for Unison" also as
    "unison spokesman"). Two names are one speaker when their forms meet."""
    n = _norm(name)
    if n is None:
        return set()
    m = _ROLE_FOR.match(n)
    return {n, f"{m[2]} {m[1]}"} if m else {n}


# --- the attributor's output -----------------------------------------------------------------


def wikinews_table(ids: set[str]) -> pd.DataFrame:
    """The parsed sentence table of the Wikinews articles ``ids``, cached like ``_bbc``."""
    if not WIKI_CSV.is_file():
        raise SystemExit(f"The Wikinews corpus is not at {WIKI_CSV}; this benchmark needs it.")
    raw = pd.read_csv(WIKI_CSV)
    raw = raw[raw["id"].isin(ids)].reset_index(drop=True)
    key = hashlib.sha256(("\n".join(sorted(ids)) + WIKI_CSV.read_text()).encode()).hexdigest()
    model = kit.model.model_id(kit.load_model())
    path = _bbc.CACHE_DIR / f"wikinews-{key[:12]}-{model}-v{kit.__version__}.parquet"
    if path.exists():
        return read_table(path)
    df = kit.load_corpus(raw, id_column="id", headers=False, progress=False)
    save_table(df, path)
    return df


def parsed_table(gset: GoldSet, gold: pd.DataFrame) -> pd.DataFrame:
    """The sentence table the attributor runs on for a gold set: the Wikinews gold articles;
    for the first BBC set the corpus's first articles up to its last gold row (surnames then
    merge across them), for the others the gold's own articles."""
    ids = set(gold["article"])
    if gset.corpus == "wikinews":
        return wikinews_table(ids)
    if gset.path == GOLD:
        return _bbc.bbc_table(max(int(a) for a in ids) + 1)
    parsed = _bbc.bbc_table()
    return parsed[parsed["article_id"].isin(ids)].reset_index(drop=True)


def matched_rows(gold: pd.DataFrame, table: pd.DataFrame) -> list[int]:
    """The position in ``table`` of the row each gold sentence overlaps most within its
    article; exits naming the sentence when it overlaps none."""
    by_article = dict(table.groupby("article_id", sort=False).indices)
    starts, ends = table["start_char"].to_numpy(), table["end_char"].to_numpy()
    out = []
    for aid, start, end in gold[["article", "start", "end"]].itertuples(index=False):
        rows = by_article.get(aid)
        if rows is None:
            raise SystemExit(f"gold article {aid} is not in the parsed table")
        overlap = np.minimum(ends[rows], end) - np.maximum(starts[rows], start)
        if overlap.max() <= 0:
            raise SystemExit(
                f"gold sentence {aid} at {start}:{end} overlaps no sentence of the parsed "
                "table (the corpus or the splitter changed); re-annotate it"
            )
        out.append(int(rows[int(np.argmax(overlap))]))
    return out


def predictions(gold: pd.DataFrame, table: pd.DataFrame) -> pd.DataFrame:
    """The attributed ``table``'s rows matched to the gold sentences (:func:`matched_rows`):
    ``got``, ``got_type``, ``got_kind``, ``text``, ``right``, ``pred_spans`` (``None`` without a
    ``speech_spans`` column) and ``words`` (the sentence's word tokens as ``(start, end)``
    offsets)."""
    has_spans = "speech_spans" in table.columns
    keys = ("got", "got_type", "got_kind", "text", "pred_spans", "words")
    cols: dict[str, list] = {k: [] for k in keys}
    for best, start, end in zip(matched_rows(gold, table), gold["start"], gold["end"], strict=True):
        hit = table.iloc[best]
        cols["got"].append(hit["speaker"])
        cols["got_type"].append(hit["speaker_type"])
        cols["got_kind"].append(hit.get("speaker_kind"))
        cols["text"].append(hit["text"])
        cols["pred_spans"].append(_spans_list(hit["speech_spans"]) if has_spans else None)
        words = [
            (int(s), int(s) + len(t))
            for t, s, p in zip(hit["tok_text"], hit["tok_start"], hit["tok_pos"], strict=True)
            if p not in WORDLESS_POS and start <= s < end
        ]
        cols["words"].append(words)
    out = gold.copy()
    for k, v in cols.items():
        out[k] = v
    out["right"] = [
        bool(_forms(g) & acc) if acc else _norm(g) is None
        for g, acc in zip(out["got"], out["accepted"], strict=True)
    ]
    out.attrs["has_spans"] = has_spans
    return out


def score(gset: GoldSet) -> pd.DataFrame:
    """The gold set ``gset`` with the attributor's output matched to it (see
    :func:`predictions`)."""
    gold = load_gold(gset.path, gset.spans)
    return predictions(gold, kit.attribute_speakers(parsed_table(gset, gold)))


def _spans_list(value: object) -> list[tuple[int, int]]:
    """A row's ``speech_spans`` (a list or array of pairs, or missing) as a list of pairs."""
    if value is None or value is pd.NA or (isinstance(value, float) and np.isnan(value)):
        return []
    return [(int(a), int(b)) for a, b in value]


def _inside(words: list[tuple[int, int]], spans: list[tuple[int, int]]) -> set[int]:
    return {w for w, (a, b) in enumerate(words) if any(s <= a and b <= e for s, e in spans)}


def span_f1(res: pd.DataFrame, *, found_only: bool = False) -> tuple[float, int] | None:
    """Mean token F1 of the predicted speech spans over gold statements with spans (with
    ``found_only``, those the attributor took for statements too), and how many statements;
    ``None`` when the table had no ``speech_spans``."""
    if not res.attrs.get("has_spans"):
        return None
    scores = []
    for r in res[(res["type"] != "none") & res["gold_spans"].notna()].itertuples():
        if found_only and not isinstance(r.got_type, str):
            continue
        g = _inside(r.words, r.gold_spans)
        p = _inside(r.words, r.pred_spans or [])
        if not g:
            continue
        scores.append(2 * len(g & p) / (len(g) + len(p)))
    return (float(np.mean(scores)) if scores else float("nan")), len(scores)


def kind_counts(res: pd.DataFrame) -> tuple[int, int, pd.Series] | None:
    """How the attributor's ``speaker_kind`` compares with the gold ``kind`` on the gold
    statements whose speaker it got right: how many kinds agree, out of how many, and the
    disagreements as counts of ``"gold -> given"``, most common first; ``None`` when the
    set has no gold kinds."""
    if "kind" not in res.columns:
        return None
    said = res[(res["type"] != "none") & res["right"] & (res["kind"] != "")]
    if said.empty:
        return None
    agree = said["kind"] == said["got_kind"]
    wrong = said[~agree]
    pairs = (wrong["kind"] + " -> " + wrong["got_kind"].fillna("none").astype(str)).value_counts()
    return int(agree.sum()), len(said), pairs


def statement_counts(res: pd.DataFrame) -> dict[str, tuple[int, int, int, int]]:
    """For ``direct`` quotes, ``indirect`` (reported) speech and ``all`` statements of the
    matched table ``res``: the speakers given with that type that are right, how many were
    given, the gold statements of that type whose speaker is right, and how many there are."""
    said = res[res["type"] != "none"]
    given = res[res["got"].notna()]
    out = {}
    for name, types in (("direct", ["direct"]), ("indirect", ["indirect"]), ("all", None)):
        gold_part = said if types is None else said[said["type"].isin(types)]
        given_part = given if types is None else given[given["got_type"].isin(types)]
        out[name] = (
            int(given_part["right"].sum()),
            len(given_part),
            int(gold_part["right"].sum()),
            len(gold_part),
        )
    return out


# --- printing ---------------------------------------------------------------------------------


def report(res: pd.DataFrame) -> None:
    print(
        f"gold: {len(res)} sentences from {res['article'].nunique()} articles: "
        f"{(res['type'] == 'direct').sum()} direct, {(res['type'] == 'indirect').sum()} "
        f"reported, {(res['type'] == 'none').sum()} narration\n"
    )
    print(f"{'':22}{'precision':>10}{'recall':>9}{'F1':>7}   (right / given, right / gold)")
    counts = statement_counts(res)
    for label, name in (
        ("direct quotes", "direct"),
        ("reported speech", "indirect"),
        ("all statements", "all"),
    ):
        _line(label, *counts[name])
    spread = intervals(res)
    print("95% intervals (articles resampled):", end="")
    for name in ("direct", "indirect"):
        p_lo, p_hi, r_lo, r_hi = spread[name]
        print(f"  {name} P {p_lo:.1%}-{p_hi:.1%}, R {r_lo:.1%}-{r_hi:.1%};", end="")
    print()
    narr = res[res["type"] == "none"]
    wrong = narr["got"].notna().sum()
    per100 = 100 * wrong / len(narr) if len(narr) else float("nan")
    print(
        f"\nnarration given a speaker: {wrong} of {len(narr)} ({per100:.1f} per 100); "
        f"sentences fully right (speaker or none): {res['right'].sum()} of {len(res)} "
        f"({res['right'].mean():.1%})"
    )
    kinds = kind_counts(res)
    if kinds is not None:
        agree, n, pairs = kinds
        worst = ", ".join(f"{k} {v}" for k, v in pairs.head(3).items())
        print(
            f"speaker kind: {agree} of {n} statements with the right speaker ({agree / n:.1%})"
            + (f"; most often {worst}" if worst else "")
        )
    f1 = span_f1(res)
    n_gold = int(((res["type"] != "none") & res["gold_spans"].notna()).sum())
    if not n_gold:
        print("speech-span token F1: the set has no gold spans")
    elif f1 is None:
        print(f"speech-span token F1: skipped, no speech_spans column ({n_gold} gold statements)")
    else:
        found = span_f1(res, found_only=True)
        print(
            f"speech-span token F1: {f1[0]:.3f} over all {f1[1]} gold statements "
            f"(a statement not found counts 0); {found[0]:.3f} over the {found[1]} found"
        )


def _line(label: str, ok_p: int, n_p: int, ok_r: int, n_r: int) -> None:
    p = ok_p / n_p if n_p else float("nan")
    r = ok_r / n_r if n_r else float("nan")
    f = 2 * p * r / (p + r) if p + r else float("nan")
    print(f"{label:22}{p:>10.1%}{r:>9.1%}{f:>7.1%}   ({ok_p}/{n_p}, {ok_r}/{n_r})")


def intervals(
    res: pd.DataFrame, *, draws: int = 2000, seed: int = 0
) -> dict[str, tuple[float, float, float, float]]:
    """95% intervals of precision and recall (``p_low, p_high, r_low, r_high``) for each
    label of :func:`statement_counts`, from ``draws`` resamples of the set's articles with
    replacement (a percentile bootstrap: sentences of one article are not independent, so
    whole articles are drawn)."""
    articles = list(res.groupby("article", sort=False).groups.values())
    counts = np.array(
        [
            [statement_counts(res.loc[rows])[name] for name in ("direct", "indirect", "all")]
            for rows in articles
        ]
    )  # articles x labels x (right given, given, right gold, gold)
    pick = np.random.default_rng(seed).integers(0, len(articles), (draws, len(articles)))
    sums = counts[pick].sum(axis=1)  # draws x labels x 4
    with np.errstate(invalid="ignore", divide="ignore"):
        prec, rec = sums[..., 0] / sums[..., 1], sums[..., 2] / sums[..., 3]
    out = {}
    for j, name in enumerate(("direct", "indirect", "all")):
        p_lo, p_hi = np.nanpercentile(prec[:, j], [2.5, 97.5])
        r_lo, r_hi = np.nanpercentile(rec[:, j], [2.5, 97.5])
        out[name] = (float(p_lo), float(p_hi), float(r_lo), float(r_hi))
    return out


def misses(res: pd.DataFrame) -> None:
    print("\nwrong:")
    for r in res[~res["right"]].itertuples():
        print(f"  {r.article} {r.start}:{r.end} [{r.type}] want {r.speaker or '-'!r}, ", end="")
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--misses", action="store_true", help="list the wrong sentences (tuned sets)")
    ap.add_argument("--speed", action="store_true", help="time the whole BBC corpus too")
    ap.add_argument(
        "--unseen", action="store_true", help="score the never-tuned sets too (the lead's run)"
    )
    ap.add_argument(
        "--val", action="store_true", help="score the validation sets (figures only, the lead's)"
    )
    ap.add_argument("--only", help="score only the sets whose file name contains this")
    args = ap.parse_args()
    _bbc.require()
    sets = [g for g in GOLD_SETS if g.tuned or (args.val if g.validation else args.unseen)]
    for g in [g for g in sets if not g.path.is_file()]:
        print(f"{g.path.name} is not in this tree yet ({g.label}): skipped")
        sets.remove(g)
    if args.only:
        sets = [g for g in sets if args.only in g.path.name]
    golds = {g: load_gold(g.path, g.spans) for g in sets}
    print("sets, their sizes and how they are used:")
    for g in GOLD_SETS:
        if g in golds:
            gold = golds[g]
            counts = gold["type"].value_counts()
            size = (
                f"{gold['article'].nunique()} articles, {len(gold)} sentences "
                f"({counts.get('direct', 0)} direct, {counts.get('indirect', 0)} reported, "
                f"{counts.get('none', 0)} narration)"
            )
        elif args.only and g.tuned:
            size = f"not scored (--only {args.only})"
        else:
            size = f"not scored (needs {'--val' if g.validation else '--unseen'})"
        print(f"  {g.path.name:36} {g.label}: {size}")
    never_tuned = []
    for g in sets:
        gold = golds[g]
        print(f"\n=== {g.label}: {g.path.name} ===")
        res = predictions(gold, kit.attribute_speakers(parsed_table(g, gold)))
        report(res)
        if args.misses and g.tuned:
            misses(res)
        if not g.tuned and not g.validation:
            never_tuned.append(res.assign(article=g.corpus + ":" + res["article"].astype(str)))
    if len(never_tuned) > 1:
        print("\n=== never-tuned sets of both corpora, pooled ===")
        pooled = pd.concat(never_tuned, ignore_index=True)
        pooled.attrs["has_spans"] = all(r.attrs.get("has_spans") for r in never_tuned)
        report(pooled)
    if args.speed:
        speed()


if __name__ == "__main__":
    main()
