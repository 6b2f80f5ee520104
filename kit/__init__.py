"""news-kit: analyse English news articles in Jupyter.

Load an article into a table of sentences (:func:`load_article`), see who said what and
what it is about, count and compare terms, and draw report-ready charts.
"""

from . import _pandas_compat  # noqa: F401  (pandas reads back the tok_* list columns)
from ._files import ExportError
from ._version import __version__
from .datasets import sample_corpus
from .explorer import Explorer
from .export import export_chart, export_table
from .model import ModelNotFoundError, load_model
from .plots import (
    chart_of,
    plot_dispersion,
    plot_keyness,
    plot_speaker_topics,
    plot_terms,
    plot_terms_by,
    plot_topic_shares,
    speaker_topic_counts,
    topic_shares,
)
from .readers import load_article, load_corpus, load_text
from .selection import select
from .sentences import (
    BUNDLED_ARTICLE,
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
)
from .topics import (
    LexiconError,
    Topic,
    load_topics,
    tag_topics,
    topic_mask,
    topic_matches,
    topics_summary,
)

__all__ = [
    "BUNDLED_ARTICLE",
    "META_COLUMNS",
    "SPEAKER_COLUMNS",
    "TOKEN_COLUMNS",
    "ArticleError",
    "Explorer",
    "ExportError",
    "LexiconError",
    "ModelNotFoundError",
    "NotEnglishWarning",
    "SkippedWarning",
    "TermIndex",
    "TermOptions",
    "Topic",
    "__version__",
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
    "keyness",
    "kwic",
    "load_article",
    "load_corpus",
    "load_model",
    "load_text",
    "load_topics",
    "plot_dispersion",
    "plot_keyness",
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
    "tokens",
    "topic_mask",
    "topic_matches",
    "topic_shares",
    "topics_summary",
    "view",
]
