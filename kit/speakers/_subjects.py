"""Subjects of reporting clauses: who a cue's subject is (_subject_frame, a name, pronoun, title,
body, outlet or noun phrase as a _Frame), a document as a source and who made it
(_document_frame), the agent of a passive cue, the subject as written when the parse gave the cue
none (a phrase before or after the cue), and quantified people as a group ('Many fear ...'). It
builds on _frame.py, _names.py and _spans.py, never on _cues.py: the finding of cues there calls
into it."""

from __future__ import annotations

from dataclasses import replace

from .._resources import words
from ._arrays import _Sent
from ._constants import _DETS, _NAME_ENTS, _PRONOUNS, _SUBJ
from ._frame import (
    _ADJUDICATORS,
    _COUNTS,
    _COURTS,
    _DEFINITE,
    _EVIDENCE,
    _FINITE,
    _RULINGS,
    _author,
    _document,
    _Frame,
    _named_maker,
    _noun,
    _passive,
    _with_absolute,
)
from ._lexicon import _Lexicon
from ._names import (
    _OWNED_BODIES,
    _RELATIVES,
    _apposed_name,
    _body_end,
    _clean_name,
    _comma_person,
    _counting,
    _is_outlet,
    _left_phrase,
    _name_before_role,
    _name_end,
    _name_in_title,
    _name_start,
    _person_after_party,
    _person_words,
    _phrase,
    _title_suffix,
    _titled,
    _verb_of_a_name,
    _whole_of,
    _with_attachments,
    _words,
)
from ._spans import (
    _ADDRESSEE_VERBS,
    _subtree,
)


def _document_frame(
    s: _Sent, j: int, lex: _Lexicon, *, cue: str, depth: int, propers: dict | None = None
) -> _Frame | None:
    """A document as a source ("the lawsuit says", "a study by X found"): who made it when
    the phrase names them, else the document itself; a definite one ("the statement")
    first looks for the same document named earlier with its maker. Reports nobody made
    ("reports said", "according to early reports") are hearsay, no source: ``None``."""
    a = _author(s, j)
    inner = _document_of(s, j, lex) if a is None else None
    if inner is not None:  # "the summary of the decision": whoever made the decision
        f = _document_frame(s, inner, lex, cue=cue, depth=depth, propers=propers)
        if f is not None and f.kind in ("docref", "document"):  # else as written
            first = min(k for k in _left_phrase(s, j) if s.lower[k] not in _DETS or k == j)
            whole = s.join(first, inner + 1)  # "summary of the decision"
            f.fallback, f.name = (whole, f.name) if f.kind == "docref" else (f.fallback, whole)
        return f
    if a is not None:
        counts = s.lower[j] if _noun(s, j) in _COUNTS else ""  # "figures from the ministry"
        f = _subject_frame(s, a, lex, cue=cue, depth=depth, propers=propers)
        if f is not None and f.kind == "person" and _described_body(s, a, lex):
            return _Frame(cue, "org", f.name, depth, body=True, counts=counts)  # "think-tank X"
        if f is not None and f.kind not in ("pronoun", "orgnoun"):
            return replace(f, counts=counts) if f.kind != "person" else f
        body = [k for k in _left_phrase(s, a) if s.lower[k] not in _DETS]
        return _Frame(cue, "org", _phrase(s, body, possessive=True), depth, counts=counts)
    left = _left_phrase(s, j)
    body = [k for k in left if s.lower[k] not in _DETS and s.pos[k] != "PRON"]
    while body and body[0] > 0 and s.text[body[0]] == "-" and s.pos[body[0] - 1] != "PUNCT":
        body.insert(0, body[0] - 1)  # "year-long review", whose "year" the phrase left out
    if any(s.pos[k] == "PROPN" for k in body):  # "the annual Directions survey": its name
        body = [k for k in body if s.text[k] not in _EVERY_SO_OFTEN]  # not "Daily Telegraph"
    text = _phrase(s, body, possessive=True)  # "whistle-blower complaint"
    if s.lower[j] == "minutes" and text.lower() == "minutes":  # "minutes of the meeting"
        of = [p for p in s.children(j) if p > j and s.dep[p] == "prep" and s.lower[p] == "of"]
        objs = [o for p in of for o in s.children(p) if s.dep[o] == "pobj"]
        text = s.join(j, objs[0] + 1) if objs else text
    if left == body and _unnamed_reports(s, j, lex):
        return None  # "reports said", "according to unconfirmed reports"
    if any(s.lower[k] in _EVERY and s.dep[k] == "det" for k in s.children(j)):
        return None  # "every opinion poll points to ...": the writer's generalisation
    journal = _journal(s, j)
    if journal is not None:  # "a study published in Nature Astronomy": named by where
        text = f"{text} published in {journal}"
    maker = any(  # "the court order", "the jury's verdict": no other order or verdict before
        s.dep[k] == "compound" and s.lemma[k].lower() in _ADJUDICATORS and k < j
        for k in s.children(j)
    )
    if not maker and (
        any(s.lower[k] in _DEFINITE for k in left) or any(s.dep[k] == "poss" for k in s.children(j))
    ):
        return _Frame(cue, "docref", s.lemma[j].lower(), depth, fallback=text)
    # "an investigation into the crash", "a poll for the Daily X": named by what follows
    return _Frame(cue, "document", text + _named_by_what(s, j), depth)


# how often a document comes out, no part of its name ("the annual Directions survey")
_EVERY_SO_OFTEN = frozenset(
    {"annual", "monthly", "quarterly", "weekly", "yearly", "biannual", "biennial"}
)
# inquiries named by what they look into ("an investigation into the crash", "the inquiry
# into the riots"), studies by whom they were done for ("a poll for the Daily Courier")
_INQUIRIES = frozenset({"investigation", "inquiry", "probe", "review", "inquest", "audit"})
_COMMISSIONED = frozenset({"poll", "survey", "study", "report", "research", "analysis"})


def _named_by_what(s: _Sent, j: int) -> str:
    """What names document ``j`` after it, as written with its preposition: what an inquiry
    looks into (" into the crash") or the named body a poll or study was done for (" for
    the Daily Courier", without a noun for its kind after the name: "the Daily Courier
    newspaper"); else ""."""
    noun = s.lemma[j].lower()
    for p in s.children(j):
        if p < j or s.dep[p] != "prep" or s.quoted[p]:
            continue
        objs = [o for o in s.children(p) if s.dep[o] == "pobj" and not s.quoted[o]]
        if not objs:
            continue
        o = objs[0]
        tree = sorted(s.subtree(o))
        if s.lower[p] == "into" and noun in _INQUIRIES:
            if any(s.pos[k] in ("VERB", "AUX") or s.text[k] in (",", ";") for k in tree):
                continue  # "an inquiry into how ...": a clause, no name
            return " into " + _phrase(s, tree)
        if s.lower[p] == "for" and noun in _COMMISSIONED:
            named = [k for k in tree if s.pos[k] == "PROPN" or s.ent[k][2:] in _NAME_ENTS]
            if not named or any(s.pos[k] in ("VERB", "AUX") or s.text[k] == "," for k in tree):
                continue  # "a survey for the first time", "a report for ministers"
            end = max(named) + 1 if s.pos[tree[-1]] == "NOUN" and tree[-1] > max(named) else None
            tree = [k for k in tree if end is None or k < end]
            return " for " + _phrase(s, tree)
    return ""


