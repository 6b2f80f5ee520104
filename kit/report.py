"""The standard report: the charts and tables of a selection, written into a folder.

One recipe, used by ``kit report`` (the cli) and by :meth:`kit.Explorer.export_report`:
the most frequent words, two-word phrases and names, words by speaker (small multiples,
when two or more speak), key terms of the selection against the rest (when a filter
selects part of the table), where the top words occur, sentences by speaker and topic and
topic shares as charts (:func:`kit.export_chart`: images with a source line, CSV,
provenance); sentences, key terms, speakers and keyword-in-context lines as tables
(:func:`kit.export_table`). Last, the report as one document: ``report.html`` (self-
contained: images embedded as data URIs, no external resources), ``report.pdf`` (one
page a chart, then the tables; the selection and provenance on the first page) and
``README.md``, an index of every file in order. Nothing is overwritten: a taken name gets
a numbered set.

How names are counted: the words charts count single words (lemmas), so a multi-word name
is split there ("Xi", "Jinping"); names are counted whole ("Xi Jinping", "United
Nations") in their own chart, "Most mentioned names" (``unit="entity"``). Phrases are
counted from the words as written ("China hopes", not the lemmas' "China hope").

With a speaker filter, and a term index that supports it, the counts are over the words
the speakers said (``scope="speech"``: the quote or the reported clause, not the
narration around it), and the titles say so ("Most frequent words Xi Jinping said").
"""

from __future__ import annotations

import base64
import html
import io
import re
import textwrap
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from functools import partial
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ._files import fill, reserve
from .export import CHART_FORMATS, export_chart, export_table
from .plots import (
    SOURCE_LINE_GID,
    add_source_line,
    chart_of,
    plot_dispersion,
    plot_keyness,
    plot_speaker_topics,
    plot_terms,
    plot_terms_by,
    plot_topic_shares,
    remove_source_line,
)
from .provenance import describe, describe_subject, provenance
from .sentences import view
from .speakers import NO_SPEAKER, speaker_summary
from .style import report_style
from .terms import TermOptions, dispersion, keyness, kwic, term_frequencies

__all__ = [
    "SPEECH_TYPE_LABELS",
    "display_table",
    "report_steps",
    "speaker_words",
    "topic_words",
    "write_document",
    "write_report",
]

Step = Callable[[], list[Path]]
# how the interface names the speech types (the speaker_type column holds direct/indirect)
SPEECH_TYPE_LABELS = {"direct": "quoted", "indirect": "reported"}


def topic_words(
    df: pd.DataFrame, topics: Iterable[str] | str, *, lexicon: Any = None
) -> set[str]:
    """The words that make a sentence count as on ``topics``: leave them out of its key terms.

    Comparing a topic's sentences with the rest finds the topic's own lexicon entries key by
    construction ("terrorism" is key in sentences tagged as being about terrorism). Returned,
    lowercased: the entries (``terms``) of each topic in ``lexicon`` (a path, mapping or
    :func:`kit.topics.load_topics` result; default: the shipped lexicon) and the matched text
    of every piece of evidence for the topics in ``df``'s ``topic_evidence`` column, each
    whole and, for multi-word entries, word by word (so that single-word counts of "cyber
    crime" leave out "cyber" and "crime" too). Pass the result as ``plot_keyness(exclude=)``.
    """
    from .topics import load_topics

    wanted = {topics} if isinstance(topics, str) else set(topics)
    entries: set[str] = set()
    try:
        known = load_topics(lexicon)
    except (OSError, ValueError):
        known = {}
    for name in wanted & set(known):
        entries.update(known[name].terms)
    if "topic_evidence" in df.columns:
        for items in df["topic_evidence"].dropna():
            for item in items if items is not None else ():
                if item.get("topic") in wanted:
                    entries.update(str(item.get(k) or "") for k in ("term", "text"))
    words = {e.casefold() for e in entries if e}
    return words | {w for e in words for w in e.replace("-", " ").split() if len(w) > 2}


