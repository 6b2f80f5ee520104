"""Reporting clauses: cues (speech verbs, 'according to', ...) and their subjects as frames
(the frame in _frame.py; who a subject is, and the subject as written, in _subjects.py)."""

from __future__ import annotations

from .._resources import words
from ._arrays import _Sent
from ._constants import _CLAUSE, _DECLINE, _DETS, _NAME_ENTS, _SUBJ
from ._frame import (
    _ADJUDICATORS,
    _COUNTS,
    _EVIDENCE,
    _FINITE,
    _ISSUE,
    _RULINGS,
    _author,
    _document,
    _Frame,
    _issuer,
    _named_maker,
    _noun,
    _passive,
    _with_absolute,
)
from ._lexicon import _Lexicon, _lexicon
from ._names import (
    _is_outlet,
    _left_phrase,
    _name_before,
    _phrase,
    _verb_of_a_name,
)
from ._spans import (
    _ASIDE_MARKS,
    _CONTENT_VERBS,
    _JUDGING_ACTIVE,
    _REBUTTAL_VERBS,
    _apposed_cue,
    _as_in_object,
    _comma_left_out,
    _finite,
    _for_gerund,
    _inverted_subject,
    _issued_clause,
    _joined_clause,
    _joined_verb,
    _leading_comma,
    _made_clear,
    _main_clause,
    _modal,
    _opened_by_that,
    _proposition_object,
    _said_noun,
    _set_off_cue,
    _split_clause,
    _stance_adjective,
    _stance_noun,
    _subtree,
    _to_infinitive_at,
    _trailing_comma,
    _viewpoint,
    _with_stance,
)
from ._subjects import (
    _active_clause,
    _aged_modifier,
    _agent_of,
    _document_frame,
    _frame_as_written,
    _held_going_on,
    _human_noun,
    _hyphen_end,
    _outlet_named,
    _own_subject,
    _says,
    _subject_before,
    _subject_frame,
    _unnamed_reports,
    _written_subject,
)

# --- reporting clauses --------------------------------------------------------------------


_NEG = frozenset({"neg"})
_MISREAD = frozenset({"raped", "rapes", "raping"})  # the tagger's lemma is "rap", a cue


def _frames(s: _Sent, lex: _Lexicon, *, direct: bool, propers: dict | None = None) -> list[_Frame]:
    """The reporting clauses of a sentence, outside its quotations. ``propers`` maps the
    words the article uses as names to whether it ever tags them as an organisation or
    place (a capitalised subject parsed as a common noun is then read as a name)."""
    propers = propers or {}
    out = []
    opened: _Frame | None = None
    named_in: _Frame | None = None  # "In the Harbour survey, ...": a study named by its maker
    for i, lemma in enumerate(s.lemma):
        if s.quoted[i]:
            continue
        if lemma == "accord" and s.lower[i] == "according":
            to = [k for k in s.children(i) if s.lower[k] == "to"]
            objs = [k for t in to for k in s.children(t) if s.dep[k] == "pobj"]
            objs = _misread_cited(s, to, objs) or objs  # "according to blog analysis firm X"
            objs = _comma_left_out(s, objs) or objs  # "according to Bee researchers have"
            if objs and not s.quoted[objs[0]]:
                written = f"{s.text[i]} {s.text[to[0]]}"  # as written: "According to"
                frame = _cited_frame(
                    s, objs[0], lex, cue=written, depth=s.depth(i), propers=propers
                )
                if frame:
                    out.append(frame)
            continue
        if s.lower[i] in ("per", "in") and s.dep[i] == "prep":
            frame = _set_off_source(s, i, lex, propers=propers)
            if frame is not None and s.lower[i] == "per":
                out.append(frame)  # "Per the decree signed by X, ...": as "according to"
            elif frame is not None and not direct:
                opened = frame  # "In findings published by X, ...": when nothing else speaks
            elif s.lower[i] == "in" and not direct:  # "In the Harbour survey, 47% said ..."
                named_in = _set_off_source(s, i, lex, propers=propers, named=True)
            continue
        entries = lex.verbs.get(lemma)
        issued = _issued_content(s, i, lex) if lemma in _ISSUE else None
        if issued is None and (not entries or lemma in _REBUTTAL_VERBS):
            issued = _noun_cue(s, i)  # "made requests for", "rejected calls for"
        made = None if issued else _made_clear(s, i)  # "made it clear that ..."
        if made is not None:
            issued = " ".join(s.text[i : made[0] + 1])  # as written: "made it clear"
        said_in = None if direct else _said_in(s, i)  # "In his speech, Mr Gates referred to"
        if not (entries or issued or said_in) or s.lower[i] in _MISREAD:
            continue
        if _verb_of_a_name(s, i, propers):
            continue  # "Ask Jeeves has become ...": the firm's name, no one asks
        misread = _read_misparsed(s, i)  # 'The summary of the decision read: "..."'
        if misread is None:
            misread = _apposed_cue(s, i)  # "X, a UN rapporteur ..., cautioned [justice ...]"
        joined = _joined_verb(s, i)  # "X has indexed 5bn pages and claims [to update ...]"
        if misread is None and joined is not None:
            misread = next((k for k in s.children(joined) if s.dep[k] in _SUBJ), None)
        if not (_verbal(s, i) or misread is not None):
            continue
        x = s.head[i] if s.dep[i] == "conj" and s.tag[i] == "VB" else i  # "to confirm or deny"
        if s.dep[x] == "xcomp" and (
            s.lemma[s.head[x]] in _DECLINE
            or any(s.lower[k] == "yet" for k in s.children(s.head[x]))
        ):
            continue  # "declined to comment", "has yet to comment" report no statement
        if lemma == "tell" and s.lower[i + 1 : i + 2] == ["to"] and s.tag[i + 2 : i + 3] == ["VB"]:
            continue  # "Blair told to double aid": a headline's passive, nobody tells here
        if _misread_base(s, i):
            continue  # "with firms driving down prices and demand dipping": a noun
        if _reduced_passive(s, i):
            continue  # "Hurricane Maria, estimated to have done $90bn of damage": nobody's
        if _infinitive_of_noun(s, i):
            continue  # "a way for people to express opinions": what may be said, not said
        if s.dep[i] == "ROOT" and any(s.lower[k] == "to" for k in s.children(i) if k < i):
            continue  # a headline's "BMW to recall faulty cars": what is to come
        if any(s.dep[k] in _NEG for k in s.children(i)):
            continue  # "did not comment", "never said"
        described = s.tag[i] == "VBN" and s.dep[i] in ("amod", "acl")
        if described and _split_perfect(s, i) is None and misread is None:
            continue  # a participle describing a noun: "the Walkman branded phone"
        if lemma in _ACTIVE_ONLY and _passive(s, i) and not _agent_now(s, i):
            continue  # "Blair is tipped to ask ...", "with Duff ruled out of the match"
        if not direct and _background(s, i):
            continue  # "..., after MPs criticised the plan": what happened before
        if _conditional(s, i):
            continue  # "if he comes out and says he is happy": nothing said yet
        if not direct and _caused(s, i):
            continue  # "won its fight to make three bloggers reveal who told them": not yet
        if not direct and _names_question(s, i):
            continue  # "reported which region of the brain was crucial": not what it was
        if not direct and any(s.lower[k] in _MAYBE for k in s.children(i) if s.dep[k] == "aux"):
            continue  # "critics may argue that ...", "he might have said": not said
        if _irrealis_infinitive(s, i):
            continue  # "was visiting the region to stress ...", "are looking to portray": meant
        if not direct and _object_relative_cue(s, i):
            continue  # "a plan that Ann Bee proposed": the noun described, not a statement
        if not direct and _headline_repeat(s, i):
            continue  # "Bee claims new record Sprinter Ann Bee broke ...": a glued headline
        if not direct and _perceived(s, i):
            continue  # "They equipped the horses and observed that ...": what was seen
        if lemma in _PLAIN_ACTS and _plain_act(s, i, lex):
            continue  # "because users encouraged others to try it", "seems to accept"
        cue = issued or (_match_cue(s, i, entries, direct=direct) if entries else None)
        cue = cue or said_in
        if cue is None:
            continue
        agent = _agent_of(s, i)
        subj = _subject_of(s, i) if agent is None else agent
        if subj is None:  # "Ask Jeeves said": a name the parse took for a clause
            clauses = (k for k in s.children(i) if s.dep[k] == "csubj" and k < i)
            subj = next((k for k in clauses if _verb_of_a_name(s, k, propers)), None)
        if joined is not None and misread is not None:
            subj = misread  # "The striker signed X and claims ...": the striker, not X
        if subj is None:
            subj = _issued_by(s, i)  # "the city issued a statement announcing ..."
        if subj is None:
            subj = misread
        main = _main_subject(s, i)  # "X rejected the claim, saying ...": X speaks
        if subj is None:
            subj = main
        told = None
        by_object = lemma == "quote" or (lemma == "cite" and _as_saying(s, i))
        if by_object:
            # "the paper quotes a source close to the firm", "the BBC cited X as saying"
            obj = next((k for k in s.children(i) if s.dep[k] in ("dobj", "nsubjpass")), None)
            subj, told = obj, subj
        if subj is not None and s.quoted[subj]:
            subj = None
        frame = None
        near = None
        if s.dep[i] == "conj" and agent is None and not by_object and not _own_subject(s, i):
            near = _subject_before(s, i, lex)  # "A met B and Kirwan says": not A's words
        if near is not None:
            frame = _frame_as_written(s, near, i, lex, cue=cue, direct=direct, propers=propers)
        if frame is None and subj is not None:
            antecedent = s.dep[i] == "relcl" and subj == s.head[i]  # "X, which said": X
            frame = _subject_frame(  # must be someone; a quoted object too ("quoted its plan")
                s,
                subj,
                lex,
                cue=cue,
                depth=s.depth(i),
                direct=direct and not by_object and not antecedent,
                propers=propers,
                says=not by_object and _says(s, i, subj, direct=direct),
            )
        elif by_object:
            continue
        # "X rejected the claim that Y had been sidelined, saying ...", hung under Y's clause
        if frame is None and not by_object and main not in (None, subj):
            frame = _subject_frame(
                s, main, lex, cue=cue, depth=s.depth(i), direct=direct, propers=propers
            )
        if frame is None and agent is None and not by_object and not _own_subject(s, i):
            shown = _written_subject(s, i, lex)  # ", said Mr Doctorow,", ", say analysts,"
            if shown is not None and shown != near:
                frame = _frame_as_written(
                    s, shown, i, lex, cue=cue, direct=direct, propers=propers
                )
        if frame is None:
            continue
        if by_object and told is not None:
            by = _subject_frame(s, told, lex, cue=cue, depth=0)
            frame.told = by.name if by and by.kind == "outlet" else None
        if lemma == "tell":
            for k in s.children(i):
                if s.dep[k] in ("dobj", "dative") and not s.quoted[k]:
                    heard = _subject_frame(s, k, lex, cue=cue, depth=0)
                    if heard and heard.kind == "outlet":
                        frame.told = heard.name
        if lemma == "speak":  # "spoke to the BBC Sport website about ..."
            for t in s.children(i):
                objs = [o for o in s.children(t) if s.dep[o] == "pobj" and not s.quoted[o]]
                if s.lower[t] == "to" and objs:
                    heard = _subject_frame(s, objs[0], lex, cue=cue, depth=0)
                    if heard and heard.kind == "outlet":
                        frame.told = heard.name
        frame.verb = i
        # "They found ...": a finding only when "they" are researchers, "it" a study
        if frame.kind == "pronoun" and _pronoun_finds(s, i):
            frame.finding = lemma
        out.append(frame)
    if opened is not None and not out:
        out.append(opened)
    elif (source := opened or named_in) is not None:  # "In the X survey, 47% said ...": X's
        shares = [k for k, w in enumerate(s.lemma) if w in lex.verbs and _share_says(s, k)]
        if shares and (not out or any(f.verb in shares for f in out)):
            out.insert(0, source)
    if direct and len(out) > 1:  # "He accused X of ..., but Parry explained: "...": the
        for f in out:  # named speaker of the cue whose clause is the quotation speaks it
            named = f.kind in ("person", "propn", "org") and f.verb >= 0
            if named and s.dep[f.verb] in ("ROOT", "conj", "parataxis") and any(
                s.dep[k] in _CLAUSE and s.quoted[k] for k in s.children(f.verb)
            ):
                f.depth = -1
    if not direct and not any(f.cue.lower() == "according to" for f in out):
        # "According to X, Y were optimistic that ...": X's report of Y's stance
        out += _stance_frames(s, lex, propers)
    if direct:  # the quotation's own cue says whose it is ('the book claimed that X told Y:
        out = _unless_named(out)  # "..."': X's, not the book's, nor its author's)
        out = [f for f in out if f.verb < 0 or not _document_subject(s, f.verb)] or out
    return _unless_named(_outermost(s, out))


# what a sentence may open with as its source, "In <document> by X, ...": findings, reports
# and rulings that state what the clause after them says
_OPENING_DOCUMENTS = frozenset(
    {"finding", "findings", "report", "study", "survey", "analysis", "research", "paper"}
    | {"review", "assessment", "audit", "poll", "ruling", "judgment", "judgement", "decree"}
)


# shares of those a survey asked, as the subject of what they said ("29% of the people",
# "a third of voters", "one in five")
_SHARES = frozenset({"%", "percent", "per", "half", "third", "quarter", "fifth", "tenth"})
_SHARES |= {"majority", "minority"}


def _share_says(s: _Sent, i: int) -> bool:
    """Whether main verb ``i`` has for subject a share of people counted ("29% of the people
    it questioned said", "a third said", "one in five said"): the answers of a survey that a
    cited source reports, not a speaker of its own."""
    if not 0 <= i < len(s.text) or s.dep[i] != "ROOT":
        return False
    subj = next((k for k in s.children(i) if s.dep[k] == "nsubj"), None)
    if subj is None or s.quoted[subj]:
        return False
    return s.lower[subj] in _SHARES or s.ent[subj][2:] == "PERCENT" or s.pos[subj] == "NUM"


def _set_off_source(
    s: _Sent, i: int, lex: _Lexicon, *, propers: dict, named: bool = False
) -> _Frame | None:
    """The source of a sentence opened by preposition ``i`` and its phrase set off by a
    comma: "Per the decree signed by X, ..." and "Per numbers reported by the Associated
    Press, ..." credit as "according to" does; "In findings published by a team from X,
    ..." and "In a report of the agency, ..." credit the document's maker, named after it
    (``_author``). ``None`` otherwise: "per cent", "$5 per person", "In the report, ..."
    (no maker named) or a phrase not opening the sentence. With ``named`` a survey or poll
    with its maker's name before it ("In the Harbour survey, ...") counts too."""
    if any(s.pos[k] not in ("PUNCT", "SPACE") for k in range(i)):
        return None  # the phrase opens the sentence
    end = _set_off_end(s, i)
    if end is None or s.head[i] < end or s.pos[s.head[i]] not in ("VERB", "AUX"):
        return None  # set off by a comma before the clause it is the source of
    objs = [k for k in s.children(i) if s.dep[k] == "pobj" and not s.quoted[k]]
    if not objs:  # the parse took the noun for the clause's subject: "Per numbers [nsubj]"
        objs = [k for k in range(i + 1, end) if s.pos[k] in ("NOUN", "PROPN")][:1]
        objs = [k for k in objs if s.dep[k] not in ("compound", "amod", "poss")]
    if len(objs) != 1 or objs[0] >= end or s.quoted[objs[0]]:
        return None
    o = objs[0]
    cue = f"{s.text[i]}"
    if s.lower[i] == "per":
        cited = _noun(s, o) in lex.doc_nouns | lex.record_nouns | _EVIDENCE
        named = s.ent[o][2:] in _NAME_ENTS  # "Per the AP, ..."
        if _bare_singular(s, o) or not (cited or named):
            return None  # "per person", "per year": a rate, nobody's words
        return _cited_frame(s, o, lex, cue=cue, depth=s.depth(i), propers=propers)
    polled = named and _noun(s, o) in ("survey", "poll") and _named_maker(s, o)
    if _noun(s, o) not in _OPENING_DOCUMENTS or (_author(s, o) is None and not polled):
        return None
    return _document_frame(s, o, lex, cue=cue, depth=s.depth(i), propers=propers)