def _journal(s: _Sent, j: int) -> str | None:
    """The journal that document ``j`` was published in, as written without "the" and
    "journal" ("a study published in the journal Science", "research, published on Monday
    in PLOS One"): the name a study is known by when no maker is named; else ``None``."""
    for v in s.children(j):
        if s.dep[v] != "acl" or s.lemma[v] != "publish" or s.quoted[v]:
            continue
        for p in s.children(v):
            if s.dep[p] != "prep" or s.lower[p] != "in":
                continue
            for o in s.children(p):
                if s.dep[o] != "pobj" or s.ent[o].endswith("DATE"):
                    continue
                if s.lower[o] == "journal" and o + 1 < len(s.text) and s.pos[o + 1] == "PROPN":
                    o = o + 1  # "in the journal Science", the name hung elsewhere
                if s.pos[o] != "PROPN" or s.quoted[o]:
                    continue
                a = min(k for k in s.subtree(o) if k > p)
                b = max(s.subtree(o)) + 1 if s.lower[o - 1] != "journal" else s.ent_span(o)[1]
                while a < o and s.lower[a] in ("the", "journal"):
                    a += 1
                if any(s.pos[k] in ("VERB", "AUX") or s.text[k] == "," for k in range(a, b)):
                    continue
                return s.join(a, b)
    return None


def _described_body(s: _Sent, a: int, lex: _Lexicon) -> bool:
    """Whether the maker's name at ``a``, which the tagger took for a person's, is written
    after a common noun for a body ("a report by UK think-tank Demos", "a poll by research
    firm Elmwood", "a study from the charity Hope"): a body's name."""
    first = s.ent_span(a)[0] if s.ent[a] != "O" else a
    left = sorted(k for k in s.subtree(a) if k < first)
    while left and left[0] < first - len(left):  # the run of words right before the name
        left = left[1:]
    if not left or left[-1] != first - 1 or s.pos[left[-1]] != "NOUN":
        return False
    last = s.join(left[0], first).lower().split()[-1]  # "company president Lee Scott": a title
    bodies = lex.collective_nouns | lex.org_descriptors
    return last in bodies or last.rstrip("s") in bodies


# determiners that make a document any of its kind, no one document ("every poll shows")
_EVERY = frozenset({"every", "all", "any", "each", "no"})


# where a report appeared that names no outlet: "press reports in China" (a place)
_PLACES = frozenset({"GPE", "LOC", "NORP"})


def _unnamed_reports(s: _Sent, j: int, lex: _Lexicon) -> bool:
    """Whether ``j`` heads reports that name no source: plural "reports" or "statements"
    with nothing before it but adjectives and the common nouns of outlets ("reports said",
    "unconfirmed reports", "press reports", "official statements") and no outlet named
    after it ("reports in the Financial Times" names one; "press reports in China" only
    where). Hearsay, which credits nobody (the guide's unnamed reports)."""
    if s.tag[j] != "NNS" or s.lemma[j].lower() not in ("report", "statement"):
        return False
    generic = {n for n in lex.outlet_nouns if " " not in n}
    before = [k for k in _left_phrase(s, j) if k != j and s.lower[k] not in _DETS]
    if not all(s.pos[k] == "ADJ" or s.lower[k] in generic for k in before):
        return False
    return not any(
        s.pos[o] == "PROPN" or s.ent[o][2:] in _NAME_ENTS
        for p in s.children(j)
        if s.dep[p] == "prep" and p > j
        for o in s.children(p)
        if not (s.lower[p] == "in" and s.ent[o][2:] in _PLACES)
    )


def _document_of(s: _Sent, j: int, lex: _Lexicon) -> int | None:
    """The document or ruling that document ``j`` is "of" ("the summary of the decision",
    "the text of the ruling", "a copy of the court's judgment"), whose maker is the
    speaker; else ``None``."""
    for p in s.children(j):
        if p < j or s.dep[p] != "prep" or s.lower[p] != "of":
            continue
        for o in s.children(p):
            document = _noun(s, o) in _RULINGS or _noun(s, o) in lex.doc_nouns
            if s.dep[o] == "pobj" and s.pos[o] == "NOUN" and not s.quoted[o] and document:
                return o
    return None


# --- the subject as written, when the parse gave the cue none ------------------------------

_CLOSING = frozenset({'"', "”", "’", "'"})
_ENDS_PHRASE = frozenset({".", ";", ":", "!", "?", "(", ")"})
_RELATIVE_OPENERS = frozenset({"who", "whose", "which"})
_PHRASE_ADPS = frozenset({"of", "for", "at", "from", "in", "with"})


def _mark(s: _Sent, k: int) -> bool:
    """Whether token ``k`` sets a phrase off: a comma, or a dash with space on both sides
    (not the hyphen of "anti-virus")."""
    if s.text[k] == ",":
        return True
    if s.text[k] not in ("-", "–", "—", "--") or k == 0 or k + 1 >= len(s.text):
        return False
    after = s.start[k - 1] + len(s.text[k - 1])
    return s.start[k] > after and s.start[k + 1] > s.start[k] + len(s.text[k])


def _phrase_word(s: _Sent, k: int, *, adp: bool = True) -> bool:
    """Whether token ``k`` can belong to a noun phrase as written ("the firm's chief
    executive", "chairman of the Commons committee", "Ann Bee and Tom Cole"): a determiner,
    adjective, noun, name, number, possessive, an "and", a hyphen inside a word and, with
    ``adp``, a preposition that opens what describes the noun."""
    if s.quoted[k]:
        return False
    if s.ent[k].endswith("PERSON"):
        return True  # "Jurgen den Hartog", whatever the tagger made of "den"
    if s.pos[k] in ("DET", "ADJ", "NOUN", "PROPN", "NUM") or s.tag[k] == "PRP$":
        return s.tag[k] not in ("WDT", "WP", "WP$")
    if s.text[k] in ("'s", "’s", "&") or s.lower[k] == "and":
        return True
    if s.text[k] == "-" and not _mark(s, k):
        return True
    return adp and s.pos[k] == "ADP" and s.lower[k] in _PHRASE_ADPS


