"""Term analytics: counts, keyness, keyword in context, dispersion and collocates.

Every function reads the stored parse of a sentence table (never parses again) and returns
a tidy DataFrame. Counting runs on a term index (:class:`TermIndex`: a vocabulary and a
sparse sentence-by-term matrix) built once per loaded table and set of options and reused
for every subset of it, so filtering and recounting is a sum over rows.

Modules: :mod:`.units` (what a term is: units, n-grams, stopwords), :mod:`.index` (the
index and its cache), :mod:`.counts` (frequencies), :mod:`.keyness` (G², Log Ratio,
weighted log-odds), :mod:`.kwic` (finding terms, concordance lines), :mod:`.dispersion`
(positions, Gries' DP), :mod:`.collocates`.
"""

from .collocates import collocates
from .counts import term_frequencies
from .dispersion import dispersion, dispersion_measures
from .index import TermIndex
from .keyness import keyness
from .kwic import kwic
from .units import default_stopwords

__all__ = [
    "TermIndex",
    "collocates",
    "default_stopwords",
    "dispersion",
    "dispersion_measures",
    "keyness",
    "kwic",
    "term_frequencies",
]
