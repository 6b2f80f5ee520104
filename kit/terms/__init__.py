"""Term analytics: counts, keyness, keyword in context, dispersion and collocates.

Every function reads the stored parse of a sentence table (never parses again) and returns
a tidy DataFrame. Counting runs on a term index (:class:`TermIndex`: a vocabulary and a
sparse sentence-by-term matrix) built once per loaded table and set of options and reused
for every subset of it, so filtering and recounting is a sum over rows.

Private modules, in import order (each imports only those before it): :mod:`._scope`
(what part of a sentence counts: all of it, or the speaker's own words), :mod:`._options`
(the term options), :mod:`._units` (what a term is: units, n-grams, stopwords),
:mod:`._matrix` (sums over rows of the term matrix), :mod:`._measures` (G², Log Ratio,
weighted log-odds), :mod:`._index` (the index and its cache), :mod:`._counts`
(frequencies), :mod:`._keyness`, :mod:`._kwic` (finding terms, concordance lines),
:mod:`._dispersion` (positions, Gries' DP), :mod:`._collocates`, :mod:`._over_time`
(term shares per period).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import attach

_EXPORTS = {
    "UNITS": "_options",
    "TermOptions": "_options",
    "default_stopwords": "_options",
    "TermIndex": "_index",
    "term_frequencies": "_counts",
    "keyness": "_keyness",
    "kwic": "_kwic",
    "dispersion": "_dispersion",
    "dispersion_measures": "_dispersion",
    "collocates": "_collocates",
    "term_shares": "_over_time",
}

__all__ = [
    "UNITS",
    "TermIndex",
    "TermOptions",
    "collocates",
    "default_stopwords",
    "dispersion",
    "dispersion_measures",
    "keyness",
    "kwic",
    "term_frequencies",
    "term_shares",
]

__getattr__, __dir__ = attach(__name__, _EXPORTS)

if TYPE_CHECKING:
    from ._collocates import collocates
    from ._counts import term_frequencies
    from ._dispersion import dispersion, dispersion_measures
    from ._index import TermIndex
    from ._keyness import keyness
    from ._kwic import kwic
    from ._options import UNITS, TermOptions, default_stopwords
    from ._over_time import term_shares
