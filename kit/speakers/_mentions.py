"""What the words around a mention say about it: nouns for research groups, documents and
spokespeople, a subject set off before its cue, finders and honorifics, reports that name no
source, and the descriptions that introduce a person before the name or in apposition."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ._arrays import _Sent
from ._constants import _NAME_ENTS
from ._cues import _FINDING_BODIES
from ._frame import _Frame
from ._names import (
    _POSTNOMINALS,
    _left_phrase,
    _Person,
    _span_head,
)

# nouns for one group of people doing research: "the research team" is the "researchers
# from Penn State" the article named before
_RESEARCH_GROUP = frozenset(
    {"researchers", "scientists", "research team", "team", "authors", "study authors"}
)

# documents that carry someone's own words: "the statement" nobody named before is the
# words of whoever spoke just before
_UTTERANCES = frozenset(
    {"statement", "message", "letter", "post", "tweet", "email", "release", "announcement"}
    | {"communique", "memo"}
)
# words that introduce a body as another than the story's own ("rival club X")
_RIVAL = frozenset({"rival", "rivals"})
# nouns for one who speaks for a body ("Home Office spokesman")
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})

# honorifics written before a surname alone ("Mr Howard"), unlike "Sir Digby"
# nouns for a work that its title follows ("single Hey Ya!", "their debut Southern Sun", "the
# film Jane Eyre"): a title the tagger took for a person's name is nobody
_WORK_NOUNS = frozenset(
    {"single", "album", "song", "track", "hit", "debut", "film", "movie", "novel", "book"}
    | {"play", "musical", "opera", "series", "sitcom", "documentary", "ballad", "anthem"}
    | {"painting", "poem", "record", "ep", "lp", "show", "programme", "program", "memoir"}
)


def _names_a_work(s: _Sent, a: int) -> bool:
    """Whether the PERSON entity starting at ``a`` is the title of a work: written just
    after a noun for one ("single Hey Ya!", "the film Jane Eyre"), or alone inside quotation
    marks of its own ('the song "Hey Ya"', '"Ann Bee" topped the charts')."""
    b = s.ent_span(a)[1]
    before = s.pos[a - 1] in ("NOUN", "ADJ") and s.text[a - 1].islower() if a else False
    if before and s.lower[a - 1] in _WORK_NOUNS:  # "single" as often an adjective
        return True
    marks = a and b < len(s.text) and s.quoted[a] and not s.quoted[a - 1]
    return bool(marks) and s.pos[a - 1] == "PUNCT" and s.pos[b] == "PUNCT" and not s.quoted[b]


_BEFORE_SURNAMES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor"})

# words before "reports" that name a kind of source ("press reports", "state media reports")
_SOURCE_KINDS = frozenset({"media", "press", "newspaper", "news", "television", "tv", "radio"})


_NOBODY = _Person("")


def _set_off_subject(s: _Sent, a: int, b: int) -> int:
    """The subject rank (2 of the main clause, 1 of another, 0 none) of a name at tokens
    ``a:b`` that opens its sentence set off by a comma before a description of it, which the
    parse took for the subject instead ("Bee, the first woman to win it, will now face
    ...": "woman" the subject, "Bee" hung on the verb as a modifier)."""
    h = _span_head(s, a, b)
    if a != 0 or b >= len(s.text) or s.text[b] != "," or s.dep[h] not in ("npadvmod", "dep"):
        return 0
    verb = s.head[h]
    for c in s.children(verb):
        if s.dep[c] == "nsubj" and s.pos[c] == "NOUN" and min(s.subtree(c)) == b + 1:
            return 2 if s.dep[verb] == "ROOT" else 1
    return 0


def _anyone_before(s: _Sent, verb: int) -> bool:
    """Whether a word for anyone at all comes before cue ``verb`` in its sentence ("whether an
    individual is who they say they are", "if someone feels they ..."): its "they" is that
    one, not a group that speaks."""
    return any(s.lower[k] in _ANYONE and not s.quoted[k] for k in range(max(verb, 0)))


# words for anyone at all, whom a "they" after them in the sentence stands for
_ANYONE = frozenset(
    {"someone", "somebody", "anyone", "anybody", "everyone", "everybody", "individual", "person"}
    | {"user", "whoever"}
)


def _inner_cue(s: _Sent, verb: int) -> bool:
    """Whether cue ``verb`` with a pronoun subject is in a clause inside its sentence, below
    or beside a main clause that has a subject of its own ("Nintendo is releasing a console
    that it says ...", "Users are loyal and once they have found ..."), not set off as an
    aside in the words it reports ("Iraq, they insisted, would not be a factor")."""
    if s.dep[verb] not in ("relcl", "advcl", "acl", "conj") or s.head[verb] == verb:
        return False
    subj = next((k for k in s.children(verb) if s.dep[k] == "nsubj"), None)
    if subj is None or s.lower[subj] not in ("it", "they"):
        return False
    aside = subj > 0 and s.text[subj - 1] == "," and verb + 1 < len(s.text)
    return not (aside and s.text[verb + 1] == ",")


def _joined(s: _Sent, t: int) -> bool:
    """Whether the subject headed by ``t`` joins others to it with "and", directly or through
    the name in apposition to it ("The minister Ann Bee and her colleagues")."""
    heads = [t] + [k for k in s.children(t) if s.dep[k] == "appos"]
    return any(
        s.dep[c] == "conj" and s.pos[c] in ("NOUN", "PROPN") for h in heads for c in s.children(h)
    )


def _finder(name: str | None, kind: str | None, verb: str) -> bool:
    """Whether the speaker ``name`` of kind ``kind`` that an "it" or "they" stands for
    states what it ``verb`` ("It found ...", "It also shows ..."): for "show" a document, for
    "find" also a named body or a body or group that inquires ("researchers from Penn
    State", "the Montreal team"), as ``_cues`` asks of a noun subject."""
    if not name or kind not in ("document", "org", "group"):
        return False
    if verb == "show":
        return kind == "document"  # "It showed Mr Howard as a pig": a poster, no finding
    if kind == "document" or (kind == "org" and name[:1].isupper()):
        return True
    return any(w.lower().removesuffix("s") in _FINDING_BODIES for w in name.split())


def _in_relative(s: _Sent, i: int) -> bool:
    """Whether token ``i`` of ``s`` lies in a clause that describes a noun ("the money Bee
    received", "a film which Bee made")."""
    while s.head[i] != i:
        if s.dep[i] in ("relcl", "acl"):
            return True
        i = s.head[i]
    return False


def _postnominal(name: str) -> bool:
    """Whether ``name`` is a person's name of two words or more with letters for a rank or
    honour after it ("Ann Bee QC", "Tom Lee OBE"), which no body's name ends with."""
    words = name.split()
    return (
        len(words) > 2
        and words[-1].rstrip(".") in _POSTNOMINALS
        and all(w[:1].isupper() for w in words)
    )


def _honoured(s: _Sent, f: _Frame) -> int | None:
    """The last token of the person whose rank or honour is the subject ``f`` names, set
    off after the name by a comma ("Judge Ann Bee, QC told the hearing"), else ``None``."""
    for k in range(2, len(s.text)):
        before = s.text[k - 1] == "," and s.ent[k - 2].endswith("PERSON")
        if s.text[k] == f.name and before and not s.quoted[k] and (f.verb < 0 or k < f.verb):
            return k - 2
    return None


def _named(s: _Sent, t: int) -> bool:
    """Whether token ``t`` is a word of a name: a proper noun, or tagged as a name's word
    ("Northamptonshire" opening a sentence, parsed as a common noun)."""
    return s.pos[t] == "PROPN" or s.ent[t][2:] in _NAME_ENTS


def _unsourced(f: _Frame, s: _Sent) -> bool:
    """Whether frame ``f`` credits reports or rumours that name no source ("Reports said",
    "according to early reports"), not "press reports" nor "reports in the Financial Times"
    or "reports from the country": then nobody is credited."""
    words = f.name.lower().split()
    if f.kind == "outlet" or words[-1:] not in (["reports"], ["rumours"], ["rumors"]):
        return False
    if any(w[:1].isupper() for w in f.name.split()[:-1]) or _SOURCE_KINDS.intersection(words):
        return False
    for k in range(len(s.text)):
        if s.lower[k] in ("reports", "rumours", "rumors") and not s.quoted[k]:
            for p in s.children(k):
                if s.dep[p] == "prep" and s.lower[p] in ("in", "from", "by", "on"):
                    return False  # "reports in the Wall Street Journal suggested"
    return True


def _described_as(s: _Sent, a: int, b: int) -> set[str]:
    """Common nouns that introduce the person named at tokens ``a:b``: before the name
    ("Leeds resident Ann Marsh") or in apposition ("Ann Marsh, a retired nurse,", "the
    club's goalkeeper, Sam Hart")."""
    out = set()
    k = a - 1
    while k >= 0 and s.pos[k] in ("NOUN", "PROPN") and s.ent[k] == "O" and not s.quoted[k]:
        if s.pos[k] == "NOUN":
            out.add(s.lemma[k].lower())
        k -= 1
    return out | {s.lemma[k].lower() for k in _apposed(s, a, b)}


def _apposed(s: _Sent, a: int, b: int) -> list[int]:
    """The common nouns in apposition to the name at tokens ``a:b`` ("Apex Films, a new
    studio,", "the studio, Apex Films,")."""
    head = _span_head(s, a, b)
    out = [k for k in s.children(head) if s.dep[k] == "appos" and s.pos[k] == "NOUN"]
    if s.dep[head] == "appos" and s.pos[s.head[head]] == "NOUN":
        out.append(s.head[head])
    return out


def _body_apposed(s: _Sent, a: int, b: int) -> list[str]:
    """The nouns in apposition to the body named at tokens ``a:b`` that say what it is
    ("Apex Films, a new studio,"), as lemmas; not one of several ("the firms X and Y") nor
    one of another body's ("its internet business, X"): "the firm" stands for neither."""
    return [
        s.lemma[k].lower()
        for k in _apposed(s, a, b)
        if s.tag[k] != "NNS"
        and not any(s.dep[o] == "poss" and s.pos[o] == "PRON" for o in s.children(k))
    ]


# words that make another office of a title: "the shadow chancellor", "deputy leader"
_OFFICES = frozenset({"deputy", "shadow", "vice", "assistant", "acting", "junior", "co"})

_AGE = re.compile(r"\b(\d{1,3}) ?- ?years? ?- ?old\b")
# words a description shares with anyone: no sign of whom it describes
_NO_INFO = frozenset(
    {"the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "of", "for", "to"}
    | {"at", "in", "on", "from", "and", "with", "by", "-", "former", "new", "ex", "late"}
    | {"mr", "mrs", "ms", "miss", "dr", "who", "is", "was", "also", "now", "then"}
)


def _description_words(words: Iterable[str]) -> set[str]:
    """The words of a description that can tell one person from another, lower-cased, with
    an age as ``"age:22"``: "the 22-year-old Leeds resident" gives ``{"age:22", "leeds",
    "resident"}``."""
    text = " ".join(words).lower()
    out = {f"age:{m.group(1)}" for m in _AGE.finditer(text)}
    for w in re.split(r"[\s,()]+", _AGE.sub(" ", text)):
        w = w.strip(".'\"“”‘’")
        if w and w not in _NO_INFO and not w.isdigit() and w not in ("'s", "s"):
            out.add(w)
    return out


# words for the members of a party, which a nation's word does not contradict
_PARTY_MEMBERS = frozenset(
    {"republican", "democrat", "democratic", "conservative", "tory", "labour", "liberal"}
    | {"socialist", "communist", "green", "nationalist", "unionist", "independent"}
)


# words for a region's peoples, which a nation's word does not contradict ("European
# champion Ann Bee" is British, "the Briton")
_REGIONS = frozenset(
    {"european", "african", "asian", "arab", "latin", "scandinavian", "nordic"}
    | {"caribbean", "western", "eastern", "balkan", "baltic", "celtic", "hispanic", "gulf"}
)


def _origin(word: str) -> str | None:
    """A word for a person's nation or party, as a profile keeps it to tell people apart:
    ``"party:republican"``, else ``"from:"`` and the word without "-man" ("Frenchman" is
    "from:french"). See :func:`_other_origin`."""
    if word in _PARTY_MEMBERS:
        return "party:" + word
    if word in _REGIONS:
        return None
    return "from:" + re.sub(r"(?:wo)?man$", "", word)


def _other_origin(want: set[str], known: set[str]) -> bool:
    """Whether a description's nation or party (``want``, as :func:`_origin` gives them) is
    another than every one a person was introduced with (``known``): "the Briton" is not
    "Kenyan runner Ann Bee". Words of one nation share their first letters ("Scot",
    "Scottish", "Scotsman"; "Briton", "British"), and a party says nothing of a nation."""
    for kind in ("from:", "party:"):
        a = {w[len(kind) :][:3] for w in want if w.startswith(kind)}
        b = {w[len(kind) :][:3] for w in known if w.startswith(kind)}
        if a and b and a.isdisjoint(b):
            return True
    return False


def _proper(words: list[str]) -> set[str]:
    """The words of a description written as names ("the Wasps wing": ``{"wasps"}``), in
    the form :func:`_description_words` gives them."""
    return _description_words(w for w in words if w[:1].isupper()) - {"i"}


def _introduction(s: _Sent, a: int, b: int, name: list[str]) -> set[str]:
    """What the person named at tokens ``a:b`` is introduced as, in the words of
    :func:`_description_words`: the words before the name ("Leeds resident", "Wasps wing",
    "England's"), titles written in it, an apposition ("Ann Marsh, a retired nurse from
    Leeds,"; "the club's goalkeeper, Sam Hart") and an age set off after it ("Ann Marsh, 22,",
    "Ann Marsh (22)"). A common noun that owns the one before the name is someone else: "the
    actor's friend Ann Bee" gives ``"!actor"``."""
    words = [w for w in s.text[a:b] if w not in name]  # "Princess" of "Princess Ann Bee"
    unlike = set()
    k = a - 1
    while k >= 0 and not s.quoted[k]:
        if s.text[k] in ("'s", "’s"):
            if k and s.pos[k - 1] == "NOUN":  # "the actor's friend": the actor is another
                unlike.add("!" + s.lower[k - 1])
                break
        elif s.pos[k] in ("NOUN", "PROPN", "ADJ", "NUM") or s.text[k] == "-":
            words.append(s.text[k])
            origin = _origin(s.lower[k]) if s.ent[k][2:] == "NORP" else None
            if origin:  # "Kenyan runner Ann Bee": where she is from
                unlike.add(origin)
        else:
            break
        k -= 1
    head = _span_head(s, a, b)
    nouns = [c for c in s.children(head) if s.dep[c] == "appos" and s.pos[c] == "NOUN"]
    if s.dep[head] == "appos" and s.pos[s.head[head]] == "NOUN" and s.head[head] < a:
        nouns.append(s.head[head])  # "the club's goalkeeper, Sam Hart"
    for c in nouns:
        if s.quoted[c]:
            continue
        phrase = _left_phrase(s, c)
        owner = [t for t in phrase if s.text[t] in ("'s", "’s")]
        if owner and s.pos[owner[-1] - 1] == "NOUN":  # "the actor's friend, Ann Bee"
            unlike.add("!" + s.lower[owner[-1] - 1])
            phrase = [t for t in phrase if t > owner[-1]]
        words += [s.text[t] for t in phrase]
        for p in s.children(c):  # "a teacher from Leeds", "director of the Institute"
            if s.dep[p] == "prep" and p > c:
                for o in s.children(p):  # the names only: not "maker" of "chip maker TI"
                    if s.dep[o] == "pobj":
                        words += [s.text[t] for t in _left_phrase(s, o) if s.pos[t] == "PROPN"]
    aged = b + 2 < len(s.text) and s.text[b] in (",", "(") and s.text[b + 1].isdigit()
    if aged and s.text[b + 2] in (",", ")", ".", "and"):
        words.append(f"{s.text[b + 1]}-year-old")  # "Ann Marsh, 22,": an age
    return _description_words(words) | unlike
