"""Who said it: speaker attribution for the sentence table.

:func:`attribute_speakers` adds four columns to a sentence table, working only from the parse
the loader stored (no new spaCy run):

``speaker``
    canonical name of who made the statement ("Xi Jinping" for "Xi", "President Xi Jinping",
    "Mr Xi" and the "he" that refers to him), an organisation or place ("Microsoft",
    "China"), an unnamed role with the body it speaks for ("Home Office spokesman" for "a
    spokesman for the Home Office", "police", "analysts"), or ``None``.
``speaker_type``
    ``"direct"`` when the sentence is mostly inside quotation marks, ``"indirect"`` for
    reported speech ("Xi urged countries to ...", "according to police"), else ``None``.
    A quotation whose speaker cannot be found is ``"direct"`` with ``speaker`` ``None``.
``cue``
    the reporting verb or phrase as written ("said", "called on", "according to").
``reported_by``
    the news outlet cited for the statement ("He spoke highly of ..., state-run Xinhua news
    agency reported" gives speaker "Xi Jinping", reported_by "Xinhua news agency"). It is
    not called ``source`` because ``source`` already holds the agency that published the
    article. When an outlet is the only attribution it is the speaker as well.

How: quotation marks are paired on the article text (curly, straight, low-9, guillemets and
single quotes that are not apostrophes; a quote left open at a paragraph end, or one
re-opened before it closed, continues - the news convention for quotes over several
paragraphs; an unbalanced mark closes at the end of its sentence). A quote is attributed to
the reporting clause beside it (``"...," Xi said``, ``said Xi``, ``Xi said: "..."``), in any
sentence the same quote covers, or to a bare clause that is the whole next sentence
(``"...?" / Moss asked.``), else to the speaker of the sentence just before it. Reported
speech is a verb of ``kit/resources/speech_verbs.txt`` whose subject is a person, pronoun,
organisation, place or speaker noun (``speaker_nouns.txt``), including a participle that
borrows its clause's subject ("Labour removed the poster, saying ..."), a second verb
sharing it ("attacked ... and said"), the antecedent of a relative "which said", and an
"As X claimed, ..." clause; a negated cue ("did not comment"), a passive one ("when
asked"), a participle describing a noun, and a cue with no content in a time clause ("after
MPs criticised him") are no statements; "tell the story of" and a headline's "X agrees new
deal" are not speech. Pronouns and definite descriptions ("he", "she", "they", "the
president", "the Tory leader", "the 67-year-old", "the star of ...") go to the latest
compatible person: a speaker or subject (a name in apposition to the subject counts, and
"the prime minister" as a subject counts as the person named with that title) of the
recent sentences first, and only then the latest mention in any role (a title prefers a
person named with it); a pronoun never goes to someone named in its own quotation ("I had
a word with Olly," he said) nor to a person named after its verb ("He said Mr Blair had
..."); "he"/"she" use the gender that honorifics ("Mr", "Mrs") or earlier pronouns
showed; "the spokesman" goes on with the latest spokesman. "The bank" or "the Bank" goes
to the latest organisation named with that word ("Bank of England"), "the court" likewise,
and "the site" to an organisation introduced as one ("fan website Save Our Club"); the
agent of a passive cue speaks ("was described by Jobs as"); names inside a relative clause
of the subject never do.
A description with nobody to refer to, or an indefinite one ("a spokesman", "analysts"),
stays a role. Names lose titles and honorifics (``titles.txt``, ``honorifics.txt``) and
surnames join the full name used in the article, or across the table when one full name
alone fits.

Limits: rules on a small statistical parse; a pronoun's antecedent is guessed, not
resolved by a trained model; nested quotes are read at the outer level only.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd

from .sentences import TOKEN_COLUMNS, WORDLESS_POS

__all__ = ["SPEAKER_COLUMNS", "attribute_speakers", "quote_spans", "speakers"]

SPEAKER_COLUMNS = ("speaker", "speaker_type", "cue", "reported_by")

_NEEDED = ("article_id", "paragraph_id", "sentence_id", "text", "start_char", "end_char")
_SUBJ = frozenset({"nsubj"})
_CLAUSE = frozenset({"ccomp", "xcomp", "parataxis"})
_DIRECT_SHARE = 0.4  # share of a sentence's words inside quotes that makes it a quotation
_NAME_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
_PRONOUNS = {"he": "m", "she": "f", "they": "p", "it": "n"}
_LEFT_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "case", "punct", "nummod"})
_DECLINE = frozenset({"decline", "refuse", "fail", "want", "try", "hope", "plan", "expect"})
_DETS = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their"})


# --- word lists -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Lexicon:
    verbs: dict[str, list[tuple[tuple[str, ...], str]]]  # lemma -> (phrase words, needs)
    honorifics: dict[str, str | None]
    titles: frozenset[str]
    title_words: frozenset[str]
    outlet_names: frozenset[str]
    outlet_nouns: tuple[str, ...]
    speaker_nouns: frozenset[str]
    collective_nouns: frozenset[str]
    outlet_ends: frozenset[str]
    kept_honorifics: frozenset[str]
    person_nouns: frozenset[str] = frozenset()  # "the star", "the veteran": one person
    doc_nouns: frozenset[str] = frozenset()  # "according to state press reports"
    org_descriptors: frozenset[str] = frozenset()  # "Bookmakers Ladbrokes" -> "Ladbrokes"
    unnamed_nouns: frozenset[str] = frozenset()  # "the spokesman": a role, not a named person
    told_things: frozenset[str] = frozenset()  # "tells the story of": narration


def _lines(name: str) -> list[str]:
    text = resources.files("kit.resources").joinpath(name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    verbs: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for line in _lines("speech_verbs.txt"):
        words = line.lower().split()
        needs = words[-1][1:] if words[-1] in ("+clause", "+that") else ""
        words = [w for w in words if w not in ("+clause", "+that")]
        verbs[words[0]].append((tuple(words[1:]), needs))
    for entries in verbs.values():
        entries.sort(key=lambda e: -len(e[0]))  # longest phrase first
    honorifics, kept = {}, set()
    for line in _lines("honorifics.txt"):
        word, gender, keep = [*line.split(), "-", ""][:3]
        honorifics[word.lower()] = None if gender == "-" else gender
        if keep == "keep":
            kept.add(word.lower())
    titles = frozenset(line.lower() for line in _lines("titles.txt"))
    names, nouns, ends = set(), [], set()
    for line in _lines("outlets.txt"):
        if line.lower().startswith("end:"):
            ends.add(line[4:].strip().lower())
        elif line.lower().startswith("noun:"):
            nouns.append(line[5:].strip().lower())
        else:
            names.add(_strip_the(line.lower()))
    names |= {_strip_the(a.lower()) for a in _lines("agencies.txt")}
    marked: dict[str, set[str]] = defaultdict(set)
    for line in _lines("speaker_nouns.txt"):
        word, mark = [*line.lower().split(), ""][:2]
        marked[mark].add(word)
    return _Lexicon(
        verbs=dict(verbs),
        honorifics=honorifics,
        titles=titles,
        title_words=frozenset(w for t in titles for w in re.split(r"[\s-]", t)) | titles,
        outlet_names=frozenset(names),
        outlet_nouns=tuple(nouns),
        speaker_nouns=frozenset(marked[""] | marked["group"] | marked["unnamed"]),
        collective_nouns=frozenset(marked["group"]),
        kept_honorifics=frozenset(kept),
        outlet_ends=frozenset(ends),
        person_nouns=frozenset(marked["person"]),
        doc_nouns=frozenset(marked["document"]),
        org_descriptors=frozenset(marked["describes"]),
        unnamed_nouns=frozenset(marked["unnamed"]),
        told_things=frozenset(marked["told"]),
    )


def _strip_the(s: str) -> str:
    return s[4:] if s.startswith("the ") else s


# --- quotation marks ------------------------------------------------------------------------

_MARKS = re.compile(r"[\"“”„«»‘’]")
_OPENERS_BEFORE = frozenset(" \t\n\r([{—–-:/“‘\"'")
_SENT_END = re.compile(r"[.!?][\"”’»]?(?=\s+[\"“‘«A-Z0-9]|\s*$)")


def quote_spans(text: str, *, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple]:
    """Find quotations in ``text`` and return ``(start, end, chain)`` triples, in order.

    ``start:end`` is the quoted text without its marks. Quotes of one ``chain`` belong
    together: a quote left open at the end of a paragraph whose next paragraph opens with a
    mark, or one re-opened (a new opening mark) before it closed. ``paragraphs`` are
    ``(start, end)`` offsets; by default the text is one paragraph. Unbalanced marks never
    raise: a quote that never closes ends at the end of its sentence.
    """
    paragraphs = paragraphs or [(0, len(text))]
    spans: list[list] = []
    chain = -1
    carry = False  # the previous paragraph ended inside a quote
    for pstart, pend in paragraphs:
        open_at, kind = None, None
        if carry and not _opens_with_mark(text, pstart, pend):
            carry = False
        for m in _MARKS.finditer(text, pstart, pend):
            p, c = m.start(), m.group()
            before = text[p - 1] if p > pstart else " "
            after = text[p + 1] if p + 1 < pend else " "
            if c in "‘’" and (kind == "double" or (c == "’" and kind is None)):
                continue  # apostrophes, and single quotes nested in double ones
            if c == "‘" and not (before in _OPENERS_BEFORE and after.isalnum()):
                continue
            if c == "’" and after.isalnum():
                continue  # it's, don’t
            is_open, is_close = _direction(c, before, after, kind)
            if open_at is None:
                if is_open:
                    if not (carry and spans and p == _first_mark(text, pstart, pend)):
                        chain += 1
                    carry = False
                    open_at, kind = p + 1, "single" if c == "‘" else "double"
                continue
            if is_close and not (is_open and not is_close):
                spans.append([open_at, p, chain, True])
                open_at, kind = None, None
            elif is_open:  # re-opened before closing: the same quotation goes on
                spans.append([open_at, _trim_end(text, open_at, p), chain, False])
                open_at, kind = p + 1, "single" if c == "‘" else "double"
        if open_at is not None:
            carry = True
            spans.append([open_at, pend, chain, False])
    # a quote left open and not continued by the next paragraph ends with its sentence
    for i, s in enumerate(spans):
        continued = i + 1 < len(spans) and spans[i + 1][2] == s[2]
        if not s[3] and not continued:
            m = _SENT_END.search(text, s[0], s[1])
            if m:
                s[1] = m.end()
                comma = text.rfind(", ", s[0], s[1])  # '"Great day, Ms Gray said.'
                if comma > 0 and len(text[comma : s[1]].split()) <= 6:
                    s[1] = comma + 1
    return [(s[0], s[1], s[2]) for s in spans if s[1] > s[0]]


def _direction(c: str, before: str, after: str, kind: str | None) -> tuple[bool, bool]:
    """Whether a mark can open and whether it can close a quotation."""
    if c in "“„«‘":
        if c == "“" and kind == "double" and not before.isspace():
            return False, True  # „...“ (German style) closes with “
        return True, False
    if c in "”»’":
        return False, True
    # straight ": its neighbours tell
    can_open = before in _OPENERS_BEFORE and not after.isspace()
    can_close = not before.isspace() or after.isspace()
    if can_open and can_close:
        return (kind is None), (kind is not None)
    return can_open, can_close


def _opens_with_mark(text: str, start: int, end: int) -> bool:
    return _first_mark(text, start, end) == start


def _first_mark(text: str, start: int, end: int) -> int:
    m = _MARKS.search(text, start, min(end, start + 1))
    return m.start() if m else -1


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# --- the table as flat arrays -------------------------------------------------------------


class _Flat:
    """The token columns flattened once, with each row's slice of them."""

    def __init__(self, df: pd.DataFrame):
        lengths = df["tok_text"].list.len().to_numpy(dtype=np.int64)
        self.offsets = np.concatenate([[0], np.cumsum(lengths)])
        for col in TOKEN_COLUMNS:
            name = col.removeprefix("tok_")
            flat = df[col].list.flatten() if len(df) else pd.Series([], dtype=object)
            setattr(self, name, flat.to_numpy())
        self.rows = {c: df[c].to_numpy() for c in _NEEDED}  # the row columns, converted once
        self.lower = np.char.lower(self.text.astype(str)) if len(self.text) else self.text

    def sentence(self, row: int, quoted: np.ndarray) -> _Sent:
        a, b = self.offsets[row], self.offsets[row + 1]
        return _Sent(
            text=self.text[a:b].tolist(),
            lower=self.lower[a:b].tolist(),
            lemma=self.lemma[a:b].tolist(),
            pos=self.pos[a:b].tolist(),
            tag=self.tag[a:b].tolist(),
            dep=self.dep[a:b].tolist(),
            head=self.head[a:b].tolist(),
            ent=self.ent[a:b].tolist(),
            quoted=quoted[a:b].tolist(),
            start=self.start[a:b].tolist(),
        )


