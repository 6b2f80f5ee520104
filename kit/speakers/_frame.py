"""The reporting clause as a frame (_Frame) and the leaf checks and word sets that the finding of
cues (_cues.py) and the reading of subjects as written (_subjects.py) share: what a noun is as
the word lists write it, who made a document, whether a verb is passive, whether a participle
hangs on an opening 'with'. Nothing here calls back into either module."""

from __future__ import annotations

from dataclasses import dataclass

from ._arrays import _Sent
from ._constants import _NAME_ENTS
from ._lexicon import _lexicon


@dataclass
class _Frame:
    """One reporting clause: the cue, the subject's kind and name, and its depth.

    ``kind`` is person, propn, pronoun, title, description (a definite "the star of ...",
    "the 67-year-old"), org, group, role, outlet, relative ("his daughter"), orgdesc ("the
    bank"), orgnoun ("the site"), described ("the Leeds resident"), document or docref
    (a definite document, "the statement"), or written (a noun phrase that names nobody,
    the speaker as written when no other cue of the sentence names one; ``then`` is the
    role or group it makes). A title or description stands for a named
    person; ``fallback`` is the role it makes when no named person fits (for a relative,
    the possessive naming whose relative it is).
    """

    cue: str
    kind: str
    name: str
    depth: int
    told: str | None = None  # an outlet the statement was told to (or that quotes it)
    pron_at: int = 0
    fallback: str | None = None
    verb: int = -1  # the cue's token, when it is a verb
    then: _Frame | None = None  # what a "described" frame is when nobody was introduced so
    placed: bool = False  # a title placed by what follows it: "the head of the inquiry"
    # an outlet's own name, without the noun written after it ("the Associated Press news
    # agency" -> "Associated Press"): its name as a speaker; ``reported_by`` keeps ``name``
    bare: str | None = None
    finding: str = ""  # "find" or "show" with "it" or "they": said by a study or an inquirer
    body: bool = False  # a maker named after a noun for a body ("think-tank Demos"): no person
    # figures or data with their maker ("figures from the Commerce Department", "the ONS's
    # data"): the noun as written, named after the maker once it is resolved ("Commerce
    # Department figures", the guide's figures and data)
    counts: str = ""


_DEFINITE = frozenset({"the", "this", "that"})


def _issuer(s: _Sent, n: int) -> int | None:
    """The subject that issued document ``n``, the object of a verb of issuing after it
    ("Facebook released a statement"); else ``None``."""
    h = s.head[n]
    if s.dep[n] != "dobj" or s.lemma[h] not in _ISSUE or h >= n:
        return None
    return next((k for k in s.children(h) if s.dep[k] == "nsubj" and not s.quoted[k]), None)


# numbers and measurements that "suggest" or "indicate" are evidence, not statements; a
# maker named with them still speaks ("figures from the ministry suggest"). A poll is no
# count but a study, which states what it found ("a poll suggests", the guide's findings)
_EVIDENCE = frozenset({"figure", "data", "estimate", "statistic", "number", "record"})
# counts a body releases, named with their maker ("Land Registry figures", "data from the
# CML", "statistics by X"); estimates and records are named by their maker alone
_COUNTS = frozenset({"figure", "data", "datum", "statistic", "number"})
# the releases that name where a count came from, written before it ("census figures", "survey
# data", "poll figures show"): its maker, as a body's name is
_RELEASES = frozenset({"census", "survey", "poll", "study", "audit", "inquiry", "review"})


def _named_maker(s: _Sent, j: int) -> bool:
    """Whether evidence noun ``j`` carries its maker's name before it ("Johns Hopkins
    University data", "the Daily Telegraph poll", "CML figures"): a count someone published,
    which speaks for them as "figures from the ministry" do; a public body named by its
    common noun counts too ("government figures", "police data"), and so does the release
    it came from ("census figures", "survey data")."""
    bodies = _lexicon().collective_nouns | _RELEASES
    return any(
        s.dep[k] == "compound"
        and (
            s.pos[k] == "PROPN"
            or s.ent[k][2:] in _NAME_ENTS
            or (s.pos[k] == "NOUN" and s.lemma[k].lower() in bodies)
        )
        for k in s.children(j)
        if k < j and not s.quoted[k]
    )


