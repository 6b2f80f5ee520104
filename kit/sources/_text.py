"""Text files and what is in them: decoding, telling prose from HTML and data, and English.

Every check here is cheap (a look at the bytes or the first few thousand characters) and
needs nothing beyond the standard library.
"""

from __future__ import annotations

import codecs
import csv
import json
import re
from pathlib import Path

from ._words import word_list

__all__ = [
    "ArticleError",
    "NotEnglishWarning",
    "decode_bytes",
    "english_problem",
    "looks_like_html",
    "read_text_file",
    "structured_kind",
]


class ArticleError(ValueError):
    """An input that cannot be read as an article. The message names the file or input."""


class NotEnglishWarning(UserWarning):
    """A text that does not look like English; the model and the lexicons are English."""


# --- decoding -------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_text_file(path: str | Path, *, encoding: str | None = None) -> str:
    """Read an article file and return its text, decoded and otherwise untouched.

    UTF-8 with or without a byte-order mark, UTF-16/32 with one, and UTF-16 without one
    (English text in it shows as every other byte zero) are recognised; give ``encoding``
    for anything else. A missing, empty, binary or undecodable file raises
    :class:`ArticleError` naming the path and the problem.
    """
    path = Path(path)
    if not path.exists():
        raise ArticleError(f"{path}: no such file")
    if path.is_dir():
        raise ArticleError(f"{path}: is a folder, not an article file (use kit.load_corpus)")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
    return decode_bytes(raw, name=str(path), encoding=encoding)


def decode_bytes(raw: bytes, *, name: str, encoding: str | None = None) -> str:
    """Decode an article's bytes (``name`` says where they came from, for the errors).

    Returns the text without a byte-order mark, otherwise untouched. Raises
    :class:`ArticleError` naming ``name`` for empty, binary or undecodable input.
    """
    if not raw.strip():
        raise ArticleError(f"{name}: the file is empty")
    if encoding is None:
        encoding = next((enc for bom, enc in _BOMS if raw.startswith(bom)), None)
        encoding = encoding or _utf16_without_bom(raw) or "utf-8"
    if encoding.replace("_", "-").lower() in ("utf-8", "utf8") and b"\x00" in raw:
        hint = _utf16_hint(raw)
        raise ArticleError(
            f"{name}: {hint}"
            if hint
            else f"{name}: looks like a binary file, not text (it holds NUL bytes)"
        )
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ArticleError(
            f"{name}: is not valid {exc.encoding} text (byte 0x{raw[exc.start]:02x} at offset "
            f"{exc.start}); if it is in another encoding, pass encoding=, e.g. 'cp1252'"
        ) from exc
    except LookupError as exc:
        raise ArticleError(f"{name}: unknown encoding {encoding!r}") from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ArticleError(f"{name}: the file holds only whitespace")
    if _control_share(text) > 0.05:
        raise ArticleError(f"{name}: looks like a binary file, not text")
    return text


def _zero_shares(raw: bytes) -> tuple[float, float]:
    """Shares of zero bytes at even and at odd offsets of the first 4 KB."""
    sample = raw[:4096]
    even, odd = sample[0::2], sample[1::2]
    return even.count(0) / max(len(even), 1), odd.count(0) / max(len(odd), 1)


def _utf16_without_bom(raw: bytes) -> str | None:
    """'utf-16-le' or '-be' when the bytes are plainly UTF-16 text of Latin letters.

    Such text has a zero byte beside nearly every character (the high byte of ASCII); a
    binary file has zeros scattered on both sides.
    """
    if len(raw) < 4 or len(raw) % 2:
        return None
    even, odd = _zero_shares(raw)
    if odd > 0.9 and even < 0.05:
        return "utf-16-le"
    if even > 0.9 and odd < 0.05:
        return "utf-16-be"
    return None


def _utf16_hint(raw: bytes) -> str | None:
    """What to say about bytes that look partly like UTF-16 without a byte-order mark."""
    even, odd = _zero_shares(raw)
    if odd > 0.3 and even < 0.1:
        return "looks like UTF-16 text without a byte-order mark; pass encoding='utf-16-le'"
    if even > 0.3 and odd < 0.1:
        return "looks like UTF-16 text without a byte-order mark; pass encoding='utf-16-be'"
    return None