def _set_off_end(s: _Sent, i: int) -> int | None:
    """The comma that ends the phrase opened by preposition ``i`` ("Per the decree signed by
    X, ..."), within a phrase's length and with no quotation before it; else ``None``."""
    for k in range(i + 1, min(len(s.text), i + 25)):
        if s.quoted[k]:
            return None
        if s.text[k] == ",":
            return k
    return None


def _misread_cited(s: _Sent, to: list[int], objs: list[int]) -> list[int]:
    """The name that ends the phrase after "according to" when the parse split the
    description before it from the name ("according to blog analysis firm Technorati, ...",
    with "blog" read as a gerund and no object for "to", or "analysis" as its object and the
    name hung elsewhere): the proper noun just before the comma, colon or full stop that
    closes the phrase, outside the object's phrase, after words of a description only
    (nouns, adjectives, a misread gerund); else no token."""
    if len(to) != 1:
        return []
    t = to[0]
    end = next((k for k in range(t + 1, len(s.text)) if s.text[k] in (",", ";", ":", ".")), None)
    if end is None or end - t > 8 or s.pos[end - 1] != "PROPN" or s.quoted[end - 1]:
        return []
    if objs and (end - 1 in _subtree(s, objs[0]) or s.pos[objs[0]] != "NOUN"):
        return []  # the parse's own object reaches the name: it is read already
    if not objs and not any(s.dep[k] == "pcomp" for k in s.children(t)):
        return []
    words = ("NOUN", "ADJ", "PROPN")
    if any(s.pos[k] not in words and s.dep[k] != "pcomp" for k in range(t + 1, end)):
        return []  # "according to reports filed by X": a clause, not a description
    return [end - 1]


# what a bare reporting clause may have besides its subject: time, place, manner, the hearer
_BARE_REPORT = frozenset({"nsubj", "aux", "advmod", "npadvmod", "prep", "punct", "cc"})


def _nothing_reported(s: _Sent, frames: list[_Frame]) -> bool:
    """Whether sentence ``s`` (no quotation in it) is only a reporting clause: each cue is a
    verb of saying that may stand alone (``needs = "any"`` in ``speech_verbs.toml``: "say",
    "tell", "ask", ...) as the sentence's main verb with its subject and at most the hearer
    and a manner (for "say" and "tell" also a time or a place), and nothing said
    ("Dechy said.", "he asked.", "On Thursday, Ann Bee told BBC Radio 4's Today programme",
    "She told the world via Twitter."). The words are in a sentence next to it (the
    quotation it closes, cut off by its question mark, or the one it introduces): this one
    is narration. Its cue still credits the quotation before it (``_bare_attribution``)."""
    if not frames or any(s.quoted):
        return False
    verbs = _lexicon().verbs
    for f in frames:
        v = f.verb
        if v < 0 or s.dep[v] != "ROOT" or ((), "") not in verbs.get(s.lemma[v], ()):
            return False
        hearer = s.lemma[v] in ("tell", "ask")  # "Mr Bee told reporters.", "she asked him."
        allowed = _BARE_REPORT | ({"dobj", "dative"} if hearer else set())
        if s.lemma[v] not in ("say", "tell"):  # "cautioned against optimism", "predict
            allowed = allowed - {"prep", "npadvmod"}  # landfall Saturday": what was said
        if any(s.dep[k] not in allowed for k in s.children(v)):
            return False
        own = {k for k in s.children(v) if s.dep[k] == "aux"} | {v}
        if any(  # "told the BBC Today programme [that] X was ...": the clause, misparsed
            s.pos[k] in ("VERB", "AUX") and k not in own and s.dep[k] not in ("amod", "compound")
            for k in range(len(s.text))
        ):
            return False
    return True


# verbs of saying that news also writes for an act or a stance with no words:
# "encouraged older people to try it", "accepted the offer", "welcomed the move",
# "underlined its growing role", "shared a photo". With their content they report speech,
# but not as a reason given ("This was because users encouraged ..."), not as the
# reporter's guess ("He seems to accept that ..."), and not where a participle cue under
# them says the words ("welcomed the move, saying ...", "underlined the call by saying
# "...""); a quotation in the sentence is no clause of theirs ('"...?" X accepted Y had
# no option')
_PLAIN_ACTS = frozenset(
    {"encourage", "accept", "request", "share", "welcome", "underline", "underscore"}
)
_REASONS = frozenset({"because", "since", "as"})
_GUESSED = frozenset({"seem", "appear"})


def _plain_act(s: _Sent, i: int, lex: _Lexicon) -> bool:
    """Whether cue ``i`` (one of :data:`_PLAIN_ACTS`) reports an act, not words (above)."""
    h = s.head[i]
    if s.dep[i] == "xcomp" and s.lemma[h] in _GUESSED:
        return True
    if s.dep[i] == "advcl" and any(
        s.dep[k] == "mark" and s.lower[k] in _REASONS for k in s.children(i)
    ):
        return True
    if s.dep[i] == "ccomp" and s.lemma[h] == "be" and any(
        s.lower[k] == "because" for k in s.children(i)
    ):
        return True  # "This was because younger users ... encouraged ...", parsed so
    for k in s.children(i):
        if s.dep[k] not in ("advcl", "prep") or k < i:
            continue
        cues = [k] + [m for m in s.children(k) if s.dep[m] == "pcomp"]  # "by saying"
        if any(s.tag[m] == "VBG" and s.lemma[m] in lex.verbs for m in cues):
            return True
    return False


def _misread_base(s: _Sent, i: int) -> bool:
    """Whether cue ``i``, tagged as a verb's base form, is joined to a verb of another form
    with nothing that takes a base form (no "to", modal or "do" of its own or of the verb
    it is joined to): "with firms driving down prices and demand dipping", where "demand" is
    the noun subject of "dipping", misread. A base form is joined to a base form ("would
    come and say", "to stop and say")."""
    if s.tag[i] != "VB" or s.dep[i] != "conj":
        return False
    h = s.head[i]
    if s.tag[h] in ("VB", "VBP") or s.pos[h] not in ("VERB", "AUX"):
        return False
    return not any(s.dep[k] == "aux" for k in s.children(i) + s.children(h))


def _reduced_passive(s: _Sent, i: int) -> bool:
    """Whether cue ``i`` is a passive participle with no "be" set after a comma ("Hurricane
    Maria, estimated to have done $90bn in damage, ...", "the man, said to be 40, ..."),
    however the parse took it: no subject, auxiliary, object or agent of its own and a "to"
    infinitive right after it. Agentless, like "it is estimated that ...": no one's statement."""
    if s.dep[i] not in ("advcl", "acl") or s.tag[i] not in ("VBD", "VBN"):
        return False
    if i == 0 or s.text[i - 1] != ",":
        return False
    kids = s.children(i)
    if any(s.dep[k] in ("nsubj", "nsubjpass", "aux", "auxpass", "agent", "dobj") for k in kids):
        return False
    return s.lower[i + 1 : i + 2] == ["to"] and any(  # right after it: "estimated to", not
        k > i and _to_infinitive_at(s, k, ("xcomp",)) for k in kids  # "called on X to"
    )


def _read_misparsed(s: _Sent, i: int) -> int | None:
    """The noun that is the subject of "read" at ``i`` when the parse took the verb for a
    participle or a noun, in a sentence with no other verb outside its quotation: before
    the quotation, a participle describing the noun before it or a noun after a
    preposition ('The summary of the decision read in part: "..."', 'The statement on the
    death read: "..."'), whose subject is the head of the noun phrase ("summary",
    "statement"); after it, a noun ending the sentence ('"...," a BBC statement read.',
    '"...," Ann's message read.'), whose subject is the noun before it. Else ``None``."""
    if s.lower[i] != "read" or s.quoted[i] or (s.pos[i] in ("VERB", "AUX") and s.dep[i] != "acl"):
        return None
    if any(s.pos[k] in ("VERB", "AUX") and not s.quoted[k] and k != i for k in range(len(s.text))):
        return None
    if s.pos[i] == "NOUN" and s.dep[i] == "ROOT":  # '"...," a BBC statement read.'
        if any(s.pos[k] != "PUNCT" for k in range(i + 1, len(s.text))):
            return None
        if not any(s.quoted[k] for k in range(i)):
            return None
        subj = [k for k in s.children(i) if s.dep[k] == "nsubj" and k < i]
        k = subj[0] if subj else i - 1
        if s.pos[k] != "NOUN" or s.dep[k] not in ("nsubj", "compound"):
            return None
        owner = [o for o in s.children(i) if s.dep[o] == "poss" and s.pos[o] == "PROPN"]
        return owner[0] if owner and not subj else k  # '"...," Ann's message read.': Ann
    if (s.tag[i], s.dep[i]) != ("VBN", "acl") and not (s.pos[i] == "NOUN" and s.dep[i] == "pobj"):
        return None
    root = i if s.pos[i] == "NOUN" else s.head[i]
    while s.dep[root] in ("pobj", "prep") and s.head[root] != root:
        root = s.head[root]  # "the summary of [the decision]"
    if s.dep[root] not in ("ROOT", "nsubj") or s.pos[root] not in ("NOUN", "PROPN"):
        return None
    if root >= i or s.quoted[root]:
        return None
    after = [k for k in range(i + 1, len(s.text)) if not s.quoted[k]]
    first = next((k for k in range(i + 1, len(s.text)) if s.quoted[k]), None)
    if first is None or any(s.pos[k] not in ("ADP", "NOUN", "PUNCT") for k in after if k < first):
        return None  # "in part", a colon or a comma, then the quotation
    return root


def _unless_named(frames: list[_Frame]) -> list[_Frame]:
    """``frames`` without the subjects kept as written when another cue names someone: a
    subject as written is the speaker only when nobody else is."""
    named = [f for f in frames if f.kind != "written"]
    return named or frames


def _under_cue(s: _Sent, i: int, lex: _Lexicon, *, unsaid: bool = False) -> bool:
    """Whether token ``i`` is inside the clause of a verb of saying (its ancestor); with
    ``unsaid``, not counting a passive with no agent ("The site is thought to have closed
    after an announcement by X that ...": nobody says it, X's words are X's)."""
    k, steps = i, 0
    while s.head[k] != k and steps < 30:
        k, steps = s.head[k], steps + 1
        if s.lemma[k] in lex.verbs and s.pos[k] in ("VERB", "AUX") and not s.quoted[k]:
            if unsaid and _passive(s, k) and _agent_of(s, k) is None:
                continue
            return True
    return False


# stance adjectives that "it" may take with no one holding the stance ("it is certain that
# ...", "it is doubtful whether ..."); the others need someone who holds it
_IMPERSONAL = frozenset({"certain", "sure", "doubtful", "positive", "unclear", "clear"})

# a possessive pronoun as the pronoun that stands for its possessor ("his view" -> "he")
_POSSESSIVE = {"his": "he", "her": "she", "their": "they", "its": "it"}


def _stance_frames(s: _Sent, lex: _Lexicon, propers: dict) -> list[_Frame]:
    """Stances stated with their content, which report what someone holds as a verb of
    saying would: an adjective of a stance with a clause ("Safin is hopeful that ...",
    "analysts are confident the rally will last"), a possessor's stance noun with a copula
    ("His main concern is "privacy"", "The bank's view is that ..."), and an opening that
    names whose view the sentence gives ("In his view, ...", "For many analysts, ...").
    The cue is the adjective, noun or preposition as written."""
    out = []
    for i in range(len(s.text)):
        if s.quoted[i]:
            continue
        holder = None
        adj = _stance_adjective(s, i)
        if adj is not None:
            subj = [k for k in s.children(adj[0]) if s.dep[k] in _SUBJ and not s.quoted[k]]
            impersonal = s.lower[i] in _IMPERSONAL  # "it is certain that": nobody's;
            if subj and (s.lower[subj[0]] != "it" or not impersonal):  # "It is concerned
                holder = subj[0]  # that ...": only a body can be concerned
        absolute = None if adj else _with_stance(s, i)  # "with many investors optimistic
        if absolute is not None:  # that ..."
            holder = absolute[0]
            adj = absolute
        noun = None if adj else _stance_noun(s, i)
        if noun is not None:
            holder = noun[0]
        said = None if adj or noun else _said_noun(s, i)  # "his claim that ...", "an
        if said is not None and not _if_clause(s, i):  # announcement by X that ...", "made
            holder = _bound_owner(s, i, _partitive(s, said[0]))  # an announcement that"
        view = None if adj or noun or said else _viewpoint(s, i)
        if view is not None:
            holder = view[0]
        if holder is None or _under_cue(s, i, lex, unsaid=said is not None):
            continue  # "He said Boro are confident of ...": his words, not Boro's
        depth = s.depth(i)
        if s.lower[holder] in _POSSESSIVE:
            out.append(_Frame(s.text[i], "pronoun", _POSSESSIVE[s.lower[holder]], depth, verb=i))
            continue
        frame = _subject_frame(s, holder, lex, cue=s.text[i], depth=depth, propers=propers)
        if frame is None or frame.kind in ("orgnoun", "document", "docref"):
            continue
        if view is not None and s.lower[i] == "for" and frame.kind not in ("group", "role"):
            continue  # "For many analysts, ...": people by what they do, not "for years"
        frame.verb = i
        out.append(frame)
    return out


def _bound_owner(s: _Sent, n: int, owner: int) -> int:
    """The named subject of the clause that noun ``n`` is in when its possessor ``owner`` is
    a possessive pronoun that agrees with it ("Mourinho faces an inquiry into [his]
    allegation that ...": Mourinho's; "Acme defended [its] warning that ...": Acme's);
    else ``owner``."""
    if s.lower[owner] not in _POSSESSIVE:
        return owner
    v, steps = n, 0
    while s.pos[v] not in ("VERB", "AUX") and s.head[v] != v and steps < 30:
        v, steps = s.head[v], steps + 1
    subj = [k for k in s.children(v) if s.dep[k] == "nsubj" and k < n and not s.quoted[k]]
    if not subj or s.pos[subj[0]] != "PROPN":
        return owner
    ent = s.ent[subj[0]][2:]
    if (ent or "PERSON") != "PERSON" if s.lower[owner] in ("his", "her") else ent == "PERSON":
        return owner  # "Sony faces ... his claim", "Ann Bee ... its claim": another's
    return subj[0]


def _if_clause(s: _Sent, i: int) -> bool:
    """Whether token ``i`` is inside a clause of condition ("If he keeps his promise to
    ...", "unless its claim that ... holds"): what may be, not what was said."""
    k, steps = i, 0
    while s.head[k] != k and steps < 30:
        k, steps = s.head[k], steps + 1
        if s.pos[k] in ("VERB", "AUX") and _conditional(s, k):
            return True
    return False


