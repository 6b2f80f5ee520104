"""Selecting sentences: :func:`select`, the one filter rule of the Explorer and the cli.

Each filter given narrows the selection (they combine with *and*); a filter left at
``None`` (or an empty list) does not filter. Within a list, any value matches (*or*),
except ``topics`` with ``how="all"``.

- ``articles``: article ids, compared as strings.
- ``speakers``: names compared ignoring case (``str.casefold``), so "xi jinping" typed on
  the command line selects the sentences of "Xi Jinping". ``None`` or ``"(no speaker)"``
  in the list selects the sentences without a speaker (narration).
- ``speaker_type``: ``"direct"`` or ``"indirect"``.
- ``topics``: as :func:`kit.topic_mask` (a topic the table was not tagged with is a
  ``KeyError``), any of them or, with ``how="all"``, all.
- ``search``: a word or phrase found anywhere in the sentence, ignoring case (spaces
  around it are dropped); with ``regex=True`` a regular expression (the ``regex`` module's
  syntax), ignoring case. An invalid pattern, or one that runs past its time limit (1 s),
  raises :class:`kit._search.SearchError` (a ValueError) saying what to do.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd

from ._search import Search
from .speakers import NO_SPEAKER
from .topics import topic_mask

__all__ = ["NO_SPEAKER", "SPEAKER_TYPES", "select"]

SPEAKER_TYPES = ("direct", "indirect")


def select(
    df: pd.DataFrame,
    *,
    articles: Iterable[str] | None = None,
    speakers: Iterable[str | None] | None = None,
    speaker_type: str | None = None,
    topics: Iterable[str] | None = None,
    how: str = "any",
    search: str | None = None,
    regex: bool = False,
) -> pd.Series:
    """The rows of a sentence table that pass every filter given, as a boolean Series.

    Parameters
    ----------
    df : DataFrame
        A sentence table; ``speakers``/``speaker_type`` need the speaker columns
        (:func:`kit.attribute_speakers`), ``topics`` the topic column (:func:`kit.tag_topics`).
    articles, speakers, speaker_type, topics, how, search, regex
        The filters; see the module docstring for how each one matches.

    Returns
    -------
    Series of bool
        Aligned with ``df`` (same index), named ``"selected"``: ``df[select(df, ...)]``.
    """
    mask = np.ones(len(df), bool)
    if articles:
        wanted = [str(a) for a in _listed(articles, "articles")]
        mask &= df["article_id"].astype(str).isin(wanted).to_numpy(bool)
    if speakers:
        mask &= _speaker_mask(df, _listed(speakers, "speakers"))
    if speaker_type is not None:
        if speaker_type not in SPEAKER_TYPES:
            raise ValueError(
                f"speaker_type must be one of {SPEAKER_TYPES} or None, not {speaker_type!r}"
            )
        _require(df, "speaker_type", "speaker_type")
        mask &= (df["speaker_type"] == speaker_type).fillna(False).to_numpy(bool)
    if topics:
        mask &= topic_mask(df, _listed(topics, "topics"), how=how).to_numpy(bool)
    if search is not None and search.strip():
        # kit._search runs with a time limit: a pattern that backtracks without end raises
        # SearchError instead of freezing the kernel
        mask &= Search(search, regex=bool(regex)).mask(df["text"].astype(str))
    return pd.Series(mask, index=df.index, name="selected")


def _speaker_mask(df: pd.DataFrame, speakers: list) -> np.ndarray:
    _require(df, "speaker", "speakers")
    # match on the distinct names (a few thousand), not on every row
    codes, names = pd.factorize(df["speaker"].astype(object))
    wanted = {str(s).casefold() for s in speakers if s is not None and s != NO_SPEAKER}
    hits = [k for k, name in enumerate(names) if str(name).casefold() in wanted]
    if any(s is None or s == NO_SPEAKER for s in speakers):
        hits.append(-1)  # factorize's code for a missing speaker
    return np.isin(codes, hits)


def _listed(values, name: str) -> list:
    if isinstance(values, str):
        return [values]  # one name given bare
    if not isinstance(values, Iterable):
        raise TypeError(f"{name}= takes a list of values, not {type(values).__name__}")
    return list(values)


def _require(df: pd.DataFrame, column: str, option: str) -> None:
    if column not in df.columns:
        raise KeyError(
            f"{option}= needs the {column!r} column: run kit.attribute_speakers on the table "
            "(or load it with kit.load_article / load_corpus, which do)"
        )