def _can_speak(s: _Sent, k: int, lex: _Lexicon, *, nouns: bool = True) -> bool:
    """Whether token ``k``, the head of a phrase found by its place rather than by the
    parse, names someone who can speak: a person, body or place the tagger named, a
    capitalised name, or (with ``nouns``) a noun for people or a body ("analysts", "the
    party", "the magazine"); not a document ("reads a memo for Mr Heath": whose?)."""
    typ = s.ent[k][2:]
    if typ in ("PERSON", "ORG", "GPE", "NORP") or (s.pos[k] == "PROPN" and typ == ""):
        return s.text[k][:1].isupper()
    noun = s.lemma[k].lower()
    if not nouns or s.pos[k] != "NOUN":
        return False
    return (
        _human_noun(noun, lex)
        or noun in lex.collective_nouns
        or noun in lex.outlet_nouns
        or (s.tag[k] == "NNS" and _agents(noun, lex))
    )


_LEFT_DEP_OF = {"DET": "det", "ADJ": "amod", "NUM": "nummod", "PART": "case"}


def _regrown(s: _Sent, a: int, b: int, head: int, verb: int, lex: _Lexicon) -> _Sent:
    """Sentence ``s`` with the phrase ``a:b`` hung as the parse should have hung it: its
    words that the parse put outside it under its ``head``, and the head as the subject of
    ``verb``; a name tagged together with the words before its honorific ("[with Tanzania
    Mr Brown] said") starts at the honorific. The rest of the parse as it was."""
    heads, deps, ents = list(s.head), list(s.dep), list(s.ent)
    first = s.ent_span(head)[0]
    for m in range(max(a, first + 1), head):
        if s.lower[m].rstrip(".") in lex.honorifics and s.ent[head] != "O":
            ents[m : head + 1] = ["B-PERSON"] + ["I-PERSON"] * (head - m)
            break
    heads[head], deps[head] = verb, "nsubj"
    k, steps = verb, 0
    while s.head[k] != k and steps < len(s.text):  # a verb the parse hung inside the phrase
        k, steps = s.head[k], steps + 1  # ("and Kirwan says" as a conjunct of "Kirwan")
        if a <= k < b:
            heads[verb], deps[verb] = verb, "ROOT"
            break
    for k in range(a, b):
        if k != head and not a <= s.head[k] < b:
            heads[k] = head
            if k > head:
                deps[k] = "prep"
            else:
                deps[k] = "poss" if s.tag[k] == "PRP$" else _LEFT_DEP_OF.get(s.pos[k], "compound")
    return replace(s, head=heads, dep=deps, ent=ents, _children=None)


def _frame_as_written(
    s: _Sent,
    phrase: tuple[int, int, int],
    verb: int,
    lex: _Lexicon,
    *,
    cue: str,
    direct: bool,
    propers: dict | None,
) -> _Frame | None:
    """The frame of cue ``verb`` whose subject is the ``phrase`` (first token, end, head)
    found by its place rather than by the parse, read with the phrase hung under the cue
    (:func:`_regrown`)."""
    first, end, head = phrase
    return _subject_frame(
        _regrown(s, first, end, head, verb, lex),
        head,
        lex,
        cue=cue,
        depth=s.depth(verb),
        direct=direct,
        propers=propers,
    )


def _phrase_head(s: _Sent, a: int, b: int) -> int | None:
    """The head of noun phrase ``a:b`` as written: its last word before a preposition ("the
    head of the agency": "head"; "a memo for Mr Heath": "memo"), a noun or name."""
    head = next((k for k in range(a, b) if s.pos[k] == "ADP"), b) - 1
    if head < a or s.pos[head] not in ("NOUN", "PROPN") or s.ent_span(head)[1] > head + 1:
        return None
    return head


def _own_subject(s: _Sent, i: int) -> bool:
    """Whether the parse gave verb ``i`` a subject of its own (or an "it" or "there")."""
    return any(s.dep[k] in ("nsubj", "nsubjpass", "expl", "csubj") for k in s.children(i))


def _written_subject(s: _Sent, i: int, lex: _Lexicon) -> tuple[int, int, int] | None:
    """The subject of finite cue ``i`` read from the order of the words when the parse hung
    it elsewhere and left the cue without one (the small parse does so around names and
    asides): the head of

    - a name or speaker right before the cue (:func:`_subject_before`);
    - a phrase right after a cue set off by a comma or closing quote and ended by a comma,
      dash or the sentence ("Instead, said Mr Doctorow, DRM ...", "..., says the party -",
      '"...," added the spokesman.');
    - a name set off by commas right before it ("..., her lawyer, Ann Bee, said."), or the
      phrase before an aside set off so ("Size, whose album won ..., said ...", "Ann Bee,
      chairman of the committee, said ...").

    Gives the phrase's first and end token and its head; ``None`` when none of these
    holds: a participle or infinitive ("the said property", "was said to") has no subject
    of its own to find."""
    k = _before_cue(s, i)
    if k is None:
        return None
    if k < 0 or s.quoted[k]:
        return _after_cue(s, i, lex)
    found = _subject_before(s, i, lex) or (_after_cue(s, i, lex) if k == i - 1 else None)
    if found is None and _mark(s, k):
        found = _before_aside(s, k, lex)
    return found


def _before_cue(s: _Sent, i: int) -> int | None:
    """The word before finite cue ``i`` and its auxiliaries and adverbs ("Ann Bee has also
    said"); ``None`` for a cue that is no finite verb, a passive or a quoted word."""
    finite = s.tag[i] in _FINITE or (
        s.tag[i] == "VBN" and any(s.dep[k] == "aux" and k < i for k in s.children(i))
    )
    if not finite or s.quoted[i] or _passive(s, i):
        return None
    k = i - 1
    while k > 0 and s.pos[k] in ("AUX", "ADV") and s.text[k].islower() and not s.quoted[k]:
        k -= 1
    return k


def _subject_before(s: _Sent, i: int, lex: _Lexicon) -> tuple[int, int, int] | None:
    """A name right before finite cue ``i`` (with its auxiliaries and adverbs) that the
    parse hung elsewhere: "Desailly says ..." with the name read as an adverb, "a survey by
    property website Rightmove said ...", "They meet in Rome and Kirwan says ...". Gives
    the name's first and end token and its last, else ``None``."""
    k = _before_cue(s, i)
    if k is None or k < 0 or s.quoted[k]:
        return None
    typ = s.ent[k][2:]
    if typ == "PERSON" or (s.pos[k] == "PROPN" and typ in ("", "ORG", "GPE", "NORP", "LOC")):
        if not s.text[k][:1].isupper() or s.ent_span(k)[1] != k + 1:
            return None
        a, end = (s.ent_span(k)[0] if typ else k), k + 1
        while not typ and a > 0 and s.pos[a - 1] == "PROPN" and s.ent[a - 1] == "O":
            a -= 1
        # a body named with its place: "the Economic Commission for Europe", the tagger's
        # body ending before "for" (a place alone never speaks so here)
        body = a > 1 and s.lower[a - 1] in ("for", "of") and s.ent[a - 2][2:] == "ORG"
        if body:
            a, k = s.ent_span(a - 2)[0], a - 2  # the body's own name heads the phrase
        elif typ == "LOC":
            return None
        plural = s.tag[i] == "VBZ" and s.lower[i] == s.lemma[i] + "s"
        if plural and a > 0 and s.pos[a - 1] in ("DET", "ADP"):
            return None  # "despite the Charlton protests": a noun after a name
        return a, end, k
    return None


