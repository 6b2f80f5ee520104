"""Bodies as the article names them: the nouns organisations and public bodies are called by, the
body a noun names with a name, bodies named in a sentence, their acronyms and legal forms, the
words that can make up a name, and one name per body (:class:`_Bodies`, the fullest the
article writes)."""

from __future__ import annotations

import re
from itertools import pairwise

from .._resources import resource, words
from ._arrays import _Sent
from ._constants import _DETS, _NAME_ENTS
from ._frame import _Frame
from ._lexicon import _Lexicon
from ._names import (
    _is_outlet,
    _left_phrase,
    _name_end,
    _name_key,
    _phrase,
    _words,
)
from ._quoting import (
    _in_order,
)

# Nouns any organisation is called by ("the company said", "the group added"): with no body
# named with the word itself, the latest named body. Not "the police" or "the government",
# which speak for themselves, nor "the bank" or "the party", which need their own word.
_GENERIC_BODIES = frozenset(
    {"company", "firm", "group", "organisation", "organization", "business", "corporation"}
)
_ANY_BODY = frozenset({"group", "organisation", "organization"})  # a company or a public body
# Nouns for one kind of body ("the club said", "the union says", "the charity warned"): the
# body the article introduced with that noun ("club Northfield United"), else the latest named
# body, as for "the company"; a club or a charity is never a public body, the others may be.
# Not "the bank" (a central bank as often) nor "the team" (researchers as often).
_BODY_KINDS = frozenset(
    {"club", "charity", "union", "association", "federation", "watchdog", "regulator", "agency"}
)
# Nouns news calls a body by its trade or standing ("the brewery said", "the carrier
# announced", "the Leuven-based brewery", "the industry body", "the state utility"): the
# ordinary vocabulary of organisations, not of people (not "producer", "developer" nor
# "publisher", as often a person), read like "the company" (:meth:`_Article._latest_org`). A
# maker of one thing is one ("drugmaker", "steelmaker"; not "filmmaker" nor "lawmaker").
# Only those not already in ``_BODY_KINDS`` or speaker_nouns.toml's ``org_descriptors``
# ("retailer", "airline", "insurer"), which "the X" reads the same way.
_TRADE_BODIES = frozenset(
    {"brewery", "distillery", "winery", "carrier", "reinsurer", "chain", "store", "utility"}
    | {"lab", "laboratory", "maker", "supplier", "provider", "distributor", "exporter"}
    | {"importer", "refiner", "refinery", "shipper", "haulier", "multinational", "subsidiary"}
    | {"outfit", "startup", "start-up", "brokerage", "drugmaker", "steelmaker", "planemaker"}
    | {"toymaker", "telecom", "telco", "body", "foundation", "trust", "society", "institute"}
    | {"league"}
)
# nouns of bodies that members join, which a name before them names ("the IFPI industry
# body", "the GMB union", "the Vivendi group"), unlike a company's or a club's ("the Premier
# League club", "the FTSE 100 firm": a member of what the name names)
_NAMED_KINDS = frozenset(
    {"body", "group", "organisation", "organization", "association", "union", "federation"}
    | {"society", "foundation", "trust", "institute", "charity", "watchdog", "regulator"}
    | {"agency", "conglomerate", "alliance", "coalition", "lobby"}
)
_MAYBE_PUBLIC = (
    _ANY_BODY
    | (_BODY_KINDS - {"club", "charity"})
    | {"body", "trust", "institute", "foundation", "society", "league", "laboratory", "lab"}
)
_ONLY_PUBLIC = frozenset({"watchdog", "regulator"})  # "the German regulator": no company
_POSS = frozenset({"'s", "’s"})
# words of a public body's name, which "the company" or "the firm" never stands for
_PUBLIC_WORDS = frozenset(
    {"department", "ministry", "agency", "service", "police", "council", "commission"}
    | {"authority", "board", "court", "office", "administration", "government", "parliament"}
    | {"committee", "army", "navy", "force", "forces", "university", "hospital", "embassy"}
    | {"party", "union", "tribunal", "institute", "school", "college", "assembly", "senate"}
)

