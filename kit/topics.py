"""Topics: which sentences are about terrorism, cybercrime, fugitives, or a topic of your own.

A topic is a lexicon: ``terms`` (words and phrases matched in any case, on their written
form and on their lemmas, with spaced, hyphenated and closed-up spellings of compounds
alike), ``forms`` (matched only as written, in any case) and ``patterns`` (spaCy
``Matcher`` token patterns, for words that are evidence only in company). The shipped
lexicons live in ``kit/resources/topics.toml``; the format is described there.

:func:`tag_topics` adds two columns to the sentence table, from the stored parse (no new
parse): ``topics`` (the topic names of each sentence, an Arrow ``list<string>``) and
``topic_evidence`` (each match as ``{"topic", "term", "kind", "text", "start", "end",
"established_by", "terms", "score", "why"}``: ``term`` is the lexicon entry or pattern
label, ``text`` the matched words as written, ``start``/``end`` their offsets into the
article text, ``kind`` one of term, form, pattern, cue (a cue with a sense word: ``terms``
lists them) or context; ``score`` and ``why`` are set when a learned context model decided).

Words that are evidence only in company (``cues``: "attack", "virus", "fled") count with
a sense word of the topic in their sentence, or in an article whose story of the topic is
established: a sentence that continues a story gets evidence of kind ``context`` naming the
sentences (``established_by``, sentence ids) and terms that set it up; see
``kit._topic_context`` for the rules.
:func:`topic_mask` filters by topic, vectorised; :func:`topics_summary` counts;
:func:`topic_matches` lists the evidence one match a row.
"""

from __future__ import annotations

import functools
import itertools
import json
import tomllib
import warnings
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, TypeGuard, cast

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import spacy
from spacy.errors import MatchPatternError
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc

from . import _topic_context as _context
from ._tables import carry_attrs, require_columns
from .articles import article_records
from .model import ModelNotFoundError, load_model, vocab
from .sentences import TOKEN_COLUMNS, docs
from .speakers import NO_SPEAKER

__all__ = [
    "NO_TOPIC",
    "LexiconError",
    "Topic",
    "load_topics",
    "speaker_topic_counts",
    "tag_topics",
    "topic_mask",
    "topic_matches",
    "topic_shares",
    "topics_summary",
]

TOPIC_KEYS = frozenset(
    {
        "description",
        "terms",
        "forms",
        "patterns",
        "cues",
        "senses",
        "unless",
        "background",
        "not_when",
        "context",
    }
)
EVIDENCE_TYPE = pa.list_(
    pa.struct(
        [
            ("topic", pa.string()),
            ("term", pa.string()),  # the lexicon entry or pattern label
            ("kind", pa.string()),  # term, form, pattern, cue or context
            ("text", pa.string()),  # the matched text as written in the article
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("established_by", pa.list_(pa.int64())),  # context: sentence ids of the story
            ("terms", pa.list_(pa.string())),  # cue: its sense words; context: the story's terms
            ("score", pa.float64()),  # context by the learned model: its probability
            ("why", pa.list_(pa.string())),  # context: the features that spoke for the tag
        ]
    )
)
TOPICS_TYPE = pa.list_(pa.string())
_LITERAL_ATTRS = ("LOWER", "LEMMA", "ORTH", "TEXT", "NORM")
_SKIPPABLE_OPS = frozenset({"?", "*", "!"})
_SEP = "\x1f"  # between topic and term in a match key


class LexiconError(ValueError):
    """A topic lexicon (file or dict) that cannot be used, with the reason."""


@dataclass(frozen=True)
class Cue:
    """A word that is evidence only in company: ``with`` sense words, or in a topic's story.

    ``with_`` is None for the topic's senses; empty for a story word that never counts alone.
    ``unless`` words in the same sentence take its topical sense away ('virus' with 'flu').
    """

    term: str
    with_: frozenset[str] | None = None  # None: the topic's senses; empty: never evidence alone
    unless: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Topic:
    """One topic's lexicon: terms, forms and Matcher patterns (as ``(label, pattern)``).

    ``cues`` count only with one of the topic's ``senses`` in the sentence or inside an
    established story of the topic (see :func:`tag_topics`); ``unless`` words in a sentence
    make none of the topic's entries evidence there (a film plot); ``background`` words mark
    a sentence on another subject that its stories sit beside (peace talks beside an
    attack), which context does not carry; ``not_when`` patterns mark uses that are no
    evidence of their own (9/11 as a date, a job title in passing).
    """

    name: str
    terms: tuple[str, ...] = ()
    forms: tuple[str, ...] = ()
    patterns: tuple[tuple[str, str], ...] = ()  # (label, pattern as JSON text)
    description: str = ""
    cues: tuple[Cue, ...] = ()
    senses: frozenset[str] = frozenset()
    unless: frozenset[str] = frozenset()
    not_when: tuple[tuple[str, str], ...] = ()  # (label, pattern as JSON text)
    context: bool = True
    background: frozenset[str] = frozenset()

    def token_patterns(self) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        """The Matcher patterns as ``(label, list of token dicts)``."""
        for label, text in self.patterns:
            yield label, json.loads(text)

    def exclusion_patterns(self) -> Iterator[tuple[str, list[dict[str, Any]]]]:
        """The ``not_when`` patterns as ``(label, list of token dicts)``."""
        for label, text in self.not_when:
            yield label, json.loads(text)


# --- reading lexicons ---------------------------------------------------------------------


def default_topics_path() -> Path:
    """Where the shipped lexicon file is (copy it to start your own)."""
    return Path(str(resources.files("kit.resources") / "topics.toml"))


def load_topics(source: str | Path | Mapping[str, Any] | None = None) -> dict[str, Topic]:
    """Read a topic lexicon and return ``{topic name: Topic}``, in the order given.

    ``source`` is a TOML file path, or a dict such as ``{"governance": ["rule of law",
    "UN charter"]}`` or ``{"governance": {"terms": [...], "forms": [...], "patterns":
    [...]}}``; ``None`` reads the shipped lexicon. Dicts merge with ``|``, so
    ``kit.load_topics() | {"governance": [...]}`` is the shipped topics plus one.
    Raises :class:`LexiconError` naming the file or topic when something is wrong.
    """
    if source is None:
        source = default_topics_path()
    if isinstance(source, str | Path):
        return _read_toml(Path(source))
    if not isinstance(source, Mapping):
        raise LexiconError(
            f"a topic lexicon is a dict or a TOML file path, not {type(source).__name__}"
        )
    if not source:
        raise LexiconError("the topic lexicon is empty: give at least one topic")
    return {str(name): _topic(str(name), spec) for name, spec in source.items()}


def _read_toml(path: Path) -> dict[str, Topic]:
    try:
        with path.open("rb") as f:
            data = tomllib.load(f)
    except FileNotFoundError:
        raise LexiconError(f"{path}: no such topic lexicon file") from None
    except IsADirectoryError:
        raise LexiconError(f"{path}: is a folder, not a topic lexicon file") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise LexiconError(f"{path}: not valid TOML ({exc})") from None
    if not data:
        raise LexiconError(f"{path}: defines no topics")
    try:
        return load_topics(data)
    except LexiconError as exc:
        raise LexiconError(f"{path}: {exc}") from None