def _after_cue(s: _Sent, i: int, lex: _Lexicon) -> tuple[int, int, int] | None:
    """The speaker named in a phrase right after cue ``i`` that follows a comma or a closing
    quote (", say analysts,", '"...," added the spokesman.'), when the phrase ends the
    sentence or is set off; else ``None``. Verbs whose object is the one addressed
    ("told reporters") never invert so."""
    if i < 1 or s.tag[i] not in _FINITE or s.lemma[i] in _ADDRESSEE_VERBS:
        return None
    before = s.text[i - 1]
    if not (before == "," or (before in _CLOSING and i > 1 and s.quoted[i - 2])) and not _mark(
        s, i - 1
    ):
        return None
    end = i + 1
    while end < len(s.text) and _phrase_word(s, end):
        end += 1
    if end == i + 1 or s.pos[end - 1] == "ADP" or s.lower[end - 1] == "and":
        return None
    if end < len(s.text) and not (_mark(s, end) or s.text[end] in _ENDS_PHRASE):
        return None  # ", said the company in a statement": the parse found that one
    head = _phrase_head(s, i + 1, end)
    return (i + 1, end, head) if head is not None and _can_speak(s, head, lex) else None


def _before_aside(s: _Sent, close: int, lex: _Lexicon) -> tuple[int, int, int] | None:
    """The speaker of a cue right after the set-off mark ``close``: the name the marks set
    off ("..., her lawyer, Ann Bee, said"), else the phrase before an aside they set off
    ("Size, whose album won ..., said", "Ann Bee, chairman of the committee, said",
    "The US, which can veto it, said"); ``None`` when the phrase is not there whole."""
    p = close - 1
    while p >= 0 and not _mark(s, p) and s.text[p] not in _ENDS_PHRASE and not s.quoted[p]:
        p -= 1
    if p < 1 or not _mark(s, p) or p == close - 1:
        return None
    a, b = p + 1, close
    noun_phrase = all(_phrase_word(s, m) for m in range(a, b))
    if noun_phrase and s.ent[b - 1].endswith("PERSON"):
        return s.ent_span(b - 1)[0], b, b - 1  # "her lawyer, Ann Bee, said": the name
    relative = s.lower[a] in _RELATIVE_OPENERS
    if not (relative or noun_phrase or s.tag[a] in ("VBN", "VBG")):
        return None
    e = p - 1
    start = e
    while start > 0 and _phrase_word(s, start - 1, adp=False):
        start -= 1
    if start > 0 and not (
        _mark(s, start - 1) or s.text[start - 1] in _ENDS_PHRASE or s.pos[start - 1] == "CCONJ"
    ):
        return None  # "struck with Ann Bee, the owner, said": the name is an object
    if s.ent[e] == "O" and not relative:
        return None  # "The deal, signed today, said": an aside after a name only
    return (start, p, e) if _can_speak(s, e, lex, nouns=relative) else None


def _hyphen_end(s: _Sent, k: int) -> int:
    """The last part of a hyphenated noun the parser split ("co-chairman" -> "chairman")."""
    while (
        k + 2 < len(s.text)
        and s.text[k + 1] == "-"
        and s.pos[k] == "NOUN"
        and s.pos[k + 2] == "NOUN"
        and s.start[k + 1] == s.start[k] + len(s.text[k])
        and s.start[k + 2] == s.start[k + 1] + 1
    ):
        k += 2
    return k


def _aged_modifier(s: _Sent, i: int) -> int | None:
    """ "The 31-year-old" parsed as modifiers of the verb it is the subject of: the "old"."""
    for k in s.children(i):
        if k > i:
            break
        if (
            s.dep[k] == "amod"
            and s.lemma[k].lower() == "old"
            and any(s.lower[c] == "year" for c in s.children(k))
        ):
            return k
    return None


def _agent_of(s: _Sent, i: int) -> int | None:
    """The agent of a passive verb ("was described by Jobs as ..." -> "Jobs"), or ``None``."""
    if s.tag[i] != "VBN" or not any(s.dep[k] == "auxpass" for k in s.children(i)):
        return None
    for k in s.children(i):
        if s.dep[k] == "agent":
            objs = [o for o in s.children(k) if s.dep[o] == "pobj"]
            if (
                objs
                and s.pos[objs[0]] == "NOUN"
                and s.tag[objs[0]] == "NN"
                and not any(
                    s.dep[c] in ("det", "poss", "compound", "amod") for c in s.children(objs[0])
                )
            ):
                return None  # "informed by letter", "told by phone": how, not who
            return objs[0] if objs else None
    return _agent_after_quote(s, i)


def _agent_after_quote(s: _Sent, i: int) -> int | None:
    """The agent that the parse hung under a quoted "as" phrase of passive ``i`` ('was
    described as a "true gentleman" by his friend', 'dismissed as "absurd" by the judge'): a
    "by" phrase right after the closing quote ends the phrase, so it names who spoke; unquoted
    ("hailed as the best album by a British band") it may belong to the noun, so ``None``."""
    for a in s.children(i):
        if s.dep[a] != "prep" or s.lower[a] != "as" or a < i:
            continue
        for k in s.subtree(a):
            if s.lower[k] == "by" and s.dep[k] in ("prep", "agent") and k > 1:
                closed = s.text[k - 1] in ('"', "”", "'", "’") and s.quoted[k - 2]
                objs = [o for o in s.children(k) if s.dep[o] == "pobj"]
                if closed and objs and s.pos[objs[0]] in ("NOUN", "PROPN"):
                    return objs[0]
    return None


# verbs whose subject is always a speaker, or a document or body that speaks for one: with
# words of their own, the subject says them whatever noun it is ("a new book says ...", "an
# acquaintance said ...", "opponents of the bill claim ..."); verbs of thinking, finding or
# showing are left out ("the figures suggest", "the move shows")
_SAYING = frozenset(words("speech_verbs", "written_speaker_verbs"))


def _says(s: _Sent, i: int, subj: int, *, direct: bool) -> bool:
    """Whether cue verb ``i`` says something in words of its own with ``subj`` as its own
    subject: a finite verb of ``_SAYING``, active, bringing in a quotation (``direct``) or a
    clause ("said it would ...", "..., says the party"). Not a verb set off after its subject
    ("The problem, said Ann Bee, is ...": the speaker follows it), nor one a parenthetical
    "he said" hangs on (what it says is his)."""
    if s.lemma[i] not in _SAYING or _passive(s, i) or s.head[subj] != i or s.dep[subj] not in _SUBJ:
        return False
    finite = s.tag[i] in ("VBD", "VBZ", "VBP") or any(
        s.dep[k] in ("aux", "auxpass") for k in s.children(i)
    )
    if not finite or (subj < i and s.text[i - 1] in (",", "—", "-")):
        return False
    if any(s.dep[k] == "parataxis" and s.lemma[k] in _SAYING for k in s.children(i)):
        return False
    return direct or s.dep[i] == "parataxis" or any(s.dep[k] == "ccomp" for k in s.children(i))


