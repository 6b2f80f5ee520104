"""Does a learned speaker RANKER beat the rules? Leave one set out over the development sets.

``speakers_learned.py`` tried a learned statement DETECTOR and tied the rules. This asks the
other question: given a gold statement, does a model that ranks candidate speakers pick the
right one more often than the rules do?

Instances: every gold statement (direct or reported) of the development sets of
``speakers_accuracy.py`` (``tuned=True``; never the validation or never-tuned sets), matched
to the parsed sentence and scored as that benchmark scores (``load_gold``, ``predictions``,
the ``accepted`` name forms). Candidates of a statement: the rules' own speaker (as
``kit.attribute_speakers`` gives it); the rules' speakers of the other sentences of the
article, up to and including the next one; and everyone the sentences up to and including
it name, from the rules' own structures (``_Article.mentions`` in the rules' canonical
person names, subjects and organisations named, groups as subjects, places) and the
tagger's PERSON/ORG/GPE/NORP/FAC entities (persons in the canonical form). Names are merged by
the scorer's ``_norm``. A candidate is right when one of its forms is accepted.

Features of a candidate (:data:`FEATURES`): whether it is the rules' choice (and of which
type), whether the rules gave anyone; named in this sentence, as a subject, as the main
subject; the main subject of the sentence before; distance in sentences to its last mention,
mentions so far, where it was first named; how often the rules credited it before, whether
it was the last speaker, how far back, whether the rules credit it in the next sentence or
later; the sentence's share of quoted words and its interactions with "last speaker" and
"subject here"; agreement or clash of its gender with a he/she subject outside quotes; what
found it (person, organisation, group, place, a rules' speaker); the number of candidates
and its rank by recency. Model: a logistic regression (scaled features; ``--model gb``
gradient boosting) scoring each candidate, the top one chosen. Leave one set out: trained
on the other 25 sets, tested on the held-out one. Two readings: "deployable" reranks only
where the rules took the sentence for a statement (a reranker inside the rules could do no
more; the rules' "none" stands), "detection given" lets the ranker pick for every gold
statement (an upper bound that assumes a perfect detector). ``--blind`` drops the features
of the rules' choice; ``--margin M`` keeps the rules' speaker unless another candidate scores
more than M higher.

Caveat: the rules were tuned on every one of these sets, so their figures here are
optimistic (held out is held out from the ranker's weights only); and the ranker itself
leans on the rules' choice. The never-tuned set would be the honest judge; it was not used.

Result (2026-12-01, rules of r12-start, 26 development sets, 6,181 gold statements: 3,011
direct, 3,170 reported). Candidate ceiling: an accepted form is among the candidates for
5,940 (96.1%; direct 98.6%, reported 93.8%; 13.8 candidates a statement); the rules' own
speaker alone 5,454 (88.2%), plus the rules' speakers of the article 5,691, names alone
5,517, names of the sentence itself 3,337. The rules get 5,454 right.

- Deployable, logistic regression: 5,463 right (+9, 0 lost); better on 5 sets, equal on 21.
  It never overrules a speaker the rules gave: of the 163 statements where the rules chose
  a wrong speaker and a right candidate existed, it fixes 0. All 9 gains are among the 24
  gold statements the rules typed but left without a speaker (direct quotes whose speaker
  the rules chose not to guess); there it picks 9 right and 15 wrong, and the same rule
  would also give a speaker to the 2 gold narration sentences the rules typed that way, so
  speakers given rise by 26 of which 9 are right: precision falls, recall rises by 0.15
  points. The three sets promoted last (seed9009, seed10010, seed11011): 1,572 -> 1,579 of
  1,793. Gradient boosting: the same 5,463, again 0 of the 163.
- Blind to the rules' choice: far worse, 5,112 (39 gained, 381 lost; it does fix 31 of the
  163). With a margin over the rules' choice: 5,357 (0.3), 5,420 (0.5), 5,450 (0.7); worse
  than the rules at every margin tried.
- Detection given (not deployable): 5,664 (logistic) / 5,660 (boosting) right, +210, 0
  lost; of the 435 gold statements the rules took for narration it places the right
  speaker for 201 (46%). So the earlier finding ("the statements the rules miss are mostly
  ones whose speaker the finders cannot place") holds for the rules' finders but not for
  the candidates: about half of the missed statements have a speaker a ranker can place.
  Using that needs a detector that finds those statements without crediting narration,
  which ``speakers_learned.py`` did not manage.

Judgement: as a speaker ranker inside the rules, no gain beyond noise (+9 of 6,181, all
where the rules abstain, bought with 17 wrong speakers). Where the rules already name a
speaker they are right 95% of the time (5,454 of 5,722) and the wrong ones are mostly
naming or deep coreference ("US Supreme Court" for "Supreme Court", "report" for the body
that wrote it, a quote's speaker named paragraphs before) that these features do not tell
apart. ``kit`` does not use it. Needs scikit-learn, which kit does not depend on.

    .venv/bin/python benchmarks/speakers_ranker.py [--model lr|gb] [--c C] [--blind]
        [--margin M] [--cache PATH] [--only PART]
"""

