"""The ``speaker_kind`` column: what sort of speaker a statement has (:func:`_speaker_kind`).

``person`` (a named person), ``organisation`` (a named body, an outlet, or a body named by a
common noun: "police", "the authorities", "the government"), ``group`` (people as a plural:
"analysts", "officials", "state legislators"), ``role`` (one unnamed office holder: "a Home
Office spokesman", "the minister"), ``anonymous`` (a source kept unnamed: "a person familiar
with the talks", "sources", "officials who spoke on condition of anonymity") or ``document``
("the lawsuit", "a report by X", "the statement"). Decided from the mention that the cue of
the sentence takes as its speaker (its head noun's class in
``kit/resources/speaker_kinds.toml``, whether it is plural, its determiner), else from the
resolved speaker's name and the attributor's own kind. A named person and a named body
stay what they are.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .._resources import words
from ._arrays import _Sent
from ._constants import _NAME_ENTS
from ._lexicon import _lexicon
from ._names import _Names
from ._spans import _said_noun, _set_off_cue

KINDS = ("person", "organisation", "group", "role", "anonymous", "document")
_OWN = {"org": "organisation", "outlet": "organisation", "organization": "organisation"}
_INDEFINITE = frozenset({"a", "an", "some", "one", "several"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


@dataclass(frozen=True)
class _Kinds:
    documents: frozenset[str]
    anonymous: frozenset[str]
    anonymity: tuple[str, ...]
    bodies: frozenset[str]


@lru_cache(maxsize=1)
def _kinds() -> _Kinds:
    lex = _lexicon()
    marked = {
        mark: {w.lower() for w in words("speaker_kinds", mark)}
        for mark in ("document", "anonymous", "anonymity", "body")
    }
    return _Kinds(
        documents=frozenset(marked["document"] | lex.doc_nouns),
        anonymous=frozenset(marked["anonymous"]),
        anonymity=tuple(sorted(marked["anonymity"])),
        bodies=frozenset(marked["body"] | lex.collective_nouns),
    )


def _speaker_kind(
    speaker: str | None, own: str | None, s: _Sent | None, mention: int | None
) -> str | None:
    """The kind of ``speaker``, whom the attributor took for ``own`` (person, org, outlet,
    group, role), with ``mention`` the token of sentence ``s`` that names the speaker when
    the sentence does (the subject of its cue, the object of its "according to")."""
    if not speaker:
        return None
    if own in ("person", "organisation", "anonymous", "document"):
        return own  # the attributor knew (group and role it guesses from the noun alone)
    kinds = _kinds()
    if mention is not None and s is not None and s.pos[mention] == "PRON":
        mention = None  # "it said": what "it" stands for, by its name
    if mention is not None and s is not None:
        head, plural = s.lemma[mention].lower(), s.tag[mention] in _PLURAL_TAGS
        dets = {s.lower[k] for k in s.children(mention) if s.dep[k] in ("det", "nummod")}
        named = s.ent[mention][2:] in _NAME_ENTS
        outlet = own == "outlet" and head in _lexicon().outlet_nouns
        if outlet and head not in speaker.lower().split():  # "the paper said", named before
            return "organisation"
        if s.ent[mention][2:] == "PERSON" and s.lower[s.ent_span(mention)[0]] != "the":
            return "person"  # a name the attributor did not know as a person's
        if head in kinds.documents and not named:
            return "document"
    else:
        words = speaker.lower().split()
        head, plural, dets, named = _singular(words[-1]), _plural(words[-1]), set(), own in _OWN
        if head in kinds.documents and not speaker[:1].isupper():
            return "document"
    if named or own in _OWN:
        return "organisation"
    said = " ".join(s.lower) if s is not None else speaker.lower()
    if head in kinds.anonymous or (
        (dets & _INDEFINITE or plural or own in ("role", "group"))
        and any(p in said for p in kinds.anonymity)
    ):
        return "anonymous"
    if head in kinds.bodies:
        return "organisation"
    return "group" if plural or own == "group" else "role"


def _tagged_bodies(sents: list[_Sent]) -> frozenset[str]:
    """The capitalised words an article's entity tags more often take for (part of) an
    organisation's name than a person's, twice at least: a one-word speaker that is one of
    them ("Yukos said", the tagger reading "Yukos" as a person there) is a body."""
    tags: Counter = Counter()
    for s in sents:
        for word, ent in zip(s.text, s.ent, strict=True):
            if ent[2:] in ("ORG", "PERSON") and word[:1].isupper():
                tags[word, ent[2:]] += 1
    # twice at least: one stray tag ("Ronaldinho" read as a club once) makes no body
    return frozenset(
        w for (w, e), k in tags.items() if e == "ORG" and k >= 2 and k > tags[w, "PERSON"]
    )


def _body_name(speaker: str, names: _Names, tagged: frozenset[str]) -> bool:
    """Whether a one-word speaker the attributor took for a person is a body's name: one
    the article's tags take for a body's (:func:`_tagged_bodies`), never called "he" or
    "she"; one introduced with a body's noun ("UpGuard, a cybersecurity firm", "the
    space agency Roscosmos"); or one written in capitals ("ALDI announced")."""
    if " " in speaker:
        return False
    known = names.persons.get(speaker)
    if known is not None and known.titles & _kinds().bodies - _lexicon().person_nouns:
        return True
    if speaker.isupper() and sum(c.isalpha() for c in speaker) > 1:
        return True
    return speaker in tagged and not (known is not None and known.gender)


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _singular(word: str) -> str:
    """A rough lemma of a plural noun ("authorities" -> "authority"), for speakers whose
    mention is not in their sentence."""
    if not _plural(word):
        return word
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def _mention(s: _Sent, cue: int) -> int | None:
    """The token naming the speaker of cue token ``cue``: the object of "according to", the
    agent of a passive cue, else the subject of the cue or of the verb it hangs on."""
    if s.lower[cue] in ("per", "in") and s.dep[cue] == "prep":  # "Per the decree, ..."
        objs = [o for o in s.children(cue) if s.dep[o] == "pobj"]
        return objs[0] if objs else None
    if s.lower[cue] == "according":
        for t in s.children(cue):
            objs = [o for o in s.children(t) if s.dep[o] == "pobj"]
            if s.lower[t] == "to" and objs:
                return objs[0]
        return None
    said = _said_noun(s, cue) or _set_off_cue(s, cue)  # "his claim that", "X, says Y, Z"
    if said is not None:
        return None if s.pos[said[0]] == "PRON" else said[0]
    i = cue
    for _ in range(3):
        for k in s.children(i):
            if s.dep[k] == "agent":
                objs = [o for o in s.children(k) if s.dep[o] == "pobj"]
                if objs:
                    return objs[0]
        subj = [k for k in s.children(i) if s.dep[k] in ("nsubj", "nsubjpass") and not s.quoted[k]]
        if subj:
            return subj[0]
        if s.head[i] == i:
            return None
        i = s.head[i]
    return None