def _active_clause(s: _Sent, i: int) -> bool:
    """Whether a verb without its own subject speaks for the subject of the clause it
    hangs on: "..., saying", "went on to accuse", "although insists" do; a passive
    participle ("when asked", "accused of") does not."""
    return s.tag[i] != "VBN"


def _work_by(s: _Sent, j: int) -> str | None:
    """The title of a work as written when the proper name headed by ``j`` is one set off
    with its author ("Brown's Britain, by Ann Bee, says", "Blair's Wars, by Ann Bee,
    claims"): a possessor's name opens it, and "by" and a person follow between commas;
    else ``None``."""
    if s.pos[j] != "PROPN" or j + 2 >= len(s.text) or s.text[j + 1] != ",":
        return None
    owner = [k for k in s.children(j) if s.dep[k] == "poss" and k < j and s.pos[k] == "PROPN"]
    by = [k for k in s.children(j) if s.dep[k] == "prep" and s.lower[k] == "by" and k == j + 2]
    if not owner or not by or s.quoted[j]:
        return None
    if not any(s.dep[o] == "pobj" and s.ent[o].endswith("PERSON") for o in s.children(by[0])):
        return None
    return s.join(min(s.subtree(owner[0])), j + 1)


def _subject_frame(
    s: _Sent,
    j: int,
    lex: _Lexicon,
    *,
    cue: str,
    depth: int,
    direct: bool = False,
    propers: dict | None = None,
    says: bool = False,
) -> _Frame | None:
    """Classify the phrase headed by token ``j`` as a possible speaker (or ``None``). With
    ``says`` the phrase is the subject of an active verb that says something in words
    (:func:`_says`): a common noun that names nobody is then the speaker as written."""
    propers = propers or {}
    j = _whole_of(s, j)  # "half of the respondents said": the respondents
    quantified = _quantified_frame(s, j, lex, cue=cue, depth=depth)
    if quantified is not None:  # "Many fear ...", "Those with slim majorities are ..."
        return quantified
    low, pos, ent = s.lower[j], s.pos[j], s.ent[j]
    if pos == "PROPN" and s.text[j].islower() and ent == "O":
        pos = "NOUN"  # "the finance ministry" tagged as a name: a common noun
    if pos == "PROPN" and ent == "O" and _first_word(s, j) and low.rstrip("s") in lex.doc_nouns:
        pos = "NOUN"  # "Reports said ...": a common noun, capitalised as the first word
    if pos == "ADJ" and "-" in _noun(s, j) and _document(s, j):
        pos = "NOUN"  # "A post-mortem showed ...", split by the tokenizer, "mortem" an ADJ
    if pos == "PRON" and s.text[j].isupper() and propers.get(s.text[j]):
        pos = "PROPN"  # "WHO said", where the article names the WHO

    if pos == "VERB" and _verb_of_a_name(s, j, propers):  # "Ask Jeeves said": the name
        end = j + 1
        while end < len(s.text) and s.pos[end] == "PROPN" and s.text[end][:1].isupper():
            end += 1
        return _Frame(cue, "propn", " ".join(_words(s, j, end)), depth)
    if pos == "PRON" or low in _PRONOUNS:
        return _Frame(cue, "pronoun", low, depth) if low in _PRONOUNS else None
    if ent != "O" and ent[2:] not in ("DATE", "PERSON"):
        k = _apposed_name(s, j)  # "a Republican, Mark Amodei, said": the person
        if k is not None and s.ent[k].endswith("PERSON"):
            return _subject_frame(s, k, lex, cue=cue, depth=depth, direct=direct)
        k = _comma_person(s, j)  # "the Institute's director, Dr. Ann Bee, said"
        if k is not None:
            return _subject_frame(s, k, lex, cue=cue, depth=depth, direct=direct)
        k = _titled_person_after(s, j, lex)  # "Connecticut Senator Richard Blumenthal"
        if k is not None:
            return _subject_frame(s, k, lex, cue=cue, depth=depth, direct=direct)
        k = _person_of_campus(s, j)  # "Ann Bee of the University of Elm, Lakeside said"
        if k is not None:
            return _subject_frame(s, k, lex, cue=cue, depth=depth, direct=direct)
    work = _work_by(s, j)
    if work:  # "Brown's Britain, by Ann Bee, says": the book as titled, owner and all
        return _Frame(cue, "org", work, depth)
    if ent != "O" and ent[2:] != "DATE":
        a, b = s.ent_span(j)
        typ = ent[2:]
        k = a - 1 if a > 0 and s.lower[a - 1] != "the" else a - 2  # "newspaper The Hindu"
        if k >= 0 and s.lower[k] in lex.outlet_nouns and s.pos[k] == "NOUN":
            words = _words(s, a, b)
            return _Frame(cue, "outlet", " ".join(w for w in words if w.lower() != "the"), depth)
        honorific = s.lower[a].rstrip(".") in lex.honorifics
        the = a > 0 and s.lower[a - 1] == "the"
        named = a > 1 and s.text[a - 1] == "The"  # "newspaper The Hindu": a name
        demonym = b - a == 1 and the and not named and not s.lower[a].endswith("s")
        if demonym and (typ == "NORP" or (typ == "PERSON" and s.lower[a] not in lex.titles)):
            # "the Scot": someone named before, else the description as written
            return _Frame(cue, "description", "", depth, fallback=s.join(a - 1, a + 1))
        if _one_described(s, a, b, lex):  # "the 27-year-old Austrian", "the Ohio Republican"
            written = s.join(min(s.subtree(a)) + 1, a + 1)  # as written, when it fits nobody
            return _Frame(cue, "description", "", depth, fallback=written)
        if typ == "PERSON" and s.lower[a] == "the":  # "the Lib Dems" tagged as a person
            typ = "ORG"
        k = _person_after_party(s, a, b) if typ in _NAME_ENTS else None
        if k is not None:  # "For the Lib Dems David Laws said": the person, not the party
            return _Frame(cue, "person", " ".join(_person_words(s, k, b, lex)[0]), depth)
        if typ == "PERSON" or (honorific and typ in _NAME_ENTS) or _titled(s, a, b, lex):
            return _Frame(cue, "person", " ".join(_person_words(s, a, b, lex)[0]), depth)
        if typ in _NAME_ENTS:
            a = _name_start(s, a, b, lex)  # "Liberal Democrats", "Amnesty International UK"
            b = _body_end(s, a, b, lex)  # "the Court of Appeals for the District of Columbia"
            words = _words(s, a, b)
            the = (bool(words) and words[0].lower() == "the") or (a > 0 and s.lower[a - 1] == "the")
            if words and words[0].lower() == "the":
                words = words[1:]
            while len(words) > 1 and words[0].lower() in lex.org_descriptors:
                words = words[1:]  # "Bookmakers Ladbrokes"
            text = " ".join(words)
            if the and len(words) == 1 and text.lower() in lex.collective_nouns:
                return _Frame(cue, "orgdesc", text.lower(), depth, fallback=text)  # "the Bank"
            if _is_outlet(text, lex):
                toks = [k for k in range(a, b) if s.lower[k] != "the"]
                return _Frame(cue, "outlet", text, depth, bare=_outlet_named(s, toks, lex))
            return _Frame(cue, "org", text, depth)
    # an apposition names the speaker: "the chancellor, Gordon Brown, said"
    k = _apposed_name(s, j)
    if k is not None:
        return _subject_frame(s, k, lex, cue=cue, depth=depth, direct=direct)
    if low == "one":  # "one of their lawyers, Ann Bee": the name apposed to the group
        for p in s.children(j):
            if s.dep[p] == "prep" and s.lower[p] == "of":
                for o in s.children(p):
                    k = _apposed_name(s, o) if s.dep[o] == "pobj" else None
                    if k is not None:
                        return _subject_frame(s, k, lex, cue=cue, depth=depth, direct=direct)
    k = _comma_person(s, j) if pos == "NOUN" else None
    if k is not None:  # "ITV's controller of entertainment, Ann Bee, said"
        return _subject_frame(s, k, lex, cue=cue, depth=depth, direct=direct)
    k = _name_in_title(s, j, lex) if pos == "NOUN" else None
    if k is not None:  # "Gloucester director of rugby Nigel Melville said"
        return _subject_frame(s, k, lex, cue=cue, depth=depth, direct=direct)
    k = _name_before_role(s, j) if pos == "NOUN" else None
    if k is not None:  # "Ann Bee, campaigns director at Apex, said", the name hung on the role
        return _subject_frame(s, k, lex, cue=cue, depth=depth, direct=direct)
    left = _left_phrase(s, j)
    if pos == "PROPN" or (s.dep[j] == "punct" and s.text[j][:1].isupper()):
        end = _name_end(s, j)  # "Consumers Against Supermarket Privacy Invasion"
        if end < len(s.text) and s.dep[end] == "nummod" and s.head[end] == j:
            end += 1  # with a number after the name: "News 12 reported"
        first = next((k for k in left if not s.ent[k].endswith("DATE")), j)  # "December BT"
        words, _, title = _clean_name(_words(s, first, end), lex)
        honorific = any(s.lower[k].rstrip(".") in lex.honorifics for k in left)
        text = " ".join(words).rstrip(".")
        if _is_outlet(text, lex):
            return _Frame(cue, "outlet", text, depth)
        return _Frame(cue, "person" if honorific or title else "propn", text, depth)
    if pos == "NOUN" and s.text[j] in propers and s.text[j][:1].isupper():
        kind = "propn" if propers[s.text[j]] else "person"  # "Napster claims", as a noun
        return _Frame(cue, kind, s.text[j], depth)
    if pos == "NOUN" and ent == "O" and _acronym(s.text[j]) and low not in lex.titles:
        return _Frame(cue, "propn", s.text[j], depth)  # "UNICEF reported", as a noun
    if (
        pos == "ADJ"
        and s.lemma[j].lower() == "old"
        and any(s.lower[k] == "year" for k in s.children(j))
    ):  # "the 67-year-old said"
        return _Frame(cue, "description", "", depth, fallback=s.join(left[0], j + 1))
    aged = pos == "NOUN" and any(  # "the 41-year-old chart-topper told reporters"
        k < j and _aged_modifier(s, j) == k for k in s.children(j)
    )
    if aged and any(s.lower[k] == "the" for k in left) and s.lemma[j].lower() not in lex.titles:
        return _Frame(cue, "description", "", depth, fallback=s.join(left[0], j + 1))
    if pos == "NOUN":
        return _noun_frame(s, j, left, lex, cue=cue, depth=depth, direct=direct, says=says)
    if says and low == "one" and s.dep[j] in _SUBJ:  # "One of the victims said ...": as written
        ofs = [p for p in s.children(j) if s.dep[p] == "prep" and s.lower[p] == "of"]
        if ofs and any(s.dep[o] == "pobj" and s.pos[o] == "NOUN" for o in s.children(ofs[0])):
            name = "one " + s.join(ofs[0], max(s.subtree(ofs[0])) + 1)
            return _Frame(cue, "written", name, depth, then=_Frame(cue, "role", name, depth))
    return None


