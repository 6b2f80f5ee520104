"""What a sentence's shape says about who speaks in it: whether a cue brings in its quotation, a
colon before a quote, quotations that open the sentence or cover only part of it, and first and
third person."""

from __future__ import annotations

from ..sentences import WORDLESS_POS
from ._arrays import _Sent
from ._cues import _quoted_name
from ._frame import _Frame
from ._spans import _finite


def _introduces(s: _Sent, f: _Frame) -> bool:
    """Whether the cue of frame ``f`` brings in a quotation of the sentence: a word of the
    quotation hangs on the cue ('Parry explained: "Steve has never been used ..."'), or the
    colon before it does. A cue whose quote is a fragment deeper in its clause ('accused
    Liverpool of using him as "a stalking horse"') does not."""
    v = f.verb
    if v < 0 or s.quoted[v]:
        return False
    colon = _colon_quote(s)
    if colon is not None and s.head[colon] == v:
        return True
    return any(s.quoted[k] and s.pos[k] not in WORDLESS_POS for k in s.children(v))


def _colon_quote(s: _Sent) -> int | None:
    """Where a quotation of the sentence opens straight after a colon outside quotes (the
    colon's token), else ``None``."""
    for k in range(1, len(s.text)):
        if s.quoted[k] and not s.quoted[k - 1]:
            c = k - 1 if s.pos[k - 1] != "PUNCT" or s.text[k - 1] == ":" else k - 2
            if c >= 0 and s.text[c] == ":" and not s.quoted[c]:
                return c
    return None


_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "i've", "i'm"})


def _first_person(s: _Sent, t: int) -> bool:
    """Whether token ``t`` is "I", "we" or another first-person word; "US" in capitals is the
    country ("US coach Tom Hart wants ..."), not "us"."""
    return s.lower[t] in _FIRST_PERSON and s.text[t] != "US"


_THIRD = {"m": ("he", "him", "his"), "f": ("she", "her", "hers")}


def _third_person(s: _Sent, gender: str | None) -> bool:
    """Whether the sentence's quotation speaks of someone as "he" or "she" of ``gender``
    (either, when it is not known): then it is about that person, not by them."""
    words = {s.lower[k] for k in range(len(s.text)) if s.quoted[k]}
    forms = _THIRD.get(gender or "", _THIRD["m"] + _THIRD["f"])
    return not words.isdisjoint(forms)


def _passive(s: _Sent) -> bool:
    """Whether the sentence's main verb is passive ("Ann Bee was asked: ...")."""
    root = next((k for k in range(len(s.dep)) if s.dep[k] == "ROOT"), None)
    return root is not None and any(s.dep[k] == "auxpass" for k in s.children(root))


def _shop_name(s: _Sent, verb: int, name: str) -> bool:
    """Whether ``name`` is written with "'s" straight before the cue ``verb`` ("Foster's
    said", "Sainsbury's added"): a name, since a possessive never comes before a verb."""
    return (
        verb >= 2
        and s.text[verb - 1] in ("'s", "’s")
        and s.text[verb - 2] == name.split()[-1]
        and s.pos[verb] in ("VERB", "AUX")
    )


def _same_start_or_end(a: list[str], b: list[str]) -> bool:
    """Whether one name is the other or its first or last words ("Kraft", "Kraft Foods")."""
    short, long = sorted((a, b), key=len)
    return long[: len(short)] == short or long[-len(short) :] == short


def _in_order(letters: list[str], initials: list[str]) -> bool:
    """Whether ``letters`` are ``initials[0]`` and then others of ``initials`` in order."""
    if not letters or not initials or letters[0] != initials[0]:
        return False
    rest = iter(initials[1:])
    return all(c in rest for c in letters[1:])


def _opens_quoted(s: _Sent) -> bool:
    """Whether the sentence opens with a quoted clause of three words or more, whatever the
    length of the attribution after it ('"This budget is about survival," Finance Minister
    Olena Koval told lawmakers before the vote.')."""
    first = next((k for k, p in enumerate(s.pos) if p not in WORDLESS_POS), None)
    if first is None or not s.quoted[first]:
        return False
    k = first
    while k < len(s.quoted) and s.quoted[k]:
        k += 1
    if _quoted_name(s, first, k):
        return False  # '"Build Back Better" is ...': a quoted name, the sentence's subject
    return sum(p not in WORDLESS_POS for p in s.pos[first:k]) >= 3


def _partial_quote(s: _Sent) -> bool:
    """Whether every quotation of the sentence is a fragment inside the reporter's clause:
    it opens after words of the sentence, not after a colon or a comma, with a small letter
    ('called the plan "reckless" and "a gift to smugglers"')."""
    runs = [k for k in range(len(s.quoted)) if s.quoted[k] and (k == 0 or not s.quoted[k - 1])]
    if not runs:
        return False
    for k in runs:
        if k < 2 or s.pos[k - 1] != "PUNCT" or s.text[k - 2] in (":", ","):
            return False
        word = next((m for m in range(k, len(s.text)) if s.text[m].strip("[].…")), k)
        first = s.text[word].lstrip("[")  # '"[are] eager": the first letter tells
        if not first[:1].islower():
            return False
    return True


def _clause_quoted(s: _Sent) -> set[int]:
    """The verbs whose whole reported clause a quotation of sentence ``s`` is
    (:func:`_quoted_clause`)."""
    runs = [k for k in range(2, len(s.quoted)) if s.quoted[k] and not s.quoted[k - 1]]
    return {k - 2 for k in runs if s.pos[k - 1] == "PUNCT" and _quoted_clause(s, k)}


def _quoted_clause(s: _Sent, k: int) -> bool:
    """Whether the quotation opening at ``k`` is the whole clause the verb right before its
    mark reports, with a subject and a finite verb of its own ('the motion says "any
    takeover ... would be against ..."', 'the notice claimed "comments ... make clear
    ..."'): the words quoted whole, not a fragment in the reporter's clause."""
    v = k - 2
    if s.pos[v] != "VERB" or s.lemma[v] == "be" or s.quoted[v]:
        return False
    end = next((m for m in range(k, len(s.text)) if not s.quoted[m]), len(s.text))
    for c in s.children(v):
        if s.dep[c] != "ccomp" or not k <= c < end:
            continue
        subj = any(s.dep[a] in ("nsubj", "nsubjpass", "expl") for a in s.children(c))
        if _finite(s, c) and subj and min(s.subtree(c)) == k:
            return True
    return False