@dataclass
class _Sent:
    text: list
    lower: list
    lemma: list
    pos: list
    tag: list
    dep: list
    head: list
    ent: list
    quoted: list
    start: list
    _children: list | None = None

    def children(self, i: int) -> list[int]:
        if self._children is None:
            kids: list[list[int]] = [[] for _ in self.text]
            for j, h in enumerate(self.head):
                if h != j:
                    kids[h].append(j)
            self._children = kids
        return self._children[i]

    def depth(self, i: int) -> int:
        d = 0
        while self.head[i] != i and d < 50:
            i, d = self.head[i], d + 1
        return d

    def join(self, a: int, b: int) -> str:
        """Tokens ``a:b`` as written (a space only where the text had one)."""
        out = self.text[a]
        for k in range(a + 1, b):
            gap = self.start[k] > self.start[k - 1] + len(self.text[k - 1])
            out += (" " if gap else "") + self.text[k]
        return out

    def ent_span(self, i: int) -> tuple[int, int]:
        a = i
        while a > 0 and self.ent[a].startswith("I-"):
            a -= 1
        b = i + 1
        while b < len(self.ent) and self.ent[b].startswith("I-"):
            b += 1
        return a, b


# --- names ------------------------------------------------------------------------------------


@dataclass
class _Person:
    name: str
    gender: str | None = None
    titles: set = field(default_factory=set)
    count: int = 0


def _clean_name(words: list[str], lex: _Lexicon) -> tuple[list[str], str | None, str | None]:
    """Strip honorifics and titles off the front and a possessive off the end of a name.

    Returns the name words, the gender an honorific showed, and the title found.
    """
    words = [w for w in words if w not in ("'s", "’s", "'", "’")]
    gender, title_words = None, []
    lows = [w.lower().rstrip(".") for w in words]
    hon = [i for i, w in enumerate(lows[:-1]) if w in lex.honorifics]
    if hon:  # "Liberal Democrat peer Lord Carlile" -> "Lord Carlile"
        title_words = [w for w in lows[: hon[-1]] if w in lex.title_words]
        words = words[hon[-1] :]
    while len(words) > 1:
        low = words[0].lower().rstrip(".")
        if low in lex.kept_honorifics:
            gender = gender or lex.honorifics[low]
            break
        if low in lex.honorifics:
            gender = gender or lex.honorifics[low]
        elif low in lex.title_words:
            title_words.append(low)
        elif low in lex.person_nouns or low in lex.org_descriptors:
            pass  # "Sprinter Ana Silva", "Retailer Tesco": a description, not the name
        else:
            break
        words = words[1:]
    title = " ".join(title_words) or None
    return words, gender, title


