"""Term frequencies of a table or any subset of it, overall or per group."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ._index import index_for
from ._matrix import frequencies_of
from ._options import TermOptions

__all__ = ["term_frequencies"]


def term_frequencies(
    df: pd.DataFrame,
    *,
    options: TermOptions | None = None,
    by: str | None = None,
    top: int | None = None,
    **term_options: Any,
) -> pd.DataFrame:
    """How often each term occurs in the sentences of ``df``, most frequent first.

    Returns one row a term: ``term``, ``count`` (occurrences), ``per_1000`` (per thousand
    words of the table, words being tokens that are not punctuation, space or symbols) and
    ``n_sentences`` (how many sentences hold it: document frequency). Ties are broken
    alphabetically. With ``by=`` a column (``"speaker"``, ``"topics"``, ``"article_id"``, any),
    the same per group in long form, the group's value in a first column named as ``by``
    and rates per thousand words of the group; a column of lists (``topics``) counts a
    sentence in each of its groups; rows where ``by`` is missing are left out.

    ``top`` keeps the n most frequent (per group with ``by``). What counts as a term:
    ``options`` (a :class:`kit.TermOptions`) and/or its fields as keywords, which override
    it: ``unit`` (``"lemma"``, ``"lower"``, ``"word"``, ``"noun_phrase"``, ``"entity"``),
    ``ngram`` (n, or a (min, max) range), ``stopwords`` (True: spaCy's + the kit's list;
    False: none; a list of words: added to those), ``punct`` / ``numbers`` (keep
    punctuation / numbers), ``entity_types`` (which entity labels count for
    ``unit="entity"``). See :mod:`kit.terms._units` for what each unit and n-gram rule does.
    ``scope="speech"`` counts only the speaker's own words (the tokens inside each row's
    ``speech_spans``; the rates are then per thousand words said); ``scope="sentence"``, the
    default, counts whole sentences.

    Counting is a sum over rows of an index built once per loaded table and options and
    reused for every subset of it (see :class:`kit.TermIndex`).
    """
    opts = TermOptions.of(options, **term_options)
    if by is not None and by not in df.columns:
        raise KeyError(f"by={by!r}: the table has no such column (columns: {list(df.columns)})")
    index, rows = index_for(df, opts)
    groups = df[by] if by is not None else None
    return frequencies_of(index, rows, groups=groups, by=by, top=top, df=df)
