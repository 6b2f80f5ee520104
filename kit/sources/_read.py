"""The readers: every common article source to a list of :class:`RawArticle`.

============================  =========================================================
source                        articles
============================  =========================================================
folder                        each ``.txt``, ``.md``, ``.html``, ``.htm`` file (any case)
                              below it, sorted; hidden files and folders (``.*``, so
                              ``.ipynb_checkpoints`` and macOS ``._*``) and ``__MACOSX``
                              are left out
text file (``.txt``, ...)     one article; id: the file name without suffix
HTML file, or any HTML text   one article: the page's main text (trafilatura), with
                              ``title``, ``byline``, ``date``, ``url``, ``site``
CSV, TSV, JSONL, JSON,        one article a row (``text_column``); the other columns are
Parquet file                  metadata; id: ``id_column``, else ``<file stem>-<row>``
DataFrame                     one article a row, as above; id default: the row number
list of paths                 each as above
============================  =========================================================

What is refused, with :class:`ArticleError` naming the file or row and what to do: a
missing, empty, binary or undecodable file; a table file given as one article; a text that
is JSON or CSV data; a text with lone surrogates; a row without text or id. A text that does
not look English gets a :class:`NotEnglishWarning` saying which check it failed.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Literal, NamedTuple

import pandas as pd

from ._html import extract_html
from ._tables import TABLE_SUFFIXES, check_columns, read_table_file, table_rows
from ._text import (
    ArticleError,
    NotEnglishWarning,
    english_problem,
    looks_like_html,
    read_text_file,
    structured_kind,
)

__all__ = [
    "ARTICLE_SUFFIXES",
    "RawArticle",
    "SkippedWarning",
    "read_article",
    "read_articles",
    "read_text",
]

ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm"})
"""File suffixes (any case) that a folder is read for by default, one article a file."""

Errors = Literal["raise", "skip"]


class SkippedWarning(UserWarning):
    """Items left out by ``errors="skip"``; the message lists each with its reason."""


class RawArticle(NamedTuple):
    """An article as read, before parsing.

    A named tuple so that it unpacks as ``(article_id, text, metadata, path)``.

    Attributes
    ----------
    article_id : str
        The file name without suffix, the table's id, or the row number.
    text : str
        The article's text; for HTML, the extracted main text. Offsets index into it.
    metadata : dict
        Metadata from the table's columns or the page (title, date, byline, ...); None for
        a missing value.
    path : str or None
        The file it came from.
    """

    article_id: str
    text: str
    metadata: Mapping[str, Any]
    path: str | None


# --- one article ----------------------------------------------------------------------------


def read_text(
    text: str, *, article_id: str | None = None, metadata: Mapping[str, Any] | None = None
) -> RawArticle:
    """One article given as a string (``kit.load_text``).

    ``article_id`` defaults to ``"text-"`` and the start of the text's sha256. HTML is
    extracted; a value that is not a str raises :class:`TypeError` saying what to pass.
    """
    if not isinstance(text, str):
        hint = (
            "decode it first (text.decode('utf-8')) or pass the file to kit.load_article"
            if isinstance(text, bytes | bytearray)
            else "pass the article's text as a str"
        )
        raise TypeError(
            f"load_text expects the article as a str, got {type(text).__name__}: {hint}"
        )
    name = f"article {article_id!r}" if article_id else "load_text"
    text, found, problem = _checked(text, name=name)
    if problem:
        _warn_not_english([(name, problem)])
    article_id = article_id or "text-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:10]
    return RawArticle(article_id, text, {**found, **(metadata or {})}, None)


def read_article(
    path: str | Path,
    *,
    article_id: str | None = None,
    encoding: str | None = None,
    metadata: Mapping[str, Any] | None = None,
) -> RawArticle:
    """One article file (``kit.load_article``): text, Markdown or HTML.

    A table file (CSV, JSONL, Parquet, ...) or a folder is refused with a pointer to
    ``kit.load_corpus``.
    """
    path = Path(path)
    if path.suffix.lower() in TABLE_SUFFIXES:
        raise ArticleError(
            f"{path}: is a {path.suffix[1:].upper()} file, a table of articles, not one "
            "article; read it with kit.load_corpus(path, text_column=...)"
        )
    text = read_text_file(path, encoding=encoding)
    text, found, problem = _checked(text, name=str(path))
    if problem:
        _warn_not_english([(str(path), problem)])
    return RawArticle(article_id or path.stem, text, {**found, **(metadata or {})}, str(path))


def _checked(text: str, *, name: str) -> tuple[str, dict[str, Any], str | None]:
    """The checks every article's text goes through, in one place.

    Returns the text (HTML: the extracted text), the metadata found in it, and why it does
    not look English (or None). Raises :class:`ArticleError` naming ``name``.
    """
    if not text.strip():
        raise ArticleError(f"{name}: the text is empty")
    if m := re.search("[\ud800-\udfff]", text):
        raise ArticleError(
            f"{name}: holds a lone surrogate (U+{ord(m[0]):04X} at offset {m.start()}), which "
            "is not valid Unicode; repair the text (e.g. text.encode('utf-16', "
            "'surrogatepass').decode('utf-16', 'replace')) and load it again"
        )
    found: dict[str, Any] = {}
    if looks_like_html(text):
        text, found = extract_html(text, name=name)
    elif kind := structured_kind(text):
        raise ArticleError(
            f"{name}: looks like {kind} data, not an article's text; for a file of articles "
            "use kit.load_corpus(path, text_column=...) on a .csv/.jsonl/.json file"
        )
    return text, found, english_problem(text)


def _warn_not_english(problems: list[tuple[str, str]]) -> None:
    """One warning for all the texts that do not look English, saying which check failed."""
    listed = "; ".join(f"{name}: {why}" for name, why in problems[:20])
    more = f" (and {len(problems) - 20} more)" if len(problems) > 20 else ""
    what = "a text that does" if len(problems) == 1 else f"{len(problems)} texts that do"
    warnings.warn(
        f"{what} not look like English, which the model and lexicons are made for: {listed}{more}",
        NotEnglishWarning,
        stacklevel=4,
    )


# --- many articles --------------------------------------------------------------------------


def read_articles(
    source: str | Path | Iterable[str | Path] | pd.DataFrame,
    *,
    pattern: str | None = None,
    text_column: str = "text",
    id_column: str | None = None,
    encoding: str | None = None,
    errors: Errors = "raise",
) -> tuple[list[RawArticle], pd.DataFrame]:
    """Read every article of a folder, a file, a list of files or a table.

    Parameters
    ----------
    source
        A folder, a file (an article, an HTML page, or a CSV/TSV/JSONL/JSON/Parquet table of
        articles), a list of such files, or a DataFrame of articles. See the module
        docstring for what each gives.
    pattern
        For a folder: a glob on file names, matched in any case (``"*.txt"``); by default
        the files ending in ``.txt``, ``.md``, ``.html`` or ``.htm``.
    text_column, id_column
        For tables: the column of the articles' texts, and the column of their ids.
    encoding
        The files' encoding when it is not UTF-8 (or UTF-16/32 with a byte-order mark).
    errors
        ``"raise"``: stop at the first bad item with an :class:`ArticleError` naming it.
        ``"skip"``: leave bad items out, warn once with a :class:`SkippedWarning` listing
        each with its reason, and return them in ``skipped``.

    Returns
    -------
    articles : list of RawArticle
        In reading order; ids are unique (repeats are an error, or skipped).
    skipped : DataFrame
        One row an item left out: ``item`` (file, or file and row) and ``reason``. Empty
        with ``errors="raise"``.

    Raises
    ------
    ArticleError
        A bad item with ``errors="raise"``; with ``errors="skip"``, a source with no
        readable article at all. A missing ``text_column`` or ``id_column`` of a DataFrame
        source is always raised.
    """
    if errors not in ("raise", "skip"):
        raise ValueError(f"errors must be 'raise' or 'skip', not {errors!r}")
    reader = _Reader(errors=errors, text_column=text_column, id_column=id_column, encoding=encoding)
    if isinstance(source, pd.DataFrame):
        reader.table(source, name="the table", id_prefix="")
        name = "the table"
    elif isinstance(source, str | Path):
        path = Path(source)
        if path.is_dir():
            files = _files_in(path, pattern)
            if not files:
                what = repr(pattern) if pattern else "/".join(sorted(ARTICLE_SUFFIXES))
                raise ArticleError(f"{path}: holds no files matching {what}")
            reader.files(files)
        elif path.exists():
            reader.files([path])
        else:
            raise ArticleError(f"{path}: no such file or folder")
        name = str(path)
    else:
        reader.files([Path(p) for p in source])
        name = "the files given"
    articles = reader.unique()
    skipped = pd.DataFrame(reader.skipped, columns=["item", "reason"])
    if not articles:
        reasons = "; ".join(f"{i}: {r}" for i, r in reader.skipped[:5])
        raise ArticleError(f"{name}: no article could be read ({reasons})")
    if reader.not_english:
        _warn_not_english(reader.not_english)
    if reader.skipped:
        listed = "\n".join(f"  {item}: {reason}" for item, reason in reader.skipped)
        warnings.warn(
            f"skipped {len(reader.skipped)} item(s) that could not be read:\n{listed}",
            SkippedWarning,
            stacklevel=3,
        )
    return articles, skipped


def _files_in(folder: Path, pattern: str | None) -> list[Path]:
    """The article files below ``folder``, sorted, hidden files and folders left out."""
    found = []
    for root, dirs, names in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__MACOSX"]
        for n in names:
            if n.startswith("."):
                continue
            if pattern is None:
                if Path(n).suffix.lower() not in ARTICLE_SUFFIXES:
                    continue
            elif not fnmatch.fnmatchcase(n.lower(), pattern.lower()):
                continue
            found.append(Path(root) / n)
    return sorted(found)


class _Reader:
    """Collects articles and, with ``errors="skip"``, the items it could not read."""

    def __init__(
        self, *, errors: Errors, text_column: str, id_column: str | None, encoding: str | None
    ) -> None:
        self.errors = errors
        self.text_column = text_column
        self.id_column = id_column
        self.encoding = encoding
        self.articles: list[RawArticle] = []
        self.skipped: list[tuple[str, str]] = []
        self.not_english: list[tuple[str, str]] = []

    def fail(self, item: str, exc: Exception) -> None:
        if self.errors == "raise":
            raise exc
        self.skipped.append((item, str(exc)))

    def files(self, paths: list[Path]) -> None:
        for path in paths:
            try:
                if path.suffix.lower() in TABLE_SUFFIXES:
                    table = read_table_file(path, encoding=self.encoding)
                    self.table(table, name=str(path), id_prefix=f"{path.stem}-", path=str(path))
                    continue
                text = read_text_file(path, encoding=self.encoding)
                text, found, problem = _checked(text, name=str(path))
            except ArticleError as exc:
                self.fail(str(path), exc)
                continue
            if problem:
                self.not_english.append((str(path), problem))
            self.articles.append(RawArticle(path.stem, text, found, str(path)))

    def table(
        self, table: pd.DataFrame, *, name: str, id_prefix: str, path: str | None = None
    ) -> None:
        check_columns(table, text_column=self.text_column, id_column=self.id_column, name=name)
        rows = table_rows(
            table,
            text_column=self.text_column,
            id_column=self.id_column,
            name=name,
            id_prefix=id_prefix,
        )
        for item, article_id, cell, meta in rows:
            try:
                if article_id is None:
                    raise ArticleError(
                        f"{item}: its id ({self.id_column!r}) is missing; fill it or drop the row"
                    )
                text = _cell_text(cell, self.text_column, item)
                text, found, problem = _checked(text, name=f"{item} (article {article_id!r})")
            except ArticleError as exc:
                self.fail(item, exc)
                continue
            if problem:
                self.not_english.append((f"{item} (article {article_id!r})", problem))
            given = {k: v for k, v in meta.items() if v is not None}
            self.articles.append(RawArticle(article_id, text, {**found, **given}, path))

    def unique(self) -> list[RawArticle]:
        """The articles, refusing (or skipping) repeated ids."""
        counts = Counter(a.article_id for a in self.articles)
        if all(n == 1 for n in counts.values()):
            return self.articles
        first: dict[str, RawArticle] = {}
        kept = []
        for a in self.articles:
            if a.article_id not in first:
                first[a.article_id] = a
                kept.append(a)
                continue
            where = [x.path for x in self.articles if x.article_id == a.article_id and x.path]
            names = f" ({a.article_id!r} is the name of {', '.join(where)})" if where else ""
            self.fail(
                a.path or a.article_id,
                ArticleError(
                    f"article ids must be unique, but {a.article_id!r} repeats{names}; "
                    "rename the files or pass id_column="
                ),
            )
        return kept


def _cell_text(cell: Any, column: str, item: str) -> str:
    if cell is None or (isinstance(cell, float) and cell != cell):
        raise ArticleError(f"{item}: its {column!r} is empty (missing)")
    if not isinstance(cell, str):
        raise ArticleError(
            f"{item}: its {column!r} holds {type(cell).__name__} {cell!r}, not text; "
            f"is {column!r} the column of the articles' texts?"
        )
    return cell
