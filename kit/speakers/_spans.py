"""Speech spans: where in a sentence the speaker's own words are (:func:`_row_spans`).

A direct quotation's words are the text inside its marks, without an editor's "[...]" at
either edge. Reported speech is read from the parse: the clause the reporting verb takes
("Xi said [China hopes to ...]", "pledged [to fully back Interpol]"), also when the parse
split it at its subject ("ruled [the draft] [violated the law]") or hung the attribution
under it ("[Prices will rise], Jo Hart has claimed."), the object when there is no clause
("proposed [enhanced reform]"), the words after "as" or a target's preposition ("described
the offer as [an insult]", "accused the board of [hiding the figures]"), the rest of the
sentence around a cue set in it (", the statement said,") and the clause an "according to
X" hangs on; a quotation that opens among those words counts whole. Either way the clause
of a participle cue after the attribution is the speaker's too ('"...," she said, noting
[it was the worst year since 2009]'). What is left out is the reporter's: the name and the
cue, the addressee ("told reporters"), times and framing before the cue, "that", "amid
...", "according to X", where it was said when that ends the clause ("in a statement"), a
parenthetical ", he said,", and the punctuation at either edge. A cue with no clause that
quotes a fragment ("called the plan 'reckless'") gives the quoted words.
"""

from __future__ import annotations

from .._resources import words
from ..sentences import WORDLESS_POS
from ._arrays import _Sent
from ._lexicon import _Lexicon, _lexicon
from ._names import _verb_of_a_name

_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "oprd"})
_ADDRESSEE_PREPS = frozenset({"on", "upon", "to"})  # "called on countries to act"
_CONTENT_PREPS = frozenset({"of", "about", "for", "against", "on", "as", "over"})
_FRAMING_PREPS = frozenset({"amid", "according"})
_EDGE_WORDS = frozenset({"that", "and", "but", "or"})  # never the first or last word of a span
_VERB_POS = frozenset({"VERB", "AUX"})
# verbs whose object is the addressee, not what was said: "urged countries to ...", "told
# passengers to ...", "asked Zelensky to ..." report the infinitive only (grammar, not a
# lexicon to tune: these are the verbs of asking and telling someone to do something)
_ADDRESSEE_VERBS = frozenset(
    {"tell", "ask", "urge", "call", "warn", "advise", "remind", "encourage", "order", "answer"}
    | {"instruct", "invite", "persuade", "beg", "implore", "press", "request", "caution"}
    | {"inform", "notify"}
)


def _row_spans(
    s: _Sent,
    quotes: list[tuple],
    start: int,
    end: int,
    kind: str | None,
    cue: str | None,
    lex: _Lexicon,
    at: int | None = None,
) -> list[tuple[int, int]]:
    """The speech spans (article offsets) of one sentence.

    ``s`` is the sentence's parse, ``quotes`` the article's quotation spans (``start, end,
    chain`` triples from :func:`quote_spans`), ``start:end`` the sentence's offsets,
    ``kind`` its speech type (``"direct"``, ``"indirect"`` or ``None`` for narration) and
    ``cue`` the reporting words as written, when known (else the sentence's own reporting
    verb is looked for; ``at`` is its token when already found).
    """
    if kind == "direct":
        return sorted(_trimmed(s, _quoted(quotes, start, end)) + _runs(s, _tail(s, lex)))
    if kind != "indirect" or not s.text:
        return []
    i = _cue_token(s, cue, lex) if at is None else at
    if i is None:
        return _trimmed(s, _quoted(quotes, start, end))
    words = _reported(s, i, lex)
    if words is None:  # a cue with a quoted fragment and no clause of its own
        parts = _quoted(quotes, s.start[i], end) or _quoted(quotes, start, end)
        joined = _joined_clauses(s, i, lex)  # 'apologised for "a mistake" and says [...]'
        runs = _runs(s, _whole_quotes(s, joined)) if joined else []
        alone = [p for p in _trimmed(s, parts) if not any(a <= p[0] <= p[1] <= b for a, b in runs)]
        return sorted(alone + runs)
    return _runs(s, _whole_quotes(s, words | _tail(s, lex, quoted=True)))


def _joined_clauses(s: _Sent, i: int, lex: _Lexicon) -> set[int]:
    """What cues joined to cue ``i`` with no subject of their own report ("He apologised for
    "a mistake" and says [he will write to the watchdog]")."""
    out: set[int] = set()
    for k in s.children(i):
        if k < i or s.dep[k] != "conj" or s.lemma[k] not in lex.verbs:
            continue
        if any(s.dep[m] in ("nsubj", "nsubjpass") for m in s.children(k)):
            continue
        if any(s.dep[c] in _CLAUSE_DEPS for c in s.children(k)):
            out |= _reported(s, k, lex) or set()
    return out


# --- direct quotations ------------------------------------------------------------------------


def _quoted(quotes: list[tuple], start: int, end: int) -> list[tuple[int, int]]:
    """The parts of the quotations inside ``start:end``."""
    out = []
    for a, b, _ in quotes:
        a, b = max(a, start), min(b, end)
        if a < b:
            out.append((a, b))
    return out


_DOTS = frozenset({"...", "…", "[...]", "[…]"})