def speaker_words(speakers: Iterable[str] | str | None) -> set[str]:
    """The words of the chosen speakers' names: leave them out of their key terms.

    Sentences credited to "Xi Jinping" name him ("Xi said ..."), so "Xi" is key in them by
    construction, as a topic's own words are in its sentences (:func:`topic_words`).
    Returned lowercased, each name's words apart ("xi", "jinping").
    """
    names = {speakers} if isinstance(speakers, str) else set(speakers or ())
    return {
        word.casefold()
        for name in names - {NO_SPEAKER}
        if isinstance(name, str)
        for word in re.split(r"[\s-]+", name)
        if word
    }


def report_steps(
    df: pd.DataFrame,
    out: str | Path,
    *,
    selected: pd.Series | np.ndarray | None = None,
    filters: Mapping[str, Any] | None = None,
    options: TermOptions | None = None,
    top: int = 20,
    formats: Sequence[str] = CHART_FORMATS,
    dpi: int = 300,
    excel: bool = True,
    document: bool = True,
) -> list[tuple[str, Step]]:
    """The report as ``(label, step)`` pairs; each step writes its files and returns them.

    ``df`` is a sentence table with the speaker and topic columns (``kit.load_*``);
    ``selected`` a boolean mask of its rows (:func:`kit.select`; default: every row) and
    ``filters`` how it was chosen, for titles and provenance. ``options`` are the term
    options (default: lemmas), ``top`` the number of terms drawn. With ``document`` the
    last step writes ``report.html``, ``report.pdf`` and the index ``README.md``.
    """
    recipe = _Recipe(df, Path(out), selected, filters, options, top, formats, dpi, excel)
    return recipe.steps(document=document)


def write_report(df: pd.DataFrame, out: str | Path, **kwargs: Any) -> list[Path]:
    """Write the whole report (arguments as :func:`report_steps`); return the paths written."""
    return [path for _label, step in report_steps(df, out, **kwargs) for path in step()]


@dataclass
class _Item:
    """One chart or table of the report, in order: what the document shows of it."""

    name: str
    title: str
    files: list[Path]
    figure: Figure | None = None
    table: pd.DataFrame | None = None