class _Names:
    """One canonical name per person of an article (and, later, of the whole table)."""

    def __init__(self) -> None:
        self.persons: dict[str, _Person] = {}
        self.alias: dict[str, str] = {}

    def add(self, words: list[str], gender: str | None, title: str | None) -> None:
        name = " ".join(words)
        p = self.persons.setdefault(name, _Person(name))
        p.count += 1
        p.gender = p.gender or gender
        if title:
            p.titles.add(title)
            p.titles.add(title.split()[-1])

    def settle(self) -> None:
        """Map each name to the fullest name that contains it at its start or its end."""
        for name in list(self.persons):
            self.alias[name] = self._fullest(name)
        for name, canon in self.alias.items():
            if canon != name:
                p, q = self.persons[name], self.persons[canon]
                q.gender = q.gender or p.gender
                q.titles |= p.titles

    def _fullest(self, name: str) -> str:
        w = name.split()
        best = None
        for full, p in self.persons.items():
            fw = full.split()
            if len(fw) > len(w) and (fw[-len(w) :] == w or fw[: len(w)] == w):
                score = (fw[-len(w) :] == w, p.count)
                if best is None or score > best[0]:
                    best = (score, full)
        return best[1] if best else name

    def canonical(self, words: list[str]) -> str:
        name = " ".join(words)
        if name not in self.alias:
            self.alias[name] = self._fullest(name)
        return self.alias[name]

    def person(self, name: str) -> _Person:
        return self.persons.setdefault(name, _Person(name))


# --- reporting clauses --------------------------------------------------------------------


@dataclass
class _Frame:
    """One reporting clause: the cue, the subject's kind and name, and its depth.

    ``kind`` is person, propn, pronoun, title, description (a definite "the star of ...",
    "the 67-year-old"), org, group, role or outlet. A title or description stands for a
    named person; ``fallback`` is the role it makes when no named person fits.
    """

    cue: str
    kind: str
    name: str
    depth: int
    told: str | None = None  # an outlet the statement was told to (or that quotes it)
    pron_at: int = 0
    fallback: str | None = None
    verb: int = -1  # the cue's token, when it is a verb


_NEG = frozenset({"neg"})
_MISREAD = frozenset({"raped", "rapes", "raping"})  # the tagger's lemma is "rap", a cue
_ORG_PREPS = frozenset({"for", "at", "of", "from", "with"})
_DEFINITE = frozenset({"the", "this", "that"})


def _frames(s: _Sent, lex: _Lexicon, *, direct: bool, propers: dict | None = None) -> list[_Frame]:
    """The reporting clauses of a sentence, outside its quotations. ``propers`` maps the
    words the article uses as names to whether it ever tags them as an organisation or
    place (a capitalised subject parsed as a common noun is then read as a name)."""
    propers = propers or {}
    out = []
    for i, lemma in enumerate(s.lemma):
        if s.quoted[i]:
            continue
        if lemma == "accord" and s.lower[i] == "according":
            to = [k for k in s.children(i) if s.lower[k] == "to"]
            objs = [k for t in to for k in s.children(t) if s.dep[k] == "pobj"]
            if objs and not s.quoted[objs[0]]:
                cue = f"{s.text[i]} {s.text[to[0]]}"  # as written: "According to"
                frame = _cited_frame(s, objs[0], lex, cue=cue, depth=s.depth(i), propers=propers)
                if frame:
                    out.append(frame)
            continue
        entries = lex.verbs.get(lemma)
        if not entries or s.pos[i] not in ("VERB", "AUX") or s.lower[i] in _MISREAD:
            continue
        if s.dep[i] == "xcomp" and s.lemma[s.head[i]] in _DECLINE:
            continue  # "declined to comment" reports no statement
        if any(s.dep[k] in _NEG for k in s.children(i)):
            continue  # "did not comment", "never said"
        if s.tag[i] == "VBN" and s.dep[i] in ("amod", "acl"):
            continue  # a participle describing a noun: "the Walkman branded phone"
        if not direct and _background(s, i):
            continue  # "..., after MPs criticised the plan": what happened before
        cue = _match_cue(s, i, entries, direct=direct)
        if cue is None:
            continue
        agent = _agent_of(s, i)
        subj = _subject_of(s, i) if agent is None else agent
        if lemma == "quote":  # "the paper quotes a source close to the firm"
            obj = next((k for k in s.children(i) if s.dep[k] in ("dobj", "nsubjpass")), None)
            subj, told = obj, subj
        if subj is None or s.quoted[subj]:
            continue
        antecedent = s.dep[i] == "relcl" and subj == s.head[i]  # "X, which said": X must be
        frame = _subject_frame(  # someone; a quoted object too ("quoted its plan": no)
            s,
            subj,
            lex,
            cue=cue,
            depth=s.depth(i),
            direct=direct and lemma != "quote" and not antecedent,
            propers=propers,
        )
        if frame is None:
            continue
        if lemma == "quote" and told is not None:
            by = _subject_frame(s, told, lex, cue=cue, depth=0)
            frame.told = by.name if by and by.kind == "outlet" else None
        if lemma == "tell":
            for k in s.children(i):
                if s.dep[k] in ("dobj", "dative") and not s.quoted[k]:
                    told = _subject_frame(s, k, lex, cue=cue, depth=0)
                    if told and told.kind == "outlet":
                        frame.told = told.name
        if lemma == "speak":  # "spoke to the BBC Sport website about ..."
            for t in s.children(i):
                objs = [o for o in s.children(t) if s.dep[o] == "pobj" and not s.quoted[o]]
                if s.lower[t] == "to" and objs:
                    told = _subject_frame(s, objs[0], lex, cue=cue, depth=0)
                    if told and told.kind == "outlet":
                        frame.told = told.name
        frame.verb = i
        out.append(frame)
    return out


_BACKGROUND = frozenset({"after", "before", "since", "until", "once"})


def _background(s: _Sent, i: int) -> bool:
    """Whether cue ``i`` is in a time clause of a verb that is no cue and says nothing of
    its own ("the party put on a show of unity after MPs criticised its leaders"):
    background, not a statement. With its content ("after Ms Bee said prices would rise")
    it is one."""
    if s.dep[i] != "advcl" or s.head[i] == i or any(s.dep[k] in _CLAUSE for k in s.children(i)):
        return False
    if not any(s.dep[k] == "mark" and s.lower[k] in _BACKGROUND for k in s.children(i)):
        return False
    return s.lemma[s.head[i]] not in _lexicon().verbs


def _cited_frame(
    s: _Sent, j: int, lex: _Lexicon, *, cue: str, depth: int, propers: dict
) -> _Frame | None:
    """What "according to" credits: the phrase at ``j``, or for a document ("state press
    reports", "research from the bank") who made it. A name set off by commas after a common
    noun names it ("according to analysts, TDG Research, ...")."""
    named = _comma_name(s, j)
    if named != j or s.lemma[j].lower() not in lex.doc_nouns:
        j = named
        return _subject_frame(s, j, lex, cue=cue, depth=depth, propers=propers)
    for k in s.children(j):
        if s.dep[k] == "prep" and s.lower[k] in ("from", "by", "of"):
            objs = [o for o in s.children(k) if s.dep[o] == "pobj"]
            if objs:
                return _subject_frame(s, objs[0], lex, cue=cue, depth=depth, propers=propers)
    body = [k for k in _left_phrase(s, j)[:-1] if s.lower[k] not in _DETS]
    if not body:
        return None
    text = _phrase(s, body)
    if _is_outlet(text, lex):
        return _Frame(cue, "outlet", text, depth)
    if any(s.ent[k][2:] in _NAME_ENTS or s.pos[k] == "PROPN" for k in body):
        return _Frame(cue, "org", text, depth)
    return None


def _comma_name(s: _Sent, j: int) -> int:
    """The name just after common noun ``j`` and a comma, ended by a comma or the sentence
    ("analysts, TDG Research,"), whatever the parse hung it on; else ``j``."""
    k = j + 2
    if s.pos[j] != "NOUN" or k >= len(s.text) or s.text[j + 1] != ",":
        return j
    if not s.ent[k].startswith("B-") or s.ent[k][2:] not in (_NAME_ENTS | {"PERSON"}):
        return j
    b = s.ent_span(k)[1]
    if b < len(s.text) and s.pos[b] != "PUNCT":
        return j
    return b - 1


