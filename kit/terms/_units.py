"""What counts as a term: units, stopwords, and the term occurrences of a sentence table.

Everything here reads the stored parse (the ``tok_*`` Arrow list columns) and never parses
again. Token attributes are worked out once per distinct string (a table of a million
sentences has a few hundred thousand distinct words), then spread back over the tokens, so
that extraction is a handful of Arrow/NumPy passes rather than a Python loop over tokens.

Units
-----
``"lemma"`` (default)
    spaCy's lemma, lowercased, except for names: proper nouns (POS ``PROPN``) and words
    inside a named entity (not a date, time or number) keep the case they are written in
    ("crimes" and "Crime" count as ``crime``; "China" stays ``China``; "Chinese", an
    adjective but a NORP entity, stays ``Chinese``; "US" stays apart from "us"); where
    spaCy's lemma of a name differs from its text ("Americans" -> "American") the lemma is
    taken. A sentence's first word tagged PROPN outside any entity is taken for a
    capitalised common word (the small model tags "Cyber crime has doubled" so) and
    lowercased. A word tagged PROPN in one place and NOUN in another ("Assembly",
    "assembly") is two terms: the tagger's call is kept, not second-guessed.
``"lower"``
    the token's text, lowercased.
``"word"``
    the token's text as written.
``"noun_phrase"``
    spaCy's noun chunks (rebuilt Docs: :func:`kit.docs`), in lemma form, with leading and
    trailing stopwords, numbers and punctuation trimmed ("the global police body" ->
    ``global police body``); chunks left with no word (pronouns: "he", "which") are dropped.
``"entity"``
    named entities from ``tok_ent`` as written, a leading "the" dropped ("the UN" -> ``UN``).
    Numeric types (DATE, TIME, PERCENT, MONEY, QUANTITY, ORDINAL, CARDINAL) are left out
    unless ``numbers=True`` or ``entity_types=`` names them.

N-grams (``ngram=2`` and up, on the lemma/lower/word units) run over the sentence's tokens as
written and never across the gaps that filtering leaves: an n-gram holding punctuation (or a
number, unless ``numbers=True``) is dropped, and one that starts or ends with a stopword is
dropped, while stopwords inside are kept. So "rule of law" and "fight against terrorism" are
trigrams, "security , and" is nothing, and removing a word never glues its neighbours into a
pair that the text does not contain. (The same convention as textacy's ``filter_stops``.)

What is left out by default
---------------------------
Stopwords (spaCy's English ``STOP_WORDS`` + ``kit/resources/stopwords.toml`` + the caller's,
matched case-insensitively on the text and, for lemma-based units, on the lemma: "said" and
"says" both go through "say"), punctuation and symbols (POS ``PUNCT``/``SYM`` or no letter or
digit), whitespace, and numbers (POS ``NUM`` or spaCy's ``like_num``: "1984", "five", "86th").
``punct=True`` and ``numbers=True`` keep them; ``stopwords=False`` keeps the stopwords.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from spacy.lang.en.lex_attrs import like_num

from ..sentences import WORDLESS_POS, docs
from ._options import NUMERIC_ENTITY_TYPES, TermOptions

__all__ = ["Occurrences", "Tokens", "extract", "flat_tokens"]

# --- the tokens of a table, flattened ----------------------------------------------------


@dataclass
class Tokens:
    """The tokens of a table's rows, flattened in reading order (NumPy/Arrow arrays).

    ``row[k]`` is the position (0-based, not the label) of token k's sentence in the table,
    ``i[k]`` its index within the sentence; ``word[k]`` how many words (tokens that are not
    PUNCT/SPACE/SYM) come before it in the whole table.
    """

    row: np.ndarray
    i: np.ndarray
    text: pa.Array
    lemma: pa.Array
    pos: pa.Array
    ent: pa.Array
    start: np.ndarray
    is_word: np.ndarray
    word: np.ndarray
    row_offsets: np.ndarray  # token k of row r is at row_offsets[r] + k

    @property
    def lower(self) -> pa.Array:
        return pc.utf8_lower(self.text)

    @property
    def lemma_lower(self) -> pa.Array:
        return pc.utf8_lower(self.lemma)


def _list_column(df: pd.DataFrame, name: str) -> pa.ListArray:
    if name not in df.columns:
        raise KeyError(
            f"the table has no {name!r} column: term analytics read the stored parse; "
            "load the table with kit.load_article / kit.load_corpus"
        )
    arr = pa.array(df[name].array)
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks() if arr.num_chunks else pa.array([], arr.type)
    return arr


def flat_tokens(df: pd.DataFrame) -> Tokens:
    """Flatten the stored parse of ``df`` (see :class:`Tokens`)."""
    text = _list_column(df, "tok_text")
    lengths = pc.fill_null(pc.list_value_length(text), 0).to_numpy(zero_copy_only=False)
    lengths = lengths.astype(np.int64)
    offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
    np.cumsum(lengths, out=offsets[1:])
    row = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
    pos = _list_column(df, "tok_pos").flatten()
    is_word = ~np.asarray(pc.is_in(pos, pa.array(sorted(WORDLESS_POS))), dtype=bool)
    cum = np.cumsum(is_word, dtype=np.int64)
    return Tokens(
        row=row,
        i=np.arange(len(row), dtype=np.int64) - offsets[:-1][row],
        text=text.flatten(),
        lemma=_list_column(df, "tok_lemma").flatten(),
        pos=pos,
        ent=_list_column(df, "tok_ent").flatten(),
        start=_list_column(df, "tok_start").flatten().to_numpy(zero_copy_only=False),
        is_word=is_word,
        word=cum - is_word,
        row_offsets=offsets,
    )


def _per_distinct(values: pa.Array, fn) -> np.ndarray:
    """``fn`` (str -> bool) applied once per distinct string, spread over ``values``."""
    enc = pc.dictionary_encode(values)
    table = np.fromiter((fn(s) for s in enc.dictionary.to_pylist()), dtype=bool)
    idx = enc.indices.to_numpy(zero_copy_only=False)
    return table[idx] if len(table) else np.zeros(len(values), dtype=bool)


# --- occurrences ----------------------------------------------------------------------------


@dataclass
class Occurrences:
    """Every counted term occurrence: sentence position, term, and its token span.

    ``terms`` holds the distinct term strings; ``code[k]`` indexes into it; tokens
    ``first[k]`` (inclusive) to ``last[k]`` (exclusive) of sentence ``row[k]`` make it up.
    """

    row: np.ndarray
    code: np.ndarray
    first: np.ndarray
    last: np.ndarray
    terms: np.ndarray


def _token_flags(tok: Tokens, opts: TermOptions) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(blocked, stop, forms): tokens that can't be part of a term, stopwords, term forms."""
    pos = tok.pos
    is_space = np.asarray(pc.equal(pos, "SPACE"), dtype=bool) | _per_distinct(
        tok.text, lambda s: not s.strip()
    )
    is_punct = np.asarray(pc.is_in(pos, pa.array(["PUNCT", "SYM"])), dtype=bool) | _per_distinct(
        tok.text, lambda s: not any(ch.isalnum() for ch in s)
    )
    is_num = np.asarray(pc.equal(pos, "NUM"), dtype=bool) | _per_distinct(tok.text, like_num)
    blocked = is_space.copy()
    if not opts.punct:
        blocked |= is_punct
    if not opts.numbers:
        blocked |= is_num
    lower = tok.lower
    stop = np.zeros(len(pos), dtype=bool)
    lemma_lower = tok.lemma_lower if opts.unit in ("lemma", "noun_phrase") else None
    if opts.stopword_set:
        words = opts.stopword_set
        stop = _per_distinct(lower, words.__contains__)
        if lemma_lower is not None:
            stop |= _per_distinct(lemma_lower, words.__contains__)
    if lemma_lower is not None:
        in_name = _per_distinct(tok.ent, lambda e: e != "O" and e[2:] not in NUMERIC_ENTITY_TYPES)
        propn = np.asarray(pc.equal(pos, "PROPN"), dtype=bool)
        propn &= ~((tok.i == 0) & np.asarray(pc.equal(tok.ent, "O"), dtype=bool))
        named = pa.array(propn | in_name)
        as_written = pc.if_else(pc.equal(lemma_lower, lower), tok.text, tok.lemma)
        forms = pc.if_else(named, as_written, lemma_lower)
    elif opts.unit == "lower":
        forms = lower
    else:
        forms = tok.text
    return blocked, stop, forms


