"""Does a learned speaker RANKER beat the rules? Leave one set out over the development sets.

(Method and result: filled in below once measured.)

    .venv/bin/python benchmarks/speakers_ranker.py [--model lr|gb] [--c C]
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _bbc
import speakers_accuracy as acc

import kit
from kit.speakers._arrays import _Flat
from kit.speakers._lexicon import _lexicon
from kit.speakers._names import _clean_name
from kit.speakers._resolve import _Article

RECENT = ("seed9009", "seed10010", "seed11011")  # promoted last: their misses least tuned on
_PERSON_ENTS = ("PERSON",)
_BODY_ENTS = ("ORG", "GPE", "NORP", "FAC")
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
KINDS = ("person", "org", "group", "place", "speaker")  # where a candidate was found


# --- candidates ---------------------------------------------------------------------------------


@dataclass
class Cand:
    """One candidate speaker of one gold statement, with what the article says of it."""

    name: str
    kinds: set[str] = field(default_factory=set)
    mentions: int = 0  # sentences up to and including this one that name it
    last: int = -1  # the last sentence up to this one that names it
    first: int = -1
    subj_here: int = 0  # 0 not named here, 1 named, 2 a subject, 3 the main subject
    subj_prev: int = 0  # the same for the sentence before
    spoke: int = 0  # sentences before this one the rules credit to it
    spoke_after: int = 0  # sentences after this one the rules credit to it
    last_spoke: int = -1  # the last sentence before this one the rules credit to it
    gender: str | None = None


@dataclass
class Sentence:
    """What the rules and the parse give for one sentence of an article."""

    speaker: str | None  # the rules' final speaker (as scored)
    type: str | None  # the rules' type
    named: dict[str, int]  # name -> 1 named, 2 a subject, 3 the main subject
    kinds: dict[str, str]  # name -> where it was found
    pronoun: str | None  # "m"/"f": a he/she subject outside quotes
    quoted: float  # share of word tokens inside quotation marks
    n_tokens: int


def _key(name: str) -> str:
    return acc._norm(name) or ""


def article_sentences(art: _Article, rows: np.ndarray, said: pd.DataFrame) -> list[Sentence]:
    """Each sentence of an article that the rules have run on (``art.run()`` done), with the
    names the rules' own structures and the tagger's entities give."""
    out = []
    for n, (r, s) in enumerate(zip(rows, art.sents, strict=True)):
        named: dict[str, int] = {}
        kinds: dict[str, str] = {}

        def add(name: str | None, rank: int, kind: str) -> None:
            if not name or not name.strip():
                return
            named[name] = max(named.get(name, 0), rank)
            kinds.setdefault(name, kind)

        for name, rank in art.mentions[n]:
            add(name, 1 + rank, "person")
        for name in art.main_orgs[n]:
            add(name, 3, "org")
        for name in art.orgs[n]:
            add(name, 2, "org")
        for name in art.org_names[n]:
            add(name, 1, "org")
        for name in art.groups[n]:
            add(name, 2, "group")
        for name in art.places[n]:
            add(name, 1, "place")
        i = 0
        while i < len(s.ent):  # the tagger's own entities, persons in the rules' canonical form
            e = s.ent[i]
            if e.startswith("B-") and not s.quoted[i]:
                a, b = s.ent_span(i)
                words = [w for w in s.text[a:b] if w.lower() != "the" or w is not s.text[a]]
                subj = any(s.dep[k] in ("nsubj", "nsubjpass") for k in range(a, b))
                if e[2:] in _PERSON_ENTS:
                    cleaned = _clean_name(list(s.text[a:b]), art.lex)[0]
                    if cleaned:
                        add(art.names.canonical(cleaned), 1 + subj, "person")
                elif e[2:] in _BODY_ENTS:
                    add(" ".join(words), 1 + subj, "org" if e[2:] == "ORG" else "place")
                i = b
            else:
                i += 1
        pronoun = next(
            (
                _PRONOUN_GENDER[w]
                for w, d, q in zip(s.lower, s.dep, s.quoted, strict=True)
                if w in ("he", "she") and d == "nsubj" and not q
            ),
            None,
        )
        words = [q for q, p in zip(s.quoted, s.pos, strict=True) if p not in ("PUNCT", "SPACE")]
        speaker = said.at[r, "speaker"]
        out.append(
            Sentence(
                speaker=speaker if isinstance(speaker, str) else None,
                type=said.at[r, "speaker_type"] if isinstance(speaker, str) else said.at[
                    r, "speaker_type"
                ],
                named=named,
                kinds=kinds,
                pronoun=pronoun,
                quoted=sum(words) / len(words) if words else 0.0,
                n_tokens=len(s.text),
            )
        )
    return out


def candidates(sents: list[Sentence], n: int, art: _Article | None) -> list[Cand]:
    """The candidate speakers of sentence ``n``: the rules' speaker of any sentence of the
    article up to the next one, and every name the sentences up to ``n`` give."""
    by: dict[str, Cand] = {}

    def get(name: str) -> Cand:
        k = _key(name)
        c = by.get(k)
        if c is None:
            c = by[k] = Cand(name)
        return c

    for k in range(n + 1):
        for name, rank in sents[k].named.items():
            c = get(name)
            c.kinds.add(sents[k].kinds[name])
            c.mentions += 1
            c.last = k
            if c.first < 0:
                c.first = k
            if k == n:
                c.subj_here = max(c.subj_here, rank)
            if k == n - 1:
                c.subj_prev = max(c.subj_prev, rank)
    for k, s in enumerate(sents):
        if s.speaker is None or k > n + 1:
            continue
        c = get(s.speaker)
        c.kinds.add("speaker")
        if k < n:
            c.spoke += 1
            c.last_spoke = k
        elif k > n:
            c.spoke_after += 1
        if c.first < 0:
            c.first = k
    if art is not None:
        for c in by.values():
            if "person" in c.kinds:
                try:
                    c.gender = art.names.person(c.name).gender
                except (KeyError, AttributeError):
                    c.gender = None
    return list(by.values())


# --- instances ----------------------------------------------------------------------------------


@dataclass
class Instance:
    set_name: str
    article: str
    gold_type: str
    accepted: set[str]
    rules: str | None  # the rules' speaker
    rules_type: str | None
    rules_right: bool
    cands: list[Cand]
    feats: np.ndarray  # one row a candidate
    right: np.ndarray  # whether each candidate is an accepted form


def _right(name: str | None, accepted: set[str]) -> bool:
    return bool(acc._forms(name) & accepted) if name else False


FEATURES = (
    "is_rules",
    "is_rules_direct",
    "is_rules_indirect",
    "rules_none",
    "subj_here_1",
    "subj_here_2",
    "subj_here_3",
    "subj_prev_3",
    "subj_prev_any",
    "dist_mention",
    "never_named",
    "log_mentions",
    "spoke",
    "log_spoke",
    "last_speaker",
    "dist_spoke",
    "spoke_next",
    "spoke_after",
    "first_pos",
    "quoted",
    "quoted_x_last_speaker",
    "quoted_x_subj_here",
    "pron_agree",
    "pron_clash",
    "pron_x_last_speaker",
    *(f"kind_{k}" for k in KINDS),
    "n_cands",
    "rank_recency",
)


def featurise(sents: list[Sentence], n: int, cands: list[Cand]) -> np.ndarray:
    s = sents[n]
    rkey = _key(s.speaker) if s.speaker else None
    # the last speaker the rules credited before this sentence
    prev_speaker = next((sents[k].speaker for k in range(n - 1, -1, -1) if sents[k].speaker), None)
    pkey = _key(prev_speaker) if prev_speaker else None
    order = sorted(cands, key=lambda c: -max(c.last, c.last_spoke))
    recency = {id(c): i for i, c in enumerate(order)}
    rows = []
    for c in cands:
        k = _key(c.name)
        is_rules = float(rkey is not None and k == rkey)
        last_sp = float(pkey is not None and k == pkey)
        dist = n - c.last if c.last >= 0 else 50
        dist_spoke = n - c.last_spoke if c.last_spoke >= 0 else 50
        agree = float(s.pronoun is not None and c.gender == s.pronoun)
        clash = float(s.pronoun is not None and c.gender is not None and c.gender != s.pronoun)
        f = {
            "is_rules": is_rules,
            "is_rules_direct": is_rules * (s.type == "direct"),
            "is_rules_indirect": is_rules * (s.type == "indirect"),
            "rules_none": float(rkey is None),
            "subj_here_1": float(c.subj_here == 1),
            "subj_here_2": float(c.subj_here == 2),
            "subj_here_3": float(c.subj_here == 3),
            "subj_prev_3": float(c.subj_prev == 3),
            "subj_prev_any": float(c.subj_prev > 0),
            "dist_mention": math.log1p(min(dist, 50)),
            "never_named": float(c.last < 0),
            "log_mentions": math.log1p(c.mentions),
            "spoke": float(c.spoke > 0),
            "log_spoke": math.log1p(c.spoke),
            "last_speaker": last_sp,
            "dist_spoke": math.log1p(min(dist_spoke, 50)),
            "spoke_next": float(n + 1 < len(sents) and _key(sents[n + 1].speaker or "") == k),
            "spoke_after": float(c.spoke_after > 0),
            "first_pos": c.first / max(1, len(sents)),
            "quoted": s.quoted,
            "quoted_x_last_speaker": s.quoted * last_sp,
            "quoted_x_subj_here": s.quoted * (c.subj_here >= 2),
            "pron_agree": agree,
            "pron_clash": clash,
            "pron_x_last_speaker": float(s.pronoun is not None) * last_sp,
            **{f"kind_{kd}": float(kd in c.kinds) for kd in KINDS},
            "n_cands": math.log1p(len(cands)),
            "rank_recency": math.log1p(recency[id(c)]),
        }
        rows.append([f[name] for name in FEATURES])
    return np.array(rows, dtype=float).reshape(len(cands), len(FEATURES))


def set_name(gset: acc.GoldSet) -> str:
    return gset.path.stem.removeprefix("speakers_gold").strip("_") or "gold"


def load_instances(gset: acc.GoldSet) -> tuple[list[Instance], pd.DataFrame]:
    """The gold statements of ``gset`` as ranking instances, and the rules' scored table."""
    gold = acc.load_gold(gset.path, gset.spans)
    table = acc.parsed_table(gset, gold)
    said = kit.attribute_speakers(table)
    res = acc.predictions(gold, said)
    matched = acc.matched_rows(gold, table)
    lex, flat = _lexicon(), _Flat(table)
    sid = table["sentence_id"].to_numpy()
    groups = table.groupby("article_id", sort=False).indices
    wanted = set(gold["article"])
    per_article: dict[str, tuple[_Article, list[Sentence], dict[int, int]]] = {}
    for aid, members in groups.items():
        if aid not in wanted:
            continue
        rows = np.asarray(members)
        rows = rows[np.argsort(sid[rows], kind="stable")]
        art = _Article(rows, table, flat, lex)
        art.run()
        sents = article_sentences(art, rows, said)
        per_article[aid] = (art, sents, {int(r): n for n, r in enumerate(rows)})
    out = []
    name = set_name(gset)
    for i, g in enumerate(gold.itertuples(index=False)):
        if g.type == "none":
            continue
        art, sents, pos = per_article[g.article]
        n = pos[matched[i]]
        cands = candidates(sents, n, art)
        rules = res["got"].iloc[i]
        rules = rules if isinstance(rules, str) else None
        out.append(
            Instance(
                set_name=name,
                article=str(g.article),
                gold_type=g.type,
                accepted=g.accepted,
                rules=rules,
                rules_type=res["got_type"].iloc[i] if isinstance(res["got_type"].iloc[i], str)
                else None,
                rules_right=bool(res["right"].iloc[i]),
                cands=cands,
                feats=featurise(sents, n, cands),
                right=np.array([_right(c.name, g.accepted) for c in cands], dtype=bool),
            )
        )
    return out, res