# the names each noun of kit/resources/body_names.toml may stand for, as words ("the party":
# ("Liberal", "Democrats"), ...)
_BODY_NAMES = {
    noun: tuple(tuple(w.split()) for w in words("body_names", noun))
    for noun in resource("body_names")
}


# last words of newspapers' names besides the outlet list's ends ("the Hollywood Reporter",
# "the Evening Courier"): a body of that name that spoke is what "the newspaper" stands for
_PAPER_ENDS = frozenset(
    {"reporter", "courier", "examiner", "express", "inquirer", "echo", "argus", "bulletin"}
)
# nouns a country is described by ("the country's government", "the island nation's cabinet")
_COUNTRY_NOUNS = frozenset({"country", "nation", "island", "kingdom", "republic", "archipelago"})
# nouns any public body is called by: "the office", "the agency" with none of that name is the
# public body that spoke just before (an embassy, a department)
_ANY_PUBLIC_BODY = frozenset({"office", "agency", "department", "authority"})


def _named_with(s: _Sent, i: int, lex: _Lexicon, *, place: bool) -> str | None:
    """The body that common noun ``i`` names with a name, in the article's words: "government
    of Samoa", "Samoa's government", "Turkish government", "United States federal government";
    with ``place``, the place named ("White Plains" of "the city of White Plains", or of
    "Magnitogorsk, a city in Russia"); ``None`` when the noun comes with no name or with an
    article other than "the" ("a Conservative government would ...")."""
    if place and s.dep[i] == "appos" and s.head[i] < i and s.ent[s.head[i]][2:] in ("GPE", "LOC"):
        return " ".join(_words(s, *s.ent_span(s.head[i])))  # "Magnitogorsk, a city in ..."

    def named(k: int) -> bool:
        kind = s.ent[k][2:]
        return not s.quoted[k] and (kind in _NAME_ENTS or kind == "PERSON" or s.pos[k] == "PROPN")

    def the_before(a: int) -> bool:  # not the "The" of a name ("told The Observer government")
        return a > 0 and s.lower[a - 1] == "the" and (s.text[a - 1] == "the" or s.ent[a - 1] == "O")

    the = any(s.dep[c] == "det" and the_before(c + 1) for c in s.children(i))
    if i + 2 < len(s.text) and s.lower[i + 1] == "of" and named(i + 2) and the:
        a, b = s.ent_span(i + 2) if s.ent[i + 2] != "O" else (i + 2, _name_end(s, i + 2))
        words = _words(s, a + (s.lower[a] == "the"), b)
        return " ".join(words) if place else f"{s.lower[i]} of {' '.join(words)}"
    if place:
        return None
    if i > 1 and s.text[i - 1] in ("'s", "’s") and named(i - 2):  # "Samoa's government"
        a = s.ent_span(i - 2)[0] if s.ent[i - 2] != "O" else i - 2
        return f"{' '.join(_words(s, a + (s.lower[a] == 'the'), i - 1))}'s {s.lower[i]}"
    a = i  # "the Turkish government", "the United States federal government"
    while a > 0 and (s.pos[a - 1] in ("ADJ", "PROPN") or s.ent[a - 1][:2] == "I-"):
        a -= 1
    a += s.lower[a] == "the"
    if a == i or not any(named(k) for k in range(a, i)) or not the_before(a):
        return None
    if _is_outlet(" ".join(_words(s, a, i)), lex):
        return None  # "He told The Observer government life was ...": a paper, no government
    return _phrase(s, list(range(a, i + 1)))


