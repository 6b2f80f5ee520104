"""Reading articles: every common source to raw texts, paragraphs and wire-story headers.

Everything here works on plain text and character offsets into it; nothing is parsed with
spaCy yet. Offsets always refer to the decoded text exactly as given (CRLF kept), so that
``text[start:end]`` is the paragraph or header field.

- :func:`read_articles` reads a folder, files, tables (CSV, JSONL, Parquet, DataFrame) and
  HTML pages into :class:`RawArticle` items (``_read.py``, ``_tables.py``, ``_html.py``);
- :func:`read_text_file` decodes a file and ``_text.py`` tells prose from HTML and data,
  and English from other languages;
- :func:`paragraphs` and :func:`split_header` find the paragraphs and the header lines
  (``_headers.py``).
"""

from ._headers import (
    AGENCIES,
    HEADLINE_MAX_WORDS,
    Header,
    Paragraph,
    looks_like_headline,
    paragraphs,
    reads_as_prose,
    split_header,
    visible,
)
from ._html import extract_html
from ._read import (
    ARTICLE_SUFFIXES,
    RawArticle,
    SkippedWarning,
    read_article,
    read_articles,
    read_text,
)
from ._tables import TABLE_SUFFIXES, read_table_file
from ._text import (
    ArticleError,
    NotEnglishWarning,
    decode_bytes,
    english_problem,
    looks_like_html,
    read_text_file,
    structured_kind,
)

__all__ = [
    "AGENCIES",
    "ARTICLE_SUFFIXES",
    "HEADLINE_MAX_WORDS",
    "TABLE_SUFFIXES",
    "ArticleError",
    "Header",
    "NotEnglishWarning",
    "Paragraph",
    "RawArticle",
    "SkippedWarning",
    "decode_bytes",
    "english_problem",
    "extract_html",
    "looks_like_headline",
    "looks_like_html",
    "paragraphs",
    "read_article",
    "read_articles",
    "read_table_file",
    "read_text",
    "read_text_file",
    "reads_as_prose",
    "split_header",
    "structured_kind",
    "visible",
]