def _match_cue(s: _Sent, i: int, entries, *, direct: bool) -> str | None:
    kids = s.children(i)
    kid_lemmas = {s.lower[k]: k for k in kids if s.dep[k] in ("prt", "prep", "advmod")}
    kid_lemmas |= {s.lemma[k].lower(): k for k in kids if s.dep[k] == "dobj"}  # raise doubts
    for c in kids:  # the word opening a clause: "questioned whether ..."
        if s.dep[c] == "ccomp":
            kid_lemmas |= {s.lower[m]: m for m in s.children(c) if s.dep[m] == "mark"}
    as_clause = (  # "As the minister claimed, ...", not "as it reported a rise"
        s.dep[i] == "advcl"
        and any(s.dep[k] == "mark" and s.lower[k] == "as" for k in kids)
        and not any(s.dep[k] in ("dobj", "ccomp", "xcomp") for k in kids)
    )
    has_clause = (
        direct or as_clause or any(s.dep[k] in _CLAUSE for k in kids) or s.dep[i] == "parataxis"
    )
    for particles, needs in entries:
        if not all(p in kid_lemmas for p in particles):
            continue
        if needs == "clause" and not has_clause:
            continue
        if needs == "that" and not (direct or as_clause or _that_clause(s, i)):
            continue
        if s.lemma[i] == "speak" and particles == ("to",) and not (has_clause or _to_outlet(s, i)):
            continue  # "spoke to her after the show"; "spoke to the BBC about ..." speaks
        if s.lemma[i] == "tell" and not (has_clause or _tells_someone(s, i)):
            continue  # "the film tells the story of ..."
        idx = sorted([i] + [kid_lemmas[p] for p in particles])
        return " ".join(s.text[k] for k in idx)
    return None


def _to_outlet(s: _Sent, i: int) -> bool:
    """Whether verb ``i`` has "to" and a news outlet ("spoke to the BBC Sport website")."""
    lex = _lexicon()
    for t in s.children(i):
        if s.lower[t] == "to":
            for o in s.children(t):
                if s.dep[o] == "pobj" and not s.quoted[o]:
                    told = _subject_frame(s, o, lex, cue="", depth=0)
                    if told is not None and told.kind == "outlet":
                        return True
    return False


def _that_clause(s: _Sent, i: int) -> bool:
    """Whether verb ``i`` takes a clause opened by "that", a "to" infinitive, or a clause
    whose subject is no name ("agreed she could win", "agreed the claims were wrong"). A
    name starting the clause may be a headline glued to the story ("X agrees new contract
    Club boss Y signed ..."), so it needs the "that"."""
    for k in s.children(i):
        if s.dep[k] in ("ccomp", "csubj") and any(
            s.dep[m] == "mark" and s.lower[m] in ("that", "whether") for m in s.children(k)
        ):
            return True
        subj = [m for m in s.children(k) if s.dep[m] in ("nsubj", "nsubjpass", "csubj")]
        if s.dep[k] == "ccomp" and subj and s.pos[subj[0]] != "PROPN":
            return True
        if s.dep[k] == "xcomp" and any(
            s.dep[m] == "aux" and s.lower[m] == "to" for m in s.children(k)
        ):
            return True
    return False


def _tells_someone(s: _Sent, i: int) -> bool:
    """Whether "tell" at ``i`` tells someone rather than a story: "tells the story of ...",
    "told a tale" (an object that is a story, or has "of" after it) is narration; "told a
    party gathering", "told reporters", "told him" are speech."""
    objs = [k for k in s.children(i) if s.dep[k] in ("dobj", "dative")]
    if any(s.dep[k] == "dative" for k in objs) or any(
        s.dep[k] == "mark" and s.lower[k] in ("that", "whether") for k in range(i + 1, len(s.text))
    ):
        return True
    for k in objs:
        if s.pos[k] != "NOUN" or s.ent[k] != "O":
            return True
        if s.lemma[k].lower() in _lexicon().told_things or any(
            s.dep[c] == "prep" and s.lower[c] == "of" for c in s.children(k)
        ):
            return False
    return True


def _subject_of(s: _Sent, i: int) -> int | None:
    k = i + 1  # "..., said M&S." where the name was not parsed as the subject
    if k < len(s.text) and not s.quoted[k] and s.text[k][:1].isupper() and s.dep[k] == "punct":
        return k
    for step in range(3):
        subj = [k for k in s.children(i) if s.dep[k] in _SUBJ]
        if subj:  # a subject inside the quote is the quote's own ('"...tracks," said Myers')
            outside = [k for k in subj if not s.quoted[k]] or subj
            named = [k for k in outside if s.pos[k] == "PROPN"]  # "The chair of X, Ann Bee said"
            k = named[0] if named and len(outside) > 1 else outside[0]
            if s.tag[k] in ("WDT", "WP") and s.dep[i] == "relcl" and step == 0:
                p = k - 1 if k > 0 and s.text[k - 1] != "," else k - 2
                if p >= 0 and s.ent[p].endswith("PERSON"):
                    return p  # "backed by Culture Secretary Ann Bee who said": the name
                return s.head[i]  # "criticism from the committee, which said ...": its antecedent
            return _hyphen_end(s, k)  # "co-chairman" split as "co", "-", "chairman"
        aged = _aged_modifier(s, i)
        if aged is not None:  # "The 31-year-old insisted", the phrase hung on the verb
            return aged
        if s.dep[i] not in ("conj", "advcl", "xcomp") or s.head[i] == i:
            return None
        if s.dep[i] == "advcl" and not _active_clause(s, i):
            return None  # "..., saying" speaks for the clause's subject; "when asked" not
        i = s.head[i]
    return None


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
            return objs[0] if objs else None
    return None


def _active_clause(s: _Sent, i: int) -> bool:
    """Whether a verb without its own subject speaks for the subject of the clause it
    hangs on: "..., saying", "went on to accuse", "although insists" do; a passive
    participle ("when asked", "accused of") does not."""
    return s.tag[i] != "VBN"


def _subject_frame(
    s: _Sent,
    j: int,
    lex: _Lexicon,
    *,
    cue: str,
    depth: int,
    direct: bool = False,
    propers: dict | None = None,
) -> _Frame | None:
    """Classify the phrase headed by token ``j`` as a possible speaker (or ``None``)."""
    propers = propers or {}
    low, pos, ent = s.lower[j], s.pos[j], s.ent[j]
    if pos == "PRON" or low in _PRONOUNS:
        return _Frame(cue, "pronoun", low, depth) if low in _PRONOUNS else None
    if ent != "O" and ent[2:] != "DATE":
        a, b = s.ent_span(j)
        typ = ent[2:]
        honorific = s.lower[a].rstrip(".") in lex.honorifics
        if typ == "PERSON" and s.lower[a] == "the":  # "the Lib Dems" tagged as a person
            typ = "ORG"
        if typ == "PERSON" or (honorific and typ in _NAME_ENTS):
            return _Frame(cue, "person", " ".join(_person_words(s, a, b, lex)[0]), depth)
        if typ in _NAME_ENTS:
            a = _name_start(s, a, b, lex)  # "Liberal Democrats", "Amnesty International UK"
            words = _words(s, a, b)
            the = (bool(words) and words[0].lower() == "the") or (a > 0 and s.lower[a - 1] == "the")
            if words and words[0].lower() == "the":
                words = words[1:]
            while len(words) > 1 and words[0].lower() in lex.org_descriptors:
                words = words[1:]  # "Bookmakers Ladbrokes"
            text = " ".join(words)
            if the and len(words) == 1 and text.lower() in lex.collective_nouns:
                return _Frame(cue, "orgdesc", text.lower(), depth, fallback=text)  # "the Bank"
            kind = "outlet" if _is_outlet(text, lex) else "org"
            return _Frame(cue, kind, text, depth)
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
    left = _left_phrase(s, j)
    if pos == "PROPN" or (s.dep[j] == "punct" and s.text[j][:1].isupper()):
        words, _, title = _clean_name(_words(s, left[0], j + 1), lex)
        honorific = any(s.lower[k].rstrip(".") in lex.honorifics for k in left)
        text = " ".join(words).rstrip(".")
        if _is_outlet(text, lex):
            return _Frame(cue, "outlet", text, depth)
        return _Frame(cue, "person" if honorific or title else "propn", text, depth)
    if pos == "NOUN" and s.text[j] in propers and s.text[j][:1].isupper():
        kind = "propn" if propers[s.text[j]] else "person"  # "Napster claims", as a noun
        return _Frame(cue, kind, s.text[j], depth)
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
        return _noun_frame(s, j, left, lex, cue=cue, depth=depth, direct=direct)
    return None