def _control_share(text: str) -> float:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / len(sample)


# --- what kind of text ------------------------------------------------------------------------

_HTML_DOC = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|span|br|a|script|style|body|head|article|section|h[1-6]|ul|li|table|meta)\b"
    r"[^>]*>",
    re.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML page or fragment rather than plain prose.

    True for a document (``<!DOCTYPE html>``, ``<html>``) and for text whose first 5,000
    characters hold 5 or more common tags (``<p>``, ``<div>``, ``<br>``...), or whose
    markup is a tenth of them or more. A stray "<b>" in prose is not enough.
    """
    if _HTML_DOC.match(text):
        return True
    head = text[:5000]
    tags = _HTML_TAG.findall(head)
    return len(tags) >= 5 or (len(tags) >= 2 and sum(map(len, tags)) * 10 >= len(head.strip()))


def structured_kind(text: str) -> str | None:
    """``"JSON"``, ``"JSON Lines"`` or ``"CSV"`` when ``text`` is data rather than prose.

    JSON: the whole text parses as a JSON object or array. JSON Lines: its first lines each
    parse as a JSON object. CSV: a header row of 2 or more short names, and the rows below
    with as many fields (commas, tabs or semicolons).
    """
    stripped = text.strip()
    if stripped[:1] in "[{":
        try:
            value = json.loads(stripped)
        except ValueError:
            lines = [ln for ln in stripped.splitlines()[:5] if ln.strip()]
            if all(_is_json_object(ln) for ln in lines):
                return "JSON Lines"
        else:
            if isinstance(value, dict | list):
                return "JSON"
    return "CSV" if _looks_like_csv(stripped) else None


def _is_json_object(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


_COLUMN_NAME = re.compile(r"[\w .#/()-]{1,40}")


def _looks_like_csv(text: str) -> bool:
    first = text.split("\n", 1)[0]
    delimiter = max(",\t;", key=first.count)
    if not first.count(delimiter):
        return False
    rows = []
    reader = csv.reader(text[:20000].splitlines()[:30], delimiter=delimiter)
    try:
        rows = [row for row in reader if row]
    except csv.Error:
        return False
    header = [c.strip() for c in rows[0]]
    if len(header) < 2 or not all(_COLUMN_NAME.fullmatch(c) for c in header):
        return False
    data = rows[1:]
    return len(data) >= 1 and sum(len(r) == len(header) for r in data) >= max(1, len(data) // 2)


# --- English ----------------------------------------------------------------------------------

# The most frequent English words: in English news they are a third or more of the words.
_FUNCTION_WORDS = word_list("function_words")
_WORD = re.compile(r"[^\W\d_]+")


def english_problem(text: str) -> str | None:
    """Why ``text`` does not look like English, or None when it does (or is too short to say).

    Two cheap checks on the first 5,000 characters: the share of letters outside the Latin
    script (more than 20% fails: Chinese, Arabic, Cyrillic...), and, for 30 words or more,
    the share of the commonest English function words ("the", "of", "and", ...; under 8%
    fails: other languages in Latin script).

    >>> english_problem("习近平周二承诺全力支持国际刑警组织打击恐怖主义和网络犯罪。")
    '100% of its letters are not Latin (the kit reads English)'
    """
    sample = text[:5000]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) >= 10:
        foreign = sum(not _is_latin(ch) for ch in letters) / len(letters)
        if foreign > 0.2:
            return f"{foreign:.0%} of its letters are not Latin (the kit reads English)"
    words = [w.casefold() for w in _WORD.findall(sample)]
    if len(words) >= 30:
        share = sum(w in _FUNCTION_WORDS for w in words) / len(words)
        if share < 0.08:
            return (
                f"only {share:.0%} of its words are common English words such as 'the', "
                "'of', 'and' (English prose has about a third)"
            )
    return None


def _is_latin(ch: str) -> bool:
    code = ord(ch)
    return code < 0x250 or 0x1E00 <= code <= 0x1EFF or 0xFF21 <= code <= 0xFF5A