def _verbal(s: _Sent, i: int) -> bool:
    """Whether token ``i`` is a verb: tagged so, or a noun with a pronoun for subject, which
    only a verb the tagger misread has (", they reason, could ..."), or a noun with a
    subject and, right before it, an auxiliary "do" or a modal of its own: the verb after
    an emphatic or questioning "do" or a modal, misread as a noun ("Wardle did stress that
    ...", "the firm does claim that ...", "she will comment that ...")."""
    if s.pos[i] in ("VERB", "AUX"):
        return True
    return s.pos[i] == "NOUN" and (
        any(s.dep[k] == "nsubj" and s.tag[k] == "PRP" and k < i for k in s.children(i))
        or _joined_verb(s, i) is not None
        or _after_auxiliary(s, i)
    )


def _after_auxiliary(s: _Sent, i: int) -> bool:
    """Whether noun ``i`` has an auxiliary "do" or a modal as its own child before it, and a
    subject before that (hung on the noun or on the auxiliary), the auxiliary right before
    it or after an adverb ("did stress", "did also stress", "may well claim"): only a verb
    has them."""
    kids = s.children(i)
    aux = [
        k for k in kids
        if k < i and s.dep[k] == "aux" and (s.lemma[k] == "do" or s.tag[k] == "MD")
    ]
    if not aux or not any(s.dep[k] in _SUBJ and k < aux[0] for k in kids + s.children(aux[0])):
        return False
    return all(s.pos[k] in ("ADV", "PART") for k in range(aux[-1] + 1, i))


def _issued_by(s: _Sent, i: int) -> int | None:
    """Who speaks through a document that participle cue ``i`` describes ("the city issued
    a statement announcing ...", "researchers posted findings estimating ..."): the subject
    that issued it, else the document itself ("a statement saying ... was read out");
    ``None`` when ``i`` describes no document."""
    n = s.head[i]
    if s.dep[i] != "acl" or s.tag[i] != "VBG" or n == i or s.pos[n] != "NOUN":
        return None
    if _noun(s, n) not in _lexicon().doc_nouns:
        return None
    issuer = _issuer(s, n)
    return n if issuer is None else issuer


def _outermost(s: _Sent, frames: list[_Frame]) -> list[_Frame]:
    """The frames whose cue is not inside another cue's clause: in "He went on to say the
    club would appeal", the club's appeal is what he said, not a second statement. An
    outlet's clause keeps its speaker ("He spoke highly of X, Xinhua reported": his words,
    reported by Xinhua), and so does the clause of a subject that may name nobody (a
    misparse's "the council tax appealed")."""
    # a subject as written is strong too: "A new book says the minister promised ...": the
    # book's words
    strong = {"person", "propn", "org", "pronoun", "title", "role", "group", "description"}
    strong |= {"written"}
    verbs = {f.verb for f in frames if f.verb >= 0 and f.kind in strong}
    if len(verbs) < 1 or len(frames) < 2:
        return frames
    clauses = [c for v in verbs for c in s.children(v) if s.dep[c] in _CLAUSE]
    inside = set().union(*(_subtree(s, c) for c in clauses))
    return [f for f in frames if f.verb not in inside]


def _infinitive_of_noun(s: _Sent, i: int) -> bool:
    """Whether cue ``i`` is a "to" infinitive describing a noun, or joined to one ("a way
    for people to talk about their lives and express opinions")."""
    v = s.head[i] if s.dep[i] == "conj" else i
    return s.dep[v] in ("acl", "relcl") and any(
        s.dep[k] == "aux" and s.lower[k] == "to" for k in s.children(v)
    )


_BACKGROUND = frozenset({"after", "before", "since", "until", "once"})
_CONDITION = frozenset({"if", "unless"})


def _conditional(s: _Sent, i: int) -> bool:
    """Whether cue ``i`` is in a clause of condition ("if he says yes", "The key is if X
    comes out and says ...", "unless the minister confirms it"): speech that may happen,
    not speech reported. A comma between the "if" and the cue leaves the cue outside the
    condition, however the parse hung it ("... if orders were defied, Lord Bee said")."""
    v = i
    while s.dep[v] == "conj" and s.head[v] != v:
        v = s.head[v]
    if s.dep[v] not in ("advcl", "ccomp", "csubj"):
        return False
    return any(
        s.dep[k] == "mark"
        and s.lower[k] in _CONDITION
        and not any(s.pos[m] == "PUNCT" for m in range(k + 1, i))
        for k in s.children(v)
    )


def _background(s: _Sent, i: int) -> bool:
    """Whether cue ``i`` is in a time clause of a verb that is no cue and says nothing of
    its own ("the party put on a show of unity after MPs criticised its leaders"):
    background, not a statement. With its content ("after Ms Bee said prices would rise")
    it is one."""
    if s.dep[i] != "advcl" or s.head[i] == i or any(s.dep[k] in _CLAUSE for k in s.children(i)):
        return False
    if not any(s.dep[k] == "mark" and s.lower[k] in _BACKGROUND for k in s.children(i)):
        return False
    h = s.head[i]  # a cue only with its phrase's words: "put on a show" is no "put down to"
    near = {s.lower[k] for k in _subtree(s, h)} | {s.lemma[k].lower() for k in s.children(h)}
    entries = _lexicon().verbs.get(s.lemma[h], [])
    return not any(all(p in near for p in particles) for particles, _ in entries)


def _cited_frame(
    s: _Sent, j: int, lex: _Lexicon, *, cue: str, depth: int, propers: dict
) -> _Frame | None:
    """What "according to" credits: the phrase at ``j``, or for a document ("state press
    reports", "research from the bank") who made it. A name set off by commas after a common
    noun names it ("according to analysts, TDG Research, ...")."""
    j = _part_of_document(s, j)  # "according to the final instalment of his review"
    named = _comma_name(s, j)
    if named != j or not _document(s, j):
        frame = _subject_frame(s, named, lex, cue=cue, depth=depth, propers=propers)
        cited = named == j and s.pos[j] == "NOUN" and _noun(s, j) in lex.record_nouns
        if not cited or (frame is not None and frame.kind not in ("described", "orgnoun")):
            return frame  # "according to its website": the outlet noun's own reading
        if _bare_singular(s, j):
            return None  # "according to schedule": as planned, nobody's words
        owner = next((k for k in s.children(j) if s.dep[k] == "poss"), None)
        if owner is not None and s.lower[owner] in _OWNERS:
            return _owners_record(s, j, owner, lex, cue=cue, depth=depth, propers=propers)
    owner = next((k for k in s.children(j) if s.dep[k] == "poss"), None)
    if owner is not None and s.lower[owner] in _OWNERS and cue.lower() == "according to":
        f = _owners_record(s, j, owner, lex, cue=cue, depth=depth, propers=propers)
        if f is not None and f.kind != "pronoun":  # "According to its press release, the
            return f  # NBA was ...": the body named as the clause's subject
    if _author(s, j) is None and _unnamed_reports(s, j, lex):
        return None  # "according to press reports": hearsay, no source
    if _author(s, j) is None:
        body = [
            k
            for k in _left_phrase(s, j)[:-1]
            if s.lower[k] not in _DETS and not s.ent[k].endswith("DATE")  # "a 2019 X poll"
        ]
        if _noun(s, j) == "release" and body and s.lower[body[-1]] == "press":
            body = body[:-1]  # "its press release", "a NATO press release": no outlet's
        text = _phrase(s, body) if body else ""
        if text and _is_outlet(text, lex):  # "a Reuters news agency report": Reuters
            return _Frame(cue, "outlet", text, depth, bare=_outlet_named(s, body, lex))
        if any(s.ent[k][2:] in _NAME_ENTS or s.pos[k] == "PROPN" for k in body):
            return _Frame(cue, "org", text, depth)
    if _noun(s, j) in _EVIDENCE and _author(s, j) is None:
        return None  # "according to official figures": evidence, not a source's words
    return _document_frame(s, j, lex, cue=cue, depth=depth, propers=propers)


_OWNERS = {"his": "he", "her": "she", "its": "it", "their": "they"}  # whose pronoun

# parts of a document that speak for it ("the final instalment of his review", "a chapter of
# the book", "the latest edition of the survey", "a draft of the report")
_DOCUMENT_PARTS = frozenset(
    {"instalment", "installment", "part", "section", "chapter", "volume", "edition", "draft"}
    | {"version", "extract", "excerpt", "page", "passage", "paragraph", "appendix", "annex"}
)


def _part_of_document(s: _Sent, j: int) -> int:
    """The document that part ``j`` is of ("the final instalment of [his review]", "a
    chapter of [the book]"), else ``j``."""
    if s.lemma[j].lower() not in _DOCUMENT_PARTS:
        return j
    for p in s.children(j):
        if s.dep[p] == "prep" and s.lower[p] == "of" and p > j:
            objs = [o for o in s.children(p) if s.dep[o] == "pobj" and not s.quoted[o]]
            if objs and s.pos[objs[0]] == "NOUN" and _document(s, objs[0]):
                return objs[0]
    return j


def _owners_record(
    s: _Sent, j: int, owner: int, lex: _Lexicon, *, cue: str, depth: int, propers: dict
) -> _Frame | None:
    """Who speaks in "according to her memoirs" (record ``j`` owned by pronoun ``owner``):
    the named subject of the clause it is hung on ("Ann Bee married twice but, according to
    her memoirs, ..."), else whom the pronoun stands for."""
    cited = s.head[s.head[j]]  # record <- "to" <- "according"
    clause = s.head[cited]
    subj = _subject_of(s, clause) if clause != cited else None
    if subj is not None and s.pos[subj] == "PROPN" and not s.quoted[subj]:
        return _subject_frame(s, subj, lex, cue=cue, depth=depth, propers=propers)
    return _Frame(cue, "pronoun", _OWNERS[s.lower[owner]], depth)


def _bare_singular(s: _Sent, j: int) -> bool:
    """Whether noun ``j`` is a singular with nothing before it ("schedule" of "according to
    schedule", "tradition"): an idiom, not a thing someone made."""
    return s.tag[j] == "NN" and not any(k < j for k in s.children(j))


def _issued_content(s: _Sent, i: int, lex: _Lexicon) -> str | None:
    """The cue as written ("issued a statement") when verb of issuing ``i`` issues a
    statement or warning with what it says (:func:`_issued_clause`); else ``None``."""
    found = _issued_clause(s, i, lex)
    return None if found is None else " ".join(s.text[k] for k in range(i, found[0] + 1))


# what someone says something in: "In a statement, X ...", "In his speech, he ..."
_SAID_IN = frozenset(
    {"statement", "speech", "interview", "letter", "tweet", "post", "message", "address"}
    | {"remark", "blog", "column", "editorial", "video", "broadcast", "briefing", "testimony"}
)


def _said_in(s: _Sent, i: int) -> str | None:
    """The verb as written when main verb ``i`` follows an opening "In a statement," or "In
    his speech," (a statement, speech, interview, letter, post ... of its subject): what the
    subject did in it is what it said ("In his statement, Netanyahu found the air strike
    justified", "In a letter on her website, the singer named three tabloids as the worst
    offenders"); else ``None``. A verb of being says nothing of its own."""
    if s.dep[i] != "ROOT" or s.pos[i] != "VERB" or s.lemma[i] == "be":
        return None
    for p in s.children(i):
        if p > i or s.dep[p] != "prep" or s.lower[p] != "in":
            continue
        if any(s.pos[k] not in ("PUNCT", "SPACE") for k in range(p)):
            continue  # the phrase opens the sentence ("In a statement, ...")
        for o in s.children(p):
            dets = [k for k in s.children(o) if s.dep[k] in ("det", "poss")]
            if s.dep[o] == "pobj" and s.lemma[o].lower() in _SAID_IN and dets:
                return s.text[i]
    return None


def _lead_frame(s: _Sent, lex: _Lexicon, *, propers: dict) -> _Frame | None:
    """The subject of a clause that introduces a quotation after a colon or a comma with no
    reporting verb ('Trump, also on Twitter, defended his decision: "..."', 'X reacted on
    Twitter, "..."'): the quotation's speaker; else ``None``."""
    opens = [  # the quotation a colon or comma leads to, after any scare quote ('as "defensive"')
        k
        for k in range(3, len(s.text))
        if s.quoted[k] and not s.quoted[k - 1] and s.pos[k - 1] == "PUNCT"
        and s.text[k - 2] in (":", ",")
    ]
    q = opens[0] if opens else None
    if q is None:
        return None
    if s.text[q - 2] == "," and _embedded(s, q):
        return None  # 'add the question, "Is this person a citizen?" to the census'
    named = _named_lead(s, q)
    if named is not None:  # 'Manchester City boss Kevin Keegan: "We had a great chance'
        f = _subject_frame(s, named, lex, cue=":", depth=0, propers=propers)
        if f is not None and f.kind == "person":
            f.verb = q - 2
            return f
    for v in range(q - 2):
        if s.pos[v] not in ("VERB", "AUX") or s.quoted[v]:
            continue
        if any(s.dep[k] in _NEG for k in s.children(v)):
            return None
        subj = [k for k in s.children(v) if s.dep[k] in _SUBJ and k < v and not s.quoted[k]]
        if subj:
            k = _hyphen_end(s, subj[0])
            docs = [d for d in s.children(v) if s.dep[d] == "dobj" and _noun(s, d) in lex.doc_nouns]
            issued = docs and s.lemma[v] in _ISSUE  # "issued a statement from the king:"
            made = _author(s, docs[0]) if issued else None
            k = k if made is None else made
            f = _subject_frame(s, k, lex, cue=s.text[v], depth=s.depth(v), propers=propers)
            if f is None or f.kind in ("orgnoun", "docref", "document"):
                return None  # no one's words ("The statement, issued late, ended: ...")
            if f.kind == "described" and f.then is None:
                return None  # a noun that names nobody
            f.verb = v
            return f
    return None


def _named_lead(s: _Sent, q: int) -> int | None:
    """The person named right before the colon that opens the quotation at token ``q``,
    with no verb before it: a speaker written as a heading ('Manchester City boss Kevin
    Keegan: "We had a great chance ..."'); else ``None``."""
    c = q - 2
    if c < 1 or s.text[c] != ":" or not s.ent[c - 1].endswith("PERSON"):
        return None
    if any(s.pos[k] in ("VERB", "AUX") and not s.quoted[k] for k in range(c)):
        return None
    return c - 1


def _embedded(s: _Sent, q: int) -> bool:
    """Whether the quotation opening at token ``q`` is followed by more words of the
    sentence: a text the sentence names ('the question, "Is this ...?" to the census'),
    not words the subject speaks."""
    end = _quote_end(s, q)
    return any(s.pos[k] not in ("PUNCT", "SPACE") for k in range(end, len(s.text)))


def _quote_end(s: _Sent, k: int) -> int:
    """The first token after the run of quoted tokens from ``k``."""
    while k < len(s.text) and s.quoted[k]:
        k += 1
    return k


def _introduced_quote(s: _Sent, lex: _Lexicon) -> bool:
    """Whether the sentence holds a quoted sentence (three words or more, with a verb) that
    a colon after a cue or a reporting verb introduces, however much narration comes before
    it ('The WHO noted the need to act: "All countries can ..."', 'The minister said "We
    couldn't win," and ...'): a direct quotation, not a fragment in the reporter's clause."""
    for k in range(2, len(s.text)):
        if not s.quoted[k] or s.quoted[k - 1] or s.pos[k - 1] != "PUNCT":
            continue
        before = k - 2
        led = s.text[before] in (":", ",") and any(_cue_word(s, v, lex) for v in range(before))
        if not (led or _cue_word(s, before, lex) or _cue_phrase_ends(s, before, lex)):
            continue  # 'said of the outbreak, "..."', 'noted the need: "..."', 'said "We ...'
        bracket = s.text[k] == "[" and k + 1 < len(s.text)  # "[b]ottom line": an edited capital
        if not (bracket or s.text[k][:1].isupper()):
            continue
        words = [p for p in s.pos[k : _quote_end(s, k)] if p not in ("PUNCT", "SPACE", "SYM")]
        if len(words) >= 3 and ("VERB" in words or "AUX" in words):
            return True  # a sentence; a title ('mentioned "Women's Day Celebration"') is none
    return False


