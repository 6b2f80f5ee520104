"""Reading article files, splitting paragraphs and recognising wire-story headers.

Everything here works on plain text and character offsets into it; nothing is parsed with
spaCy yet. Offsets always refer to the decoded text exactly as given (CRLF kept), so that
``text[start:end]`` is the paragraph or header field.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

__all__ = [
    "ArticleError",
    "Header",
    "Paragraph",
    "paragraphs",
    "read_text_file",
    "split_header",
]


class ArticleError(ValueError):
    """An input that cannot be read as an article. The message names the file or input."""


# --- reading files ------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_text_file(path: str | Path, *, encoding: str | None = None) -> str:
    """Read an article file and return its text, decoded and otherwise untouched.

    UTF-8 with or without a byte-order mark (and UTF-16/32 with one) is recognised; give
    ``encoding`` for anything else. A missing, empty, binary or undecodable file raises
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
        encoding = next((enc for bom, enc in _BOMS if raw.startswith(bom)), "utf-8")
    if encoding.replace("_", "-").lower() in ("utf-8", "utf8") and b"\x00" in raw:
        raise ArticleError(f"{name}: looks like a binary file, not text (it holds NUL bytes)")
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


def _control_share(text: str) -> float:
    sample = text[:20000]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return controls / len(sample)


# --- paragraphs ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """Paragraph spans of ``text``, trimmed of surrounding whitespace.

    Blank lines separate paragraphs. In text with no blank line at all, every line break
    ends a paragraph (one paragraph a line, as in many wire feeds and exports).
    """
    lines = []  # (start, end) of each line's content, without its line break
    pos = 0
    for line in text.splitlines(keepends=True):
        content = line.rstrip("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
        lines.append((pos, pos + len(content)))
        pos += len(line)
    blank = [not text[s:e].strip() for s, e in lines]
    has_blank_separator = any(
        blank[i] and any(not b for b in blank[:i]) and any(not b for b in blank[i + 1 :])
        for i in range(len(lines))
    )
    spans: list[tuple[int, int]] = []
    current: tuple[int, int] | None = None
    for (start, end), is_blank in zip(lines, blank, strict=True):
        if is_blank:
            if current:
                spans.append(current)
            current = None
        elif current and has_blank_separator:
            current = (current[0], end)
        else:
            if current:
                spans.append(current)
            current = (start, end)
    if current:
        spans.append(current)
    return [_trim(text, s, e) for s, e in spans]


def _trim(text: str, start: int, end: int) -> Paragraph:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk) - len(chunk.rstrip())
    return Paragraph(start + lead, end - trail)


# --- wire-story headers -------------------------------------------------------------------


@dataclass
class Header:
    """Metadata found at the top of an article, and where its body starts."""

    fields: dict[str, str] = field(default_factory=dict)
    body: list[Paragraph] = field(default_factory=list)


def _load_agencies() -> frozenset[str]:
    raw = resources.files("kit.resources").joinpath("agencies.txt").read_text("utf-8")
    lines = (line.split("#", 1)[0].strip() for line in raw.splitlines())
    return frozenset(line.casefold() for line in lines if line)


AGENCIES = _load_agencies()

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = (
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?"
    r"|\d{4}-\d{2}-\d{2})"
)
_PLACE_WORD = r"[A-Z][\w.'’-]*"
_PLACE = rf"{_PLACE_WORD}(?:[ ](?:{_PLACE_WORD}|de|del|da|el|al|es))*?"
_CAPS_PLACE = r"[A-Z][A-Z.'’-]+(?:[ ][A-Z][A-Z.'’-]+){0,3}"
_AGENCY = r"\((?P<source>[A-Za-z][\w .&'’-]{0,40})\)"
_DASH = r"[-–—]"

# "Beijing, Nov 26 (PTI)" / "Beijing (PTI)" / "Beijing, Nov 26" / "BEIJING" alone on a line
_LONE_DATELINE = re.compile(rf"(?P<dateline>{_PLACE})(?:,\s*(?P<date>{_DATE}))?(?:\s*{_AGENCY})?")
# inline at the start of the first body paragraph: "BEIJING (Reuters) - ...",
# "Beijing, Nov 26 (PTI) ...", "NEW DELHI, Nov 26: ...", "LONDON — ..."
_INLINE_WITH_AGENCY = re.compile(
    rf"(?P<dateline>{_PLACE})(?:,\s*(?P<date>{_DATE}))?\s*{_AGENCY}\s*(?:{_DASH}|:)?\s+"
)
_INLINE_CAPS = re.compile(
    rf"(?P<dateline>{_CAPS_PLACE})(?:,\s*(?P<date>{_DATE}))?\s*(?:{_DASH}|:)\s+"
)
_BYLINE = re.compile(r"By\s+(?P<byline>[A-Z][\w.'’-]*(?:\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5})")
_TERMINAL = re.compile(r"""[.!?…]['"’”»)\]]*$""")


def _is_agency(s: str) -> bool:
    return s.strip("() ").casefold() in AGENCIES


def _header_fields(line: str, is_place) -> dict[str, str] | None:
    """The metadata a lone header line holds, or None when it is not a header line."""
    if _is_agency(line):
        return {"source": line.strip("() ")}
    if m := _BYLINE.fullmatch(line):
        return {"byline": m["byline"]}
    m = _LONE_DATELINE.fullmatch(line)
    if m and (m["date"] or m["source"] or m["dateline"].isupper() or is_place(m["dateline"])):
        return {k: v for k, v in m.groupdict().items() if v}
    return None


def split_header(text: str, paras: list[Paragraph], *, is_place=lambda s: False) -> Header:
    """Separate wire-story header lines from the body paragraphs.

    Leading paragraphs without sentence-final punctuation are header material: an agency
    line ("PTI"), a dateline ("Beijing", "Beijing, Nov 26 (PTI)"), a byline ("By Ann Lee"),
    or, first of all, a headline (the title). A dateline with agency at the start of the
    first body paragraph ("BEIJING (Reuters) - ...") is cut off that paragraph. The body
    is never left empty: text that is all header lines is all body.

    ``is_place(s)`` tells whether a short capitalised line names a place (the loader
    answers it with the named-entity recogniser).
    """
    fields: dict[str, str] = {}
    body = list(paras)
    while len(body) > 1:
        line = text[body[0].start : body[0].end]
        if "\n" in line or "\r" in line or _TERMINAL.search(line):
            break
        found = _header_fields(line, is_place)
        if found is None:
            if fields or len(line.split()) > 25:
                break
            found = {"title": line}
        if any(key in fields for key in found):
            break
        fields.update(found)
        body.pop(0)
    if body:
        first = body[0]
        chunk = text[first.start : first.end]
        m = _INLINE_WITH_AGENCY.match(chunk)
        if not (m and (_is_agency(m["source"]) or m["dateline"].isupper())):
            m = _INLINE_CAPS.match(chunk)
        inline = {k: v for k, v in m.groupdict().items() if v} if m else {}
        if inline and m.end() < len(chunk) and not inline.keys() & fields.keys():
            fields.update(inline)
            body[0] = Paragraph(first.start + m.end(), first.end)
    return Header(fields=fields, body=body)