# --- learning -----------------------------------------------------------------------------------


def make_model(kind: str, c: float):
    from sklearn.ensemble import HistGradientBoostingClassifier
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    if kind == "gb":
        return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=0)
    return make_pipeline(StandardScaler(), LogisticRegression(C=c, max_iter=5000))


def fit(train: list[Instance], kind: str, c: float):
    x = np.vstack([i.feats for i in train if len(i.cands)])
    y = np.concatenate([i.right for i in train if len(i.cands)])
    model = make_model(kind, c)
    model.fit(x, y)
    return model


def choose(model, inst: list[Instance], *, deploy: bool) -> list[str | None]:
    """The ranker's speaker for each instance: the best-scored candidate. With ``deploy``,
    only where the rules took the sentence for a statement (they gave it a type); elsewhere
    the rules' own answer (none) stands, as a reranker inside the rules would do it."""
    out: list[str | None] = []
    for i in inst:
        if not i.cands or (deploy and i.rules_type is None):
            out.append(i.rules)
            continue
        p = model.predict_proba(i.feats)[:, 1]
        out.append(i.cands[int(np.argmax(p))].name)
    return out


@dataclass
class Tally:
    n: Counter = field(default_factory=Counter)  # gold statements by type
    rules: Counter = field(default_factory=Counter)  # right by the rules, by type
    ranker: Counter = field(default_factory=Counter)
    ceiling: Counter = field(default_factory=Counter)
    gained: int = 0  # wrong -> right
    lost: int = 0  # right -> wrong
    swapped: int = 0  # wrong -> another wrong

    def add(self, inst: list[Instance], picks: list[str | None]) -> None:
        for i, pick in zip(inst, picks, strict=True):
            ok = _right(pick, i.accepted)
            t = i.gold_type
            self.n[t] += 1
            self.rules[t] += i.rules_right
            self.ranker[t] += ok
            self.ceiling[t] += bool(i.right.any())
            self.gained += ok and not i.rules_right
            self.lost += i.rules_right and not ok
            self.swapped += (not ok and not i.rules_right and _key(pick or "") != _key(i.rules or ""))

    def __iadd__(self, other: Tally) -> Tally:
        for a in ("n", "rules", "ranker", "ceiling"):
            getattr(self, a).update(getattr(other, a))
        self.gained += other.gained
        self.lost += other.lost
        self.swapped += other.swapped
        return self