def _topic(name: str, spec: Any) -> Topic:
    if isinstance(spec, Topic):
        return spec
    if isinstance(spec, str) or (
        isinstance(spec, Iterable) and not isinstance(spec, Mapping | bytes)
    ):
        spec = {"terms": list([spec] if isinstance(spec, str) else spec)}
    if not isinstance(spec, Mapping):
        raise LexiconError(
            f"topic {name!r}: expected a list of terms or a table with "
            f"{sorted(TOPIC_KEYS)}, got {type(spec).__name__}"
        )
    unknown = set(spec) - TOPIC_KEYS
    if unknown:
        raise LexiconError(
            f"topic {name!r}: unknown key(s) {sorted(unknown)}; a topic may have "
            f"{sorted(TOPIC_KEYS)}"
        )
    context = spec.get("context", True)
    if not isinstance(context, bool):
        raise LexiconError(f"topic {name!r}: context must be true or false, got {context!r}")
    topic = Topic(
        name=name,
        terms=_strings(name, "terms", spec.get("terms", [])),
        forms=_strings(name, "forms", spec.get("forms", [])),
        patterns=_patterns(name, spec.get("patterns", [])),
        description=str(spec.get("description", "")),
        cues=_cues(name, spec.get("cues", [])),
        senses=_words(name, "senses", spec.get("senses", [])),
        unless=_words(name, "unless", spec.get("unless", [])),
        background=_words(name, "background", spec.get("background", [])),
        not_when=_patterns(name, spec.get("not_when", []), key="not_when"),
        context=context,
    )
    if not (topic.terms or topic.forms or topic.patterns or topic.cues):
        raise LexiconError(f"topic {name!r}: has no terms, forms or patterns")
    _check_patterns(topic)
    return topic


def _strings(name: str, key: str, values: Any) -> tuple[str, ...]:
    if isinstance(values, str):
        values = [values]
    out = []
    for v in values:
        if not isinstance(v, str) or not v.strip():
            raise LexiconError(f"topic {name!r}: {key} must be non-empty strings, got {v!r}")
        out.append(" ".join(v.split()))
    return tuple(dict.fromkeys(out))


def _words(name: str, key: str, values: Any) -> frozenset[str]:
    """Sense or guard words, compared with lower-cased lemmas and written forms."""
    return frozenset(w.lower() for w in _strings(name, key, values))


def _cues(name: str, values: Any) -> tuple[Cue, ...]:
    if isinstance(values, str | Mapping):
        values = [values]
    out: list[Cue] = []
    for n, item in enumerate(values, start=1):
        if isinstance(item, str):
            item = {"term": item}
        terms = item.get("term") if isinstance(item, Mapping) else None
        if not isinstance(terms, str) and not (isinstance(terms, list) and terms):
            raise LexiconError(
                f"topic {name!r}: cue {n} must be a word or a table with 'term' (a word or a "
                f"list of words sharing its optional 'with' and 'unless'), got {item!r}"
            )
        extra = set(item) - {"term", "with", "unless"}
        if extra:
            raise LexiconError(f"topic {name!r}: cue {n} has unknown key(s) {sorted(extra)}")
        with_ = _words(name, "with", item["with"]) if "with" in item else None
        unless = _words(name, "unless", item.get("unless", []))
        for term in _strings(name, "cues", terms):
            if any(cue.term.lower() == term.lower() for cue in out):
                # a second entry would silently replace the first one's senses and guards
                raise LexiconError(
                    f"topic {name!r}: cue {term!r} is given twice; give its 'with' and "
                    "'unless' words in one entry"
                )
            out.append(Cue(term, with_=with_, unless=unless))
    return tuple(out)


def _patterns(name: str, values: Any, key: str = "patterns") -> tuple[tuple[str, str], ...]:
    if not isinstance(values, list):
        raise LexiconError(f"topic {name!r}: {key} must be a list, got {type(values).__name__}")
    out = []
    for n, item in enumerate(values, start=1):
        if isinstance(item, Mapping) and "pattern" in item:
            extra = set(item) - {"label", "pattern"}
            if extra:
                raise LexiconError(
                    f"topic {name!r}: pattern {n} has unknown key(s) {sorted(extra)} "
                    "(a pattern entry has 'label' and 'pattern')"
                )
            label, pattern = str(item.get("label") or f"pattern {n}"), item["pattern"]
        else:
            label, pattern = f"pattern {n}", item
        if not isinstance(pattern, list) or not pattern:
            raise LexiconError(
                f"topic {name!r}: pattern {n} ({label!r}) must be a non-empty list of "
                "token dicts, e.g. [{LOWER = 'terror'}, {LEMMA = 'attack'}]"
            )
        out.append((label, json.dumps(_lower_lemmas(pattern), sort_keys=True)))
    return tuple(out)


def _lower_lemmas(value: Any, key: str | None = None) -> Any:
    """Lemmas are compared in lower case: lower the LEMMA values of a pattern."""
    if isinstance(value, list):
        return [_lower_lemmas(v, key) for v in value]
    if isinstance(value, dict):
        return {
            k: (_lower_lemmas(v, k) if k == "LEMMA" or key == "LEMMA" else v)
            for k, v in value.items()
        }
    if key is not None and isinstance(value, str) and key != "REGEX":
        return value.lower()
    return value


def _check_patterns(topic: Topic) -> None:
    matcher = Matcher(vocab(), validate=True)
    for label, pattern in (*topic.token_patterns(), *topic.exclusion_patterns()):
        try:
            matcher.add(label, [pattern])
        except (MatchPatternError, ValueError, TypeError, KeyError) as exc:
            raise LexiconError(
                f"topic {topic.name!r}: spaCy rejects pattern {label!r}: {exc}"
            ) from None


# --- compiling matchers -------------------------------------------------------------------


@functools.cache
def _tokenizer_nlp() -> Language:
    """A blank English pipeline on the shared vocab: tokenises terms as articles are."""
    return spacy.blank("en", vocab=vocab())


def _spellings(term: str) -> list[str]:
    """A term with its compound spellings: 'cyber crime', 'cyber-crime', 'cybercrime'."""
    out = [term]
    parts = [p for p in term.replace("-", " ").split() if p]
    if 2 <= len(parts) <= 3:
        out += [" ".join(parts), "-".join(parts)]
        if len(parts) == 2:
            out.append("".join(parts))
    return list(dict.fromkeys(out))


def _noun_lemmas(words: list[str]) -> list[str] | None:
    """Each word's lemma as a noun ('crimes' -> 'crime'), by the model's rule lemmatizer."""
    lemmatizer = _lemmatizer()
    if lemmatizer is None:
        return None
    doc = Doc(vocab(), words=words, pos=["NOUN"] * len(words))
    out = []
    for word, token in zip(words, doc, strict=True):
        forms = lemmatizer.rule_lemmatize(token) if word.isalpha() else [word]
        out.append((forms[0] if forms else word).lower())
    return out