def _one_described(s: _Sent, a: int, b: int, lex: _Lexicon) -> bool:
    """Whether the one word tagged at ``a:b`` is the head of a definite description of one
    person by nation, party or origin, with an age, a plain adjective or a place before it:
    "the 27-year-old Austrian", "the Ohio Republican", "the former Tory", "The Frenchman"
    (a noun for a person of a nation, whatever the tagger took it for). Not a plural ("the
    Swiss"), nor "The" written inside a name ("newspaper The Hindu")."""
    if b - a != 1 or s.lower[a].endswith("s") or s.quoted[a]:
        return False
    typ, low = s.ent[a][2:], s.lower[a]
    nation = s.tag[a] == "NNP" and low in lex.person_nouns and low not in lex.titles
    if not (typ == "NORP" or (typ == "PERSON" and low not in lex.titles) or nation):
        return False
    left = min(s.subtree(a))
    if left >= a or s.lower[left] != "the" or s.head[left] != a:
        return False
    if left > 0 and s.text[left] == "The":
        return False
    for k in range(left + 1, a):
        age = s.pos[k] == "NUM" or s.lower[k] in ("-", "year", "years", "old")
        plain = s.pos[k] == "ADJ" and s.text[k].islower()
        place = s.pos[k] == "PROPN" and s.ent[k][2:] in ("GPE", "LOC")
        if s.quoted[k] or not (age or plain or place):
            return False
    return True


def _acronym(word: str) -> bool:
    """Whether ``word`` is written as an acronym: three or more capitals ("UNICEF", "NEOC");
    "CEO" and other titles are left out by the caller."""
    return len(word) >= 3 and word.isalpha() and word.isupper()


def _first_word(s: _Sent, j: int) -> bool:
    """Whether token ``j`` is the sentence's first word (after any opening punctuation)."""
    return all(s.pos[k] == "PUNCT" for k in range(j))


def _titled_person_after(s: _Sent, j: int, lex: _Lexicon) -> int | None:
    """The person named right after place or body ``j`` and a title ("Connecticut Senator
    Richard Blumenthal", "Texas Governor Ann Bee"), however the parse split them; else
    ``None``."""
    k = s.ent_span(j)[1]
    if k >= len(s.text) or s.lower[k].rstrip(".") not in lex.title_words:
        return None
    while k < len(s.text) and s.lower[k].rstrip(".") in lex.title_words:
        k += 1
    if k < len(s.text) and s.ent[k] == "B-PERSON" and not s.quoted[k]:
        return s.ent_span(k)[1] - 1
    return None