class _Recipe:
    def __init__(self, df, out, selected, filters, options, top, formats, dpi, excel) -> None:
        mask = np.ones(len(df), bool) if selected is None else np.asarray(selected, dtype=bool)
        if len(mask) != len(df):
            raise ValueError(f"selected has {len(mask)} values; the table has {len(df)} rows")
        self.all, self.mask, self.sel = df, mask, df[mask]
        self.out = out
        self.filters = {k: v for k, v in dict(filters or {}).items() if v not in (None, [], "")}
        self.opts = options or TermOptions()
        if self.filters.get("speaker") and _has_speech_scope():
            self.opts = TermOptions.of(self.opts, scope="speech")
        self.top, self.formats, self.dpi = top, tuple(formats), dpi
        self.table_formats = ("csv", "xlsx") if excel else ("csv",)
        self.options = {"unit": self.opts.unit, "top": top}  # what provenance records
        if self.opts.ngram_range != (1, 1):
            self.options["ngram"] = list(self.opts.ngram_range)
        if getattr(self.opts, "scope", None) == "speech":
            self.options["scope"] = "speech"
        self.freqs: pd.DataFrame | None = None
        self.items: list[_Item] = []

    def steps(self, *, document: bool = True) -> list[tuple[str, Step]]:
        steps: list[tuple[str, Step]] = [
            ("words", self.terms),
            ("phrases and names", self.phrases_and_names),
            ("words by speaker", self.terms_by_speaker),
            ("key terms", self.key_terms),
            ("dispersion", self.where),
            ("speakers and topics charts", self.speakers_topics),
            ("tables", self.tables),
        ]
        if document:
            steps.append(("report document", self.document))
        return steps

    # --- writing each piece ---------------------------------------------------------------

    def chart(self, name: str, draw: Callable[[], Any]) -> list[Path]:
        ax = draw()
        fig = ax.get_figure(root=True)
        try:
            files = export_chart(ax, self.out / name, formats=self.formats, dpi=self.dpi)
        except BaseException:
            plt.close(fig)
            raise
        chart = chart_of(ax)
        title = (chart.provenance.get("title") if chart else None) or name
        # kept open for the report document, which closes it
        self.items.append(_Item(name, title, list(files.values()), figure=fig))
        return list(files.values())

    def table(self, name: str, data: pd.DataFrame, title: str, **kw: Any) -> list[Path]:
        files = list(
            export_table(data, self.out / name, formats=self.table_formats, **kw).values()
        )
        self.items.append(_Item(name, title, files, table=data))
        return list(files)

    def _frequencies(self) -> pd.DataFrame:
        if self.freqs is None:  # an empty selection gives a table without rows
            self.freqs = term_frequencies(self.sel, options=self.opts, top=self.top)
        return self.freqs

    def _plot_options(self, opts: TermOptions) -> dict[str, Any]:
        options = {**self.options, "unit": opts.unit}
        if opts.ngram_range != (1, 1):
            options["ngram"] = list(opts.ngram_range)
        return options

    def terms(self) -> list[Path]:
        freqs = self._frequencies()
        return self.chart(
            "terms",
            lambda: plot_terms(
                freqs, sentences=self.sel, filters=self.filters, options=self.options
            ),
        )

    def phrases_and_names(self) -> list[Path]:
        if self.opts.unit not in ("lemma", "word", "lower") or self.opts.ngram_range != (1, 1):
            return []  # the words chart already counts what was asked for
        files: list[Path] = []
        # phrases from the words as written: "China hopes", not the lemmas' "China hope"
        for name, opts in (
            ("phrases", TermOptions.of(self.opts, unit="word", ngram=2)),
            ("names", TermOptions.of(self.opts, unit="entity")),
        ):
            freqs = term_frequencies(self.sel, options=opts, top=max(8, self.top // 2))
            if freqs.empty:
                continue
            options = self._plot_options(opts)
            draw = partial(
                plot_terms, freqs, sentences=self.sel, filters=self.filters, options=options
            )
            files += self.chart(name, draw)
        return files

    def terms_by_speaker(self) -> list[Path]:
        named = self.sel[self.sel["speaker"].notna()]
        if named["speaker"].nunique() < 2:
            return []  # one speaker (or none): the top-terms chart already says it all
        by = term_frequencies(named, by="speaker", options=self.opts, top=8)
        return self.chart(
            "terms-by-speaker",
            lambda: plot_terms_by(
                by,
                by="speaker",
                top=8,
                sentences=named,
                filters=self.filters,
                options=self.options,
            ),
        )

    def key_terms(self) -> list[Path]:
        if not self.filters or self.mask.all() or not self.mask.any():
            return []  # keyness needs a selection and a rest to compare it with
        # keyness compares whole sentences on both sides: the speech scope would leave the
        # rest of the table with the narration only
        opts = TermOptions.of(self.opts, scope="sentence") if "scope" in self.options else self.opts
        key = keyness(self.all, self.mask, options=opts)
        topics = self.filters.get("topic") or self.filters.get("topics")
        speakers = self.filters.get("speaker") or self.filters.get("speakers")
        # the filter's own words are key by construction: the topic's, the speakers' names
        exclude = (topic_words(self.all, topics) if topics else set()) | speaker_words(speakers)
        files = self.chart(
            "key-terms",
            lambda: plot_keyness(
                key,
                top=max(5, self.top // 2),
                reference_label="the rest",
                exclude=exclude,
                sentences=self.all,
                filters=self.filters,
                options={k: v for k, v in self.options.items() if k != "scope"},
            ),
        )
        prov = {"options": self.options}
        return files + self.table(
            "key-terms-all",
            key,
            "Key terms, every term compared",
            filters=self.filters,
            provenance=prov,
        )

    def where(self) -> list[Path]:
        top = self._frequencies()["term"].head(6).tolist()
        if not top or self.opts.unit not in ("lemma", "word", "lower"):
            return []
        hits = dispersion(self.all, top)
        return self.chart(
            "dispersion", lambda: plot_dispersion(hits, terms=top, sentences=self.all)
        )

    def speakers_topics(self) -> list[Path]:
        return (
            self.chart("speakers-by-topic", lambda: plot_speaker_topics(self.all))
            + self.chart("topic-shares", lambda: plot_topic_shares(self.all))
            + self.table("speakers", speaker_summary(self.all), "Speakers")
        )

    def tables(self) -> list[Path]:
        sel = self.sel
        files = self.table("sentences", view(sel), "The selected sentences", filters=self.filters)
        terms = self._frequencies()["term"].head(5)
        lines = [kwic(sel, t) for t in terms] if len(sel) else []
        lines = [frame for frame in lines if len(frame)]
        if lines:
            files += self.table(
                "kwic",
                pd.concat(lines, ignore_index=True),
                "The top words in context",
                filters=self.filters,
            )
        return files

    # --- the document ---------------------------------------------------------------------

    def document(self) -> list[Path]:
        prov = provenance(self.sel, sentences=self.sel, filters=self.filters, options=self.options)
        if "title" in self.sel.columns:  # the table's own titles where the store has none
            titles = self.sel.groupby("article_id", sort=False)["title"].first()
            for article in prov["articles"]:
                article["title"] = article["title"] or titles.get(article["article_id"])
        try:
            return write_document(self.out, self.items, prov, n_total=len(self.all))
        finally:
            for item in self.items:
                if item.figure is not None:
                    plt.close(item.figure)


def _has_speech_scope() -> bool:
    """Whether kit.terms counts the speakers' own words (``TermOptions(scope="speech")``)."""
    return "scope" in {f.name for f in fields(TermOptions)}


# --- the report as one document -----------------------------------------------------------

A4 = (8.27, 11.69)  # inches, portrait
_DOC_ROWS = {"html": 300, "pdf": 60}  # rows of each table shown in the document
_HIDDEN = {"start_char", "end_char", "speech_spans", "topic_evidence", "n_words", "paragraph_id"}
_FIRST_COLUMNS = ("article_id", "sentence_id", "speaker", "speech", "topics", "term")
_TERM_KEYS = ("unit", "ngram", "scope", "top")
_CSS = """
body { font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #222;
       max-width: 1000px; margin: 0 auto; padding: 1.5em; }
h1 { font-size: 1.6em; margin-bottom: .2em; } h2 { font-size: 1.25em; margin-top: 2em; }
img { width: 100%; height: auto; border: 1px solid #eee; }
div.table { overflow-x: auto; } td { overflow-wrap: anywhere; }
table { border-collapse: collapse; font-size: .85em; width: 100%; }
th, td { border-bottom: 1px solid #ddd; padding: .25em .4em; text-align: left;
         vertical-align: top; }
th { background: #f3f3f3; } .note, .files { color: #555; font-size: .85em; }
dl.prov { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
dl.prov dt { font-weight: 600; } dl.prov dd { margin: 0; }
"""


def display_table(df: pd.DataFrame) -> pd.DataFrame:
    """A table as a report shows it: interface words, not column codes.

    Missing speakers read "(no speaker)", speech types "quoted"/"reported" (the column
    values stay ``direct``/``indirect``), lists of topics "a, b"; offsets, evidence and
    token columns are left out.
    """
    out = view(df)
    out = out[[c for c in out.columns if c not in _HIDDEN]].copy()
    if "speaker" in out.columns:
        out["speaker"] = out["speaker"].astype(object).where(out["speaker"].notna(), NO_SPEAKER)
    if "speaker_type" in out.columns:
        out["speaker_type"] = out["speaker_type"].map(SPEECH_TYPE_LABELS).fillna("")
        out = out.rename(columns={"speaker_type": "speech"})
    return out


def write_document(
    out: Path, items: Sequence[_Item], prov: Mapping[str, Any], *, n_total: int
) -> list[Path]:
    """Write ``report.html``, ``report.pdf`` and the index ``README.md`` for ``items``."""
    targets = reserve(out / "report", ["html", "pdf"])
    index = reserve(out / "README", ["md"])
    writers = {
        "html": lambda tmp: tmp.write_text(_html(items, prov, n_total), encoding="utf-8"),
        "pdf": lambda tmp: _pdf(tmp, items, prov, n_total),
    }
    fill(targets, writers)
    every = [*targets.values()]
    fill(index, {"md": lambda tmp: tmp.write_text(_index(items, every, prov), encoding="utf-8")})
    return [*every, index["md"]]


def _front_lines(prov: Mapping[str, Any], n_total: int) -> list[tuple[str, str]]:
    """The first page: what was selected, from what, and how (label, text) pairs."""
    options = prov.get("options") or {}
    filters = prov.get("filters") or {}
    chosen = "; ".join(f"{k}: {', '.join(map(str, _as_list(v)))}" for k, v in filters.items())
    n_sel = prov.get("n_sentences") or 0
    rows = [
        ("Selection", describe_subject(prov)),
        ("Filters", chosen or "none (every sentence)"),
        ("Sentences", f"{n_sel:,} of {n_total:,}"),
        ("Articles", f"{prov.get('n_articles', 0):,}"),
        ("Terms", ", ".join(f"{k}={options[k]}" for k in _TERM_KEYS if k in options) or "defaults"),
        ("Model", ", ".join(prov.get("models") or []) or "unknown"),
        ("Made", f"{prov.get('created_utc', '')} with news-kit {prov.get('kit_version', '')}"),
    ]
    if prov.get("attribution"):
        rows.append(("Source text", str(prov["attribution"])))
    return rows


def _articles(prov: Mapping[str, Any]) -> list[dict[str, Any]]:
    return list(prov.get("articles") or [])


def _html(items: Sequence[_Item], prov: Mapping[str, Any], n_total: int) -> str:
    e = html.escape
    title = f"Report: {describe_subject(prov)}"
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{e(title)}</h1>",
        '<dl class="prov">',
        *(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in _front_lines(prov, n_total)),
        "</dl>",
    ]
    articles = _articles(prov)
    if articles:
        parts.append("<details><summary>Articles (id, title, sha256)</summary><ul>")
        for a in articles[:500]:
            name = e(str(a.get("title") or a.get("article_id")))
            url = str(a.get("url") or "")
            link = f'<a href="{e(url)}">{name}</a>' if url.startswith("http") else name
            digest = e(str(a.get("sha256") or "")[:12])
            aid = e(str(a["article_id"]))
            parts.append(f"<li><code>{aid}</code> {link} <code>{digest}</code></li>")
        parts.append("</ul></details>")
    parts.append("<h2>Contents</h2><ol>")
    parts += [f'<li><a href="#{e(i.name)}">{e(i.title.splitlines()[0])}</a></li>' for i in items]
    parts.append("</ol>")
    for n, item in enumerate(items, 1):
        heading = item.title.split(":")[0].split(". ")[0]
        parts.append(f'<section id="{e(item.name)}"><h2>{n}. {e(heading)}</h2>')
        if item.figure is not None:
            data = base64.b64encode(_png(item.figure)).decode("ascii")
            parts.append(f'<img src="data:image/png;base64,{data}" alt="{e(item.title)}">')
        if item.table is not None:
            shown = display_table(item.table)
            limit = _DOC_ROWS["html"]
            table = shown.head(limit).to_html(index=False, border=0, na_rep="")
            parts.append(f'<div class="table">{table}</div>')
            if len(shown) > limit:
                parts.append(f'<p class="note">The first {limit} of {len(shown):,} rows.</p>')
        files = ", ".join(f'<a href="{e(p.name)}">{e(p.name)}</a>' for p in item.files)
        parts.append(f'<p class="files">Files: {files}</p></section>')
    parts.append("</body></html>")
    return "\n".join(parts)


def _png(fig: Figure) -> bytes:
    buffer = io.BytesIO()
    had = any(t.get_gid() == SOURCE_LINE_GID for t in fig.texts)
    if not had:
        add_source_line(fig)
    try:
        with report_style():
            fig.savefig(buffer, format="png", dpi=160)
    finally:
        if not had:
            remove_source_line(fig)
    return buffer.getvalue()


def _pdf(path: Path, items: Sequence[_Item], prov: Mapping[str, Any], n_total: int) -> None:
    from matplotlib.backends.backend_pdf import PdfPages

    subject = describe_subject(prov)
    with report_style(), PdfPages(path, metadata={"Title": f"Report: {subject}"}) as pdf:
        lines: list[tuple[str, str]] = [("h1", f"Report: {subject}")]
        lines += [("kv", f"{k}: {v}") for k, v in _front_lines(prov, n_total)]
        articles = _articles(prov)
        if articles:
            lines.append(("h2", "Articles"))
            lines += [
                (
                    "p",
                    f"{a['article_id']}  {a.get('title') or ''}  sha256 "
                    f"{str(a.get('sha256') or '')[:12]}",
                )
                for a in articles[:200]
            ]
        lines.append(("h2", "Contents"))
        lines += [("p", f"{n}. {i.title.splitlines()[0]}") for n, i in enumerate(items, 1)]
        _text_pages(pdf, lines)
        for item in items:
            if item.figure is not None:
                had = any(t.get_gid() == SOURCE_LINE_GID for t in item.figure.texts)
                if not had:
                    add_source_line(item.figure)
                pdf.savefig(item.figure, bbox_inches="tight", pad_inches=0.3)
                if not had:
                    remove_source_line(item.figure)
            if item.table is not None:
                _text_pages(pdf, [("h2", item.title), *_table_lines(item)])


def _table_lines(item: _Item) -> list[tuple[str, str]]:
    shown = display_table(item.table if item.table is not None else pd.DataFrame())
    limit = _DOC_ROWS["pdf"]
    long = [c for c in ("text", "left", "match", "right") if c in shown.columns]
    filled = [c for c in shown.columns if c not in long and shown[c].map(_cell).ne("").any()]
    first = [c for c in _FIRST_COLUMNS if c in filled]
    metadata = {"title", "source", "dateline", "byline", "date", "category", "url"}
    short = (first + [c for c in filled if c not in first and c not in metadata])[:6]
    lines = [("th", " · ".join(map(str, short)) + (f" — {' '.join(long)}" if long else ""))]
    for row in shown.head(limit).itertuples(index=False):
        values = dict(zip(shown.columns, row, strict=True))
        head = " · ".join(_cell(values[c]) for c in short)
        body = " ".join(_cell(values[c]) for c in long)
        lines.append(("p", f"{head} — {body}" if body else head))
    if len(shown) > limit:
        lines.append(("note", f"The first {limit} of {len(shown):,} rows: all are in the CSV."))
    lines.append(("note", "Files: " + ", ".join(p.name for p in item.files)))
    return lines


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return "" if np.isnan(value) else f"{value:.3g}"
    if isinstance(value, list | tuple | np.ndarray):
        return ", ".join(map(str, value))
    return "" if value is None else str(value)


def _text_pages(pdf: Any, lines: list[tuple[str, str]]) -> None:
    """Flow styled lines onto A4 pages: h1/h2 headings, kv and p paragraphs, th, note."""
    sizes = {"h1": 15, "h2": 12, "kv": 9.5, "p": 8.5, "th": 8.5, "note": 8}
    width_chars = {k: int((A4[0] - 1.6) * 72 / (v * 0.58)) for k, v in sizes.items()}
    fig, y = None, 0.0
    for kind, text in lines:
        wrapped = textwrap.wrap(text, width_chars[kind], subsequent_indent="    ") or [""]
        height = len(wrapped) * sizes[kind] * 1.3 / 72 + (0.15 if kind in ("h1", "h2") else 0.03)
        if fig is None or y - height < 0.8:
            if fig is not None:
                pdf.savefig(fig)
                plt.close(fig)
            fig = plt.figure(figsize=A4, layout=None)
            y = A4[1] - 0.8
        fig.text(
            0.8 / A4[0],
            y / A4[1],
            "\n".join(wrapped),
            va="top",
            ha="left",
            fontsize=sizes[kind],
            fontweight="bold" if kind in ("h1", "h2", "th") else "normal",
            color="#555555" if kind == "note" else "#222222",
            linespacing=1.3,
        )
        y -= height
    if fig is not None:
        pdf.savefig(fig)
        plt.close(fig)


def _index(items: Sequence[_Item], document: Sequence[Path], prov: Mapping[str, Any]) -> str:
    lines = [
        f"# Report: {describe_subject(prov)}",
        "",
        f"{describe(prov)}. Made {prov.get('created_utc', '')} with news-kit "
        f"{prov.get('kit_version', '')}.",
        "",
        "The whole report as one document: " + ", ".join(f"[{p.name}]({p.name})" for p in document),
        "",
        "Every chart and table, in order (each `.json` file holds its provenance):",
        "",
    ]
    for n, item in enumerate(items, 1):
        files = ", ".join(f"[{p.name}]({p.name})" for p in item.files)
        lines.append(f"{n}. {' '.join(item.title.split())}: {files}")
    lines.append("")
    return "\n".join(lines)


def _as_list(value: Any) -> list[Any]:
    return [value] if isinstance(value, str) or not isinstance(value, Iterable) else list(value)