def extract(df: pd.DataFrame, opts: TermOptions, tok: Tokens | None = None) -> Occurrences:
    """All term occurrences of ``df`` under ``opts`` (see the module's docstring)."""
    tok = flat_tokens(df) if tok is None else tok
    if opts.unit == "entity":
        return _entities(tok, opts)
    blocked, stop, forms = _token_flags(tok, opts)
    if opts.unit == "noun_phrase":
        return _noun_phrases(df, tok, blocked, stop, forms)
    enc = pc.dictionary_encode(forms)
    fcode = enc.indices.to_numpy(zero_copy_only=False).astype(np.int64)
    fdict = np.asarray(enc.dictionary.to_pylist(), dtype=object)
    lo, hi = opts.ngram_range
    parts = [_ngrams(tok, fcode, fdict, blocked, stop, n) for n in range(lo, hi + 1)]
    return _combine(parts)


def _ngrams(tok, fcode, fdict, blocked, stop, n) -> tuple[np.ndarray, ...]:
    """Positions and term strings of the valid n-grams (see the module's docstring)."""
    total = len(fcode)
    if total < n:
        return (np.zeros(0, np.int64),) * 3 + (np.zeros(0, object),)
    starts = np.arange(total - n + 1)
    ok = (tok.row[starts] == tok.row[starts + n - 1]) & ~stop[starts] & ~stop[starts + n - 1]
    for k in range(n):
        ok &= ~blocked[starts + k]
    starts = starts[ok]
    if n == 1:  # a counting pass, not a sort of every occurrence
        codes = fcode[starts]
        used = np.flatnonzero(np.bincount(codes, minlength=len(fdict)))
        remap = np.zeros(len(fdict), np.int64)
        remap[used] = np.arange(len(used))
        code, terms = remap[codes], fdict[used]
    else:
        grams = np.stack([fcode[starts + k] for k in range(n)], axis=1)
        uniq, code = np.unique(grams, axis=0, return_inverse=True)
        terms = np.asarray([" ".join(fdict[c] for c in g) for g in uniq], dtype=object)
    return tok.row[starts], code.ravel(), tok.i[starts], terms


