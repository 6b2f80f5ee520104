"""The readers: a file, a string or a folder to a sentence table ready to filter, in one call.

:func:`load_article`, :func:`load_text` and :func:`load_corpus` parse with the readers of
:mod:`kit.sentences` (every keyword argument goes through to them), then run the stages
that add columns: :func:`kit.attribute_speakers` (``speaker``, ``speaker_type``, ``cue``,
``reported_by``) and :func:`kit.tag_topics` (``topics``, ``topic_evidence``). Switch a
stage off with ``speakers=False`` or ``topics=False``; the stage functions stay public, to
run again with other options (an own lexicon, no cross-article name merging).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from . import sentences
from .speakers import attribute_speakers
from .topics import Topic, tag_topics

__all__ = ["load_article", "load_corpus", "load_text"]

Lexicon = bool | str | Path | Mapping[str, Any] | Mapping[str, Topic]


def load_text(
    text: str, *, speakers: bool = True, topics: Lexicon = True, **options: Any
) -> pd.DataFrame:
    """Parse one article given as a string; return its sentence table with the stages run.

    Parameters
    ----------
    text : str
        The article.
    speakers : bool
        Run :func:`kit.attribute_speakers` (default).
    topics : bool, path, dict or loaded topics
        ``True``: tag the shipped topics; ``False``: no topic columns; else the lexicon
        given to :func:`kit.tag_topics` (a TOML path, a dict, or :func:`kit.load_topics`'s
        result).
    **options
        Passed to :func:`kit.sentences.load_text` (``article_id``, ``model``, ``headers``,
        metadata such as ``date=``).

    Returns
    -------
    DataFrame
        The sentence table (see the README), with the speaker and topic columns.
    """
    return _stages(sentences.load_text(text, **options), speakers=speakers, topics=topics)


def load_article(
    path: str | Path | None = None,
    *,
    speakers: bool = True,
    topics: Lexicon = True,
    **options: Any,
) -> pd.DataFrame:
    """Read and parse one article file; return its sentence table with the stages run.

    Without ``path``, the bundled article (:data:`kit.BUNDLED_ARTICLE`). ``speakers`` and
    ``topics`` as in :func:`load_text`; ``**options`` go to :func:`kit.sentences.load_article`
    (``article_id``, ``encoding``, ``model``, ``headers``, metadata).
    """
    raw = (
        sentences.load_article(**options)
        if path is None
        else sentences.load_article(path, **options)
    )
    return _stages(raw, speakers=speakers, topics=topics)


def load_corpus(
    source: str | Path | Iterable[str | Path] | pd.DataFrame,
    *,
    speakers: bool = True,
    topics: Lexicon = True,
    **options: Any,
) -> pd.DataFrame:
    """Read and parse many articles (a folder, files, or a table of texts) into one sentence
    table with the stages run.

    ``speakers`` and ``topics`` as in :func:`load_text` (speakers merge surnames across the
    articles: run :func:`kit.attribute_speakers` with ``merge_across_articles=False`` on a
    ``speakers=False`` table to keep them apart); ``**options`` go to
    :func:`kit.sentences.load_corpus` (``pattern``, ``text_column``, ``id_column``,
    ``encoding``, ``model``, ``headers``, ``progress``, ``n_process``).
    """
    return _stages(sentences.load_corpus(source, **options), speakers=speakers, topics=topics)


def _stages(df: pd.DataFrame, *, speakers: bool, topics: Lexicon) -> pd.DataFrame:
    if speakers:
        df = attribute_speakers(df)
    if topics is not False:
        df = tag_topics(df, None if topics is True else topics)
    return df