def _person_of_campus(s: _Sent, j: int) -> int | None:
    """The person before a body whose name ends with a place after a comma, which the parse
    made the subject ("Ann Bee of the University of Elm, Lakeside disagreed", "Lakeside"
    the subject): the person's last token, when the place's span follows the comma that
    ends the body, the body is the object of "of", "at" or "from" straight after the
    person's name, and the place runs up to the verb; else ``None``."""
    if s.ent[j][2:] not in ("GPE", "LOC"):
        return None
    a, b = s.ent_span(j)
    if a < 3 or s.text[a - 1] != "," or s.ent[a - 2][2:] not in ("ORG", "FAC") or s.quoted[a]:
        return None
    if b >= len(s.text) or s.head[j] != b or s.pos[b] not in ("VERB", "AUX"):
        return None
    c = s.ent_span(a - 2)[0]
    p = c - 1 if s.lower[c] == "the" or s.lower[c - 1] != "the" else c - 2
    if p < 1 or s.lower[p] not in ("of", "at", "from") or s.quoted[p]:
        return None
    h = s.head[p]
    if not s.ent[h].endswith("PERSON") or s.ent_span(h)[1] != p or s.quoted[h]:
        return None
    return h


def _outlet_named(s: _Sent, body: list[int], lex: _Lexicon) -> str | None:
    """The outlet's name, of tokens ``body``, written before the common noun that says what
    it is ("the
    Associated Press news agency", "the Le Figaro newspaper"), else ``None``: capitalised
    proper words only, no nationality ("a Chinese newspaper") nor description ("the state
    news agency")."""
    words = [s.text[k] for k in body]  # as written: "Sky News", "China Daily" are names
    for noun in lex.outlet_nouns:
        tail = noun.split()
        if len(words) > len(tail) and words[-len(tail) :] == tail:
            name = body[: -len(tail)]
            break
    else:
        return None
    proper = all(
        s.pos[k] == "PROPN" and s.text[k][:1].isupper() and s.ent[k][2:] not in ("NORP", "DATE")
        for k in name
    )
    return _phrase(s, name) if proper else None


def _noun_frame(
    s: _Sent,
    j: int,
    left: list[int],
    lex: _Lexicon,
    *,
    cue: str,
    depth: int,
    direct: bool,
    says: bool = False,
) -> _Frame | None:
    """A common-noun subject: an outlet, a description of a named person ("the Tory
    leader", "the star of ..."), or a role or group ("a spokesman for the Home Office").
    With ``says`` (the subject of a verb that says something in words) an indefinite,
    plural or person-owned noun that fits none of those is the speaker as written ("an
    acquaintance said", "opponents of the bill said", "a new book says"); a definite one
    ("the project said") stays a description of what the article names."""
    body = [k for k in left if s.lower[k] not in _DETS and s.pos[k] not in ("PUNCT", "PRON")]
    body = [k for k in body if not _counting(s, k)]  # "some consumer groups", "2,000 people"
    body = [k for k in body if s.text[k] not in ("'s", "’s")]
    half = {k for k in body if k > 1 and s.text[k - 1] == "-" and k - 2 not in body}
    body = [k for k in body if k not in half]  # "Paris-based" whose "Paris" was left out
    phrase = _phrase(s, body)
    if _is_outlet(phrase, lex) and not _document(s, j):  # "a BBC statement": below
        return _Frame(cue, "outlet", phrase, depth, bare=_outlet_named(s, body, lex))
    counted = _noun(s, j) in _COUNTS and (s.tag[j] == "NNS" or _noun(s, j) == "data")
    if counted and _author(s, j) is None and not _named_maker(s, j):
        owned = any(s.dep[k] in ("poss", "compound") for k in s.children(j))  # "the bank's"
        if not owned and any(s.lower[k] in ("the", "these", "those") for k in left):
            # "the numbers suggested": the count with its maker named just before, if any
            return _Frame(cue, "docref", _noun(s, j), depth, counts=s.lower[j])
    if _document(s, j):  # "data" (lemma "datum") as subject: evidence
        if _noun(s, j) in _EVIDENCE and _author(s, j) is None and not _named_maker(s, j):
            return None  # "figures suggest": evidence, not someone's statement
        return _document_frame(s, j, lex, cue=cue, depth=depth)
    phrase = _phrase(s, body, possessive=True)
    dets = {s.lower[k] for k in left if s.lower[k] in _DETS}
    dets |= {s.lower[k] for k in s.children(j) if k < j and s.dep[k] == "det"}
    owner = any(s.dep[k] == "poss" and s.pos[k] == "PRON" for k in s.children(j) if k < j)
    definite = bool(dets & _DEFINITE) or not dets
    noun, low = s.lemma[j].lower(), s.lower[j]
    single = low == noun and noun not in lex.collective_nouns
    full = _with_attachments(s, j, phrase, lex)
    if bool(dets & _DEFINITE) and low == noun == phrase and noun in lex.collective_nouns:
        return _Frame(cue, "orgdesc", noun, depth, fallback=full)  # "the bank": which one?
    if bool(dets & _DEFINITE) and low == noun in _COURTS and phrase.islower():
        return _Frame(cue, "orgdesc", noun, depth, fallback=full)  # "the unanimous court"
    if owner and (single or low == noun) and noun in _RELATIVES:  # "his daughter", "her office"
        poss = next(k for k in s.children(j) if s.dep[k] == "poss" and s.pos[k] == "PRON")
        return _Frame(cue, "relative", noun, depth, fallback=s.lower[poss])
    title = _title_suffix(phrase.lower(), lex) or (low if low in lex.titles else None)
    if definite and single and title:
        return _Frame(cue, "title", title, depth, fallback=full, placed=full != phrase)
    if (bool(dets & _DEFINITE) or owner) and single and noun in lex.person_nouns:
        return _Frame(cue, "description", noun, depth, fallback=full)
    then = None
    people = (direct and _human_noun(noun, lex)) or (s.tag[j] == "NNS" and _agents(noun, lex))
    if noun in lex.speaker_nouns or low in lex.titles or people:
        then = _Frame(cue, "role" if single else "group", full, depth)
    elif dets == {"the"} and low == noun == phrase:  # "the site": an organisation named so?
        then = _Frame(cue, "orgnoun", noun, depth)
    if single and bool(dets & _DEFINITE) and noun not in lex.collective_nouns:
        # "the soft-spoken Leeds resident": the person introduced as one, else as before
        return _Frame(cue, "described", noun, depth, then=then)
    if then is None and says and _written_speaker(s, j, owner, lex):
        as_is = _Frame(cue, "role" if single else "group", full, depth)
        return _Frame(cue, "written", full, depth, then=as_is)
    return then


# heads that count or rank people rather than name them ("a lot of the athletes", "a majority
# of voters"): what they count is the speaker, when anything is
_QUANTITIES = frozenset(
    {"lot", "number", "total", "majority", "minority", "host", "couple", "dozen", "handful"}
    | {"hundred", "thousand", "million", "percent", "proportion", "share", "rest", "third"}
)


