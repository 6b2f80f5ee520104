"""One article at a time: quotes and cues resolved to speakers (:class:`_Article`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import pairwise

import numpy as np
import pandas as pd

from ..sentences import WORDLESS_POS
from ._arrays import _Flat, _Sent
from ._bodies import (
    _ANY_BODY,
    _ANY_PUBLIC_BODY,
    _BODY_KINDS,
    _BODY_NAMES,
    _COUNTRY_NOUNS,
    _GENERIC_BODIES,
    _LEGAL_FORMS,
    _MAYBE_PUBLIC,
    _NAMED_KINDS,
    _ONLY_PUBLIC,
    _PAIR_NOUNS,
    _PAPER_ENDS,
    _PLURAL_BODIES,
    _POSS,
    _PUBLIC_BODIES,
    _PUBLIC_WORDS,
    _TRADE_BODIES,
    _acronyms,
    _Bodies,
    _bodies_named,
    _definite,
    _definite_plural,
    _honorific_name,
    _mention_phrase,
    _name_word,
    _named_with,
    _owned,
    _strip_name,
)
from ._constants import _DETS, _DIRECT_SHARE, _NAME_ENTS, _PRONOUNS
from ._cues import _frames, _introduced_quote, _lead_frame, _nothing_reported, _share_says
from ._frame import _COUNTS, _RULINGS, _STUDIES, _author, _Frame
from ._gender import _NOUNS as _GENDERED
from ._gender import _body_like, _evidence, _settled
from ._kind import _body_name, _tagged_bodies
from ._lexicon import _Lexicon, _person_noun
from ._mentions import (
    _BEFORE_SURNAMES,
    _NOBODY,
    _OFFICES,
    _RESEARCH_GROUP,
    _RIVAL,
    _SPOKES,
    _UTTERANCES,
    _anyone_before,
    _body_apposed,
    _described_as,
    _description_words,
    _finder,
    _honoured,
    _in_relative,
    _inner_cue,
    _introduction,
    _joined,
    _named,
    _names_a_work,
    _origin,
    _other_origin,
    _postnominal,
    _proper,
    _set_off_subject,
    _unsourced,
)
from ._names import (
    _OWNED_BODIES,
    _PLACE_NOUNS,
    _POSTNOMINALS,
    _RELATIVES,
    _TEAM_ROLES,
    _clean_name,
    _described_person,
    _fold,
    _is_outlet,
    _is_subject,
    _left_phrase,
    _main_subject,
    _name_as_modifier,
    _name_start,
    _Names,
    _person_by_role,
    _person_words,
    _phrase,
    _role_head,
    _span_head,
    _title_suffix,
    _whole_of,
    _with_attachments,
    _words,
)
from ._quotes import quote_spans
from ._quoting import (
    _clause_quoted,
    _colon_quote,
    _first_person,
    _introduces,
    _opens_quoted,
    _partial_quote,
    _passive,
    _same_start_or_end,
    _shop_name,
    _third_person,
)
from ._spans import _cue_token
from ._subjects import _agent_of, _document_frame, _subject_frame

# parts of speech a capitalised word of a name set after its cue may be tagged with
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "ADV", "X"})

# conjunctions that set a second speaker's clause against the first's ("X said ..., while Y")
_CONTRAST = frozenset({"while", "whereas", "whilst"})

# verbs whose subject makes the document they take ("Facebook released a statement")
_ISSUING = frozenset({"release", "issue", "send", "file", "sign", "write"})  # not "publish"
# how a count is written after its maker's name ("Land Registry figures"): see _count_before
_COUNTED_AS = frozenset({"figures", "data", "statistics", "numbers"})


# --- one article ---------------------------------------------------------------------------


@dataclass
class _Said:
    speaker: str | None = None
    kind: str | None = None
    type: str | None = None
    cue: str | None = None
    reported_by: str | None = None
    unknown: bool = False  # the cue's subject is a noun that names nobody ("the documentary")
    ahead: bool = False  # a definite title nobody before fits ("The head of Lloyd's said")


class _Article:
    def __init__(self, rows: np.ndarray, df: pd.DataFrame, flat: _Flat, lex: _Lexicon):
        self.rows = rows
        self.flat = flat
        self.lex = lex
        self.names = _Names(lex.kept_honorifics)
        starts = flat.rows["start_char"][rows]
        ends = flat.rows["end_char"][rows]
        texts = flat.rows["text"][rows]
        text = _article_text(df, flat.rows["article_id"][rows[0]], starts, texts)
        paras = _paragraphs(flat.rows["paragraph_id"][rows], starts, ends)
        self.spans = quote_spans(text, paragraphs=paras)
        self.span_starts = np.array([q[0] for q in self.spans], dtype=np.int64)
        self.span_ends = np.array([q[1] for q in self.spans], dtype=np.int64)
        self.quoted = self._quoted_tokens()
        self.said = [_Said() for _ in rows]
        # (name, subject): 0 no subject, 1 of a clause inside, 2 of the main clause (True)
        self.mentions: list[list[tuple[str, int]]] = [[] for _ in rows]
        # a main subject that is a title no one of the story was named with ("The prime
        # minister toured ..."): a "he" or "she" just after it is that unknown person
        self.unknown_title: list[str | None] = [None] * len(rows)
        self.orgs: list[list[str]] = [[] for _ in rows]  # organisations as subjects
        self.groups: list[list[str]] = [[] for _ in rows]  # "the officers" as main subjects
        self.main_orgs: list[list[str]] = [[] for _ in rows]  # ... of the main clause
        self.org_names: list[list[str]] = [[] for _ in rows]  # every organisation named
        self.org_nouns: list[list[tuple[str, str]]] = [[] for _ in rows]  # ("website", name)
        # (noun, maker, kind)
        self.docs: list[list[tuple[str, str, str | None]]] = [[] for _ in rows]
        self.ends_colon = [t.rstrip().endswith(":") for t in texts]
        self.ends_quote = [t.rstrip()[-1:] in '"”’»' for t in texts]
        self.sents: list[_Sent] = []
        self.roles = lex.speaker_nouns - lex.collective_nouns  # "lawyer", "witness"
        # nouns "the X" of one body named before stands for ("the club", "the airline")
        self.body_nouns = _GENERIC_BODIES | lex.org_descriptors | _BODY_KINDS | _TRADE_BODIES
        # nouns that introduce a company by its trade ("bookmaker", "retailer"), not a
        # rival or a giant, which may be a person as well
        self.trade_words = lex.org_descriptors - {"rival", "giant", "group", "label", "studio"}
        self.groups_of = lex.speaker_nouns | lex.person_nouns  # "officers", "residents"
        self.propers: dict[str, bool] = {}
        self.rivals: set[str] = set()  # bodies introduced as a rival ("rival club X")

    def _span_of(self, a: int, b: int) -> tuple[np.ndarray, np.ndarray]:
        """For tokens ``a:b`` of the table: the index of the last quote span starting at or
        before each token, and whether the token's start lies inside that span."""
        pos = self.flat.start[a:b].astype(np.int64)
        k = np.searchsorted(self.span_starts, pos, side="right") - 1  # spans are in order
        return k, (k >= 0) & (pos < self.span_ends[np.clip(k, 0, None)])

    # token i of the table is quoted when its start lies inside a quote span
    def _quoted_tokens(self) -> np.ndarray:
        flat, rows = self.flat, self.rows
        a, b = flat.offsets[rows[0]], flat.offsets[rows[-1] + 1]
        out = np.zeros(len(flat.start), dtype=bool)
        if self.spans:
            out[a:b] = self._span_of(a, b)[1]
        return out

    def _spans_in(self, row: int) -> Counter:
        """Quote spans (by index) that cover tokens of the row, with how many tokens."""
        k, inside = self._span_of(self.flat.offsets[row], self.flat.offsets[row + 1])
        return Counter(k[inside].tolist())

    def run(self) -> list[_Said]:
        flat, lex = self.flat, self.lex
        sents = [flat.sentence(r, self.quoted) for r in self.rows]
        self.sents = sents
        # names the tags take for a body's somewhere in the article ("Inbev" of "Brewing
        # giant Inbev", "UK Coal" of "UK Coal said"), which count as its mentions where the
        # tagger read them otherwise ("Inbev bought out ...", read as a nationality)
        self.org_tagged = {
            tuple(_words(s, *s.ent_span(i)))
            for s in sents
            for i, e in enumerate(s.ent)
            if e == "B-ORG" and not s.quoted[i] and s.text[i][:1].isupper()
        }
        self._collect_names(sents)
        direct, frames, lead_only = [], [], []
        self._led: list[bool] = []  # direct as the colon-opened start of a quoted run
        self.unfound_at: set[int] = set()  # quotations whose own cue found no one
        chains = [
            self._spans_in(r) if any(s.quoted) else Counter()
            for r, s in zip(self.rows, sents, strict=True)
        ]
        for n, s in enumerate(sents):
            words = [q for q, p in zip(s.quoted, s.pos, strict=True) if p not in WORDLESS_POS]
            share = sum(words) / len(words) if words else 0.0
            is_direct = sum(words) >= 2 and (
                share >= _DIRECT_SHARE or _opens_quoted(s) or _introduced_quote(s, lex)
            )
            led = not is_direct and self._colon_run(n, s, chains)
            self._led.append(led)
            is_direct = is_direct or led
            direct.append(is_direct)
            found = None
            if is_direct and _partial_quote(s):
                # 'the motion says "any takeover ... would be ...": the clause quoted whole is
                # direct when that verb is a cue found; 'called the plan "reckless"' reported
                whole = _clause_quoted(s)
                found = _frames(s, lex, direct=True, propers=self.propers) if whole else []
                if not any(f.verb in whole for f in found):
                    is_direct, found = False, None
                    direct[-1] = False
            if found is None:
                found = _frames(s, lex, direct=is_direct, propers=self.propers)
            if is_direct and not found:
                lead = _lead_frame(s, lex, propers=self.propers)
                found = [lead] if lead else []
                if led and lead:
                    lead_only.append(n)
            frames.append(found)
        opener = set()  # colon-opened runs no cue of theirs credits: their subject's or no one's
        for n in (n for n, led in enumerate(self._led) if led):
            run = range(n + 1, self._run_end(n, self._chain(n, chains), chains) + 1)
            if any(frames[k] for k in run):  # a cue later in the run credits it ('..." wrote X.')
                frames[n] = [] if n in lead_only else frames[n]
            else:
                opener.add(n)
        chain_speaker: dict[int, _Said] = {}
        unfound: set[int | None] = set()  # quotations their own cue brought in, no speaker found
        for n, s in enumerate(sents):
            self._record_mentions(n, s)
            said = self.said[n]
            if direct[n]:
                said.type = "direct"
                span = chains[n].most_common(1)[0][0] if chains[n] else None
                chain = self.spans[span][2] if span is not None else None
                if frames[n]:
                    self._resolve_frames(n, frames[n], said, quote=True)
                else:  # '"..., it feels like a defeat," admitted Kiely.' with Kiely an adverb
                    if not self._subject_set_off(s, said):
                        self._cue_then_name(n, s, said)
                if said.speaker or said.unknown:
                    pass  # an unknown subject of the sentence's own cue: no one else's words
                elif chain is not None and chain in chain_speaker:
                    _copy(chain_speaker[chain], said)
                elif chain in unfound or n in opener:
                    pass  # its cue brought the quotation in and named no one we know
                else:  # '"A. B," he said.': the clause is later in the same quote
                    later = [k for k in range(n + 1, len(sents)) if span in chains[k] and frames[k]]
                    if later:
                        k = later[0]
                        self._resolve_frames(n, frames[k], said, also=sents[k], quote=True)
                    elif self._bare_attribution(n, sents, frames, direct):
                        self._resolve_frames(n, frames[n + 1], said)
                    elif not frames[n] and self._own_subject(s) is not None:
                        self._continue_quote(n, said, own=True)
                    else:
                        self._continue_quote(n, said, clause=not frames[n])
                    if not said.speaker and self._credited_next(n, sents, frames, direct):
                        self._resolve_frames(n, frames[n + 1], said, also=sents[n + 1], quote=True)
                    last = self._run_end(n, chain, chains)
                    if not said.speaker and last > n and not said.unknown:
                        # a run of quoted sentences ('"A. / B - / so C." / "D," said X.'):
                        # the cue of a later sentence of the run, else the clause after it
                        later = [k for k in range(n + 1, last + 1) if frames[k]]
                        if (
                            later
                            or self._bare_attribution(last, sents, frames, direct)
                            or (self._credited_next(n, sents, frames, direct, last=last))
                        ):
                            k = later[0] if later else last + 1
                            self._resolve_frames(n, frames[k], said, also=sents[k], quote=True)
                if chain is not None and chain not in chain_speaker and said.speaker:
                    chain_speaker[chain] = said
                elif (
                    chain is not None
                    and not said.speaker
                    and (
                        n in opener
                        or any(_introduces(s, f) for f in frames[n])
                        or (said.unknown and not frames[n])  # '"..." tweeted Ann Bee.'
                    )
                ):
                    unfound.add(chain)
                    self.unfound_at.add(n)
            elif frames[n] and not _nothing_reported(s, frames[n]):
                self._resolve_frames(n, frames[n], said)
                said.type = "indirect" if said.speaker else None
            if said.speaker and frames[n]:
                self._spoken_in(n, s)
        self._inside_quotes(direct, chains, frames)
        self._named_after_lead()
        self._named_next()
        for said in self.said:  # one name a speaker, whichever rule found them
            if (
                said.kind == "outlet"
                and self.names.persons.get(said.speaker or "", _NOBODY).count
                and not _is_outlet(said.speaker or "", self.lex)  # "The Telegraph": no person
            ):
                said.kind = "person"  # "On live television Erdogan attacked ...": a person
            if said.kind == "person" and said.speaker:
                said.speaker = self._one_name(said.speaker)
        for n, s in enumerate(sents):
            if not any(c.isalnum() for t in s.text for c in t):
                self.said[n] = _Said()  # "[...]": words left out, nothing said
        return self.said

    def _colon_run(self, n: int, s: _Sent, chains: list[Counter]) -> bool:
        """Whether sentence ``n`` ends in a quotation that a colon opens and that runs on
        into the next sentence, itself mostly quoted ('The governor, in his address,
        offered to diversify the economy: "Now our exports have grown. / In the next year,
        this must be given priority."'): the first sentence of a quoted run, direct however
        long the narration before its colon."""
        colon = _colon_quote(s)
        if colon is None or n + 1 >= len(chains) or not chains[n + 1]:
            return False
        tail = [k for k in range(colon + 1, len(s.text)) if s.pos[k] not in WORDLESS_POS]
        if not tail or not all(s.quoted[k] for k in tail):
            return False
        for k in range(colon):  # 'X tweeted he would go: "Wow!': reported speech of its own
            h = s.head[k]
            reported = s.dep[k] == "ccomp" and h < colon and not s.quoted[h]
            if reported and s.lemma[h] in self.lex.verbs:
                return False
        own = {self.spans[q][2] for q in chains[n]}
        if not own & {self.spans[q][2] for q in chains[n + 1]}:
            return False
        t = self.sents[n + 1]  # there is one: chains has a list for every sentence
        words = [t.quoted[k] for k, p in enumerate(t.pos) if p not in WORDLESS_POS]
        return bool(words) and sum(words) / len(words) >= _DIRECT_SHARE

    def _inside_quotes(self, direct: list[bool], chains: list[Counter], frames: list) -> None:
        """A sentence that a quotation runs through or into from a sentence next to it is
        part of that quotation and its speaker's, however few of its words are quoted: a
        one-word sentence ('"He was calm. / Assured. / Constantly studying."'), or one whose
        quotation opens at its end and goes on past it ('... in their comments: "Thank you /
        Bill for ...," wrote Ann Bee.'). Not a sentence with a cue of its own."""
        starts, ends = self.flat.rows["start_char"], self.flat.rows["end_char"]
        for n, said in enumerate(self.said):
            if direct[n] or said.type or frames[n] or not chains[n]:
                continue  # a cue of its own ('The report adds "...'): the cue's words
            r = self.rows[n]
            for q in chains[n]:
                a, b, _ = self.spans[q]
                sides = [k for k, out in ((n - 1, a < starts[r]), (n + 1, b > ends[r])) if out]
                donor = next(
                    (k for k in sides if 0 <= k < len(self.said) and q in chains[k] and direct[k]),
                    None,
                )
                if donor is not None and self.said[donor].speaker:
                    _copy(self.said[donor], said)
                    said.type = "direct"
                    break

    def _subject_set_off(self, s: _Sent, said: _Said) -> bool:
        """Credit the quotation a cue with no subject in the parse brings in to the person
        named just before the cue, alone or with a description set off by commas ("In
        response to Dr Bee's comments, Ann Cole, leader of the group, said: "...""), where
        the parse hung the name on a phrase before it."""
        for v in self._bringing_cues(s):
            if any(s.dep[k] in ("nsubj", "nsubjpass", "expl") for k in s.children(v)):
                continue
            for i in range(v - 1, -1, -1):
                if s.ent[i] != "B-PERSON" or s.quoted[i]:
                    continue
                a, b = s.ent_span(i)
                between = s.text[b:v]
                # "Ann Bee, from the Bee Trust (BT) told ...": a phrase of where they are from,
                # its closing comma left out
                whence = (
                    len(between) > 2
                    and s.pos[b + 1] == "ADP"
                    and not any(s.pos[k] in ("VERB", "AUX") for k in range(b, v))
                )
                # "Ann Bee of "Bee Aid", a charity, told ...": where they are from, set off
                of_body = len(between) > 2 and between[0] in ("of", "from") and between[-1] == ","
                set_off = not between or (
                    (between[0] == "," or of_body)
                    and (between[-1] == "," or whence)
                    and "PERSON" not in "".join(s.ent[b:v])
                    and not (of_body and self._verb_between(s, b, v))
                )
                owner = b < len(s.text) and s.text[b] in ("'s", "’s")
                if set_off and s.dep[b - 1] != "poss" and not owner:
                    said.speaker = self._person_name(s, a, b)
                    said.kind, said.cue = "person", s.text[v]
                    return True
                break  # only the person nearest the cue
        return False

    def _bringing_cues(self, s: _Sent) -> Iterator[int]:
        """The reporting verbs outside the quotes of ``s`` that bring in its quotation: the
        colon before it hangs on them, or quoted words are their own."""
        colon = _colon_quote(s)
        for v in range(len(s.text)):
            if s.quoted[v] or s.pos[v] != "VERB" or s.lemma[v].lower() not in self.lex.verbs:
                continue
            if (colon is not None and s.head[colon] == v) or any(
                s.quoted[k] and s.pos[k] not in WORDLESS_POS for k in s.children(v)
            ):
                yield v

    @staticmethod
    def _verb_between(s: _Sent, a: int, b: int) -> bool:
        """Whether a verb of the reporter's own words comes between tokens ``a`` and ``b``."""
        return any(s.pos[k] in ("VERB", "AUX") and not s.quoted[k] for k in range(a, b))

    def _own_subject(self, s: _Sent) -> int | None:
        """The subject of a reporting verb outside the quotes that brings in the quotation of
        ``s`` and that no rule could read ("In a statement, detainee 'A' said: "...""): the
        quotation is that subject's, no one else's. ``None`` when there is none, or when the
        subject is someone's ("His sales pitch adds:", the owner's words)."""
        for v in self._bringing_cues(s):
            for k in s.children(v):
                if s.dep[k] == "nsubj" and k < v:
                    owned = any(s.dep[d] == "poss" for d in s.children(k))
                    return None if owned else k
        return None

    def _subject_name(self, s: _Sent, k: int) -> str | None:
        """The person that the proper subject ``k`` of a cue no rule read names, however the
        tagger took it: a person the article knows ("Groening" read as a verb, "Matt
        Groening" named before), or a name described in apposition by a noun for a person
        ("Laah Chong-gyu, executive director of ..., said", "Laah" read as a place)."""
        if not s.text[k][:1].isalpha() or s.quoted[k]:
            return None
        a = k  # the name's words before its head: "Laah Chong - gyu"
        while a > 0 and s.head[a - 1] == k and s.dep[a - 1] in ("compound", "punct"):
            if s.dep[a - 1] == "punct" and s.text[a - 1] not in ("-", "–"):
                break
            a -= 1
        if not s.text[a][:1].isupper() or s.text[a] in ("-", "–"):
            return None
        words = _clean_name(_words(s, a, k + 1), self.lex)[0]
        if not words:
            return None
        name = self.names.canonical(words)
        if name in self.names.persons and self.names.persons[name].count:
            return name
        described = any(
            s.dep[d] == "appos" and s.pos[d] == "NOUN" and _person_noun(s.lower[d], self.lex)
            for d in s.children(k)
        )
        return name if described and s.pos[k] == "PROPN" else None

    def _cue_then_name(self, n: int, s: _Sent, said: _Said) -> None:
        """Credit a quotation whose sentence ends, after the quote, in a reporting verb and a
        person the article names ('..." admitted Kiely.'), however the parse read the name
        (:meth:`_name_after`). A name there that is no one the article knows leaves the
        quotation its own cue's, unknown (``said.unknown``), not the speaker's before it,
        unless the speaker of the sentences just before has that surname."""
        close = max((k for k in range(len(s.text)) if s.quoted[k]), default=-1)
        rest = [k for k in range(close + 1, len(s.text)) if s.pos[k] not in WORDLESS_POS]
        if len(rest) < 2 or s.lemma[rest[0]].lower() not in self.lex.verbs:
            return
        if s.pos[rest[0]] != "VERB" or rest[1] != rest[0] + 1:
            return
        found = self._name_after(n, s, rest[0])
        if found is None:
            return
        name, surname = found
        if name:
            said.speaker, said.kind, said.cue = name, "person", s.text[rest[0]]
            return
        for j in range(n - 1, max(-1, n - 3), -1):
            if (self.said[j].speaker or "").split()[-1:] == [surname]:
                _copy(self.said[j], said)
                return
        said.unknown, said.cue = True, s.text[rest[0]]

    def _name_after(self, n: int, s: _Sent, v: int) -> tuple[str | None, str] | None:
        """The person named right after the cue ``v`` of sentence ``n`` and ending it, or
        a remark set off after it ('..." tweeted Mayor of Bath Ann Bee (no relation).'): the
        person words at the end of the name, after a title, "of" and a place or body
        ("Ann Bee"), as the name the article knows them by, else ``None``, with the last
        word written. ``None`` when no name alone comes there (a day, more words run on)."""
        end = v + 1  # the name: capitalised words, "of" between them ("Mayor of London")
        while end < len(s.text) and (
            (s.text[end][:1].isupper() and s.pos[end] in _NAME_POS and not s.quoted[end])
            or (
                s.lower[end] == "of"
                and end + 1 < len(s.text)
                and s.pos[end + 1] == "PROPN"
                and s.text[end + 1][:1].isupper()
            )
        ):
            end += 1
        if end == v + 1 or s.lower[end - 1] == "of":
            return None
        if end < len(s.text) and s.pos[end] not in WORDLESS_POS and s.ent[end][2:] != "DATE":
            return None  # more words run on from it ("said Reuters reporter ..."): no name alone
        start = end  # its person words: back to a place, a body or "of" before them
        while (
            start > v + 1
            and s.lower[start - 1] != "of"
            and s.ent[start - 1][2:] in ("", "PERSON")
            and s.text[start - 1][:1].isupper()
        ):
            start -= 1
        start = self._after_bodies(n, s, start, end)  # "Bath Ann Bee", Bath a place elsewhere
        if start == end:
            return None  # a day, a place, a body: no one named
        words = _clean_name(_words(s, start, end), self.lex)[0]
        name = self.names.canonical(words) if words else ""
        known = name in self.names.persons and self.names.persons[name].count
        return (name if known else None), s.text[end - 1]

    def _named_after_lead(self) -> None:
        """A title in the lead that nobody before fits ("The head of Lloyd's of London has
        criticised the FSA") is the person who speaks next, in the two sentences after it
        ("Mr Prettejohn urged ..."): news names the speaker of its lead later."""
        for n in range(min(2, len(self.said))):
            if not self.said[n].ahead:
                continue
            role = self.said[n].speaker
            for k in range(n + 1, min(n + 3, len(self.said))):
                if self.said[k].kind == "person":
                    self.said[n].speaker, self.said[n].kind = self.said[k].speaker, "person"
                    for later in self.said[n + 1 :]:  # "the minister" went on with the role
                        if later.kind == "role" and later.speaker == role:
                            later.speaker, later.kind = self.said[k].speaker, "person"
                    break

    def _named_next(self) -> None:
        """An unnamed role that a statement is credited to ("This week a judge claimed ...")
        is the person the next sentence names for the first time as its main subject with
        that noun ("Judge Ann Bee made her remarks ..."): news names a source just after
        bringing it in. Not a role with more words than its noun ("a senior judge", "a
        spokesman for the club"), nor one of the nouns news leaves unnamed ("a spokesman":
        "... / Lib Dem spokesman Ann Bee said" is another party's), nor one the next
        sentence names no one new with."""
        for n, said in enumerate(self.said[:-1]):
            noun = (said.speaker or "").lower()
            if said.kind != "role" or not noun.isalpha() or noun not in self.lex.titles:
                continue
            if noun in self.lex.unnamed_nouns:
                continue  # "a spokesman said": one of any body's, not the next one named
            before = {m for k in range(n + 1) for m, _ in self.mentions[k]}
            new = [
                m
                for m, rank in self.mentions[n + 1]
                if rank == 2 and m not in before and m in self.intro_at[n + 1]
                if noun in self.names.person(m).titles | self.profiles.get(m, set())
            ]
            if len(set(new)) == 1:
                said.speaker, said.kind = new[0], "person"

    def _titled_subject(self, n: int, s: _Sent, i: int) -> str | None:
        """The person a definite title subject ("the prime minister") stands for: the
        latest person of the last 30 sentences named with that title, else ``None``."""
        title = self._subject_title(s, i)
        return self._titled(n, title) if title else None

    def _subject_title(self, s: _Sent, i: int, *, bare: bool = False) -> str | None:
        """The title a definite noun ``i`` names a person by ("the prime minister"), else
        ``None``; with ``bare``, only when the noun phrase is the title alone."""
        if not any(s.dep[k] == "det" and s.lower[k] == "the" for k in s.children(i)):
            return None
        phrase = _phrase(s, [k for k in _left_phrase(s, i) if s.lower[k] != "the"]).lower()
        title = _title_suffix(phrase, self.lex)
        if not title or title.split()[-1] in self.lex.unnamed_nouns:
            return None
        return None if bare and title != phrase else title

    def _titled(self, n: int, title: str, reach: int | None = 30) -> str | None:
        """The latest person mentioned in the ``reach`` sentences before ``n`` (all of them
        with ``None``) whom the article named with ``title``, else ``None``."""
        for k in range(n - 1, -1 if reach is None else max(-1, n - reach), -1):
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
        taken: tuple[str, ...] = ("ccomp", "xcomp", "dobj", "dative", "parataxis", "advcl")
        if s.lemma[fs[0].verb] == "tell":  # whom it was told is no content ("told the world")
            taken = ("ccomp", "xcomp", "parataxis", "advcl")
        return words <= 10 and not any(s.dep[k] in taken for k in s.children(fs[0].verb))

    def _chain(self, n: int, chains: list[Counter]) -> int | None:
        """The quotation (chain) most of sentence ``n``'s quoted words belong to."""
        return self.spans[chains[n].most_common(1)[0][0]][2] if chains[n] else None

    def _run_end(self, n: int, chain: int | None, chains: list[Counter]) -> int:
        """The last sentence of the run of sentences from ``n`` that quote the quotation
        ``chain`` (``n`` itself when the quotation ends in it or there is none)."""
        last = n
        while (
            chain is not None
            and last + 1 < len(chains)
            and any(self.spans[q][2] == chain for q in chains[last + 1])
        ):
            last += 1
        return last

    def _credited_next(self, n: int, sents: list[_Sent], frames, direct, last: int = -1) -> bool:
        """Whether the quotation that is all of sentence ``n``, after narration and with no
        speaker found for it, goes to the speaker of the quotation that opens the next
        sentence and is credited after it ('Studios face new costs. / "We saw every line of
        make-up." / "It all showed up," explains Mr Dean.'): the news habit of naming the
        speaker at the first break of a run of quoted paragraphs. With ``last``, the
        quotation runs from sentence ``n`` to sentence ``last`` and the one after that is
        the next."""
        last = max(last, n)
        if last + 1 >= len(sents) or not direct[last + 1] or not frames[last + 1]:
            return False
        if n and (self.said[n - 1].type == "direct" or any(sents[n - 1].quoted)):
            return False  # a quotation before it: who goes on is for the rules before
        t = sents[last + 1]
        for s in sents[n : last + 1]:
            if not all(s.quoted[k] for k, p in enumerate(s.pos) if p not in WORDLESS_POS):
                return False
        words = [k for k, p in enumerate(t.pos) if p not in WORDLESS_POS]
        if not words or not t.quoted[words[0]]:
            return False
        return all(f.verb > words[0] and not t.quoted[f.verb] for f in frames[last + 1])

    # names of the article, before attribution, so "Xi" finds "Xi Jinping" wherever it is
    def _collect_names(self, sents: list[_Sent]) -> None:
        lex = self.lex
        self.body_words: dict[str, set[int]] = {}  # words of bodies and places: sentences
        for n, s in enumerate(sents):
            for i, e in enumerate(s.ent):
                if e[2:] in _NAME_ENTS:
                    self.body_words.setdefault(s.text[i], set()).add(n)
        seen = Counter(w for s in sents for w in s.text)
        for w, k in seen.items():  # each distinct word folded once, into _Names' count
            self.names.words[_fold(w).replace(".", "")] += k
        self.places: list[list[str]] = [  # places named in each sentence ("Samoa", "Dominica")
            [
                " ".join(_words(s, a + (s.lower[a] == "the"), b))
                for a, b in (s.ent_span(i) for i, e in enumerate(s.ent) if e == "B-GPE")
                if not s.quoted[a]
            ]
            for s in sents
        ]

        intros: list[tuple[int, list[str], set[str]]] = []  # what each name came with
        spans: list[list[tuple[int, int, list[str]]]] = [[] for _ in sents]  # person mentions

        def loose(n: int, s: _Sent, a: int, words: list[str]) -> bool:
            """Whether the name's first word opens the headline and is nowhere else."""
            first = next((k for k, p in enumerate(s.pos) if p not in WORDLESS_POS), -1)
            return n == 0 and a == first and words[0] == s.text[a] and seen[s.text[a]] == 1

        for n, s in enumerate(sents):
            for i in range(len(s.ent)):
                if self._names_person(n, s, i):
                    a, b = s.ent_span(i)
                    words, gender, title = _person_words(s, a, b, lex)
                    self.names.add(words, gender, title, loose=loose(n, s, a, words))
                    self.names.person(" ".join(words)).titles.update(_described_as(s, a, b))
                    intros.append((n, words, _introduction(s, a, b, words)))
                    if not s.quoted[a]:
                        spans[n].append((a, b, words))
                    if len(words) == 1 and a and s.lower[a - 1].rstrip(".") in _BEFORE_SURNAMES:
                        self.names.surnames.add(words[0])  # "Mr Howard": no first name
                elif (
                    s.lower[i].rstrip(".") in lex.honorifics
                    and i + 1 < len(s.pos)
                    and s.pos[i + 1] == "PROPN"
                    and (s.ent[i + 1] == "O" or _honorific_name(s, i))
                ):
                    b = i + 1
                    if s.ent[b] != "O":  # "Mr Katwala" the tagger took for a place
                        b = s.ent_span(b)[1]
                    while b < len(s.pos) and s.pos[b] == "PROPN" and s.ent[b] == "O":
                        b += 1
                    words, gender, title = _clean_name(s.text[i:b], lex)
                    self.names.add(words, gender, title)
                    if len(words) == 1 and s.lower[i].rstrip(".") in _BEFORE_SURNAMES:
                        self.names.surnames.add(words[0])
        single = {n for n in self.names.persons if " " not in n}
        # one-word names the tagger took for a body on their own, and how often ("Labour")
        self.lone_bodies: Counter = Counter(
            s.text[i]
            for s in sents
            for i, e in enumerate(s.ent)
            if e[2:] in _NAME_ENTS - {"GPE"} and e.startswith("B-") and s.ent_span(i)[1] == i + 1
        )
        for n, s in enumerate(sents):  # "Jack Straw" untagged, where "Mr Straw" is a person
            for i in range(1, len(s.pos)):
                if s.text[i] in single and s.pos[i] == "PROPN" and s.pos[i - 1] == "PROPN":
                    if s.ent[i - 1][2:] in ("GPE", "LOC", "NORP") and s.ent[i][:2] != "I-":
                        continue  # "US Ahold suppliers": a place of its own before the name
                    if self._body_run(s, i):
                        continue  # "a Stevenage Labour newsletter": a branch of the body
                    words = _clean_name(_words(s, max(0, i - 1), i + 1), lex)[0]
                    if len(words) == 2 and words[0][:1].isupper() and words[0] != words[1]:
                        self.names.add(words, None, None, loose=loose(n, s, i - 1, words))
        described = [  # "singer Ann Bee", the tagger's body or nothing
            words
            for s in sents
            for i in range(2, len(s.pos))
            if s.pos[i] == "PROPN" and s.pos[i - 1] == "PROPN"
            if s.tag[i - 2] in ("NN", "NNP") or s.lower[i - 2] == "in"
            for words in [_described_person(s, i, lex)]
            if words
        ]
        if described:
            # proper words written as a name on their own ("Bee said"): a surname, never a given
            # name, so that "striker Baros Liverpool" (two names run together) is no one
            alone = {
                s.text[i]
                for s in sents
                for i in range(len(s.pos))
                if s.pos[i] == "PROPN" and not s.quoted[i] and s.dep[i] != "compound"
                if not (i and s.pos[i - 1] == "PROPN" and s.head[i - 1] == i)
            }
            for words in described:
                if words[1] in alone and words[0] not in alone:
                    self.names.add(words, None, None)
        self.names.settle()
        self._numbered_names(sents)
        self._genders(sents, spans)
        # what each person was described as where named ("Leeds resident Ann Marsh, 22,"),
        # and the sentences they were named in: a later "the 22-year-old" finds them
        self.profiles: dict[str, set[str]] = {}
        self.intro_at: list[list[str]] = [[] for _ in sents]
        for n, words, said_as in intros:
            name = self.names.canonical(words)
            self.profiles.setdefault(name, set()).update(said_as)
            self.intro_at[n].append(name)
        self.acronyms = _acronyms(sents)
        self._body_forms: _Bodies | None = None  # see body_forms
        self.pairs: list[list[tuple[str, str]]] | None = None  # see _pair
        self.bodies_at: dict[int, list[tuple[str | None, str | None, str, str]]] = {}
        self.tagged: frozenset[str] | None = None  # see _body_person
        self.long_names = {  # bodies and places named in more than one word
            " ".join(_words(s, _name_start(s, i, s.ent_span(i)[1], lex), s.ent_span(i)[1]))
            for s in sents
            for i, e in enumerate(s.ent)
            if e.startswith("B-") and e[2:] in _NAME_ENTS and not s.quoted[i]
        }
        self.long_names = {
            n for n in (_strip_name(n.split(), lex) for n in self.long_names) if " " in n
        }
        propers: dict[str, bool] = {}  # words used as names, and whether as organisations
        for s in sents:
            for i in range(1, len(s.text)):
                w = s.text[i]
                if w[:1].isupper() and (s.pos[i] == "PROPN" or s.ent[i] != "O"):
                    propers[w] = propers.get(w, False) or s.ent[i][2:] in _NAME_ENTS
        self.propers = propers

    @property
    def body_forms(self) -> _Bodies:
        """The full names of the article's bodies (:class:`_Bodies`), found when first
        asked for: most articles have no body speaking to look them up for."""
        if self._body_forms is None:
            self._body_forms = _Bodies([str(t) for t in self.flat.rows["text"][self.rows]])
            for n, s in enumerate(self.sents):
                for name in _bodies_named(s, self.lex):
                    self._body_forms.add(name, n)
        return self._body_forms

    def _genders(self, sents: list[_Sent], spans: list[list[tuple[int, int, list[str]]]]) -> None:
        """Each person's gender as the article shows it (:mod:`._gender`), from the person
        mentions ``spans`` of each sentence and the names the tagger left untagged as
        subjects ("Size said he ..."); a surname of two persons ("Hendrix" of Jimi and Janie
        Hendrix) tells of neither. An honorific ("Mr", "Mrs") read with the name wins. Also
        the names tagged as a person that the article treats as a body (``self.bodies``,
        :func:`._gender._body_like`), which "he" and "she" never stand for."""
        names = self.names
        known = {names.canonical(n.split()) for n, p in names.persons.items() if p.count}
        shared = Counter(n.split()[-1] for n in known)  # surnames of more than one person
        votes: Counter = Counter()  # (name, gender): what the article itself says of each
        as_body: Counter = Counter()  # (name, whether the mention treats it as a body)
        for s, found in zip(sents, spans, strict=True):
            for a, b, w in found:
                as_body[names.canonical(w), _body_like(s, a, b)] += 1
            untagged = [  # "Size said he ...", "Size" untagged
                (i, i + 1, [s.text[i]])
                for i in range(len(s.text))
                if s.dep[i] == "nsubj"
                and s.pos[i] == "PROPN"
                and s.ent[i] in ("O", "B-ORG")
                and not s.quoted[i]
                and s.text[i][:1].isupper()
                and names.canonical([s.text[i]]) in known
            ]
            people = [
                (a, b, names.canonical(w))
                for a, b, w in sorted(found + untagged)
                if len(w) > 1 or shared[w[0]] < 2  # not "Hendrix" of Jimi and Janie Hendrix
            ]
            if people:
                votes += _evidence(s, people)
        for name, gender in _settled(votes).items():
            p = names.person(name)
            p.gender = p.gender or gender
        self.bodies = {  # more mentions treat the name as a body than as a person
            name
            for name in known
            if names.person(name).gender is None and as_body[name, True] > as_body[name, False]
        }

    def _mentioned_before(self, n: int, name: str) -> str:
        """A body, group or document speaker as the article introduced it: "the couple" or
        "the parties" one of the two named together just before; a bare noun ("the
        study", "the researchers") the one fuller mention before with that head; a public
        body's name the one mention of it with its place ("US Embassy" of "the US Embassy
        in London"). ``name`` itself when none or two fit."""
        if name.lower() in _PAIR_NOUNS:
            return self._pair(n, reach=10) or name
        words = name.split()
        if len(words) == 1 and name.islower():
            return self._fuller_mention(n, words) or name
        if words[-1].lower() in _PUBLIC_BODIES and name[:1].isupper():
            fuller = self._fuller_mention(n, words)  # only its place added: "in London"
            if fuller and fuller.startswith((name + " in ", name + " at ")):
                return fuller
        return name

    def _definite_words(self, n: int, noun: str) -> list[str] | None:
        """The words of the phrase sentence ``n`` writes ``noun`` in with "the", "this" or
        "these" outside quotes, the noun last ("the Biden campaign": ``["Biden",
        "campaign"]``), else ``None``."""
        s = self.sents[n]
        for k in range(len(s.text)):
            if s.lower[k] == noun and not s.quoted[k] and _definite(s, noun):
                words = [s.text[t] for t in _left_phrase(s, k) if s.lower[t] not in _DETS]
                return [w for w in words if w.lower() != noun] + [noun]
        return None

    def _titled_they(self, n: int) -> bool:
        """Whether sentence ``n`` writes "They" after its first word, outside quotes: a
        word of a title ("the BBC's They Think It's All Over"), not a pronoun."""
        s = self.sents[n]
        return any(s.text[k] == "They" for k in range(1, len(s.text)) if not s.quoted[k])

    def _pairs_in(self, s: _Sent) -> list[tuple[str, str]]:
        """Two people or bodies the sentence names together, "X and Y" outside quotes
        ("Cherie and Sean O'Donnell", "retailer Tesco and Denmark-based retailer Salling
        Group"), as ``(first, second)``; two people as ``(second, first)``, since the
        second is the one written in full ("Sean O'Donnell"). Not one of a list of three
        or more ("X, Y and Z")."""
        out = []
        kinds = ("PERSON", "ORG")  # the tagger takes a shop for a person as often as not
        for i in range(1, len(s.text) - 1):
            if s.lower[i] != "and" or s.quoted[i] or s.ent[i - 1][2:] not in kinds:
                continue
            a, b = s.ent_span(i - 1)
            if a and s.text[a - 1] == ",":
                continue  # "X, Y and Z": more than two
            k = i + 1  # what describes the second may come first ("Denmark-based retailer")
            while k < min(len(s.text), i + 6) and s.ent[k][2:] not in kinds:
                if s.text[k] in (",", ";") or (s.pos[k] in ("VERB", "AUX") and s.dep[k] != "amod"):
                    break
                k += 1
            if k >= len(s.text) or s.ent[k][:2] != "B-" or s.ent[k][2:] not in kinds:
                continue
            c, d = s.ent_span(k)
            if s.quoted[k] or (d < len(s.text) and s.lower[d] == "and"):
                continue  # "X and Y and Z"
            if s.ent[a][2:] == s.ent[c][2:] == "PERSON":
                first, second = self._person_name(s, c, d), self._person_name(s, a, b)
            else:
                first, second = (
                    _strip_name(_words(s, _name_start(s, x, y, self.lex), y), self.lex)
                    for x, y in ((a, b), (c, d))
                )
            if first and second and first != second:
                out.append((first, second))
        return out

    def _pair(self, n: int, reach: int) -> str | None:
        """The first of the two people or bodies last named together in the ``reach``
        sentences before ``n`` ("The couple", "the parties", "they"), else ``None``."""
        if self.pairs is None:  # found when first asked for: few articles ever do
            self.pairs = self._all_pairs()
        for k in range(n - 1, max(-1, n - reach - 1), -1):
            if self.pairs[k]:
                return self.pairs[k][-1][0]
        return None

    def _looking_back(self, n: int, verb: int, back: int) -> Iterator[tuple[int, _Sent, int]]:
        """Sentence ``n`` up to its cue token ``verb``, then the ``back`` sentences before it,
        latest first: ``(index, sentence, end)``, words ``[:end]`` to be searched."""
        for k in range(n, max(-1, n - back - 1), -1):
            s = self.sents[k]
            yield k, s, min(verb, len(s.text)) if k == n else len(s.text)

    def _named_together(self, n: int, verb: int) -> str | None:
        """The first of the bodies last named together ("Sony, IBM and Toshiba", "Chelsea
        and Arsenal") in the ten sentences before ``n`` or in ``n`` itself before its cue
        token ``verb``: what "the firms" or "both clubs" stand for. Names joined as one list
        outside quotes, one at least tagged a body (the tagger takes a shop for a person or a
        place as often as not), more of them bodies than people the article knows. ``""``
        when the latest such list has too many people, ``None`` when there is none."""
        for _, s, end in self._looking_back(n, verb, 10):
            firsts: dict[int, list[tuple[int, int]]] = {}
            for i in range(end):
                if s.ent[i][:2] != "B-" or s.ent[i][2:] not in ("ORG", "PERSON", "GPE"):
                    continue
                a, b = s.ent_span(i)
                h = _span_head(s, a, b)
                while s.dep[h] == "conj" and s.head[h] != h:
                    h = s.head[h]
                firsts.setdefault(h, []).append((a, b))
            for spans in sorted(firsts.values(), reverse=True):
                if len(spans) < 2 or any(s.quoted[a] or b > end for a, b in spans):
                    continue
                names = [
                    _strip_name(_words(s, _name_start(s, a, b, self.lex), b), self.lex)
                    for a, b in spans
                ]
                tags = [s.ent[a][2:] for a, _ in spans]
                bodies = [m for m, tag in zip(names, tags, strict=True) if tag == "ORG" and m]
                if not bodies:
                    continue  # "Britain and France", "Ann Bee and Tom Lake"
                known = self.names.persons
                persons = [m for m in names if self.names.canonical(m.split()) in known]
                # the latest list of bodies or none: "Sony, Philips, Matsushita and Samsung",
                # not "Brewers Fosters and Southcorp" (a person the article knows, as often)
                return bodies[0] if len(bodies) > len(persons) else ""
        return None

    def _two_bodies(self, n: int) -> str | None:
        """What "both firms" or "the two companies" stand for when no list of bodies does:
        when the three sentences before name two bodies or more, the latest of them that
        spoke or was a subject ("Fosters said ... Southcorp confirmed ... Both firms"),
        else ``None``."""
        recent = range(n - 1, max(-1, n - 4), -1)
        named: list[list[str]] = []
        for o in (o for k in recent for o in self.org_names[k]):
            if not any(_same_start_or_end(o.split(), m) for m in named):
                named.append(o.split())
        if len(named) < 2:
            return None
        for k in recent:
            said = self.said[k]
            if said.speaker and said.kind == "org":
                return said.speaker
            if self.orgs[k]:
                return self.orgs[k][-1]
        return None

    def _all_pairs(self) -> list[list[tuple[str, str]]]:
        """The pairs each sentence names (:meth:`_pairs_in`); a sentence whose subject is
        "the couple" or "the pair" names again the pair of the ten sentences before it, for
        a "they" after it."""
        pairs = [self._pairs_in(s) if "and" in s.lower else [] for s in self.sents]
        for n, s in enumerate(self.sents):
            again = not _PAIR_NOUNS.isdisjoint(s.lower) and any(
                s.lower[i] in _PAIR_NOUNS and s.dep[i] == "nsubj" and _definite(s, s.lower[i])
                for i in range(len(s.text))
            )
            if again and not pairs[n]:
                pair = next((p[-1] for p in pairs[max(0, n - 10) : n][::-1] if p), None)
                pairs[n] = [pair] if pair else []
        return pairs

    def _fuller_mention(self, n: int, words: list[str]) -> str | None:
        """The one fuller mention before sentence ``n`` of what a short name or definite
        noun stands for: a noun phrase whose head is the last of ``words`` and that holds
        all of them, with more words or with the name of where or whom it is from ("a new
        study published in the Journal of X" for "the study": "study in the Journal of X";
        "the US movie industry" for "the movie industry"; "the US Embassy in London" for
        "US Embassy"), written without its article. ``None`` when none is, or when two
        different ones are (a shorter one inside a longer counts as the longer)."""
        head = words[-1].lower()
        want = {w.lower() for w in words}
        found: set[str] = set()
        for k in range(n):
            s = self.sents[k]
            if head not in s.lower:
                continue
            for i in range(len(s.text)):
                if s.lower[i] != head or s.quoted[i] or s.dep[i] == "compound":
                    continue
                if head in _PUBLIC_BODIES and any(s.lower[t] in ("a", "an") for t in s.children(i)):
                    continue  # "a Labour government would ...": another, not the one there is
                phrase = _mention_phrase(s, i)
                if phrase and want <= {w.lower() for w in phrase.split()}:
                    found.add(phrase)
        longest = {f for f in found if not any(g != f and g.startswith(f) for g in found)}
        return longest.pop() if len(longest) == 1 else None

    def _names_person(self, n: int, s: _Sent, i: int) -> bool:
        """Whether token ``i`` of sentence ``n`` starts a person's name that names that person
        (not a modifier, "the Kent athlete", nor a work, "the film Jane Eyre"): what
        the names of the article are collected from and its mentions recorded for."""
        return self._person_at(n, s, i) and not _name_as_modifier(s, i) and not _names_a_work(s, i)

    def _person_at(self, n: int, s: _Sent, i: int) -> bool:
        """Whether a person's name starts at token ``i`` of sentence ``n``: tagged as one, or
        tagged as a body but introduced as one person: in apposition to a role ("Ricardo
        Rosselló Nevares, Puerto Rico's governor,") when its first word names no body or
        place in another sentence, or after a title ("captain Fabien
        Pelous") when no word of it names a body or place in another sentence (not "striker
        Baros Liverpool", a headline run into the story)."""
        e = s.ent[i]
        if e == "B-PERSON":  # not a figure the tagger took for a name ("Â£2.2")
            return s.lower[i] != "the" and any(map(_name_word, s.text[slice(*s.ent_span(i))]))
        if e[:2] != "B-" or e[2:] not in _NAME_ENTS:
            return False
        a, b = s.ent_span(i)
        role = _person_by_role(s, a, b, self.lex)
        if role == "apposed":  # "Ricardo Rosselló Nevares, Puerto Rico's governor,"
            return self.body_words.get(s.text[a], {n}) == {n}  # not "Sunderland FC Bob Murray"
        return role is not None and all(self.body_words.get(w, {n}) == {n} for w in s.text[a:b])

    def _numbered_names(self, sents: list[_Sent]) -> None:
        """Give a person the number their name is always written with ("Andre 3000", "Sum
        41"): every time the article writes the name's last word (twice or more), the same
        number follows as its modifier, and never as a score or range ("Ancic 6-4")."""
        last = {n.split()[-1]: n for n, p in self.names.persons.items() if p.count}
        after: dict[str, set[str]] = {}
        seen: Counter = Counter()
        for s in sents:
            for i, w in enumerate(s.text):
                if w not in last:
                    continue
                seen[w] += 1
                k = i + 1
                number = (
                    k < len(s.text)
                    and s.text[k].isdigit()
                    and s.head[k] == i
                    and s.dep[k] == "nummod"
                    and not (k + 1 < len(s.text) and s.text[k + 1] in ("-", "–", "—", ":"))
                )
                after.setdefault(w, set()).add(s.text[k] if number else "")
        for w, nums in after.items():
            if seen[w] > 1 and len(nums) == 1 and "" not in nums:
                name = self.names.alias.get(last[w], last[w])
                full = f"{name} {nums.pop()}"
                self.names.person(full).count += self.names.persons[last[w]].count
                for n in [n for n, c in self.names.alias.items() if c == name] + [name]:
                    self.names.alias[n] = full
                self.names.alias[full] = full

    def _person_name(self, s: _Sent, a: int, b: int) -> str:
        """The name the article knows the person named at tokens ``a:b`` of ``s`` by."""
        return self.names.canonical(_person_words(s, a, b, self.lex)[0])

    def _record_mentions(self, n: int, s: _Sent) -> None:
        docs = self.lex.doc_nouns
        if docs.isdisjoint(s.lemma):  # most sentences name no document
            docs = frozenset()
        for i in (k for k, lemma in enumerate(s.lemma) if lemma in docs):
            # documents with their makers: "a report by the NTSB"
            if s.pos[i] != "NOUN" or s.quoted[i]:
                continue
            f = None
            if _author(s, i) is not None:
                f = _document_frame(s, i, self.lex, cue="", depth=0, propers=self.propers)
            elif s.dep[i] == "dobj" and s.lemma[s.head[i]] in _ISSUING:  # "X released a statement"
                subj = [k for k in s.children(s.head[i]) if s.dep[k] == "nsubj"]
                if subj and not s.quoted[subj[0]]:  # "Chelsea", "the club", "he"
                    f = _subject_frame(s, subj[0], self.lex, cue="", depth=0, propers=self.propers)
            name, kind = self._resolve(n, f) if f is not None else (None, None)
            if name:
                self.docs[n].append((s.lemma[i].lower(), name, kind))
        for i, e in enumerate(s.ent):
            if e[:2] == "B-" and any(s.lower[t] in _RIVAL for t in range(max(0, i - 3), i)):
                a, b = s.ent_span(i)  # "Rival local club Manchester City": not "the club"
                words = _words(s, _name_start(s, a, b, self.lex), b)
                self.rivals |= {" ".join(words), self.names.canonical(words)}
            if (
                s.tag[i] == "NNS"
                and s.lemma[i].lower() in self.groups_of
                and e == "O"
                and not s.quoted[i]
                and _main_subject(s, i, i + 1)
            ):  # "The officers, although suspended, are back to work."
                left = _left_phrase(s, i)
                cut = [m for m, k in enumerate(left) if s.pos[k] == "PUNCT"]  # "US-based firms"
                body = [
                    k
                    for k in left[cut[-1] + 2 if cut else 0 :]
                    if s.pos[k] in ("NOUN", "PROPN", "ADJ") and s.lower[k] not in ("other", "such")
                ]
                phrase = _phrase(s, body or [i])  # "researchers from Penn State"
                self.groups[n].append(_with_attachments(s, i, phrase, self.lex))
            if s.dep[i] == "nsubj" and s.pos[i] == "NOUN" and e == "O" and not s.quoted[i]:
                name = self._titled_subject(n, s, i)  # "The prime minister toured ..."
                if name:
                    self.mentions[n].append((name, 1 + _main_subject(s, i, i + 1)))
                elif _main_subject(s, i, i + 1):  # a bare office, not a description that
                    # may be the story's person again ("the 24-year-old England midfielder")
                    self.unknown_title[n] = self._subject_title(s, i, bare=True)
            elif self._made_to_speak(s, i) and s.pos[i] == "NOUN" and e == "O":
                name = self._titled_subject(n, s, i)  # "prompted the prime minister to say"
                if name:
                    self.mentions[n].append((name, 1))
            if e == "B-ORG" and not s.quoted[i] and not self._person_at(n, s, i):
                a, b = s.ent_span(i)
                name = " ".join(_words(s, _name_start(s, a, b, self.lex), b))
                self.org_names[n].append(name[4:] if name[:4].lower() == "the " else name)
                k = a - 1  # "fan website Trek United": the noun it is introduced with
                if k >= 0 and s.pos[k] == "NOUN" and s.dep[k] == "compound" and s.head[k] >= a:
                    self.org_nouns[n].append((s.lemma[k].lower(), self.org_names[n][-1]))
                elif (
                    b < len(s.text)
                    and s.head[b - 1] == b
                    and s.lemma[b].lower() in self.lex.outlet_nouns
                ):  # "Rolling Stone magazine", "the Guardian newspaper": the outlet's noun after
                    self.org_nouns[n].append((s.lemma[b].lower(), self.org_names[n][-1]))
                else:  # "Apex Films, a new studio,"; "the studio, Apex Films,"
                    name = self.org_names[n][-1]
                    self.org_nouns[n] += [(noun, name) for noun in _body_apposed(s, a, b)]
                if any(s.dep[k] == "nsubj" for k in range(a, b)):
                    words = _words(s, a, b)
                    name = " ".join(words[1:] if words[0].lower() == "the" else words)
                    self.orgs[n].append(name)
                    if _main_subject(s, a, b):
                        self.main_orgs[n].append(self._full_name(name, s))
            if e[2:] not in ("ORG", "PERSON") and s.pos[i] == "PROPN" and not s.quoted[i]:
                self._untagged_body(n, s, i)
            if s.lower[i] in ("he", "she") and not s.quoted[i] and _main_subject(s, i, i + 1):
                name = self._subject_pronoun(n, _PRONOUNS[s.lower[i]])  # "He made a cameo"
                if name:  # the person the story goes on about is a subject again
                    self.mentions[n].append((name, 2))
            if e in ("O", "B-ORG") and s.dep[i] in ("nsubj", "nsubjpass") and s.pos[i] == "PROPN":
                name = self.names.canonical(_clean_name(_words(s, i, i + 1), self.lex)[0])
                if not s.quoted[i] and (name in self.names.persons or self._who_clause(s, i)):
                    # "Ruddock" untagged; "DiCaprio, who lost out to Foxx, will ..." untagged
                    self.mentions[n].append((name, 1 + _main_subject(s, i, i + 1)))
            if not s.quoted[i] and self._names_person(n, s, i):
                a, b = s.ent_span(i)
                words = _person_words(s, a, b, self.lex)[0]
                rank = (2 if _main_subject(s, a, b) else 1) if _is_subject(s, a, b) else 0
                if not rank:  # "Bee, the first woman to ..., will now face ...", misparsed
                    rank = _set_off_subject(s, a, b)
                if not rank and self._made_to_speak(s, _span_head(s, a, b)):
                    rank = 1  # "urged Bee to explain": the subject of the saying
                self.mentions[n].append((self.names.canonical(words), rank))
                # "Bookmaker William Hill" read as a person's name: a body introduced so
                said_as = [k for k in (a - 1, a) if k >= 0 and s.dep[k] == "compound"]
                said_as = [k for k in said_as if s.lower[k] in self.trade_words]
                if said_as and said_as[-1] + 1 < b and not s.quoted[said_as[-1]]:
                    self.org_nouns[n].append((s.lower[said_as[-1]], self.names.canonical(words)))

    def _untagged_body(self, n: int, s: _Sent, i: int) -> None:
        """Record the proper words from token ``i`` of sentence ``n`` as a body's mention when
        the tags take them for a body's elsewhere in the article and not here ("Inbev
        bought out another partner", "Inbev" read as a nationality; "Shares in UK Coal",
        "UK" read as a place): named, and a subject when they are one."""
        span = self._untagged_span(s, i)
        if span is None:
            return
        b = span[1]
        name = " ".join(_words(s, i, b))
        self.org_names[n].append(name)
        if any(s.dep[k] == "nsubj" for k in range(i, b)):
            self.orgs[n].append(name)
            if _main_subject(s, i, b):
                self.main_orgs[n].append(self._full_name(name, s))

    @staticmethod
    def _full_stop(s: _Sent, k: int) -> bool:
        """Whether token ``k`` ends a sentence the parse ran into the next ("... debts of
        more than £230m. The company warned"): a full stop, or a word written with one
        before a capital, not a name's ("Mr.", "U.S.")."""
        if s.text[k] in (".", "!", "?"):
            return True
        nxt = k + 1 < len(s.text) and s.text[k + 1][:1].isupper()
        return nxt and len(s.text[k]) > 1 and s.text[k].endswith(".") and s.pos[k] != "PROPN"

    def _untagged_span(self, s: _Sent, i: int) -> tuple[int, int] | None:
        """The run of proper words opening at token ``i`` as ``(i, end)`` when the tags take
        it for a body's name elsewhere in the article but for no body's nor person's here;
        else ``None``."""
        if s.pos[i] != "PROPN" or s.quoted[i] or (i > 0 and s.pos[i - 1] == "PROPN"):
            return None  # inside a run of proper words: only its first word starts a name
        b = i + 1
        while b < len(s.text) and s.pos[b] == "PROPN" and not s.quoted[b]:
            b += 1
        if any(s.ent[k][2:] in ("ORG", "PERSON") for k in range(i, b)):
            return None
        if s.dep[b - 1] in ("compound", "amod") and s.head[b - 1] >= b:
            return None  # "its Iressa drug", "Inbev brands": a thing of the body, or its
        return (i, b) if tuple(_words(s, i, b)) in self.org_tagged else None

    @staticmethod
    def _who_clause(s: _Sent, i: int) -> bool:
        """Whether the capitalised word ``i``, a name the tagger tagged as nobody's, is a
        person's by the relative clause set off after it ("DiCaprio, who lost out to Foxx,
        will ..."): its "who" or "whose" is said of people only. Not a description or an
        abbreviation ("The East Midlands MEP, who quit ...")."""
        if s.ent[i] != "O" or not s.text[i][:1].isupper() or s.text[i].isupper():
            return False
        if i + 2 >= len(s.text) or s.text[i + 1] != ",":
            return False
        if any(s.dep[c] in ("det", "poss", "amod") for c in s.children(i)):
            return False
        if s.lower[i + 2] not in ("who", "whose"):
            return False
        return any(s.dep[c] == "relcl" and min(s.subtree(c)) == i + 2 for c in s.children(i))

    def _made_to_speak(self, s: _Sent, i: int) -> bool:
        """Whether token ``i``, outside quotes, is the object of a verb whose infinitive
        clause is a verb of saying, and so the one who says ("The pressure prompted the
        prime minister to say ...", "urged Bee to explain"): the subject of that clause, for
        a "he" or "she" after it."""
        if s.dep[i] != "dobj" or s.quoted[i]:
            return False
        return any(
            s.dep[c] == "xcomp" and c > i and s.lemma[c].lower() in self.lex.verbs
            for c in s.children(s.head[i])
        )

    def _spoken_in(self, n: int, s: _Sent) -> None:
        """Record the document the speaker of sentence ``n`` made their statement in, as
        theirs ("Oxfam says in a report, Paying the Price"; "In a statement, the club said"):
        what "the report" or "the statement" after it stands for."""
        said = self.said[n]
        if said.kind not in ("person", "org", "group", "role") or self.lex.doc_nouns.isdisjoint(
            s.lemma
        ):
            return
        if said.speaker is None or (said.speaker.islower() and " " not in said.speaker):
            return  # "scientists report", "the party said": the document tells no more
        made = {noun for noun, _, _ in self.docs[n]}  # "a study released by X": X's
        for i, lemma in enumerate(s.lemma):
            p = s.head[i]
            if (
                lemma in self.lex.doc_nouns
                and lemma.lower() not in made
                and s.pos[i] == "NOUN"
                and s.dep[i] == "pobj"
                and not s.quoted[i]
                and s.lower[p] == "in"
                and s.lemma[s.head[p]] in self.lex.verbs  # hung on a verb of saying
            ):
                self.docs[n].append((lemma.lower(), said.speaker, said.kind))

    def _subject_pronoun(self, n: int, gender: str) -> str | None:
        """Who the "he" or "she" subject of a main clause of sentence ``n`` is, guessed
        without learning genders from it: a subject named earlier in the sentence ("Henman
        came from two sets down, so he knows ..."), else the antecedent."""
        for name, subj in reversed(self.mentions[n]):
            gender_of = self.names.person(name).gender
            if subj and gender_of in (None, gender):
                return name
        return self._antecedent(n, gender=gender, learn=False)[0]

    def _resolve_frames(
        self,
        n: int,
        frames: list[_Frame],
        said: _Said,
        *,
        also: _Sent | None = None,
        quote: bool = False,
    ) -> None:
        """Fill ``said`` from the reporting clauses ``frames`` credited to sentence ``n``; a
        pronoun never goes to someone named (as a third person) in the quotation itself, in
        sentence ``n`` or in ``also``, the sentence the clause came from, nor to a person
        named after its verb ("He said Mr Blair had ..." is not Mr Blair speaking). With
        ``quote`` (a direct quotation) the clause that brings the quotation in comes first,
        whatever its depth: 'He accused X of "...", but Parry explained: "..."' is Parry's."""
        clause = also or self.sents[n]
        avoid = {
            t.text[k]
            for t in (self.sents[n], also)
            if t is not None
            for k in range(len(t.text))
            if t.quoted[k] and t.pos[k] == "PROPN"
        }
        outlets = [f for f in frames if f.kind == "outlet"]
        others = sorted(
            (f for f in frames if f.kind != "outlet"),
            key=lambda f: (quote and not _introduces(clause, f), f.depth),
        )
        cited = [f for f in others if f.cue.lower() in ("according to", "in")]
        shares = any(f.depth == 0 and _share_says(clause, f.verb) for f in others)
        if cited and not quote and shares:
            # "According to X, 29% of the people it asked said ...": what X found they said
            others = cited + [f for f in others if f not in cited]
        told = next((f.told for f in frames if f.told), None)
        for o in outlets:  # "the magazine reported": the magazine named before
            noun = o.name.lower()
            words = o.name.split()
            if len(words) > 1 and all(w.isalpha() and w.islower() for w in words):
                # "the industry newspaper": the newspaper named before (not "the firm's website")
                noun = words[-1] if not _owned(clause, words[-1]) else noun
            if noun in self.lex.outlet_nouns:
                latest = self._latest_outlet(n, o.verb) if _definite(clause, noun) else None
                o.name = self._described_org(n, noun, reach=n + 1) or latest or o.name
        said.reported_by = outlets[0].name if outlets else told
        for f in others:
            after = {
                clause.text[k]
                for k in range(f.verb + 1, len(clause.text))
                if f.verb >= 0 and clause.ent[k].endswith("PERSON") and not clause.quoted[k]
            }
            if _unsourced(f, clause):
                continue  # "Reports said", "according to early reports": no source named
            governor, named = self._in_own_sentence(clause, f)
            name, kind = (
                self._same_subject(n, f, others)
                or governor
                or self._resolve(n, f, avoid=avoid | after | named, clause=clause)
            )
            if name and kind in ("org", "role", "group"):
                name = self._full_name(name, clause)
                name = self._fuller_body(n, name) if kind != "role" else name
                name = self._owner_named(name)
            if name and kind in ("org", "group"):
                name = self._place_owned(n, name)  # "the country's government"
            if name and kind in ("org", "group", "document"):
                written = f.kind == "pronoun" or _definite(clause, name)  # "they", "the study"
                if (written or name[:1].isupper()) and not f.counts:  # "X figures": as made
                    name = self._mentioned_before(n, name)
            if name and kind == "person" and _shop_name(clause, f.verb, name):
                name, kind = name + "'s", "org"  # "Foster's said": no possessive, a name
            if name:
                if name[:4] == "the " and name[4:5].isupper():
                    name = name[4:]  # "the IAAF"
                said.speaker, said.kind, said.cue = name, kind, f.cue
                said.ahead = f.kind == "title" and kind == "role"
                return
        if outlets:
            o = min(outlets, key=lambda f: f.depth)
            owner = self._document_owner(n, o.name.split()[-1].lower())
            if owner:  # "its website notes": the body's own site, no outlet
                said.speaker, said.kind, said.cue = *owner, o.cue
            else:
                said.speaker, said.kind, said.cue = o.bare or o.name, "outlet", o.cue
        elif others and all(f.kind in ("described", "orgnoun") for f in others):
            said.unknown = True

    def _in_own_sentence(self, s: _Sent, f: _Frame) -> tuple[tuple[str, str] | None, set[str]]:
        """What the people named in the sentence of a "he" or "she" cue say of whom it is: a
        person who is the subject of a clause the cue's clause hangs on is the one ("Ann Bee
        broke the news when she revealed ..."); a person named after the pronoun, or before it
        as an object, is not ("He said Bee is ...", "In a meeting with Bee, he said ..."),
        while the subject of a clause before it may be ("Bee left school, she told us").
        Returns that subject, if the gender allows, and the last name words of those who are
        not."""
        if f.kind != "pronoun" or f.name not in ("he", "she") or f.verb < 0:
            return None, set()
        pronoun = next(
            (k for k in s.children(f.verb) if s.dep[k] == "nsubj" and s.lower[k] == f.name), None
        )
        if pronoun is None:
            return None, set()
        first = next(  # "He said Bee is ...; however, ..., he added": Bee is not "he" either
            k for k in range(pronoun + 1) if s.lower[k] == f.name and s.dep[k] == "nsubj"
        )
        governing, k = set(), f.verb
        while s.head[k] != k:  # the clauses the cue's clause hangs on
            k = s.head[k]
            governing.add(k)
        subject, others = None, set()
        for i, e in enumerate(s.ent):
            if e[:2] != "B-" or e[2:] not in _NAME_ENTS | {"PERSON"} or s.quoted[i]:
                continue
            a, b = s.ent_span(i)
            name, tagged = self._person_name(s, a, b), e == "B-PERSON"
            if tagged and all(w in self.body_words for w in name.split()):
                continue  # a body tagged a person here ("Yukos is confident")
            if not tagged and name not in self.names.persons:
                continue  # a body, not a person tagged a body ("Hollis had")
            head = _span_head(s, a, b)
            if (
                b <= pronoun
                and s.dep[head] in ("nsubj", "nsubjpass")
                and (s.head[head] in governing or self._speaks_here(s, head, f.verb))
                and self.names.person(name).gender in (None, _PRONOUNS[f.name])
            ):
                subject = name
            elif (
                tagged  # a surer person than one tagged a body
                and (b > first or s.dep[head] in ("pobj", "dobj", "dative"))
                and not _in_relative(s, head)  # which may name "he" again ("the money Bee got")
            ):
                others.add(name.split()[-1])
        if subject is None:
            return None, others
        others.discard(subject.split()[-1])
        return self._learn(subject, _PRONOUNS[f.name]), others

    def _speaks_here(self, s: _Sent, subj: int, verb: int) -> bool:
        """Whether the subject at token ``subj`` speaks in a clause of its own before the
        pronoun cue ``verb`` of the same sentence, the cue's clause not hanging on it ("Ms
        Bee said she hoped ...; asked about X, she said ...": the second cue is hers too):
        its verb a verb of saying, in the active, and not negated. Not a subject of any
        other verb ("Bee was wrong, he said" quotes someone else about Bee), nor a speaker in
        what the cue reports ("Bee told him to leave, he said": the cue has no content of
        its own after it)."""
        v = s.head[subj]
        if s.dep[subj] != "nsubj" or v >= verb or s.quoted[v] or s.pos[v] != "VERB":
            return False
        if s.lemma[v].lower() not in self.lex.verbs:
            return False
        if any(s.dep[c] == "neg" for c in s.children(v)):
            return False
        k = v
        while s.head[k] != k and k != verb:
            k = s.head[k]
        if k != verb:
            return True
        return any(s.dep[c] in ("ccomp", "xcomp") and c > verb for c in s.children(verb))

    def _same_subject(self, n: int, f: _Frame, frames: list[_Frame]) -> tuple[str, str] | None:
        """The person a "he" or "she" cue subject stands for when an earlier cue of the same
        sentence has a named person as its subject ('Mr Boyd said the raid was a coup but he
        added: "..."'), when the gender allows; else ``None``."""
        if f.kind != "pronoun" or f.name not in ("he", "she") or f.verb < 0:
            return None
        for g in frames:
            if g.kind in ("person", "propn") and 0 <= g.verb < f.verb:
                name, kind = self._resolve(n, g)
                gender = self.names.person(name).gender if kind == "person" and name else "?"
                if name and kind and gender in (None, _PRONOUNS[f.name]):
                    return name, kind
        return None

    def _resolve(
        self,
        n: int,
        f: _Frame,
        *,
        avoid: set | frozenset = frozenset(),
        clause: _Sent | None = None,
    ) -> tuple[str | None, str | None]:
        if f.counts and f.kind == "docref":  # "the numbers": a count named before by its maker
            return self._count_before(n, f.name)
        if f.counts:  # "figures from the CML": "Council of Mortgage Lenders figures"
            name, kind = self._resolve(n, replace(f, counts=""), avoid=avoid, clause=clause)
            of_body = kind in ("org", "organisation", "group", "document")
            if name and of_body and not name.split()[-1].islower():  # not "Office of the"
                return f"{self.body_forms.fullest(name)} {f.counts}", "document"
            return name, kind
        names = self.names
        named = self._named_after_title(n, f) if f.kind in ("person", "propn", "org") else None
        if named:  # "Former US Ambassador to the United Nations Nikki Haley wrote"
            return named, "person"
        if f.kind in ("propn", "org") and f.name.lower() in self.lex.titles:
            named = self._named_in_subject(n, f)  # "Finance Minister, Tom McCabe MSP, said"
            s = self.sents[n]
            if not named and 0 <= f.verb < len(s.text) - 1 and s.text[f.verb + 1] == f.name:
                # '"..." tweeted Mayor of Bath Ann Bee.': the name after the title
                named = (self._name_after(n, s, f.verb) or (None, ""))[0]
            if named:
                return named, "person"
        if f.kind in ("propn", "org"):
            title = self._capital_title(f.name)
            if title:
                as_title = _Frame(f.cue, "title", title, f.depth, fallback=title, verb=f.verb)
                name, kind = self._described(n, as_title)
                if kind == "person":
                    return name, kind
        if f.kind in ("propn", "org"):  # "Barcelona star Ronaldinho" tagged a body
            words = f.name.split()
            low = [k for k, w in enumerate(words[:-1]) if w.isalpha() and w.islower()]
            noun = words[low[-1]] if low else ""
            if noun in self.lex.person_nouns or noun in self.lex.titles:
                return names.canonical(words[low[-1] + 1 :]), "person"
        if f.kind in ("propn", "org") and _postnominal(f.name):  # "Kama Melly QC" tagged a body
            return names.canonical(f.name.split()[:-1]), "person"
        if f.kind in ("propn", "org") and f.name.rstrip(".") in _POSTNOMINALS:
            s = self.sents[n]
            honoured = _honoured(s, f)  # "Judge Ann Bee, QC told": Ann Bee's words
            if honoured is not None:
                return self._person_name(s, *s.ent_span(honoured)), "person"
        if f.kind in ("person", "propn", "org"):
            canon = names.canonical(f.name.split())
            if f.kind == "person" or (canon in names.persons and not f.body):  # "Dupont" ORG
                return canon, "person"
            if f.kind == "propn" and self._described_as_person(n, f):
                return canon, "person"  # "G Bee, a presenter on ..., thinks": untagged
        if f.kind in ("org", "propn"):
            return f.name, "org"
        if f.kind in ("group", "described") and f.name.split()[-1] in _NAMED_KINDS:
            named = self._name_in_description(n, f)  # "The IFPI industry body said"
            if named:
                return named, "org"
        if f.kind == "group":
            named = self._named_group(n, f.name)
            det = _definite_plural(self.sents[n], f) if f.name in _PLURAL_BODIES else ""
            head = self._described_body(n, f.name)
            body = self._latest_org(n, head, verb=f.verb) if named is None and head else None
            if body:  # "the Japanese firm said", "the aid agency said"
                return body, "org"
            if named is None and det:  # "Sony, IBM and Toshiba ... the firms"
                body = self._named_together(n, f.verb)
                if body is None and det == "two":  # "Fosters said ... Both firms"
                    body = self._two_bodies(n)
                if body:
                    return body, "org"
            return named or f.name, "group"
        if f.kind == "role":
            return f.name, f.kind
        if f.kind == "written":  # "an acquaintance said", "opponents of the bill said"
            assert f.then is not None  # a written frame carries the role or group it makes
            return self._resolve(n, f.then, avoid=avoid)
        if f.kind == "pronoun":
            if f.name in ("they", "it"):
                s = clause or self.sents[n]  # the sentence the cue is in (not the quote's next)
                if f.name == "they" and _anyone_before(s, f.verb):
                    return None, None  # "whether a user is who they say they are": anyone
                own = s is self.sents[n] and f.verb >= 0 and _inner_cue(s, f.verb)
                name, kind = self._organisation(n, plural=f.name == "they", own=own)
                pair = self._pair(n, reach=3) if f.name == "they" and not name else None
                if pair and self._titled_they(n):
                    pair = None  # "quiz shows like They Think It's All Over": a title
                if pair:
                    name, kind = pair, "group"
                if f.finding and not _finder(name, kind, f.finding):
                    return None, None  # "Police searched the flat. They found ...": no finding
                return name, kind
            return self._antecedent(n, gender=_PRONOUNS[f.name], avoid=avoid)
        if f.kind in ("title", "description"):
            return self._described(n, f)
        if f.kind == "orgdesc":
            name = self._named_org(n, f.name)
            if name is None and f.name in _BODY_NAMES:  # "the Lib Dems ... The party says"
                name = self._latest_member(n, f.name, f.verb)
            if name is None and f.name in _PUBLIC_WORDS | _PLACE_NOUNS | {"palace"}:
                # "the government of Samoa", "the US city of White Plains" (not "the bank")
                name = self._body_named(n, f.name) or self._recent_public_body(n, f.name)
            if name is None and f.name in self.body_nouns:
                # "Microsoft said ... The company said"; "Shares in X fell after the firm said"
                name = self._latest_org(n, f.name, verb=f.verb)
            if name:
                return name, "org"
            assert f.fallback is not None  # an orgdesc frame carries the phrase it was read from
            return f.fallback, "org" if f.fallback[:1].isupper() else "group"
        if f.kind == "orgnoun":  # "the site": "fan website X"; "the alliance": "X Alliance"
            named = self._described_org(n, f.name) or self._named_org(n, f.name, head=True)
            if named is None and f.name in self.body_nouns:
                named = self._latest_org(n, f.name, verb=f.verb)  # "the airline", as "the firm"
            return named, "org"
        if f.kind == "described":
            want, proper, _ = self._description(n, f)
            name = self._titled(n, f.name, reach=None)
            if name is not None:
                return self._learned(name, want)
            personal = self._personal(f.name, want)
            fit, unfit = self._fitting(n, want, f.name, proper)
            if fit is not None:  # "the Wasps wing": "Wasps wing Ann Bee"
                return self._learned(fit, want)
            body = self._described_org(n, f.name, reach=n + 1)  # "computer giant Microsoft"
            if body is None and f.then is None and f.name in self.body_nouns:
                body = self._latest_org(n, f.name, verb=f.verb)  # "the software giant"
            if body:
                return body, "org"
            if f.then is not None and f.then.kind == "role":
                # "The Wooster professor added"; "the former teacher" (not "the families' lawyer")
                name = self._recent_person(n, f.name, avoid, phrase=f.then.name)
                if name and name not in unfit:
                    return self._learned(name, want)
            elif f.then is None and personal:  # "the Romanian international": who was just named
                avoid = set(avoid) | {w for m in unfit for w in m.split()}
                name = self._latest_person(n, avoid, reach=2)
                if name:
                    return self._learned(name, want)
            written = self._definite_words(n, f.name) if f.then is None and not personal else None
            if written:  # "the movie industry": "the US movie industry" named before
                fuller = self._fuller_mention(n, written)
                if fuller:
                    return fuller, "group" if fuller.split()[0].islower() else "org"
            return self._resolve(n, f.then, avoid=avoid) if f.then else (None, None)
        if f.kind == "relative":
            return self._relative(n, f.name, f.fallback)
        if f.kind == "document":  # "X released a statement which read": X
            made = [(m, k) for d, m, k in self.docs[n] if d == f.name.split()[-1]]
            return made[-1] if made else (f.name, "document")
        if f.kind == "docref":  # "the report": the one named before with its maker
            owner = self._document_owner(n, f.name)
            if owner:  # "its website notes", "the hotel's website estimated"
                return owner
            # "the US statement": one by whom the capitals before its noun name
            by = {w.lower() for w in (f.fallback or "").split()[:-1] if w[:1].isupper()}
            # its own noun first, then another for it named just before ("research by X
            # ... said the report"); further back "the study" may be another one
            for kin, reach in ((_RULINGS, 30), (_STUDIES, 3)):
                for k in range(n, max(-1, n - reach), -1):
                    for noun, maker, by_kind in reversed(self.docs[k]):
                        words = maker.lower().split()  # "WEF" for "World Economic Forum"
                        words += ["".join(w[0] for w in words if w not in ("of", "the", "and"))]
                        # "issued a ruling ... The decision read": one ruling however named
                        same = noun == f.name or {noun, f.name} <= _RULINGS
                        same = same or (kin is _STUDIES and {noun, f.name} <= _STUDIES)
                        if same and (not by or by.intersection(words)):
                            return maker, by_kind
            issuer = self._issuer_before(n, f.name, f.fallback)
            if issuer is None and f.name in _STUDIES and not by:
                # "according to the study" far on in a story that named one study with its
                # maker ("a report by analysts X" nine sentences before): that one
                makers = {
                    (maker, by_kind)
                    for k in range(n + 1)
                    for noun, maker, by_kind in self.docs[k]
                    if noun in _STUDIES
                }
                bodies = all(kind != "group" and maker[:1].isupper() for maker, kind in makers)
                if len(makers) == 1 and bodies:  # a body, not "researchers from X"
                    return makers.pop()
            return issuer or (f.fallback, "document")
        return None, None

    def _count_before(self, n: int, noun: str) -> tuple[str | None, str | None]:
        """The count with its maker that "the figures" (``noun``, any of ``_COUNTS``) of
        sentence ``n`` stands for: one named in it or the three before ("Data from the CML
        showed ... The figures suggest ..."); none when no maker was named (the guide's
        figures nobody made stay narration)."""
        for k in range(n, max(-1, n - 4), -1):
            for made, maker, kind in reversed(self.docs[k]):
                if {made, noun} <= _COUNTS and maker.split()[-1] in _COUNTED_AS:
                    return maker, kind
        return None, None

    def _described_as_person(self, n: int, f: _Frame) -> bool:
        """Whether the proper subject of cue ``f`` in sentence ``n``, a name the tagger took
        for nobody, is described in apposition by a noun for a person ("G Bee, a presenter
        on the station, thinks ..."): a person's name."""
        s = self.sents[n]
        if f.verb < 0 or f.verb >= len(s.text):
            return False
        for k in s.children(f.verb):
            if s.dep[k] != "nsubj" or s.pos[k] != "PROPN" or s.text[k] != f.name.split()[-1]:
                continue
            for d in s.children(k):
                noun = s.dep[d] == "appos" and s.pos[d] == "NOUN"
                if noun and _person_noun(s.lower[d], self.lex):
                    return True
        return False

    def _name_in_description(self, n: int, f: _Frame) -> str | None:
        """The name written inside the definite subject of cue ``f`` before its noun of a
        body that members join ("the IFPI industry body", "the GMB union": "IFPI", "GMB"),
        proper words together, none a place, a people or a date ("the South Yorkshire
        group", "the Leuven-based group" are described by where they are); else ``None``."""
        s, head = self.sents[n], f.name.split()[-1]
        if not 0 <= f.verb < len(s.text):
            return None
        subj = [k for k in s.children(f.verb) if s.dep[k] == "nsubj" and s.lower[k] == head]
        if not subj or not _definite(s, head):
            return None
        left = [t for t in _left_phrase(s, subj[0]) if t != subj[0] and s.lower[t] not in _DETS]
        names = [t for t in left if s.pos[t] == "PROPN" and s.text[t][:1].isupper()]
        if not names or names != list(range(names[0], names[-1] + 1)) or s.quoted[names[0]]:
            return None
        if any(s.ent[t][2:] in ("GPE", "NORP", "LOC", "DATE") for t in names):
            return None
        if names[-1] + 1 < len(s.text) and s.text[names[-1] + 1] in ("-", "–"):
            return None  # "the Leuven-based group"
        return self._fuller_body(n, " ".join(_words(s, names[0], names[-1] + 1)))

    def _described_body(self, n: int, phrase: str) -> str | None:
        """The noun of a body that the definite ``phrase`` of sentence ``n`` describes ("the
        Japanese firm", "the aid agency", "the non-partisan charity": "firm", "agency",
        "charity"), when its words before the noun are common words or places, not a name
        ("the Associated Press agency") nor a word that makes it another kind of body than
        a company ("the pressure group", "the union organisation"); else ``None``."""
        s, head = self.sents[n], phrase.split()[-1].lower()
        if head not in self.body_nouns:
            return None
        if head in _ANY_BODY and not self._trade_modified(s, head):
            return None  # "the pressure group", "the union organisation": not a company
        for k in range(len(s.text)):
            if s.lower[k] != head or s.quoted[k] or not _definite(s, head):
                continue
            left = [t for t in _left_phrase(s, k) if t != k and s.lower[t] not in _DETS]
            if all(s.text[t][:1].islower() or s.ent[t][2:] in ("GPE", "NORP", "LOC") for t in left):
                return head
        return None

    @staticmethod
    def _trade_modified(s: _Sent, head: str) -> bool:
        """Whether the definite ``head`` ("group") of sentence ``s`` is a company's by the
        trade written before it as a noun: "the mining group", "the media group", "the
        drinks group" (a compound noun of a trade, "-ing" or plural), not "the pressure
        group" nor "the campaign group" (a body of another kind)."""
        for k in range(len(s.text)):
            if s.lower[k] != head or s.quoted[k] or k == 0:
                continue
            m = k - 1
            if s.dep[m] == "compound" and s.pos[m] == "NOUN" and s.text[m].islower():
                return s.text[m].endswith("ing") or s.tag[m] == "NNS"
        return False

    def _document_owner(self, n: int, noun: str) -> tuple[str, str | None] | None:
        """Whose the document ``noun`` of sentence ``n`` is when a possessive says so: "its"
        the organisation the story is about ("The safety board was absent. ... its website
        notes ..."), a definite body noun the body the article named with it ("the
        hotel's website" of "Hotel Arpit Palace"); else ``None``."""
        s = self.sents[n]
        for j in range(len(s.text)):
            if s.quoted[j] or s.lemma[j].lower() != noun:
                continue
            for o in s.children(j):
                if s.dep[o] != "poss":
                    continue
                if s.lower[o] == "its":
                    name, kind = self._organisation(n)
                    return (name, kind) if name else None
                if s.pos[o] == "NOUN" and any(s.lower[d] == "the" for d in s.children(o)):
                    body = self._body_named(n, s.lemma[o].lower())
                    return (body, "org") if body else None
        return None

    def _issuer_before(self, n: int, noun: str, fallback: str | None) -> tuple[str, str] | None:
        """Who made "the statement" or "the message" that no sentence before named: the
        speaker of the statements just before, whose words it goes on with ('A club
        spokesman denied it: "..." / The statement added: "..."'), a spokesman's body for the
        spokesman; ``None`` when the article named such a document before (it is that one)
        or nobody spoke in the two sentences before."""
        written = (fallback or "").split()[-1:]
        if noun not in _UTTERANCES or written != [noun]:
            return None  # "The messages warn that ...": not one statement by one speaker
        for k in range(n):
            t = self.sents[k]
            if any(t.lemma[i].lower() == noun and not t.quoted[i] for i in range(len(t.text))):
                return None
        for k in range(n - 1, max(-1, n - 3), -1):
            said = self.said[k]
            if said.type and said.speaker and said.kind in ("person", "org", "group", "role"):
                words = said.speaker.split()
                if said.kind == "role" and words[-1].lower() in _SPOKES and words[0][:1].isupper():
                    return " ".join(words[:-1]), "org"  # "All England Club spokesperson"
                return said.speaker, said.kind
        return None

    def _body_named(self, n: int, noun: str) -> str | None:
        """The body a bare "the government", "the city" or "the palace" stands for: the latest
        in the last 30 sentences that the article named with that noun and a name ("the
        government of Samoa", "Samoa's government", "the Turkish government" in the article's
        words; for a place, the place itself: "the US city of White Plains", "Magnitogorsk, a
        city in the Urals") or whose name ends in it ("Dade County"), else ``None``."""
        for k in range(n - 1, max(-1, n - 30), -1):
            s = self.sents[k]
            for i in range(len(s.text) - 1, -1, -1):
                if s.quoted[i] or (s.lower[i] != noun and s.lemma[i].lower() != noun):
                    continue
                a, b = s.ent_span(i)
                if s.pos[i] == "PROPN" and s.ent[i][2:] in _NAME_ENTS and b == i + 1 and a < i:
                    return " ".join(_words(s, a + (s.lower[a] == "the"), b))  # "Dade County"
                if s.pos[i] != "NOUN":
                    continue
                name = _named_with(s, i, self.lex, place=noun in _PLACE_NOUNS)
                if name:
                    return name
        return None

    def _place_owned(self, n: int, name: str) -> str:
        """A body owned by a described country ("the country's health ministry", "the
        Caribbean island's government") as owned by the place the article names most often
        up to sentence ``n`` (the latest of those named as often): "Dominica's government"."""
        owner, sep, body = name.partition("'s ")
        words = owner.split()
        if not sep or not words or words[-1] not in _COUNTRY_NOUNS or len(words) > 3:
            return name
        seen = Counter(p for k in range(n + 1) for p in self.places[k])
        if not seen:
            return name
        latest = {p: k for k in range(n + 1) for p in self.places[k]}
        place = max(seen, key=lambda p: (seen[p], latest[p]))
        return f"{place}'s {body}"

    def _recent_public_body(self, n: int, noun: str) -> str | None:
        """ "the office" or "the agency" with no body of that name: the public body that spoke
        or was a subject in the two sentences before ("The US Embassy in Iraq advised citizens
        to leave. The office asked them ..."), else ``None``."""
        if noun not in _ANY_PUBLIC_BODY:
            return None
        for k in range(n - 1, max(-1, n - 3), -1):
            said = self.said[k]
            bodies = [said.speaker] if said.kind == "org" and said.speaker else []
            for name in bodies + self.main_orgs[k][::-1]:
                if _PUBLIC_WORDS.intersection(self.acronyms.get(name, name).lower().split()):
                    return name
        return None

    def _named_group(self, n: int, noun: str) -> str | None:
        """ "The researchers" or "the research team" as a subject: the group of the last
        30 sentences that spoke or was a subject, named with that noun or one of its kind and
        with the body it belongs to ("researchers from Penn State", "Tsinghua University
        scientists"), else ``None``."""
        s = self.sents[n]
        text = " ".join(s.lower[k] for k in range(len(s.text)) if not s.quoted[k])
        if f"the {noun}" not in text:
            return None  # "Researchers said": others, unless the article says "the"
        kin = _RESEARCH_GROUP if noun in _RESEARCH_GROUP else {noun}
        for k in range(n - 1, max(-1, n - 30), -1):
            said = self.said[k]
            spoke = [said.speaker] if said.kind == "group" and said.speaker else []
            for name in spoke + self.groups[k][::-1]:
                if _role_head(name) in kin and any(w[:1].isupper() for w in name.split()):
                    return name
        return None

    def _named_after_title(self, n: int, f: _Frame) -> str | None:
        """The person named at the end of a long title before the cue of frame ``f``, whom
        the parse ran into the body of the title ("Former US Ambassador to the United Nations
        Nikki Haley wrote", with "Ambassador" the subject and "Nikki Haley" tagged as a second
        body right after "the United Nations"); else ``None``."""
        s, v = self.sents[n], f.verb
        if not 1 < v < len(s.text) or s.text[v] != f.cue or s.quoted[v - 1]:
            return None
        subj = [k for k in s.children(v) if s.dep[k] in ("nsubj", "nsubjpass") and k < v]
        a, b = s.ent_span(v - 1)
        if subj and b == v and a <= subj[0] < b:
            return self._name_after_place(n, s, a, b)
        if not subj or b != v or b - a < 2 or a <= subj[0]:
            return None
        if s.ent[a][2:] not in ("PERSON", "ORG") or s.lower[a] == "the":
            return None
        if not all(s.pos[k] == "PROPN" for k in range(a, b)):
            return None
        if s.ent[a][2:] == "PERSON" and self._described_before(s, a, subj[0], f):
            return self._person_name(s, a, b)  # "Longtime Imus in the Morning performer Ann Bee"
        words = f.name.split()  # none when the parse left the subject no words of a name
        if not words or words[-1].lower() not in self.lex.titles:
            return None
        if not any(s.lower[k] in ("to", "of", "for", "at") for k in range(subj[0], a)):
            return None
        if s.ent[a - 1] == "O":  # the body ran into the name: "Minister of Scotland Ann Bee"
            start = self._after_bodies(n, s, a, b)  # not "a spokesman for Ann Bee"
            if start == a or b - start < 2:
                return None
            a = start
        # else a name of its own straight after another name, the title's body
        return self._person_name(s, a, b)

    def _described_before(self, s: _Sent, a: int, subj: int, f: _Frame) -> bool:
        """Whether the person named at ``a`` straight before the cue is introduced by a
        common noun for one person ("writer and performer Ann Bee") inside a subject the
        parse headed by a capitalised word, no person's name, before a preposition
        ("Longtime Imus in the Morning writer and performer Ann Bee tweeted"): the name is
        the speaker. Not when the subject is a role that speaks for another ("A spokesman
        for striker Ann Bee"), which the parse heads by a common noun."""
        k = a - 1
        if s.pos[subj] != "PROPN" or k <= subj or s.ent[subj][2:] == "PERSON":
            return False
        if not any(s.pos[t] == "ADP" for t in range(subj, k)):
            return False  # the subject's own words run on: "X of the Y show writer Ann Bee"
        if s.tag[k] != "NN" or not s.text[k].islower() or s.ent[k] != "O":
            return False
        ones = self.lex.titles | self.lex.person_nouns
        nouns = [k]  # and the first of two joined: "writer and performer"
        if k - 2 > subj and s.lower[k - 1] in ("and", "&") and s.tag[k - 2] == "NN":
            nouns.append(k - 2)
        known = any(s.lemma[t].lower() in ones and s.text[t].islower() for t in nouns)
        return known and not any(s.lower[t] in _RELATIVES for t in nouns)

    def _name_after_place(self, n: int, s: _Sent, a: int, b: int) -> str | None:
        """The person named at the end of the subject ``a:b`` straight before the cue when
        the tagger ran a place or body into the name as one entity: its leading words that
        name a body or place in another sentence of the article (:meth:`_after_bodies`) go,
        when the words left name no body anywhere and either the place is a title's ("Prime
        Minister of India Ann Bee wrote", tagged "India Ann Bee"; two words or more left) or
        the words left name a person elsewhere in the article ("For the Greens Ann Bee
        said", "on Twitter Bee accused" where "Ann Bee" is named); else ``None``."""
        a += s.lower[a] == "the" and s.ent[a][:2] == "B-"
        if not 0 < a < b or s.ent[a - 1] not in ("O", "B-" + s.ent[a][2:]):
            return None
        if s.ent[a][2:] not in _NAME_ENTS and s.ent[a][2:] != "PERSON":
            return None
        if not all(s.pos[k] == "PROPN" and s.text[k][:1].isupper() for k in range(a, b)):
            return None
        start = self._after_bodies(n, s, a, b)
        elsewhere = [self.body_words.get(s.text[k], {n}) - {n} for k in range(start, b)]
        if start in (a, b) or any(elsewhere):
            return None
        k = a - 1 - (s.lower[a - 1] == "the")
        titled = k > 0 and s.lower[k] in ("of", "for", "to", "at") and s.text[k - 1][:1].isupper()
        titled = titled and s.lower[k - 1] in self.lex.titles | self.lex.title_words
        if titled and b - start >= 2:
            return self._person_name(s, start, b)
        if b - start < 2 and s.ent[a][2:] != "PERSON":
            return None
        name = self.names.canonical(_words(s, start, b))
        p = self.names.persons.get(name)
        whole = self.names.canonical(_words(s, a, b))
        if p is None or not p.count or " " not in name or name == whole:
            return None
        return name

    def _after_bodies(self, n: int, s: _Sent, a: int, b: int) -> int:
        """Where the person's name starts in the entity ``a:b`` that the tagger ran on from
        a body or place named in another sentence of the article ("Scotland Nicola
        Sturgeon", where "Scotland" is a place elsewhere): after its leading words that name
        bodies or places elsewhere."""
        while a < b and self.body_words.get(s.text[a], {n}) - {n}:
            a += 1
        return a

    def _named_in_subject(self, n: int, f: _Frame) -> str | None:
        """The one person named inside the subject of the cue of frame ``f`` in sentence
        ``n``, outside quotes ("Scottish Finance Minister, Tom McCabe MSP, said", whose
        parse made "MSP" the speaker), else ``None``."""
        s = self.sents[n]
        if f.verb < 0 or f.verb >= len(s.text):
            return None
        subjects = [k for k in s.children(f.verb) if s.dep[k] in ("nsubj", "nsubjpass")]
        found = set()
        for k in (t for j in subjects for t in s.subtree(j)):
            if s.ent[k] == "B-PERSON" and not s.quoted[k] and s.dep[k] != "poss":
                a, b = s.ent_span(k)
                found.add(self._person_name(s, a, b))
        return found.pop() if len(found) == 1 else None

    def _relative(self, n: int, noun: str, owner: str | None) -> tuple[str, str]:
        """ "his daughter": the one person of the article introduced as a daughter ("his
        daughter Nettie Baker", "his father, Abdullah Kurdi", before or after), else the
        role "<whom 'his' stands for>'s daughter"."""
        kin = [p.name for p in self.names.persons.values() if noun in p.titles]
        kin = sorted({self.names.canonical(k.split()) for k in kin})
        if len(kin) == 1:
            return kin[0], "person"
        gender = _PRONOUNS.get({"his": "he", "her": "she"}.get(owner or "", ""))
        if not gender:
            return noun, "role"
        # the person the sentence is about first ("Kewell may not play until March, claims
        # his agent"; "According to his publicist, Mendez died ..."), then the subject of a
        # clause written before the owner ("Sir Ann Bee has died, her family said"), not one
        # of the words reported ("His agent said Rangers told him"), then the antecedent
        s = self.sents[n]
        at = next((k for k in range(1, len(s.text)) if s.lower[k] == noun), len(s.text))
        before = set(s.text[:at])
        subjects = [
            m
            for m, subj in sorted(self.mentions[n], key=lambda m: -m[1])
            if subj == 2 or (subj and m.split()[-1] in before)
        ]
        subjects = [m for m in subjects if self.names.person(m).gender in (None, gender)]
        whose = subjects[0] if subjects else self._antecedent(n, gender=gender, learn=False)[0]
        kind = "group" if noun in _OWNED_BODIES else "role"  # "Ann Bee's office": a body
        return (f"{whose}'s {noun}" if whose else noun), kind

    def _recent_person(
        self, n: int, noun: str, avoid: set | frozenset, phrase: str = ""
    ) -> str | None:
        """The person a definite description nobody was introduced with stands for ("said
        study co-author Ann Bee. The Wooster professor added"): the person who spoke in the
        sentence before, when no other office was given to them; else, for a description
        ``phrase`` of nobody's relative or agent ("the former teacher", not "the families'
        lawyer" nor "the mother") and a noun the article gave nobody unnamed, the one person
        who is the main subject of the sentence before."""
        said = self.said[n - 1] if n else None
        if said is None or not n:
            return None
        name = said.speaker if said.kind == "person" else None
        own = "'" in phrase or "’" in phrase or noun in _RELATIVES or noun in _GENDERED
        if name is None and phrase and not own and not self._unnamed_before(n, noun):
            # "Ann Bee, who had been selected ..., quit. / The former teacher confirmed ...":
            # the one person the sentence before is about, as its main subject
            subjects = {m for m, rank in self.mentions[n - 1] if rank == 2}
            name = subjects.pop() if len(subjects) == 1 else None
        if not name:
            return None
        p = self.names.person(name)
        if avoid and not avoid.isdisjoint(name.split()):
            return None
        if noun in p.titles or p.titles.isdisjoint(self.lex.titles):
            return name
        return None

    def _unnamed_before(self, n: int, noun: str) -> bool:
        """Whether a sentence before ``n`` writes ``noun`` with "a" or "an", or with no
        name after it: someone the article introduced without a name ("a teacher at the
        school"), whom "the teacher" may stand for."""
        for s in self.sents[:n]:
            for k in range(len(s.text)):
                if s.lemma[k].lower() != noun or s.quoted[k] or s.pos[k] != "NOUN":
                    continue
                if s.dep[k] == "compound" and s.pos[s.head[k]] == "PROPN":
                    continue  # "teacher Ann Bee": introduced with a name
                return True
        return False

    def _full_name(self, name: str, s: _Sent) -> str:
        """An organisation's full name for its acronym ("the FCA" -> "Financial Conduct
        Authority", when the article wrote "the Financial Conduct Authority (FCA)"), and for
        its first or last words that the parse took alone in a sentence writing it in full
        ("Transport" of "Transport for London (TfL) told", "Tourism Council" of "the World
        Travel and Tourism Council (WTTC)")."""
        if name in self.acronyms:
            return self.acronyms[name]
        bare = name[4:] if name[:4] in ("The ", "the ") else ""
        if bare in self.acronyms:  # "The ILO estimated", its article read into the name
            return self.acronyms[bare]
        text = " ".join(s.text)
        # or of its last words: "Tourism Council" of "World Travel and Tourism Council (WTTC)",
        # which the tagger split in two bodies
        for full in self.acronyms.values():
            if (full.startswith(name + " ") or full.endswith(" " + name)) and full in text:
                return full
        for full in self.long_names:  # "Liberal Democrats" whose "Liberal" was left out
            if full.endswith(" " + name) and full in text:
                return full
        return name

    def _fuller_body(self, n: int, name: str) -> str:
        """The fuller name of the body ``name`` that sentences up to ``n`` write, when
        exactly one is written: a public body's noun after proper names ("police" of
        "Northamptonshire police"), a body's name inside the longer name the tagger gave
        ("Sociedad" of "Real Sociedad"), a company's name before its legal form ("Salling"
        of "Salling Group"). Two such names ("Kent police", "Essex police") leave ``name``
        as it is, and so do words before a name that are no part of it ("December BT",
        "Bookmakers Ladbrokes"; see :meth:`_added_to_name`)."""
        words = name.split()
        if not words or any(w.endswith(("'s", "’s")) for w in words):
            return name
        low = [w.lower() for w in words]
        proper = words[-1][:1].isupper()
        if not proper and low[-1] not in _PUBLIC_BODIES:
            return name  # "officials", "fans": a description of whoever, not a body's name
        if len(words) > 1 and self.names.persons.get(name, _NOBODY).count:
            return name  # a person's full name the tagger once took for a body's
        found = set()
        for k in range(n + 1):
            s = self.sents[k]
            for i, w in enumerate(s.lower):
                if s.quoted[i]:
                    continue
                if w == low[-1] and s.pos[i] in ("NOUN", "PROPN"):
                    run = _left_phrase(s, i)
                    if any(s.lower[t] in _DETS and s.text[t][:1].isupper() for t in run if t):
                        continue  # "told The Observer government": a name before the body
                    if s.lower[run[0]] in ("a", "an"):
                        continue  # "a Conservative government would ...": no body named
                    run = [t for t in run if s.lower[t] not in _DETS]
                    extra = len(run) - len(words)
                    if extra < 1 or [s.lower[t] for t in run[extra:]] != low:
                        continue
                    added = run[:extra]
                    if self._added_to_name(s, i, run, added, proper):
                        found.add(" ".join(s.text[t] for t in run))
                elif (
                    w in _LEGAL_FORMS
                    and proper
                    and i >= len(words)
                    and [s.lower[t] for t in range(i - len(words), i)] == low
                    and s.text[i][:1].isupper()
                ):
                    found.add(" ".join([*words, s.text[i]]))
        return found.pop() if len(found) == 1 else name

    def _added_to_name(
        self, s: _Sent, i: int, run: list[int], added: list[int], proper: bool
    ) -> bool:
        """Whether the words ``added`` before the name or noun at token ``i`` (``run`` in all)
        are more of the same name: capitalised name words, none a common noun for people or
        bodies ("Bookmakers Ladbrokes", "Rapper 50 Cent"), none coordinated ("US and British
        authorities"); for a proper name, inside the span the tagger gave it as a body (not
        "December BT", a date), no repeat of its words ("Nike Nike") and no name of its own
        elsewhere in the article ("London UKIP", with "London" a place)."""
        lex = self.lex
        nouns = lex.speaker_nouns | lex.person_nouns | lex.title_words | lex.org_descriptors
        for t in added:
            if not (s.text[t][:1].isupper() and _named(s, t)) or s.lower[t] in nouns:
                return False
        if any(s.dep[t] in ("cc", "preconj") for t in range(run[0], i)):
            return False  # "neither US nor British authorities": more than one body
        if not proper:
            return True
        a, b = s.ent_span(i)
        if s.ent[i][2:] not in ("ORG", "FAC") or a > run[0] or b <= i:
            return False  # a place is its own name ("Poland", not "Southern Poland")
        before = s.lower[max(0, run[0] - 2) : run[0]]
        if len(before) == 2 and before[1] in ("of", "for") and before[0] in lex.titles:
            return False  # "First Minister of Scotland Nicola Sturgeon": a title's place
        head = {s.lower[t] for t in run[len(added) :]}
        if head & {s.lower[t] for t in added}:
            return False
        alone = {s.text[t] for t in added}
        for other in self.sents:
            for k, e in enumerate(other.ent):
                if e != "O" and other.text[k] in alone:
                    a, b = other.ent_span(k)
                    if head.isdisjoint(other.lower[a:b]):
                        return False  # a name of its own: "London" of "London UKIP"
        return True

    def _owner_named(self, name: str) -> str:
        """A role or body owned by a person written with an honorific or title ("Mr Blair's
        spokesman", "Prime Minister Tony Blair's spokesman") with the person's name instead,
        as names never keep titles: "Tony Blair's spokesman". An owner written as a name
        ("Erdogan's office") stays as the article wrote it."""
        owner, sep, rest = name.partition("'s ")
        words = owner.split()
        if not sep or not words or not all(w[:1].isupper() for w in words):
            return name
        bare = _clean_name(words, self.lex)[0]
        if bare == words:
            return name
        person = self.names.canonical(bare)
        return f"{person}'s {rest}" if person in self.names.persons else name

    def _maker(self, name: str) -> str:
        """The body that makes the product ``name`` names with it ("Apple" of "the Apple iPod
        now holds ..."): its first word, a body the article tags on its own, when the article
        writes the rest as a thing of a body ("its iPod", "the iPod", "Apple's iPod");
        else ``name``."""
        words = name.split()
        if len(words) < 2 or not self.lone_bodies[words[0]]:
            return name
        return words[0] if self.body_forms._owned_thing(words[:1], words[1]) else name

    def _body_run(self, s: _Sent, i: int) -> bool:
        """Whether the one-word name at ``i`` with the proper word before it is one body's
        name the tagger gave ("Stevenage Labour", "Sony Ericsson"), whose last word the
        article tags as a body on its own more often than as a person: a branch, venture or
        product of that body, not a person's full name ("Bernie Sanders", though the tagger
        took "Sanders" once for a body)."""
        body = s.ent[i - 1][2:] in _NAME_ENTS - {"GPE"} and s.ent[i] == "I-" + s.ent[i - 1][2:]
        return body and self.mostly_body(s.text[i])

    def mostly_body(self, word: str) -> bool:
        """Whether the article tags the one word ``word`` as a body on its own more often than
        as a person ("Labour" in a story on the party, not "Sanders" tagged once a body)."""
        person = self.names.persons.get(word)
        return self.lone_bodies[word] > (person.count if person is not None else 0)

    def _one_name(self, name: str) -> str:
        """The full name of a person the story calls by one name ("Mutu" is "Adrian Mutu"),
        when that full name is clean: of three words at most, no title or description
        before it, no word of another person's name ("Glazer Rio Ferdinand", a run-on)."""
        full = self.names.alias.get(name, name)
        words = full.split()
        if " " in name or full == name or len(words) > 3:
            return name
        if _clean_name(words, self.lex)[0] != words:
            return name  # "Mr Camus", "Broadcaster Chris Evans"
        alias = self.names.alias
        others = {w for p in self.names.persons if alias.get(p, p) != full for w in p.split()}
        return name if others.intersection(words) - {name} else full

    def _described_org(self, n: int, noun: str, reach: int = 10) -> str | None:
        """The latest organisation of the last ``reach`` sentences introduced with a noun
        that ends in ``noun`` ("fan website Trek United" for "the site"), or ``None``."""
        for k in range(n - 1, max(-1, n - reach), -1):
            for said_as, name in reversed(self.org_nouns[k]):
                if said_as.endswith(noun):
                    return name
        return None

    def _latest_member(self, n: int, noun: str, verb: int) -> str | None:
        """The body "the party" stands for: the latest name ``kit/resources/body_names.toml``
        lists for ``noun`` in the last ten sentences (in sentence ``n`` itself, before its cue
        token ``verb``), written as a body, not as a word describing a noun after it ("Tory
        leader Michael Howard", "a Labour MP"). ``None`` when none is."""
        members = _BODY_NAMES[noun]
        for _, s, end in self._looking_back(n, verb, 9):
            for i in range(end - 1, -1, -1):
                inside = s.ent[i][:2] == "I-" and s.lower[i - 1] != "the"
                if i and (inside or s.pos[i - 1] == "PROPN"):
                    continue  # inside a longer name: "Democrats" of "Liberal Democrats"
                for m in members:
                    b = i + len(m)
                    if b > end or tuple(s.text[i:b]) != m or s.quoted[i]:
                        continue
                    if s.dep[b - 1] not in ("compound", "amod") and (
                        b == len(s.text) or s.pos[b] not in ("NOUN", "PROPN")
                    ):
                        return " ".join(m)
        return None

    def _latest_outlet(self, n: int, verb: int) -> str | None:
        """The outlet "the paper" or "the newspaper" stands for: the latest one the outlet
        lists know named in the last ten sentences (in sentence ``n`` itself, before its cue
        token ``verb``), else the latest outlet an earlier statement was reported by;
        ``None`` when none is."""
        for k, s, end in self._looking_back(n, verb, 9):
            for i in range(end, 0, -1):
                if s.ent[i - 1] == "O" or s.quoted[i - 1] or s.ent_span(i - 1)[1] != i:
                    continue
                words = _words(s, *s.ent_span(i - 1))
                if _is_outlet(" ".join(words), self.lex) and words[0][:1].isupper():
                    return self._outlet_name(words)
            by = self.said[k].reported_by if k < n else None
            if by and by[:1].isupper():
                return self._outlet_name(by.split())
            said = self.said[k] if k < n else _Said()
            words = (said.speaker or "").split()
            paper = words and (
                words[-1].lower() in _PAPER_ENDS or _is_outlet(said.speaker or "", self.lex)
            )
            if said.kind == "org" and paper and words[0][:1].isupper():
                return self._outlet_name(words)  # "according to the Hollywood Reporter"
        return None

    def _outlet_name(self, words: list[str]) -> str:
        """An outlet's name without "the" and the noun after it ("the Vedomosti newspaper")."""
        if len(words) > 1 and words[-1].lower() in self.lex.outlet_nouns:
            words = words[:-1]
        if len(words) > 1 and words[0].lower() == "the":
            words = words[1:]
        return " ".join(words)

    def _named_org(self, n: int, noun: str, *, head: bool = False) -> str | None:
        """The latest organisation named before sentence ``n`` whose name has the word
        ``noun`` ("the bank" -> "Bank of America"); with ``head``, as the last word or the one
        before "of" ("Countryside Alliance", "Royal Academy of Sciences", not "Prop Jones").
        ``None`` when none is."""
        for k in range(n - 1, -1, -1):
            for name in reversed(self.org_names[k]):
                words = name.lower().split()
                if len(words) < 2 or noun not in words:
                    continue
                heads = {words[-1]} | {w for w, x in pairwise(words) if x == "of"}
                if not head or noun in heads:
                    return name
        return None

    def _latest_org(self, n: int, noun: str, verb: int = -1) -> str | None:
        """The organisation "the company" or "the group" stands for: of the last five
        sentences, the latest named body that spoke or was introduced as a company ("copy
        protection firm Macrovision", whatever the tagger took it for) before any body was
        a subject, else of the bodies that were a subject there or were named in the last
        two, the one the article has named most often (a subject first, then the latest). A company
        is no public body ("the company" is not "the Department of Health" nor "CalFire",
        its acronym). A company named earlier in sentence ``n`` itself, before its cue token
        ``verb``, comes first ("Shares in Cairn Energy rose after the firm said ..."). ``None``
        when none fits."""
        public = noun not in _MAYBE_PUBLIC
        # "the company": "retailer Tesco", not "rival PepsiCo"; "the club": "club Rovers"
        nouns = (_GENERIC_BODIES | self.lex.org_descriptors) - {"rival"}
        kind = noun in nouns  # a word for any company, not one kind of body
        nouns = nouns if kind else frozenset({noun})

        def fits(name: str) -> bool:  # a name ("unions" is none), not a rival's
            full = self.acronyms.get(name, name)
            if not name[:1].isupper() or name in self.rivals or name.split()[-1] in after:
                return False
            in_public = bool(_PUBLIC_WORDS.intersection(full.lower().split()))
            return in_public if noun in _ONLY_PUBLIC else not (public and in_public)

        s = self.sents[n]
        # not a body the words after its cue name, but as an owner ("The US firm agreed to buy
        # Fiat", not "the company announced ... Microsoft's plans")
        after = {
            s.text[k]
            for k in range(verb + 1, len(s.text))
            if verb >= 0 and s.dep[k] != "poss" and s.text[min(k + 1, len(s.text) - 1)] not in _POSS
        }
        # before "the company" itself: not a body named inside it ("The firm, which is to
        # receive a payment from Chelsea, said")
        end = next((i for i in range(max(verb, 0)) if s.lemma[i].lower() == noun), verb)
        for i in range(end, 0, -1):
            span = self._untagged_span(s, i - 1)  # "Shares in UK Coal fell", "UK" a place
            if span or (
                s.ent[i - 1] == "B-ORG" and not s.quoted[i - 1] and not self._person_at(n, s, i - 1)
            ):
                a, b = span or s.ent_span(i - 1)
                a = _name_start(s, a, b, self.lex)
                name = " ".join(_words(s, a, b))
                name = name[4:] if name[:4].lower() == "the " else name
                # owning something ("Nintendo's new console") or after a preposition ("Shares
                # in Cairn Energy rose after", "in a statement from Lycos"): not a subject or
                # object of the words reported ("RipGuard will be rolled out, the company said")
                dep = s.dep[b - 1] if s.text[b - 1] not in ("'s", "’s") else "poss"
                stop = any(self._full_stop(s, k) for k in range(b, end))
                if (
                    b <= end
                    and not stop  # "... a lifeline to Jarvis. The company warned": a misparse
                    and dep in ("poss", "pobj")
                    and s.pos[a] == "PROPN"
                    and fits(name)
                    and not _is_outlet(name, self.lex)
                ):
                    return name
        recent = range(n - 1, max(-1, n - 6), -1)
        for k in recent:
            said = self.said[k]
            if said.speaker and said.kind == "org" and fits(said.speaker):
                return said.speaker
            introduced = [o for said_as, o in self.org_nouns[k] if said_as in nouns]
            introduced += [m for m, _ in self.mentions[k] if self.names.person(m).titles & nouns]
            introduced = [o for o in introduced if fits(o)]
            if introduced:
                return introduced[-1]
            if any(fits(o) for o in self.orgs[k]):
                break  # a body as the subject since: the most named of those below
        seen = Counter(o for k in range(n) for o in self.org_names[k])

        def count(name: str) -> int:  # "Kraft" counts for "Kraft Foods" too
            w = name.split()
            return sum(c for o, c in seen.items() if _same_start_or_end(o.split(), w))

        alone = set(seen)

        def joined(name: str) -> bool:  # "Apple iPod" of a headline: a body and its thing
            w = name.split()
            return any(
                " ".join(w[:m]) in alone and " ".join(w[m:]) in alone for m in range(1, len(w))
            )

        subjects = [o for k in recent for o in reversed(self.orgs[k]) if fits(o)]
        named = [o for k in recent if k >= n - 2 for o in reversed(self.org_names[k]) if fits(o)]
        if any(not joined(o) for o in subjects + named):
            subjects = [o for o in subjects if not joined(o)]
            named = [o for o in named if not joined(o)]
        if subjects or named:
            found = max(subjects + named, key=count, default=None)  # the first of the most named
            return self._maker(found) if found else found
        for k in range(n - 6 if public and kind else -1, -1, -1):  # a company that spoke before
            said = self.said[k]
            if said.speaker and said.kind == "org" and fits(said.speaker):
                return said.speaker
        return None

    def _capital_title(self, name: str) -> str | None:
        """The title a subject the tagger took for a body writes with capitals, when it is
        one: all of it ("The Judge wrote"), or the end of a run of capitalised words that
        say which one ("the Ealing North MP said", "The Indonesian Economics Minister"); not
        an outlet ("The Hollywood Reporter")."""
        the = name[:4].lower() == "the "
        phrase = name[4:] if the else name
        title = _title_suffix(phrase.lower(), self.lex)
        if title is None or (the and title == phrase.lower()):
            return title
        words = phrase.split()
        said = words[: len(words) - len(title.split())]  # the words that say which one
        if not said or _is_outlet(phrase, self.lex):
            return None
        # not a count ("One MP told"), nor a rank of the title ("Chief Technology Officer")
        ranked = {"one", "another", *_DETS} | self.lex.title_words
        if any(w.lower() in ranked or not w.replace("-", "").isalpha() for w in said):
            return None
        return title if all(w[:1].isupper() for w in words) else None

    def _described(self, n: int, f: _Frame) -> tuple[str | None, str | None]:
        """ "the minister", "the Tory leader", "the 67-year-old": a recent role of the same
        kind, else the latest person with that title, else the latest compatible person
        (a speaker first); the description itself only when nobody fits."""
        head = _role_head(f.fallback or f.name or "-")
        for k in range(n - 1, max(-1, n - 4), -1):
            speaker, kind = self.said[k].speaker, self.said[k].kind
            if kind == "role" and speaker is not None and _role_head(speaker) == head:
                return speaker, "role"
        want, proper, noun = self._description(n, f)
        if f.kind == "title":
            person = self._titled(n, f.name)
            if person is not None:
                return self._learned(person, want)
            # "the head of the internal investigators": someone new, unless named with it
            # ("archbishop Ann Bee", however the tagger read the words between)
            if f.name.split()[-1] in self.lex.unnamed_nouns:
                fit = self._fitting(n, want, f.name.split()[-1], proper, f.name)[0]
                if fit is not None:
                    return self._learned(fit, want)
                return (f.fallback or f.name or None), "role"
        title = f.name if f.kind == "title" else None
        noun = title.split()[-1] if title else noun
        fit, unfit = self._fitting(n, want, noun, proper, title)
        if fit is not None:  # "the 22-year-old": the one named with that age
            return self._learned(fit, want)
        avoid = {w for name in unfit for w in name.split()}
        if f.kind == "title":
            recent = f.placed  # not someone named long before in another role
            name, kind = self._antecedent(n, title=f.name, recent=recent, avoid=avoid)
        else:
            name = self._latest_person(n, avoid)
            kind = "person" if name else None
        if name:
            return self._learned(name, want) if kind == "person" else (name, kind)
        return (f.fallback or f.name or None), "role"

    def _description(self, n: int, f: _Frame) -> tuple[set[str], set[str], str]:
        """What a description subject says of the person it stands for, as the words
        :func:`_description_words` keeps, those of them written as names, and its head noun
        ("" for an age alone, "the 22-year-old"): read off the cue's subject in sentence ``n`` with
        an age set off after it ("the princess, 67, announced"), else off the frame."""
        s = self.sents[n]
        v = f.verb
        if 0 <= v < len(s.text) and s.text[v] == f.cue:
            subj = [k for k in s.children(v) if s.dep[k] in ("nsubj", "nsubjpass")]
            subj = [k for k in subj if not s.quoted[k]]
            if subj:
                j = subj[0]
                left = min(s.subtree(j))  # "the 22-year-old": "22-year" hangs on "old"
                words = [s.text[k] for k in range(left, j + 1) if not s.quoted[k]]
                if j + 2 < len(s.text) and s.text[j + 1] in (",", "(") and s.text[j + 2].isdigit():
                    words.append(f"{s.text[j + 2]}-year-old")
                head = "" if s.lemma[j].lower() == "old" else s.lemma[j].lower()
                # "the Ohio Republican", "the Briton": a party, a nation, as its head only
                # ("the European champion" is one of a competition, of no nation)
                nation = s.tag[j] == "NNP" and s.lower[j] in self.lex.person_nouns
                origin = _origin(s.lower[j]) if s.ent[j][2:] == "NORP" or nation else None
                said = _description_words(words) | ({origin} if origin else set())
                return said, _proper(words[1:]), head
        words = (f.fallback or f.name or "").split()
        head = f.name.split()[-1].lower() if f.name else ""
        return _description_words(words), _proper(words[1:]), head

    def _fitting(
        self, n: int, want: set[str], head: str, proper: set[str], title: str | None = None
    ) -> tuple[str | None, set[str]]:
        """The person named before sentence ``n`` whom a description fits: one introduced
        (or described since) with its head noun ``head`` and, when it has them, one of its
        ``proper`` words ("the veteran goalkeeper": "veteran goalkeeper Sam Hart"; "the
        Wasps wing": "Wasps wing Ann Bee"; with ``title``, every word of it), or with its
        age ("the 22-year-old": "Ann Bee, 22,"); of those, the one sharing the most words,
        the latest on ties; ``None`` when nobody fits. Also the people it cannot be: another
        age, another office ("the shadow chancellor" is not "Chancellor Ann Bee"), or the
        one whose relative it was ("the actor's friend Ann Bee" is not "the actor")."""
        ages = {w for w in want if w.startswith("age:")}
        must = set(title.split()) if title else {head}
        order: list[str] = []  # people named before, the latest first, as in the story
        for k in range(n - 1, -1, -1):
            said = self.said[k]
            names = [said.speaker] if said.kind == "person" and said.speaker else []
            said_in = self.mentions[k]  # subjects first, then the latest
            ranked = sorted(range(len(said_in)), key=lambda i: (-said_in[i][1], -i))
            names += [said_in[i][0] for i in ranked] + self.intro_at[k]
            order += [m for m in names if m not in order]
        best, score, unfit = None, 0, set()
        for name in order:
            person = self.names.persons.get(name)
            said_as = self.profiles.get(name, set())
            said_as = said_as | ({w for t in person.titles for w in t.split()} if person else set())
            known = {w for w in said_as if w.startswith("age:")}
            office = (want ^ said_as) & _OFFICES  # "deputy", "shadow" on one side only
            if (
                (ages and known and ages.isdisjoint(known))
                or _other_origin(want, said_as)
                or "!" + head in said_as
                or (head in said_as and office)
            ):
                unfit.add(name)
                continue
            aged = bool(ages & known)
            named = must <= said_as and (not proper or bool(proper & said_as))
            shared = len(want & said_as) + aged
            if (aged or named) and shared > score:
                best, score = name, shared
        return best, unfit

    def _latest_person(self, n: int, avoid: set[str], reach: int | None = None) -> str | None:
        """The person a description with nothing to match on stands for: of the latest
        sentence before ``n`` (within ``reach``) that names someone outside ``avoid``, its
        speaker, else its main subject, else any subject, else the latest person it names
        ("It was Bee's 11th record. / "...," the 22-year-old said.")."""
        stop = -1 if reach is None else max(-1, n - reach - 1)
        for k in range(n - 1, stop, -1):
            said = self.said[k]
            ranked = [(3, said.speaker)] if said.kind == "person" and said.speaker else []
            ranked += [(subj, m) for m, subj in self.mentions[k]]
            ranked = [(r, m) for r, m in ranked if avoid.isdisjoint(m.split())]
            if ranked:
                return max(reversed(ranked), key=lambda x: x[0])[1]
        return None

    def _learned(self, name: str, want: set[str]) -> tuple[str, str]:
        """``name`` as a person, who is now also known by the description ``want`` ("The
        34-year-old ..." makes a later "the 34-year-old" find them too)."""
        self.profiles.setdefault(name, set()).update(want)
        return name, "person"

    def _personal(self, noun: str, want: set[str]) -> bool:
        """Whether a definite description with head ``noun`` names a person: a noun for
        people or a position in a team ("the Wasps wing", "the Holland international"), or
        one given an age ("the 41-year-old chart-topper")."""
        if any(w.startswith("age:") for w in want):
            return True
        return noun in _TEAM_ROLES or _person_noun(noun, self.lex)

    def _organisation(
        self, n: int, *, plural: bool = False, own: bool = False
    ) -> tuple[str | None, str | None]:
        """ "it"/"they": the latest body, group or document before sentence ``n`` that spoke
        or that a sentence is about (:meth:`_bodies_about`), of the pronoun's number ("it" a
        report, a company or a team; "they" researchers, a team, named bodies or the people
        a sentence's subject joins); "they" also the people a plural speaker noun named as a
        subject in its own sentence ("Business leaders opposed the plan as they said ..."),
        and with ``own`` (a pronoun in a clause inside sentence ``n``) the subject of its
        main clause first ("Nintendo is releasing a console that it says ..."). A subject of
        things of the pronoun's number stops it: "Prices rose. They ...", "The treaty stresses
        safety and, it says, ..." stand for them, and no speaker is found. A description no
        name was found for ("the US firm") is taken only when nothing named is in reach."""
        if plural and self.groups[n]:
            return self.groups[n][0], "group"
        unnamed: list[tuple[str, str]] = []
        for k in range(n if own else n - 1, max(-1, n - 4), -1):
            said = self.said[k] if k < n else _Said()
            kind = said.kind
            if kind == "person" and self._body_person(said.speaker or ""):
                kind = "org"  # "Yukos said", the tagger's person there
            if said.speaker and (
                kind in ("org", "group", "outlet") or (kind == "document" and not plural)
            ):
                maker, _, noun = said.speaker.rpartition(" ")
                if kind == "document" and noun in _COUNTED_AS and maker[:1].isupper():
                    return maker, "org"  # "X figures showed ... it said": X, not its figures
                return said.speaker, kind
            for name, kind, number, how in self._bodies_about(k):
                if number == ("one" if plural else "many") or (kind == "document" and plural):
                    continue  # "it" for no group, "they" for no report
                if k == n and plural and number != "many":
                    continue  # "The IAAF warned the trio after they were ...": the trio
                if how == "owner" and k < n - 1:
                    continue  # "Heineken's income fell. It blamed ...": just before only
                if name is None and (plural or k == n):  # "Shares fell. They ...": the shares
                    return unnamed[0] if unnamed else (None, None)
                if name is not None and kind is not None and how == "unnamed":
                    unnamed.append((name, kind))
                elif name is not None:
                    return name, kind
            if self.orgs[k] and k < n:
                return self.orgs[k][-1], "org"
            if plural and self.groups[k] and k < n:
                return self.groups[k][-1], "group"
        return unnamed[0] if unnamed else (None, None)

    def _body_person(self, name: str) -> bool:
        """Whether a one-word speaker taken for a person is a body's name (``_kind``'s
        :func:`_body_name`: "Yukos said", the tagger reading "Yukos" as a person there)."""
        if " " in name or not name:
            return False
        if self.tagged is None:
            self.tagged = _tagged_bodies(self.sents)
        return _body_name(name, self.names, self.tagged)

    def _bodies_about(self, k: int) -> list[tuple[str | None, str | None, str, str]]:
        """The bodies, groups and documents sentence ``k`` is about, for an "it" or "they"
        after it or inside it, as ``(name, kind, number, how)``: ``number`` "one", "many"
        or "either" (a named body or a collective noun: "Oxfam", "the team"), ``how``
        "unnamed" for a description no name was found for ("the US firm"), "owner" for the
        owner of a subject (taken from the sentence just before only), else "named". Its
        main clause's subject ("The report was drawn up by ...", "The Montreal team used ...",
        "Researchers used ...", "It" standing for one of those before) or the body owning a
        subject that names a thing ("Heineken's net income fell"), then the agent of a main
        verb in the passive ("The figures were prepared by the Association of Leading
        Visitor Attractions"); the first of people joined as the subject, for "they" ("Ann
        Bee and her colleagues met ..."). A subject for things ("Prices rose") or plural
        documents ("The figures show") is ``(None, None, number, "named")``. Found when
        first asked for (few sentences are followed by such a pronoun)."""
        if k in self.bodies_at:
            return self.bodies_at[k]
        self.bodies_at[k] = []  # a pronoun subject looks further back, never at itself
        s, out = self.sents[k], []
        for j in range(len(s.text)):
            if s.dep[j] not in ("nsubj", "nsubjpass") or s.quoted[j]:
                continue
            if not _main_subject(s, j, j + 1):
                continue
            agent = _agent_of(s, s.head[j]) if s.dep[j] == "nsubjpass" else None
            for t in (j, agent):
                if t is not None and not s.quoted[t]:
                    out += self._body_at(k, t, subject=t == j)
        self.bodies_at[k] = out
        return out

    def _body_at(
        self, k: int, t: int, *, subject: bool
    ) -> list[tuple[str | None, str | None, str, str]]:
        """What the subject (or agent) at token ``t`` of sentence ``k`` gives
        :meth:`_bodies_about`."""
        s = self.sents[k]
        f = _subject_frame(s, t, self.lex, cue="", depth=0, propers=self.propers)
        w = _whole_of(s, t)  # "a quarter of broadband users": users
        # "Prices rose", "The treaty stresses ...", unless they speak
        things = {"NNS": "many", "NN": "one"}.get(s.tag[w]) if subject else None
        if f is not None and f.kind == "pronoun":
            if f.name not in ("it", "they") or not subject:
                return []
            name, kind = self._organisation(k, plural=f.name == "they")
            return [(name, kind, "many" if f.name == "they" else "one", "named")]
        joined = f is not None and f.kind in ("person", "propn", "title") and _joined(s, t)
        if subject and (joined or s.lower[t] in _PAIR_NOUNS):
            if self.pairs is None:
                self.pairs = self._all_pairs()
            if self.pairs[k]:  # "Marta and Jonas Lindgren", "The couple": the one in full
                return [(self.pairs[k][-1][0], "group", "many", "named")]
        if joined:  # "The minister, Ann Bee, and her colleagues met ...": "they"
            assert f is not None
            name, kind = self._resolve(k, f)
            if name and kind == "person":
                return [(name, kind, "many", "named")]
        name, kind = self._resolve(k, f) if f is not None else (None, None)
        if kind == "person" and self._body_person(name or ""):
            kind = "org"  # "Market leader Nintendo", the tagger's person
        if name is None or kind not in ("org", "group", "document", "outlet"):
            owner = next((c for c in s.children(w) if s.dep[c] == "poss"), None)
            if owner is None and subject:  # "Shares in Heineken fell", "Profits at Heineken"
                owner = next(
                    (
                        g
                        for c in s.children(w)
                        if s.dep[c] == "prep" and s.lower[c] in ("in", "at", "of")
                        for g in s.children(c)
                        if s.dep[g] == "pobj" and s.ent[g][2:] == "ORG"
                    ),
                    None,
                )
                if owner is not None and any(s.dep[c] == "conj" for c in s.subtree(owner)):
                    owner = None  # "Shares in X, Y and Z fell": no one owner
            if owner is not None and s.pos[owner] == "PROPN":  # "Heineken's net income fell"
                g = _subject_frame(s, owner, self.lex, cue="", depth=0, propers=self.propers)
                name, kind = self._resolve(k, g) if g is not None else (None, None)
                if name is not None and kind == "org":
                    return [(name, kind, "either", "owner")]
            return [(None, None, things, "named")] if things else []
        many = s.tag[w] in ("NNS", "NNPS")
        if many and (s.lemma[w].lower() in self.lex.doc_nouns or s.lower[w] == "data"):
            return [(None, None, "many", "named")]  # "The figures show ...": "they" are them
        either = s.pos[w] == "PROPN" or s.lemma[w].lower() in self.lex.collective_nouns
        assert f is not None  # a name was found for it
        named = name != (f.fallback if f.kind in ("orgdesc", "orgnoun", "described") else None)
        named = named and not (f.kind == "group" and name == f.name and s.tag[w] == "NN")
        number = "many" if many else "either" if either else "one"
        return [(name, kind, number, "named" if named else "unnamed")]

    def _antecedent(
        self,
        n: int,
        *,
        gender=None,
        title=None,
        anyone=False,
        avoid=frozenset(),
        learn=True,
        recent=False,
    ) -> tuple[str | None, str | None]:
        """The latest compatible person before sentence ``n``: the speaker or subject of
        the sentence before, then a recent speaker or subject, then the latest mention; with
        ``recent``, only a speaker or subject of the two sentences before. Nobody with a name
        word in ``avoid`` fits."""
        said = self.said
        office = None

        def fits(name: str) -> bool:
            p = self.names.person(name)
            if avoid and not avoid.isdisjoint(name.split()):
                return False
            if office and office not in p.titles and not p.titles.isdisjoint(self.lex.titles):
                return False
            if anyone:
                return True
            if title is not None:  # no other office ("music mogul" or "co-author" is none),
                # nor another role ("Sophie Obadia, another lawyer for the victim" is no head)
                return title in p.titles or p.titles.isdisjoint(self.lex.titles | self.roles)
            if gender in ("m", "f") and name in self.bodies:
                return False  # "he said" after "West Brom and Aston Villa": no club speaks
            return p.gender is None or p.gender == gender

        for k in range(n - 1, max(-1, n - (2 if recent else 8)), -1):
            speaker = said[k].speaker
            later = self._later_subject(k, speaker) if k == n - 1 and gender else None
            if later and fits(later) and title is None and not anyone:
                # "Hewitt said ..., but Tennis Australia's Geoff Pollard rejected his
                # comments. / "...," he said.": the subject of the clause after the speaker's
                return self._learn(later, gender if learn else None)
            if said[k].kind == "person" and speaker is not None and fits(speaker):
                return self._learn(speaker, gender if learn else None)
            if gender is not None and self._speaks_as_one(k) and fits(speaker or ""):
                return self._learn(speaker or "", gender if learn else None)
            if said[k].kind == "role" and k >= n - 2 and title is None and not anyone:
                return said[k].speaker, "role"
            subjects = [(m, subj) for m, subj in self.mentions[k] if subj and fits(m)]
            if k == n - 1 and gender is not None and self.unknown_title[k] and not subjects:
                office = self.unknown_title[k]  # "The prime minister toured ... / He ...":
                # only someone who may hold that office, not one known by another title
            if k == n - 1 and gender is not None and title is None and not anyone:
                # "... the choice of Steven Gaydos, editor of Variety. / He predicted ...": a
                # source the sentence before introduces, unless its subject spoke just before
                new = self._introduced(k, fits)
                spoke = {said[j].speaker for j in range(max(0, n - 8), n)}
                if new and spoke.isdisjoint(m for m, _ in subjects):
                    return self._learn(new, gender if learn else None)
            if k == n - 1 and subjects and self._reported_topic(n, k, subjects, fits, gender):
                # "Coach Bob Dwyer warned that Burger needed a break. / Burger, 21, has
                # struggled. / "It's his first year," he said.": the coach goes on
                return self._learn(said[k - 1].speaker or "", gender if learn else None)
            if subjects:  # the main clause's subject first, one known to be "she" (or
                # "he") before one of no known gender ("she and Anton Dolin"), then one who
                # spoke just before ("Bee said ... / Bee, Cole and Hart won medals. / "...,"
                # he said.": Bee goes on), then the latest
                spoke = {said[j].speaker for j in range(max(0, k - 3), k)}
                best = max(
                    reversed(subjects),
                    key=lambda m: (
                        m[1],
                        gender is not None and self.names.person(m[0]).gender == gender,
                        len(subjects) > 1 and m[0] in spoke,
                    ),
                )[0]
                return self._learn(best, gender if learn else None)
        for k in range(-1 if recent else n - 1, -1, -1):  # the latest mention
            others = [m for m, _ in self.mentions[k] if fits(m)]
            if others:
                return self._learn(others[-1], gender if learn else None)
        return None, None

    def _reported_topic(self, n: int, k: int, subjects, fits, gender: str | None) -> bool:
        """Whether the narration sentence ``k`` before the quotation ``n`` is only about
        whom the speaker of the sentence before it reported on (the subject of the clause
        they reported, "Dwyer warned that Burger needed a break. / Burger, 21, has
        struggled."), and the quotation speaks of someone as "he" or "she" of the cue's
        gender: then it is about that person, and its speaker the reporter, who goes on."""
        if gender is None or k < 1 or self.said[k].type:
            return False
        before = self.said[k - 1]
        if before.kind != "person" or before.type != "indirect" or not before.speaker:
            return False
        topics = {m for m, subj in self.mentions[k - 1] if subj == 1}
        return (
            fits(before.speaker)
            and before.speaker not in topics
            and all(m in topics for m, _ in subjects)
            and _third_person(self.sents[n], gender)
        )

    def _later_subject(self, k: int, speaker: str | None) -> str | None:
        """The person named as the subject of a clause joined after the cue of sentence
        ``k``'s speaker ``speaker`` ("Hewitt said ..., but Ann Bee rejected his comments";
        "Hart said ..., while Tom Cole called it ..."): the one the sentence ends on, whom a
        "he" or "she" next goes on with. ``None`` when there is none."""
        said = self.said[k]
        if not speaker or said.kind != "person" or not said.cue:
            return None
        s = self.sents[k]
        cue = _cue_token(s, said.cue, self.lex)
        if cue is None or s.quoted[cue]:
            return None
        last = speaker.split()[-1]
        for c in s.subtree(cue):  # "while" may hang on the reported clause, by the parse
            joined = (s.dep[c] == "conj" and s.head[c] == cue) or (
                s.dep[c] == "advcl"
                and any(s.dep[m] == "mark" and s.lower[m] in _CONTRAST for m in s.children(c))
            )
            if not joined or c < cue or s.quoted[c]:
                continue
            for d in s.children(c):
                if s.dep[d] != "nsubj" or not s.ent[d].endswith("PERSON") or s.quoted[d]:
                    continue
                name = self._person_name(s, *s.ent_span(d))
                if name.split()[-1] != last:
                    return name
        return None

    def _speaks_as_one(self, k: int) -> bool:
        """Whether the speaker of sentence ``k``, a name the tagger took for a body's ("E
        Lane, writing in a blog, said: "I used to ..."), is a person after all: its own
        quotation says "I", "me" or "my", which no body says of itself, or what it reports
        opens with "he" or "she" (``_reports_self``: "Federer admitted he was ..."), and no
        word of the name is a public body's or an outlet's."""
        said, s = self.said[k], self.sents[k]
        if said.kind != "org" or said.type not in ("direct", "indirect") or not said.speaker:
            return False
        words = said.speaker.split()
        if not all(w[:1].isupper() for w in words) or _is_outlet(said.speaker, self.lex):
            return False
        if any(w.lower() in _PUBLIC_WORDS or w.lower() in self.body_nouns for w in words):
            return False
        if said.type == "indirect":  # "Federer admitted he was under pressure": of itself
            return self._reports_self(s, said)
        return any(s.quoted[t] and s.lower[t] in ("i", "me", "my") for t in range(len(s.text)))

    def _reports_self(self, s: _Sent, said: _Said) -> bool:
        """Whether the one-word subject of the cue of ``said`` in ``s`` reports of itself as
        "he" or "she": the reported clause's subject, straight after the cue or its "that",
        is that pronoun ("Federer admitted he was ...", no body says "he" of itself), and the
        sentence names no person but the subject."""
        cue = _cue_token(s, said.cue or "", self.lex)
        if cue is None or s.quoted[cue] or len((said.speaker or "").split()) != 1:
            return False
        subj = [c for c in s.children(cue) if s.dep[c] == "nsubj" and s.text[c] == said.speaker]
        if not subj or any(e.endswith("PERSON") for e in s.ent):
            return False
        for c in s.children(cue):
            if s.dep[c] != "ccomp" or c < cue:
                continue
            first = cue + 1 + (s.lower[cue + 1] == "that")
            pron = [d for d in s.children(c) if s.dep[d] in ("nsubj", "nsubjpass")]
            return bool(pron) and pron[0] == first and s.lower[first] in ("he", "she")
        return False

    def _introduced(self, k: int, fits) -> str | None:
        """The latest person that sentence ``k`` names for the first time in the article,
        introduced with a description, if they fit: in apposition ("Allen Weiner, a research
        director at Gartner"), or as who holds a role ("The show's director is Ann Bee",
        "The new chairman will be Tom Hart"). Not a person named with a clause after them
        as an object ("X paid tribute to Ann Bee, who ..."): the subject stays the topic."""
        s = self.sents[k]
        for i in range(len(s.ent) - 1, -1, -1):
            if s.ent[i] != "B-PERSON" or s.quoted[i]:
                continue
            a, b = s.ent_span(i)
            name = self._person_name(s, a, b)
            if not fits(name) or any(name == m for j in range(k) for m, _ in self.mentions[j]):
                continue
            head = _span_head(s, a, b)
            if any(s.dep[c] == "appos" and s.pos[c] == "NOUN" for c in s.children(head)):
                return name
            be = s.head[head]
            if (
                s.dep[head] == "attr"
                and s.lemma[be] == "be"
                and s.dep[be] == "ROOT"
                and not any(s.dep[c] == "neg" for c in s.children(be))
            ):
                return name  # "The musical's director is Ann Bee": introduced as the role
        return None

    def _learn(self, name: str, gender: str | None) -> tuple[str, str]:
        p = self.names.person(name)
        p.gender = p.gender or gender
        return name, "person"

    def _continue_quote(
        self, n: int, said: _Said, *, clause: bool = True, own: bool = False
    ) -> None:
        """A quotation with no reporting clause of its own: the named person or body the
        sentence is about when its own clause brings the quote in after a colon ('the
        Department of Defense justified the strike: "..."'; with ``clause`` only, when the
        sentence has no cue that failed; with ``own``, a cue whose subject no rule read
        brings it in, and nobody else's words go on into it), else the speaker just before it
        goes on, else the person the sentence before is about ('And he hit back at Labour
        claims.' / '"She is not a human shield."') when the sentence names nobody else outside
        its quote."""
        s = self.sents[n]
        lead = clause and _colon_quote(s) is not None and not _passive(s)  # not "X was asked:"
        if lead and (self._subject_speaks(n, n, said) or self._lead_subject(n, said)):
            return
        if own:  # its own cue's subject, unread ("detainee 'A' said:"): no one else's words
            subj = self._own_subject(s) or 0
            name = self._subject_name(s, subj)
            if name:
                said.speaker, said.kind = name, "person"
                return
            word = s.text[subj]
            for k in range(n - 1, max(-1, n - 3), -1):  # unless they spoke just before
                if word in (self.said[k].speaker or "").split():
                    _copy(self.said[k], said)
                    return
            said.unknown = True
            return
        if self._new_subject_speaks(n, said):
            return
        for k in range(n - 1, max(-1, n - 3), -1):
            if self.said[k].speaker and (k == n - 1 or self.said[k].type == "direct"):
                _copy(self.said[k], said)
                return
            if self.ends_colon[k] or k in self.unfound_at:
                return  # a colon-opened quotation between that its subject did not credit
        named = any(e.endswith("PERSON") and not q for e, q in zip(s.ent, s.quoted, strict=True))
        if n and not named and not self.said[n - 1].type and self._about(n - 1):
            self._subject_speaks(n, n - 1, said, people_only=True)
            p = self.names.person(said.speaker) if said.speaker else None
            if p is not None and _third_person(s, p.gender):
                said.speaker = said.kind = None  # "By 1979 he was the biggest attraction"
        if n and not said.speaker and not self.said[n - 1].type and self.docs[n - 1]:
            # "The club issued a statement on Monday. / "We are shocked ...": its maker's
            said.speaker, said.kind = self.docs[n - 1][-1][1:]
        if not said.speaker and not named and clause:
            self._topic_speaks(n, said)

    def _topic_speaks(self, n: int, said: _Said) -> None:
        """Credit the quotation of sentence ``n``, all quoted to its end, to the latest
        person who spoke in the five sentences before, when the narration in between names
        nobody ('Mr Dein said he feared too many games were shown. / Since 1992 clubs' income
        has soared. / "Television has been the driving force ..."'), unless the quotation
        speaks of them as he or she."""
        s = self.sents[n]
        for m in range(n, len(self.sents)):  # this sentence and the rest of its quotation
            t = self.sents[m]
            words = [k for k, p in enumerate(t.pos) if p not in WORDLESS_POS]
            if m > n and (not words or not t.quoted[words[0]]):
                break
            if not all(t.quoted[k] for k in words):
                return  # words of the reporter's own: "... ," Morquendi's message read.
        for k in range(n - 1, max(-1, n - 6), -1):
            if self.said[k].type == "direct" and not self.said[k].speaker:
                return  # a quotation nobody was found for: no one to go on with
            who = self.said[k].speaker if self.said[k].kind == "person" else None
            if who:
                if not _third_person(s, self.names.person(who).gender) and self._about(
                    k, reported=True
                ):
                    said.speaker, said.kind = who, "person"
                return
            t = self.sents[k]
            if not self._about(k) or any(
                e.endswith("PERSON") and not q for e, q in zip(t.ent, t.quoted, strict=True)
            ):
                return  # someone else is named in between

    def _new_subject_speaks(self, n: int, said: _Said) -> bool:
        """Credit the quotation of sentence ``n`` to the person the narration sentence before
        it names as its main subject, when a quotation by someone else came before that
        ('"..." said Ann Bee. / Coach Tom Hart was more cautious. / "We lost our shape."'),
        unless the quotation speaks of them as "he" or "she" or names them."""
        if n < 2 or self.said[n - 1].type or not self._about(n - 1):
            return False
        before = self.said[n - 2]
        if before.type != "direct" or not before.speaker:
            return False
        prev, s = self.sents[n - 1], self.sents[n]
        written = {prev.text[k] for k in range(len(prev.text)) if not prev.quoted[k]}
        people = [m for m, subj in self.mentions[n - 1] if subj == 2 and m.split()[-1] in written]
        if not people or people[-1] == before.speaker:
            return False
        p = self.names.person(people[-1])
        quoted = {s.text[k] for k in range(len(s.text)) if s.quoted[k]}
        if _third_person(s, p.gender) or not quoted.isdisjoint(people[-1].split()):
            return False
        said.speaker, said.kind = people[-1], "person"
        return True

    def _about(self, k: int, *, reported: bool = False) -> bool:
        """Whether sentence ``k`` is the reporter's narration: no "I" or "we" outside
        quotes (": Bob was the most mesmeric man I've worked with" is someone's words).
        With ``reported``, an "I" or "we" after the cue of the sentence's reported speech
        counts for nothing ("Mr Pearson picks up the theme, pointing out there are issues to
        iron out before we become cyborgs": the reporter's sentence still)."""
        s = self.sents[k]
        said = self.said[k]
        cue = None
        if reported and said.type == "indirect" and said.cue:
            cue = _cue_token(s, said.cue, self.lex)
        end = len(s.text) if cue is None else cue
        return not any(_first_person(s, t) and not s.quoted[t] for t in range(end))

    def _lead_subject(self, n: int, said: _Said) -> bool:
        """Credit the quotation of sentence ``n`` to the named person or body that is the
        subject of the clause before its colon, however the parse hung that clause on the
        quote ('the Department of Defense justified the strike: "..."')."""
        s = self.sents[n]
        colon = _colon_quote(s)
        for k in range(colon or 0):
            if s.dep[k] != "nsubj" or s.quoted[k] or s.quoted[s.head[k]] or s.head[k] > colon:
                continue
            if s.ent[k].endswith("PERSON"):
                a, b = s.ent_span(k)
                said.speaker = self._person_name(s, a, b)
                said.kind = "person"
            elif s.ent[k][2:] == "ORG":
                a, b = s.ent_span(k)
                words = _words(s, _name_start(s, a, b, self.lex), b)
                name = " ".join(words[1:] if words[0].lower() == "the" else words)
                said.speaker, said.kind = self._full_name(name, s), "org"
            return said.speaker is not None
        return False

    def _subject_speaks(self, n: int, k: int, said: _Said, *, people_only=False) -> bool:
        """Credit the quotation of sentence ``n`` to the person (or, unless
        ``people_only``, the named body) that is the main subject of sentence ``k``
        (outside any quote), if there is one."""
        people = [m for m, subj in self.mentions[k] if subj == 2]
        if people:
            said.speaker, said.kind = people[-1], "person"
        elif self.main_orgs[k] and not people_only:
            said.speaker, said.kind = self.main_orgs[k][-1], "org"
        return said.speaker is not None


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
    return [(p[0], p[1]) for p in out]