def _noun(s: _Sent, j: int) -> str:
    """The dictionary form of noun ``j`` as the word lists write it: "data", whose lemma
    the tagger gives as "datum", stays "data"."""
    if s.lower[j] == "data":
        return "data"
    if j > 1 and s.text[j - 1] == "-" and s.start[j - 1] + 1 == s.start[j]:
        whole = f"{s.lower[j - 2]}-{s.lower[j]}"  # "post-mortem", split by the tokenizer
        lex = _lexicon()  # a document's noun the tokenizer split: "a post-mortem showed"
        glued = s.start[j - 2] + len(s.text[j - 2]) == s.start[j - 1]
        if glued and whole in lex.doc_nouns:
            return whole
    return s.lemma[j].lower()


_ISSUE = frozenset({"release", "issue", "publish", "post", "send", "put", "file", "submit"})

# papers that are documents, not newspapers ("court papers", "a research paper", "a white
# paper", "a consultation paper"); "the paper", "a local paper" are outlets
_PAPER_KINDS = frozenset(
    {"court", "research", "white", "green", "policy", "discussion", "consultation", "working"}
    | {"briefing", "position", "scientific", "academic", "legal", "leaked", "internal"}
    | {"strategy", "background", "technical", "cabinet"}
)


def _document(s: _Sent, j: int) -> bool:
    """Whether noun ``j`` names a document (the word lists' "document" nouns), a paper of a
    kind no newspaper is ("court papers show", "according to a research paper") included."""
    if _noun(s, j) in _lexicon().doc_nouns:
        return True
    return s.lemma[j].lower() == "paper" and any(
        s.lower[k] in _PAPER_KINDS and s.dep[k] in ("compound", "amod")
        for k in s.children(j)
        if k < j
    )
# who saw or got a document, not who made it ("a memo seen by the BBC", "obtained by CNN")
_OBTAINED = frozenset(
    {"see", "obtain", "get", "receive", "acquire", "read", "view", "leak", "review", "hear"}
)
# studies whose "of" names what they studied ("a survey of 500 firms", "an analysis of the data"),
# registers what they list ("the register of members' interests") and calculations what they
# work out ("calculations of the cost")
_STUDIED = frozenset(
    {"poll", "survey", "study", "analysis", "review", "audit", "test", "register", "registry"}
    | {"calculation"}
)


def _author(s: _Sent, j: int) -> int | None:
    """Who made the document headed by ``j``: the name after "by", "from" or "of" ("a report
    by the NTSB", "research from the bank"), the agent of a participle ("a statement
    released by Erdogan's office") or the named subject that issued it ("Facebook released
    a statement which read"); ``None`` when it names nobody."""
    k = _issuer(s, j)  # "Facebook released a statement which read": who issued it
    if k is not None and (s.pos[k] == "PROPN" or s.ent[k][2:] in _NAME_ENTS):
        return k
    lex = _lexicon()
    for k in s.children(j):  # "Judge Miller's statement", "the judge's ruling"
        if s.dep[k] == "poss" and not s.quoted[k] and s.pos[k] != "PRON":
            noun = s.lemma[k].lower()
            named = s.pos[k] == "PROPN" or s.ent[k][2:] in (_NAME_ENTS | {"PERSON"})
            plural = s.tag[k] == "NNPS" or (k + 1 < len(s.text) and s.text[k + 1] in ("'", "’"))
            named = named and not plural and s.ent[k][2:] not in ("DATE", "TIME")
            if named or noun in lex.titles:  # "the Bank's report", not "the group's survey"
                return k
    # "reports in the Wall Street Journal": where a report appeared names its source
    placed = ("in",) if s.lemma[j].lower() in ("report", "article", "story") else ()
    # "a poll of 1,000 adults", "a study of 40 firms": whom it studied, not who made it (a
    # name still makes it: "an analysis of the German Institute for Economic Research")
    studied = s.lemma[j].lower() in _STUDIED
    for k in s.children(j):
        if k < j or s.quoted[k]:
            continue
        preps = [k] if s.dep[k] == "prep" and s.lower[k] in ("by", "from", "of", *placed) else []
        if s.dep[k] == "acl" and s.lemma[k] not in _OBTAINED:  # "seen by the BBC": no maker
            preps = [a for a in s.children(k) if s.dep[a] == "agent"]
        for p in preps:
            for o in s.children(p):
                named = s.pos[o] == "PROPN" or s.ent[o][2:] in (_NAME_ENTS | {"PERSON"})
                owned = any(s.dep[c] == "poss" for c in s.children(o))
                body = s.lemma[o].lower() in lex.speaker_nouns  # "from the ministry"
                body = body or s.lower[o] in lex.titles  # "a statement from the king"
                dated = s.ent[o].endswith("DATE")
                if s.lower[p] == "in" and s.ent[o][2:] in ("GPE", "LOC", "NORP"):
                    continue  # "press reports in China": where, not who
                if studied and s.lower[p] == "of" and not (named and s.pos[o] == "PROPN"):
                    by = [  # "a poll of 1,000 adults by X", the maker hung on the adults
                        m
                        for b in s.children(o)
                        if s.dep[b] == "prep" and s.lower[b] == "by"
                        for m in s.children(b)
                        if s.dep[m] == "pobj" and s.pos[m] == "PROPN" and not s.quoted[m]
                    ]
                    if by:
                        return by[0]
                    continue
                if s.dep[o] == "pobj" and (named or owned or body) and not dated:
                    return _name_after(s, o)
    return None