from __future__ import annotations

import argparse
import math
import pickle
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

        def add(name: str | None, rank: int, kind: str, named=named, kinds=kinds) -> None:
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
                type=said.at[r, "speaker_type"]
                if isinstance(said.at[r, "speaker_type"], str)
                else None,
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
                rules_type=res["got_type"].iloc[i]
                if isinstance(res["got_type"].iloc[i], str)
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


RULE_COLUMNS = [j for j, f in enumerate(FEATURES) if f.startswith(("is_rules", "rules_none"))]


def _x(feats: np.ndarray, blind: bool) -> np.ndarray:
    return np.delete(feats, RULE_COLUMNS, axis=1) if blind else feats


def fit(train: list[Instance], kind: str, c: float, blind: bool = False):
    x = _x(np.vstack([i.feats for i in train if len(i.cands)]), blind)
    y = np.concatenate([i.right for i in train if len(i.cands)])
    model = make_model(kind, c)
    model.fit(x, y)
    return model


def scores(model, inst: list[Instance], blind: bool = False) -> list[np.ndarray]:
    """The model's probability that each candidate is right, one array an instance (one
    batched call: a call a sentence is slow for gradient boosting)."""
    rows = [i.feats for i in inst if len(i.cands)]
    if not rows:
        return [np.zeros(0) for _ in inst]
    p = model.predict_proba(_x(np.vstack(rows), blind))[:, 1]
    out, at = [], 0
    for i in inst:
        out.append(p[at : at + len(i.cands)])
        at += len(i.cands)
    return out


def choose(
    inst: list[Instance], probs: list[np.ndarray], *, deploy: bool, margin: float = 0.0
) -> list[str | None]:
    """The ranker's speaker for each instance: the best-scored candidate. With ``deploy``,
    only where the rules took the sentence for a statement (they gave it a type); elsewhere
    the rules' own answer (none) stands, as a reranker inside the rules would do it. With
    ``margin``, the rules' speaker, when they gave one, stands unless another candidate
    scores higher by more than the margin (in probability)."""
    out: list[str | None] = []
    for i, p in zip(inst, probs, strict=True):
        if not i.cands or (deploy and i.rules_type is None):
            out.append(i.rules)
            continue
        best = int(np.argmax(p))
        if margin and i.rules is not None:
            ours = [j for j, c in enumerate(i.cands) if _key(c.name) == _key(i.rules)]
            if ours and p[best] - p[ours[0]] <= margin:
                best = ours[0]
        out.append(i.cands[best].name)
    return out


def ceilings(data: dict[str, list[Instance]]) -> None:
    """How often an accepted form is among the candidates, by where candidates come from."""
    every = [i for v in data.values() for i in v]
    print(f"\ncandidate recall (an accepted form among the candidates), {len(every)} statements:")
    print(f"  mean candidates a statement: {np.mean([len(i.cands) for i in every]):.1f}")
    tests = {
        "the rules' own speaker only": lambda i, c: _key(c.name) == _key(i.rules or "\0"),
        "+ the rules' speakers of the article up to the next sentence": lambda i, c: (
            "speaker" in c.kinds
        ),
        "names only (rules' structures + entities, up to here)": lambda i, c: c.last >= 0,
        "names in this sentence only": lambda i, c: c.subj_here > 0,
        "all candidates": lambda i, c: True,
    }
    for label, ok in tests.items():
        hit = sum(any(r and ok(i, c) for c, r in zip(i.cands, i.right, strict=True)) for i in every)
        print(f"  {label:62}{hit:6} ({100 * hit / len(every):.1f}%)")
    for name, sub in (("direct", "direct"), ("reported", "indirect")):
        part = [i for i in every if i.gold_type == sub]
        hit = sum(i.right.any() for i in part)
        print(f"  all candidates, {name:10}{hit:6} of {len(part)} ({100 * hit / len(part):.1f}%)")