def _comma_person(s: _Sent, j: int) -> int | None:
    """A person named between commas at the end of the phrase headed by ``j`` ("the firm's
    head of sales, Ann Bee,"), whatever the parse hung the name on; else ``None``."""
    end = max(_subtree(s, j))
    for b in (end + 1, end):  # the closing comma in the phrase or just after it
        if 0 < b < len(s.text) and s.text[b] == "," and s.ent[b - 1].endswith("PERSON"):
            a = s.ent_span(b - 1)[0]
            if a > j + 1 and s.text[a - 1] == "," and not s.quoted[a]:
                return b - 1
    return None


def _name_start(s: _Sent, a: int, b: int, lex: _Lexicon) -> int:
    """Where the name of entity ``a:b`` starts: proper words just before it that modify it
    belong to it ("Liberal" of "Liberal Democrats" when only "Democrats" was tagged); titles
    and honorifics do not."""
    skip = lex.title_words | lex.honorifics.keys() | lex.org_descriptors
    while a > 0:
        k = a - 1
        ok = (
            s.pos[k] == "PROPN"
            and s.text[k][:1].isupper()
            and (s.dep[k] == "compound" or (s.dep[k] == "amod" and k > 0))  # not "Ailing X"
            and (s.ent[k] == "O" or s.ent[k][2:] in _NAME_ENTS)  # not "December Microsoft"
            and a <= s.head[k] < b
            and s.lower[k].rstrip(".") not in skip
            and s.lower[k] not in _DETS  # "The" of a headline parsed as a name
            and not s.quoted[k]
        )
        if not ok:
            break
        a = k
    return a


def _apposed_name(s: _Sent, j: int) -> int | None:
    """The name in apposition to ``j`` ("the chancellor, Gordon Brown"), or ``None``. A name
    after a relative or participle clause of ``j`` belongs to that clause ("the actor, whose
    films include Star Wars: The Phantom Menace, said"), whatever the parse hangs it on."""
    clauses = [k for k in s.children(j) if s.dep[k] in ("relcl", "acl") and k > j]
    for k in s.children(j):
        if s.dep[k] != "appos" or s.quoted[k] or any(c < k for c in clauses):
            continue
        if s.pos[k] == "PROPN" or s.ent[k].endswith("PERSON"):
            return k
    return None


def _noun_frame(
    s: _Sent, j: int, left: list[int], lex: _Lexicon, *, cue: str, depth: int, direct: bool
) -> _Frame | None:
    """A common-noun subject: an outlet, a description of a named person ("the Tory
    leader", "the star of ..."), or a role or group ("a spokesman for the Home Office")."""
    body = [k for k in left if s.lower[k] not in _DETS and s.pos[k] not in ("PUNCT", "PRON")]
    body = [k for k in body if s.text[k] not in ("'s", "’s")]
    half = {k for k in body if k > 1 and s.text[k - 1] == "-" and k - 2 not in body}
    body = [k for k in body if k not in half]  # "Paris-based" whose "Paris" was left out
    phrase = _phrase(s, body)
    if _is_outlet(phrase, lex):
        return _Frame(cue, "outlet", phrase, depth)
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
    title = _title_suffix(phrase.lower(), lex) or (low if low in lex.titles else None)
    if definite and single and title:
        return _Frame(cue, "title", title, depth, fallback=full)
    if (bool(dets & _DEFINITE) or owner) and single and noun in lex.person_nouns:
        return _Frame(cue, "description", noun, depth, fallback=full)
    if noun in lex.speaker_nouns or low in lex.titles or direct:
        return _Frame(cue, "role" if single else "group", full, depth)
    if dets == {"the"} and low == noun == phrase:  # "the site": an organisation named as one?
        return _Frame(cue, "orgnoun", noun, depth)
    return None


def _title_suffix(phrase: str, lex: _Lexicon) -> str | None:
    """The longest title that ends ``phrase`` ("tory leader" -> "leader")."""
    words = phrase.split()
    for k in range(len(words)):
        tail = " ".join(words[k:])
        if tail in lex.titles:
            return tail
    return None


def _phrase(s: _Sent, body: list[int], *, possessive: bool = False) -> str:
    """Tokens as a phrase: names keep their case, common words are lower-cased; with
    ``possessive`` a possessor keeps its "'s" ("children's charities", "Mr Blair's official
    spokesman"), else it is dropped ("BBC Radio 4 Today programme")."""
    out = ""
    body = [k for k in body if s.text[k] not in ("'s", "’s")]
    for n, k in enumerate(body):
        w = s.text[k] if s.pos[k] == "PROPN" or s.ent[k] != "O" else s.lower[k]
        nxt = k + 1
        ends_possessor = s.dep[k] == "poss" or (nxt < len(s.text) and s.dep[nxt] == "case")
        if possessive and ends_possessor and nxt < len(s.text) and s.text[nxt] in ("'s", "’s"):
            w += s.text[nxt]
        prev = body[n - 1] if n else None
        glued = prev == k - 1 and s.start[k] == s.start[prev] + len(s.text[prev])
        out += w if glued or not out else " " + w  # "Anti-Fraud", "low-cost"
    return out


def _with_attachments(s: _Sent, j: int, phrase: str, lex: _Lexicon) -> str:
    """A role with the body it speaks for ("a spokesman for the Home Office" -> "Home Office
    spokesman") or what places it ("a source close to the firm")."""
    for k in s.children(j):
        if k < j or s.quoted[k]:
            continue
        if s.dep[k] == "prep" and s.lower[k] in _ORG_PREPS:
            objs = [o for o in s.children(k) if s.dep[o] == "pobj" and s.pos[o] != "PRON"]
            if objs and (s.pos[objs[0]] in ("PROPN", "NOUN")):
                o = objs[0]
                if s.ent[o][2:] in _NAME_ENTS:  # the name alone, not what describes it
                    a, b = s.ent_span(o)
                    a += s.lower[a] == "the"
                    org = s.join(a, b).split(" (")[0] if b > a else ""
                else:
                    span = [t for t in _left_phrase(s, o) if s.lower[t] not in _DETS]
                    org = _phrase(s, span, possessive=True)
                org = org.removesuffix("'s").removesuffix("’s")
                person = s.ent[o].endswith("PERSON") or s.lower[o] in lex.honorifics
                if org:  # "a spokesman for Mr Prescott" -> "Mr Prescott's spokesman"
                    return f"{org}'s {phrase}" if person else f"{org} {phrase}"
        if s.dep[k] == "amod" and any(s.dep[c] == "prep" for c in s.children(k)):
            end = max(_subtree(s, k)) + 1
            return f"{phrase} {s.join(k, end)}"
    return phrase


def _subtree(s: _Sent, k: int) -> list[int]:
    out, stack = [k], [k]
    while stack:
        for c in s.children(stack.pop()):
            out.append(c)
            stack.append(c)
    return out


def _words(s: _Sent, a: int, b: int) -> list[str]:
    """Tokens ``a:b`` as words: hyphenated parts joined ("Veron-Reville"), possessives off."""
    out: list[str] = []
    for k in range(a, b):
        t = s.text[k]
        if t in ("'s", "’s", "'", "’"):
            continue
        glued = k > a and s.start[k] == s.start[k - 1] + len(s.text[k - 1])
        if out and glued and (t == "-" or out[-1].endswith("-")):
            out[-1] += t
        else:
            out.append(t)
    return out


def _left_phrase(s: _Sent, j: int) -> list[int]:
    """The head ``j`` with the contiguous modifiers before it (det, compound, amod, ...)."""
    keep = {j}
    stack = [j]
    while stack:
        h = stack.pop()
        for k in s.children(h):
            if k < j and s.dep[k] in _LEFT_DEPS:
                keep.add(k)
                stack.append(k)
    idx = sorted(keep)
    # keep only the contiguous run that ends at the head
    run = [j]
    for k in reversed(idx[:-1]):
        if k == run[0] - 1:
            run.insert(0, k)
        else:
            break
    return run