def _name_after(s: _Sent, o: int) -> int:
    """The name written right after common noun ``o`` that describes the maker ("research
    from technology analysts Gartway", "by message analysts the Radicati Group"), which the
    parse hung on the noun in apposition or elsewhere; else ``o``."""
    if s.pos[o] != "NOUN" or any(s.dep[k] == "poss" for k in s.children(o)):
        return o
    k = o + 1
    if k < len(s.text) and s.lower[k] == "the":
        k += 1
    if k >= len(s.text) or s.pos[k] != "PROPN" or s.quoted[k]:
        return o
    head = k
    while head + 1 < len(s.text) and s.pos[head + 1] == "PROPN" and s.head[head] == head + 1:
        head += 1  # "Radicati [Group]": the name's head
    if s.dep[head] == "appos" and s.head[head] == o:
        return head
    if head not in s.subtree(o) and s.dep[head] in ("npadvmod", "appos", "dobj", "nsubj"):
        return head  # "analysts Gartway", the name hung on the sentence's verb
    return o


def _passive(s: _Sent, i: int) -> bool:
    """Whether verb ``i`` is passive: with a passive auxiliary, or a bare past participle
    hung on a clause or noun ("with Tindall ruled out", "Parmar ruled out of Davis Cup")."""
    kids = s.children(i)
    if any(s.dep[k] == "auxpass" for k in kids):
        return True
    return s.tag[i] == "VBN" and not any(s.dep[k] == "aux" for k in kids)


# who rules on a case or a contest, and the rulings they issue ("the court", "a jury", "the
# referee", "the appeals panel"; "the ruling", "the order"): what they order, decide or hold
# with its content is a ruling reported (speech_verbs.toml, "ruling"); a company's or a
# minister's decision is an act. Bodies that may rule or run ("board", "committee") stay out.
_ADJUDICATORS = frozenset(
    {"court", "judge", "justice", "tribunal", "panel", "jury", "magistrate", "coroner"}
    | {"referee", "umpire", "arbitrator", "arbiter", "ombudsman", "regulator", "watchdog"}
    | {"commission", "hearing", "judiciary", "bench"}
)
# courts described, not named ("the unanimous court", "the appeals court", "the three-judge
# panel"): the court the article named, as "the court" is
_COURTS = frozenset({"court", "tribunal", "panel", "jury"})
_RULINGS = frozenset(
    {"ruling", "decision", "judgment", "judgement", "order", "verdict", "opinion", "decree"}
    | {"injunction"}
)
_FOUND = frozenset({"find", "show"})
# one piece of research however the story names it again ("a report by the think-tank X ...
# The research found ...", "a survey by Y ... The poll suggests ..."): a definite one of these
# is the one of any of them named before with its maker, when none of its own noun was
_STUDIES = frozenset(
    {"report", "study", "research", "survey", "poll", "analysis", "paper", "finding"}
    | {"review", "audit", "inquiry", "investigation"}
)


def _with_absolute(s: _Sent, i: int) -> bool:
    """Whether participle ``i`` describes the object of a "with" that opens a clause of its
    own, the noun its subject: "..., with analysts predicting that the industry will
    struggle" (the parse hangs the participle on the noun)."""
    n = s.head[i]
    if s.dep[i] != "acl" or s.tag[i] != "VBG" or n == i or s.dep[n] != "pobj":
        return False
    if s.lemma[i] in _FOUND:
        return False  # "with a survey finding the storm had weakened": what was found
    return s.lower[s.head[n]] == "with" and not s.quoted[n]


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