# the nouns of public bodies that news names by a place or a name before them ("Kent
# police", "the Welsh Assembly Government"), and calls by the noun alone after
_PUBLIC_BODIES = frozenset(
    {"police", "government", "council", "ministry", "department", "army", "military"}
    | {"court", "commission", "embassy", "authority", "agency", "bank"}
    | {"committee", "board", "tribunal", "regulator", "watchdog", "navy", "parliament"}
)
# a company's legal form written after its name ("Salling Group", "Acme Inc"), which a
# later mention leaves out
_LEGAL_FORMS = frozenset(
    {"group", "inc", "inc.", "ltd", "ltd.", "plc", "corp", "corp.", "corporation", "holdings"}
    | {"ag", "gmbh", "llc", "limited"}
)
_LINKS = frozenset({"of", "for", "and", "the", "on", "in", "&", "de", "to"})


# adjectives that date a mention and tell nothing of what it is ("a new study")
_DATING = frozenset(
    {"new", "recent", "latest", "first", "last", "previous", "current", "annual", "subsequent"}
)
# prepositions after a head that say where or whom it is from ("researchers from X", "a
# study in the Journal of X", "the US Embassy in London", "a report by X")
_FROM_PREPS = frozenset({"from", "at", "in", "of", "by", "for"})
# nouns for two people or bodies named together before ("the couple", "the parties")
_PAIR_NOUNS = frozenset({"couple", "pair", "duo", "two", "both", "parties"})


# plural nouns any set of bodies is called by, "the firms" or "both clubs" for the bodies named
# together just before
_PLURAL_BODIES = frozenset(
    {"firms", "companies", "clubs", "organisations", "organizations", "businesses", "banks"}
    | {"corporations", "airlines", "carriers", "broadcasters", "retailers", "groups"}
)


def _definite_plural(s: _Sent, f: _Frame) -> str:
    """How the subject noun of frame ``f`` is written when it stands for bodies named before:
    "two" for two of them ("both clubs", "the two firms"), "the" for any number ("the
    firms", "these companies", "the three firms"); "" for any of the kind ("Firms said",
    "many firms")."""
    for k in range(len(s.text)):
        if s.lower[k] != f.name or s.quoted[k]:
            continue
        dets = {s.lower[c] for c in s.children(k) if s.dep[c] in ("det", "predet", "nummod")}
        if dets & {"all", "many", "some", "other", "most", "several"}:
            continue
        if "both" in dets or dets >= {"the", "two"}:
            return "two"
        if dets & {"the", "these"}:
            return "the"
    return ""


def _definite(s: _Sent, noun: str) -> bool:
    """Whether the sentence writes ``noun`` with "the", "this" or "these" ("the study",
    "these researchers"), or is "both": a thing named before, not any of its kind
    ("Researchers say", "some scientists")."""
    for k in range(len(s.text)):
        if s.lower[k] != noun or s.quoted[k]:
            continue
        if noun == "both" or any(
            s.dep[c] == "det" and s.lower[c] in ("the", "this", "these") for c in s.children(k)
        ):
            return True
    return False


def _mention_phrase(s: _Sent, i: int) -> str | None:
    """The noun phrase headed by token ``i`` as a speaker's name, when it says more than
    its head: its modifiers before the head without articles or dating adjectives, and the
    first name it is placed or sourced by, as written ("from the Georgia Institute of
    Technology and University of X", brackets left out), also after a participle ("a study
    published in the Journal of X": "study in the Journal of X"). ``None`` for a phrase
    owned by another ("its Netto chain"), pointing back ("this study"), or the head alone."""
    left = _left_phrase(s, i)
    if any(s.dep[t] == "poss" or s.text[t] in ("'s", "’s") for t in left):
        return None
    if any(s.lower[t] in ("this", "that", "these", "those") for t in left):
        return None
    words = [
        t
        for t in left
        if s.lower[t] not in _DETS
        and s.pos[t] != "NUM"  # "two US firms": how many, not which
        and s.text[t] not in _DATING  # "a new study", not "New South Wales"
    ]
    if any(s.quoted[t] for t in words):
        return None
    attach = ""
    heads = [i] + [c for c in s.children(i) if c > i and s.dep[c] == "acl" and s.tag[c] == "VBN"]
    for h in heads:
        for p in s.children(h):
            if p < i or s.dep[p] != "prep" or s.lower[p] not in _FROM_PREPS or s.quoted[p]:
                continue
            objs = [o for o in s.children(p) if s.dep[o] == "pobj"]
            o = objs[0] if objs else -1  # a name, not a date ("for November")
            if o >= 0 and s.pos[o] == "PROPN" and s.ent[o][2:] in _NAME_ENTS | {"PERSON", ""}:
                attach = f"{s.lower[p]} {_as_written(s, o)}"
                break
        if attach:
            break
    if not attach and not any(s.pos[t] == "PROPN" for t in words):
        return None  # "a chemical model", "two French officers": nothing named, no fuller name
    return " ".join(x for x in (_phrase(s, words), attach) if x)