def _written_speaker(s: _Sent, j: int, owner: bool, lex: _Lexicon) -> bool:
    """Whether the common noun ``j``, subject of a verb that says something in words and
    naming nobody, is the speaker as written ("an acquaintance", "one leading broker",
    "opponents of the bill", "a new book", "Ann Bee's campaign"): a lower-case word (or
    the sentence's first), not owned by a pronoun ("his associates": whose is for the
    pronoun to say) nor, when one, by anything but a person ("Ann Bee's campaign" is hers;
    "England's fly-half", "Europe's biggest drugmaker" are someone the article names), not a
    relative, a quantity or a word describing a named body ("the giant"), nor a title before
    a name ("producer Ann Bee"). The phrase must be whole, as a misparse's is not: not the
    story's first words (a headline may run into them: "Salary scandal in Cameroon Cameroon
    says ..."), not begun right after a word it belongs to ("the minister at the centre of
    the row says", "Banker loses sexism claim A former ...") nor parted from its verb by
    words of its own."""
    word, noun = s.text[j], s.lemma[j].lower()
    if not word.isalpha() or not (word.islower() or (_first_word(s, j) and word[1:].islower())):
        return False  # "40%", "PM", "Tories": a share, an abbreviation, a name
    if owner or noun in _RELATIVES - _OWNED_BODIES or noun in _NOT_AGENTS | _QUANTITIES:
        return False
    span = _subtree(s, j)
    if noun in lex.org_descriptors or (j + 1 in span and s.text[j + 1][:1].isupper()):
        return False
    owners = [k for k in s.children(j) if s.dep[k] == "poss"]
    if owners and s.tag[j] == "NN" and s.ent[owners[0]][2:] not in ("", "PERSON"):
        return False
    first, verb = min(span), s.head[j]
    if first == 0 and s.start[0] == 0:
        return False  # the story's first words, perhaps a headline run into it
    if first > 0 and s.pos[first - 1] not in ("PUNCT", "CCONJ", "SCONJ", "ADV"):
        return False
    between = range(max(span) + 1, verb) if verb > j else range(0)
    return all(s.dep[k] in ("aux", "auxpass", "advmod", "neg", "punct") for k in between)


_AGENT_ENDS = ("er", "or", "ist", "ian", "ant", "ent", "man", "woman", "person", "ee", "ive")


# words with an agent's ending that name no people ("numbers suggest", "others say")
_NOT_AGENTS = frozenset(
    {"number", "quarter", "paper", "letter", "order", "matter", "other", "power", "water"}
    | {"border", "computer", "printer", "monitor", "sector", "factor", "indicator", "error"}
)


def _agents(noun: str, lex: _Lexicon) -> bool:
    """Whether a plural common noun names people by what they do ("traders", "forecasters",
    "commentators", "meteorologists", "politicians", "participants"): a group that can
    report speech ("Traders said ...", "Meteorologists predict ...")."""
    ends = ("er", "or", "ist", "ian", "ant")
    return noun.endswith(ends) and noun not in _NOT_AGENTS and noun not in lex.doc_nouns


def _human_noun(noun: str, lex: _Lexicon) -> bool:
    """Whether a common noun can name a person or a body of people beside a quotation
    ("the organiser", "a campaigner", "the pianist"): one of the lists, or an agent noun by
    its ending; "minutes", "documentary" and "report" never speak for themselves."""
    if noun in lex.person_nouns or noun in lex.titles or noun in lex.speaker_nouns:
        return True
    return noun.endswith(_AGENT_ENDS) and noun not in lex.doc_nouns


# --- quantified people as a group ---------------------------------------------------------

# quantifiers that stand for people with no noun after them ("Many fear ...", "Some say
# ...", "Others argue ...", "Most expect ...", "Few believe ..."); "those" only with what
# describes it ("those with slim majorities"), since alone it points back at things
_QUANTIFIED = frozenset({"many", "some", "others", "most", "few", "several"})


def _quantified_frame(s: _Sent, j: int, lex: _Lexicon, *, cue: str, depth: int) -> _Frame | None:
    """A share of people named by a quantifier with no noun ("Many fear it is too late",
    "Some called for ...", "Others argue ...", "Many in the party expect ..."), or "those"
    with a phrase or restrictive relative clause that says who ("Those with slim majorities
    are fearful that ...", "those who oppose the plan say ..."): a group, named as written
    (the quantifier in lower case). A bare quantifier after a plural subject of the same
    sentence is a share of that group ("Aid agencies have pledged help; most say ...": the
    aid agencies). A quantifier before a noun ("many investors") is the noun's, and "those"
    alone, or with a clause set off by a comma, is ``None``."""
    low = s.lower[j]
    if low not in _QUANTIFIED and low != "those":
        return None
    if s.dep[j] not in _SUBJ or s.pos[j] not in ("ADJ", "DET", "PRON", "NOUN") or s.quoted[j]:
        return None
    says_who = [
        k
        for k in s.children(j)
        if k > j
        and (s.dep[k] == "relcl" or (s.dep[k] == "prep" and s.lower[k] != "of"))
        and s.text[min(_subtree(s, k)) - 1] != ","
    ]
    if low == "those" and not says_who:
        return None
    if not says_who:
        whole = _plural_subject_before(s, j, lex, cue=cue, depth=depth)
        if whole is not None:
            return whole
    end = max((max(_subtree(s, k)) for k in says_who), default=j) + 1
    name = s.join(j, end)
    return _Frame(cue, "group", name[:1].lower() + name[1:], depth)


def _held_going_on(s: _Sent, i: int) -> bool:
    """Whether verb ``i`` of a view states it as held while the news happens: a present
    progressive ("investors are expecting the index to ...", "Farmers are now hoping that
    ...") outside a clause of condition or time, or the participle of a "with" that adds a
    clause of its own ("Shares fell, with analysts expecting the bank to ...")."""
    if s.tag[i] != "VBG":
        return False
    if _with_absolute(s, i):
        return True
    if s.dep[i] == "pcomp" and s.lower[s.head[i]] == "with":
        return True  # "with dealers expecting ...", the noun parsed as the verb's subject
    kids = s.children(i)
    aux = [k for k in kids if s.dep[k] == "aux" and s.lemma[k] == "be"]
    if not aux or s.tag[aux[0]] not in ("VBZ", "VBP"):
        return False
    return not (s.dep[i] == "advcl" and any(s.dep[k] == "mark" for k in kids))


def _plural_subject_before(
    s: _Sent, j: int, lex: _Lexicon, *, cue: str, depth: int
) -> _Frame | None:
    """The group or body that the nearest plural subject before token ``j`` names, when
    it can speak ("Housing experts are split, with some saying ...": the housing experts);
    else ``None``."""
    for k in range(j - 1, -1, -1):
        if s.dep[k] in _SUBJ and s.tag[k] == "NNS" and s.pos[k] == "NOUN" and not s.quoted[k]:
            frame = _subject_frame(s, k, lex, cue=cue, depth=depth)
            return frame if frame is not None and frame.kind in ("group", "org") else None
    return None