@dataclass
class Tally:
    n: Counter = field(default_factory=Counter)  # gold statements by type
    rules: Counter = field(default_factory=Counter)  # right by the rules, by type
    ranker: Counter = field(default_factory=Counter)
    ceiling: Counter = field(default_factory=Counter)
    gained: int = 0  # wrong -> right
    lost: int = 0  # right -> wrong
    swapped: int = 0  # wrong -> another wrong
    # by what the rules did: statements, the rules right, the ranker right
    cases: dict[str, list[int]] = field(default_factory=dict)

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
            self.swapped += not ok and not i.rules_right and _key(pick or "") != _key(i.rules or "")
            case = _case(i)
            row = self.cases.setdefault(case, [0, 0, 0])
            row[0] += 1
            row[1] += i.rules_right
            row[2] += ok

    def __iadd__(self, other: Tally) -> Tally:
        for a in ("n", "rules", "ranker", "ceiling"):
            getattr(self, a).update(getattr(other, a))
        self.gained += other.gained
        self.lost += other.lost
        self.swapped += other.swapped
        for k, v in other.cases.items():
            row = self.cases.setdefault(k, [0, 0, 0])
            for j in range(3):
                row[j] += v[j]
        return self


CASES = {
    "a": "the rules gave a speaker, right",
    "b": "the rules gave a wrong speaker, a right candidate exists",
    "c": "the rules gave a wrong speaker, no right candidate",
    "d": "the rules took it for a statement with no speaker",
    "e": "the rules took it for narration",
}


def _case(i: Instance) -> str:
    if i.rules is not None:
        return "a" if i.rules_right else ("b" if i.right.any() else "c")
    return "d" if i.rules_type is not None else "e"


def print_cases(t: Tally) -> None:
    print("pooled, by what the rules did (statements: rules right, ranker right, ceiling):")
    for k, label in CASES.items():
        n, r, m = t.cases.get(k, [0, 0, 0])
        print(f"  {label:58}{n:6}: rules {r:5}, ranker {m:5}")


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


def run(data: dict[str, list[Instance]], kind: str, c: float, blind: bool, margin: float) -> None:
    """Leave one set out: fit on the others, score the held-out set, both ways of using it."""
    probs = {}
    for name, inst in data.items():
        train = [i for k, v in data.items() if k != name for i in v]
        probs[name] = scores(fit(train, kind, c, blind), inst, blind)
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
            t = Tally()
            t.add(inst, choose(inst, probs[name], deploy=deploy, margin=margin))
            rows.append((name, t))
            pooled += t
            if name in RECENT:
                recent += t
        print_table([*rows, ("recent three pooled", recent), ("all sets pooled", pooled)])
        better = sum(t.ranker.total() > t.rules.total() for _, t in rows)
        worse = sum(t.ranker.total() < t.rules.total() for _, t in rows)
        print(
            f"ranker better on {better} sets, worse on {worse}, equal on "
            f"{len(rows) - better - worse}; statements right: rules {pooled.rules.total()}, "
            f"ranker {pooled.ranker.total()}, ceiling {pooled.ceiling.total()} of "
            f"{pooled.n.total()}; wrong->right {pooled.gained}, right->wrong {pooled.lost}, "
            f"wrong->other wrong {pooled.swapped}"
        )
        print_cases(pooled)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", help="load only the sets whose file name contains this")
    ap.add_argument("--model", choices=("lr", "gb"), default="lr")
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength of lr")
    ap.add_argument("--blind", action="store_true", help="leave out the rules' choice")
    ap.add_argument("--margin", type=float, default=0.0, help="lead needed to overrule")
    ap.add_argument("--cache", type=Path, help="keep the instances in this pickle (reused)")
    args = ap.parse_args()
    _bbc.require()
    if args.cache and args.cache.is_file():
        data = pickle.loads(args.cache.read_bytes())
    else:
        sets = [g for g in acc.GOLD_SETS if g.tuned and g.path.is_file()]
        if args.only:
            sets = [g for g in sets if args.only in g.path.name]
        data = {set_name(g): load_instances(g)[0] for g in sets}
        if args.cache:
            args.cache.write_bytes(pickle.dumps(data))
    total = sum(len(v) for v in data.values())
    print(
        f"{len(data)} development sets, {total} gold statements; model {args.model}, C {args.c},"
        f" margin {args.margin}" + (", blind to the rules' choice" if args.blind else "")
    )
    ceilings(data)
    run(data, args.model, args.c, args.blind, args.margin)


if __name__ == "__main__":
    main()