@functools.cache
def _lemmatizer():
    try:
        nlp = load_model()
    except ModelNotFoundError:
        warnings.warn(
            "no spaCy model is installed: topic terms match their written forms and "
            "lemmas only as written ('terrorists' will not match 'terrorist')",
            stacklevel=4,
        )
        return None
    return nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None


@dataclass
class _Compiled:
    lower: PhraseMatcher
    lemma: PhraseMatcher
    patterns: Matcher
    exclusions: Matcher  # not_when patterns: uses that are no evidence of their own
    guards: dict[str, frozenset[int]]  # pattern key -> positions of its guard tokens
    anchors: set[tuple[str, ...]] | None  # a row can match only if it holds all the words
    # of one of these (None: any row)
    pattern_anchors: set[tuple[str, ...]] | None  # the same for the Matcher patterns: the
    # Matcher, the costly part of matching, runs only on rows that may hold a pattern
    cue_anchors: set[tuple[str, ...]]  # rows holding only these matter with a sense or story
    sense_anchors: set[tuple[str, ...]]  # the words of the sense words of the cues
    phrases: dict[str, tuple[str, ...]]  # a sense or guard word of several tokens -> its
    # token sequences (lower case, and as noun lemmas): 'dark web', 'box office', 'e-mail'
    order: dict[str, int]  # topic name -> position
    topics: dict[str, Topic]
    cues: dict[tuple[str, str], Cue]  # (topic, cue term) -> cue


def _compile(lexicon: Mapping[str, Topic]) -> _Compiled:
    v = vocab()
    nlp = _tokenizer_nlp()
    lower = PhraseMatcher(v, attr="LOWER")
    lemma = PhraseMatcher(v, attr="LEMMA")
    patterns = Matcher(v, validate=True)
    exclusions = Matcher(v, validate=True)
    anchors: set[tuple[str, ...]] = set()
    pattern_anchors: set[tuple[str, ...]] = set()
    any_row = False  # a pattern with no literal word to anchor it: every row may match
    cue_anchors: set[tuple[str, ...]] = set()
    sense_words: set[str] = set()
    guard_words: set[str] = set()
    guards: dict[str, frozenset[int]] = {}
    cues: dict[tuple[str, str], Cue] = {}
    for topic in lexicon.values():
        entries = [(t, True, "term") for t in topic.terms]
        entries += [(f, False, "form") for f in topic.forms]
        for cue in topic.cues:
            entries.append((cue.term, True, "cue"))
            cues[(topic.name, cue.term)] = cue
            sense_words |= topic.senses if cue.with_ is None else cue.with_
            guard_words |= cue.unless
        guard_words |= topic.unless | topic.background
        for entry, by_lemma, kind in entries:
            key = _SEP.join((topic.name, kind, entry))
            lower_docs, lemma_docs = [], []
            found = cue_anchors if kind == "cue" else anchors
            for spelling in _spellings(entry):
                words = [t.text for t in nlp.tokenizer(spelling)]
                lowered = [w.lower() for w in words]
                lower_docs.append(Doc(v, words=words))
                found.add(_anchor(lowered))
                if by_lemma:
                    for lemmas in {tuple(lowered), tuple(_noun_lemmas(words) or lowered)}:
                        lemma_docs.append(Doc(v, words=words, lemmas=list(lemmas)))
                        found.add(_anchor(list(lemmas)))
            lower.add(key, lower_docs)
            if lemma_docs:
                lemma.add(key, lemma_docs)
        for n, (label, pattern) in enumerate(topic.token_patterns()):
            key = _SEP.join((topic.name, "pattern", label, str(n)))
            patterns.add(key, [pattern])
            guards[key] = frozenset(i for i, tok in enumerate(pattern) if _is_guard(tok))
            if not any_row:
                literal = _pattern_anchors(pattern)
                any_row = literal is None
                pattern_anchors |= literal or set()
        for n, (label, pattern) in enumerate(topic.exclusion_patterns()):
            exclusions.add(_SEP.join((topic.name, label, str(n))), [pattern])
    anchors |= pattern_anchors
    order = {name: n for n, name in enumerate(lexicon)}
    phrases, sense_anchors = {}, set()
    for word in sense_words | guard_words:
        tokens = [t.text for t in nlp.tokenizer(word)]
        if word in sense_words:
            sense_anchors.add(_anchor([t.lower() for t in tokens]))
        if len(tokens) > 1:
            forms = {tuple(t.lower() for t in tokens), tuple(_noun_lemmas(tokens) or ())}
            phrases[word] = tuple(f" {' '.join(f)} " for f in forms if f)
    return _Compiled(
        lower,
        lemma,
        patterns,
        exclusions,
        guards,
        None if any_row else anchors,
        None if any_row else pattern_anchors,
        cue_anchors,
        sense_anchors,
        phrases,
        order,
        dict(lexicon),
        cues,
    )


def _is_guard(token: Mapping[str, Any]) -> bool:
    """A pattern token that only says what must NOT be there ('hacking', not + 'through').

    Such a token is context, not evidence: it is left out of the matched span.
    """
    if token.get("OP") is not None or not token:
        return False
    return all(isinstance(v, Mapping) and set(v) <= {"NOT_IN"} for v in token.values())


def _anchor(words: list[str]) -> tuple[str, ...]:
    """The words a row must all hold to match a phrase (its words, but for punctuation)."""
    kept = tuple(dict.fromkeys(w for w in words if any(c.isalnum() for c in w)))
    return kept or tuple(words)


def _may_be_absent(op: str | None) -> bool:
    """Whether a token with this operator may match nothing ("?", "*", "!", "{0,3}", "{,2}")."""
    if op is None:
        return False
    return op in _SKIPPABLE_OPS or op.startswith(("{0", "{,"))


def _pattern_anchors(pattern: list[dict[str, Any]]) -> set[tuple[str, ...]] | None:
    """Anchors of a pattern: any match holds all the words of one of them (None: unknown).

    Each token that must be there gives the set of words one of which it must be; the two
    sets that let the fewest rows through are combined (a word of each), so that "fled the
    country" is looked for in rows with "flee" and "country", not in every row with "country".
    """
    sets = []
    for token in pattern:
        if _may_be_absent(token.get("OP")):
            continue
        best = None
        for attr in _LITERAL_ATTRS:
            value = token.get(attr)
            if isinstance(value, str):
                values = {value.lower()}
            elif isinstance(value, dict) and set(value) == {"IN"}:
                values = {str(x).lower() for x in value["IN"]}
            else:
                continue
            if best is None or _anchor_cost(values) < _anchor_cost(best):
                best = values
        if best is not None:
            sets.append(best)
    if not sets:
        return None
    sets.sort(key=_anchor_cost)
    return {tuple(dict.fromkeys(words)) for words in itertools.product(*sets[:2])}