def _cue_phrase_ends(s: _Sent, end: int, lex: _Lexicon) -> bool:
    """Whether token ``end`` ends a short phrase of a reporting verb: its addressee or where
    it was said ('told the court "Basic ..."', 'said in a press release "We ..."'); not
    a description after "as" or a determiner, nor a clause after "that" (the reporter's
    sentence goes on: 'described it as a "...'; 'saying that "...')."""
    if s.pos[end] in ("DET", "SCONJ") or s.lower[end] == "that":
        return False  # 'as a "Hollywood-produced infomercial"', 'saying that "...'
    for v in range(end - 1, max(-1, end - 7), -1):
        if s.quoted[v] or s.pos[v] == "PUNCT" or s.lower[v + 1] == "as":
            return False
        if _cue_word(s, v, lex):
            tree = _subtree(s, v)
            return all(m in tree for m in range(v + 1, end + 1))
    return False


def _cue_word(s: _Sent, v: int, lex: _Lexicon) -> bool:
    """Whether token ``v`` is a reporting verb outside quotes that introduces words, not a
    name ('what it calls "Office in a Pocket"', 'a subject line that reads "Urgent"')."""
    described = s.dep[v] in ("oprd", "amod", "acl", "xcomp", "ccomp") and s.tag[v] == "VBN"
    if described and not any(s.dep[k] in ("aux", "auxpass") for k in s.children(v)):
        return False  # "see written on it": a participle describing, no one speaking
    entries = lex.verbs.get(s.lemma[v])
    return (
        bool(entries)
        and s.pos[v] in ("VERB", "AUX")
        and not s.quoted[v]
        and s.lemma[v] not in _NAMING | {"read"}
        and _match_cue(s, v, entries, direct=True) is not None  # "hit" alone is no "hit out at"
    )


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
    subjects = ("nsubj", "nsubjpass", "expl")
    if s.dep[b - 1] in subjects and not any(  # the only subject of the clause after it:
        s.dep[k] in subjects and k != b - 1 for k in s.children(s.head[b - 1])
    ):  # "According to official statements, Ann Bee, now in hospital, is to ...": not
        return j  # who made them ("according to the office, Destatis, exports fell": who)
    return b - 1


# verbs that judge an object by what they link it to: "likened X to Y", "attributed X to Y",
# "estimated the damage at $5bn"; the parse may hang the preposition under the object
_X_TO_Y = {"liken": "to", "ascribe": "to", "attribute": "to", "estimate": "at"}


def _match_cue(s: _Sent, i: int, entries, *, direct: bool) -> str | None:
    kids = s.children(i)
    kid_lemmas = {  # after the verb, and no time: "On Thursday, X called for", "on Tuesday"
        s.lower[k]: k
        for k in kids
        if s.dep[k] in ("prt", "prep", "advmod") and k > i and not _dated(s, k)
    }
    kid_lemmas |= {s.lemma[k].lower(): k for k in kids if s.dep[k] == "dobj"}  # raise doubts
    for k in kids:  # "put the fall down to the pound", "hit out at": "to" hung on the particle
        if k > i and s.tag[k] == "RP":
            for m in s.children(k):
                if s.dep[m] == "prep" and m > k:
                    kid_lemmas.setdefault(s.lower[m], m)
    for c in kids:  # the word opening a clause: "questioned whether ..."
        if s.dep[c] == "ccomp":
            kid_lemmas |= {s.lower[m]: m for m in s.children(c) if s.dep[m] == "mark"}
            kid_lemmas |= _wh_opening(s, i, c)
        if _to_infinitive_at(s, c, ("advcl",)) and c > i and "for" not in kid_lemmas:
            # "called for the agency to be wound up": "for" hung on the infinitive, a mark
            marks = [m for m in s.children(c) if s.dep[m] == "mark" and m == i + 1]
            if marks and s.lower[marks[0]] == "for":
                kid_lemmas["for"] = marks[0]
        if c > i and s.dep[c] in _AS_HOSTS and "as" not in kid_lemmas:
            # "describing it as significant", "cited X as saying": "as" hung under the object
            found = [m for m in s.children(c) if s.lower[m] == "as" and m > i]
            if found:
                kid_lemmas["as"] = found[0]
        if c > i and s.dep[c] == "prep" and s.lower[c] == "to" and "as" not in kid_lemmas:
            # "referred to the 707 involved as a cargo plane": "as" inside the object of "to"
            found = _as_in_object(s, c)
            if found:
                kid_lemmas["as"] = found[0]
        if c > i and s.dep[c] == "dobj" and "for" not in kid_lemmas:
            found_for = _for_gerund(s, i)  # "attacked Mr Bee for failing to ...", "for" on
            if found_for is not None:  # the object
                kid_lemmas["for"] = found_for
        linking = _X_TO_Y.get(s.lemma[i])
        if s.dep[c] == "dobj" and linking and linking not in kid_lemmas:
            # "likened the stadium to a cathedral": the parse hangs "to" under the object
            found = [m for m in s.children(c) if s.lower[m] == linking and s.dep[m] == "prep"]
            if found:
                kid_lemmas[linking] = found[0]
    if s.lemma[i] == "plead" and _pleads_guilt(s, i):
        return None  # "pleaded not guilty": a plea in court, no statement reported
    as_clause = (  # "As the minister claimed, ...", not "as it reported a rise"
        s.dep[i] == "advcl"
        and s.pos[s.head[i]] in ("VERB", "AUX")  # not "as much money as X had requested"
        and any(s.dep[k] == "mark" and s.lower[k] == "as" for k in kids)
        and not any(s.dep[k] in ("dobj", "ccomp", "xcomp") for k in kids)
    )
    if _as_worded(s, i):  # "The rift is, as Ms Bee put it, a family row"
        return f"{s.text[i]} it"
    if as_clause and _as_saying_goes(s, i):
        return None  # "The weather was, as they say, awful": a saying, nobody's words
    has_clause = (
        direct
        or as_clause
        or any(s.dep[k] in _CLAUSE for k in kids)
        or s.dep[i] == "parataxis"
        or _trailing_comma(s, i) is not None
        or _leading_comma(s, i) is not None
        or _inverted_subject(s, i) is not None
        or _set_off_cue(s, i) is not None
        or _split_clause(s, i) is not None
        or _quote_follows(s, i)
        or _misread_clause(s, i)
        or _object_infinitive(s, i)
        or _joined_clause(s, i) is not None  # "... and claims [to update its index]"
    )
    if s.lemma[i] in _STRICT_CLAUSE and not direct:
        has_clause = _strict_clause(s, i)  # "Berlin applauds Hotel Rwanda [Thriller X was ...]"
    told_fact = not has_clause and (
        _content_object(s, i) or _alleged_object(s, i) or _proposition_object(s, i) is not None
    )
    judged = s.lemma[i] in _JUDGING and _agent_of(s, i) is not None
    if judged and not has_clause and not _judged_with_content(s, i):
        return None  # "the plans were criticised by X": that X judged, not what X said
    if s.lemma[i] in ("pledge", "promise") and not has_clause and _money_object(s, i):
        return None  # "pledged $5m", "promised £4bn in tax cuts": money given, no words
    if not (direct or has_clause) and s.lemma[i] == "argue" and _argued_bare(s, i):
        return None  # "argued against the welfare state": a position, no words
    if not (direct or has_clause) and _judged_bare(s, i):
        return None  # "has criticised Wimbledon over prize money": the act, not its words
    if not direct and _wish_expressed(s, i):
        return None  # "expressed their willingness to help": a wish, not a statement
    if not (direct or has_clause) and _feeling_expressed(s, i):
        return None  # "expressed their anger online", "expressed concerns about X": no words
    for particles, needs in entries:
        if not all(p in kid_lemmas for p in particles):
            continue
        if needs == "clause" and not (has_clause or told_fact):
            continue
        if needs == "document" and not (has_clause or _finds_clause(s, i)):
            continue
        if needs == "document" and not (
            _document_subject(s, i) or _body_finds(s, i) or _pronoun_finds(s, i)
        ):
            continue  # "the survey showed that ..."; "police found the car had been stolen"
        if needs == "document" and s.lemma[i] == "prove" and not any(
            s.dep[k] == "ccomp" for k in kids
        ):
            continue  # "the study proved to be wrong", "the book proved a hit": no finding
        if needs == "ruling" and not _rules(s, i, direct=direct):
            continue  # "the court ordered that ..."; "the firm decided to close the plant"
        judged_as = "as" in particles  # "regarded by US officials as a way ..."
        held = _held_now(s, i) or _agent_now(s, i) or _held_then(s, i) or _held_going_on(s, i)
        if needs == "opinion" and not ((has_clause or judged_as) and held):
            continue  # "analysts believe a deal is near"; "he thought he had scored"
        if needs == "opinion" and direct and not _quote_under(s, i):
            continue  # 'who fear inflation, I say, "..."': a view brings in no quotation
        newer = s.lemma[i] in _ACTIVE_ONLY  # "think" and "believe" keep their relatives
        if needs == "opinion" and ((_object_relative(s, i) and newer) or _in_question(s, i)):
            continue  # "a site they feel they can trust", "whether he sees Giggs as ..."
        if needs == "opinion" and _own_plan(s, i):
            continue  # "Bosch expects to restart production": a plan, not a view of anything
        if needs == "opinion" and any(s.lower[k] in _GUESSES for k in kids):
            continue  # "the prime minister probably hopes that ...": the reporter's guess
        if needs == "opinion" and _plural_noun(s, i):
            continue  # "Other UK hopes Kate Winslet ... went home": the noun, misread
        strict = s.lemma[i] in _STRICT_CLAUSE
        if needs == "that" and not (
            (direct and s.lemma[i] not in _PLAIN_ACTS)
            or as_clause
            or _trailing_comma(s, i) is not None  # "..., the data indicated.": said
            or any(s.dep[k] == "ccomp" and k < i for k in kids)  # the same, parsed so
            or (_strict_clause(s, i) if strict else _that_clause(s, i))
            or _object_infinitive(s, i)
        ):
            continue  # "invited firms to bid": the parse may hang the infinitive as a purpose
        if particles == ("at",) and not _figure_given(s, i, kid_lemmas["at"]):
            continue  # "estimated the damage at $5bn"; "estimated at the meeting" says nothing
        if s.lemma[i] == "speak" and particles == ("to",) and not (has_clause or _to_outlet(s, i)):
            continue  # "spoke to her after the show"; "spoke to the BBC about ..." speaks
        if s.lemma[i] == "tell" and not (has_clause or _tells_someone(s, i)):
            continue  # "the film tells the story of ..."
        if s.lemma[i] == "tell" and not direct and _document_subject(s, i) and not any(
            s.dep[k] == "ccomp" for k in kids
        ):
            continue  # "the books tell of a battle ...": what they are about, not a claim
        if s.lemma[i] == "say" and not has_clause and _says_a_rite(s, kids):
            continue  # "the city said goodbye to ...", "said a prayer": no words reported
        if particles == ("out",) and s.lemma[i] == "rule" and not any(
            s.dep[k] in ("dobj", "ccomp") for k in kids
        ):
            continue  # "ruled out any chance of ..."; "Parmar ruled out of Davis Cup tie"
        if s.lemma[i] == "ask" and not has_clause and any(s.lower[k] == "for" for k in kids):
            continue  # "asked the Queen for a prorogation": a request, no words reported
        aside = _aside(s, i)  # "The sequence began, the patrol described, in the ..."
        fragment = _quote_under(s, i, through_clauses=False)
        if needs == "quote" and not (
            direct or aside or fragment or _names_object(s, i) or _for_gerund(s, i) is not None
        ):
            continue  # 'called the plan "reckless"'; "called the meeting" says nothing
        idx = sorted([i] + [kid_lemmas[p] for p in particles])
        return " ".join(s.text[k] for k in idx)
    return None


# verbs of wording that an "as" clause sets with "it" for the words of the clause it is in:
# "as Ms Bee put it", "as the minister described it", "as one critic called it", "as he
# phrased it", "as the judge summed it up"
_WORDING = frozenset(
    {"put", "describe", "call", "phrase", "word", "term", "dub", "characterise"}
    | {"characterize", "sum", "express", "say", "write", "explain", "label"}
)


def _as_saying_goes(s: _Sent, i: int) -> bool:
    """Whether "as" clause ``i`` is a saying in the present with everyone for its subject:
    "as they say", "as you might say", "as people say", "as the saying goes"."""
    if s.lemma[i] not in ("say", "go") or s.tag[i] in ("VBD", "VBN"):
        return False
    subj = [k for k in s.children(i) if s.dep[k] == "nsubj"]
    return bool(subj) and s.lower[subj[0]] in ("they", "you", "one", "people", "saying")


def _as_worded(s: _Sent, i: int) -> bool:
    """Whether cue ``i`` is a verb of wording in an "as" clause with "it" for its object,
    hung on the clause whose words it gives, set off by commas or dashes or opening the
    sentence:
    "The deal, as Acme described it, was a lifeline", "As one analyst put it, the firm has
    run out of road", "The market is a jungle, as the minister called it". "as they say"
    (a saying, nobody's words) and "as he put it on the shelf" (no comma) give ``False``."""
    if s.lemma[i] not in _WORDING or s.dep[i] != "advcl" or s.quoted[i]:
        return False
    kids = s.children(i)
    marks = [k for k in kids if s.dep[k] == "mark" and s.lower[k] == "as" and k < i]
    objs = [k for k in kids if s.dep[k] == "dobj" and s.lower[k] == "it" and k > i]
    if not marks or not objs or s.pos[s.head[i]] not in ("VERB", "AUX", "NOUN", "PROPN"):
        return False
    dated = set().union(*(_subtree(s, k) for k in kids if k > objs[0] and _dated(s, k)))
    end = objs[0] + 1  # after "it" and a time ("as he put it on Monday,"), the aside ends
    while end in dated:
        end += 1
    a = marks[0]
    opened = a == 0 or s.text[a - 1] in _ASIDE_MARKS or all(
        s.pos[k] in ("PUNCT", "CCONJ") for k in range(a)
    )
    closed = end >= len(s.text) or s.text[end] in _ASIDE_MARKS | {".", ":"}
    return opened and closed  # "as he put it on the table", "... to police": no aside



def _wh_opening(s: _Sent, i: int, c: int) -> dict[str, int]:
    """The question word that opens clause ``c`` of verb ``i`` ("questioned how the police
    would cope", "questioned what would be exempted"), as a phrase word of the verb: the parse
    hangs it inside the clause, as its adverb, subject or object, not as its "mark"."""
    first = min(s.subtree(c))
    if first > i and s.tag[first] in ("WRB", "WP", "WDT") and not s.quoted[first]:
        return {s.lower[first]: first}
    return {}


_CURRENCY = frozenset("$£€¥₹")

def _judged_bare(s: _Sent, i: int) -> bool:
    """Whether active verb of judging ``i`` tells only that someone judged, not what they
    said: no quoted fragment under it ('praised the "courageous" crew'), no "as" saying what
    the thing is ("attacked the plans as a gamble"), no participle cue of its own (",
    accusing it of ..."). "Criticised Wimbledon over prize money" and "praised the clubs for
    their work" name what was judged and why, the reporter's summary (a passive with its
    agent is :func:`_judged_with_content`'s)."""
    if s.lemma[i] not in _JUDGING_ACTIVE or _agent_of(s, i) is not None:
        return False
    if _quote_under(s, i, bare_clause=False):
        return False
    if any(k > i and s.dep[k] == "prep" and s.lower[k] == "as" for k in _subtree(s, i)):
        return False
    if _for_gerund(s, i) is not None:
        return False  # "attacked Mr Bee for failing to ...": the failing is what was said
    verbs = _lexicon().verbs
    return not any(k > i and s.tag[k] == "VBG" and s.lemma[k] in verbs for k in s.children(i))


