"""news-kit: analyse English news articles in Jupyter.

Load an article into a table of sentences (:func:`load_article`), see who said what and
what it is about, count and compare terms, and draw report-ready charts.
"""

from .model import ModelNotFoundError, load_model
from .sentences import (
    BUNDLED_ARTICLE,
    META_COLUMNS,
    TOKEN_COLUMNS,
    article_text,
    docs,
    load_article,
    load_corpus,
    load_text,
    tokens,
    view,
)
from .sources import ArticleError

__version__ = "0.1.0"

__all__ = [
    "BUNDLED_ARTICLE",
    "META_COLUMNS",
    "TOKEN_COLUMNS",
    "ArticleError",
    "ModelNotFoundError",
    "__version__",
    "article_text",
    "docs",
    "load_article",
    "load_corpus",
    "load_model",
    "load_text",
    "tokens",
    "view",
]