def _anchor_cost(values: set[str]) -> tuple[int, int]:
    """How many rows a set of anchor words may let through: short words are common."""
    shortest = min(len(v) for v in values)
    common = any(v in STOP_WORDS for v in values)  # spaCy's function words: in every row
    return len(values) * (1000 if common else 1 if shortest >= 4 else 10), -shortest


# --- tagging ------------------------------------------------------------------------------


def tag_topics(
    df: pd.DataFrame, topics: str | Path | Mapping[str, Any] | None = None
) -> pd.DataFrame:
    """Tag each sentence with the topics its words match; return a new table.

    ``topics`` is a lexicon as :func:`load_topics` takes it (``None``: the shipped one).
    The new table has ``topics`` (a list of topic names a row, possibly empty, as an Arrow
    ``list<string>``) and ``topic_evidence`` (a list a row of ``{"topic", "term", "kind",
    "text", "start", "end", "established_by", "terms", "score", "why"}``: the lexicon entry
    or pattern label, the kind of match, the matched text and its offsets in the article
    text; for a sentence that continues a story, the sentence ids and terms that established
    it, and when a learned context model decided, its probability and the features that
    spoke for the tag).
    Existing topic columns are replaced. Uses the stored parse; no model run.
    """
    missing = [c for c in (*TOKEN_COLUMNS, "text", "start_char") if c not in df.columns]
    if missing:
        raise ValueError(
            f"tag_topics needs a parsed sentence table (from kit.load_article and friends); "
            f"this one lacks {missing}"
        )
    lexicon = topics if _is_lexicon(topics) else load_topics(topics)
    compiled = _compile(lexicon)
    found_evidence, found_cues = _own_evidence(df, compiled)
    _add_context(df, compiled, found_evidence, found_cues, _context_model())
    found_topics = [
        sorted({e["topic"] for e in ev}, key=compiled.order.__getitem__) if ev else []
        for ev in found_evidence
    ]
    out = df.copy()
    out["topics"] = pd.array(
        pa.array(found_topics, type=TOPICS_TYPE), dtype=pd.ArrowDtype(TOPICS_TYPE)
    )
    out["topic_evidence"] = pd.array(
        pa.array(found_evidence, type=EVIDENCE_TYPE), dtype=pd.ArrowDtype(EVIDENCE_TYPE)
    )
    out.attrs["topics"] = list(lexicon)
    return out


def _own_evidence(
    df: pd.DataFrame, compiled: _Compiled
) -> tuple[list[list[dict[str, Any]]], dict[int, list[dict[str, Any]]]]:
    """Each row's own evidence, and its cues that wait for a story (by row position)."""
    found_evidence: list[list[dict[str, Any]]] = [[] for _ in range(len(df))]
    found_cues: dict[int, list[dict[str, Any]]] = {}

    with_patterns = np.zeros(len(df), dtype=bool)
    with_patterns[_candidate_rows(df, compiled.pattern_anchors)] = True

    def match(rows: np.ndarray) -> None:
        for row, doc in zip(rows.tolist(), docs(_lean(df, rows)), strict=True):
            evidence, cues = _match(doc, compiled, with_patterns[row])
            found_evidence[row] = evidence
            if cues:
                found_cues[row] = cues

    rows = _candidate_rows(df, compiled.anchors)
    match(rows)
    if compiled.anchors is not None and compiled.cue_anchors:
        # a cue counts with a sense word in its row, or in an article that holds evidence
        # (where a story can be established); other rows need no Doc
        cued = np.setdiff1d(_candidate_rows(df, compiled.cue_anchors), rows)
        if len(cued):
            articles = df["article_id"].to_numpy()
            with_evidence = [r for r in rows.tolist() if found_evidence[r]]
            in_story = np.isin(articles[cued], pd.unique(articles[with_evidence]))
            sensed = np.isin(cued, _candidate_rows(df, compiled.sense_anchors))
            match(cued[in_story | sensed])
            # a cue with its sense may have made evidence in a new article: its other cues
            new = [r for r in cued[sensed & ~in_story].tolist() if found_evidence[r]]
            rest = cued[~(in_story | sensed)]
            match(rest[np.isin(articles[rest], pd.unique(articles[new]))])
    return found_evidence, found_cues


@functools.cache
def _context_model() -> _context.Model | None:
    """The shipped context model (kit/resources/topic_context.json), or None: the rules."""
    path = resources.files("kit.resources") / "topic_context.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return _context.Model.from_dict(data) if data.get("use", True) else None


def _articles(
    df: pd.DataFrame, compiled: _Compiled, evidence: list[list[dict[str, Any]]]
) -> Iterator[tuple[list[int], list[str]]]:
    """The rows of each article with evidence (in reading order) and the context topics."""
    topics = [name for name, t in compiled.topics.items() if t.context]
    if not topics:
        return
    with_evidence = {df["article_id"].iat[i] for i, ev in enumerate(evidence) if ev}
    if not with_evidence:
        return
    articles = df["article_id"].to_numpy()
    rows = np.flatnonzero(pd.Series(articles).isin(with_evidence).to_numpy())
    part = df.iloc[rows]
    order = np.lexsort((part["start_char"].to_numpy(), articles[rows]))
    rows = rows[order]
    bounds = np.flatnonzero(np.r_[True, articles[rows][1:] != articles[rows][:-1], True])
    for a, b in itertools.pairwise(bounds):
        yield rows[a:b].tolist(), topics


def _add_context(
    df: pd.DataFrame,
    compiled: _Compiled,
    evidence: list[list[dict[str, Any]]],
    cues: dict[int, list[dict[str, Any]]],
    model: _context.Model | None,
) -> None:
    """Add context evidence to the sentences that continue a story (see kit._topic_context):
    by the learned ``model``, or by the rules when it is None."""
    for idx, inputs in _article_inputs(df, compiled, evidence, cues):
        if model is None:
            inputs = {k: v for k, v in inputs.items() if k != "paragraphs"}
            extra = _context.continue_stories(**inputs, make=_evidence)
        else:
            extra = _context.decide(model=model, **inputs, make=_evidence)
        for i, found in zip(idx, extra, strict=True):
            if found:
                evidence[i] = evidence[i] + found


