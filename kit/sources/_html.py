"""HTML news pages: the main text and the page's metadata, extracted with trafilatura.

trafilatura (a library made for this job) drops navigation, footers and boilerplate and
reads the title, author and date from the page's ``<meta>`` tags and structured data. It
works on the page's content only: nothing is fetched.
"""

from __future__ import annotations

from typing import Any

from ._text import ArticleError

__all__ = ["extract_html"]

# trafilatura's field -> the kit's metadata column
_META = {"title": "title", "author": "byline", "date": "date", "url": "url", "sitename": "site"}


def extract_html(html: str, *, name: str) -> tuple[str, dict[str, Any]]:
    """The main text of an HTML page and its metadata (``title``, ``byline``, ``date``, ...).

    The text keeps one paragraph of the page a paragraph, separated by blank lines. A page
    with no article text in it raises :class:`ArticleError` naming ``name``.
    """
    try:
        import trafilatura
        from trafilatura.settings import Document
    except ImportError as exc:  # a broken install: say which package is missing
        raise ImportError(
            f"{name}: reading HTML needs trafilatura, which failed to import ({exc}); "
            "reinstall it with: pip install trafilatura"
        ) from exc

    found = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False
    )
    # None when nothing was found; a dict would only come with as_dict=True
    doc = found if isinstance(found, Document) else None
    lines = [ln.strip() for ln in (doc.text or "").splitlines()] if doc else []
    text = "\n\n".join(ln for ln in lines if ln)
    if not text:
        raise ArticleError(
            f"{name}: is an HTML page, but no article text could be extracted from it"
        )
    meta = {col: getattr(doc, attr) for attr, col in _META.items() if getattr(doc, attr)}
    return text, meta