def _as_written(s: _Sent, o: int) -> str:
    """The object ``o`` of a preposition as written, with what hangs on it and the names
    joined to it by "and" however the parse hung them ("the Georgia Institute of
    Technology (GT) and University of X"), bracketed words left out, up to a comma or a
    word that belongs to neither ("on January 17" of "published in X on January 17")."""
    inside = set(s.subtree(o))

    def named(k: int) -> bool:
        return s.ent[k][2:] in _NAME_ENTS or s.ent[k].endswith("PERSON")

    out: list[int] = []
    k = min(inside)
    while k < len(s.text):
        if s.text[k] == "(":
            close = next((m for m in range(k, len(s.text)) if s.text[m] == ")"), len(s.text))
            k = close + 1
            continue
        nxt = k + 1 + (k + 1 < len(s.text) and s.lower[k + 1] == "the")
        bridge = s.lower[k] in ("and", "&") and nxt < len(s.text) and named(nxt)
        if s.text[k] in (",", ";") or s.quoted[k] or not (k in inside or named(k) or bridge):
            break
        out.append(k)
        k += 1
    while out and s.pos[out[-1]] in ("CCONJ", "PUNCT", "ADP"):
        out.pop()
    text = ""
    for m, k in enumerate(out):  # a space where the text had one ("Anti-Fraud" stays one)
        glued = m and out[m - 1] == k - 1 and s.start[k] == s.start[k - 1] + len(s.text[k - 1])
        text += s.text[k] if glued or not text else " " + s.text[k]
    return text


def _acronyms(sents: list[_Sent]) -> dict[str, str]:
    """Acronyms the article defines, with the full names they stand for: "the Financial
    Conduct Authority (FCA)" gives ``{"FCA": "Financial Conduct Authority"}``. The capitals
    of the acronym must be the initials of the capitalised words before the bracket."""
    out: dict[str, str] = {}
    for s in sents:
        if "(" not in s.text:
            continue
        for k in range(2, len(s.text) - 1):
            acr = s.text[k]
            if s.text[k - 1] != "(" or s.text[k + 1] != ")" or sum(c.isupper() for c in acr) < 2:
                continue
            caps = [c for c in acr if c.isupper()]
            a = k - 1
            while a > 0 and (
                s.text[a - 1][:1].isupper() or s.lower[a - 1] in _LINKS or _hyphen(s, a - 1)
            ):
                a -= 1
            while a < k - 1 and not s.text[a][:1].isupper():
                a += 1  # no leading "the", "of"
            a += s.text[a] == "The"
            words = s.join(a, k - 1).split() if a < k - 1 else []
            # a word's capitals: "Anti-Doping" gives A and D, "UK" U and K
            initials = [c for w in words for p in w.split("-") for c in _capitals(p)]
            # the acronym's capitals are the initials of the name's last words, or some of
            # the initials in order from the first ("CalFire" for "California Department of
            # Forestry and Fire Protection")
            if initials and initials[-len(caps) :] != caps:
                start = initials.index(caps[0]) if caps[0] in initials else len(initials)
                if not _in_order(caps, initials[start:]):
                    continue
            while words and words[0][0] != caps[0]:
                words = words[1:]
            full = " ".join(words)
            if full:
                out[acr] = full
    return out


