"""news-kit: analyse English news articles in Jupyter.

Load an article into a table of sentences with who said what and what it is about
(:func:`load_article`), narrow it down (:func:`select`), count and compare terms, and draw
report-ready charts.

The public names are imported on first use (:mod:`kit._lazy`): ``import kit`` is quick
and loads neither spaCy, matplotlib, SciPy nor ipywidgets until a function needs them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# pd.read_parquet of a kit table needs the Arrow dtype names registered in every process
# that imported kit (pandas and pyarrow only: no spaCy)
from . import _pandas_compat  # noqa: F401
from ._lazy import attach
from ._version import __version__

# public name -> the module that defines it, in the order of the flow
_EXPORTS = {
    "ArticleError": "sources",
    "ExportError": "_files",
    "NotEnglishWarning": "sources",
    "SkippedWarning": "sources",
    "BUNDLED_ARTICLE": "datasets",
    "sample_corpus": "datasets",
    "ModelNotFoundError": "model",
    "load_model": "model",
    "META_COLUMNS": "sentences",
    "TOKEN_COLUMNS": "sentences",
    "article_text": "sentences",
    "docs": "sentences",
    "tokens": "sentences",
    "view": "sentences",
    "SPEAKER_COLUMNS": "speakers",
    "attribute_speakers": "speakers",
    "speaker_summary": "speakers",
    "LexiconError": "topics",
    "Topic": "topics",
    "load_topics": "topics",
    "tag_topics": "topics",
    "topic_mask": "topics",
    "topic_matches": "topics",
    "topics_summary": "topics",
    "speaker_topic_counts": "topics",
    "topic_shares": "topics",
    "load_article": "readers",
    "load_corpus": "readers",
    "load_text": "readers",
    "select": "selection",
    "TermIndex": "terms",
    "TermOptions": "terms",
    "collocates": "terms",
    "default_stopwords": "terms",
    "dispersion": "terms",
    "dispersion_measures": "terms",
    "keyness": "terms",
    "kwic": "terms",
    "term_frequencies": "terms",
    "term_shares": "terms",
    "IngestResult": "archive",
    "ingest": "archive",
    "open_store": "archive",
    "report_style": "style",
    "add_source_line": "plots",
    "chart_of": "plots",
    "plot_dispersion": "plots",
    "plot_keyness": "plots",
    "plot_over_time": "plots",
    "plot_speaker_topics": "plots",
    "plot_terms": "plots",
    "plot_terms_by": "plots",
    "plot_topic_shares": "plots",
    "export_chart": "export",
    "export_table": "export",
    "Explorer": "explorer",
}

__all__ = [
    "BUNDLED_ARTICLE",
    "META_COLUMNS",
    "SPEAKER_COLUMNS",
    "TOKEN_COLUMNS",
    "ArticleError",
    "Explorer",
    "ExportError",
    "IngestResult",
    "LexiconError",
    "ModelNotFoundError",
    "NotEnglishWarning",
    "SkippedWarning",
    "TermIndex",
    "TermOptions",
    "Topic",
    "__version__",
    "add_source_line",
    "article_text",
    "attribute_speakers",
    "chart_of",
    "collocates",
    "default_stopwords",
    "dispersion",
    "dispersion_measures",
    "docs",
    "export_chart",
    "export_table",
    "ingest",
    "keyness",
    "kwic",
    "load_article",
    "load_corpus",
    "load_model",
    "load_text",
    "load_topics",
    "open_store",
    "plot_dispersion",
    "plot_keyness",
    "plot_over_time",
    "plot_speaker_topics",
    "plot_terms",
    "plot_terms_by",
    "plot_topic_shares",
    "report_style",
    "sample_corpus",
    "select",
    "speaker_summary",
    "speaker_topic_counts",
    "tag_topics",
    "term_frequencies",
    "term_shares",
    "tokens",
    "topic_mask",
    "topic_matches",
    "topic_shares",
    "topics_summary",
    "view",
]

# the modules, readable as kit.<name> without an import of their own
_SUBMODULES = (
    *dict.fromkeys(_EXPORTS.values()),
    "cache",
    "provenance",
    "cli",
)

__getattr__, __dir__ = attach(__name__, _EXPORTS, _SUBMODULES)

if TYPE_CHECKING:  # what type checkers and IDEs see; at run time __getattr__ imports these
    from ._files import ExportError
    from .archive import IngestResult, ingest, open_store
    from .datasets import BUNDLED_ARTICLE, sample_corpus
    from .explorer import Explorer
    from .export import export_chart, export_table
    from .model import ModelNotFoundError, load_model
    from .plots import (
        add_source_line,
        chart_of,
        plot_dispersion,
        plot_keyness,
        plot_over_time,
        plot_speaker_topics,
        plot_terms,
        plot_terms_by,
        plot_topic_shares,
    )
    from .readers import load_article, load_corpus, load_text
    from .selection import select
    from .sentences import (
        META_COLUMNS,
        TOKEN_COLUMNS,
        article_text,
        docs,
        tokens,
        view,
    )
    from .sources import ArticleError, NotEnglishWarning, SkippedWarning
    from .speakers import SPEAKER_COLUMNS, attribute_speakers, speaker_summary
    from .style import report_style
    from .terms import (
        TermIndex,
        TermOptions,
        collocates,
        default_stopwords,
        dispersion,
        dispersion_measures,
        keyness,
        kwic,
        term_frequencies,
        term_shares,
    )
    from .topics import (
        LexiconError,
        Topic,
        load_topics,
        speaker_topic_counts,
        tag_topics,
        topic_mask,
        topic_matches,
        topic_shares,
        topics_summary,
    )
