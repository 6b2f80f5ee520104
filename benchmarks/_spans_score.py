"""Speech-span quality: token F1 of ``speech_spans`` against hand-annotated spans.

Gold spans are ``start-end`` article offsets joined by ``;`` (see speakers_guide.md). A
statement's score is the F1 of its word tokens (``\\w+`` runs of the article text, counted
by where they start) inside the predicted spans against those inside the gold spans. Two
figures, both the mean over the gold statements:

``spans``
    the spans :func:`kit.attribute_speakers` would give each gold statement with its gold
    type (and the attributor's cue where it found the statement): the span rules alone;
``end_to_end``
    the ``speech_spans`` the attributor gave (none when it missed the statement), so a
    missed statement scores 0.

``micro`` variants pool the tokens of all statements. ``speakers_accuracy.py`` prints its
own end-to-end span F1 (over the parser's word tokens, ``span_f1``); the ``spans`` figure,
the span rules alone, is only here. ``python benchmarks/_spans_score.py FILE`` prints the
figures for a Wikinews gold file (development files only: never run it on a set never tuned
on unless you are the lead measuring it).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import speakers_accuracy as sa

import kit
from kit.speakers._attribute import _spans_for

_WORD = re.compile(r"\w+")


def _tokens(text: str, start: int, end: int, spans) -> set[int]:
    """Starts of the word tokens of ``text[start:end]`` that lie inside ``spans``."""
    out = set()
    for m in _WORD.finditer(text, start, end):
        if any(a <= m.start() < b for a, b in spans):
            out.add(m.start())
    return out


def _f1(gold: set, got: set) -> tuple[float, int, int, int]:
    hit = len(gold & got)
    p = hit / len(got) if got else 0.0
    r = hit / len(gold) if gold else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), hit, len(got), len(gold)


def score_spans(table: pd.DataFrame, gold: pd.DataFrame, texts: dict[str, str]) -> dict:
    """Span token F1 of the attributed ``table`` (with ``speech_spans``) on ``gold``.

    ``gold`` has columns ``article``, ``start``, ``type`` and ``spans``; rows of type
    ``none`` and rows without spans are skipped. ``texts`` maps article ids to their text.
    Returns ``spans``, ``end_to_end``, ``spans_micro``, ``end_to_end_micro`` (floats), ``n``
    (statements scored) and ``rows`` (a DataFrame with each statement's two F1s).
    """
    table = table.reset_index(drop=True)
    keys = zip(table["article_id"], table["start_char"], strict=True)
    where = {(a, int(s)): i for i, (a, s) in enumerate(keys)}
    said = gold[(gold["type"] != "none") & gold["spans"].astype(bool)]
    idx = []
    for a, s in zip(said["article"], said["start"], strict=True):
        if (a, int(s)) not in where:
            raise SystemExit(f"gold sentence {a} at {s} is not a sentence of the parsed table")
        idx.append(where[(a, int(s))])
    types = [None] * len(table)
    cues = [None] * len(table)
    for i, typ in zip(idx, said["type"], strict=True):
        types[i] = typ
        if table["speaker_type"].iat[i] is not None:
            cues[i] = table["cue"].iat[i]
    alone = _spans_for(table, types, cues)
    rows, pooled = [], np.zeros((2, 3))
    for i, g in zip(idx, said.itertuples(), strict=True):
        text, s, e = texts[g.article], table["start_char"].iat[i], table["end_char"].iat[i]
        want = _tokens(text, s, e, sa._parse_spans(g.spans))
        given = table["speech_spans"].iat[i]
        given = [] if given is None or given is pd.NA else [tuple(p) for p in given]
        f_alone = _f1(want, _tokens(text, s, e, alone[i]))
        f_e2e = _f1(want, _tokens(text, s, e, given))
        pooled += [f_alone[1:], f_e2e[1:]]
        rows.append((g.article, s, g.type, f_alone[0], f_e2e[0], table["text"].iat[i]))
    res = pd.DataFrame(rows, columns=["article", "start", "type", "spans", "end_to_end", "text"])

    def micro(hit, got, want):
        return 2 * hit / (got + want) if got + want else float("nan")

    return {
        "n": len(res),
        "spans": res["spans"].mean(),
        "end_to_end": res["end_to_end"].mean(),
        "spans_micro": micro(*pooled[0]),
        "end_to_end_micro": micro(*pooled[1]),
        "rows": res,
    }


def wikinews(gold_path: Path) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, str]]:
    """The gold file, the attributed table of its articles and their texts."""
    gold = pd.read_csv(gold_path, comment="#", keep_default_na=False, dtype={"spans": str})
    ids = set(gold["article"])
    table = kit.attribute_speakers(sa.wikinews_table(ids))  # parsed once, cached
    arts = pd.read_csv(sa.WIKI_CSV)
    arts = arts[arts["id"].isin(ids)]
    return gold, table, dict(zip(arts["id"], arts["text"], strict=True))


def main() -> None:
    files = [a for a in sys.argv[1:] if a != "--misses"]
    path = Path(files[0]) if files else Path(__file__).with_name("speakers_gold_wikinews_dev.csv")
    gold, table, texts = wikinews(path)
    res = score_spans(table, gold, texts)
    rows = res["rows"]
    print(f"{path.name}: {res['n']} statements with gold spans")
    for label, part in (("all", rows), *rows.groupby("type")):
        print(
            f"  {label:9} n={len(part):4}  span F1 {part['spans'].mean():.3f}  "
            f"end-to-end {part['end_to_end'].mean():.3f}"
        )
    print(f"  micro: span F1 {res['spans_micro']:.3f}  end-to-end {res['end_to_end_micro']:.3f}")
    if "--misses" in sys.argv:
        for r in rows[rows["spans"] < 0.9].itertuples():
            print(f"  {r.spans:.2f} [{r.type}] {r.article} {r.start}: {r.text[:150]}")


if __name__ == "__main__":
    main()