def _person_words(s: _Sent, a: int, b: int, lex: _Lexicon):
    """Name words of a PERSON entity ``a:b``, with honorifics/titles just before it."""
    k = a
    while k > 0 and s.lower[k - 1].rstrip(".") in (lex.honorifics.keys() | lex.title_words):
        k -= 1
    return _clean_name(_words(s, k, b), lex)


def _strip_possessive(words: list[str]) -> list[str]:
    return [w for w in words if w not in ("'s", "’s", "'", "’")]


def _is_outlet(text: str, lex: _Lexicon) -> bool:
    low = _strip_the(text.lower())
    if low.split() and low.split()[-1] in lex.outlet_ends and text[:1].isupper():
        return True
    if low in lex.outlet_names or (low.split() and low.split()[0] in lex.outlet_names):
        return True
    return any(low == n or low.endswith(" " + n) for n in lex.outlet_nouns)


# --- one article ---------------------------------------------------------------------------


@dataclass
class _Said:
    speaker: str | None = None
    kind: str | None = None
    type: str | None = None
    cue: str | None = None
    reported_by: str | None = None


class _Article:
    def __init__(self, rows: np.ndarray, df: pd.DataFrame, flat: _Flat, lex: _Lexicon):
        self.rows = rows
        self.flat = flat
        self.lex = lex
        self.names = _Names()
        starts = flat.rows["start_char"][rows]
        ends = flat.rows["end_char"][rows]
        texts = flat.rows["text"][rows]
        text = _article_text(df, flat.rows["article_id"][rows[0]], starts, texts)
        paras = _paragraphs(flat.rows["paragraph_id"][rows], starts, ends)
        self.spans = quote_spans(text, paragraphs=paras)
        self.quoted = self._quoted_tokens()
        self.said = [_Said() for _ in rows]
        self.mentions: list[list[tuple[str, bool]]] = [[] for _ in rows]  # (name, is_subject)
        self.orgs: list[list[str]] = [[] for _ in rows]  # organisations as subjects
        self.org_names: list[list[str]] = [[] for _ in rows]  # every organisation named
        self.org_nouns: list[list[tuple[str, str]]] = [[] for _ in rows]  # ("website", name)
        self.ends_colon = [t.rstrip().endswith(":") for t in texts]
        self.ends_quote = [t.rstrip()[-1:] in '"”’»' for t in texts]
        self.sents: list[_Sent] = []
        self.propers: dict[str, bool] = {}

    # token i of the table is quoted when its start lies inside a quote span
    def _quoted_tokens(self) -> np.ndarray:
        flat, rows = self.flat, self.rows
        a, b = flat.offsets[rows[0]], flat.offsets[rows[-1] + 1]
        out = np.zeros(len(flat.start), dtype=bool)
        if not self.spans:
            return out
        starts = np.array([s[0] for s in self.spans])
        ends = np.array([s[1] for s in self.spans])
        pos = flat.start[a:b].astype(np.int64)
        k = np.searchsorted(starts, pos, side="right") - 1
        inside = (k >= 0) & (pos < ends[np.clip(k, 0, None)])
        out[a:b] = inside
        return out

    def _spans_in(self, row: int) -> Counter:
        """Quote spans (by index) that cover tokens of the row, with how many tokens."""
        flat = self.flat
        a, b = flat.offsets[row], flat.offsets[row + 1]
        pos = flat.start[a:b].astype(np.int64)
        got: Counter = Counter()
        for n, (s, e, _) in enumerate(self.spans):
            k = int(((pos >= s) & (pos < e)).sum())
            if k:
                got[n] += k
        return got

    def run(self) -> list[_Said]:
        flat, lex = self.flat, self.lex
        sents = [flat.sentence(r, self.quoted) for r in self.rows]
        self.sents = sents
        self._collect_names(sents)
        direct, chains, frames = [], [], []
        for r, s in zip(self.rows, sents, strict=True):
            words = [q for q, p in zip(s.quoted, s.pos, strict=True) if p not in WORDLESS_POS]
            share = sum(words) / len(words) if words else 0.0
            is_direct = share >= _DIRECT_SHARE and sum(words) >= 2
            direct.append(is_direct)
            chains.append(self._spans_in(r) if any(s.quoted) else Counter())
            frames.append(_frames(s, lex, direct=is_direct, propers=self.propers))
        chain_speaker: dict[int, _Said] = {}
        for n, s in enumerate(sents):
            self._record_mentions(n, s)
            said = self.said[n]
            if direct[n]:
                said.type = "direct"
                span = chains[n].most_common(1)[0][0] if chains[n] else None
                chain = self.spans[span][2] if span is not None else None
                if frames[n]:
                    self._resolve_frames(n, frames[n], said)
                if said.speaker:
                    pass
                elif chain is not None and chain in chain_speaker:
                    _copy(chain_speaker[chain], said)
                else:  # '"A. B," he said.': the clause is later in the same quote
                    later = [k for k in range(n + 1, len(sents)) if span in chains[k] and frames[k]]
                    if later:
                        self._resolve_frames(n, frames[later[0]], said, also=sents[later[0]])
                    elif self._bare_attribution(n, sents, frames, direct):
                        self._resolve_frames(n, frames[n + 1], said)
                    else:
                        self._continue_quote(n, said)
                if chain is not None and chain not in chain_speaker and said.speaker:
                    chain_speaker[chain] = said
                said.type = "direct"
            elif frames[n]:
                self._resolve_frames(n, frames[n], said)
                said.type = "indirect" if said.speaker else None
        return self.said

    def _titled_subject(self, n: int, s: _Sent, i: int) -> str | None:
        """The person a definite title subject ("the prime minister") stands for: the
        latest person of the last 30 sentences named with that title, else ``None``."""
        if not any(s.dep[k] == "det" and s.lower[k] == "the" for k in s.children(i)):
            return None
        phrase = _phrase(s, [k for k in _left_phrase(s, i) if s.lower[k] != "the"]).lower()
        title = _title_suffix(phrase, self.lex)
        if not title or title.split()[-1] in self.lex.unnamed_nouns:
            return None
        for k in range(n - 1, max(-1, n - 30), -1):
            for name, _ in reversed(self.mentions[k]):
                if title in self.names.person(name).titles:
                    return name
        return None

    def _bare_attribution(self, n: int, sents: list[_Sent], frames, direct) -> bool:
        """Whether a quotation that closes at the end of sentence ``n`` is credited by the
        next sentence alone: a short clause with a cue and no content of its own ("Will I
        win again?" / "Holmes asked in an interview.")."""
        if n + 1 >= len(sents) or not self.ends_quote[n] or direct[n + 1]:
            return False
        s, fs = sents[n + 1], frames[n + 1]
        if any(s.quoted) or len(fs) != 1 or fs[0].verb < 0 or s.dep[fs[0].verb] != "ROOT":
            return False
        words = sum(p not in WORDLESS_POS for p in s.pos)
        taken = ("ccomp", "xcomp", "dobj", "dative", "parataxis", "advcl")
        return words <= 10 and not any(s.dep[k] in taken for k in s.children(fs[0].verb))

    # names of the article, before attribution, so "Xi" finds "Xi Jinping" wherever it is
    def _collect_names(self, sents: list[_Sent]) -> None:
        lex = self.lex
        for s in sents:
            for i, e in enumerate(s.ent):
                if e == "B-PERSON" and s.lower[i] != "the" and not _name_as_modifier(s, i):
                    a, b = s.ent_span(i)
                    words, gender, title = _person_words(s, a, b, lex)
                    self.names.add(words, gender, title)
                elif (
                    s.lower[i].rstrip(".") in lex.honorifics
                    and i + 1 < len(s.pos)
                    and s.pos[i + 1] == "PROPN"
                    and s.ent[i + 1] == "O"
                ):
                    b = i + 1
                    while b < len(s.pos) and s.pos[b] == "PROPN" and s.ent[b] == "O":
                        b += 1
                    words, gender, title = _clean_name(s.text[i:b], lex)
                    self.names.add(words, gender, title)
        single = {n for n in self.names.persons if " " not in n}
        for s in sents:  # "Jack Straw" untagged, where "Mr Straw" is a person
            for i in range(1, len(s.pos)):
                if s.text[i] in single and s.pos[i] == "PROPN" and s.pos[i - 1] == "PROPN":
                    words = _clean_name(_words(s, max(0, i - 1), i + 1), lex)[0]
                    if len(words) == 2 and words[0][:1].isupper() and words[0] != words[1]:
                        self.names.add(words, None, None)
        self.names.settle()
        propers: dict[str, bool] = {}  # words used as names, and whether as organisations
        for s in sents:
            for i in range(1, len(s.text)):
                w = s.text[i]
                if w[:1].isupper() and (s.pos[i] == "PROPN" or s.ent[i] != "O"):
                    propers[w] = propers.get(w, False) or s.ent[i][2:] in _NAME_ENTS
        self.propers = propers

    def _record_mentions(self, n: int, s: _Sent) -> None:
        for i, e in enumerate(s.ent):
            if s.dep[i] == "nsubj" and s.pos[i] == "NOUN" and e == "O" and not s.quoted[i]:
                name = self._titled_subject(n, s, i)  # "The prime minister toured ..."
                if name:
                    self.mentions[n].append((name, True))
            if e == "B-ORG" and not s.quoted[i]:
                a, b = s.ent_span(i)
                name = " ".join(_words(s, _name_start(s, a, b, self.lex), b))
                self.org_names[n].append(name[4:] if name[:4].lower() == "the " else name)
                k = a - 1  # "fan website Trek United": the noun it is introduced with
                if k >= 0 and s.pos[k] == "NOUN" and s.dep[k] == "compound" and s.head[k] >= a:
                    self.org_nouns[n].append((s.lemma[k].lower(), self.org_names[n][-1]))
                if any(s.dep[k] == "nsubj" for k in range(a, b)):
                    words = _words(s, a, b)
                    name = " ".join(words[1:] if words[0].lower() == "the" else words)
                    self.orgs[n].append(name)
            if e in ("O", "B-ORG") and s.dep[i] == "nsubj" and s.pos[i] == "PROPN":
                name = self.names.canonical(_clean_name(_words(s, i, i + 1), self.lex)[0])
                if name in self.names.persons and not s.quoted[i]:  # "Ruddock" untagged
                    self.mentions[n].append((name, True))
            if (
                e == "B-PERSON"
                and not s.quoted[i]
                and s.lower[i] != "the"
                and not _name_as_modifier(s, i)
            ):
                a, b = s.ent_span(i)
                words = _person_words(s, a, b, self.lex)[0]
                self.mentions[n].append((self.names.canonical(words), _is_subject(s, a, b)))

    def _resolve_frames(
        self, n: int, frames: list[_Frame], said: _Said, *, also: _Sent | None = None
    ) -> None:
        """Fill ``said`` from the reporting clauses ``frames`` credited to sentence ``n``; a
        pronoun never goes to someone named (as a third person) in the quotation itself, in
        sentence ``n`` or in ``also``, the sentence the clause came from, nor to a person
        named after its verb ("He said Mr Blair had ..." is not Mr Blair speaking)."""
        clause = also or self.sents[n]
        avoid = {
            t.text[k]
            for t in (self.sents[n], also)
            if t is not None
            for k in range(len(t.text))
            if t.quoted[k] and t.pos[k] == "PROPN"
        }
        outlets = [f for f in frames if f.kind == "outlet"]
        others = sorted((f for f in frames if f.kind != "outlet"), key=lambda f: f.depth)
        told = next((f.told for f in frames if f.told), None)
        said.reported_by = outlets[0].name if outlets else told
        for f in others:
            after = {
                clause.text[k]
                for k in range(f.verb + 1, len(clause.text))
                if f.verb >= 0 and clause.ent[k].endswith("PERSON") and not clause.quoted[k]
            }
            name, kind = self._resolve(n, f, avoid=avoid | after)
            if name:
                said.speaker, said.kind, said.cue = name, kind, f.cue
                return
        if outlets:
            o = min(outlets, key=lambda f: f.depth)
            said.speaker, said.kind, said.cue = o.name, "outlet", o.cue

    def _resolve(
        self, n: int, f: _Frame, *, avoid: set | frozenset = frozenset()
    ) -> tuple[str | None, str | None]:
        names = self.names
        if f.kind in ("person", "propn", "org"):
            canon = names.canonical(f.name.split())
            if f.kind == "person" or canon in names.persons:  # "Dupont" tagged ORG
                return canon, "person"
        if f.kind in ("org", "propn"):
            return f.name, "org"
        if f.kind in ("group", "role"):
            return f.name, f.kind
        if f.kind == "pronoun":
            if f.name in ("they", "it"):
                return self._organisation(n)
            return self._antecedent(n, gender=_PRONOUNS[f.name], avoid=avoid)
        if f.kind in ("title", "description"):
            return self._described(n, f)
        if f.kind == "orgdesc":
            name = self._named_org(n, f.name)
            if name:
                return name, "org"
            return f.fallback, "org" if f.fallback[:1].isupper() else "group"
        if f.kind == "orgnoun":
            return self._described_org(n, f.name), "org"
        return None, None

    def _described_org(self, n: int, noun: str) -> str | None:
        """The latest organisation of the last 10 sentences introduced with a noun that ends
        in ``noun`` ("fan website Trek United" for "the site"), or ``None``."""
        for k in range(n - 1, max(-1, n - 10), -1):
            for said_as, name in reversed(self.org_nouns[k]):
                if said_as.endswith(noun):
                    return name
        return None

    def _named_org(self, n: int, head: str) -> str | None:
        """The latest organisation named before sentence ``n`` whose name has the word
        ``head`` ("the bank" -> "Bank of America"), or ``None``."""
        for k in range(n - 1, -1, -1):
            for name in reversed(self.org_names[k]):
                words = name.lower().split()
                if len(words) > 1 and head in words:
                    return name
        return None

    def _described(self, n: int, f: _Frame) -> tuple[str | None, str | None]:
        """ "the minister", "the Tory leader", "the 67-year-old": a recent role of the same
        kind, else the latest person with that title, else the latest compatible person
        (a speaker first); the description itself only when nobody fits."""
        head = (f.fallback or f.name).split()[-1:] or [""]
        for k in range(n - 1, max(-1, n - 4), -1):
            said = self.said[k]
            if said.kind == "role" and said.speaker.split()[-1:] == head:
                return said.speaker, "role"
        if f.kind == "title":
            for k in range(n - 1, max(-1, n - 30), -1):
                for name, _ in reversed(self.mentions[k]):
                    if f.name in self.names.person(name).titles:
                        return name, "person"
            unnamed = f.name.split()[-1] in self.lex.unnamed_nouns
            name, kind = (None, None) if unnamed else self._antecedent(n, title=f.name)
        else:
            name, kind = self._antecedent(n, anyone=True)
        if name:
            return name, kind
        return (f.fallback or f.name or None), "role"

    def _organisation(self, n: int) -> tuple[str | None, str | None]:
        """ "it"/"they": the latest organisation that spoke or was a subject."""
        for k in range(n - 1, max(-1, n - 4), -1):
            if self.said[k].speaker and self.said[k].kind in ("org", "group", "outlet"):
                return self.said[k].speaker, self.said[k].kind
            if self.orgs[k]:
                return self.orgs[k][-1], "org"
        return None, None

    def _antecedent(
        self, n: int, *, gender=None, title=None, anyone=False, avoid=frozenset()
    ) -> tuple[str | None, str | None]:
        """The latest compatible person before sentence ``n``: the speaker or subject of
        the sentence before, then a recent speaker or subject, then the latest mention.
        Nobody with a name word in ``avoid`` fits."""
        said = self.said

        def fits(name: str) -> bool:
            p = self.names.person(name)
            if avoid and not avoid.isdisjoint(name.split()):
                return False
            if anyone:
                return True
            if title is not None:
                return not p.titles or title in p.titles
            return p.gender is None or p.gender == gender

        for k in range(n - 1, max(-1, n - 8), -1):
            if said[k].kind == "person" and fits(said[k].speaker):
                return self._learn(said[k].speaker, gender)
            if said[k].kind == "role" and k >= n - 2 and title is None and not anyone:
                return said[k].speaker, "role"
            subjects = [m for m, subj in self.mentions[k] if subj and fits(m)]
            if subjects:
                return self._learn(subjects[-1], gender)
        for k in range(n - 1, -1, -1):  # nobody spoke or was a subject: the latest mention
            others = [m for m, _ in self.mentions[k] if fits(m)]
            if others:
                return self._learn(others[-1], gender)
        return None, None

    def _learn(self, name: str, gender: str | None) -> tuple[str, str]:
        p = self.names.person(name)
        p.gender = p.gender or gender
        return name, "person"

    def _continue_quote(self, n: int, said: _Said) -> None:
        """A quotation with no clause of its own: the speaker just before it goes on."""
        for k in range(n - 1, max(-1, n - 3), -1):
            if self.said[k].speaker and (k == n - 1 or self.said[k].type == "direct"):
                _copy(self.said[k], said)
                return
            if self.ends_colon[k]:
                return