def _article_inputs(
    df: pd.DataFrame,
    compiled: _Compiled,
    evidence: list[list[dict[str, Any]]],
    cues: dict[int, list[dict[str, Any]]],
) -> Iterator[tuple[list[int], dict[str, Any]]]:
    """Per article with evidence: its rows in reading order and what the context step reads."""
    articles = list(_articles(df, compiled, evidence))
    rows = np.array([i for idx, _ in articles for i in idx], dtype=np.int64)
    # only the rows of articles with evidence: the token lists of a whole corpus are slow to
    # convert, and most of its articles have none
    part = df.iloc[rows]
    col = {c: part[c].to_numpy() for c in (*TOKEN_COLUMNS, "text", "start_char")}
    sids = part["sentence_id"].to_numpy() if "sentence_id" in df else rows
    paragraphs = part["paragraph_id"].to_numpy() if "paragraph_id" in df else np.zeros(len(rows))
    tok_text, tok_ent, tok_pos = col["tok_text"], col["tok_ent"], col["tok_pos"]
    tok_dep, tok_head, tok_tag = col["tok_dep"], col["tok_head"], col["tok_tag"]
    # a topic's guard words ('unless', 'background') are looked up closely only in the rows
    # that hold the first word of one of them
    context_topics = articles[0][1] if articles else []
    firsts: set[tuple[str, ...]] = {
        (str(_tokenizer_nlp().tokenizer(entry)[0].lower_),)
        for topic in context_topics
        for entry in compiled.topics[topic].unless | compiled.topics[topic].background
    }
    maybe = set(_candidate_rows(part, firsts).tolist()) if firsts else set()
    first = 0
    for idx, topics in articles:
        at = range(first, first + len(idx))  # the article's positions in ``part``
        first += len(idx)
        latest = max((y for k in at for y in _years(tok_text[k], tok_ent[k])), default=None)
        yield idx, {
            "topics": topics,
            "sentence_ids": [int(sids[k]) for k in at],
            "texts": [col["text"][k] for k in at],
            "starts": [int(col["start_char"][k]) for k in at],
            "evidence": [evidence[i] for i in idx],
            "cues": [cues.get(i, []) for i in idx],
            "sentence_names": [_context.names(tok_text[k], tok_ent[k]) for k in at],
            "paragraphs": [paragraphs[k] for k in at],
            "pronoun_led": [_pronoun_led(tok_text[k], tok_pos[k]) for k in at],
            "described": [
                _describes(tok_text[k], tok_tag[k], tok_dep[k], tok_head[k], tok_pos[k])
                for k in at
            ],
            "guarded": [
                _guarded(tok_text[k], col["tok_lemma"][k], compiled, topics)
                if k in maybe
                else _NONE
                for k in at
            ],
            "asides": [
                _asides(
                    evidence[i],
                    col["text"][k],
                    (tok_text[k], tok_dep[k], tok_head[k], tok_tag[k], col["tok_start"][k]),
                    _flashback(tok_text[k], tok_ent[k], latest),
                )
                if evidence[i]
                else _NONE
                for i, k in zip(idx, at, strict=True)
            ],
        }


_NONE: frozenset[str] = frozenset()
# modal verbs of a hypothetical ("ID cards could help foil a plot"); not "will", "can",
# "must", "should": a law's powers and plans ("suspects can be held") are its news
_HYPOTHETICAL = frozenset({"would", "could", "might", "may"})
_CONDITIONAL = frozenset({"if", "unless"})
# a clause of its own: a modal beyond one of these is not the evidence's
_CLAUSE_EDGES = frozenset({"relcl", "acl", "advcl", "parataxis", "ROOT"})
_FLASHBACK_OPENERS = frozenset({"in", "during", "back"})


def _years(tok_text: Any, tok_ent: Any) -> Iterator[int]:
    """The years a sentence names in its dates ("in October 1989")."""
    for text, ent in zip(tok_text, tok_ent, strict=True):
        if ent.endswith("DATE") and len(text) == 4 and text.isdigit() and text[:2] in ("19", "20"):
            yield int(text)


def _flashback(tok_text: Any, tok_ent: Any, latest: int | None) -> bool:
    """Whether a sentence opens on a year earlier than the latest its article names: "In
    2006, the plant was the target of an attack." goes back from the story to its past."""
    if latest is None or not len(tok_text) or str(tok_text[0]).lower() not in _FLASHBACK_OPENERS:
        return False
    return any(y < latest for y in _years(tok_text[:5], tok_ent[:5]))


def _asides(
    evidence: list[dict[str, Any]], text: str, tokens: tuple[Any, ...], flashback: bool
) -> frozenset[str]:
    """The topics whose evidence in a sentence is all an aside, not news: in a flashback, in
    a question, in a hypothetical (the clause that holds it has "would", "could", "might"
    or "may", or opens with "if": "ID cards could help them foil a terror bomb plot"), or
    denied (its clause is negated: "the outage was not the work of hackers")."""
    topics = {e["topic"] for e in evidence}
    if flashback or text.rstrip().rstrip("\"'”’").endswith("?"):
        return frozenset(topics)
    words, deps, heads, tags, starts = tokens
    children: list[list[int]] = [[] for _ in range(len(words))]
    for i, h in enumerate(heads):
        if h != i:
            children[h].append(i)

    def hypothetical(k: int) -> bool:
        for _ in range(len(words)):  # up the tree to the clause that holds the word
            for c in children[k]:
                word = str(words[c]).lower()
                if (
                    (tags[c] == "MD" and word in _HYPOTHETICAL)
                    or (deps[c] == "mark" and word in _CONDITIONAL)
                    or deps[c] == "neg"
                ):
                    return True
            if deps[k] in _CLAUSE_EDGES:
                return False
            k = int(heads[k])
        return False

    told = set()
    for e in evidence:
        inside = [k for k, s in enumerate(starts) if e["start"] <= s < e["end"]]
        head = next((k for k in inside if not e["start"] <= starts[heads[k]] < e["end"]), None)
        if head is None or not hypothetical(head):
            told.add(e["topic"])
    return frozenset(topics - told)


def _guarded(
    tok_text: Any, tok_lemma: Any, compiled: _Compiled, topics: Sequence[str]
) -> frozenset[str]:
    """The topics whose ``unless`` or ``background`` words are in a sentence: a film plot
    or a fire drill beside a story is no part of it, nor are the peace talks beside an
    attack."""
    words = {str(w).lower() for w in tok_text} | {str(w).lower() for w in tok_lemma}
    out = []
    joined = None
    for topic in topics:
        unless = compiled.topics[topic].unless | compiled.topics[topic].background
        if unless & words:
            out.append(topic)
            continue
        for entry in unless:
            forms = compiled.phrases.get(entry)
            # a phrase: look its words up when its first token is there ("cease-fire" is
            # the three tokens "cease - fire", so the entry's own first word is no key)
            if forms and any(f.split()[0] in words for f in forms):
                if joined is None:
                    joined = (
                        f" {' '.join(str(w).lower() for w in tok_text)} ",
                        f" {' '.join(str(w).lower() for w in tok_lemma)} ",
                    )
                if any(f in j for f in forms for j in joined):
                    out.append(topic)
                    break
    return frozenset(out)


_PERSONAL = frozenset({"he", "she", "they", "his", "her", "their", "him", "them"})