def _combine(parts) -> Occurrences:
    """Merge per-n occurrence lists into one vocabulary (sorted strings)."""
    all_terms = np.concatenate([p[3] for p in parts]) if parts else np.zeros(0, object)
    vocab, inverse = np.unique(all_terms.astype(str), return_inverse=True)
    rows, codes, firsts, lasts = [], [], [], []
    shift = 0
    for row, code, first, terms in parts:
        rows.append(row)
        codes.append(inverse[shift + code] if len(code) else code)
        firsts.append(first)
        n = len(terms[0].split(" ")) if len(terms) else 1
        lasts.append(first + n)
        shift += len(terms)
    return Occurrences(
        row=np.concatenate(rows),
        code=np.concatenate(codes).astype(np.int64),
        first=np.concatenate(firsts),
        last=np.concatenate(lasts),
        terms=vocab.astype(object),
    )


def _from_spans(rows, firsts, lasts, terms) -> Occurrences:
    vocab, code = np.unique(np.asarray(terms, dtype=str), return_inverse=True)
    return Occurrences(
        row=np.asarray(rows, dtype=np.int64),
        code=code.ravel().astype(np.int64),
        first=np.asarray(firsts, dtype=np.int64),
        last=np.asarray(lasts, dtype=np.int64),
        terms=vocab.astype(object),
    )


def _entities(tok: Tokens, opts: TermOptions) -> Occurrences:
    ent = pc.fill_null(tok.ent, "O")
    kind = pc.if_else(pc.equal(ent, "O"), "", pc.utf8_slice_codeunits(ent, 2))  # "B-ORG" -> ORG
    kinds = kind.to_numpy(zero_copy_only=False)
    texts = tok.text.to_numpy(zero_copy_only=False)
    inside = kinds != ""
    same_row = np.r_[False, tok.row[1:] == tok.row[:-1]]
    cont = np.asarray(pc.starts_with(ent, "I-"), dtype=bool)
    cont &= same_row & np.r_[False, kinds[1:] == kinds[:-1]] & np.r_[False, inside[:-1]]
    begin = np.flatnonzero(inside & ~cont)
    stops = np.append(np.flatnonzero(~cont), len(cont))  # tokens that start no continuation
    ends = stops[np.searchsorted(stops, begin, side="right")]  # each entity's end (exclusive)
    allowed = opts.entity_types
    if allowed is None and not opts.numbers:
        allowed = set(pc.unique(kind).to_pylist()) - NUMERIC_ENTITY_TYPES - {""}
    if allowed is not None:
        keep = np.isin(kinds[begin], list(allowed))
        begin, ends = begin[keep], ends[keep]
    rows, firsts, lasts, terms = [], [], [], []
    for b, e in zip(begin.tolist(), ends.tolist(), strict=True):
        first = b
        if e - first > 1 and texts[first].lower() == "the":
            first += 1
        surface = _surface(texts, tok.start, first, e)
        if not any(ch.isalnum() for ch in surface):
            continue
        rows.append(tok.row[b])
        firsts.append(tok.i[first])
        lasts.append(tok.i[e - 1] + 1)
        terms.append(surface)
    return _from_spans(rows, firsts, lasts, terms)


def _surface(texts, starts, first: int, end: int) -> str:
    """Tokens ``first:end`` as written, with their original spacing (one space at most)."""
    out = texts[first]
    for k in range(first + 1, end):
        gap = starts[k] > starts[k - 1] + len(texts[k - 1])
        out += (" " if gap else "") + texts[k]
    return out


def _noun_phrases(df, tok: Tokens, blocked, stop, forms) -> Occurrences:

    forms_np = forms.to_numpy(zero_copy_only=False)
    drop = blocked | stop
    rows, firsts, lasts, terms = [], [], [], []
    for r, doc in enumerate(docs(df)):
        base = tok.row_offsets[r]
        for chunk in doc.noun_chunks:
            a, b = chunk.start, chunk.end
            while a < b and drop[base + a]:
                a += 1
            while b > a and drop[base + b - 1]:
                b -= 1
            if a == b:
                continue
            keep = ~blocked[base + a : base + b]  # commas inside a coordinated chunk
            rows.append(r)
            firsts.append(a)
            lasts.append(b)
            terms.append(" ".join(forms_np[base + a : base + b][keep]))
    return _from_spans(rows, firsts, lasts, terms)