# honorifics written only before a person's name ("Mr", "Dr"): never a word of a body's or
# a place's name ("Lord's", "Lady Bay Bridge", "Father Ted", "Sister Act")
_PERSON_HONORIFICS = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof", "messrs"})


def _honorific_name(s: _Sent, i: int) -> bool:
    """Whether honorific ``i`` ("Mr") comes before a name the tagger took for a body or a
    place ("Mr Katwala" tagged a place): a person's name, whatever the tag."""
    k = i + 1
    if s.lower[i].rstrip(".") not in _PERSON_HONORIFICS or not s.text[i][:1].isupper():
        return False
    if s.ent[i] != "O" or s.ent[k][:2] != "B-" or s.ent[k][2:] not in _NAME_ENTS:
        return False
    a, b = s.ent_span(k)
    return all(s.pos[t] == "PROPN" and _name_word(s.text[t]) for t in range(a, b))


def _owned(s: _Sent, noun: str) -> bool:
    """Whether sentence ``s`` writes ``noun`` with a possessor outside quotes ("the firm's
    website", "its website")."""
    return any(
        s.lower[k] == noun and not s.quoted[k] and any(s.dep[c] == "poss" for c in s.children(k))
        for k in range(len(s.text))
    )


def _bodies_named(s: _Sent, lex: _Lexicon) -> list[str]:
    """The names of bodies and laws sentence ``s`` writes in full, for :class:`_Bodies`:
    runs of capitalised words with a word the tagger took for a body's or a law's, joined by
    "&", by "of" or "for" after a noun that heads such names ("Act of Settlement", "Supreme
    Court of Puerto Rico"; not "Strategy Analytics of Boston"), and by "and" inside one name
    (the tagger's, or :func:`_and_joins`: "the Pew Internet and American Life Project", not
    "Microsoft and Google"), never after a plural noun ("cable firms NTL and Telewest");
    without a leading "the" or describing noun (:func:`_strip_name`), nor a name written
    twice (a headline run into the story, :func:`_glued`)."""
    out: list[str] = []
    if _BODY_STARTS.isdisjoint(s.ent):
        return out
    n, k = len(s.text), 0
    caps = [(w[:1].isupper() or w[:1].isdigit()) and _capital(s, t) for t, w in enumerate(s.text)]
    while k < n:
        if not caps[k]:
            k += 1
            continue
        a, b = k, k + 1
        while b < n:
            if caps[b]:
                # not two names the tagger told apart ("the IAAF Greek sprinters")
                if s.ent[b - 1] != "O" and not s.ent[b].startswith("I-"):
                    break
                b += 1
            elif s.lower[b] in ("of", "for") and s.lower[b - 1] in _NAME_HEADS:
                c = b + 1 + (b + 1 < n and s.lower[b + 1] == "the")
                if c >= n or not caps[c]:
                    break
                b = c + 1
            elif s.text[b] in ("&", "and") and b + 1 < n and caps[b + 1]:
                inside = s.ent[b].startswith("I-")  # "Baoshan Iron and Steel Co."
                two = a > 0 and s.tag[a - 1] == "NNS"  # "cable firms NTL and Telewest"
                if s.text[b] == "and" and (two or not (inside or _and_joins(s, a, b))):
                    break
                b += 2
            else:
                break
        k = b
        while b > a and (s.ent[b - 1][2:] not in _ENDS_NAME or s.pos[b - 1] == "ADJ"):
            b -= 1  # words after the name ("Treasury Under Secretary John Taylor")
        if not any(s.ent[t][2:] in _BODY_ENTS for t in range(a, b)):
            continue
        name = _strip_name(_words(s, a, b), lex)
        twice = any(x == y for x, y in pairwise(name.lower().split()))
        if not name or twice or _glued(s, a, b):
            continue  # "Nike Nike": a headline run into the story's first words
        if b < n and s.text[b] in ("'s", "’s") and s.ent[b].startswith("I-"):
            continue  # "Standard & Poor's", whose name this is not
        if b < n and s.lower[b] in _BODY_KINDS - _ONLY_PUBLIC and s.ent[b] == "O":
            name += " " + s.lower[b]  # "the Public and Commercial Services union"
        out.append(name)
    return out