def _name_as_modifier(s: _Sent, a: int) -> bool:
    """Whether the PERSON entity starting at ``a`` describes the noun after it behind a
    determiner ("the Kent athlete", "a Dickens novel"), a place or adjective, or follows
    "a"/"an" ("the film, A Different Story"): no person's name."""
    b = s.ent_span(a)[1]
    if a > 0 and s.lower[a - 1] in ("a", "an"):
        return True
    return (
        a > 0
        and s.lower[a - 1] in ("the", "a", "an")
        and b < len(s.text)
        and s.pos[b] == "NOUN"
        and s.dep[b - 1] in ("compound", "amod", "nmod")
        and s.head[b - 1] >= b
    )


def _is_subject(s: _Sent, a: int, b: int) -> bool:
    """Whether the name at tokens ``a:b`` is a subject: parsed as one, in apposition to,
    joined with or owning one ("the Guardian's critic Peter Bradshaw felt", "Ann Bee's
    only entry is"), or straight before a verb the parse left without a subject ("... and
    Owen is confident")."""
    subj = ("nsubj", "nsubjpass")
    if any(s.dep[k] in subj for k in range(a, b)):
        return True
    root = next((k for k in range(a, b) if not a <= s.head[k] < b), b - 1)
    head = s.head[root]
    if s.dep[root] in ("appos", "conj", "compound") and s.dep[head] in subj:
        return True
    if s.dep[root] == "poss" and s.dep[head] in subj and s.dep[s.head[head]] == "ROOT":
        return True  # of the main clause only: not "the match, which Ann Bee's side won"
    return (
        b < len(s.text)
        and s.pos[b] in ("VERB", "AUX")
        and not any(s.dep[k] in subj for k in s.children(b))
    )


