"""A learned statement detector over the rules' own reading of each sentence (benchmark side).

Used by ``speakers_learned.py``, which trains and cross-validates it against the rules; it is
not part of ``kit`` because it did not beat the rules (see that benchmark's docstring). It is
written as it would run inside the package: numpy only at run time, the weights a plain dict.

The rules (``kit/speakers/_resolve.py``) decide whether a sentence is a direct quote, reported
speech or narration. :func:`sentence_features` describes a sentence by what the parse and the
rules already give: the rules' decision and cue, quotation marks and where they are, a colon,
"according to", the verbs outside quotes and their relation to the root, the root's subject
(person, organisation, pronoun, speaker noun, common noun), tense, the sentence's place in the
article and the rules' decision on the sentences around it. A multinomial logistic regression
over those binary features (fitted with scikit-learn in the benchmark) is kept as a
:class:`StatementModel`, which scores the three labels with numpy alone, so each decision is
the sum of a few named weights (:meth:`StatementModel.explain`).

:func:`revise` applies a model to the rules' result for one article: a sentence the model
calls narration loses its speaker; one it calls a statement, where the rules found none, takes
its speaker from the rules' own finders (a reporting clause, the subject of the root verb or
the agent of a passive one, "according to", or for a quotation the speaker it continues).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

from kit.sentences import WORDLESS_POS
from kit.speakers._arrays import _Sent
from kit.speakers._constants import _NAME_ENTS, _PRONOUNS
from kit.speakers._cues import _frames, _lead_frame, _subject_of
from kit.speakers._frame import _Frame
from kit.speakers._quoting import _FIRST_PERSON
from kit.speakers._resolve import _Article, _Said
from kit.speakers._spans import _cue_token
from kit.speakers._subjects import _agent_of, _subject_frame

LABELS = ("none", "direct", "indirect")

_SUBJ_DEPS = frozenset({"nsubj", "nsubjpass"})
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "shall"})
_AUX_KEPT = _MODALS | {"have", "be", "do"}
_SPEAKING_ENTS = _NAME_ENTS | {"PERSON"}


# --- the model ------------------------------------------------------------------------------


@dataclass(frozen=True)
class StatementModel:
    """Weights of a multinomial logistic regression over named binary features.

    ``scores(features)`` is ``intercept + sum(weights[f] for f in features)``, one score a
    label of ``labels``; features the model does not know add nothing.
    """

    labels: tuple[str, ...]
    intercept: np.ndarray
    weights: dict[str, np.ndarray]
    margin: float = 0.0  # how much likelier than the rules' label a label must be to win

    def scores(self, features: list[str]) -> np.ndarray:
        out = self.intercept.copy()
        for f in features:
            w = self.weights.get(f)
            if w is not None:
                out += w
        return out

    def probabilities(self, features: list[str]) -> np.ndarray:
        z = self.scores(features)
        e = np.exp(z - z.max())
        return e / e.sum()

    def predict(self, features: list[str], rule: str | None = None) -> str:
        """The likeliest label; with the rules' label ``rule``, that label unless another is
        more probable by more than ``margin`` (a tie keeps the rules' label)."""
        p = self.probabilities(features)
        best = int(np.argmax(p))
        if rule is not None and p[best] - p[self.labels.index(rule)] <= self.margin:
            return rule
        return self.labels[best]

    def explain(self, features: list[str], label: str, k: int = 5) -> list[tuple[str, float]]:
        """The ``k`` features that pushed most towards ``label`` against the other labels
        (weight for ``label`` minus the mean of the others), largest first."""
        j = self.labels.index(label)
        pushes = []
        for f in set(features):
            w = self.weights.get(f)
            if w is not None:
                pushes.append((f, float(w[j] - np.delete(w, j).mean())))
        return sorted(pushes, key=lambda p: -p[1])[:k]

    def to_dict(self) -> dict:
        return {
            "labels": list(self.labels),
            "margin": self.margin,
            "intercept": [round(float(x), 5) for x in self.intercept],
            "weights": {
                f: [round(float(x), 5) for x in w] for f, w in sorted(self.weights.items())
            },
        }

    @classmethod
    def from_dict(cls, data: dict, *, where: str = "the model") -> StatementModel:
        """A model from its JSON form; a ValueError naming ``where`` when it is malformed."""
        try:
            labels = tuple(data["labels"])
            intercept = np.asarray(data["intercept"], dtype=float)
            weights = {str(f): np.asarray(w, dtype=float) for f, w in data["weights"].items()}
            margin = float(data.get("margin", 0.0))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ValueError(f"{where}: not a statement model ({exc!r})") from None
        if set(labels) != set(LABELS) or intercept.shape != (len(labels),):
            raise ValueError(f"{where}: labels must be {LABELS} with one intercept each")
        bad = [f for f, w in weights.items() if w.shape != (len(labels),)]
        if bad:
            raise ValueError(f"{where}: weights of {bad[:3]} need {len(labels)} numbers each")
        return cls(labels, intercept, weights, margin)


# --- features -------------------------------------------------------------------------------


def article_features(art: _Article) -> list[list[str]]:
    """:func:`sentence_features` of every sentence of an article the rules have run on."""
    return [sentence_features(art, n) for n in range(len(art.sents))]


def sentence_features(art: _Article, n: int) -> list[str]:
    """The named binary features of sentence ``n`` of ``art`` (after ``art.run()``)."""
    s, said, lex = art.sents[n], art.said[n], art.lex
    rule = said.type or "none"
    out = [f"rule:{rule}"]
    if said.type:
        out.append(f"rule_kind:{said.kind or 'nobody'}")
        at = _cue_token(s, said.cue, lex) if said.cue else None
        cue = s.lemma[at].lower() if at is not None else (said.cue or "").lower()
        out.append(f"rule_cue:{cue or 'none'}")
    if said.unknown:
        out.append("rule_unknown")
    if said.reported_by:
        out.append("rule_outlet")
    words = [k for k, p in enumerate(s.pos) if p not in WORDLESS_POS]
    out += _quote_features(s, words)
    out += _clause_features(s, lex)
    out.append(f"position:{_bucket(n, (0, 1, 2, 5, 10))}")
    out.append(f"length:{_bucket(len(words), (5, 10, 20, 35))}")
    pids = art.flat.rows["paragraph_id"][art.rows]
    if n == 0 or pids[n] != pids[n - 1]:
        out.append("paragraph_first")
    outside = [k for k in range(len(s.text)) if not s.quoted[k]]
    if any(s.lower[k] in _FIRST_PERSON for k in outside):
        out.append("first_person")
    if any(s.lower[k] == "you" for k in outside):
        out.append("second_person")
    if s.text and s.text[-1] == "?":
        out.append("question")
    if s.text and s.text[0] in "-–—•":
        out.append("dash_start")
    ents = {s.ent[k][2:] for k in outside if s.ent[k] != "O"}
    out += [f"entity:{e}" for e in sorted(ents & ({"PERSON"} | _NAME_ENTS))]
    for d, k in (("prev", n - 1), ("next", n + 1)):
        if 0 <= k < len(art.said):
            out.append(f"{d}:{art.said[k].type or 'none'}")
        else:
            out.append(f"{d}:edge")
    if n and art.ends_colon[n - 1]:
        out.append("prev_colon")
    if n and art.sents[n - 1].quoted and art.sents[n - 1].quoted[-1] and s.quoted and s.quoted[0]:
        out.append("quote_from_prev")
    return out


def _bucket(x: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if x <= e:
            return f"<={e}"
    return f">{edges[-1]}"


def _quote_features(s: _Sent, words: list[int]) -> list[str]:
    quoted = [k for k in words if s.quoted[k]]
    if not quoted:
        return ["quote:none"]
    share = len(quoted) / len(words)
    out = ["quote:all" if share == 1 else f"quote:{_bucket(round(10 * share), (2, 4, 7, 9))}"]
    if s.quoted[words[0]]:
        out.append("quote_opens")
    if s.quoted[words[-1]]:
        out.append("quote_closes")
    runs = sum(1 for i, k in enumerate(quoted) if i == 0 or k != quoted[i - 1] + 1)
    out.append(f"quote_runs:{min(runs, 3)}")
    first = quoted[0]
    if ":" in s.text[max(0, first - 2) : first]:
        out.append("quote_after_colon")
    if s.text[first][:1].isupper():
        out.append("quote_capital")
    return out


def _clause_features(s: _Sent, lex) -> list[str]:
    out = []
    outside = [k for k in range(len(s.text)) if not s.quoted[k]]
    if any(s.text[k] == ":" for k in outside):
        out.append("colon")
    if any(
        s.lower[k] == "according" and k + 1 < len(s.text) and s.lower[k + 1] == "to"
        for k in outside
    ):
        out.append("according_to")
    for k in outside:
        if s.pos[k] not in ("VERB", "AUX") or s.dep[k] in ("aux", "auxpass"):
            continue
        lemma = s.lemma[k].lower()
        if lemma in lex.verbs:
            out.append(f"speech_verb:{s.dep[k]}")
            out.append(f"speech_verb_tag:{s.tag[k]}")
        if s.pos[k] == "VERB":
            out.append(f"verb:{lemma}")
    root = next((k for k in range(len(s.text)) if s.head[k] == k), None)
    if root is None:
        return out
    out.append(f"root_pos:{s.pos[root]}")
    out.append(f"root_tag:{s.tag[root]}")
    if s.quoted[root]:
        out.append("root_quoted")
        return out
    out.append(f"root:{s.lemma[root].lower()}")
    kids = s.children(root)
    for k in kids:
        if s.dep[k] in ("aux", "auxpass") and s.lemma[k].lower() in _AUX_KEPT:
            out.append(f"aux:{s.lemma[k].lower()}")
        if s.dep[k] == "auxpass":
            out.append("passive")
        if s.dep[k] in ("ccomp", "xcomp", "dobj", "parataxis", "agent", "advcl", "prep"):
            out.append(f"root_has:{s.dep[k]}")
        if s.dep[k] == "ccomp" and any(s.lower[m] == "that" for m in s.children(k)):
            out.append("root_that")
    subj = next((k for k in kids if s.dep[k] in _SUBJ_DEPS), None)
    out.append(f"subject:{_subject_type(s, subj, lex)}")
    if subj is not None and s.pos[subj] == "NOUN":
        out.append(f"subject_noun:{s.lemma[subj].lower()}")
    return out


def _subject_type(s: _Sent, k: int | None, lex) -> str:
    if k is None:
        return "none"
    if s.quoted[k]:
        return "quoted"
    ent, low, lemma = s.ent[k][2:], s.lower[k], s.lemma[k].lower()
    if ent == "PERSON":
        return "person"
    if ent in ("ORG",):
        return "org"
    if ent in _NAME_ENTS:
        return "place"
    if low in _PRONOUNS or low in ("i", "we", "you"):
        return f"pronoun:{low}"
    if s.pos[k] == "PRON":
        return "pronoun:other"
    if lemma in lex.speaker_nouns or lemma in lex.person_nouns:
        return "speaker_noun"
    if lemma in lex.doc_nouns:
        return "document"
    if s.pos[k] == "PROPN":
        return "name"
    return "noun"


# --- applying a model -----------------------------------------------------------------------


def revise(art: _Article, saids: list[_Said], model: StatementModel | None) -> list[_Said]:
    """The rules' result ``saids`` for ``art``, changed where ``model`` (``None``: no change)
    disagrees on whether each sentence is a statement."""
    if model is None:
        return saids
    out = list(saids)
    for n, features in enumerate(article_features(art)):
        rule = saids[n].type or "none"
        label = model.predict(features, rule)
        if label == rule:
            continue
        if label == "none":
            out[n] = _Said()
        elif rule != "none":
            out[n] = replace(saids[n], type=label)
        else:
            out[n] = _found(art, n, label)
    return out


def _found(art: _Article, n: int, label: str) -> _Said:
    """Sentence ``n`` read as a statement of type ``label`` that the rules left as narration:
    its speaker from the rules' finders, or no statement when they find nobody (a quotation
    stays ``"direct"`` with no speaker, as the rules leave one)."""
    s, lex = art.sents[n], art.lex
    said = _Said()
    frames = _frames(s, lex, direct=label == "direct", propers=art.propers)
    if not frames and label == "direct":
        lead = _lead_frame(s, lex, propers=art.propers)
        frames = [lead] if lead else []
    if not frames:
        frames = _root_frames(s, lex, art.propers)
    if frames:
        art._resolve_frames(n, frames, said)
    if label == "direct" and not said.speaker:
        art._continue_quote(n, said)
    if label == "indirect" and not said.speaker:
        return _Said()
    said.type = label
    return said


def _root_frames(s: _Sent, lex, propers: dict) -> list[_Frame]:
    """The subject (or the agent of a passive) of the root verb as a reporting clause whose
    cue is that verb: the candidate speaker of a statement with no cue the rules know. With
    no subject in the parse, the name nearest before the verb ("On Friday Ford Motor Company
    announced ...", where the parse hung the name on "On")."""
    root = next((k for k in range(len(s.text)) if s.head[k] == k), None)
    if root is None or s.quoted[root] or s.pos[root] not in ("VERB", "AUX"):
        return []
    subj = _agent_of(s, root)
    if subj is None:
        subj = _subject_of(s, root)
    if subj is None:
        names = [k for k in range(root) if s.ent[k][2:] in _SPEAKING_ENTS and not s.quoted[k]]
        subj = s.ent_span(names[-1])[1] - 1 if names else None
    if subj is None or s.quoted[subj]:
        return []
    f = _subject_frame(s, subj, lex, cue=s.text[root], depth=0, propers=propers)
    if f is None and s.text[subj].isupper() and len(s.text[subj]) > 1:
        f = _Frame(s.text[root], "propn", s.text[subj], 0)  # "UNICEF reported", untagged
    if f is None:
        return []
    f.verb = root
    return [f]
