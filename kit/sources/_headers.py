"""Paragraphs, and the wire-story header lines at the top of an article.

A header line is taken off the body only when it clearly is one; anything in doubt stays a
sentence. The layouts read, in any order of their lines::

    PTI                                 agency line          -> source
    Police chief backs new cyber unit   headline             -> title
    By Maria Keller                     byline               -> byline
    Beijing, Nov 26 (PTI)               lone dateline        -> dateline, date, source
    WARSAW (Reuters) - Polish police... inline dateline, cut off the first body paragraph

Every decision is made on the line's *visible* text: invisible format characters (zero-width
space, left-to-right and right-to-left marks, byte-order marks, soft hyphens...) are dropped
first, so that "Tuesday.\\u200b" ends in a period like "Tuesday." does.

Offsets always refer to the text exactly as given (CRLF kept), so that ``text[start:end]`` is
the paragraph or header line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from ._words import agencies, word_list

__all__ = ["AGENCIES", "Header", "Paragraph", "paragraphs", "split_header", "visible"]


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


# --- the shape of a line --------------------------------------------------------------------


def visible(line: str) -> str:
    """``line`` without invisible format characters (Unicode category Cf) and outer spaces.

    >>> visible("Tuesday.\\u200b\\u200e ")
    'Tuesday.'
    """
    return "".join(ch for ch in line if unicodedata.category(ch) != "Cf").strip()


HEADLINE_MAX_WORDS = 17
"""A line of more words is a sentence, never a headline (wire headlines run 5-15 words)."""

_URL = re.compile(r"https?://|www\.|\S@\S+\.\w", re.IGNORECASE)
_FOOTNOTE = re.compile(r"\[\s*[\w*†‡]{1,12}\s*\]")  # "[1]", "[a]", "[citation needed]"
# A headline ends in a letter, a digit, a closing quote or parenthesis: never in sentence or
# clause punctuation (. ! ? : ; , -), a footnote bracket, an emoji or another symbol.
_HEADLINE_END = re.compile(r"""[^\W_]['"’”»)]*$""")
# a sentence inside the line: "...fled. Police said..."; abbreviations and initials excepted
_SENTENCE_BREAK = re.compile(r"""(\w+)[.!?…]['"’”»)]*\s+['"‘“«(]?[A-Z]""")
_ABBREVIATIONS = word_list("abbreviations")
# Cues of running prose that headlines leave out (see reading_words.toml), and articles
# inside the line ("pledged support for the police on a visit").
_PROSE_CUES = word_list("prose_cues")
_WORD = re.compile(r"[^\W_]")
_ARTICLE = re.compile(r"\b(?:the|a|an)\b", re.IGNORECASE)
# A paragraph of prose ends in sentence punctuation, perhaps followed by closing quotes,
# footnote markers and symbols such as emoji: "...he said.”", "...in 2019.[1]", "...won! 🎉"
_PROSE_END = re.compile(r"""[.!?…]['"’”»)\]]*(?:\s*\[[^\]]{1,12}\])*[\W_]*$""")


def _has_sentence_break(line: str) -> bool:
    for m in _SENTENCE_BREAK.finditer(line):
        word = m[1]
        if len(word) > 1 and not word.isupper() and word.casefold() not in _ABBREVIATIONS:
            return True
    return False


def looks_like_headline(line: str) -> bool:
    """Whether a lone line is clearly a headline (``line`` is its visible text).

    A headline is one short clause (at most :data:`HEADLINE_MAX_WORDS` words) that starts
    with a capital or a digit and ends in a letter, digit, closing quote or parenthesis, with
    no URL, footnote marker or second sentence, and none of the cues of running prose that
    headlines leave out: "was", "were", "had", "said", a weekday or "yesterday" (the list is
    in ``kit/resources/reading_words.toml``), or two articles ("the", "a") past the first word.

    >>> looks_like_headline("Police chief backs new cyber unit")
    True
    >>> looks_like_headline("President Ann Lee pledged support for the police on Tuesday")
    False
    >>> looks_like_headline("The minister made three promises:")
    False
    """
    words = line.split()
    first = line.lstrip("'\"‘“«")[:1]
    return (
        0 < len(words) <= HEADLINE_MAX_WORDS
        and (first.isupper() or first.isdigit())
        and bool(_HEADLINE_END.search(line))
        and not _URL.search(line)
        and not _FOOTNOTE.search(line)
        and not _has_sentence_break(line)
        and not any(w.strip("'\"’”,").casefold() in _PROSE_CUES for w in words)
        and len(_ARTICLE.findall(" ".join(words[1:]))) < 2
    )


def reads_as_prose(paragraph: str) -> bool:
    """Whether a paragraph (visible text) ends like a sentence, or holds more than one.

    >>> reads_as_prose("He said it was over.[1]"), reads_as_prose("Police chief quits")
    (True, False)
    """
    return bool(_PROSE_END.search(paragraph)) or _has_sentence_break(paragraph)


# --- header lines ---------------------------------------------------------------------------


@dataclass
class Header:
    """Metadata found at the top of an article, and where its body starts.

    ``fields`` holds the metadata (``title``, ``source``, ``dateline``, ``date``,
    ``byline``) and ``header_spans``: which stretches of the text were taken as header, as
    ``"source=0:3, dateline=5:12"`` (fields joined by ``+`` where one line gave several),
    or None when none was. ``spans`` holds the same as ``(fields, start, end)`` tuples.
    """

    fields: dict[str, str | None] = field(default_factory=dict)
    body: list[Paragraph] = field(default_factory=list)
    spans: list[tuple[str, int, int]] = field(default_factory=list)


AGENCIES = agencies()

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
_BYLINE = re.compile(
    r"By\s+(?P<byline>[A-Z][\w.'’-]*(?:,?\s+(?:and\s+)?[A-Z][\w.'’-]*){0,5})", re.IGNORECASE
)
# "By Tuesday", "By March 2025", "By The Way": times and phrases, not names
_NOT_A_NAME = word_list("not_names")


def _is_agency(s: str) -> bool:
    return s.strip("() ").casefold() in AGENCIES


def _names_a_place(name: str, is_place: Callable[[str], bool]) -> bool:
    """A dateline's place: at least 3 letters ("US:" is a label) and a place to the NER."""
    letters = sum(ch.isalpha() for ch in name)
    return letters >= 3 and is_place(name.title() if name.isupper() else name)


def _lone_fields(line: str, is_place: Callable[[str], bool]) -> dict[str, str] | None:
    """The metadata a lone agency, byline or dateline line holds, or None."""
    if _is_agency(line):
        return {"source": line.strip("() ")}
    m = _BYLINE.fullmatch(line)
    if m and line[:2] == "By" and m["byline"].split()[0].casefold() not in _NOT_A_NAME:
        return {"byline": m["byline"]}
    m = _LONE_DATELINE.fullmatch(line)
    if m and (
        m["date"]
        or (m["source"] and _is_agency(m["source"]))
        or _names_a_place(m["dateline"], is_place)
    ):
        return {k: v for k, v in m.groupdict().items() if v}
    return None


def _inline_dateline(chunk: str, is_place: Callable[[str], bool]) -> re.Match | None:
    """A dateline opening a body paragraph ("WARSAW (Reuters) - ..."), if clearly one."""
    m = _INLINE_WITH_AGENCY.match(chunk)
    if m and (_is_agency(m["source"]) or m["dateline"].isupper()):
        return m
    m = _INLINE_CAPS.match(chunk)
    if m and (m["date"] or _names_a_place(m["dateline"], is_place)):
        return m
    return None


def _describe(spans: list[tuple[str, int, int]]) -> str | None:
    return ", ".join(f"{what}={start}:{end}" for what, start, end in spans) or None


def split_header(
    text: str, paras: list[Paragraph], *, is_place: Callable[[str], bool] = lambda s: False
) -> Header:
    """Separate wire-story header lines from the body paragraphs.

    Leading one-line paragraphs are header lines when they clearly are: an agency line
    ("PTI"), a byline ("By Ann Lee"), a dateline ("Beijing", "Beijing, Nov 26 (PTI)"), or a
    headline (see :func:`looks_like_headline`), each at most once, in any order. A headline
    is kept only when the body below it reads as prose (most of its paragraphs end in
    sentence punctuation), so a text of unpunctuated lines keeps its first line. A dateline
    at the start of the first body paragraph ("WARSAW (Reuters) - ...") is cut off that
    paragraph. The body is never left empty: text that is all header lines is all body.

    ``is_place(s)`` tells whether a capitalised name is a place (the loader answers it with
    the named-entity recogniser); without it, only datelines with a date or a known agency
    are recognised.

    >>> text = "Reuters\\n\\nPolice back cyber unit\\n\\nBy Ann Lee\\n\\nWARSAW (Reuters) - It is."
    >>> h = split_header(text, paragraphs(text))
    >>> h.fields["title"], h.fields["byline"], h.fields["dateline"], text[h.body[0].start:]
    ('Police back cyber unit', 'Ann Lee', 'WARSAW', 'It is.')
    """
    fields: dict[str, str] = {}
    spans: list[tuple[str, int, int]] = []
    title_at = None  # index in spans of the headline, which the body must confirm
    body = list(paras)
    while len(body) > 1:
        raw = text[body[0].start : body[0].end]
        line = visible(raw)
        if "\n" in raw or "\r" in raw:
            break
        found = _lone_fields(line, is_place)
        if found is None and "title" not in fields and looks_like_headline(line):
            found = {"title": line}
            title_at = len(spans)
        if not found or found.keys() & fields.keys():
            break
        fields.update(found)
        spans.append(("+".join(found), body[0].start, body[0].end))
        body.pop(0)

    if title_at is not None and not _mostly_prose(text, body):
        # the "headline" does not stand out from the text below it: it and what follows
        # it are body
        body[:0] = [Paragraph(s, e) for _, s, e in spans[title_at:]]
        for what, _, _ in spans[title_at:]:
            for key in what.split("+"):
                fields.pop(key)
        del spans[title_at:]

    if body:
        first = body[0]
        chunk = text[first.start : first.end]
        m = _inline_dateline(chunk, is_place)
        if m and _WORD.search(chunk, m.end()) and "dateline" not in fields:
            inline = {k: v for k, v in m.groupdict().items() if v and k not in fields}
            fields.update(inline)
            end = first.start + len(chunk[: m.end()].rstrip())
            spans.append(("+".join(inline), first.start, end))
            body[0] = Paragraph(first.start + m.end(), first.end)
    return Header(fields={**fields, "header_spans": _describe(spans)}, body=body, spans=spans)


def _mostly_prose(text: str, body: list[Paragraph]) -> bool:
    """Whether at least half of the body's first 20 paragraphs read as prose."""
    sample = body[:20]
    prose = sum(reads_as_prose(visible(text[p.start : p.end])) for p in sample)
    return bool(sample) and prose * 2 >= len(sample)