def _describes(tok_text: Any, tok_tag: Any, tok_dep: Any, tok_head: Any, tok_pos: Any) -> bool:
    """Whether a sentence says what something is, in the present, as an encyclopaedia would
    ("The Philippines is a Catholic majority nation.", "A niqab is a face-veil ..."): a
    name or a new thing, "is", and what it is. That describes the setting of a story, not
    the story; "This is not the first attempt" and "It is frustrating" point back at it."""
    root = next((k for k, d in enumerate(tok_dep) if d == "ROOT"), None)
    if root is None or tok_tag[root] not in ("VBZ", "VBP") or str(tok_text[root]).lower() not in (
        "is",
        "are",
    ):
        return False
    if any(str(t) in _QUOTE_TOKENS for t in tok_text):  # a speaker's claim, not a description
        return False
    subject = attr = False
    for k, (dep, head) in enumerate(zip(tok_dep, tok_head, strict=True)):
        if head != root or k == root:
            continue
        if dep == "nsubj" and (
            tok_pos[k] == "PROPN"
            or any(
                tok_head[j] == k and str(tok_text[j]).lower() in ("a", "an")
                for j in range(len(tok_text))
            )
        ):
            subject = True
        elif dep == "attr" and tok_pos[k] in ("NOUN", "PROPN"):
            attr = True
    return subject and attr


_QUOTE_TOKENS = frozenset({'"', "“", "”", "''", "``"})


def _pronoun_led(tok_text: Any, tok_pos: Any) -> bool:
    """Whether a sentence opens with a personal pronoun: it goes on about someone named
    before ("He was arrested in Spain."); "It" and "This" may point at anything."""
    return len(tok_pos) > 0 and tok_pos[0] == "PRON" and str(tok_text[0]).lower() in _PERSONAL


def _context_features(
    df: pd.DataFrame, topics: str | Path | Mapping[str, Any] | None = None
) -> pd.DataFrame:
    """The context step's inputs as a table, to train and test its model on a gold set.

    One row per sentence and topic in articles with the topic's own evidence: ``row``
    (position in ``df``), ``topic``, ``strong`` (own evidence) and the features
    (``kit._topic_context.FEATURES``).
    """
    lexicon = topics if _is_lexicon(topics) else load_topics(topics)
    compiled = _compile(lexicon)
    evidence, cues = _own_evidence(df, compiled)
    parts = []
    for idx, inputs in _article_inputs(df, compiled, evidence, cues):
        keep = (
            "evidence", "cues", "paragraphs", "sentence_names", "pronoun_led", "texts", "asides"
        )
        for topic in inputs["topics"]:
            strong, _, x = _context.article_features(topic, **{k: inputs[k] for k in keep})
            if strong:
                part = pd.DataFrame(x, columns=list(_context.FEATURES))
                part.insert(0, "strong", np.isin(np.arange(len(idx)), strong))
                part.insert(0, "topic", topic)
                part.insert(0, "row", idx)
                parts.append(part)
    columns = ["row", "topic", "strong", *_context.FEATURES]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)


def _is_lexicon(value: object) -> TypeGuard[Mapping[str, Topic]]:
    return (
        isinstance(value, Mapping)
        and bool(value)
        and all(isinstance(t, Topic) for t in value.values())
    )


def _candidate_rows(df: pd.DataFrame, anchors: set[tuple[str, ...]] | None) -> np.ndarray:
    """Rows holding all the words of at least one anchor in their lower-cased text or lemmas."""
    if anchors is None or not len(df):
        return np.arange(len(df))
    if not anchors:
        return np.arange(0)
    value_set = pa.array(sorted({w for a in anchors for w in a}), type=pa.string())
    words, rows = [], []
    for col in ("tok_text", "tok_lemma"):
        lists = _arrow(df[col])
        flat = pc.utf8_lower(pc.list_flatten(lists))
        hit = pc.is_in(flat, value_set=value_set)
        words.append(pc.filter(flat, hit).to_numpy(zero_copy_only=False))
        rows.append(np.asarray(pc.filter(pc.list_parent_indices(lists), hit), dtype=np.int64))
    found = pd.DataFrame({"w": np.concatenate(words), "r": np.concatenate(rows)})
    by_word = {w: np.unique(r) for w, r in found.groupby("w", sort=False)["r"]}
    hits = np.zeros(len(df), dtype=bool)
    for anchor in anchors:
        parts = sorted((by_word.get(w, ()) for w in anchor), key=len)
        if not len(parts[0]):
            continue
        common = parts[0]
        for part in parts[1:]:
            common = np.intersect1d(common, part, assume_unique=True)
        hits[common] = True
    return np.flatnonzero(hits)


