"""Quotation marks paired on the article text: :func:`quote_spans`."""

from __future__ import annotations

import re

# --- quotation marks ------------------------------------------------------------------------

_MARKS = re.compile(r"[\"“”„«»‘’]")
_OPENERS_BEFORE = frozenset(" \t\n\r([{—–-:/“‘\"'")
_CLOSE_BEFORE = frozenset(",.;:!?)]")
_SENT_END = re.compile(r"[.!?][\"”’»]?(?=\s+[\"“‘«A-Z0-9]|\s*$)")


def quote_spans(text: str, *, paragraphs: list[tuple[int, int]] | None = None) -> list[tuple]:
    """Find quotations in ``text`` and return ``(start, end, chain)`` triples, in order.

    ``start:end`` is the quoted text without its marks. Quotes of one ``chain`` belong
    together: a quote left open at the end of a paragraph whose next paragraph opens with a
    mark, or one re-opened (a new opening mark) before it closed. ``paragraphs`` are
    ``(start, end)`` offsets; by default the text is one paragraph. A pair of the same marks
    opening in mid-sentence inside an open quote, with the open quote's closing mark after
    it, is a quote nested in it and read as part of it. Unbalanced marks never raise: a
    quote that never closes ends at the end of its sentence.
    """
    paragraphs = paragraphs or [(0, len(text))]
    spans: list[list] = []
    chain = -1
    carry = False  # the previous paragraph ended inside a quote
    for pstart, pend in paragraphs:
        open_at, kind = None, None
        if carry and not _opens_with_mark(text, pstart, pend):
            carry = False
        skip_to = -1  # the closing mark of a quotation nested in the open one
        for m in _MARKS.finditer(text, pstart, pend):
            p, c = m.start(), m.group()
            if p <= skip_to:
                continue
            before = text[p - 1] if p > pstart else " "
            after = text[p + 1] if p + 1 < pend else " "
            if after == "." and text.startswith("...", p + 1) and p + 4 < pend:
                nxt = text[p + 4]  # '"...I and we will': a quotation opening on an ellipsis
                after = nxt if nxt.isalnum() else "…" if nxt == " " else after
            if c in "‘’" and (kind == "double" or (c == "’" and kind is None)):
                continue  # apostrophes, and single quotes nested in double ones
            if c == "‘" and not (before in _OPENERS_BEFORE and after.isalnum()):
                continue
            if c == "’" and after.isalnum():
                continue  # it's, don’t
            is_open, is_close = _direction(c, before, after, kind)
            if open_at is None:
                if is_open:
                    if not (carry and spans and p == _first_mark(text, pstart, pend)):
                        chain += 1
                    carry = False
                    open_at, kind = p + 1, "single" if c == "‘" else "double"
                continue
            if is_close and not (is_open and not is_close):
                spans.append([open_at, p, chain, True])
                open_at, kind = None, None
            elif is_open and (inner := _nested(text, p, pend, kind)):
                skip_to = inner  # its closing mark is not the outer's
            elif is_open:  # re-opened before closing: the same quotation goes on
                lead = _colon_lead(text, open_at, p)
                if lead is None:
                    spans.append([open_at, _trim_end(text, open_at, p), chain, False])
                else:  # '..."A. Mr B said: "C': the colon's sentence leads a new quotation
                    spans.append([open_at, _trim_end(text, open_at, lead), chain, True])
                    chain += 1
                open_at, kind = p + 1, "single" if c == "‘" else "double"
        if open_at is not None:
            carry = True
            spans.append([open_at, pend, chain, False])
    # a quote left open and not continued by the next paragraph ends with its sentence
    for i, s in enumerate(spans):
        continued = i + 1 < len(spans) and spans[i + 1][2] == s[2]
        if not s[3] and not continued:
            end = _SENT_END.search(text, s[0], s[1])
            if end:
                s[1] = end.end()
                comma = text.rfind(", ", s[0], s[1])  # '"Great day, Ms Gray said.'
                if comma > 0 and len(text[comma : s[1]].split()) <= 6:
                    s[1] = comma + 1
    return [(s[0], s[1], s[2]) for s in spans if s[1] > s[0]]


def _nested(text: str, mark: int, end: int, kind: str | None) -> int:
    """Where the closing mark of a quotation nested in an open one with the same marks ends,
    or 0: a mark opening in mid-sentence ('"... The "United States" is not ... Turkey."')
    whose closing mark comes in the same sentence, with a mark after it that closes the open
    quotation. A mark after a sentence's end re-opens the open quotation instead (its
    closing mark was left out)."""
    before = text[:mark].rstrip()
    if not before or before[-1] in ".!?:" or kind != "double":
        return 0
    marks = [m for m in _MARKS.finditer(text, mark + 1, end) if m.group() in '"”']
    if len(marks) < 2:
        return 0
    inner = marks[0].start()
    if _SENT_END.search(text, mark, inner) or not text[inner - 1 : inner].strip():
        return 0  # the quote ends its sentence, or the mark opens: no nested pair
    outer = marks[1].start()
    nxt = text[outer + 1] if outer + 1 < end else " "
    if not (nxt.isspace() or nxt in _CLOSE_BEFORE) or not text[outer - 1].strip():
        return 0  # the mark after it opens a new quotation: the open one was left unclosed
    return inner


def _colon_lead(text: str, start: int, mark: int) -> int | None:
    """Where the sentence that ends with a colon just before the re-opening ``mark`` starts,
    when a quotation open since ``start`` runs into it ('"... for the country. Mr Milburn
    said: "Michael Howard is ...'): that sentence introduces the next quotation, so the
    open one ended before it (its closing mark was left out); else ``None``."""
    before = text[start:mark].rstrip()
    if not before.endswith(":"):
        return None
    ends = [m.end() for m in _SENT_END.finditer(text, start, start + len(before))]
    return ends[-1] if ends else None


def _direction(c: str, before: str, after: str, kind: str | None) -> tuple[bool, bool]:
    """Whether a mark can open and whether it can close a quotation."""
    if c in "“„«‘":
        if c == "“" and kind == "double" and not before.isspace():
            return False, True  # „...“ (German style) closes with “
        return True, False
    if c in "”»’":
        return False, True
    # straight ": its neighbours tell; one before punctuation closes ("a drummer' ", he")
    can_open = before in _OPENERS_BEFORE and not after.isspace() and after not in _CLOSE_BEFORE
    can_close = not before.isspace() or after.isspace() or after in _CLOSE_BEFORE
    if can_open and can_close:
        return (kind is None), (kind is not None)
    return can_open, can_close


def _opens_with_mark(text: str, start: int, end: int) -> bool:
    return _first_mark(text, start, end) == start


def _first_mark(text: str, start: int, end: int) -> int:
    m = _MARKS.search(text, start, min(end, start + 1))
    return m.start() if m else -1


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