# verbs that take no bare clause: a clause the parse hangs on them with no "that" is a
# headline glued to the story ("Ferguson hails Man Utd's resolve [Manchester United's Alex
# Ferguson has praised ...]") or a misread ("did threaten, [scoring tries ...]")
_STRICT_CLAUSE = _JUDGING_ACTIVE | {"threaten"}


def _strict_clause(s: _Sent, i: int) -> bool:
    """Whether verb ``i`` takes a clause opened by "that" or a "to" infinitive."""
    for k in s.children(i):
        if s.dep[k] == "ccomp" and any(
            s.dep[m] == "mark" and s.lower[m] == "that" for m in s.children(k)
        ):
            return True
        if s.dep[k] == "xcomp" and any(
            s.dep[m] == "aux" and s.lower[m] == "to" for m in s.children(k)
        ):
            return True
    return False


def _argued_bare(s: _Sent, i: int) -> bool:
    """Whether "argue" at ``i`` (with no clause the parse found) states only a position
    ("argued against the welfare state", "argued his client's case"): no quoted words under
    it, no participle cue of its own (", proposing ..."), and no verb joined to it without a
    subject, which would be its clause misread ("argued closer co-operation was crucial",
    parsed as an object and a second verb)."""
    if _quote_under(s, i):
        return False
    verbs = _lexicon().verbs
    for k in s.children(i):
        if k < i or s.pos[k] not in ("VERB", "AUX"):
            continue
        if s.tag[k] == "VBG" and s.lemma[k] in verbs:
            return False  # "argued against it, proposing the wage be raised": its words
        if s.dep[k] == "conj" and not any(s.dep[m] in _SUBJ | {"nsubjpass"} for m in s.children(k)):
            return False
    return True


# what someone wants, offered as an object of "express" ("expressed their willingness to
# help", "expressed interest in buying the club"): a wish, not what was said
_WISHES = frozenset(
    {"willingness", "desire", "wish", "intention", "intent", "readiness", "eagerness"}
    | {"interest", "determination", "commitment", "preference", "ambition"}
)


def _wish_expressed(s: _Sent, i: int) -> bool:
    """Whether "express" at ``i`` has a wish for object with no quoted words under it. An
    intention with what is intended ("expressed a desire to work with Y", "expressed intent
    to become a lawyer") states a plan, as "announced plans to ..." does
    (:func:`_proposition_object`)."""
    if s.lemma[i] != "express" or _quote_under(s, i) or _proposition_object(s, i) is not None:
        return False
    return any(
        s.dep[o] == "dobj" and s.lemma[o].lower() in _WISHES for o in s.children(i)
    )


# what an object of "express" takes that says what is held: "support for the plan",
# "opposition to the bill", "doubt as to whether ..."; "anger on social media", "concerns
# about his health" do not
_HELD_FOR = frozenset({"for", "to", "as"})


def _feeling_expressed(s: _Sent, i: int) -> bool:
    """Whether "express" at ``i`` (with no clause of its own) tells only that a feeling was
    shown: no quoted words under it, no intention with what is intended
    (:func:`_proposition_object`), and an object with nothing held of its own: no "that"
    clause or "to" infinitive on it ("expressed concern that ...", "expressed a desire to
    ..."), no "for" or "to" with what is backed or opposed ("expressed support for the
    plan"). "Expressed their anger online", "expressed reservations", "expressed concerns
    about his health" are narration, as "criticised the plan" is (speech with no content)."""
    if s.lemma[i] != "express" or _quote_under(s, i) or _proposition_object(s, i) is not None:
        return False
    objs = [o for o in s.children(i) if s.dep[o] == "dobj" and not s.quoted[o]]
    if not objs:
        return False
    for k in s.children(i):  # "expressed opposition [to X]", the parse hanging "to" on the verb
        if k > objs[0] and s.dep[k] == "prep" and s.lower[k] in _HELD_FOR:
            return False
        if k > objs[0] and _to_infinitive_at(s, k):  # "opposition [to defund X]", misread
            return False
    for o in objs:
        for k in s.children(o):
            if s.dep[k] in ("acl", "ccomp") and (
                _to_infinitive_at(s, k, ("acl", "ccomp"))
                or any(s.dep[m] in ("mark", "nsubj", "nsubjpass") for m in s.children(k))
            ):
                return False
            if s.dep[k] == "prep" and s.lower[k] in _HELD_FOR:
                return False
    return True


# verbs of praise and criticism: in the passive with no content ("the move has been
# criticised by X") they tell that someone judged, not what was said
_JUDGING = _JUDGING_ACTIVE - {"hit", "lash"}


def _object_infinitive(s: _Sent, i: int) -> bool:
    """Whether a verb of asking or advising ``i`` has an object and a "to" infinitive after
    it, which the parse may hang on the verb as a clause of purpose ("advised residents of
    her city to make plans"): what was asked, its clause."""
    if s.lemma[i] not in _ASKING:
        return False
    objs = [k for k in s.children(i) if s.dep[k] == "dobj" and k > i]
    if s.lemma[i] == "request" and objs and s.pos[objs[0]] not in ("PROPN", "PRON"):
        return False  # "requested absentee ballots to vote by mail": the thing asked for
    return bool(objs) and any(
        k > objs[0]
        and s.dep[k] in ("advcl", "xcomp")
        and any(s.dep[m] == "aux" and s.lower[m] == "to" for m in s.children(k))
        for k in s.children(i)
    )


def _judged_with_content(s: _Sent, i: int) -> bool:
    """Whether verb of judging ``i`` reports what was said: a quotation or a participle cue
    under it ('was praised by X, who said ...', 'condemned by X as "barbaric"'), what the
    judged thing is called ("as ..."), or a fault ("criticised by X for failing to ...")."""
    if _quote_under(s, i):
        return True
    for k in _subtree(s, i):  # "criticised by shopkeepers as a tax": "as" under the agent
        if k > i and s.dep[k] == "prep" and s.lower[k] in ("as", "for", "over"):
            return True
    for k in s.children(i):
        if k > i and s.tag[k] == "VBG" and s.lemma[k] in _lexicon().verbs:
            return True
    return False

_AS_HOSTS = frozenset({"dobj", "oprd", "advcl", "acomp", "ccomp", "xcomp", "appos"})

# verbs of making news known and the facts they make known without a clause (speech_verbs.toml)
_CONTENT_NOUNS = frozenset(words("speech_verbs", "content_nouns"))


def _content_object(s: _Sent, i: int) -> bool:
    """Whether verb ``i`` makes a fact known with no clause: its object ("Police announced
    the death of ...", "the ministry confirmed two new cases"), or the subject of its passive
    with a "by" agent ("His death was confirmed by his son"), is a noun of
    ``content_nouns``. Only a main verb (or one joined to it) counts: in a relative, time
    or participle clause ("whose retirement was announced by ...", "When X announced his
    resignation, Y ...", "..., with Britain reporting 300 deaths") the fact is background."""
    if s.lemma[i] not in _CONTENT_VERBS | _FINDING_VERBS or s.dep[i] not in _MAIN:
        return False
    if s.dep[i] == "conj" and s.dep[s.head[i]] not in ("ROOT", "ccomp"):
        return False
    passive = any(s.dep[k] == "auxpass" for k in s.children(i))
    if passive and _agent_of(s, i) is None:
        return False  # "two deaths were reported": nobody made it known
    dep = "nsubjpass" if passive else "dobj"
    found = not passive and _finding(s, i)  # what research reports is a finding
    told = s.lemma[i] in _CONTENT_VERBS
    return any(
        s.dep[o] == dep
        and not s.quoted[o]
        and (found or (told and s.lemma[o].lower() in _CONTENT_NOUNS))
        for o in s.children(i)
    )


_MAIN = frozenset({"ROOT", "conj", "ccomp"})
_FINDING_VERBS = frozenset({"report", "reveal"})
_PUBLISHED = frozenset({"finding", "study", "paper", "research", "article", "report", "result"})
_RESEARCHERS = frozenset({"researcher", "scientist", "astronomer"})


def _finding(s: _Sent, i: int) -> bool:
    """Whether "report" or "reveal" at ``i`` tells a finding of research: researchers,
    scientists or a document ("the study also revealed the importance of ...") tell it, or
    the sentence opens with the publication it is in ("In findings published Wednesday in
    Science Advances, researchers ... reported a new mechanism ...")."""
    if s.lemma[i] not in _FINDING_VERBS:
        return False
    subj = _subject_of(s, i)
    if subj is not None and s.lemma[subj].lower() in _RESEARCHERS:
        return True
    if _document_subject(s, i):
        return True
    for p in s.children(i):
        if p > i or s.dep[p] != "prep":
            continue
        for o in s.children(p):
            published = any(s.lemma[a] == "publish" for a in s.children(o) if s.dep[a] == "acl")
            if s.lemma[o].lower() in _PUBLISHED and published:
                return True
    return False


def _noun_cue(s: _Sent, i: int) -> str | None:
    """The cue as written ("made public requests") when verb ``i``, which reports speech
    only so, has an object that carries what was said (:func:`_proposition_object`)."""
    o = _proposition_object(s, i)
    return None if o is None else " ".join(s.text[k] for k in range(i, o + 1))


def _money_object(s: _Sent, i: int) -> bool:
    """Whether verb ``i`` has a sum of money for object ("pledged $5m", "billions of
    dollars", "funds"); a currency sign marks one the tagger missed (a mis-decoded "Â£4bn")."""
    for o in s.children(i):
        if s.dep[o] == "dobj" and o > i:
            tree = _subtree(s, o)  # "$", "5", "m"
            money = any(s.ent[m][2:] == "MONEY" or _CURRENCY & set(s.text[m]) for m in tree)
            return money or s.lemma[o].lower() in ("fund", "money")
    return False


# verbs that report a view, a tip, a cause or thanks only in the active voice or with the
# holder as a "by" agent: "is tipped to win", "has been ruled out of the match", "is seen
# as a favourite", "a quote attributed to Churchill" name no one holding or saying anything
_ACTIVE_ONLY = frozenset(
    {"tip", "rule", "regard", "view", "see", "expect", "fear", "suspect", "doubt", "feel"}
    | {"hope", "worry", "reckon", "anticipate", "recognise", "recognize"}  # "it is hoped ..."
    | {"thank", "attribute", "ascribe", "assure", "reassure", "direct"}
    | {"refer", "credit", "put", "invite", "instruct"}  # "is credited with", "was invited to"
    | {"encourage", "request", "welcome", "accept"}  # "was encouraged to run", "is accepted"
    | {"bill", "tout", "herald", "greet", "paint", "trumpet"}  # "the match is billed as ..."
)


def _raising(lemma: str) -> bool:
    """Whether a passive verb of saying hands its subject to the verb it takes ("X is
    reported to have said": X said); verbs of a view or a tip do not ("he is seen asking",
    "Blair is tipped to ask the Queen")."""
    entries = _lexicon().verbs.get(lemma)
    return bool(entries) and lemma not in _ACTIVE_ONLY


# adverbs by which the reporter guesses at a view ("he probably feels that ...")
_GUESSES = frozenset({"probably", "possibly", "perhaps", "presumably", "doubtless"})
# plural nouns of a view that the tagger may read as a verb ("raises Welsh hopes")
_VIEW_NOUNS = frozenset({"hopes", "fears", "worries", "doubts"})


def _plural_noun(s: _Sent, i: int) -> bool:
    """Whether "hopes", "fears", "worries" or "doubts" at ``i`` is the plural noun read as a
    verb: its clause does not follow it ("Cannabis hopes for drug firm A ... is set"), or
    opens with no "that" on a capital, a headline glued to the story ("Weir cools Euro
    hopes Everton defender David Weir has played down ...", "Other UK hopes Kate Winslet
    and Imelda Staunton went home"); a person or a pronoun holding the view keeps it
    ("Sepp Blatter hopes Thierry Henry will win")."""
    if s.lower[i] not in _VIEW_NOUNS:
        return False
    clauses = [c for c in s.children(i) if s.dep[c] in _CLAUSE and c > i]
    if not clauses:
        return False
    first = min(_subtree(s, clauses[0]))
    if first != i + 1:
        return True
    if s.lower[first] == "that" or not s.text[first][:1].isupper():
        return False
    holder = [k for k in s.children(i) if s.dep[k] == "nsubj" and k < i]
    if not holder:
        return True
    edge = min(_subtree(s, holder[0]))  # "cools Euro hopes": the object of the verb before
    after_verb = edge > 0 and s.pos[edge - 1] in ("VERB", "AUX")
    return after_verb or not (s.ent[holder[0]].endswith("PERSON") or s.tag[holder[0]] == "PRP")


def _own_plan(s: _Sent, i: int) -> bool:
    """Whether the only clause of verb ``i`` is a bare "to" infinitive of its own subject
    ("expects to restart by February", "fears to tread"): what the subject means to do."""
    clauses = [k for k in s.children(i) if s.dep[k] in _CLAUSE]
    return bool(clauses) and all(
        s.dep[k] == "xcomp" and not any(s.dep[m] in _SUBJ for m in s.children(k))
        for k in clauses
    )


def _object_relative(s: _Sent, i: int) -> bool:
    """Whether verb ``i`` is a relative clause of its own subject about the noun it
    describes ("a site [they feel they can trust]"), not one whose relative pronoun holds
    the view ("Redknapp, who believes that ...")."""
    if s.dep[i] != "relcl":
        return False
    return not any(s.dep[k] in _SUBJ and s.tag[k] in ("WDT", "WP") for k in s.children(i))


def _in_question(s: _Sent, i: int) -> bool:
    """Whether verb ``i`` opens a clause of "whether" or "if" ("refused to reveal whether
    he sees Giggs as an option"): a view asked about, not held."""
    return any(s.dep[k] == "mark" and s.lower[k] in ("whether", "if") for k in s.children(i))


def _agent_now(s: _Sent, i: int) -> bool:
    """Whether passive verb ``i`` has a "by" agent and a present auxiliary: "is regarded by
    US officials as ...", "are expected by economists to ..." hold a view now."""
    aux = [k for k in s.children(i) if s.dep[k] == "auxpass"]
    return bool(aux) and s.tag[aux[0]] in ("VBZ", "VBP") and _agent_of(s, i) is not None


def _aside(s: _Sent, i: int) -> bool:
    """Whether cue ``i`` follows the clause it reports after a comma, with no object of its
    own, however the parse hung them: "The accident began, Florida Highway Patrol
    described, in the northbound lanes" (the cue an aside, or the clause its complement)."""
    kids = s.children(i)
    if i < 2 or any(s.dep[k] in ("dobj", "xcomp") or (s.dep[k], k > i) == ("ccomp", True)
                    for k in kids):
        return False
    subj = [k for k in kids if s.dep[k] in _SUBJ and k < i]
    if not subj or s.text[min(_subtree(s, subj[0])) - 1] != ",":
        return False
    return s.dep[i] == "parataxis" or any(s.dep[k] == "ccomp" and k < subj[0] for k in kids)


_ALLEGED = frozenset(words("speech_verbs", "alleged_nouns"))


def _alleged_object(s: _Sent, i: int) -> bool:
    """Whether "claim" or "allege" at ``i`` has a wrongdoing for object ("has claimed
    widespread voter fraud", "alleged police brutality"): what is alleged, with no clause."""
    if s.lemma[i] not in ("claim", "allege") or s.dep[i] in ("amod", "acl", "relcl"):
        return False
    return any(
        s.dep[o] == "dobj" and o > i and not s.quoted[o] and s.lemma[o].lower() in _ALLEGED
        for o in s.children(i)
    )


