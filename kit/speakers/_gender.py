"""A named person's gender as the article itself shows it, for "he" and "she" to skip people
of the other gender: the honorific (``honorifics.toml``, read with the name), a noun that
describes the person (``gendered_nouns.toml``: "actress Ann Bee", "Bee, his wife,", "Bee is
the mother of ..."), and "he", "him", "his", "she" or "her" in a clause whose subject the
person is, before anyone else is named ("Bee said she would ..."). Also whether a name the
tagger took for a person is written as a body's ("the Ospreys", "Blackburn are")."""

from __future__ import annotations

from collections import Counter

from .._resources import words
from ._arrays import _Sent
from ._lexicon import _lexicon, _person_noun
from ._names import _left_phrase, _span_head

# "f" or "m", as honorifics.toml writes them
_NOUNS = {w: g[0] for g in ("female", "male") for w in words("gendered_nouns", g)}
_FORMS = {"he": "m", "him": "m", "his": "m", "himself": "m"}
_FORMS |= {"she": "f", "her": "f", "hers": "f", "herself": "f"}
_BODY_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def _described(s: _Sent, a: int, b: int) -> tuple[str | None, set[int]]:
    """The gender the nouns describing the name at tokens ``a:b`` show, and those nouns:
    before it ("actress Ann Bee"), in apposition either way ("Bee, the first woman to ...",
    "his wife, Ann Bee"), or what "be" or "become" says the person is ("Bee is the mother of
    ..."); ``None`` when none does, or nouns of both genders do."""
    h = _span_head(s, a, b)
    nouns = [k for k in _left_phrase(s, h) if k < a]
    nouns += [k for k in s.children(h) if s.dep[k] == "appos"]
    if s.dep[h] == "appos":
        nouns.append(s.head[h])
    if s.dep[h] in ("nsubj", "nsubjpass") and s.lemma[s.head[h]] in ("be", "become"):
        nouns += [k for k in s.children(s.head[h]) if s.dep[k] == "attr"]
    found = {k for k in nouns if s.tag[k] == "NN" and s.lower[k] in _NOUNS and not s.quoted[k]}
    genders = {_NOUNS[s.lower[k]] for k in found}
    return (genders.pop() if len(genders) == 1 else None), found


def _referred(s: _Sent, a: int, b: int, end: int) -> str | None:
    """The gender of the third-person pronouns outside quotes after the name at tokens
    ``a:b`` and before token ``end``, in the clause the name is the subject of ("Bee said she
    would ...", "Bee lost her sight while ..."). ``None`` when the name is no subject, or
    pronouns of both genders or none follow."""
    h = _span_head(s, a, b)
    if s.dep[h] not in ("nsubj", "nsubjpass"):
        return None
    forms = {
        _FORMS[s.lower[k]]
        for k in s.subtree(s.head[h])
        if b <= k < end and s.lower[k] in _FORMS and not s.quoted[k]
    }
    return forms.pop() if len(forms) == 1 else None


def _evidence(s: _Sent, mentions: list[tuple[int, int, str]]) -> Counter:
    """(name, gender) votes of one sentence whose person mentions, in order, are
    ``mentions`` (tokens ``a:b`` and the person's name): a noun that describes any of them,
    and pronouns that follow the first person named before anyone else is (not "Bee met
    Ann Cole and praised her", nor "Bee met the actress and praised her": no noun for
    another person either, :func:`_personal`), when no pronoun comes before that person
    ("Her aims are simple, but Bee says she must ...": a sentence about someone else)."""
    votes: Counter = Counter()
    nouns: set[int] = set()
    for a, b, name in mentions:
        gender, found = _described(s, a, b)
        nouns |= found
        if gender:
            votes[name, gender] += 1
    first = mentions[0][2]
    end = next((a for a, _, name in mentions if name != first), len(s.text))
    if votes[first, "f"] or votes[first, "m"]:
        return votes  # the noun says it already
    if any(_personal(s, k) for k in set(range(end)) - nouns):
        return votes
    if any(s.lower[k] in _FORMS and not s.quoted[k] for k in range(mentions[0][0])):
        return votes  # "Her aims ... but Bee says she must ...": the sentence is about another
    for a, b, _ in (m for m in mentions if m[0] < end):
        gender = _referred(s, a, b, end)
        if gender:
            votes[first, gender] += 1
            break
    return votes


def _body_like(s: _Sent, a: int, b: int) -> bool:
    """Whether the mention at tokens ``a:b``, tagged as a person, treats the name as a body:
    after "the" ("with the Ospreys"), joined with a body's name ("against West Brom and
    Aston Villa"), or the subject of a plural verb by itself ("Blackburn are trying")."""
    h = _span_head(s, a, b)
    if a > 0 and s.lower[a - 1] == "the" and s.head[a - 1] == h:
        return True
    joined = [s.head[h]] if s.dep[h] == "conj" else []
    joined += [k for k in s.children(h) if s.dep[k] == "conj"]
    if joined and all(s.ent[k][2:] in _BODY_ENTS for k in joined):
        return True
    if s.dep[h] != "nsubj" or s.tag[h] != "NNP" or joined:
        return False
    verb = s.head[h]
    finite = next((k for k in s.children(verb) if s.dep[k] == "aux"), verb)  # "are trying"
    return s.tag[finite] == "VBP"  # "are", "have", "say": a plural


def _personal(s: _Sent, k: int) -> bool:
    """Whether token ``k`` is a noun for a person outside quotes, whom a pronoun after it
    may mean ("Lane said a road named after the guitarist would honour him"): one for a
    woman or a man, a person, a role or a title, or one in "-ist" or "-ian"."""
    if s.pos[k] != "NOUN" or s.quoted[k]:
        return False
    lex, noun = _lexicon(), s.lemma[k].lower()
    if noun in lex.speaker_nouns and noun not in lex.collective_nouns:
        return True
    return noun in _NOUNS or _person_noun(noun, lex)


def _settled(votes: Counter) -> dict[str, str]:
    """Each name's gender from its votes: the gender with more votes, when the other has
    at most half as many (a pronoun that meant someone else now and then is outvoted)."""
    out = {}
    for name in {n for n, _ in votes}:
        f, m = votes[name, "f"], votes[name, "m"]
        if f > 2 * m:
            out[name] = "f"
        elif m > 2 * f:
            out[name] = "m"
    return out
