"""The public functions: :func:`attribute_speakers` and the per-speaker summary."""

from __future__ import annotations

from collections import defaultdict

import numpy as np
import pandas as pd
import pyarrow as pa

from ..sentences import TOKEN_COLUMNS
from ._arrays import _Flat
from ._bodies import _Bodies
from ._constants import _NEEDED, SPEAKER_COLUMNS
from ._kind import _body_name, _mention, _speaker_kind, _tagged_bodies
from ._lexicon import _Lexicon, _lexicon
from ._names import _Names
from ._resolve import _Article
from ._spans import _cue_token, _row_spans

# speech_spans: a list of [start, end] article offsets a row
SPANS_TYPE = pd.ArrowDtype(pa.list_(pa.list_(pa.int64())))

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
        run_ons: set[str] = set()  # names of persons that start with a body's name
        groups = df.groupby("article_id", sort=False).indices
        sid = df["sentence_id"].to_numpy()
        for members in groups.values():
            rows = np.asarray(members)  # pandas gives arrays (the stubs also allow lists)
            rows = rows[np.argsort(sid[rows], kind="stable")]
            art = _Article(rows, df, flat, lex)
            saids = art.run()
            bodies = _tagged_bodies(art.sents)
            starts, ends = flat.rows["start_char"], flat.rows["end_char"]
            for r, said, s in zip(rows, saids, art.sents, strict=True):
                cols["speaker"][r] = said.speaker
                cols["speaker_type"][r] = said.type
                cols["cue"][r] = said.cue
                cols["reported_by"][r] = said.reported_by
                kinds[r] = said.kind
                if said.type:
                    at = _cue_token(s, said.cue, lex) if said.cue else None
                    spans = _row_spans(
                        s, art.spans, starts[r], ends[r], said.type, said.cue, lex, at=at
                    )
                    cols["speech_spans"][r] = [list(p) for p in spans]
                    mention = _mention(s, at) if at is not None else None
                    kind = _speaker_kind(said.speaker, said.kind, s, mention)
                    if kind == "person" and _body_name(said.speaker or "", art.names, bodies):
                        kind = "organisation"  # "Yukos said", the tagger's person there
                    if kind in ("organisation", "document") and said.speaker:  # "Cairn"
                        cols["speaker"][r] = art.body_forms.fullest(said.speaker)
                    if kind == "document" and said.speaker:  # "the NIESR report": its body's
                        cols["speaker"][r] = _maker_in_full(cols["speaker"][r], art.body_forms, lex)
                    cols["speaker_kind"][r] = kind
                    if kind == "organisation" and _mostly_body(art, said.speaker or ""):
                        kinds[r] = "body"  # "Labour says", a body here: no "New Labour" of
                        # another article, though the tagger once took it for a person's
            all_names.append(art.names)
            run_ons |= {  # "Sony Ericsson", "Sony" mostly a body of the article on its own
                name for name in art.names.alias.values() if _mostly_body(art, name.split(" ")[0])
            }
        if merge_across_articles and len(groups) > 1:
            _merge_surnames(cols["speaker"], kinds, all_names, run_ons)
    for c in SPEAKER_COLUMNS:
        dtype = SPANS_TYPE if c == "speech_spans" else object
        out[c] = pd.Series(cols[c], index=df.index, dtype=dtype)
    return out


def _spans_for(df: pd.DataFrame, types, cues=None) -> list[list[tuple[int, int]]]:
    """Speech spans of every row of ``df`` taken as a statement of type ``types[row]``
    (``"direct"``, ``"indirect"`` or ``None``), with the cue ``cues[row]`` when known: what
    :func:`attribute_speakers` would give had it found those statements. For scoring the
    spans apart from attribution (benchmarks/_spans_score.py)."""
    n = len(df)
    cues = [None] * n if cues is None else list(cues)
    types = list(types)
    out: list[list[tuple[int, int]]] = [[] for _ in range(n)]
    if not n:
        return out
    lex, flat = _lexicon(), _Flat(df)
    starts, ends = flat.rows["start_char"], flat.rows["end_char"]
    sid = df["sentence_id"].to_numpy()
    for members in df.groupby("article_id", sort=False).indices.values():
        rows = np.asarray(members)  # pandas gives arrays (the stubs also allow lists)
        rows = rows[np.argsort(sid[rows], kind="stable")]
        art = _Article(rows, df, flat, lex)
        for r in rows:
            if types[r]:
                s = flat.sentence(r, art.quoted)
                out[r] = _row_spans(s, art.spans, starts[r], ends[r], types[r], cues[r], lex)
    return out


def _mostly_body(art: _Article, name: str) -> bool:
    """Whether the one word ``name`` is mostly a body in the article (:meth:`_Article.mostly_body`)
    and the article names no person ending with it."""
    if not art.mostly_body(name):
        return False
    return not any(full.endswith(" " + name) for full in art.names.alias.values())


def _merge_surnames(
    speaker: np.ndarray, kinds: np.ndarray, all_names: list[_Names], run_ons: set[str]
) -> None:
    """One-word person names take the only full name of the table that ends with them, but
    for a name that starts with a body's name of its article (``run_ons``): "Sony Ericsson"
    in one article is no fuller name of "Ericsson said" in another."""
    full: dict[str, set] = defaultdict(set)
    for names in all_names:
        for name in set(names.alias.values()):
            w = name.split()
            if len(w) > 1:
                full[w[-1]].add(name)
    for r in np.flatnonzero(kinds == "person"):
        name = speaker[r]
        if name and " " not in name and len(full.get(name, ())) == 1:
            only = next(iter(full[name]))
            if only not in run_ons:
                speaker[r] = only


def speaker_summary(df: pd.DataFrame) -> pd.DataFrame:
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
    words = (
        said["n_words"]
        if "n_words" in said.columns
        # pandas-stubs types .str.len() for strings only; it counts list items too
        else said["text"].str.split().str.len()  # type: ignore[misc]
    )
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


def _maker_in_full(name: str, bodies: _Bodies, lex: _Lexicon) -> str:
    """A document named by its maker's short name and its noun ("NIESR report", "CML
    figures") with the maker's full name as the article gives it ("National Institute of
    Economic and Social Research report"), as bodies are named; else ``name``."""
    maker, _, noun = name.rpartition(" ")
    if not maker or not noun.islower() or not all(w[:1].isupper() for w in maker.split()):
        return name
    if noun not in lex.doc_nouns and noun.rstrip("s") not in lex.doc_nouns:
        return name
    full = bodies.fullest(maker)
    return f"{full} {noun}" if full != maker else name