def _dated(s: _Sent, k: int) -> bool:
    """Whether preposition ``k`` introduces a date or time ("on Tuesday", "on 30 July")."""
    return any(s.ent[o][2:] in ("DATE", "TIME") for o in s.children(k) if s.dep[o] == "pobj")


def _held_now(s: _Sent, i: int) -> bool:
    """Whether verb ``i`` states what someone holds: present tense, and not in a clause of
    condition or time ("if they think they have been cheated")."""
    if s.tag[i] not in ("VBZ", "VBP"):
        return False
    return not (
        s.dep[i] == "advcl" and any(s.dep[k] == "mark" for k in s.children(i))
    )


def _held_then(s: _Sent, i: int) -> bool:
    """Whether past or perfect verb ``i`` of a view states it as its subject's with its
    content opened by "that", in a main clause: "They felt that they learned more from
    failed projects", "the industry has long feared that ...". Without the "that", or in a
    clause of reason or time ("because he felt he had lost ..."), the past narrates what
    someone thought at the time ("Lamont thought he had scored")."""
    if s.tag[i] not in ("VBD", "VBN") or any(s.dep[k] == "auxpass" for k in s.children(i)):
        return False
    if s.tag[i] == "VBN" and not any(s.lemma[k] == "have" for k in s.children(i)):
        return False
    clauses = [c for c in s.children(i) if c > i and s.dep[c] == "ccomp"]
    return _main_clause(s, i) and any(_opened_by_that(s, c) for c in clauses)


def _figure_given(s: _Sent, i: int, p: int) -> bool:
    """Whether verb ``i`` gives a figure with preposition ``p`` ("estimated the damage at
    20bn baht", "at $510m") as the sentence's news; a figure inside a noun phrase ("what
    organisers estimated at 1.7 million marched ...", parsed with no object) is the
    reporter's detail."""
    if s.dep[i] not in _MAIN or not any(s.dep[o] == "dobj" and i < o < p for o in s.children(i)):
        return False
    return any(
        s.tag[k] == "CD" or s.ent[k][2:] in _AMOUNTS or any(ch.isdigit() for ch in s.text[k])
        for k in _subtree(s, p)
        if k != p
    )


_AMOUNTS = frozenset({"MONEY", "CARDINAL", "QUANTITY", "PERCENT"})


def _document_subject(s: _Sent, i: int) -> bool:
    """Whether the subject of cue ``i`` is a document ("the survey", "part of the report",
    "a study by X")."""
    subj = _subject_of(s, i)
    if subj is None:
        return False
    subj = _partitive(s, subj)
    split = "-" in _noun(s, subj)  # "A post-mortem ... showed", the tagger's "mortem" an ADJ
    if s.pos[subj] == "NOUN" and _noun(s, subj) in _COUNTS and _author(s, subj) is not None:
        return True  # "numbers from the ministry showed": a count with its maker
    return (s.pos[subj] == "NOUN" or split) and _document(s, subj)


# who finds as a body ("the court found that ...", "the committee found ...", "the research
# team found that ..."): bodies that judge, inquire or research, never a crowd, a family or
# a place, whose "found" is what they came upon
_FINDING_BODIES = frozenset(
    {"court", "committee", "commission", "tribunal", "panel", "jury", "judge", "watchdog"}
    | {"regulator", "inquiry", "team", "researcher", "scientist", "astronomer", "expert"}
    | {"investigator", "inspector", "auditor", "agency", "institute", "department"}
)


def _body_finds(s: _Sent, i: int) -> bool:
    """Whether "find" at ``i`` states a finding of a body: its subject is a court, an inquiry,
    researchers, a judge or a named organisation ("The SEC also found that ..."; for "it" or
    "they" see :func:`_pronoun_finds`), in an active verb that is no guess and takes a clause
    (:func:`_finds_clause`)."""
    if s.lemma[i] != "find" or not _finds_clause(s, i):
        return False
    subj = _subject_of(s, i)
    if subj is None:
        return False
    subj = _partitive(s, subj)
    if _adjudicates(s, subj):
        return True  # "Judge Ann Bee found that ..."
    if s.pos[subj] == "NOUN":
        return s.lemma[subj].lower() in _FINDING_BODIES
    return s.pos[subj] == "PROPN" and s.ent[subj][2:] == "ORG"


def _pronoun_finds(s: _Sent, i: int) -> bool:
    """Whether "find" or "show" at ``i`` has "it" or "they" for subject and takes the clause
    found, as :func:`_body_finds` asks ("They found the virus behaved like flu", "It also
    shows that few can spot ..."): a finding when the pronoun stands for a study or a body
    that inquires, which only the article before says (the resolver checks it)."""
    if s.lemma[i] not in ("find", "show") or not _finds_clause(s, i):
        return False
    subj = _subject_of(s, i)
    return subj is not None and s.lower[subj] in ("it", "they")


# what a study finds with a clause of its own: "found evidence that ...", "signs that ..."
_EVIDENCE_OF = frozenset({"evidence", "sign", "proof", "indication"})


def _that_on_object(s: _Sent, i: int) -> bool:
    """Whether "that" right after verb ``i`` hangs on its object, a clause whose verb the
    tagger read as a noun ("It found that one in five post something online", parsed
    "found [that ... something]"): a clause, however the parse hung it."""
    if i + 1 >= len(s.text) or s.lower[i + 1] != "that" or s.dep[i + 1] != "mark":
        return False
    o = s.head[i + 1]
    return o != i and s.head[o] == i and s.dep[o] == "dobj" and s.pos[o] in ("NOUN", "PRON")


def _finds_clause(s: _Sent, i: int) -> bool:
    """Whether "find" or "show" at ``i`` is an active verb that is no guess ("you may find
    that ...", "will find that") and takes a clause, or an object with "to be" ("found the
    sequences to be diverse"): "found traces of ..." and "found it hard to ..." find nothing
    said."""
    if s.tag[i] == "VB" or _passive(s, i):
        return False  # a bare "find" is a headline's noun misread ("Cairn in gas find")
    if _modal(s, i):
        return False
    kids = s.children(i)
    # the clause found follows, or the verb closes the sentence ("..., the committee found.")
    last = all(s.pos[k] in ("PUNCT", "SPACE") for k in range(i + 1, len(s.text)))
    return (
        _trailing_comma(s, i) is not None
        or _that_on_object(s, i)
        or any(
            s.dep[k] == "ccomp" and s.pos[k] in ("VERB", "AUX") and (k > i or last) for k in kids
        )
        or any(  # "found evidence that ...", "showed signs that ...": what was found
            s.dep[o] == "dobj"
            and o > i
            and s.lemma[o].lower() in _EVIDENCE_OF
            and not any(s.lower[d] == "no" for d in s.children(o))
            and any(
                s.dep[c] in ("acl", "ccomp")
                and any(s.dep[m] == "mark" and s.lower[m] == "that" for m in s.children(c))
                for c in s.children(o)
            )
            for o in kids
        )
        or _shown_moving(s, i)
        or any(  # "found the DNA sequences to be relatively diverse"
            s.lemma[k] == "be"
            and k > i
            and any(s.lower[t] == "to" and s.dep[t] == "aux" for t in s.children(k))
            and any(s.dep[o] == "dobj" and o < k for o in kids)
            for k in kids
        )
    )


# what a count shows of a measure, after it with an amount: "showed exports down 2.3%",
# "show prices 5% higher", "showed unemployment at 4.7%"
_MOVES = frozenset({"down", "up", "at", "higher", "lower", "steady", "unchanged", "flat"})


def _shown_moving(s: _Sent, i: int) -> bool:
    """Whether "show" at ``i`` has an object and after it where that measure stands, with an
    amount ("figures showed exports down 2.3% to $95bn", "data show prices 5% higher"): a
    finding stated as a clause would state it ("that exports were down 2.3%")."""
    if s.lemma[i] != "show":
        return False
    objs = [o for o in s.children(i) if s.dep[o] == "dobj" and o > i and s.pos[o] == "NOUN"]
    if not objs:
        return False
    for k in s.children(i):
        if k <= objs[0] or s.lower[k] not in _MOVES or s.quoted[k]:
            continue
        tree = _subtree(s, k) | set(range(objs[0] + 1, k))
        if s.lower[k] in ("steady", "unchanged", "flat") or any(
            s.tag[t] == "CD" or s.ent[t][2:] in _AMOUNTS for t in tree
        ):
            return True
    return False


# titles written before a name that make its bearer one who rules ("Judge Ann Bee", "Chief
# Justice Ann Bee"); "Justice Secretary Ann Bee" has another title nearer the name
_JUDGE_TITLES = frozenset({"judge", "justice", "magistrate", "coroner", "sheriff", "referee"})


def _adjudicates(s: _Sent, j: int) -> bool:
    """Whether the subject headed by ``j`` rules on a case: a court, judge, jury, tribunal,
    regulator or referee, or a ruling itself ("the unanimous court", "the High Court", "the
    court order"); a person titled as one ("District Judge Ann Bee") or described so in
    apposition ("Ann Bee, a federal judge,", "Ann Bee, the president of the court,")."""
    if s.lemma[j].lower() in _ADJUDICATORS | _RULINGS:
        return True
    if s.ent[j].endswith("PERSON"):
        a = s.ent_span(j)[0]
        if s.lower[a] in _JUDGE_TITLES or (a > 0 and s.lower[a - 1] in _JUDGE_TITLES):
            return True
    for k in s.children(j):
        if s.dep[k] != "appos" or k < j:
            continue
        if s.lemma[k].lower() in _ADJUDICATORS:
            return True
        of = [o for p in s.children(k) if s.lower[p] == "of" for o in s.children(p)]
        if any(s.dep[o] == "pobj" and s.lemma[o].lower() in _ADJUDICATORS for o in of):
            return True  # "the president of the court"
        if _adjudicates(s, k):  # "Ann Bee, Lady Bee, the president of the court"
            return True
    return False


def _subordinate_time(s: _Sent, i: int) -> bool:
    """Whether verb ``i`` heads a clause of time ("once the court decided ...", "until the
    court has decided ...", "when the judge ordered ...")."""
    return s.dep[i] == "advcl" and any(
        s.dep[k] == "mark" and s.lower[k] in _TIME_MARKS for k in s.children(i)
    )


_TIME_MARKS = _BACKGROUND | {"when", "while"}


def _rules(s: _Sent, i: int, *, direct: bool) -> bool:
    """Whether "order", "decide" or "hold" at ``i`` reports a ruling: an active verb whose
    subject rules on cases (:func:`_adjudicates`) and which takes what was ruled, a clause
    with a subject of its own ("ordered that ballots be accepted", "decided their actions
    did not qualify", "held that the contract was void"), a quotation, a clause before it
    ("..., the judge ordered.") or, for "order", someone told to do something ("ordered the
    bank to pay a fine"). "Decided to adjourn" and "held talks" say nothing, and "decided
    whether" asks."""
    if _passive(s, i) or _subordinate_time(s, i):
        return False  # "Once the courts decided that ...": what had happened by then
    kids = s.children(i)
    said = (direct and _quote_under(s, i)) or _trailing_comma(s, i) is not None
    for c in kids:
        if c < i or s.dep[c] not in ("ccomp", "xcomp"):
            continue
        inner = s.children(c)
        to = any(s.dep[m] == "aux" and s.lower[m] == "to" for m in inner)
        asks = any(s.lower[m] in ("whether", "if") or s.tag[m] in ("WRB", "WP") for m in inner)
        told = any(s.dep[m] in ("nsubj", "nsubjpass", "expl") for m in inner)
        told = told or any(s.dep[o] == "dobj" and o < c for o in kids)  # "ordered X to pay"
        if asks or not told:
            continue
        if not to or s.lemma[i] == "order":
            said = True
    if not said:
        return False
    subj = _subject_of(s, i)
    return subj is not None and _adjudicates(s, _partitive(s, subj))


# words for a part of a group or a whole ("half of the respondents", "five of the eight
# critics", "part of the judge's statement"): the group or whole is who speaks
_PARTS = frozenset(
    {"part", "half", "most", "some", "many", "several", "majority", "minority", "percent"}
    | {"all", "both", "each", "rest", "third", "quarter", "few", "dozen", "bulk", "number"}
    | {"proportion", "share", "one", "none", "hundred", "thousand", "cent"}
)


def _partitive(s: _Sent, j: int) -> int:
    """The group or whole that the part at ``j`` is taken from ("half of [the respondents]",
    "five of the eight [critics]", "part of the judge's [statement]"), else ``j``."""
    if s.lower[j] not in _PARTS and s.lemma[j].lower() not in _PARTS and s.pos[j] != "NUM":
        return j
    for p in s.children(j):
        if s.dep[p] == "prep" and s.lower[p] == "of" and p > j:
            objs = [o for o in s.children(p) if s.dep[o] == "pobj" and not s.quoted[o]]
            if objs and s.pos[objs[0]] in ("NOUN", "PROPN"):
                return objs[0]
    return j

_NAMING = frozenset({"call", "term", "dub", "label"})


def _pleads_guilt(s: _Sent, i: int) -> bool:
    """Whether "plead" at ``i`` enters a plea ("pleaded (not) guilty", "pleaded innocent")."""
    return any(
        s.lower[k] in ("guilty", "innocent") for c in s.children(i) for k in [c, *s.children(c)]
    )


def _names_object(s: _Sent, i: int) -> bool:
    """Whether naming verb ``i`` says what its object is: a complement after the object
    ("called its actions defensive", "termed her a traitor", "called it a disgrace");
    "called the meeting", "called police" name nothing."""
    if s.lemma[i] not in _NAMING:
        return False
    objs = [k for k in s.children(i) if k > i and s.dep[k] == "dobj"]
    if not objs:
        return False
    o = objs[0]
    if s.lower[o] in ("itself", "themselves", "himself", "herself", "myself", "ourselves"):
        return False  # "they called themselves Drink Or Die": a name taken, not a judgement
    if any(k > o and s.dep[k] in ("dobj", "oprd", "ccomp", "xcomp") for k in s.children(i)):
        return True
    return any(k > o and s.pos[k] == "ADJ" and s.dep[k] in ("acl", "amod") for k in s.children(o))


def _as_saying(s: _Sent, i: int) -> bool:
    """Whether verb ``i`` has "as" with a reporting verb under it ("cited X as saying")."""
    verbs = _lexicon().verbs
    return any(
        s.lower[k] == "as" and s.tag[k + 1] == "VBG" and s.lemma[k + 1] in verbs
        for k in range(i + 1, len(s.text) - 1)
    )


# words opening a clause of time, reason or condition ("for" and "that" open what is asked)
_SUBORDINATE = _BACKGROUND | _CONDITION | {"when", "while", "because", "as", "although", "though"}


def _subordinate(s: _Sent, h: int) -> bool:
    """Whether ``h`` heads a clause of time, reason or condition ("after the Home Office
    announced ...")."""
    return s.dep[h] == "advcl" and any(
        s.dep[m] == "mark" and s.lower[m] in _SUBORDINATE for m in s.children(h)
    )


def _bare_clause(s: _Sent, h: int) -> bool:
    """Whether ``h`` is a clause with no "that", or a verb joined with a subject of its own
    ("Blues slam Blackburn [Birmingham have confirmed ...] but [Karen Brady has called ...]")."""
    kids = s.children(h)
    if s.dep[h] == "ccomp":
        return not any(s.dep[m] == "mark" and s.lower[m] == "that" for m in kids)
    return s.dep[h] in ("conj", "parataxis") and any(s.dep[m] in _SUBJ for m in kids)


