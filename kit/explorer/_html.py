"""The Explorer's HTML: the status line, the sentence and KWIC listings, the empty message.

Pure functions of tables and state, so each can be read (and tested) without widgets.
Class names (``kit-lines``, ``kit-hit``, ``kit-topic``, ``kit-empty``, ...) are the DOM
contract that the browser test and :data:`CSS` rely on.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

import pandas as pd

from .._search import Search
from ..speakers import NO_SPEAKER

__all__ = [
    "CSS",
    "KWIC_HINT",
    "MAX_SENTENCES",
    "empty_reason",
    "kwic_html",
    "message_html",
    "plural",
    "search_of",
    "sentences_html",
    "status_html",
]

MAX_SENTENCES = 200  # lines listed in the Sentences and KWIC views
SPEECH_WORDS = {"direct": "quoted", "indirect": "reported"}  # speaker_type in plain words
KWIC_CHARS = 70  # characters of context each side; cut at a word, never inside one

CSS = """
<style>
.kit-explorer .kit-status { font-weight: 600; }
.kit-explorer .kit-error { color: #B00020; }
.kit-explorer .kit-empty { padding: 1.5em; color: #444; background: #F4F4F4;
  border-left: 4px solid #E69F00; font-size: 13px; }
.kit-explorer table.kit-lines { border-collapse: collapse; font-size: 12.5px; width: 100%; }
.kit-explorer table.kit-lines td, .kit-explorer table.kit-lines th { padding: 3px 6px;
  vertical-align: top; border-bottom: 1px solid #E4E4E4; text-align: left; }
.kit-explorer table.kit-lines td.kit-left { text-align: right; white-space: nowrap; }
.kit-explorer table.kit-lines td.kit-right { white-space: nowrap; }
.kit-explorer mark.kit-hit { background: #FFE08A; color: #1A1A1A; padding: 0 1px; }
.kit-explorer mark.kit-topic { background: #CDE6F7; color: #1A1A1A; padding: 0 1px; }
.kit-explorer .kit-meta { color: var(--jp-ui-font-color2, #555); font-size: 11.5px;
  max-width: 9em; }
.kit-explorer .kit-note { color: var(--jp-ui-font-color2, #666); font-size: 11.5px;
  line-height: 1.3; }
.kit-explorer .kit-empty { color: var(--jp-ui-font-color1, #444);
  background: var(--jp-layout-color2, #F4F4F4); }
.kit-explorer table.kit-lines td, .kit-explorer table.kit-lines th {
  border-bottom-color: var(--jp-border-color2, #E4E4E4); }
.kit-explorer .widget-html-content { line-height: 1.4; }
.kit-explorer .kit-export-log .widget-html-content { line-height: 1.3; font-size: 12px; }
</style>
"""


def status_html(n: int, n_total: int, n_articles: int, problem: str | None) -> str:
    """The status line: how many sentences and articles are selected, or the problem."""
    if problem:
        return f'<span class="kit-error">{html.escape(problem)}</span>'
    text = (
        f"{n} of {n_total} {plural(n_total, 'sentence', number=False)}, "
        f"{plural(n_articles, 'article')}"
    )
    return html.escape(text)


def empty_reason(problem: str | None, filters: Mapping[str, Any]) -> str:
    """Why nothing shows: the problem, or the filters that together match nothing."""
    if problem:
        return problem
    chosen = "; ".join(f"{k} {_listing(v)}" for k, v in filters.items())
    return f"no sentences match these filters ({chosen})" if chosen else "the table is empty"


def message_html(reason: str) -> str:
    """The box every view shows when it has nothing to show."""
    return (
        f'<div class="kit-empty"><b>Nothing to show:</b> {html.escape(reason)}. '
        "Widen a filter to see sentences again.</div>"
    )


def search_of(state: Mapping[str, Any]) -> Search | None:
    """The search of the state, to mark hits with (None without a search)."""
    if not state["search"].strip():
        return None
    return Search(state["search"], regex=bool(state["regex"]))


def sentences_html(sel: pd.DataFrame, state: Mapping[str, Any], *, one_article: bool) -> str:
    """The selected sentences as a table: where, speaker, topics, the text with search hits
    and the evidence of the chosen topics marked."""
    shown = sel.head(MAX_SENTENCES)
    search = search_of(state)
    wanted_topics = set(state["topics"])
    rows = []
    row: Any  # a named tuple of the table's columns
    for row in shown.itertuples(index=False):
        spans = []
        if search is not None:
            spans += [(a, b, "kit-hit", "search") for a, b in search.spans(row.text)]
        for ev in _evidence(row):
            if wanted_topics and ev["topic"] not in wanted_topics:
                continue
            a, b = ev["start"] - row.start_char, ev["end"] - row.start_char
            spans.append((a, b, "kit-topic", f"{ev['topic']}: {ev['term']}"))
        where = f"§{row.sentence_id}" if one_article else f"{row.article_id} §{row.sentence_id}"
        said = _speaker(row.speaker)
        if isinstance(row.speaker_type, str) and row.speaker_type in SPEECH_WORDS:
            said += f" ({SPEECH_WORDS[row.speaker_type]})"
        topics = ", ".join(row.topics) if _listed(row.topics) else "—"
        rows.append(
            f"<tr><td class='kit-meta'>{html.escape(where)}</td>"
            f"<td class='kit-meta'>{html.escape(said)}</td>"
            f"<td class='kit-meta'>{html.escape(topics)}</td>"
            f"<td>{_highlight(row.text, spans)}</td></tr>"
        )
    more = (
        f"<p class='kit-note'>Showing the first {MAX_SENTENCES} of {len(sel)} sentences.</p>"
        if len(sel) > MAX_SENTENCES
        else ""
    )
    return (
        "<table class='kit-lines'><tr><th>Where</th><th>Speaker</th><th>Topics</th>"
        f"<th>Sentence</th></tr>{''.join(rows)}</table>{more}"
    )


KWIC_HINT = (
    "<p class='kit-note'>Pick a term from the chart's list above, or type one "
    "(a word, a phrase; forms of a word are found too).</p>"
)


def kwic_html(lines: pd.DataFrame, term: str) -> str:
    """Keyword-in-context lines (:func:`kit.kwic`'s table) as an aligned HTML table."""
    body = "".join(
        f"<tr><td class='kit-meta'>{html.escape(_speaker(getattr(r, 'speaker', None)))}</td>"
        f"<td class='kit-left'>{html.escape(cut_left(str(r.left)))}</td>"
        f"<td><mark class='kit-hit'>{html.escape(str(r.match))}</mark></td>"
        f"<td class='kit-right'>{html.escape(cut_right(str(r.right)))}</td></tr>"
        for r in lines.head(MAX_SENTENCES).itertuples(index=False)
    )
    return (
        f"<p class='kit-note'>{plural(len(lines), 'line')} for "
        f"<b>{html.escape(term)}</b></p><table class='kit-lines'>{body}</table>"
    )


def cut_right(text: str, n: int = KWIC_CHARS) -> str:
    """The first ``n`` characters of a right context, ending at a whole word (then "…")."""
    if len(text) <= n:
        return text
    cut = text[: n + 1].rsplit(None, 1)[0] if " " in text[: n + 1] else text[:n]
    return cut.rstrip() + " …"


def cut_left(text: str, n: int = KWIC_CHARS) -> str:
    """The last ``n`` characters of a left context, starting at a whole word."""
    if len(text) <= n:
        return text
    tail = text[-n - 1 :]
    cut = tail.split(None, 1)[1] if " " in tail else tail[-n:]
    return "… " + cut.lstrip()


def _speaker(value) -> str:
    return value if isinstance(value, str) and value else NO_SPEAKER


def _evidence(row) -> list[dict]:
    ev = getattr(row, "topic_evidence", None)
    if ev is None or (isinstance(ev, float) and ev != ev):  # NaN from a round trip
        return []
    return list(ev)


def _highlight(text: str, spans: list[tuple[int, int, str, str]]) -> str:
    """HTML of ``text`` with the spans marked (overlaps: the earlier span wins)."""
    out, at = [], 0
    for a, b, css, title in sorted(spans, key=lambda s: (s[0], -s[1])):
        a, b = max(a, at), min(b, len(text))
        if a >= b:
            continue
        out.append(html.escape(text[at:a]))
        mark = html.escape(text[a:b])
        out.append(f"<mark class='{css}' title='{html.escape(title)}'>{mark}</mark>")
        at = b
    out.append(html.escape(text[at:]))
    return "".join(out)


def _listed(value) -> bool:
    return value is not None and not isinstance(value, float) and len(value) > 0


def plural(n: int, noun: str, *, number: bool = True) -> str:
    word = noun if n == 1 else f"{noun}s"
    return f"{n} {word}" if number else word


def _listing(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    return repr(value) if isinstance(value, str) else str(value)