def _r(k: int, n: int) -> str:
    return f"{k:4}/{n:<4} {100 * k / n:5.1f}" if n else f"{'-':>15}"


def print_table(rows: list[tuple[str, Tally]]) -> None:
    print(
        f"{'held-out set':22}{'direct: rules':>17}{'ranker':>16}{'reported: rules':>17}"
        f"{'ranker':>16}{'ceiling':>9}{'gain':>6}{'loss':>6}"
    )
    for name, t in rows:
        n_all = t.n["direct"] + t.n["indirect"]
        print(
            f"{name:22}{_r(t.rules['direct'], t.n['direct']):>17}"
            f"{_r(t.ranker['direct'], t.n['direct']):>16}"
            f"{_r(t.rules['indirect'], t.n['indirect']):>17}"
            f"{_r(t.ranker['indirect'], t.n['indirect']):>16}"
            f"{sum(t.ceiling.values()):>5}/{n_all:<4}{t.gained:>5}{t.lost:>6}"
        )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="load only the sets whose file name contains this")
    ap.add_argument("--model", choices=("lr", "gb"), default="lr")
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of lr")
    args = ap.parse_args()
    _bbc.require()
    sets = [g for g in acc.GOLD_SETS if g.tuned and g.path.is_file()]
    if args.only:
        sets = [g for g in sets if args.only in g.path.name]
    data = {set_name(g): load_instances(g)[0] for g in sets}
    total = sum(len(v) for v in data.values())
    print(f"{len(data)} development sets, {total} gold statements; model {args.model}, C {args.c}")
    for deploy in (True, False):
        print(
            "\n== leave one set out, "
            + (
                "reranking only where the rules found a statement (deployable) =="
                if deploy
                else "ranker picks for every gold statement (detection given) =="
            )
        )
        rows, pooled, recent = [], Tally(), Tally()
        for name, inst in data.items():
            model = fit([i for k, v in data.items() if k != name for i in v], args.model, args.c)
            t = Tally()
            t.add(inst, choose(model, inst, deploy=deploy))
            rows.append((name, t))
            pooled += t
            if name in RECENT:
                recent += t
        print_table([*rows, ("recent three pooled", recent), ("all sets pooled", pooled)])
        better = sum(
            t.ranker.total() > t.rules.total() for _, t in rows
        )
        worse = sum(t.ranker.total() < t.rules.total() for _, t in rows)
        print(
            f"ranker better on {better} sets, worse on {worse}, equal on {len(rows) - better - worse};"
            f" statements right: rules {pooled.rules.total()}, ranker {pooled.ranker.total()}, "
            f"ceiling {pooled.ceiling.total()} of {pooled.n.total()}; wrong->right {pooled.gained},"
            f" right->wrong {pooled.lost}, wrong->other wrong {pooled.swapped}"
        )


if __name__ == "__main__":
    main()