def _quote_under(
    s: _Sent, i: int, *, through_clauses: bool = True, bare_clause: bool = True
) -> bool:
    """Whether a quoted word hangs (through any chain of heads) on verb ``i``; without
    ``through_clauses``, not through a clause of time or reason ("apologised to MPs [after
    the Home Office announced "prematurely" ...]": not the apology's words); without
    ``bare_clause``, not through a clause of ``i`` with no "that" or a verb joined to it
    with its own subject (a story's sentence parsed under a headline's verb: "Blair blasts
    Tory plans [Tony Blair has ...]", :func:`_bare_clause`)."""
    for k, q in enumerate(s.quoted):
        if q:
            h, steps = k, 0
            while h != i and s.head[h] != h and steps < 20:
                if not through_clauses and _subordinate(s, h):
                    break
                if not bare_clause and s.head[h] == i and _bare_clause(s, h):
                    break
                h, steps = s.head[h], steps + 1
            if h == i:
                return True
    return False


# the few nouns that end like a past tense: every other "-ed" word is a verb form
_ED_NOUNS = frozenset({"hatred", "kindred", "hundred", "watershed", "bloodshed", "shed", "bed"})


def _misread_clause(s: _Sent, i: int) -> bool:
    """Whether the object of verb ``i`` is a clause whose verb the tagger read as a noun:
    a past tense after the noun it has for subject, at the end of the object ("reported
    most of the deceased suffocated", parsed "most of [the deceased suffocated]")."""
    for o in s.children(i):
        if s.dep[o] != "dobj" or o < i or s.quoted[o]:
            continue
        last = max(_subtree(s, o))
        w = s.lower[last]
        if last == o or s.tag[last] not in ("NN", "NNS") or not w.endswith("ed"):
            continue
        if w.endswith("eed") or w.endswith("bed") or w in _ED_NOUNS or len(w) < 6:
            continue  # "greed", "hotbed", "hatred": nouns
        if s.dep[last - 1] in ("amod", "compound", "nmod") and s.head[last - 1] == last:
            return True  # "the deceased suffocated", "the trapped drowned": its subject
    return False


def _quote_follows(s: _Sent, i: int) -> bool:
    """Whether a quoted clause (three words or more, with a verb) opens right after verb
    ``i`` or its short phrase and closes at the sentence's end ('noting on Twitter "[h]is
    venture ... began ..."'): the verb's clause, however the parse hung it (an edited capital in
    brackets often sends it to the main verb)."""
    k = next((k for k in range(i + 1, len(s.text)) if s.quoted[k]), None)
    if k is None or k - i > 8 or s.quoted[i] or s.pos[k - 1] != "PUNCT":
        return False
    tree = _subtree(s, i)
    if any(m not in tree or s.pos[m] == "PUNCT" for m in range(i + 1, k - 1)):
        return False  # 'noted the need, "..."', a quotation of another clause
    if s.pos[k - 2] in ("DET", "SCONJ", "ADP") or s.lower[k - 2] in ("that", "as"):
        return False  # 'described it as "...', 'saying that "...': a fragment in the clause
    end = _quote_end(s, k)
    if end == len(s.text) or s.pos[k] == "DET":
        return False  # a quotation running on into the next sentence, or a noun phrase
    words = [p for p in s.pos[k:end] if p not in ("PUNCT", "SPACE", "SYM", "X")]
    rest = [p for p in s.pos[end:] if p not in ("PUNCT", "SPACE")]
    return not rest and len(words) >= 3 and ("VERB" in words or "AUX" in words)


# what a quotation is called when it is the subject of "was": '"Welcome" was the message'
_SAID_WORDS = frozenset({"message", "comment", "word", "reply", "answer", "response", "verdict"})


def _quoted_name(s: _Sent, first: int, end: int) -> bool:
    """Whether the quotation opening the sentence at token ``first`` (up to ``end``) is a
    name the sentence goes on to say something about ('"Build Back Better" is a form of
    ...', '"Law and order" was a common theme'), not words someone said: it opens in this
    sentence, ends with no punctuation inside its marks, and a verb follows it (not after a
    comma: '"This plan works", he said') or it has no verb of its own. A cue after it
    ('"Just Do It" implored the headline') or a predicate that calls it said ('"Welcome"
    was the message from the pilot') keeps it a quotation."""
    if first == 0 or s.pos[first - 1] != "PUNCT" or s.pos[end - 1] == "PUNCT":
        return False
    after = next((m for m in range(end, len(s.pos)) if s.pos[m] != "PUNCT"), None)
    if after is None or "," in s.text[end:after]:
        return False
    if s.pos[after] in ("VERB", "AUX") and s.lemma[after] in _lexicon().verbs:
        return False  # '"Just Do It" implored the front page headline'
    if any(s.dep[k] == "attr" and s.lemma[k].lower() in _SAID_WORDS for k in s.children(after)):
        return False  # '"Welcome to CeBit" was the message from the pilot'
    verbless = not {"VERB", "AUX"} & set(s.pos[first:end])
    return s.pos[after] in ("VERB", "AUX") or verbless


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
    """Whether verb ``i`` takes a clause opened by "that", a "to" infinitive (not for a verb
    of consent, :data:`_CONSENT`), or a clause whose subject is no name ("agreed she could
    win", "agreed the claims were wrong"). A
    name starting the clause may be a headline glued to the story ("X agrees new contract
    Club boss Y signed ..."), so it needs the "that", unless a small-letter determiner or
    possessive opens it and its verb is finite ("hinted the Tories might ...")."""
    for k in s.children(i):
        if s.dep[k] in ("ccomp", "csubj") and any(
            s.dep[m] == "mark" and s.lower[m] in ("that", "whether") for m in s.children(k)
        ):
            return True
        subj = [m for m in s.children(k) if s.dep[m] in ("nsubj", "nsubjpass", "csubj")]
        if s.dep[k] == "ccomp" and subj and s.pos[subj[0]] != "PROPN":
            return True
        opened = s.dep[k] == "ccomp" and subj and k > i and _opens_small(s, subj[0])
        if opened and _finite(s, k):
            return True  # "hinted the Tories might ...": a name after a determiner, no headline
        # "have indicated [a homicide probe] [is] ongoing": the clause's subject parsed as
        # the verb's object, right before the clause's verb or its auxiliaries ("accepted
        # [his side] had not played well")
        objs = [o for o in s.children(i) if s.dep[o] == "dobj" and i < o < k]
        if _object_subject(s, k, subj, objs):
            words = _subtree(s, objs[-1])  # no name in it: "agree new deal for striker
            named = any(s.pos[m] == "PROPN" for m in words)  # Joe Platt signed" is glued
            helpers = range(max(words) + 1, k)
            return not named and all(
                s.head[m] == k and s.dep[m] in ("aux", "auxpass", "neg") for m in helpers
            )
        asked = s.lemma[i] == "request" and not objs  # "requested to have the players"
        if s.dep[k] == "xcomp" and (s.lemma[i] not in _CONSENT or asked) and any(
            s.dep[m] == "aux" and s.lower[m] == "to" for m in s.children(k)
        ):
            return True
    return False


def _object_subject(s: _Sent, k: int, subj: list[int], objs: list[int]) -> bool:
    """Whether clause ``k``, with no subject of its own, follows a noun object of the verb
    that is its subject misread: a clause of content ("indicated [a probe] is ongoing"), or
    one the parse took for a clause of circumstance but whose finite auxiliary right after
    the object shows it is no such clause ("accepted [his side] had not played well")."""
    if subj or not objs or s.pos[objs[-1]] != "NOUN":
        return False
    if s.dep[k] == "ccomp":
        return True
    return (
        s.dep[k] == "advcl"
        and not any(s.dep[m] == "mark" for m in s.children(k))
        and s.tag[max(_subtree(s, objs[-1])) + 1] in (*_FINITE, "MD")
    )


def _opens_small(s: _Sent, n: int) -> bool:
    """Whether the phrase of clause subject ``n`` opens with a determiner or a possessive in
    small letters ("the Tories", "his Labour colleagues"): a headline glued to the story
    has none ("X agrees new Villa contract Villa boss Joe Platt signed ...")."""
    first = min(_subtree(s, n))
    return (
        s.text[first][:1].islower()
        and s.tag[first] in ("DT", "PRP$")
        and not s.quoted[first]
    )


# verbs whose "to" infinitive is the act consented to, not words: "agreed to pay $2bn",
# "agreed to merge with Y", "accepted to serve as chairman" tell a decision; "agreed that
# ...", "accepted that mistakes were made" state a view; "requested ballots to vote by mail"
# asks for a thing ("requested that ...", "requested the US to waive ..." ask for words)
_CONSENT = frozenset({"agree", "accept", "request"})


def _says_a_rite(s: _Sent, kids: list[int]) -> bool:
    """Whether "say" takes a greeting or rite as object ("said goodbye", "say a prayer"), one
    of the things speaker_nouns.toml marks "told": no statement."""
    told = _lexicon().told_things
    return any(s.dep[k] in ("dobj", "intj") and s.lemma[k].lower() in told for k in kids)


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


def _split_perfect(s: _Sent, i: int) -> int | None:
    """The "has" or "had" that participle ``i`` belongs to when an aside between them made
    the parse hang ``i`` on the aside's noun ("The ministry has, in a statement, called on
    drivers to ..."), taking "has" or a word after ``i`` for the main verb; else ``None``."""
    if s.tag[i] != "VBN" or s.dep[i] != "acl" or i < 4 or s.text[i - 1] != ",":
        return None
    n = s.head[i]
    p = s.head[n]
    if s.dep[n] != "pobj" or s.dep[p] != "prep" or s.text[p - 1] != ",":
        return None
    h = p - 2
    if s.lemma[h] != "have" or s.tag[h] not in _FINITE or s.quoted[h]:
        return None
    if any(s.dep[k] in ("dobj", "neg", "mark") for k in s.children(h)):
        return None  # "has not, in ..., ": nothing said; "if it has, ...": maybe
    return h


_ON_AUX = frozenset({"nsubj", "nsubjpass", "punct", "cc", "advmod", "prep", "npadvmod"})


def _noun_root_verb(s: _Sent, i: int) -> int | None:
    """The document that finite verb ``i`` has for subject when the parse hung the verb on
    it as a participle and made the noun the sentence's root ("A report by the Commons
    committee called for the agency to be wound up", parsed "[A report by the committee
    called for ...]"): the root noun, when it is a document; else ``None``."""
    h = s.head[i]
    if s.dep[i] != "acl" or s.tag[i] not in ("VBD", "VBZ") or h == i or h > i:
        return None
    if s.dep[h] != "ROOT" or s.pos[h] != "NOUN" or not _document(s, h):
        return None
    if any(s.pos[k] in ("VERB", "AUX") and s.dep[k] != "acl" for k in range(h)):
        return None  # a verb before the noun: the noun is no subject
    return h


def _subject_of(s: _Sent, i: int) -> int | None:
    off = _set_off_cue(s, i)  # "The new rules, says Ms Bee, will cost jobs": the parse may
    if off is not None:  # take "rules" for the subject of "says"
        return off[0]
    k = i + 1  # "..., said M&S." where the name was not parsed as the subject
    if k < len(s.text) and not s.quoted[k] and s.text[k][:1].isupper() and s.dep[k] == "punct":
        return k
    raised = False  # reached from "X is reported to have said": X, the passive subject
    for step in range(3):
        deps = _SUBJ | {"nsubjpass"} if raised else _SUBJ
        subj = [k for k in s.children(i) if s.dep[k] in deps]
        if not subj:  # "The ministry has, in a statement, urged ...": an aside between the
            # auxiliary and its verb can make the parse hang the subject (and more) on the
            # auxiliary; a negation or an "if" there ("had not, as of Monday,
            # announced", "if he does confess") is the parse's too, and no statement is made
            subj = [
                k
                for a in s.children(i)
                if s.dep[a] in ("aux", "auxpass") and a < i
                and all(s.dep[m] in _ON_AUX for m in s.children(a))
                for k in s.children(a)
                if s.dep[k] in deps and k < a
            ]
        perfect = _split_perfect(s, i) if not subj and step == 0 else None
        if perfect is not None:  # "X has, in a statement, called on ...": the subject
            for h in (perfect, s.head[perfect]):  # of "has" or of the verb it was hung on
                subj = subj or [k for k in s.children(h) if s.dep[k] in deps and k < perfect]
        if not subj and step == 0 and _with_absolute(s, i):
            return s.head[i]  # "..., with analysts predicting that ...": the analysts
        if not subj and step == 0:
            # "we heard him say", "..., reported officials, with ...", "... chief executive
            # Helmut Panke said:", "On Friday Ford Motor Company announced"
            for find in (
                _seen_doing, _inverted_subject, _name_before, _name_in_opening, _noun_root_verb
            ):
                found = find(s, i)
                if found is not None:
                    return found
        if subj and all(s.quoted[k] for k in subj) and step == 0:
            after = _name_after(s, i)  # '"...," tweeted former executive Ken Gude.'
            if after is None:  # '"Our team" study co-author Tak-Sing Wong said'
                after = _name_before(s, i)
            if after is not None:
                return after
        if subj:  # a subject inside the quote is the quote's own ('"...tracks," said Myers')
            outside = [k for k in subj if not s.quoted[k]] or subj
            inner = [k for k in outside if s.pos[k] == "PROPN" and _named_inside(s, k, outside)]
            outside = [k for k in outside if k not in inner]  # "the journal [Apis Letters]"
            named = [k for k in outside if s.pos[k] == "PROPN"]  # "The chair of X, Ann Bee said"
            # two subjects and no name: the nearer the verb ("Jamieson issues warning to
            # bigots Scotland's justice minister has warned": a headline glued to the story)
            words = [k for k in outside if k < i and s.text[k][:1].isalnum()]  # "co", "-"
            near = max(words, default=outside[0])
            k = named[0] if named and len(outside) > 1 else near
            if s.tag[k] in ("WDT", "WP") and s.dep[i] == "relcl" and step == 0:
                p = k - 1 if k > 0 and s.text[k - 1] != "," else k - 2
                if p >= 0 and s.ent[p].endswith("PERSON"):
                    return p  # "backed by Culture Secretary Ann Bee who said": the name
                return s.head[i]  # "criticism from the committee, which said ...": its antecedent
            if step == 0:  # "Kennedy questions trust of Blair Lib Dem leader Charles
                glued = _glued_name(s, k, i)  # Kennedy has said": a headline glued on
                if glued is not None:
                    return glued
            return _hyphen_end(s, k)  # "co-chairman" split as "co", "-", "chairman"
        aged = _aged_modifier(s, i)
        if aged is not None:  # "The 31-year-old insisted", the phrase hung on the verb
            return aged
        if step == 0 and s.dep[i] == "pcomp":
            host = _saying_host(s, i)  # "stepped up the row by claiming ...": who claimed
            if host is None:
                return None
            i, raised = host, True
            continue
        if s.dep[i] not in ("conj", "advcl", "xcomp") or s.head[i] == i:
            return None
        if step == 0 and any(s.dep[k] == "auxpass" for k in s.children(i)):
            return None  # "..., but is believed to fear ...": someone else believes it
        if s.dep[i] == "advcl" and not _active_clause(s, i):
            return None  # "..., saying" speaks for the clause's subject; "when asked" not
        if step == 0 and s.dep[i] == "xcomp" and s.lemma[s.head[i]] in _CAUSING:
            h = s.head[i]  # "forced the firm to admit ...": the firm, when it was done
            made = [k for k in s.children(h) if s.dep[k] == "dobj" and k < i]
            return made[0] if made and s.tag[h] == "VBD" else None
        h = s.head[i]  # "is reported to have claimed", not "is set to announce" (a plan)
        raised = s.dep[i] == "xcomp" and s.tag[h] == "VBN" and _raising(s.lemma[h])
        # "He was advised to ... and said ...": a verb joined to a passive shares its subject
        joined = step == 0 and s.dep[i] == "conj" and s.tag[i] in _FINITE
        raised = raised or (joined and any(s.dep[k] == "ccomp" for k in s.children(i)))
        i = s.head[i]
    return None