def _copy(src: _Said, dst: _Said) -> None:
    dst.speaker, dst.kind, dst.cue, dst.reported_by = (
        src.speaker,
        src.kind,
        src.cue,
        src.reported_by,
    )


def _article_text(df: pd.DataFrame, aid: str, starts, texts) -> str:
    """The article's text from ``df.attrs``, or rebuilt from the sentences at their offsets."""
    store = df.attrs.get("articles") or {}
    if aid in store and "text" in store[aid]:
        return store[aid]["text"]
    size = int(max(s + len(t) for s, t in zip(starts, texts, strict=True)))
    buf = [" "] * size
    for s, t in zip(starts, texts, strict=True):
        buf[s : s + len(t)] = t
    return "".join(buf)


def _paragraphs(pids, starts, ends) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    last = None
    for pid, s, e in zip(pids, starts, ends, strict=True):
        if pid != last or not out:
            out.append([int(s), int(e)])
            last = pid
        else:
            out[-1][1] = int(e)
    return [tuple(p) for p in out]


# --- public ----------------------------------------------------------------------------------


def attribute_speakers(df: pd.DataFrame, *, merge_across_articles: bool = True) -> pd.DataFrame:
    """Return a copy of the sentence table with ``speaker``, ``speaker_type``, ``cue`` and
    ``reported_by`` columns (see the module docstring for what each holds).

    Works from the stored parse (``tok_*`` columns); the table may hold one article or many,
    in any order of articles, sentences of an article in reading order. With
    ``merge_across_articles`` a surname left alone in an article ("Mr Blair") takes the one
    full name the other articles give it ("Tony Blair"), when exactly one does.
    """
    missing = [c for c in _NEEDED + TOKEN_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(
            f"attribute_speakers needs a sentence table from kit.load_*; missing columns: {missing}"
        )
    out = df.drop(columns=[c for c in SPEAKER_COLUMNS if c in df.columns])
    n = len(df)
    cols = {c: np.full(n, None, dtype=object) for c in SPEAKER_COLUMNS}
    kinds = np.full(n, None, dtype=object)
    if n:
        lex = _lexicon()
        flat = _Flat(df)
        all_names: list[_Names] = []
        groups = df.groupby("article_id", sort=False).indices
        sid = df["sentence_id"].to_numpy()
        for rows in groups.values():
            rows = rows[np.argsort(sid[rows], kind="stable")]
            art = _Article(rows, df, flat, lex)
            for r, said in zip(rows, art.run(), strict=True):
                cols["speaker"][r] = said.speaker
                cols["speaker_type"][r] = said.type
                cols["cue"][r] = said.cue
                cols["reported_by"][r] = said.reported_by
                kinds[r] = said.kind
            all_names.append(art.names)
        if merge_across_articles and len(groups) > 1:
            _merge_surnames(cols["speaker"], kinds, all_names)
    for c in SPEAKER_COLUMNS:
        out[c] = pd.Series(cols[c], index=df.index, dtype=object)
    return out


def _merge_surnames(speaker: np.ndarray, kinds: np.ndarray, all_names: list[_Names]) -> None:
    """One-word person names take the only full name of the table that ends with them."""
    full: dict[str, set] = defaultdict(set)
    for names in all_names:
        for name in set(names.alias.values()):
            w = name.split()
            if len(w) > 1:
                full[w[-1]].add(name)
    for r in np.flatnonzero(kinds == "person"):
        name = speaker[r]
        if name and " " not in name and len(full.get(name, ())) == 1:
            speaker[r] = next(iter(full[name]))


def speakers(df: pd.DataFrame) -> pd.DataFrame:
    """One row a speaker: ``speaker``, ``n_sentences``, ``n_words``, ``n_direct``,
    ``n_indirect``, most sentences first.

    Runs :func:`attribute_speakers` first when the table lacks a ``speaker`` column.
    """
    if "speaker" not in df.columns:
        df = attribute_speakers(df)
    cols = ["speaker", "n_sentences", "n_words", "n_direct", "n_indirect"]
    said = df[df["speaker"].notna()]
    if said.empty:
        empty = {c: pd.Series(dtype=object if c == "speaker" else "int64") for c in cols}
        return pd.DataFrame(empty)
    words = said["n_words"] if "n_words" in said.columns else said["text"].str.split().str.len()
    table = pd.DataFrame(
        {
            "speaker": said["speaker"].astype(str),
            "n_words": words.astype("int64"),
            "direct": (said["speaker_type"] == "direct").astype("int64"),
            "indirect": (said["speaker_type"] == "indirect").astype("int64"),
        }
    )
    out = (
        table.groupby("speaker", sort=False)
        .agg(
            n_sentences=("n_words", "size"),
            n_words=("n_words", "sum"),
            n_direct=("direct", "sum"),
            n_indirect=("indirect", "sum"),
        )
        .reset_index()
        .sort_values(["n_sentences", "n_words"], ascending=False, kind="stable")
        .reset_index(drop=True)
    )
    return out[cols]
