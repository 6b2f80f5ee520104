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

CSS = """
<style>
.kit-explorer .kit-status { font-weight: 600; }
.kit-explorer .kit-error { color: #B00020; }
.kit-explorer .kit-empty { padding: 1.5em; color: #444; background: #F4F4F4;
  border-left: 4px solid #E69F00; font-size: 13px; }
.kit-explorer table.kit-lines { border-collapse: collapse; font-size: 12.5px; width: 100%; }
.kit-explorer table.kit-lines td, .kit-explorer table.kit-lines th { padding: 3px 6px;
  vertical-align: top; border-bottom: 1px solid #E4E4E4; text-align: left; }
.kit-explorer table.kit-lines td.kit-left { text-align: right; white-space: nowrap;
  overflow: hidden; max-width: 22em; direction: rtl; }
.kit-explorer table.kit-lines td.kit-right { white-space: nowrap; overflow: hidden;
  max-width: 22em; }
.kit-explorer mark.kit-hit { background: #FFE08A; padding: 0 1px; }
.kit-explorer mark.kit-topic { background: #CDE6F7; padding: 0 1px; }
.kit-explorer .kit-meta { color: #555; font-size: 11.5px; max-width: 9em; }
.kit-explorer .kit-note { color: #666; font-size: 11.5px; line-height: 1.3; }
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
        said = row.speaker or "—"
        if row.speaker_type:
            said += f" ({'quoted' if row.speaker_type == 'direct' else 'reported'})"
        topics = ", ".join(row.topics) if row.topics is not None and len(row.topics) else "—"
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
        f"<tr><td class='kit-meta'>{html.escape(str(r.speaker or '—'))}</td>"
        f"<td class='kit-left'>&lrm;{html.escape(str(r.left))}&lrm;</td>"
        f"<td><mark class='kit-hit'>{html.escape(str(r.match))}</mark></td>"
        f"<td class='kit-right'>{html.escape(str(r.right))}</td></tr>"
        for r in lines.head(MAX_SENTENCES).itertuples(index=False)
    )
    return (
        f"<p class='kit-note'>{plural(len(lines), 'line')} for "
        f"<b>{html.escape(term)}</b></p><table class='kit-lines'>{body}</table>"
    )


def _evidence(row) -> list[dict]:
    ev = getattr(row, "topic_evidence", None)
    return [] if ev is None else list(ev)


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


def plural(n: int, noun: str, *, number: bool = True) -> str:
    word = noun if n == 1 else f"{noun}s"
    return f"{n} {word}" if number else word


def _listing(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(map(str, value))
    return repr(value) if isinstance(value, str) else str(value)