_CAUSING = frozenset({"make", "force", "let", "allow", "compel", "oblige", "require"})


def _named_inside(s: _Sent, k: int, subjects: list[int]) -> bool:
    """Whether the name at ``k``, parsed as a second subject of a verb, is the name of a
    noun inside another of its ``subjects`` ("A study published in the journal [Apis
    Letters] found ...": the journal's name, not who found it): written right after that
    noun, the object of a preposition there, with no comma between. A person's name, or
    one after a noun for someone who speaks, stays the subject ("speaker of the parliament
    Ann Bee wrote", "figures from the regulator Ofcom", "media watchdog Ofcom said")."""
    if s.ent[k].endswith("PERSON"):
        return False
    a = s.ent_span(k)[0] if s.ent[k] != "O" else k
    while a > 0 and s.dep[a - 1] == "compound" and s.pos[a - 1] == "PROPN":
        a -= 1
    if a == 0 or s.pos[a - 1] != "NOUN" or s.dep[a - 1] != "pobj":
        return False
    lex = _lexicon()
    noun = s.lemma[a - 1].lower()
    if noun in lex.speaker_nouns or noun in lex.titles or noun in lex.org_descriptors:
        return False
    return any(o != k and o < a - 1 and a - 1 in s.subtree(o) for o in subjects)


def _caused(s: _Sent, i: int) -> bool:
    """Whether cue ``i`` is what someone is yet to make or let another do ("won its fight
    to make the bloggers reveal their sources", "will force the firm to admit it"): not
    said. "Forced the firm to admit it" tells that it did."""
    h = s.head[i]
    bare = s.tag[i] == "VB"  # "makes X reveal", not a glued headline's "makes move X says"
    if not (bare and s.dep[i] in ("ccomp", "xcomp") and s.lemma[h] in _CAUSING):
        return False
    aux = [k for k in s.children(h) if s.dep[k] == "aux"]
    return any(s.lower[k] == "to" or s.tag[k] == "MD" for k in aux)


_WH = frozenset({"which", "what", "who", "whom", "whose", "how", "why"})
_TELLING = frozenset({"reveal", "report", "disclose", "confirm", "announce", "explain"})


def _names_question(s: _Sent, i: int) -> bool:
    """Whether a cue that is no question reports only a question's answer by name ("reported
    which region was crucial", "revealed who told them"): the fact that it told, not what
    it told. Questions asked ("asked where the money went") are statements."""
    if s.lemma[i] not in _TELLING:
        return False
    clauses = [k for k in s.children(i) if s.dep[k] == "ccomp" and k > i]
    if len(clauses) != 1 or any(s.dep[k] == "dobj" for k in s.children(i)):
        return False
    first = min(_subtree(s, clauses[0]))  # after the cue: "firms which he says were sold"
    return first > i and s.lower[first] in _WH and not s.quoted[first]


# words after which a "to" infinitive tells what was done ("went on to say", "continued to
# insist", "used the ceremony to speak out", "was quick to point out", "had to admit"); after
# any other word it tells what is meant, planned, tried, caused or possible
_IMPLICATIVE = frozenset(
    {"go", "continue", "proceed", "begin", "start", "manage", "use", "have", "prefer", "repeat"}
    | {"hasten", "rush", "hurry", "take", "seem", "appear", "choose", "opt", "move", "dare"}
    | {"quick", "keen", "careful", "eager", "anxious", "swift", "first", "last", "happy"}
    | {"pleased", "proud", "glad", "able", "bother", "pause", "stop"}
)
# verbs whose passive asks its subject to speak ("was asked to comment", "was urged to
# apologise"), unlike the passive of a report ("is alleged to have said": said)
_ASKING = frozenset(
    {"ask", "urge", "implore", "tell", "advise", "warn", "direct", "inform", "call", "invite"}
    | {"press", "encourage", "order", "instruct", "request", "challenge", "expect", "schedule"}
)


def _irrealis_infinitive(s: _Sent, i: int) -> bool:
    """Whether cue ``i`` is a "to" infinitive that tells what someone means, plans, tries or
    is made to say rather than what they said: a purpose ("was visiting the region to
    stress its support"), a plan or attempt ("are looking to portray him as ...", "is to
    ask the court"), what is caused ("leading commentators to argue") or possible ("make it
    impossible to dismiss"). After a verb of the :data:`_IMPLICATIVE` kind ("went on to
    say") or the passive of a report ("is alleged to have said") it was said."""
    if s.dep[i] not in ("xcomp", "advcl", "ccomp"):
        return False
    if not any(s.dep[k] == "aux" and s.lower[k] == "to" for k in s.children(i)):
        return False
    h = s.head[i]
    if h == i:
        return False
    lemma = s.lemma[h].lower()
    if lemma in _IMPLICATIVE or (lemma in _CAUSING and s.tag[h] == "VBD"):
        return False  # "went on to say"; "forced the firm to admit" (done, see _caused)
    passive = any(s.dep[k] == "auxpass" for k in s.children(h))
    return not (passive and _raising(lemma) and lemma not in _ASKING)


_RELATIVES_PRON = frozenset({"which", "that", "who", "whom", "whose"})


def _object_relative_cue(s: _Sent, i: int) -> bool:
    """Whether cue ``i`` is a relative clause about the noun it hangs on, which is its object
    ("a plan that Ann Bee proposed", "the plan Bee proposed", "the act, which the court later
    ruled to be unconstitutional", "the vote, which outlets projected she won"): the clause
    describes the noun, and the sentence tells something else. A relative pronoun as the
    subject of a clause of its own ("the figures, which the minister said were wrong"), or
    after a preposition ("the speech, in which he said he had won") keeps the statement,
    and so does a quoted fragment ('the plan, which he called "reckless"')."""
    if s.dep[i] not in ("relcl", "acl") or _quote_under(s, i):
        return False  # an "acl" with a subject of its own is a relative clause too
    if any(s.dep[k] == "prep" and s.lower[k] == "as" for k in s.children(i)):
        return False  # "whom he described as his first teacher": what he called her
    subj = [k for k in s.children(i) if s.dep[k] in _SUBJ]
    if not subj or s.lower[subj[0]] in _RELATIVES_PRON:
        return False
    hosts = [i] + [k for k in s.children(i) if s.dep[k] == "xcomp"]
    objs = [k for h in hosts for k in s.children(h) if s.dep[k] == "dobj"]
    if any(s.lower[k] in _RELATIVES_PRON for k in objs):
        return True  # "that Bee proposed", "which the court ruled to be ...", "which ... won"
    said = any(s.dep[k] == "ccomp" for k in s.children(i))
    if said or any(s.lower[k] in _RELATIVES_PRON for k in _subtree(s, i)):
        return False
    # no relative pronoun: a relative clause follows its noun right away ("the plan Bee
    # proposed"); after a comma it is a trailing attribution the parse hung on a noun
    # ("... despite a rise in output, business group the CBI says", even hung on "group")
    first, h = min(_subtree(s, i)), s.head[i]
    if s.dep[h] == "appos":
        return False
    return not any(s.pos[k] == "PUNCT" for k in range(h + 1, first))


# cues that also mean winning or taking what their object names ("claims new world best",
# "claimed the title"): in a glued headline the object is what was taken, not said
_TAKING = frozenset({"claim"})


def _headline_repeat(s: _Sent, i: int) -> bool:
    """Whether cue ``i`` (a verb of :data:`_TAKING`) has a one-word name for subject, a noun
    after it, and then a clause whose subject is the same name in full ("Bee claims new
    record Sprinter Ann Bee broke her own ...", however the tagger typed the names): no
    sentence names its subject twice so, but a headline glued to the story's first sentence
    does, and its verb's object ("new record") ends it; the story's sentence is no clause."""
    if s.lemma[i] not in _TAKING:
        return False  # "Kenyon denies Robben return [Peter Kenyon has played down ...]": the
    subj = [k for k in s.children(i) if s.dep[k] in _SUBJ and k < i]  # lead says it too
    if not subj or s.pos[subj[0]] != "PROPN":
        return False
    if any(s.dep[m] == "compound" for m in s.children(subj[0])):
        return False  # "Ann Bee claims ...": a full name, as a story's sentence writes it
    for c in s.children(i):
        if s.dep[c] != "ccomp" or c < i:
            continue
        for k in s.children(c):
            if s.dep[k] not in _SUBJ or s.text[k] != s.text[subj[0]] or k > c:
                continue
            first = [m for m in s.children(k) if s.dep[m] == "compound" and s.pos[m] == "PROPN"]
            if first and any(s.pos[m] == "NOUN" for m in range(i + 1, min(first))):
                return True  # "Bee claims [new record] Sprinter Ann Bee broke ..."
    return False


def _perceived(s: _Sent, i: int) -> bool:
    """Whether "observe" at ``i`` tells what someone saw while doing something, being joined
    to a verb of doing that reports nothing ("They equipped the horses with cloths and
    observed that the flies ..."): an observation, not a remark."""
    if s.lemma[i] != "observe" or s.dep[i] != "conj":
        return False
    h = s.head[i]
    return s.pos[h] == "VERB" and s.lemma[h] not in _lexicon().verbs


_MAYBE = frozenset({"could", "might", "may"})  # speech that is only possible
_MODALS = frozenset({"will", "would", "could", "may", "might", "should", "can", "shall"})


def _saying_host(s: _Sent, i: int) -> int | None:
    """The verb whose subject speaks through cue ``i`` after a preposition, when ``i``
    has a clause ("stepped up his feud by claiming the manager is ...", "was sacked after
    saying ...", "is on record as saying that ..."): the verb the preposition hangs on;
    ``None`` without a clause, or when that verb speaks of what may be ("will reject that
    by claiming ...")."""
    p = s.head[i]
    v = s.head[p]
    if s.dep[p] != "prep" or v == p or s.pos[v] not in ("VERB", "AUX"):
        return None
    if s.dep[v] in ("ccomp", "xcomp"):
        return None  # "tried to have Waseem released by saying ...": not Waseem
    if not any(s.dep[k] in ("ccomp",) for k in s.children(i)):
        return None
    aux = [k for k in s.children(v) if s.dep[k] == "aux"]
    if any(s.lower[k] in _MODALS or s.lower[k] == "to" for k in aux):
        return None  # "will reject that by claiming", "to win them over by saying"
    return v


def _main_subject(s: _Sent, i: int) -> int | None:
    """The subject of the sentence's main verb for a participle cue set off by a comma
    after it ("Mr Balls rejected the allegation that Mr Brown had been sidelined, saying
    ..."), which the parse may hang on any verb before it: news writes ", saying" for the
    main clause's subject, or for the agent of a passive main verb it hangs on, right
    before its comma ("The bill was backed by tech firms, saying ..."). ``None`` for any
    other cue, or a main verb with no subject."""
    if s.tag[i] != "VBG" or i < 2 or s.text[i - 1] not in (",", "-", "–", "—"):
        return None
    if s.dep[i] not in ("advcl", "acl", "conj", "xcomp", "ccomp"):
        return None
    r = i
    while s.head[r] != r:
        r = s.head[r]
    if r > i or s.pos[r] not in ("VERB", "AUX"):
        return None
    agent = _agent_of(s, r) if s.head[i] == r else None
    if agent is not None and not s.quoted[agent] and max(_subtree(s, agent)) == i - 2:
        return agent  # "The bill was backed by tech firms, saying ...": the firms say it; not
        # "X was axed by his coach after failing to ..., claiming ...": X claims
    subj = [k for k in s.children(r) if s.dep[k] in _SUBJ and not s.quoted[k]]
    return subj[0] if subj else None


def _name_in_opening(s: _Sent, i: int) -> int | None:
    """The name right before finite verb ``i`` that the parse took into an opening phrase
    of time or place ("On Friday Ford Motor Company announced ...", "In December BT
    announced ...", the name read as the preposition's object): its last token, when the
    verb has no subject of its own; else ``None``."""
    if s.tag[i] not in _FINITE:
        return None
    k = i - 1
    while k > 0 and s.dep[k] in ("aux", "advmod") and s.head[k] == i:
        k -= 1  # "Ford has also announced"
    if k < 1 or s.quoted[k] or s.dep[k] != "pobj" or s.ent_span(k)[1] != k + 1:
        return None
    # the name may be tagged as the end of the date ("December BT" as one date)
    dated = s.ent[k].endswith("DATE") and s.pos[k] == "PROPN" and s.lower[k] not in _CALENDAR
    if not (dated or s.ent[k][2:] in (_NAME_ENTS | {"PERSON"})):
        return None
    p = s.head[k]
    if s.dep[p] != "prep" or s.head[p] != i or (not dated and p > s.ent_span(k)[0]):
        return None
    return k if any(s.ent[m].endswith("DATE") for m in range(p + 1, k)) else None


_CALENDAR = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september"}
    | {"october", "november", "december", "monday", "tuesday", "wednesday", "thursday"}
    | {"friday", "saturday", "sunday"}
)


def _glued_name(s: _Sent, k: int, i: int) -> int | None:
    """The name that ends right before verb ``i`` inside the phrase of its subject ``k``, a
    thing that cannot speak and has no determiner, as headlines write ("[trust] of Blair
    Lib Dem leader [Charles Kennedy] has said": a headline glued to the story); else
    ``None``. Only auxiliaries and adverbs may stand between the name and the verb."""
    lex = _lexicon()
    noun = _noun(s, k)  # "Data from the Office for National Statistics showed": a document
    if s.pos[k] != "NOUN" or s.ent[k] != "O" or _human_noun(noun, lex) or noun in lex.doc_nouns:
        return None
    if any(s.dep[c] in ("det", "poss") for c in s.children(k)):
        return None  # "A goal from Andy Scott condemned ...": narration, no headline
    e = i - 1
    while e > k and s.pos[e] in ("AUX", "ADV", "PART"):
        e -= 1
    if e <= k or s.ent[e][2:] not in ("PERSON", "ORG") or s.quoted[e]:
        return None
    tree = _subtree(s, k)
    return e if all(m in tree for m in range(s.ent_span(e)[0], e + 1)) else None


_PERCEIVE = frozenset({"see", "hear", "watch"})


def _seen_doing(s: _Sent, i: int) -> int | None:
    """The object of a verb of perception that cue ``i`` completes ("the meeting saw loyal
    MPs warn that ...", "we heard him say"): the one speaking; else ``None``."""
    h = s.head[i]
    if h == i or s.lemma[h] not in _PERCEIVE or s.dep[i] not in ("dep", "ccomp", "xcomp"):
        return None
    objs = [k for k in s.children(h) if s.dep[k] == "dobj" and h < k < i]
    return objs[0] if objs else None


def _name_after(s: _Sent, i: int) -> int | None:
    """The name after cue ``i`` that the parse did not make its subject ('"...," tweeted
    former executive Ken Gude.'): the head of the first person named after the verb when
    only a title or description stands between them; else ``None``."""
    k = i + 1
    while k < len(s.text) and not s.quoted[k] and s.ent[k] == "O" and s.pos[k] in (
        "ADJ",
        "NOUN",
        "PROPN",
        "DET",
    ):
        k += 1
    if k < len(s.text) and s.ent[k] == "B-PERSON" and not s.quoted[k]:
        return s.ent_span(k)[1] - 1
    return None