def _glued(s: _Sent, a: int, b: int) -> bool:
    """Whether the name at ``a:b`` is a headline's last words run into the story's first
    ones, which name the body again just after ("Weak dollar hits Reuters / Revenues at
    media group Reuters slipped", "... hit Eurotunnel / Channel Tunnel operator
    Eurotunnel has")."""
    first = next((t for t in range(a, b) if s.lower[t] != "the"), a)
    return s.text[first] in s.text[b : b + 4]


# entities that name a body or a law, whose full names :func:`_bodies_named` collects
_BODY_ENTS = frozenset({"ORG", "LAW", "FAC"})
_BODY_STARTS = frozenset("B-" + e for e in _BODY_ENTS)
_ENDS_NAME = _NAME_ENTS | _BODY_ENTS  # entities a body's name may end with
# nouns that head the name of a body or a law written with "of" or "for" after them
_NAME_HEADS = (
    _PUBLIC_BODIES
    | _BODY_KINDS
    | {"university", "college", "institute", "school", "society", "church", "academy"}
    | {"foundation", "fund", "trust", "institution", "centre", "center", "museum", "office"}
    | {"bureau", "service", "chamber", "league", "party", "conference", "alliance"}
    | {"coalition", "confederation", "organisation", "organization", "appeals", "house"}
    | {"act", "bill", "treaty", "convention", "charter", "declaration"}
)
_NO_NAME_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"}) | {
    "QUANTITY"
}


def _capital(s: _Sent, k: int) -> bool:
    """Whether token ``k`` may be a word of a body's name: capitalised, outside quotes, no
    date or number."""
    t = s.text[k]
    return (
        (t[:1].isupper() or (t[:1].isdigit() and any(c.isupper() for c in t)))
        and not s.quoted[k]
        and s.ent[k][2:] not in _NO_NAME_ENTS
    )


def _and_joins(s: _Sent, a: int, b: int) -> bool:
    """Whether the "and" at ``b`` joins capitalised words ``a:b`` and those after it into
    one name: no body's name ends before it ("the Secret Service and US Park Police"), the
    words after it start with no word the run starts with ("BBC Radio and BBC Online") and
    do not end a body's name when the run holds one (:data:`_NAME_HEADS`); the run comes
    after "the" ("the World Travel and Tourism Council") or its words before "and" are no
    name the tagger found ("Pew Internet and American Life"); no person comes after it, and
    a place only after a place ("High Court of England and Wales", not "the EU and US")."""
    if s.lower[b - 1] in _NAME_HEADS:
        return False
    if s.text[b + 1] == s.text[a]:
        return False  # "BBC Broadcast and BBC Outside Broadcasts"
    end = b + 1
    while end + 1 < len(s.text) and _capital(s, end + 1):
        end += 1
    if s.lower[end] in _NAME_HEADS and any(s.lower[t] in _NAME_HEADS for t in range(a, b)):
        return False  # two names of bodies: "the Union of Montana and the Rights Fund"
    definite = s.lower[a] == "the" or (a > 0 and s.lower[a - 1] == "the")
    untagged = all(s.ent[t] == "O" for t in range(a, b))
    after, before = s.ent[b + 1][2:], s.ent[b - 1][2:]
    places = ("GPE", "LOC")
    return (
        (definite or untagged) and after != "PERSON" and (after not in places or before in places)
    )