def _lean(df: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """The rows to match, with only what :func:`kit.docs` reads and lemmas in lower case."""
    lean = df[[*TOKEN_COLUMNS, "text", "start_char"]].iloc[rows]
    lemmas = _arrow(lean["tok_lemma"])
    # the same lists over lower-cased values (offsets index into .values, even in a slice)
    lowered = type(lemmas).from_arrays(lemmas.offsets, pc.utf8_lower(lemmas.values))
    lean = lean.reset_index(drop=True)
    lean["tok_lemma"] = pd.array(lowered, dtype=pd.ArrowDtype(lowered.type))
    return lean


def _arrow(series: pd.Series) -> pa.Array:
    """A list column as one Arrow array (ListArray), whatever pandas holds it as."""
    if isinstance(series.dtype, pd.ArrowDtype):
        data = pa.array(series.array)  # through __arrow_array__, no copy of the values
        return data.combine_chunks() if isinstance(data, pa.ChunkedArray) else data
    return pa.array(series.tolist())


def _evidence(
    topic: str, term: str, kind: str, text: str, start: int, end: int, **extra: Any
) -> dict[str, Any]:
    return {
        "topic": topic,
        "term": term,
        "kind": kind,
        "text": text,
        "start": start,
        "end": end,
        "established_by": extra.get("established_by"),
        "terms": extra.get("terms"),
        "score": extra.get("score"),
        "why": extra.get("why"),
    }


class _Words:
    """The words of a sentence, to look sense and guard words up in (phrases too)."""

    def __init__(self, doc: Doc, phrases: Mapping[str, tuple[str, ...]]) -> None:
        self.doc, self.phrases = doc, phrases
        self.words = {t.lemma_ for t in doc} | {t.lower_ for t in doc}
        self._joined: tuple[str, str] | None = None

    def present(self, wanted: frozenset[str]) -> set[str]:
        """The entries of ``wanted`` in the sentence: words by lemma or form, phrases by
        their token sequence (a multi-word entry is never one token)."""
        found = set(wanted & self.words)
        for entry in wanted - found:
            forms = self.phrases.get(entry)
            if forms and any(f in text for f in forms for text in self.joined()):
                found.add(entry)
        return found

    def any(self, wanted: frozenset[str]) -> bool:
        return bool(wanted) and bool(self.present(wanted))

    def joined(self) -> tuple[str, str]:
        if self._joined is None:
            self._joined = (
                f" {' '.join(t.lower_ for t in self.doc)} ",
                f" {' '.join(t.lemma_ for t in self.doc)} ",
            )
        return self._joined


def _match(
    doc: Doc, compiled: _Compiled, patterns: bool = True
) -> tuple[list[dict], list[dict]]:
    """The evidence in one sentence, and its cues that still wait for a story.

    Evidence is the longest non-overlapping matches of each topic: terms, forms, patterns,
    and cues that have a sense word of their topic in the sentence. A match inside a
    ``not_when`` span (a cue too) is demoted to a cue that only carries a story on
    (``story_only``); a topic's ``unless`` words drop all its matches.
    ``patterns=False`` skips the Matcher patterns (for a row that holds none of their words).
    """
    strings = doc.vocab.strings
    spans: dict[tuple[str, int, int], tuple[str, str]] = {}  # -> (kind, term)
    for matcher in (compiled.lower, compiled.lemma):
        if len(matcher):
            for key, start, end in matcher(doc):
                topic, kind, term = strings[key].split(_SEP, 2)
                spans.setdefault((topic, start, end), (kind, term))
    if patterns and len(compiled.patterns):
        # with_alignments adds each match's token positions in the pattern (spaCy's stub
        # types only the three-item form)
        aligned_matches = cast(
            list[tuple[int, int, int, list[int]]],
            compiled.patterns(doc, with_alignments=True),
        )
        for key, start, end, aligned in aligned_matches:
            name = strings[key]
            guards = compiled.guards[name]
            while end > start and aligned[end - start - 1] in guards:
                end -= 1
            lead = 0
            while lead < len(aligned) and aligned[lead] in guards:
                lead += 1
            start += lead
            if end > start:
                topic, kind, label, _ = name.split(_SEP, 3)
                spans.setdefault((topic, start, end), (kind, label))
    if not spans:
        return [], []
    words = _Words(doc, compiled.phrases)
    excluded: dict[str, list[tuple[int, int]]] = {}
    if len(compiled.exclusions):
        for key, start, end in compiled.exclusions(doc):
            excluded.setdefault(strings[key].split(_SEP, 1)[0], []).append((start, end))
    offset = doc.user_data["start_char"]
    kept: list[tuple[str, int, int]] = []
    taken: dict[str, list[tuple[int, int]]] = {}
    for topic, start, end in sorted(spans, key=lambda s: (s[2] - s[1]) * -1):
        if any(start < e and s < end for s, e in taken.get(topic, [])):
            continue
        taken.setdefault(topic, []).append((start, end))
        kept.append((topic, start, end))
    kept.sort(key=lambda s: (s[1], compiled.order[s[0]]))
    evidence: list[dict] = []
    cues: list[dict] = []
    for topic, start, end in kept:
        lexicon = compiled.topics[topic]
        if words.any(lexicon.unless):
            continue
        kind, term = spans[(topic, start, end)]
        a, b = offset + doc[start].idx, offset + doc[end - 1].idx + len(doc[end - 1])
        text = doc.text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])]
        if any(start < e and s < end for s, e in excluded.get(topic, [])):
            # a use in passing ("an anti-virus firm said"): it may carry a story on, but
            # neither is evidence nor sets a story up, whatever sense words stand beside it
            found = _evidence(topic, term, "cue", text, a, b, terms=[])
            found["story_only"] = True
            cues.append(found)
        elif kind == "cue":
            cue = compiled.cues[(topic, term)]
            if words.any(cue.unless):
                continue
            senses = sorted(words.present(lexicon.senses if cue.with_ is None else cue.with_))
            found = _evidence(topic, term, "cue", text, a, b, terms=senses)
            if not senses and cue.with_ is not None and not cue.with_:
                found["story_only"] = True  # carries a story on, never sets one up
            (evidence if senses else cues).append(found)
        else:
            evidence.append(_evidence(topic, term, kind, text, a, b))
    return evidence, cues


# --- filtering and counting ---------------------------------------------------------------


def topic_mask(df: pd.DataFrame, topics: str | Iterable[str], *, how: str = "any") -> pd.Series:
    """A boolean Series: the rows tagged with any (``how="any"``) or all of ``topics``.

    Vectorised on the Arrow ``topics`` column (milliseconds at a million rows). A topic
    name that the table was not tagged with raises ``KeyError`` (it would match nothing).
    """
    _require_tagged(df, "topic_mask")
    if how not in ("any", "all"):
        raise ValueError(f"how must be 'any' or 'all', not {how!r}")
    wanted = [topics] if isinstance(topics, str) else list(dict.fromkeys(topics))
    known = df.attrs.get("topics")
    if known is not None:
        unknown = [t for t in wanted if t not in known]
        if unknown:
            raise KeyError(f"unknown topic(s) {unknown}; this table was tagged with {known}")
    lists = _arrow(df["topics"])
    parents = pc.list_parent_indices(lists)
    hit = pc.is_in(pc.list_flatten(lists), value_set=pa.array(wanted, type=pa.string()))
    rows = np.asarray(pc.filter(parents, hit), dtype=np.int64)
    counts = np.bincount(rows, minlength=len(df))
    need = 1 if how == "any" else len(wanted)
    return pd.Series(
        counts >= need if wanted else np.zeros(len(df), bool), index=df.index, name="topic_mask"
    )


def topic_matches(df: pd.DataFrame) -> pd.DataFrame:
    """The evidence, one match a row: article_id, sentence_id, topic, term, kind, start, end,
    text.

    ``text`` is the matched text as it stands in the article (``article_text[start:end]``).
    """
    _require_tagged(df, "topic_matches")
    lists = _arrow(df["topic_evidence"])
    parents = np.asarray(pc.list_parent_indices(lists), dtype=np.int64)
    flat = pc.list_flatten(lists)
    out = pd.DataFrame(
        {
            "row": parents,
            "article_id": df["article_id"].to_numpy()[parents],
            "sentence_id": df["sentence_id"].to_numpy()[parents]
            if "sentence_id" in df
            else parents,
            **{
                f: flat.field(f).to_numpy(zero_copy_only=False)
                for f in ("topic", "term", "kind", "start", "end")
            },
        }
    )
    store = article_records(df)
    out["text"] = [
        store[a]["text"][s:e] if a in store else None
        for a, s, e in zip(out["article_id"], out["start"], out["end"], strict=True)
    ]
    return out