def _trimmed(s: _Sent, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotation parts without an editor's "[...]" at either edge (words left out of the
    quotation are no words of the speaker's); "[T]his" keeps its bracket."""
    out = []
    for a, b in parts:
        inside = [k for k, p in enumerate(s.start) if a <= p < b]
        first, last = 0, len(inside)
        while first < last and (n := _ellipsis_at(s, inside[first:last], 0)):
            first += n
        while last > first and (n := _ellipsis_at(s, inside[first:last], -1)):
            last -= n
        if first == last:
            continue  # nothing but the ellipsis
        if first:
            a = s.start[inside[first]]
        if last < len(inside):
            k = inside[last - 1]
            b = s.start[k] + len(s.text[k])
        out.append((a, b))
    return out


def _ellipsis_at(s: _Sent, toks: list[int], edge: int) -> int:
    """How many tokens of an ellipsis ("...", "[...]" split or not) open (``edge`` 0) or
    close (``edge`` -1) ``toks``; 0 when there is none."""
    words = [s.text[k] for k in (toks[:3] if edge == 0 else toks[-3:])]
    if edge == -1:
        words = words[::-1]
    if words[:1] and words[0] in _DOTS:
        return 1
    group = ["[", "...", "]"] if edge == 0 else ["]", "...", "["]
    if words[:3] in (group, [w.replace("...", "…") for w in group]):
        return 3
    return 0


def _tail(s: _Sent, lex: _Lexicon, *, quoted: bool = False) -> set[int]:
    """The reported clause of a participle cue after a quotation's attribution ('"...," she
    said, noting it was the worst year since 2009'): the speaker's words too."""
    out: set[int] = set()
    for v in range(1, len(s.text)):
        if s.quoted[v] or s.tag[v] != "VBG" or s.lemma[v] not in lex.verbs:
            continue
        if s.dep[v] not in ("advcl", "conj", "xcomp") or s.text[v - 1] != ",":
            continue
        if any(s.dep[c] in _CLAUSE_DEPS and c > v for c in s.children(v)):
            words = _reported(s, v, lex) or set()
            out |= {k for k in words if k > v and (quoted or not s.quoted[k])}
    return out


def _whole_quotes(s: _Sent, words: set[int]) -> set[int]:
    """``words`` with the rest of every quotation that opens among them: a quotation is one
    piece of the speaker's words, whatever the parse hung its later part on ('told his
    party that Labour would "do anything, say anything, claim anything"')."""
    out = set(words)
    for k in sorted(words):
        if not s.quoted[k]:
            continue
        m = k + 1
        while m < len(s.text) and s.quoted[m]:
            out.add(m)
            m += 1
    return out


# --- reported speech --------------------------------------------------------------------------


def _cue_token(s: _Sent, cue: str | None, lex: _Lexicon) -> int | None:
    """The token of the reporting cue: the one written as ``cue`` (its first word), else any
    speech verb or "according"; one that takes a clause first, then the shallowest."""
    first = cue.split()[0].lower() if cue else None
    found = []
    for i, low in enumerate(s.lower):
        if s.quoted[i]:
            continue
        if first is not None:
            if low != first:
                continue
        elif not (
            (low == "according" and i + 1 < len(s.lower) and s.lower[i + 1] == "to")
            or (s.lemma[i] in lex.verbs and s.pos[i] in _VERB_POS)
        ):
            continue
        clause = low == "according" or any(s.dep[k] in _CLAUSE_DEPS for k in s.children(i))
        stance = first is not None and _stance_words(s, i) is not None  # "In his view, ... in"
        found.append((not stance, not clause, s.depth(i), i))
    return min(found)[-1] if found else None


def _subtree(s: _Sent, i: int) -> set[int]:
    return set(s.subtree(i))


_FINITE = frozenset({"VBZ", "VBD", "VBP", "MD"})


def _finite(s: _Sent, k: int) -> bool:
    """Whether clause verb ``k`` is finite, by its tag or by a finite auxiliary or modal of
    its own ("might go", "had played", "was told"); a gerund ("with Britons requesting X
    and others opting for Y") is none."""
    return s.tag[k] in _FINITE or any(
        s.dep[m] in ("aux", "auxpass") and s.tag[m] in _FINITE for m in s.children(k)
    )


def _modal(s: _Sent, i: int) -> bool:
    """Whether verb ``i`` has a modal auxiliary of its own before it ("will present", "may
    find", "should make clear"): what it reports is not done yet."""
    return any(s.dep[k] == "aux" and s.tag[k] == "MD" and k < i for k in s.children(i))


def _split_clause(s: _Sent, i: int) -> tuple[int, int] | None:
    """A clause the parse split at its subject: the subject taken for cue ``i``'s object
    and the clause's verb hung on the cue ("maintained [an inquiry] [is] what ...", "ruled
    [the draft] [violated] the law"); ``(object, verb)``, else ``None``. The verb is finite,
    right after the object (its auxiliaries aside: "confirmed [the road] had been
    [reopened]"), with no subject, "that", "if" or "and" of its own. A participle describing
    a document may have the verb hung on the verb that issued it ("issued a statement
    announcing [the leak] had been [fixed]")."""
    kids = s.children(i)
    objs = [k for k in kids if s.dep[k] == "dobj" and k > i]
    if len(objs) != 1 or s.pos[objs[0]] not in ("NOUN", "PROPN"):
        return None
    o = objs[0]
    end = max(_subtree(s, o))
    if any(s.lower[m] in _WHEN for m in _subtree(s, o) if m > o):
        return None  # "posted a rise in profit after [sales] were boosted": a time clause
    hosts = list(kids)
    if s.dep[i] == "acl" and s.tag[i] == "VBG" and s.dep[s.head[i]] == "dobj":
        hosts += s.children(s.head[s.head[i]])
    for v in hosts:
        if v <= end or s.dep[v] not in ("conj", "advcl") or s.pos[v] not in _VERB_POS:
            continue
        own = s.children(v)
        aux = [m for m in own if s.dep[m] in ("aux", "auxpass")]
        between = [m for m in range(end + 1, v) if m not in aux]
        if s.quoted[v] or any(s.pos[m] != "PUNCT" for m in between):
            return None  # only a comma may stand between them
        if not _finite(s, v) or any(s.dep[m] in _OWN_OPENERS for m in own):
            return None
        if any(s.dep[m] == "cc" for m in (*kids, *own) if o < m < v):
            return None
        return o, v
    return None


_OWN_OPENERS = frozenset({"nsubj", "nsubjpass", "expl", "mark", "cc", "csubj"})


def _trailing_comma(s: _Sent, i: int) -> int | None:
    """The comma that sets off cue ``i`` as the attribution ending the sentence, when the
    parse hung the cue under the clause it reports ("Prices will rise if the tax passes,
    finance minister Jo Hart has claimed."; "..., claimed Jo Hart."); else ``None``."""
    h = s.head[i]
    if h == i or h > i or s.dep[i] not in ("ccomp", "advcl", "parataxis", "conj"):
        return None
    if any(s.pos[k] not in WORDLESS_POS for k in range(i + 1, len(s.text))):
        return None  # words after the cue: it is no attribution at the end
    subj = [k for k in s.children(i) if s.dep[k] == "nsubj" and not s.quoted[k]]
    if not subj:
        return None
    before = [k for k in subj if k < i]  # the nearest: "if the tax passes" may share the verb
    first = min(_subtree(s, max(before))) if before else i
    c = first - 1
    if c <= 0 or s.text[c] != "," or s.quoted[c] or s.quoted[c - 1]:
        return None
    return c


def _leading_comma(s: _Sent, i: int) -> int | None:
    """The comma after cue ``i``'s phrase when the parse hung the cue, with its subject,
    under the clause that follows it ("Al Jazeera reported on Thursday, coverage had risen
    to 55 percent."); else ``None``."""
    h = s.head[i]
    if h == i or h < i or s.dep[i] not in ("ccomp", "parataxis"):
        return None
    if s.lemma[h] in _lexicon().verbs:
        return None  # "He spoke highly of X, Xinhua reported": the attribution follows
    if not any(s.dep[k] == "nsubj" and k < i for k in s.children(i)):
        return None
    c = max(_subtree(s, i)) + 1
    if c >= h or s.text[c] != "," or s.quoted[c]:
        return None
    return c


def _inverted_subject(s: _Sent, i: int) -> int | None:
    """The speaker the parse took for the object of cue ``i`` set off after the words it
    reports (", reported officials, with 25 others injured"): a noun or name right after
    the finite cue, ended by a comma or the sentence; else ``None``. Verbs whose object is
    the one addressed ("told reporters") never invert so."""
    warns = s.lemma[i] in _WARNING and _ends_sentence(s, i)
    if i < 2 or (s.lemma[i] in _ADDRESSEE_VERBS and not warns) or s.quoted[i]:
        return None
    read = s.lower[i] == "read" and s.dep[i] == "ROOT"  # '"...", read the warning.'
    if s.text[i - 1] != "," and not (read and s.text[i - 2] == "," and s.pos[i - 1] == "PUNCT"):
        return None  # '"...," read a statement from the firm': the comma inside the marks
    plural = warns and s.tag[i] == "VB" and not any(s.dep[k] == "aux" for k in s.children(i))
    if s.tag[i] not in ("VBD", "VBZ", "VBP") and not (read or plural):
        return None  # a participle is never inverted: ", citing anonymous sources,"
    if any(s.dep[k] in ("nsubj", "nsubjpass") for k in s.children(i)):
        return None
    objs = [k for k in s.children(i) if s.dep[k] == "dobj" and k > i]
    if not objs or min(_subtree(s, objs[0])) != i + 1 or s.pos[objs[0]] not in ("NOUN", "PROPN"):
        return None
    end = max(_subtree(s, objs[0])) + 1
    if end < len(s.text) and s.pos[end] != "PUNCT":
        return None
    if plural and s.tag[objs[0]] != "NNS":
        return None  # "..., warn union leaders." as the bare form agrees; not "warn him"
    if warns and any(s.lower[k] in ("you", "your") for k in _subtree(s, objs[0])):
        return None  # "..., warn your friends.": an imperative, its object addressed
    return objs[0]


# how a subject opens (before a cue set off inside its clause) and how the clause goes on
# after it, with its finite verb: "The answer, says Prof Bee, is wi-fi."; not "Then, say
# analysts, ..." (the cue after an opener) nor "..., said X, adding ..." (after its clause)
_CLAUSE_OPENERS = frozenset({"DET", "NOUN", "PROPN", "PRON", "ADJ", "NUM"})


# what "make" says with a clause: "made it clear that ...", "has made plain ...", "made it
# known that ..."
_MADE_KNOWN = frozenset({"clear", "plain", "known"})


def _made_clear(s: _Sent, i: int) -> tuple[int, int] | None:
    """``(word, head)``: where "clear", "plain" or "known" stands and the head of the clause
    that verb ``i`` makes known: "make" with one of those words after it (with or without
    "it") and a clause opened by "that" or with a subject of its own, however the parse hung
    it ("Mr Bee made it clear [the issue would be put to voters]", "has made clear [that he
    will not resign]"); "made the rules clear", "should make clear ..." and "made clear how
    ..." say nothing yet. Else ``None``."""
    if s.lemma[i] != "make" or s.quoted[i] or s.pos[i] not in ("VERB", "AUX"):
        return None
    if _modal(s, i):
        return None  # "The government should make clear ...": not yet made
    a = i + 2 if s.lower[i + 1 : i + 2] == ["it"] else i + 1  # as written, however hung
    if a >= len(s.text) or s.lower[a] not in _MADE_KNOWN:
        return None
    for h in (a, i):
        for c in s.children(h):
            if c <= a or s.quoted[c] or s.dep[c] not in ("ccomp", "advcl", "acl", "xcomp"):
                continue
            kids = s.children(c)
            if s.tag[min(_subtree(s, c))].startswith("W"):
                continue  # "made clear how it intends to ...": a question, not its answer
            if any(s.dep[m] in ("nsubj", "nsubjpass", "expl") for m in kids) or any(
                s.dep[m] == "mark" and s.lower[m] == "that" for m in kids
            ):
                return a, c
    return None


# what sets an aside off ("The deal, as X put it, ...", "– as X put it –", "(as X put it)")
_ASIDE_MARKS = frozenset({",", ";", "-", "–", "—", "(", ")"})


def _as_worded_span(s: _Sent, i: int) -> set[int] | None:
    """The tokens of the aside "as X put it" (from "as" to the comma or the end after "it")
    when cue ``i`` is its verb with "it" for its object; else ``None``."""
    kids = s.children(i)
    if s.dep[i] != "advcl" or not any(s.dep[k] == "dobj" and s.lower[k] == "it" for k in kids):
        return None
    marks = [k for k in s.children(i) if s.dep[k] == "mark" and s.lower[k] == "as" and k < i]
    if not marks:
        return None
    n = len(s.text)
    end = next((k for k in range(i + 1, n) if s.text[k] in _ASIDE_MARKS), n)
    return set(range(marks[0], end + 1))


def _set_off_cue(s: _Sent, i: int) -> tuple[int, int, int] | None:
    """``(speaker, left comma, right comma)`` when finite cue ``i`` and its speaker are set
    off by commas inside the clause they report, however the parse hung them: "The new
    rules, says Ms Bee, will cost jobs.", "The only parts that would keep going, said the
    firm's lawyers, were the forums.", "Day, they said, desired no memorials." The speaker
    is the noun, name or pronoun before the cue, or the head of the noun phrase after it
    ("the operators of the site": operators); only the speaker, and after a speaker before
    the cue a phrase opened by a preposition ("they said on Monday"), stand between the
    commas, and words of the clause stand on both sides. Else ``None``."""
    n = len(s.text)
    if s.quoted[i] or s.tag[i] not in ("VBD", "VBZ", "VBP") or s.pos[i] != "VERB":
        return None
    entries = _lexicon().verbs.get(s.lemma[i], [])
    if not any(not parts and needs != "quote" for parts, needs in entries):
        return None  # a verb of saying on its own: not "spoke to", "called [...]"
    left = next((k for k in range(i - 1, max(i - 7, -1), -1) if s.text[k] == ","), None)
    right = next((k for k in range(i + 1, min(i + 9, n)) if s.text[k] == ","), None)
    if left is None or right is None or left < 1 or right > n - 3:
        return None
    described = _described_after(s, i, right)  # "said Ann Bee, head of X, is ...": past
    inside = [k for k in range(left + 1, right) if k != i]  # her description too
    right = described if described is not None else right
    if not inside or any(
        s.quoted[k] or s.pos[k] in ("VERB", "AUX") or s.tag[k].startswith("W") for k in inside
    ):
        return None  # not a relative ("whose running mate X spoke"), nor "what X estimated"
    if any(s.quoted[k] for k in range(left)) or not any(
        s.pos[k] in ("VERB", "AUX") and not s.quoted[k] for k in range(right + 1, n)
    ):
        return None  # the clause goes on after the cue with its verb
    first = next((k for k in range(left) if s.pos[k] not in ("CCONJ", "PUNCT")), left)
    go = right + 1 + (s.pos[right + 1] == "ADV" and s.pos[right + 2] in ("AUX", "VERB"))
    if s.pos[first] not in _CLAUSE_OPENERS or s.tag[go] not in _FINITE:
        return None  # "Then, say analysts, ...", "..., said X, adding ...": the cue's own
    before = [k for k in inside if k < i]
    after = [k for k in inside if k > i]
    if before:
        if after and s.pos[after[0]] != "ADP":
            return None
        named = [k for k in before if s.dep[k] in ("nsubj", "nsubjpass") and s.head[k] == i]
        who = named[0] if named else before[-1]
        if s.pos[who] not in ("NOUN", "PROPN", "PRON") or s.lower[who] in ("it", "that"):
            return None
        if any(s.pos[k] == "ADP" for k in before if k < who):
            return None  # "Sheldon Yett of UNICEF observed": the name is before the "of"
        return who, left, right
    if s.lemma[i] in _ADDRESSEE_VERBS:
        return None  # "X, a spokeswoman for Y, told CNN, ...": CNN was told
    heads = []
    for k in after:
        if s.pos[k] == "ADP" or s.text[k] in ("(", "-"):
            break
        if s.pos[k] in ("NOUN", "PROPN"):
            heads.append(k)
    if not heads or (s.dep[heads[-1]] in ("dobj", "dative") and s.head[heads[-1]] == i):
        return None
    if i in _subtree(s, heads[-1]):
        return None  # "..., reported officials, ...": read as the officials' description
    return heads[-1], left, right


def _described_after(s: _Sent, i: int, comma: int) -> int | None:
    """The comma that ends a description in apposition to the speaker named right after cue
    ``i`` ("said Ann Bee, [head of MMS firm Adamind], is ..."), the first comma at
    ``comma``; else ``None``."""
    n = len(s.text)
    nxt = next((k for k in range(comma + 1, min(comma + 12, n)) if s.text[k] == ","), None)
    if nxt is None or not any(s.pos[k] == "PROPN" for k in range(i + 1, comma)):
        return None
    between = range(comma + 1, nxt)
    appos = [k for k in between if s.dep[k] == "appos" and i < s.head[k] < comma]
    if not appos or any(k not in _subtree(s, appos[0]) for k in between):
        return None
    return nxt


# verbs of addressing that news also sets after what they report, the speaker after them
# with nothing more in the sentence ("Prices will rise, warn economists.", "..., warned
# the head of the union."); "warned the union" with a subject of its own addresses it
_WARNING = frozenset({"warn", "caution"})


def _ends_sentence(s: _Sent, i: int) -> bool:
    """Whether the phrase after verb ``i`` runs to the sentence's end: only its object's
    words and final punctuation follow."""
    objs = [k for k in s.children(i) if s.dep[k] == "dobj" and k > i]
    if not objs:
        return False
    end = max(_subtree(s, objs[0])) + 1
    return all(s.pos[k] == "PUNCT" for k in range(end, len(s.text)))


# what is issued and can carry what it says in a clause ("issued a warning that ...")
_ISSUING = frozenset({"issue", "release", "publish", "put"})
_ISSUED_WORDS = frozenset(
    {"statement", "warning", "advisory", "announcement", "notice", "alert", "assurance"}
    | {"denial", "declaration", "communique", "reminder", "ultimatum"}
    # rulings and orders with what they rule ("issued a ruling that ...", "issued an order
    # that all schools close", "a ruling finding that ...", parsed as one noun)
    | {"ruling", "decision", "judgment", "judgement", "order", "verdict", "finding", "decree"}
)
_RELATIVE = frozenset({"which", "that", "who", "whom", "whose", "what"})


def _issued_clause(s: _Sent, i: int, lex: _Lexicon) -> tuple[int, int] | None:
    """``(document, clause)`` when verb ``i`` issues a statement or warning together with
    what it says: a clause with a subject of its own after it, on the verb, the statement
    or "to the effect" ("issued a warning on Friday that fans would be turned away",
    "issued a statement to the effect the king had ..."); a relative clause ("a statement
    that angered farmers", "a statement the lawyers drafted") says nothing. Else ``None``."""
    if s.lemma[i] not in _ISSUING:
        return None
    docs = [
        d
        for d in s.children(i)
        if s.dep[d] == "dobj" and not s.quoted[d] and d > i
        and s.lemma[d].lower() in _ISSUED_WORDS
    ]
    if not docs:
        return None
    d = docs[0]
    effect = [
        o
        for p in (*s.children(i), *s.children(d))
        if s.dep[p] == "prep" and s.lower[p] == "to"
        for o in s.children(p)
        if s.lower[o] == "effect"
    ]
    for h in (i, d, *effect):
        for c in s.children(h):
            if c <= d or s.dep[c] not in ("acl", "relcl", "ccomp") or s.quoted[c]:
                continue
            # "that" opening a clause is tagged IN (a relative's is WDT), however it is hung
            opened = any(s.lower[m] == "that" and s.tag[m] == "IN" for m in s.children(c))
            if not (opened or h in effect or s.dep[c] == "ccomp"):
                continue  # "a statement the lawyers had drafted": a relative, no content
            subj = [k for k in s.children(c) if s.dep[k] in ("nsubj", "nsubjpass", "expl")]
            if subj and s.lower[subj[0]] not in _RELATIVE and subj[0] > d:
                return d, c
    return None


_APPOSITION_MARKS = frozenset({",", "-", "\u2013", "\u2014"})


def _apposed_cue(s: _Sent, i: int) -> int | None:
    """The subject of past-tense cue ``i`` when the parse, thrown by a long apposition
    between the two, took the cue for a participle describing a noun and made the verb of
    its clause the sentence's root: "Ann Bee, a UN rapporteur who had investigated the
    case, cautioned justice does not come swiftly", "But the bank - itself a target of a
    lawsuit - said documents had been backdated". The subject is the noun phrase that opens
    the sentence, right before the mark that opens the apposition, and the mark before the
    cue closes it; the root must come after the cue (its clause). Else ``None``."""
    if s.tag[i] not in ("VBD", "VBN") or s.dep[i] not in ("amod", "acl") or s.quoted[i]:
        return None
    if i < 4 or s.text[i - 1] not in _APPOSITION_MARKS:
        return None
    root = next((k for k in range(len(s.text)) if s.dep[k] == "ROOT"), None)
    if root is None or root <= i or s.pos[root] not in ("VERB", "AUX") or s.quoted[root]:
        return None
    mark = s.text[i - 1]
    opening = next((k for k in range(1, i - 2) if s.text[k] == mark), None)
    if opening is None:
        return None
    head = opening - 1
    if s.pos[head] not in ("PROPN", "NOUN"):
        return None
    if any(s.pos[k] in ("VERB", "AUX") for k in range(opening)):
        return None  # a clause of its own before the apposition
    return head


def _joined_verb(s: _Sent, i: int) -> int | None:
    """The verb that noun ``i`` is joined to by "and" when ``i`` is a verb in "-s" the
    tagger misread, with a clause of its own: joined to the verb ("Acme has opened 40 stores
    and claims to serve more customers", "... and reports that ...") or to its object
    ("Microsoft has indexed 5 billion pages and claims to update its index", the infinitive
    then hung on the verb). A noun takes no "to" infinitive or clause so. Else ``None``."""
    if s.dep[i] != "conj" or s.tag[i] != "NNS" or s.lower[i - 1] != "and" or s.quoted[i]:
        return None
    h = s.head[i]
    if s.pos[h] in _VERB_POS and h < i:
        verb = h
    elif s.dep[h] == "dobj" and h < i and s.pos[s.head[h]] in _VERB_POS:
        verb = s.head[h]  # joined to the object: only an infinitive right after it
        k = s.head[i + 1] if i + 1 < len(s.text) and s.lower[i + 1] == "to" else -1
        ok = k > i + 1 and s.head[k] in (i, verb) and _to_infinitive_at(s, k, ("xcomp", "advcl"))
        return verb if ok else None
    else:
        return None
    if any(
        k > i and (s.dep[k] == "ccomp" or _to_infinitive_at(s, k, ("xcomp",)))
        for k in s.children(i)
    ):
        return verb
    return None


def _joined_clause(s: _Sent, i: int) -> set[int] | None:
    """What misread cue ``i`` (:func:`_joined_verb`) reports: its clause, after it."""
    if s.pos[i] != "NOUN" or _joined_verb(s, i) is None:
        return None
    kids = [k for k in s.children(i) if k > i and s.dep[k] in _CLAUSE_DEPS]
    k = kids[0] if kids else s.head[i + 1]
    return {m for m in _subtree(s, k) if m > i}


def _reported(s: _Sent, i: int, lex: _Lexicon) -> set[int] | None:
    """The tokens of what cue ``i`` reports, before trimming; ``None`` when the cue takes
    no clause but the sentence quotes a fragment after it."""
    if s.lower[i] in ("per", "in") and s.dep[i] == "prep":  # "Per X, ...": after the comma
        opened = next((k for k in range(i, len(s.text)) if s.text[k] == ","), i)
        return _cited_clause(s, i) - set(range(opened + 1))
    if s.lower[i] == "according":
        return _cited_clause(s, i)
    made = _made_clear(s, i)
    if made is not None:  # "made it clear [the issue would be put to voters]"
        a, clause = made
        return _without_framing(s, {m for m in _subtree(s, clause) if m > a}, lex)
    worded = _as_worded_span(s, i)
    if worded is not None:  # "The rift is, as Ms Bee put it, a family row": all but the aside
        if any(s.quoted):
            return None  # 'traffic "ground to a halt", as X put it': the quoted words
        return _without_framing(s, set(range(len(s.text))) - worded, lex)
    off = _set_off_cue(s, i)
    if off is not None:  # "The new rules, says Ms Bee, will cost jobs": all but the aside
        aside = set(range(off[1], off[2] + 1))
        return _without_framing(s, set(range(len(s.text))) - aside, lex)
    if _apposed_cue(s, i) is not None:  # "X, a ... rapporteur, cautioned [justice ...]"
        return _without_framing(s, set(range(i + 1, len(s.text))), lex)
    joined = _joined_clause(s, i)
    if joined is not None:  # "X has indexed 5bn pages and claims [to update its index]"
        return _without_framing(s, joined, lex)
    stance = _stance_words(s, i)
    if stance is not None:  # "is hopeful [that ...]", "In his view, [...]"
        return _without_framing(s, stance, lex)
    issued = _issued_clause(s, i, lex)
    if issued is not None:  # "issued a statement to the effect [the king had ...]"
        return _without_framing(s, _subtree(s, issued[1]), lex)
    inner = _as_saying(s, i, lex)
    if inner is not None and any(s.dep[k] in _CLAUSE_DEPS for k in s.children(inner)):
        return _reported(s, inner, lex)  # "cited X as saying ...": the inner cue reports
    kids = s.children(i)
    words: set[int] = set()
    # not "Ask Jeeves" of "Ask Jeeves said ...", a firm's name the parse took for a clause
    clauses = [k for k in kids if s.dep[k] in _CLAUSE_DEPS and not _verb_of_a_name(s, k, {})] or [
        k  # "called for the agency to be wound up": "for" hung on the infinitive as its mark
        for k in kids
        if _to_infinitive_at(s, k, ("advcl",))
        and any(m == i + 1 and s.lower[m] == "for" and s.dep[m] == "mark" for m in s.children(k))
    ]
    split = None if clauses else _split_clause(s, i)
    if split is not None:  # "ruled [the draft violated the law]": one clause, split
        o, v = split
        return _without_framing(s, _subtree(s, o) | {m for m in _subtree(s, v) if m > o}, lex)
    comma = None if clauses else _trailing_comma(s, i)
    if comma is not None:  # "X will happen, Y has claimed": all before the comma
        return _without_framing(s, set(range(comma)), lex)
    comma = None if clauses else _leading_comma(s, i)
    if comma is not None:  # "X reported on Thursday, Y had happened": all after the comma
        return _without_framing(s, {m for m in _subtree(s, s.head[i]) if m > comma}, lex)
    inverted = None if clauses else _inverted_subject(s, i)
    if inverted is not None:  # "A happened, reported officials, with B": all but them
        cue = set(range(i - 1, max(_subtree(s, inverted)) + 1))
        return _without_framing(s, set(range(len(s.text))) - cue, lex)
    if any(k > i for k in clauses):  # "A follows B; X reported that C": C alone
        clauses = [k for k in clauses if k > i or not _semicolon_between(s, k, i)]
        # "minutes before the committee voted, Trump claimed ...", parsed as his clause
        clauses = [k for k in clauses if k > i or not _time_clause(s, k)]
    for k in clauses:
        # a clause after the cue starts after it: "On June 12, minutes before the committee
        # voted, Trump claimed ..." hung under the clause is the reporter's time
        words |= {m for m in _subtree(s, k) if k < i or m > i}
    for k in kids:  # "to adhere to X, seriously fulfil Y": a bare infinitive going on with it
        bare = s.dep[k] == "advcl" and s.tag[k] in ("VB", "VBP")
        if bare and clauses and k > max(clauses) and not any(
            s.dep[m] in ("mark", "nsubj", "aux") for m in s.children(k)
        ):
            words |= _subtree(s, k)
    before = min(clauses, default=0)  # what the cue takes before its clause
    objs = [] if s.lemma[i] in _ADDRESSEE_VERBS else [  # "promised [support to raise ...]"
        k for k in kids if s.dep[k] == "dobj" and i < k < before
    ]
    objs += [  # "called for [the safe zone] for refugees to be set up"
        o
        for k in kids
        if s.dep[k] == "prep" and s.lower[k] in _CONTENT_PREPS - _ADDRESSEE_PREPS and i < k < before
        for o in s.children(k)
        if s.dep[o] == "pobj"
    ]
    if objs:
        words |= set(range(min(_subtree(s, objs[0])), before))
    words -= _trailing_framing(s, words, lex)
    if not clauses and _set_aside(s, i):  # "X began, the patrol described, in the lanes"
        subj = [k for k in kids if s.dep[k] == "nsubj" and k < i]
        return _without_framing(s, set(range(len(s.text))) - _subtree(s, subj[0]) - {i}, lex)
    if not clauses and _fragment_cue(s, i, lex):
        return None  # 'thanked the crew and "a network who ..."': the quoted words
    if not clauses:
        content = _content_without_clause(s, i, lex)
        if content is None:
            return None
        words = content
    if not words:  # "X, the statement said, Y": the sentence around the cue was said
        words = set(range(len(s.text))) - _cue_phrase(s, i)
    for k in kids:  # "said ... but denied that ...": a second cue of the same speaker
        if s.dep[k] == "conj" and s.lemma[k] in lex.verbs and s.pos[k] in _VERB_POS:
            words |= _reported(s, k, lex) or set()
    return _without_framing(s, words, lex)


_WHEN = frozenset({"before", "after", "since", "until", "once", "when", "while", "as"})


def _time_clause(s: _Sent, k: int) -> bool:
    """Whether clause ``k`` opens with a word of time ("before the committee voted")."""
    return any(s.dep[m] == "mark" and s.lower[m] in _WHEN for m in s.children(k))


def _semicolon_between(s: _Sent, a: int, b: int) -> bool:
    return any(s.text[m] in (";", ":") for m in range(min(a, b) + 1, max(a, b)))


def _as_saying(s: _Sent, i: int, lex: _Lexicon) -> int | None:
    """The inner cue of "cited X as saying", "quoted X as telling", wherever the parse
    hung the "as" in the cue's phrase; else ``None``."""
    for k in sorted(_subtree(s, i)):
        if k > i and s.lower[k] == "as" and k + 1 < len(s.text):
            v = k + 1
            if s.tag[v] == "VBG" and s.lemma[v] in lex.verbs and not s.quoted[v]:
                return v
    return None


def _set_aside(s: _Sent, i: int) -> bool:
    """Whether cue ``i`` is an aside set off by commas inside the clause it reports, with
    its subject and no object ("The sequence began, the patrol described, in the lanes")."""
    if s.dep[i] != "parataxis" or any(s.dep[k] in ("dobj", "ccomp") for k in s.children(i)):
        return False
    subj = [k for k in s.children(i) if s.dep[k] == "nsubj" and k < i]
    first = min(_subtree(s, subj[0])) if subj else 0
    return first > 0 and s.text[first - 1] == ","


def _fragment_cue(s: _Sent, i: int, lex: _Lexicon) -> bool:
    """Whether cue ``i`` speaks only through a quoted fragment it takes (a verb that needs
    one, other than naming: 'thanked the crew and "a network who ..."', 'shouting "shame
    on you!"'): its words are the quoted ones."""
    entries = [e for e in lex.verbs.get(s.lemma[i], []) if e[0] != ("as",)]  # "welcome as"
    if not entries or any(needs != "quote" for _, needs in entries):
        return False
    if s.lemma[i] in _NAMING_VERBS or s.lemma[i] in ("describe", "read", "continue"):
        return False
    return any(s.quoted[k] for k in _subtree(s, i) if k > i)


# a cue whose object is its target and whose words follow a preposition: "accused X of Y"
_TARGET_PREPS = {"accuse": "of"}
# cues whose "as" the parse hangs inside the object of their "to": "referred to X as Y"
_AS_AFTER_OBJECT = frozenset({"refer"})
# cues that name or judge what they are said of: "called X 'Y'", "dubbed it 'Y'"
_NAMING_VERBS = frozenset({"call", "dub", "label", "term", "brand", "name"})


_CONTENT_VERBS = frozenset(words("speech_verbs", "content_verbs"))  # verbs that make a fact known


def _as_in_object(s: _Sent, p: int) -> list[int]:
    """The unquoted "as" prepositions inside the object of preposition ``p``, in order: the
    parse hangs "referred to the riots as acts of terror" so."""
    return [
        m
        for o in s.children(p)
        if s.dep[o] == "pobj"
        for m in sorted(_subtree(s, o))
        if s.lower[m] == "as" and s.dep[m] == "prep" and not s.quoted[m]
    ]


def _quoted_name(s: _Sent, words: set[int]) -> set[int]:
    """Words that name or judge something ("as a 'powerful voice'"), without an article or
    mark before their quotation when the rest is all quoted: a partial quote's span is the
    quoted words ('as a "fading" force' keeps its words around the quotation)."""
    out = set(words)
    while out and s.pos[min(out)] in ("DET", "PUNCT") and not s.quoted[min(out)]:
        out.discard(min(out))
    said = [k for k in out if s.pos[k] != "PUNCT"]
    return out if said and all(s.quoted[k] for k in said) else set(words)


def _content_without_clause(s: _Sent, i: int, lex: _Lexicon) -> set[int] | None:
    """What a cue with no clause reports: the words after its "as" ("describes itself as
    [standing for ...]"), after the preposition of a target ("accused X of [Y]"), the clause
    after an addressee or a phrase ("told the programme that [...]", "said in a filing that
    [...]", parsed as the programme's or the filing's), or its object part; ``None`` when a
    naming cue (or one with nothing else) quotes a fragment."""
    kids = s.children(i)
    said: set[int] = set()
    for k in kids:  # "praised X, stating he was ...": the participle cue says what was said
        participle = s.dep[k] in ("advcl", "conj") and s.tag[k] == "VBG"
        if k > i and participle and s.lemma[k] in lex.verbs:
            inner = _reported(s, k, lex)  # None: a quotation follows it ('noting "..."')
            said = {m for m in range(k, len(s.text)) if s.quoted[m]} if inner is None else inner
            if said:
                break
    target = _TARGET_PREPS.get(s.lemma[i])
    preps = [k for k in kids if k > i and s.dep[k] in ("prep", "advmod")]
    if target:  # "accused [the minister of] hiding ...": the parse may hang it on the object
        hung = [
            p
            for o in kids
            if o > i and s.dep[o] == "dobj"
            for p in _subtree(s, o)
            if s.dep[p] == "prep" and s.lower[p] == target
        ]  # "the director of the film of portraying ...": the one with a gerund, or the
        gerund = [p for p in hung if any(s.dep[m] == "pcomp" for m in s.children(p))]
        own = sorted(p for p in hung if s.dep[s.head[p]] == "dobj")  # object's own
        preps += gerund[:1] or own[:1]
    if s.lemma[i] in _AS_AFTER_OBJECT:  # "referred to the riots as [acts of terror]"
        preps += [
            m
            for k in kids
            if k > i and s.dep[k] == "prep" and s.lower[k] == "to"
            for m in _as_in_object(s, k)
        ]
    judged_for = _for_gerund(s, i)  # "attacked X for [failing to ...]"
    if judged_for is not None and judged_for not in preps:
        preps.append(judged_for)
    for k in preps:
        if s.lower[k] == "as" or (target and s.lower[k] == target) or k == judged_for:
            objs = [o for o in s.children(k) if s.dep[o] in ("pobj", "pcomp")]
            if not objs and s.lower[k] == "as":  # 'as "perfectly fine"': parsed as a modifier
                objs = [o for o in s.children(k) if o > k and s.pos[o] not in WORDLESS_POS]
            if objs:  # "accused X of [Y], threatening [to Z]": both
                return _quoted_name(s, _subtree(s, objs[0])) | said
    if said:
        return said
    for k in kids:  # "describing it as significant": "as" parsed under the complement
        if k > i and s.dep[k] in ("advcl", "oprd", "acomp", "ccomp") and any(
            s.lower[a] == "as" and a < k for a in s.children(k)
        ):
            return _subtree(s, k) - {a for a in s.children(k) if s.lower[a] == "as"}
    for o in kids:  # "told the programme that ...", "said in a filing that ...": the clause
        if s.dep[o] not in ("dobj", "dative", "prep") or o < i:  # the parse hung on them
            continue
        for m in sorted(_subtree(s, o)):
            h = s.head[m]
            if s.lower[m] == "that" and s.dep[m] == "mark" and h != m and s.pos[h] in _VERB_POS:
                return _subtree(s, h)
    passive = any(s.dep[k] == "auxpass" for k in kids)
    if passive and s.lemma[i] in _CONTENT_VERBS:  # "[His death] was confirmed by his son"
        told = [k for k in kids if s.dep[k] == "nsubjpass" and k < i]
        if told:
            return _subtree(s, told[0])
    quoted = any(s.quoted[k] for k in range(i + 1, len(s.text)))
    if s.lemma[i] in _NAMING_VERBS:
        named = _what_named(s, i)
        if named:
            return named
        if quoted:
            return None
    held = _proposition_object(s, i)
    if held is not None:  # "announced [plans to close 20 stores] at a meeting"
        return _held_content(s, i, held)
    words = _object_part(s, i)
    first = min((k for k in words if s.pos[k] not in WORDLESS_POS), default=None)
    if quoted and first is not None and s.quoted[first]:
        return None  # 'chanted "No more war" outside the embassy': the quotation
    if quoted and words and not any(s.quoted[k] for k in words):
        return None  # 'warned of delays, "..."': the quotation is the words
    return words  # none: the sentence around the cue ("..., says the study, ...")


# verbs of praise and criticism in the active voice ("hit" and "lash" only as "hit out at",
# "lash out at", "hit back at"): statements only with what was said (:func:`_judged_bare`)
_JUDGING_ACTIVE = frozenset(
    {"praise", "criticise", "criticize", "condemn", "rap", "hit", "lash", "laud", "applaud"}
    | {"commend", "hail", "salute", "acclaim", "slam", "blast", "lambast", "lambaste", "assail"}
    | {"castigate", "berate", "rebuke", "chide", "deride", "ridicule", "mock", "decry"}
    | {"denounce", "attack", "scold", "chastise", "fault", "admonish", "reproach", "upbraid"}
)


# verbs of thanks and congratulation: like praise, what they are for, as a gerund, is what
# was said ("thanked the fans for turning out", "congratulated the crew for keeping ...")
_THANKING = frozenset({"thank", "congratulate"})
_FOR_WHAT_DONE = _JUDGING_ACTIVE | _THANKING


def _for_gerund(s: _Sent, i: int) -> int | None:
    """The "for" of verb of judging or thanking ``i`` whose object is a gerund, what the
    judge said the one judged did or failed to do ("attacked Mr Bee for failing to mention
    ...", "praised the crew for working through the night", "slammed the council for
    ignoring ...", "thanked the fans for turning out"), hung on the verb or on its object;
    ``None`` for a noun ("for their work", "thanked them for their support") or nothing."""
    if s.lemma[i] not in _FOR_WHAT_DONE:
        return None
    hosts = [i] + [o for o in s.children(i) if s.dep[o] == "dobj" and o > i]
    for h in hosts:
        for p in s.children(h):
            if p <= i or s.dep[p] != "prep" or s.lower[p] != "for" or s.quoted[p]:
                continue
            if any(s.tag[m] == "VBG" and s.dep[m] in ("pcomp", "pobj") for m in s.children(p)):
                return p
    return None


# speech whose content is a noun phrase (speech_verbs.toml): an intention with what is
# intended, a measure with what it applies to, a request with what is asked
_INTENTION_VERBS = frozenset(words("speech_verbs", "intention_verbs"))
_INTENTION_NOUNS = frozenset(words("speech_verbs", "intention_nouns"))
_MEASURE_VERBS = frozenset(words("speech_verbs", "measure_verbs"))
_MEASURE_NOUNS = frozenset(words("speech_verbs", "measure_nouns"))
_MEASURE_COUNTS = frozenset(words("speech_verbs", "measure_counts"))
_REQUEST_VERBS = frozenset(words("speech_verbs", "request_verbs"))
_REQUEST_NOUNS = frozenset(words("speech_verbs", "request_nouns"))
_CITED_VERBS = frozenset(words("speech_verbs", "cited_verbs"))
_CITED_NOUNS = frozenset(words("speech_verbs", "cited_nouns"))
_REBUTTAL_VERBS = frozenset(words("speech_verbs", "rebuttal_verbs"))
_REBUTTAL_NOUNS = frozenset(words("speech_verbs", "rebuttal_nouns"))
_DEFENCE_VERBS = frozenset(words("speech_verbs", "defence_verbs"))
_DEFENCE_NOUNS = frozenset(words("speech_verbs", "defence_nouns"))
_NOUN_CUE_VERBS = (
    _INTENTION_VERBS | _MEASURE_VERBS | _REQUEST_VERBS | _CITED_VERBS
    | _REBUTTAL_VERBS | _DEFENCE_VERBS
)
_PLANNED_NOUNS = frozenset(words("speech_verbs", "planned_nouns"))
_GERUND_PREPS = frozenset({"of", "over", "on", "about"})  # "intention of leaving"
_MAIN_DEPS = frozenset({"ROOT", "conj", "ccomp"})  # as _cues._content_object
_APPLIES_TO = frozenset({"of", "on", "to", "for", "against", "over", "in", "from", "into"})


def _proposition_object(s: _Sent, i: int) -> int | None:
    """The object of main verb ``i`` when it carries what was said, with its content written
    out: an intention with what is intended ("stated its intention to leave the market",
    "announced plans to close 20 stores"), a measure with what it applies to ("announced new
    restrictions on flights to Cuba", "announced three days of mourning"), a request with
    what is asked ("made public requests for assistance"), a claim with what it is about
    ("cited the health benefits of herbal tea"). ``None`` for the bare noun
    ("announced the measure", "made a request"), which tells that something was said, not
    what; and, as for :func:`_content_object`, outside a main clause or in a passive."""
    if s.lemma[i] not in _NOUN_CUE_VERBS or s.dep[i] not in _MAIN_DEPS:
        return None
    if s.dep[i] == "conj" and s.dep[s.head[i]] not in ("ROOT", "ccomp"):
        return None
    if any(s.dep[k] == "auxpass" for k in s.children(i)):
        return None
    if _modal(s, i):
        return None  # "the Commission will present proposals to ...": not made known yet
    lemma = s.lemma[i]
    for o in s.children(i):
        if s.dep[o] != "dobj" or o < i or s.quoted[o]:
            continue
        noun = s.lemma[o].lower()
        if lemma in _INTENTION_VERBS and noun in _INTENTION_NOUNS and _intended(s, i, o):
            return o
        if lemma in _MEASURE_VERBS and _measure_applied(s, o):
            return o
        if lemma in _REQUEST_VERBS and noun in _REQUEST_NOUNS and _asked(s, o):
            return o
        if lemma in _CITED_VERBS and noun in _CITED_NOUNS and _about(s, o):
            return o
        if lemma in _REBUTTAL_VERBS and noun in _REBUTTAL_NOUNS and _rebutted(s, o):
            return o
        if lemma in _DEFENCE_VERBS and noun in _DEFENCE_NOUNS and _intended(s, i, o):
            return o
    return None


def _rebutted(s: _Sent, o: int) -> bool:
    """Whether saying ``o`` (object of a verb of rebuttal) says what was said: a clause on it,
    opened by "that" or not ("claims that he lied", "suggestions there will be cuts"), what
    is asked ("calls for an inquiry", "demands to resign") or a right with what it allows
    ("the right of X to claim ..."). "Charges of fraud", "the claims" say no clause."""
    if any(s.dep[k] == "compound" for k in s.children(o)):
        return False  # "a pay claim", "a deposition request": a document or a procedure
    if s.lemma[o].lower() in _REQUEST_NOUNS:
        return _asked(s, o)
    for k in s.children(o):
        clause = s.dep[k] in ("acl", "ccomp") and k > o and s.pos[k] in _VERB_POS
        if clause and any(
            s.dep[m] in ("nsubj", "nsubjpass", "expl", "mark") for m in s.children(k)
        ):
            return True  # "claims [that] he lied": a clause with its subject
        if s.lemma[o].lower() != "right":
            continue
        if _to_infinitive_at(s, k, ("acl", "relcl")):
            return True  # "the right to strike"
        if s.dep[k] == "prep" and s.lower[k] == "of":  # "the right of Yukos to claim ..."
            for m in s.children(k):
                if s.dep[m] == "pobj" and _to_infinitive(s, m, ("acl", "relcl", "xcomp")):
                    return True
    return False


def _to_infinitive(s: _Sent, h: int, deps: tuple[str, ...] = ("acl", "relcl")) -> int | None:
    """A "to" infinitive hung on ``h`` with one of ``deps``."""
    return next((k for k in s.children(h) if _to_infinitive_at(s, k, deps)), None)


def _intended(s: _Sent, i: int, o: int) -> bool:
    """Whether intention ``o`` (object of verb ``i``) says what is intended: a "to"
    infinitive on it, or on the verb right after it (the parse may hang "plans to close"
    there), or "of", "over", "on" with a gerund ("its intention of leaving")."""
    if _to_infinitive(s, o) is not None:
        return True
    for p in s.children(o):
        if s.dep[p] == "prep" and s.lower[p] in _GERUND_PREPS and any(
            s.tag[m] == "VBG" and s.dep[m] in ("pcomp", "pobj") for m in s.children(p)
        ):
            return True
        if s.dep[p] == "prep" and s.lower[p] == "for" and _planned(s, o, p):
            return True
    k = _to_infinitive(s, i, ("xcomp", "advcl"))
    return k is not None and min(_subtree(s, k)) == max(_subtree(s, o)) + 1


def _planned(s: _Sent, o: int, p: int) -> bool:
    """Whether "for" at ``p`` on plan ``o`` says what is planned: a noun that is no time
    ("plans for a memorial to the Queen Mother", "proposals for a G8 aid package"; "plans
    for the future", "proposals for next season" name none)."""
    if s.lemma[o].lower() not in _PLANNED_NOUNS:
        return False
    return any(
        s.dep[m] in ("pobj", "pcomp")
        and s.pos[m] in ("NOUN", "PROPN", "VERB")
        and s.ent[m][2:] not in ("DATE", "TIME")
        and s.lower[m] != "future"
        for m in s.children(p)
    )


def _measure_applied(s: _Sent, o: int) -> bool:
    """Whether object ``o`` is a measure with what it applies to ("restrictions on
    flights", "the end of his campaign", "a halt to production") or a count of measures
    ("three days of mourning", "a package of sanctions")."""
    noun = s.lemma[o].lower()
    preps = [p for p in s.children(o) if s.dep[p] == "prep" and s.lower[p] in _APPLIES_TO]
    objs = [m for p in preps for m in s.children(p) if s.dep[m] in ("pobj", "pcomp")]
    if noun in _MEASURE_COUNTS:  # "three days [of mourning]"
        counted = [m for m in objs if s.lower[s.head[m]] == "of"]
        return any(s.lemma[m].lower() in _MEASURE_NOUNS for m in counted)
    return noun in _MEASURE_NOUNS and bool(objs or _to_infinitive(s, o) is not None)


def _about(s: _Sent, o: int) -> bool:
    """Whether claim ``o`` says what it is about ("the benefits [of herbal tea]")."""
    return any(
        s.dep[p] == "prep" and s.lower[p] in _APPLIES_TO | {"about"}
        and any(s.dep[m] in ("pobj", "pcomp") for m in s.children(p))
        for p in s.children(o)
    )


def _asked(s: _Sent, o: int) -> bool:
    """Whether request ``o`` says what is asked: "for" with its object, a "to" infinitive or
    a "that" clause. A compound names a document or a procedure ("a deposition request")."""
    kids = s.children(o)
    if any(s.dep[k] == "compound" for k in kids):
        return False
    if _to_infinitive(s, o) is not None:
        return True
    for k in kids:
        if s.dep[k] == "prep" and s.lower[k] == "for" and any(
            s.dep[m] in ("pobj", "pcomp") for m in s.children(k)
        ):
            return True
        if s.dep[k] in ("acl", "ccomp") and _opened_by_that(s, k):
            return True
    return False


_HELD_PREPS = frozenset({"in", "for", "on", "over", "about", "of", "to", "with"})


def _held_content(s: _Sent, i: int, o: int) -> set[int]:
    """What object ``o`` of cue ``i`` (:func:`_proposition_object`) says: its phrase, with
    what the parse hung on the verb right after it as the phrase's own ("his call for a
    pause [in considering the bill]", "a deal with Apple [to produce a phone]"), up to a
    "but" that goes on with the story ("an intent to run [but ultimately decided ...]")."""
    words = _subtree(s, o)
    for k in s.children(i):
        if k < o or min(_subtree(s, k)) != max(words) + 1:
            continue
        prep = s.dep[k] == "prep" and s.lower[k] in _HELD_PREPS
        if prep and any(s.ent[m][2:] in ("DATE", "TIME") for m in _subtree(s, k)):
            continue  # "on Tuesday": the reporter's time
        if prep or _to_infinitive_at(s, k):
            words |= _subtree(s, k)
    for k in sorted(words):
        if k > o and s.dep[k] == "cc" and s.lower[k] in ("but", "yet"):
            return {m for m in words if m < k}
    return words


def _to_infinitive_at(s: _Sent, k: int, deps: tuple[str, ...] = ("xcomp", "advcl")) -> bool:
    """Whether token ``k`` is a "to" infinitive hung on its head with one of ``deps``."""
    return s.dep[k] in deps and any(
        s.dep[m] == "aux" and s.lower[m] == "to" for m in s.children(k)
    )


def _what_named(s: _Sent, i: int) -> set[int]:
    """What a naming cue calls its object, when the parse gives it a second complement
    ('calling it "an aggression on Iraq" as well as a violation of ...'): the quoted name,
    or unquoted the object with it ("called [the decision a disgrace]"); else empty."""
    objs = [k for k in s.children(i) if k > i and s.dep[k] == "dobj"]
    if not objs:
        return set()
    after = max(_subtree(s, objs[0]))
    out: set[int] = set()
    for k in s.children(i):
        if k > after and s.dep[k] in ("dobj", "oprd", "ccomp", "xcomp", "attr"):
            out |= _subtree(s, k)
    if out and not any(s.quoted[k] for k in out):  # "called the decision a disgrace"
        return out | set(range(min(_subtree(s, objs[0])), min(out)))  # all of it was said
    while out and s.pos[min(out)] in ("DET", "PUNCT") and not s.quoted[min(out)]:
        out.discard(min(out))  # 'a "smash and grab"': the quoted words are the name
    joints = {k for k in out if s.dep[k] == "cc" and not s.quoted[k]}
    joints |= {m for k in joints for m in s.children(k) if s.dep[m] == "advmod"}
    return out - joints  # '"reckless" and "a gift"', '"..." as well as a violation': two


def _trailing_framing(s: _Sent, words: set[int], lex: _Lexicon) -> set[int]:
    """A time clause of a participle that ends the reported clause after a comma: what the
    speaker did next, in the reporter's words (", before reversing course the next day").
    A bare participle (", damaging her jaw", ", meaning ...") may be either's, so stays."""
    if not words:
        return set()
    last = max(words)
    for k in sorted(words):
        if k < 2 or s.quoted[k] or s.text[k - 1] != ",":
            continue
        if s.dep[k] != "prep" or s.lower[k] not in ("before", "after", "while"):
            continue
        if not any(s.dep[c] == "pcomp" and s.tag[c] == "VBG" and s.lemma[c] not in lex.verbs
                   for c in s.children(k)):
            continue
        tree = _subtree(s, k)
        if max(tree) >= last - 1:
            return tree
    return set()


def _cue_phrase(s: _Sent, i: int) -> set[int]:
    """The cue set in a sentence, with its subject and particles; all it heads when it hangs
    on the clause it reports."""
    if s.head[i] != i:
        return _subtree(s, i)
    out = {i}
    for k in s.children(i):
        if s.dep[k] in ("nsubj", "nsubjpass", "prt", "aux", "neg", "advmod"):
            out |= _subtree(s, k)
    return out


def _object_part(s: _Sent, i: int) -> set[int]:
    """What a cue without a clause reports: its object ("proposed enhanced reform"), or the
    object of a content preposition ("spoke highly of X", "called for X"), with what
    follows it in the cue's phrase; a to-infinitive on the addressee ("called on countries
    to act") alone."""
    kids = [k for k in s.children(i) if k > i]
    first = None
    for k in kids:
        if s.dep[k] in _OBJECT_DEPS:
            first = k
            break
        if s.dep[k] == "prep" and s.lower[k] in _CONTENT_PREPS:
            objs = [o for o in s.children(k) if s.dep[o] in ("pobj", "pcomp")]
            if objs:
                inf = _infinitive(s, objs[0]) if s.lower[k] in _ADDRESSEE_PREPS else None
                if inf is not None:  # "called on countries [to act]": the addressee's task
                    return _subtree(s, inf)
                first = objs[0]
                break
    if first is None:
        return set()
    inf = _infinitive(s, first) if s.lemma[i] in _ADDRESSEE_VERBS else None
    if inf is not None:
        return _subtree(s, inf)
    words = _subtree(s, first)
    for k in kids:
        if k > first and s.dep[k] not in ("conj", "cc", "parataxis"):
            words |= _subtree(s, k)
    return words


def _infinitive(s: _Sent, noun: int) -> int | None:
    """A "to" infinitive hung on an addressee ("countries [to adhere to ...]")."""
    for k in s.children(noun):
        if s.dep[k] in ("acl", "relcl", "xcomp") and any(
            s.dep[m] == "aux" and s.lower[m] == "to" for m in s.children(k)
        ):
            return k
    return None


def _cited_clause(s: _Sent, i: int) -> set[int]:
    """The clause an "according to X" is hung on, without it, with the clauses joined to
    it on either side ("attacked X, then, according to officials, fled"; "included A,
    according to a statement, as well as B") but a contrast added after it ("X happened,
    according to police, but Y"), and without a name set off after X ("according to the
    first selectman, Chris Kervick, ...")."""
    h = s.head[i]
    while s.head[h] != h and s.pos[h] not in _VERB_POS:
        h = s.head[h]
    if h == i:  # "according" is the root: the sentence is what was said
        return set(range(len(s.text))) - _subtree(s, i) | _cited_rest(s, i)
    while s.dep[h] == "conj" and s.head[h] != h:
        h = s.head[h]
    words = _subtree(s, h) - _subtree(s, i)
    objs = [o for t in s.children(i) if s.lower[t] == "to" for o in s.children(t)]
    cited = _comma_left_out(s, [o for o in objs if s.dep[o] == "pobj"])
    if cited:  # "..., according to Bee researchers have found X": from "researchers" on
        return {k for k in words | _subtree(s, cited[0] + 1) if k > cited[0]}
    for k in s.children(h):
        if s.dep[k] == "npadvmod" and k < h and s.ent[k][2:] in ("DATE", "TIME"):
            words -= _subtree(s, k)  # "Yesterday, X was stabbed, according to ..."
        contrast = any(s.lower[c] in ("but", "yet") for c in s.children(h) if i < c < k)
        if k > i > h and s.dep[k] == "conj" and contrast:
            words -= _subtree(s, k)  # "X happened, according to police, but Y": the reporter's
    k = max(_subtree(s, i)) + 1  # "according to the selectman, Chris Kervick, there were"
    if k + 1 < len(s.text) and s.text[k] == "," and s.ent[k + 1] == "B-PERSON":
        b = s.ent_span(k + 1)[1]
        if b < len(s.text) and s.text[b] == ",":
            words -= set(range(k, b + 1))
    return words


def _comma_left_out(s: _Sent, objs: list[int]) -> list[int]:
    """The name cited by "according to" when the writer left out the comma after it and the
    parse ran the name into the next clause's subject ("according to Bee researchers have
    not found ...", read "Bee researchers"): the one name before the object, a plural
    common noun straight followed by a finite verb; else no token."""
    if len(objs) != 1:
        return []
    o = objs[0]
    if s.tag[o] != "NNS" or o + 1 >= len(s.text) or s.quoted[o + 1]:
        return []
    if s.tag[o + 1] not in ("VBP", "VBD", "MD") or s.head[o + 1] == o:
        return []
    left = [k for k in s.children(o) if k < o]
    n = o - 1
    named = s.pos[n] == "PROPN" or s.ent[n][2:] in ("PERSON", "ORG")
    if left != [n] or s.dep[n] != "compound" or not named or s.quoted[n]:
        return []
    if not s.text[n][:1].isupper() or s.lower[n - 1] != "to":
        return []
    return [n]


def _cited_rest(s: _Sent, i: int) -> set[int]:
    """When "according" heads the parse, the clause hung under it after its "to X"."""
    out = set()
    for k in s.children(i):
        if s.lower[k] != "to" and s.dep[k] != "punct":
            out |= _subtree(s, k)
    return out


def _without_framing(s: _Sent, words: set[int], lex: _Lexicon) -> set[int]:
    """``words`` less the reporter's framing inside them: "amid ...", "according to X", a
    cue set in the clause (", he said,"), a second cue of the speaker joined to the first
    ("said X but denied that Y": "but denied that") and the "and that" opening a second
    clause ("claimed X and that Y")."""
    out = set(words)
    last = max(words, default=-1)
    for k in words:
        if _medium(s, k) and max(_subtree(s, k)) >= last - 1:
            out -= _subtree(s, k)  # "... immediately [in its January 3 security alert]."
        framing = (s.dep[k] == "prep" and s.lower[k] in _FRAMING_PREPS) or (
            s.dep[k] == "parataxis" and s.lemma[k] in lex.verbs and not s.quoted[k]
        )
        if framing:
            out -= _subtree(s, k)
        joined = s.dep[k] == "conj" and not s.quoted[k] and s.head[k] in words
        if joined and s.lemma[k] in lex.verbs and s.pos[k] in _VERB_POS:
            clause = [c for c in s.children(k) if s.dep[c] in _CLAUSE_DEPS]
            if clause and not any(s.dep[c] in ("nsubj", "nsubjpass") for c in s.children(k)):
                out -= {k} | {c for c in s.children(k) if c < clause[0] and c not in clause}
                out -= {m for m in s.children(clause[0]) if s.lower[m] == "that"}
        if joined and s.pos[k] in _VERB_POS:  # "and that Y": the second clause's opening
            that = [m for m in s.children(k) if s.dep[m] == "mark" and s.lower[m] == "that"]
            if that:
                out -= set(that) | {c for c in s.children(k) if s.dep[c] == "cc" and c < that[0]}
                out -= {c for c in s.children(s.head[k]) if s.dep[c] == "cc" and c < that[0]}
    return out


# where something was said, when it ends the clause: "in a statement", "on Twitter"
_MEDIA = frozenset(
    {"statement", "interview", "speech", "alert", "tweet", "twitter", "facebook", "instagram"}
    | {"briefing", "release", "letter", "message", "email", "blog"}
)


def _medium(s: _Sent, k: int) -> bool:
    """Whether preposition ``k`` names where words were said ("in its security alert",
    "in an interview", "on Twitter")."""
    if s.dep[k] != "prep" or s.lower[k] not in ("in", "on", "via") or s.quoted[k]:
        return False
    objs = [o for o in s.children(k) if s.dep[o] == "pobj"]
    return bool(objs) and (s.lemma[objs[0]].lower() in _MEDIA or s.lower[objs[0]] in _MEDIA)


def _runs(s: _Sent, words: set[int]) -> list[tuple[int, int]]:
    """Runs of adjacent tokens as article offsets, without punctuation, "that" or a
    conjunction at either edge."""
    out: list[tuple[int, int]] = []
    run: list[int] = []
    for k in [*sorted(words), -1]:
        if run and k == run[-1] + 1:
            run.append(k)
            continue
        while run and _edge(s, run[0]):
            run.pop(0)
        while run and _edge(s, run[-1]):
            run.pop()
        if run:
            out.append((s.start[run[0]], s.start[run[-1]] + len(s.text[run[-1]])))
        run = [k]
    return out


def _edge(s: _Sent, k: int) -> bool:
    if s.lower[k] == "for" and s.dep[k] == "mark" and k > 0:
        c = s.head[k]  # "called [for] the agency to be wound up": the cue's own "for"
        entries = _lexicon().verbs.get(s.lemma[k - 1], [])
        asks = s.lemma[k - 1] == "ask" or any(p == ("for",) for p, _ in entries)  # requests
        if _to_infinitive_at(s, c, ("advcl",)) and s.head[c] == k - 1 and asks:
            return True
    return s.pos[k] in WORDLESS_POS or s.lower[k] in _EDGE_WORDS or s.text[k] in "\"“”‘’'«»"


# --- stances: attitudes, views and judgements with their content ------------------------------

# adjectives of a stance that take what is held as a clause ("is hopeful that ...", "is
# concerned about how far ..."), nouns of a stance a possessor states with a copula ("His
# view is that ...", "Her main concern is "privacy""), and the nouns of an opening that
# gives whose view the sentence is ("In his view, ...", "In the opinion of X, ...")
_STANCE_ADJS = frozenset(words("speech_verbs", "stance_adjectives"))
_STANCE_NOUNS = frozenset(words("speech_verbs", "stance_nouns"))
_VIEW_NOUNS = frozenset({"view", "opinion", "eyes", "estimation", "judgement", "judgment"})
_STANCE_PREPS = frozenset({"about", "over", "of", "on", "that"})
_COPULAS = frozenset({"be", "remain", "seem", "appear", "sound", "feel"})
_PRESENT = frozenset({"VBZ", "VBP"})
_SOME = frozenset({"many", "some", "most", "several", "few", "numerous", "all"})
# adjectives of a stance that tell how it was said: the past reports speech too ("was
# adamant that he had done nothing wrong"); "was hopeful that ..." narrates a past hope
_SAID_STANCES = frozenset({"adamant", "insistent", "emphatic", "categorical"})


def _held(s: _Sent, v: int) -> bool:
    """Whether copula or verb ``v`` states what is held now: the present tense, or a modal
    or "has been" before it, outside a clause of condition or time."""
    tags = {s.tag[v]} | {s.tag[k] for k in s.children(v) if s.dep[k] in ("aux", "auxpass")}
    if not tags & (_PRESENT | {"MD"}):
        return False
    return not (s.dep[v] == "advcl" and any(s.dep[k] == "mark" for k in s.children(v)))


def _held_past(s: _Sent, v: int, a: int) -> bool:
    """Whether past copula ``v`` of stance adjective ``a`` states the stance as its
    holder's: a main clause and the content opened by "that" ("The union was confident that
    the deal would pass"), as for verbs of a view."""
    clauses = [c for c in s.children(a) if s.dep[c] == "ccomp"]
    return _main_clause(s, v) and any(_opened_by_that(s, c) for c in clauses)


def _main_clause(s: _Sent, v: int) -> bool:
    """Whether verb ``v`` heads the sentence's main clause, or one joined to it by "and"."""
    return s.dep[v] == "ROOT" or (s.dep[v] == "conj" and s.dep[s.head[v]] == "ROOT")


def _opened_by_that(s: _Sent, c: int) -> bool:
    """Whether clause ``c`` opens with the conjunction "that"."""
    return any(s.dep[m] == "mark" and s.lower[m] == "that" for m in s.children(c))


def _stance_adjective(s: _Sent, a: int) -> tuple[int, int] | None:
    """``(copula, content)`` when adjective ``a`` is a stance predicated of a subject with
    what is held as a clause: "is hopeful [that winning will ...]", "is concerned about
    [how far this might affect ...]", "remains confident [the deal will pass]"; the content
    token heads the clause. Only the present states a stance (the past narrates one), but
    for adjectives of saying ("was adamant that") and a main clause whose content opens with
    "that" ("was hopeful that Robben could return", :func:`_held_past`). Else ``None``."""
    if s.pos[a] != "ADJ" or s.lower[a] not in _STANCE_ADJS or s.dep[a] != "acomp":
        return None
    v = s.head[a]
    if v == a or s.lemma[v] not in _COPULAS or s.quoted[a]:
        return None
    if not (_held(s, v) or s.lower[a] in _SAID_STANCES or _held_past(s, v, a)):
        return None
    c = _stance_clause(s, a)
    return None if c is None else (v, c)


def _stance_clause(s: _Sent, a: int) -> int | None:
    """The head of the clause that stance adjective ``a`` holds, after it: "hopeful [that
    winning will ...]", "concerned about [how far ...]", "confident [of winning]"; else
    ``None``."""
    for c in s.children(a):
        if c < a or s.quoted[c]:
            continue
        if s.dep[c] == "ccomp":  # "hopeful that winning will give him ..."
            return c
        if s.dep[c] == "prep" and s.lower[c] in _STANCE_PREPS:
            for o in s.children(c):  # "about how far ... might affect", "of winning"
                if s.dep[o] == "pcomp" and s.pos[o] in _VERB_POS:
                    return o
    return None


def _stance_noun(s: _Sent, n: int) -> tuple[int, int, int] | None:
    """``(possessor, copula, content)`` when noun ``n`` is a stance its possessor states
    with a copula in the present: "His view is [that ...]", "The minister's main concern is
    ["privacy"]", "Their fear is [the plant will close]". The content is a clause or a quoted
    complement; "his concern is the cost" names no words of his. Else ``None``."""
    if s.pos[n] != "NOUN" or s.lemma[n].lower() not in _STANCE_NOUNS or s.dep[n] != "nsubj":
        return None
    v = s.head[n]
    if v == n or s.lemma[v] != "be" or s.tag[v] not in _PRESENT or s.quoted[n]:
        return None
    poss = [k for k in s.children(n) if s.dep[k] == "poss" and k < n and not s.quoted[k]]
    if not poss:
        return None
    for c in s.children(v):
        if c < v:
            continue
        if s.dep[c] in ("ccomp", "csubj"):
            return poss[0], v, c
        if s.dep[c] == "attr" and any(s.quoted[k] for k in _subtree(s, c)):
            return poss[0], v, c
    return None


# nouns of saying with their content, credited to their maker (kit/resources/speech_verbs.toml)
_SAID_NOUNS = frozenset(words("speech_verbs", "said_nouns"))
_PLEDGE_NOUNS = frozenset(words("speech_verbs", "pledge_nouns"))
_MAKING = frozenset(words("speech_verbs", "making_verbs"))
_MAKER_PREPS = frozenset({"by", "from"})


def _said_noun(s: _Sent, n: int) -> tuple[int, int] | None:
    """``(maker, content)`` when noun ``n`` is a noun of saying written with who made it and
    what it says: its possessor ("his allegation [that the players cheated]", "Mr Bee's
    insistence [that ...]"), its agent after "by" or "from" ("an announcement by X [that
    ...]", "complaints from MPs [that ...]") or the subject of a verb that makes or holds it
    ("Acme made an announcement [that ...]", "Turkey maintains a position [that ...]"). The
    content is a clause opened by "that" with a subject of its own, hung on the noun or on
    its agent, or for a promise or demand a "to"-infinitive ("Biden's pledge [to pick a
    woman]"). "The claim that ..." (no maker), "a statement that angered farmers" (a
    relative clause) and "did not make any claim that ..." give ``None``."""
    if s.pos[n] != "NOUN" or s.lemma[n].lower() not in _SAID_NOUNS or s.quoted[n]:
        return None
    kids = s.children(n)
    agents = [
        o
        for p in kids
        if s.dep[p] == "prep" and s.lower[p] in _MAKER_PREPS and p > n
        for o in s.children(p)
        if s.dep[o] == "pobj" and not s.quoted[o]
    ]
    makers = [k for k in kids if s.dep[k] == "poss" and k < n and not s.quoted[k]] + agents
    h = s.head[n]
    if not makers and s.dep[n] == "dobj" and h < n and s.lemma[h] in _MAKING:
        if any(s.dep[k] == "neg" for k in s.children(h)) or any(
            s.lower[k] in ("no", "any") for k in kids
        ):
            return None  # "made no claim that ...", "did not make any claim"
        makers = [k for k in s.children(h) if s.dep[k] == "nsubj" and not s.quoted[k]]
    if not makers or _extraposed(s, n):
        return None
    after = max(_subtree(s, n)) + 1  # "an inquiry into his allegation [that ...]", the
    hosts = [n, *agents]  # clause hung on the noun the parse put it under
    up, k = n, 0
    while s.head[up] != up and k < 3 and s.pos[s.head[up]] in ("NOUN", "ADP"):
        up, k = s.head[up], k + 1
        hosts.append(up)
    for host in hosts:
        for c in s.children(host):
            if c <= n or s.quoted[c] or s.dep[c] not in ("acl", "ccomp", "relcl"):
                continue
            if host not in (n, *agents) and min(_subtree(s, c)) != after:
                continue
            ckids = s.children(c)
            own = any(s.dep[m] in ("nsubj", "nsubjpass", "expl") for m in ckids)
            opened = any(  # "that" tagged IN opens a clause, however it was hung; a
                s.lower[m] == "that" and (s.dep[m] == "mark" or s.tag[m] == "IN")  # relative's
                and host < m < c  # is WDT
                for m in ckids
            )
            if opened and own:
                return makers[0], c
            to = any(s.dep[m] == "aux" and s.lower[m] == "to" for m in ckids)
            if (
                host == n
                and s.lower[h] != "for"  # "For his proposal to succeed, ...": a purpose
                and to
                and not own
                and s.tag[c] == "VB"
                and s.lemma[n].lower() in _PLEDGE_NOUNS
            ):
                return makers[0], c
    return None


def _extraposed(s: _Sent, n: int) -> bool:
    """Whether noun ``n`` sits inside the complement of "It is ..." without being it: "It
    is a sign of the QCA's concern that its advice went ..." (the clause is the subject
    put last, what the sign is); "It was the IOC's demand that ..." (a cleft) is not."""
    k, steps = n, 0
    while s.head[k] != k and steps < 30:
        h = s.head[k]
        if s.dep[k] == "attr" and s.lemma[h] == "be" and s.head[h] == h:
            return k != n and any(
                s.dep[m] in ("nsubj", "expl") and s.lower[m] == "it" for m in s.children(h)
            )
        k, steps = h, steps + 1
    return False


def _viewpoint(s: _Sent, p: int) -> tuple[int, int] | None:
    """``(holder, comma)`` when preposition ``p`` opens the sentence with whose view it
    gives, set off by a comma: "In his view, ...", "In the opinion of X, ...", "In the eyes
    of many voters, ..." (any tense), or "For many analysts, ..." with plural people and the
    present ("For critics, the plan goes too far"; "For the team, it was a first win"
    narrates). The holder token is the possessor or the "of" object (for "For", the noun).
    Else ``None``."""
    if s.lower[p] not in ("in", "for") or s.dep[p] != "prep" or s.quoted[p]:
        return None
    if any(s.pos[k] not in ("PUNCT", "CCONJ") for k in range(p)):
        return None  # the phrase opens the sentence ("But in his view, ...")
    objs = [o for o in s.children(p) if s.dep[o] == "pobj"]
    if not objs:
        return None
    o = objs[0]
    comma = max(_subtree(s, p)) + 1
    if comma >= len(s.text) or s.text[comma] != "," or s.pos[s.head[p]] not in _VERB_POS:
        return None
    if s.lower[p] == "for":  # "For many analysts," a share of a group; "For the drivers,
        some = any(s.lower[k] in _SOME for k in s.children(o) if k < o)  # ..." benefits
        if s.tag[o] != "NNS" or not some or not _held(s, s.head[p]):
            return None
        return o, comma
    if s.lemma[o].lower() not in _VIEW_NOUNS:
        return None
    poss = [k for k in s.children(o) if s.dep[k] == "poss"]
    of = [
        m
        for k in s.children(o)
        if s.dep[k] == "prep" and s.lower[k] == "of"
        for m in s.children(k)
        if s.dep[m] == "pobj"
    ]
    holders = poss or of
    return (holders[0], comma) if holders else None


def _stance_words(s: _Sent, i: int) -> set[int] | None:
    """What the stance at token ``i`` holds (:func:`_stance_adjective`,
    :func:`_stance_noun`, :func:`_said_noun`, :func:`_viewpoint`), else ``None``."""
    adj = _stance_adjective(s, i)
    if adj is not None:
        return _subtree(s, adj[1])
    absolute = _with_stance(s, i)
    if absolute is not None:
        return _subtree(s, absolute[1])
    noun = _stance_noun(s, i)
    if noun is not None:
        return _subtree(s, noun[2])
    said = _said_noun(s, i)
    if said is not None:
        return _subtree(s, said[1])
    view = _viewpoint(s, i)
    if view is not None:
        return set(range(view[1] + 1, len(s.text)))
    return None


# --- stances in a "with" absolute ----------------------------------------------------------


def _with_stance(s: _Sent, a: int) -> tuple[int, int] | None:
    """``(holder, content)`` when stance adjective ``a`` is said of the object of a "with"
    that adds a clause of its own, with what is held as a clause: "The index rose, with many
    investors optimistic that the reforms would last", "..., with fans confident of winning
    the title". The parse hangs the adjective on "with" (the noun its subject), on the
    noun, or on the verb with "with" as its mark. "With Smith confident, the team ..." holds
    nothing, and "with" after a noun ("a deal with firms keen to ...") describes that noun.
    Else ``None``."""
    if s.pos[a] != "ADJ" or s.lower[a] not in _STANCE_ADJS or s.quoted[a]:
        return None
    h = s.head[a]
    subjects = [k for k in s.children(a) if s.dep[k] in ("nsubj", "npadvmod") and k < a]
    marked = [k for k in s.children(a) if s.dep[k] == "mark" and s.lower[k] == "with"]
    if s.dep[a] == "pcomp" and s.lower[h] == "with":
        holders, verb = subjects, s.head[h]
    elif s.dep[a] == "amod" and h < a and s.dep[h] == "pobj" and s.lower[s.head[h]] == "with":
        holders, verb = [h], s.head[s.head[h]]
    elif s.dep[a] == "advcl" and marked:
        holders, verb = subjects, h
    else:
        return None
    if not holders or s.quoted[holders[0]] or s.pos[verb] not in _VERB_POS:
        return None  # "with" on a verb's clause, not on a noun
    c = _stance_clause(s, a)
    return None if c is None else (holders[0], c)