def _hyphen(s: _Sent, k: int) -> bool:
    """Whether token ``k`` is a hyphen written between two words ("Anti-Doping")."""
    glued = 0 < k < len(s.text) - 1 and s.start[k] == s.start[k - 1] + len(s.text[k - 1])
    return glued and s.text[k] in ("-", "‐") and s.start[k + 1] == s.start[k] + 1


def _strip_name(words: list[str], lex: _Lexicon) -> str:
    """A body's name without a leading "the" or describing noun ("Bookmakers Ladbrokes"),
    or "" when a common word is inside it (a headline run into the story: "Sevens glory
    England")."""
    while words and (words[0].lower() == "the" or words[0].lower() in lex.org_descriptors):
        words = words[1:]
    if any(w.islower() and w not in _LINKS for w in words):
        return ""
    return " ".join(words)


def _name_word(word: str) -> bool:
    """Whether ``word`` can be part of a person's name: two letters or more, the first a
    capital, apart from dots, hyphens and apostrophes ("J.K.", "O'Neill", "Kilroy-Silk")."""
    bare = word.translate(_NAME_MARKS)
    return len(bare) > 1 and bare.isalpha() and bare[0].isupper()


_NAME_MARKS = str.maketrans("", "", ".-'’")


class _Bodies:
    """One name per body of an article, as :class:`_Names` gives one per person: a body
    called by the first words of its name ("Cairn" of "Cairn Energy", "Pew Internet" of "Pew
    Internet and American Life Project", "Act" of "Act of Settlement") or by its initials
    ("EU" of "European Union", "B&B" of "Bradford & Bingley") takes the fullest name the
    article writes for it (:meth:`add`), when that is the only body it fits ("Bank" fits
    "Bank of England" and "Bank of Scotland", so neither) and the article wrote that name
    no later than the short form: a longer name first written after it ("Google", then
    "Google News") is another body's."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts  # each sentence's text, where a short form is looked for
        self.first: dict[str, int] = {}  # a body's name of two words or more: its sentence
        self.alias: dict[str, str] = {}

    def add(self, name: str, n: int) -> None:
        """Count ``name`` as a body's full name first written in sentence ``n``."""
        if " " in name:
            self.first.setdefault(name, n)

    def fullest(self, name: str) -> str:
        if name not in self.alias:
            self.alias[name] = self._fullest(name)
        return self.alias[name]

    def _fullest(self, name: str) -> str:
        words = name.split()
        if (
            not words
            or not words[0][:1].isupper()
            or not all(w[:1].isupper() or w[:1].isdigit() or w in _BODY_LINKS for w in words)
        ):
            return name  # "officials", "the firm": no name of a body
        if len(words) > 1 and self._headline_word(words):
            return self.fullest(" ".join(words[1:]))  # "Ailing EuroDisney vows ...": EuroDisney
        key, letters = _name_key(words), _acronym_letters(name)
        first = self._written(name)
        prefix, initials = [], []
        for full, n in self.first.items():
            fw = full.split()
            if first is not None and self._after(full, n, first):
                continue  # written only after the short form: another body's name
            if n == 0 and len(fw) > len(words) and self._owned_thing(words, fw[len(words)]):
                continue  # "Google News" of a headline: Google's site, not Google's name
            if len(fw) > len(words) and _name_key(fw[: len(words)]) == key:
                if fw[len(words)] != "&":  # "Marsh" of "Marsh & McLennan": a firm of its own
                    prefix.append(fw)
            elif letters and len(fw) > 1 and _initials(fw) == letters:
                initials.append(fw)
        if prefix:  # names that go on from one another: the longest ("Pew Internet and
            longest = max(prefix, key=len)  # American Life", "... Life Project")
            ok = all(longest[: len(fw)] == fw for fw in prefix) and not initials
            return " ".join(longest) if ok else name
        forms = {_name_key(fw) for fw in initials}
        return " ".join(initials[0]) if len(forms) == 1 else name

    def _headline_word(self, words: list[str]) -> bool:
        """Whether the first of ``words`` is a word of the headline run into the name, not
        a word of it ("Ailing EuroDisney vows turnaround / EuroDisney has said ..."): the
        name opens the article, that word is a participle written nowhere else, and the rest
        of the name is written again on its own."""
        if not self.texts or not self.texts[0].startswith(" ".join(words)):
            return False
        if not words[0].lower().endswith(("ing", "ed")):
            return False  # "Alliance Boots ... Boots said", "Aston Villa ... Villa": the name's
            # own first word; a headline runs in a participle ("Ailing", "Embattled")
        once = re.compile(r"(?<![\w&])" + re.escape(words[0]) + r"(?![\w&])")
        rest = re.compile(r"(?<![\w&])" + re.escape(" ".join(words[1:])) + r"(?![\w&])")
        if sum(len(once.findall(t)) for t in self.texts) != 1:
            return False
        return sum(len(rest.findall(t)) for t in self.texts) > 1

    def _after(self, full: str, n: int, short: tuple[int, int]) -> bool:
        """Whether the article first writes ``full`` (parsed first in sentence ``n``) after
        the short form first written at ``short`` (sentence, offset): in a later sentence,
        or later in the same one ("the BBC will show it on BBC One"); not in the first
        sentence, where a headline run into the story names a body shortly before its
        full name ("Cairn shares up / Shares in Cairn Energy")."""
        if n != short[0]:
            return n > short[0]
        return n > 0 and self.texts[n].find(full) > short[1]

    def _owned_thing(self, words: list[str], more: str) -> bool:
        """Whether a longer name that the first sentence (a headline, or a headline run
        into the lead) writes with the word ``more`` after the short form ``words`` names a
        thing of that body rather than the body: the article writes the short form with
        ``more`` as a common word ("China blocks Google news site" for "Google News"), or
        ``more`` as a name of its own after "the", "its" or the body's possessive ("Apple Mac
        mini gets warm welcome / The Mac mini has been welcomed": the Mac is Apple's; "Apple
        iPod family expands / Apple has expanded its iPod family")."""
        if not any(c.isupper() for c in more) or more.lower() in _BODY_LINKS:  # "Mac", "iPod"
            return False
        short = re.escape(" ".join(words))
        common = re.compile(r"(?<![\w&])" + short + r"\s+" + re.escape(more.lower()) + r"\b")
        # "the Mac", "its iPod family", "Apple's iPod": a thing the body makes or owns
        own = re.compile(
            r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)|" + short + r"['’]s?)\s+" + re.escape(more) + r"\b"
        )
        return any(common.search(t) or own.search(t) for t in self.texts)

    def _written(self, name: str) -> tuple[int, int] | None:
        """Where the article first writes ``name`` as words of its own (sentence, offset),
        else ``None``."""
        pattern = re.compile(r"(?<![\w&])" + re.escape(name) + r"(?![\w&])")
        for n, t in enumerate(self.texts):
            m = pattern.search(t) if name in t else None
            if m:
                return n, m.start()
        return None


# small words inside a body's name ("Act of Settlement", "Bradford & Bingley")
_BODY_LINKS = frozenset({"of", "for", "and", "the", "&", "de"})


def _acronym_letters(name: str) -> str:
    """The letters of a name written as initials ("EU", "B&B", "WTO"), else "": two to six
    capitals with nothing but an "&" between them."""
    letters = name.replace("&", "")
    return letters if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() else ""


def _initials(words: list[str]) -> str:
    """The initials of a body's name ("European Union" gives "EU", "Bradford & Bingley"
    "BB"): each capitalised word's (:func:`_capitals`), small words and "&" left out."""
    return "".join(_capitals(p) for w in words for p in w.split("-"))


def _capitals(word: str) -> str:
    """The letters a word gives an acronym: all of a short one in capitals ("UK", "US"),
    else its initial when it has a capital one."""
    if 2 <= len(word) <= 3 and word.isalpha() and word.isupper():
        return word
    return word[0] if word[:1].isupper() else ""