def topics_summary(df: pd.DataFrame, *, by: str | None = None, top: int = 5) -> pd.DataFrame:
    """Per topic (and per value of column ``by``): how many sentences and articles it tags.

    Columns: ``topic``, ``n_sentences``, ``n_articles``, ``pct_sentences`` and
    ``pct_articles`` (share of the group's sentences / articles, in %), and ``top_terms``
    (the ``top`` lexicon entries that matched most, with counts). Topics of the lexicon
    that tag nothing are listed with zeros.
    """
    _require_tagged(df, "topics_summary")
    if by is not None and by not in df.columns:
        raise KeyError(f"no column {by!r} to group by")
    lists = _arrow(df["topics"])
    parents = np.asarray(pc.list_parent_indices(lists), dtype=np.int64)
    long = pd.DataFrame(
        {
            "topic": pc.list_flatten(lists).to_numpy(zero_copy_only=False),
            "article_id": df["article_id"].to_numpy()[parents],
        }
    )
    group_cols = ["topic"] if by is None else [by, "topic"]
    if by is not None:
        long[by] = df[by].to_numpy()[parents]
    known = list(df.attrs.get("topics") or dict.fromkeys(long["topic"]))
    counts = long.groupby(group_cols, sort=False).agg(
        n_sentences=("article_id", "size"), n_articles=("article_id", "nunique")
    )
    if by is None:
        totals = pd.DataFrame({"sent": [len(df)], "art": [df["article_id"].nunique()]})
        index = pd.Index(known, name="topic")
    else:
        grouped = df.groupby(by, sort=True)
        totals = pd.DataFrame({"sent": grouped.size(), "art": grouped["article_id"].nunique()})
        index = pd.MultiIndex.from_product([totals.index, known], names=group_cols)
    out = counts.reindex(index, fill_value=0).reset_index()
    if by is None:
        sent, art = totals["sent"].iloc[0], totals["art"].iloc[0]
    else:
        sent = out[by].map(totals["sent"]).to_numpy()
        art = out[by].map(totals["art"]).to_numpy()
    out["pct_sentences"] = np.round(100 * out["n_sentences"] / np.maximum(sent, 1), 2)
    out["pct_articles"] = np.round(100 * out["n_articles"] / np.maximum(art, 1), 2)
    out["top_terms"] = _top_terms(df, out, by=by, top=top)
    return out


def _top_terms(df: pd.DataFrame, out: pd.DataFrame, *, by: str | None, top: int) -> list[str]:
    ev = topic_matches(df)
    keys = ["topic"] if by is None else [by, "topic"]
    if by is not None:
        ev[by] = df[by].to_numpy()[ev["row"].to_numpy()]
    counts = ev.groupby([*keys, "term"], sort=False).size()
    text: dict[Hashable, str] = {}  # (group, topic) or (topic,) -> "term (n), ..."
    for key, series in counts.groupby(level=list(range(len(keys)))):
        best = series.sort_values(ascending=False, kind="stable").head(top)
        terms = best.index.get_level_values("term")
        text[key] = ", ".join(f"{term} ({n})" for term, n in zip(terms, best, strict=True))
    if by is None:
        return [text.get((t,), "") for t in out["topic"]]
    return [text.get((g, t), "") for g, t in zip(out[by], out["topic"], strict=True)]


def _require_tagged(df: pd.DataFrame, what: str) -> None:
    missing = [c for c in ("topics", "topic_evidence") if c not in df.columns]
    if missing:
        raise ValueError(f"{what}: the table has no {missing} column; run kit.tag_topics(df) first")


# --- tables for charts: speakers by topics, topic shares ---------------------------------

NO_TOPIC = "(no topic)"


def speaker_topic_counts(
    df: pd.DataFrame, *, unattributed: bool = True, untopical: bool = True
) -> pd.DataFrame:
    """Sentences per speaker (rows) and topic (columns), from a table with both stages run.

    A sentence with several topics counts once under each. With ``unattributed`` the
    sentences with no speaker form a "(no speaker)" row; with ``untopical`` the sentences
    with no topic form a "(no topic)" column. Rows and columns are sorted by total.
    """
    require_columns(
        df,
        ["speaker", "topics"],
        "speaker_topic_counts",
        hint="run kit.attribute_speakers and kit.tag_topics on the table first",
    )
    speakers = df["speaker"].astype(object).where(df["speaker"].notna(), NO_SPEAKER)
    topics = [list(t) if t is not None and len(t) else [NO_TOPIC] for t in df["topics"].tolist()]
    long = pd.DataFrame({"speaker": speakers.to_numpy(), "topic": topics}).explode("topic")
    if not unattributed:
        long = long[long["speaker"] != NO_SPEAKER]
    if not untopical:
        long = long[long["topic"] != NO_TOPIC]
    table = pd.crosstab(long["speaker"], long["topic"])
    table = table.loc[
        table.sum(axis=1).sort_values(ascending=False, kind="stable").index,
        table.sum(axis=0).sort_values(ascending=False, kind="stable").index,
    ]
    for name, axis in ((NO_SPEAKER, 0), (NO_TOPIC, 1)):  # the "none" row/column goes last
        labels = table.index if axis == 0 else table.columns
        if name in labels:
            order = [x for x in labels if x != name] + [name]
            table = table.reindex(order) if axis == 0 else table[order]
    table.index.name, table.columns.name = "speaker", "topic"
    # pandas-stubs: the attrs setter's Mapping[Hashable | None, Any] (invariant in its key)
    # refuses a dict[str, Any]
    table.attrs = carry_attrs(df)  # type: ignore[assignment]
    return table


def topic_shares(df: pd.DataFrame, *, by: str = "article_id", freq: str | None = None):
    """Share of sentences that mention each topic, per article or per period.

    ``by`` is ``"article_id"`` or ``"date"``; with ``"date"`` the dates are parsed and
    grouped by ``freq`` (a pandas period alias such as ``"D"``, ``"W"``, ``"M"``; chosen
    from the span of dates when left out), and rows without a date are left out. Returns
    one row a group and topic: the group column, topic, n_sentences (mentioning the topic),
    total (sentences in the group), share (n_sentences / total).
    """
    require_columns(
        df, ["topics", by], "topic_shares", hint="run kit.tag_topics on the table first"
    )
    if by == "date":
        dates = pd.to_datetime(df["date"], errors="coerce", format="mixed")
        freq = freq or _period_for(dates.dropna())
        keys = (dates.dt.to_period(freq).dt.to_timestamp() if freq else dates).to_numpy()
    else:
        keys = df[by].to_numpy()
    frame = pd.DataFrame({by: keys, "topic": df["topics"].tolist()})
    frame = frame[frame[by].notna()]
    in_order = by == "date"  # dates in time order, articles in the table's order
    total = frame.groupby(by, sort=in_order).size().rename("total")
    long = frame.explode("topic").dropna(subset=["topic"])
    counts = long.groupby([by, "topic"], sort=in_order).size().rename("n_sentences")
    out = counts.reset_index().merge(total.reset_index(), on=by, how="right")
    out["topic"] = out["topic"].fillna(NO_TOPIC) if len(out) else out["topic"]
    out["n_sentences"] = out["n_sentences"].fillna(0).astype("int64")
    out["share"] = out["n_sentences"] / out["total"]
    out = out[out["topic"] != NO_TOPIC].reset_index(drop=True)
    period = {"freq": freq} if by == "date" else {}
    out.attrs = {**carry_attrs(df), "by": by, **period}  # type: ignore[dict-item]  # as above
    return out


def _period_for(dates: pd.Series) -> str | None:
    if dates.empty:
        return None
    span = (dates.max() - dates.min()).days
    return "D" if span <= 60 else "W" if span <= 365 else "M"
