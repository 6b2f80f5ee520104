"""Report-ready charts, drawn from the tables the kit's stages return.

Every function here is axes-level, in seaborn's manner: it takes a DataFrame (``data``), a
few keyword options and ``ax=None``, draws on that Axes (or on a new figure sized for the
chart) and returns the Axes. Nothing calls ``plt.show()`` or changes global settings: the
report style (:mod:`kit.style`) is applied inside each call only.

The numbers are computed by the stages (``kit.term_frequencies``, ``kit.keyness``,
``kit.dispersion``, :func:`kit.speaker_topic_counts`, :func:`kit.topic_shares`, ...);
plots only draw. What a chart drew is kept on its Axes as
``ax.kit_chart`` (a :class:`Chart`: the exact rows drawn, and a provenance dict built from
the data's ``attrs`` and the ``filters`` given), which :func:`kit.export_chart` writes out as CSV
and JSON. Read it with :func:`chart_of`.

Provenance (:mod:`kit.provenance`) comes from the data's ``attrs`` and from the
``filters=`` keyword every plot function takes, e.g. ``filters={"speaker": "Xi Jinping",
"topic": "terrorism"}``. The chart's title is built from them, in plain words ("Most
frequent words: Xi Jinping on terrorism", then "1 article, 3 sentences") unless ``title=``
is given. ``source_line=True`` prints a source line under the figure (articles, selection,
date, kit version: :func:`add_source_line`); :func:`kit.export_chart` and the report add it
by default.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.figure import Figure, SubFigure
from matplotlib.layout_engine import ConstrainedLayoutEngine, TightLayoutEngine
from matplotlib.text import Text

from ._tables import require_columns
from .provenance import describe_subject, heading, provenance, said_by, source_text
from .speakers import NO_SPEAKER
from .style import DIVERGING, FULL_WIDTH, OKABE_ITO, SEQUENTIAL_CMAP, report_style
from .topics import speaker_topic_counts, topic_shares

__all__ = [
    "Chart",
    "add_source_line",
    "chart_of",
    "plot_dispersion",
    "plot_keyness",
    "plot_over_time",
    "plot_speaker_topics",
    "plot_terms",
    "plot_terms_by",
    "plot_topic_shares",
    "remove_source_line",
]

NO_MATCH = "No sentences match"
_UNIT_NAMES = {"noun_phrase": "noun phrases", "entity": "names"}
_NGRAM_NAMES = {2: "two-word phrases", 3: "three-word phrases", 4: "four-word phrases"}
_VALUE_LABELS = {
    "count": "Occurrences",
    "per_1000": "Occurrences per 1,000 words",
    "n_sentences": "Sentences containing the term",
}
_TERM_COLUMNS = ("term", "count", "per_1000", "n_sentences")
_BY_NAMES = {"speaker": "speaker", "topics": "topic", "article_id": "article"}


@dataclass
class Chart:
    """What a plot function drew: ``kind``, the rows drawn (``data``) and ``provenance``."""

    kind: str
    data: pd.DataFrame
    provenance: dict[str, Any] = field(default_factory=dict)


# The Axes attribute a Chart is kept in. Axes has no such attribute in matplotlib's types, so it
# is set and read by name, here and in _record only.
_CHART_ATTR = "kit_chart"


def chart_of(ax: Axes) -> Chart | None:
    """The :class:`Chart` a kit plot function recorded on ``ax``, or None."""
    return getattr(ax, _CHART_ATTR, None)


# --- term frequencies ---------------------------------------------------------------------


def plot_terms(
    data: pd.DataFrame,
    *,
    value: str = "count",
    top: int | None = 20,
    color: str | None = None,
    title: str | None = None,
    filters: Mapping[str, Any] | None = None,
    options: Mapping[str, Any] | None = None,
    sentences: pd.DataFrame | None = None,
    source_line: bool = False,
    ax: Axes | None = None,
) -> Axes:
    """Horizontal bars of term frequencies, largest at the top, each bar labelled.

    ``data`` is what :func:`kit.term_frequencies` returns (columns term, count, per_1000,
    n_sentences); ``value`` picks the column drawn, ``top`` the number of bars. Returns the
    Axes; an empty table draws a "No sentences match" panel.
    """
    require_columns(data, ["term", value], "plot_terms", hint="pass kit.term_frequencies(df)")
    prov = provenance(
        data,
        sentences=sentences,
        filters=filters,
        options={"value": value, "top": top, **(options or {})},
    )
    rows = data.sort_values([value, "term"], ascending=[False, True], kind="stable")
    rows = rows.head(top) if top else rows
    rows = rows[[c for c in data.columns if c in (*_TERM_COLUMNS, value)]].reset_index(drop=True)
    title = title or _terms_heading(prov)
    with report_style():
        ax = _new_axes(ax, height=_bars_height(len(rows)))
        _record(ax, "terms", rows, prov)
        if rows.empty:
            return _done(_empty_panel(ax, title), source_line)
        y = np.arange(len(rows))
        bars = ax.barh(y, rows[value], color=color or OKABE_ITO[0], height=0.7)
        ax.set_yticks(y, rows["term"].astype(str))
        ax.set_ylim(len(rows) - 0.5, -0.5)  # largest at the top, no empty band
        ax.bar_label(bars, labels=_fmt_values(rows[value], value), padding=2, fontsize="small")
        _value_axis(ax, value, rows[value].max())
        _title(ax, title)
    return _done(ax, source_line)


def plot_terms_by(
    data: pd.DataFrame,
    *,
    by: str | None = None,
    value: str = "per_1000",
    top: int = 8,
    max_groups: int = 6,
    ncols: int | None = None,
    title: str | None = None,
    filters: Mapping[str, Any] | None = None,
    options: Mapping[str, Any] | None = None,
    sentences: pd.DataFrame | None = None,
    source_line: bool = False,
    ax: Axes | None = None,
) -> Axes:
    """Term frequencies of several speakers or topics as small multiples: a panel a group.

    ``data`` is ``kit.term_frequencies(df, by=...)`` in long form; ``by`` names the group
    column (found from ``data.attrs["by"]`` or the one extra column when left out). Each of
    the ``max_groups`` largest groups gets its own panel with its own ``top`` terms, largest
    at the top; all panels share one value axis, so bar lengths compare across panels.
    ``value`` defaults to ``per_1000`` since groups say different amounts.

    With ``ax`` given (a subplot), the panels take its place in its figure. Returns the
    first panel's Axes; every panel is in ``ax.figure.axes``, and the rows drawn (group,
    term, value) are recorded on the first panel.
    """
    by = by or _group_column(data)
    require_columns(
        data, ["term", value, by], "plot_terms_by", hint="pass kit.term_frequencies(df, by=)"
    )
    prov = provenance(
        data,
        sentences=sentences,
        filters=filters,
        options={"value": value, "top": top, "by": by, **(options or {})},
    )
    count_col = "count" if "count" in data.columns else value
    sizes = data.groupby(by, sort=False)[count_col].sum()
    groups = list(sizes.sort_values(ascending=False, kind="stable").index[:max_groups])
    ranked = data[data[by].isin(groups)].sort_values(
        [value, "term"], ascending=[False, True], kind="stable"
    )
    per_group = {g: ranked[ranked[by] == g].head(top) for g in groups}
    keep = [c for c in (by, *_TERM_COLUMNS) if c in data.columns]
    rows = pd.concat([per_group[g][keep] for g in groups] or [data[keep].iloc[:0]])
    rows = rows.reset_index(drop=True)
    title = title or _terms_heading(prov, by=_BY_NAMES.get(by, by))
    n = len(groups)
    ncols = max(1, min(ncols or (1 if n < 2 else 2), n or 1))
    nrows = max(1, -(-n // ncols))
    with report_style():
        if not n or rows.empty:
            ax = _new_axes(ax, height=_bars_height(0))
            _record(ax, "terms_by", rows, prov, title)
            return _done(_empty_panel(ax, title), source_line)
        height = nrows * (0.55 + 0.19 * max(top, 3)) + 0.9
        panel_area = _panel_area(ax, width=FULL_WIDTH, height=height)
        panels = panel_area.subplots(nrows, ncols, sharex=True, squeeze=False).ravel()
        top_value = float(rows[value].max()) if len(rows) else 0.0
        for i, (panel, group) in enumerate(zip(panels, groups, strict=False)):
            own = per_group[group]
            y = np.arange(len(own))
            bars = panel.barh(y, own[value], color=OKABE_ITO[0], height=0.7)
            labels = _fmt_values(own[value], value)
            panel.bar_label(bars, labels=labels, padding=2, fontsize="small")
            panel.set_yticks(y, [_shorten(str(t), 24) for t in own["term"]])
            panel.set_ylim(max(top, len(own)) - 0.5, -0.5)  # same bar height in every panel
            panel.set_title(_shorten(str(group), 40), loc="left", fontsize="medium")
            panel.xaxis.grid(True)
            panel.tick_params(axis="y", length=0)
            panel.tick_params(axis="x", labelbottom=i >= n - ncols)
        for panel in panels[n:]:
            panel.set_visible(False)
        panels[0].set_xlim(0, (top_value or 1) * 1.18)  # shared: room for the bar labels
        if value in ("count", "n_sentences"):
            _integer_ticks(panels[0].xaxis)
        panel_area.supxlabel(_VALUE_LABELS.get(value, value.replace("_", " ")), fontsize="medium")
        _suptitle(panel_area, title)
        ax = panels[0]
        _record(ax, "terms_by", rows, prov, title)
    return _done(ax, source_line)


# --- keyness ------------------------------------------------------------------------------


def plot_keyness(
    data: pd.DataFrame,
    *,
    top: int = 10,
    alpha: float = 0.05,
    focus_label: str | None = None,
    reference_label: str | None = None,
    min_sentences: int = 5,
    min_effect: float = 0.5,
    exclude: Iterable[str] | None = None,
    title: str | None = None,
    filters: Mapping[str, Any] | None = None,
    options: Mapping[str, Any] | None = None,
    sentences: pd.DataFrame | None = None,
    source_line: bool = False,
    ax: Axes | None = None,
) -> Axes:
    """Keyness as diverging bars: log ratio, focus side right, reference side left.

    ``data`` is :func:`kit.keyness` output (term, count_focus, count_reference, g2,
    p_value, log_ratio). The ``top`` terms with the largest G² on each side are drawn;
    bars with ``p_value < alpha`` are solid and starred, the others pale.

    The title names both sides: ``focus_label`` and ``reference_label``, else those the
    table carries (``data.attrs``), where a generic "the selection" gives way to what the
    ``filters`` select ("Xi Jinping on terrorism"). A side with fewer than
    ``min_sentences`` sentences (``data.attrs["n_focus"]``/``["n_reference"]``) is too
    small for the test to mean much: then no bar is starred and the chart says so. Bars
    with ``|log_ratio| < min_effect`` (under about 1.4 times as frequent) are left out, and
    when the reference is "the rest" (the complement of the selection), its side shows only
    significant terms: the pale near-zero bars there say nothing. ``exclude`` drops terms
    (case-insensitive), such as the topic's own lexicon entries when a topic is compared
    with the rest (:func:`kit.report.topic_words`), which would be key by construction.
    """
    require_columns(
        data, ["term", "g2", "p_value", "log_ratio"], "plot_keyness", hint="pass kit.keyness(...)"
    )
    excluded = sorted({str(t).casefold() for t in exclude or ()})
    prov = provenance(
        data,
        sentences=sentences,
        filters=filters,
        options={
            "top": top,
            "alpha": alpha,
            "min_sentences": min_sentences,
            "min_effect": min_effect,
            **({"excluded": excluded} if excluded else {}),
            **(options or {}),
        },
    )
    attrs = data.attrs
    focus_label = focus_label or _focus_name(attrs.get("focus"), prov)
    against_rest = (reference_label or str(attrs.get("reference", ""))).casefold() in _REST_NAMES
    reference_label = reference_label or _label(attrs.get("reference"), "the rest")
    sizes = {side: attrs.get(f"n_{side}") for side in ("focus", "reference")}
    small = {
        side: int(n) for side, n in sizes.items() if n is not None and int(n) < min_sentences
    }
    table = data
    if excluded:
        table = table[~table["term"].astype(str).str.casefold().isin(excluded)]
    ratio = table["log_ratio"].astype(float)
    table = table[ratio.abs() >= min_effect]
    sig = (table["p_value"] < alpha) & (not small)
    if against_rest:  # the complement's side: only what it uses significantly more
        table = table[(table["log_ratio"] > 0) | sig]
    finite = table[np.isfinite(table["log_ratio"].astype(float))]
    strength = table["g2"].astype(float).abs()  # G² is signed by the stage: + over-used in focus
    pos = table[table["log_ratio"] > 0].loc[lambda d: strength[d.index].nlargest(top).index]
    neg = table[table["log_ratio"] < 0].loc[lambda d: strength[d.index].nlargest(top).index]
    rows = pd.concat([pos.sort_values("log_ratio", ascending=False), neg.sort_values("log_ratio")])
    keep = ("term", "count_focus", "count_reference", "g2", "p_value", "log_ratio")
    rows = rows[[c for c in keep if c in rows.columns]].reset_index(drop=True)
    rows["significant"] = (rows["p_value"] < alpha) & (not small)
    limit = float(finite["log_ratio"].abs().max()) if len(finite) else 1.0
    shown = rows["log_ratio"].astype(float).clip(-limit * 1.1, limit * 1.1)
    absent = _absent_sides(rows, shown).to_numpy(dtype=bool)
    rows["absent_on_other_side"] = absent
    title = title or heading(f"Key terms: {focus_label} vs {reference_label}", prov, subject=False)
    notes = [
        f"{_side_name(side, focus_label, reference_label)} has only "
        f"{n} sentence{'' if n == 1 else 's'} (fewer than {min_sentences}): "
        "too few to test, no term is marked significant"
        for side, n in small.items()
    ]
    with report_style():
        # above and below the bars: a two-line title, the side labels, a three-line axis
        # legend and the notes; with few bars a plain bar chart's room left them no space
        extra = _KEYNESS_DECORATIONS + 0.25 * len(notes)
        ax = _new_axes(ax, height=_bars_height(len(rows)) + extra)
        _record(ax, "keyness", rows, prov, title)
        if rows.empty:
            return _done(_empty_panel(ax, title), source_line)
        colors = [
            (DIVERGING["focus"] if v > 0 else DIVERGING["reference"]) if sig else DIVERGING["faint"]
            for v, sig in zip(shown, rows["significant"], strict=True)
        ]
        y = np.arange(len(rows))
        ax.barh(y, shown, color=colors, height=0.7)
        labels = [
            f"{t}{' *' if s else ''}{' †' if a else ''}"
            for t, s, a in zip(rows["term"], rows["significant"], absent, strict=True)
        ]
        ax.set_yticks(y, labels)
        ax.set_ylim(max(len(rows), 3) - 0.5, -0.5)
        ax.axvline(0, color="#444444", linewidth=0.6)
        span = max(float(shown.abs().max()), 0.5)
        # a side with no bars (the rest, when nothing there is significant) keeps a sliver
        left = span * (1.08 if (shown < 0).any() else 0.3)
        right = span * (1.08 if (shown > 0).any() else 0.3)
        ax.set_xlim(-left, right)
        ax.xaxis.grid(True)
        legend = (
            f"* significant (log-likelihood G², p < {alpha:g}); pale bars: not significant"
            if not small
            else "pale bars: not tested (a side is too small)"
        )
        ax.set_xlabel(
            "Log ratio (log₂ of the relative frequencies, focus / reference)\n"
            + legend
            + ("\n† not used on the other side" if absent.any() else "")
            + "".join(f"\n{note}" for n in notes for note in textwrap.wrap(n, _label_chars(ax)))
        )
        for x, ha, text, side in (
            (1.0, "right", f"more in {_shorten(focus_label, 40)} →", "focus"),
            (0.0, "left", f"← more in {_shorten(reference_label, 40)}", "reference"),
        ):
            ax.text(
                x,
                1.01,
                text,
                transform=ax.transAxes,
                ha=ha,
                va="bottom",
                fontsize="medium",
                color=DIVERGING[side],
                fontweight="bold",
            )
        _title(ax, title, pad=16)
    return _done(ax, source_line)


# --- dispersion ---------------------------------------------------------------------------


def plot_dispersion(
    data: pd.DataFrame,
    *,
    terms: Sequence[str] | None = None,
    title: str | None = None,
    filters: Mapping[str, Any] | None = None,
    options: Mapping[str, Any] | None = None,
    sentences: pd.DataFrame | None = None,
    source_line: bool = False,
    ax: Axes | None = None,
) -> Axes:
    """A dispersion (barcode) plot: one row a term, one tick where it occurs in the text.

    ``data`` is :func:`kit.dispersion` output: one row an occurrence, with ``term`` and a
    ``position`` in the text (0 = start, 1 = end of the table's words); without a
    ``position`` column the article offset (``start``) is used, articles laid end to end.
    With ``sentences`` (the table searched) the article boundaries are drawn as thin lines.
    ``terms`` fixes the rows' order (and shows terms that never occur as empty rows).
    """
    pos_col = _first_present(data, ("position", "offset", "start", "start_char"))
    if len(data.columns):  # kit.dispersion of no terms is a table without columns
        require_columns(
            data, ["term", pos_col or "position"], "plot_dispersion", hint="kit.dispersion()"
        )
    else:
        data = pd.DataFrame({"term": [], "position": []})
    prov = provenance(
        data,
        sentences=sentences,
        filters=filters,
        options={"terms": list(terms) if terms else None, **(options or {})},
    )
    order = list(terms) if terms else list(pd.unique(data["term"]))
    x, boundaries, xlabel = _positions(data, pos_col, sentences)
    rows = data.assign(x=x)
    title = title or heading("Where the terms occur", prov)
    with report_style():
        ax = _new_axes(ax, height=max(1.4, 0.32 * len(order) + 1.0))
        _record(ax, "dispersion", rows, prov)
        if not order:
            return _done(_empty_panel(ax, title), source_line)
        for i, term in enumerate(order):
            xs = rows.loc[rows["term"] == term, "x"].to_numpy(dtype=float)
            ax.vlines(xs, i - 0.38, i + 0.38, color=OKABE_ITO[i % 7], linewidth=1.2)
        for b in boundaries:
            ax.axvline(b, color="#999999", linewidth=0.5, linestyle=":")
        counts = rows["term"].value_counts()
        ax.set_yticks(range(len(order)), [f"{t} ({counts.get(t, 0)})" for t in order])
        ax.set_ylim(len(order) - 0.5, -0.5)
        ax.set_xlim(0, 1)
        ax.set_xlabel(xlabel)
        ax.tick_params(axis="y", length=0)
        ax.spines["left"].set_visible(False)
        _title(ax, title)
    return _done(ax, source_line)


# --- speakers by topics -------------------------------------------------------------------


def plot_speaker_topics(
    data: pd.DataFrame,
    *,
    max_speakers: int = 15,
    title: str | None = None,
    filters: Mapping[str, Any] | None = None,
    options: Mapping[str, Any] | None = None,
    sentences: pd.DataFrame | None = None,
    source_line: bool = False,
    ax: Axes | None = None,
) -> Axes:
    """A heatmap of sentence counts, speakers by topics, each cell labelled.

    ``data`` is :func:`speaker_topic_counts` output, or a sentence table with ``speaker``
    and ``topics`` columns (counted here with the defaults). The ``max_speakers`` speakers
    with the most sentences are drawn.
    """
    table = speaker_topic_counts(data) if "topics" in data.columns else data
    prov = provenance(
        table,
        sentences=sentences,
        filters=filters,
        options={"max_speakers": max_speakers, **(options or {})},
    )
    if NO_SPEAKER in table.index:  # keep "(no speaker)" as the last row, whatever the cut
        named = table.drop(index=NO_SPEAKER).head(max_speakers - 1)
        table = pd.concat([named, table.loc[[NO_SPEAKER]]])
    else:
        table = table.head(max_speakers)
    rows = table.reset_index().melt(id_vars=[table.index.name or "index"], value_name="n_sentences")
    title = title or heading("Sentences by speaker and topic", prov)
    n_rows, n_cols = table.shape
    # long names are wrapped (two lines at most, then shortened with "…") for the chart only:
    # the recorded rows, and so the CSV, keep them whole
    row_labels = [_wrap_label(str(r), 22, 2) for r in table.index]
    two_line_rows = any("\n" in label for label in row_labels)
    with report_style():
        size = plt.rcParams["ytick.labelsize"]
        size = size if isinstance(size, float | int) else 8.0
        label_in = max((_text_inches(r, size) for r in row_labels), default=0.0) + 0.15
        col_labels = [_wrap_label(str(c), 12, 3) for c in table.columns]
        col_in = max((_text_inches(c, size) for c in col_labels), default=0.0) + 0.12
        width = min(FULL_WIDTH, max(4.8, label_in + 0.3 + max(0.6, col_in) * n_cols))
        upright = label_in + 0.3 + col_in * n_cols <= width
        if not upright:  # turned a quarter: one line of text a column, never overlapping
            col_labels = [_wrap_label(str(c), 18, 2) for c in table.columns]
        col_lines = max((c.count("\n") + 1 for c in col_labels), default=1)
        head_in = 0.17 * col_lines if upright else max(_text_inches(c, size) for c in col_labels)
        row_h = 0.36 if two_line_rows else 0.3
        ax = _new_axes(ax, width=width, height=max(1.8, row_h * n_rows + 1.0 + head_in))
        _record(ax, "speaker_topics", rows, prov, title)
        if table.empty or table.to_numpy().sum() == 0:
            return _done(_empty_panel(ax, title), source_line)
        values = table.to_numpy()
        image = ax.imshow(values, cmap=SEQUENTIAL_CMAP, aspect="auto", vmin=0)
        for (r, c), v in np.ndenumerate(values):
            dark = image.cmap(image.norm(v))
            luminance = 0.299 * dark[0] + 0.587 * dark[1] + 0.114 * dark[2]
            ax.text(
                c,
                r,
                str(v),
                ha="center",
                va="center",
                fontsize="small",
                color="black" if luminance > 0.5 else "white",
            )
        ax.set_xticks(range(n_cols), col_labels)
        ax.set_yticks(range(n_rows), row_labels)
        ax.tick_params(length=0)
        ax.xaxis.tick_top()
        if not upright:
            plt.setp(ax.get_xticklabels(), rotation=90, ha="center", va="bottom")
        for spine in ax.spines.values():
            spine.set_visible(False)
        _title(ax, title)
    return _done(ax, source_line)


# --- topic shares -------------------------------------------------------------------------


def plot_topic_shares(
    data: pd.DataFrame,
    *,
    by: str | None = None,
    max_groups: int = 25,
    title: str | None = None,
    filters: Mapping[str, Any] | None = None,
    options: Mapping[str, Any] | None = None,
    sentences: pd.DataFrame | None = None,
    source_line: bool = False,
    ax: Axes | None = None,
) -> Axes:
    """Topic shares per article (grouped bars) or over time (one line a topic).

    ``data`` is :func:`topic_shares` output, or a sentence table with a ``topics`` column
    (then ``by`` is ``"date"`` when at least two distinct dates are known, otherwise
    ``"article_id"``). Per article, the ``max_groups`` articles with the most topical
    sentences are drawn. Shares need not sum to one: a sentence may touch several topics.
    """
    if "topics" in data.columns:
        if by is None:
            dated = "date" in data.columns and (
                pd.to_datetime(data["date"], errors="coerce", format="mixed").nunique() >= 2
            )
            by = "date" if dated else "article_id"
        data = topic_shares(data, by=by)
    by = by or data.attrs.get("by") or ("date" if "date" in data.columns else "article_id")
    require_columns(
        data, [by, "topic", "share"], "plot_topic_shares", hint="pass kit.topic_shares(df)"
    )
    prov = provenance(
        data, sentences=sentences, filters=filters, options={"by": by, **(options or {})}
    )
    topics = list(
        data.groupby("topic")["n_sentences"].sum().sort_values(ascending=False, kind="stable").index
    )
    over_time = by == "date"
    rows = data
    if not over_time and len(rows):
        keep = (
            rows.groupby(by)["n_sentences"]
            .sum()
            .sort_values(ascending=False, kind="stable")
            .index[:max_groups]
        )
        rows = rows[rows[by].isin(keep)]
    rows = rows.reset_index(drop=True)
    where = "over time" if over_time else ("per article" if by == "article_id" else f"by {by}")
    title = title or heading(f"Share of sentences on each topic {where}", prov)
    groups = list(pd.unique(rows[by])) if len(rows) else []
    with report_style():
        height = 3.0 if over_time else _bars_height(len(groups) * max(1, len(topics)), per_bar=0.12)
        ax = _new_axes(ax, height=max(height, 2.0))
        _record(ax, "topic_shares", rows, prov)
        if rows.empty:
            return _done(_empty_panel(ax, title), source_line)
        wide = rows.pivot_table(index=by, columns="topic", values="share", fill_value=0)
        wide = wide.reindex(columns=topics, fill_value=0)
        if over_time:
            for i, topic in enumerate(topics):
                ax.plot(
                    wide.index,
                    wide[topic] * 100,
                    marker="o",
                    markersize=3,
                    linewidth=1.3,
                    color=OKABE_ITO[i % len(OKABE_ITO)],
                    label=str(topic),
                )
            locator = mdates.AutoDateLocator(maxticks=8)
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
            ax.set_xlabel("Date")
            ax.yaxis.grid(True)
        else:
            wide = wide.reindex(groups)
            n = len(topics)
            height = 0.8 / max(n, 1)
            y = np.arange(len(wide))
            for i, topic in enumerate(topics):
                bars = ax.barh(
                    y + (i - (n - 1) / 2) * height,
                    wide[topic] * 100,
                    height=height * 0.92,
                    color=OKABE_ITO[i % len(OKABE_ITO)],
                    label=str(topic),
                )
                if len(wide) * n <= 24:  # few bars: write the shares on them
                    shares = [f"{v:.0f}%" if v >= 10 else f"{v:.1f}%" for v in wide[topic] * 100]
                    ax.bar_label(bars, labels=shares, padding=2, fontsize="small")
            ax.set_yticks(y, [_shorten(str(g), 28) for g in wide.index])
            ax.invert_yaxis()
            ax.xaxis.grid(True)
        value_axis = ax.yaxis if over_time else ax.xaxis
        top_share = float(np.nanmax(wide.to_numpy())) * 100 if wide.size else 1.0
        value_axis.set_major_formatter(
            mticker.PercentFormatter(xmax=100, decimals=0 if top_share >= 5 else None)
        )
        (ax.set_ylim if over_time else ax.set_xlim)(0, min(100, max(top_share * 1.15, 1.0)))
        if over_time:
            ax.set_ylabel("Sentences mentioning the topic (%)")
        else:
            ax.set_xlabel("Sentences mentioning the topic (% of the article's sentences)")
        ax.legend(title="topic", loc="upper left", bbox_to_anchor=(1.01, 1.0))
        _title(ax, title)
    return _done(ax, source_line)


# --- over time ----------------------------------------------------------------------------


def plot_over_time(
    data: pd.DataFrame,
    *,
    percent: bool = True,
    ylabel: str | None = None,
    max_series: int = 8,
    title: str | None = None,
    filters: Mapping[str, Any] | None = None,
    options: Mapping[str, Any] | None = None,
    sentences: pd.DataFrame | None = None,
    source_line: bool = False,
    ax: Axes | None = None,
) -> Axes:
    """One line a term or topic, its share per period.

    ``data`` is wide: one row a period (the index: dates, pandas Periods, or labels such as
    ``"2019-W03"``), one column a term or topic, each cell a share (0-1, drawn as a
    percentage when ``percent``) or any other number (``percent=False``). The
    ``max_series`` columns with the largest totals are drawn, in that order. The long
    output of :func:`kit.term_shares` (``date``, ``term``, ``share``) is drawn as it is.
    Returns the Axes; the rows drawn (long form: period, series, value) are recorded on it.
    """
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"plot_over_time expects a DataFrame, got {type(data).__name__}")
    if {"date", "term", "share"} <= set(data.columns):  # kit.term_shares, one row a pair
        data = data.pivot(index="date", columns="term", values="share")
    prov = provenance(
        data,
        sentences=sentences,
        filters=filters,
        options={"percent": percent, "max_series": max_series, **(options or {})},
    )
    wide = data.apply(pd.to_numeric, errors="coerce").fillna(0.0)
    order = wide.sum().sort_values(ascending=False, kind="stable").index[:max_series]
    wide = wide[list(order)]
    index = wide.index
    if isinstance(index, pd.PeriodIndex):
        index = index.to_timestamp()
    dated = isinstance(index, pd.DatetimeIndex)
    period = wide.index.name or "period"
    rows = (
        wide.rename_axis(period)
        .reset_index()
        .melt(id_vars=period, var_name="series", value_name="value")
    )
    title = title or heading("Share over time" if percent else "Over time", prov)
    with report_style():
        ax = _new_axes(ax, height=3.2)
        _record(ax, "over_time", rows, prov)
        if wide.empty or not len(order):
            return _done(_empty_panel(ax, title), source_line)
        x = index if dated else np.arange(len(index))
        scale = 100.0 if percent else 1.0
        for i, name in enumerate(order):
            ax.plot(
                x,
                wide[name].to_numpy(dtype=float) * scale,
                marker="o",
                markersize=3,
                linewidth=1.3,
                color=OKABE_ITO[i % len(OKABE_ITO)],
                label=str(name),
            )
        if dated:
            locator = mdates.AutoDateLocator(maxticks=8)
            ax.xaxis.set_major_locator(locator)
            ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        else:
            step = max(1, -(-len(index) // 10))  # at most about ten labels
            ax.set_xticks(x[::step], [str(v) for v in index[::step]])
        if percent:
            ax.yaxis.set_major_formatter(mticker.PercentFormatter(xmax=100))
            ax.set_ylim(0, None)
        ax.set_ylabel(ylabel or ("Share (%)" if percent else "Value"))
        ax.yaxis.grid(True)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0))
        _title(ax, title)
    return _done(ax, source_line)


# --- helpers ------------------------------------------------------------------------------


SOURCE_LINE_GID = "kit-source-line"


def add_source_line(fig_or_ax: Figure | Axes, text: str | None = None) -> Text:
    """Print a source line under a figure: articles, selection, date, kit version.

    ``text`` defaults to :func:`kit.provenance.source_text` of the chart recorded on the
    Axes (or the figure's first kit chart). A figure holds one source line: a second call
    replaces the first. With constrained layout, the panels make room for it. Returns the
    Text; ``remove_source_line`` takes it away again.
    """
    fig = _root_figure(fig_or_ax) if isinstance(fig_or_ax, Axes) else fig_or_ax
    if text is None:
        axes = [fig_or_ax] if isinstance(fig_or_ax, Axes) else list(fig.axes)
        chart = next((c for a in axes if (c := chart_of(a)) is not None), None)
        text = source_text(chart.provenance if chart else {})
    remove_source_line(fig)
    with report_style():
        size = plt.rcParams["xtick.labelsize"]
        size = size if isinstance(size, float | int) else 8.0
        chars = max(40, int(fig.get_figwidth() * 72 / (size * 0.58)) - 2)
        wrapped = "\n".join(textwrap.wrap(text, chars))
        label = fig.text(
            0.01, 0.01, wrapped, ha="left", va="bottom", fontsize=size, color="#555555"
        )
    label.set_gid(SOURCE_LINE_GID)
    lines = wrapped.count("\n") + 1
    room = min((lines * size * 1.25 + 6) / 72 / fig.get_figheight(), 0.4)
    _layout_rect(fig, (0, room, 1, 1 - room))
    return label


def remove_source_line(fig: Figure) -> None:
    """Take the source line (:func:`add_source_line`) off ``fig``, if it has one."""
    for text in [t for t in fig.texts if t.get_gid() == SOURCE_LINE_GID]:
        text.remove()
        _layout_rect(fig, (0, 0, 1, 1))


def _layout_rect(fig: Figure, rect: tuple[float, float, float, float]) -> None:
    """Give ``rect`` to the figure's constrained (or tight) layout engine, which then keeps the
    panels inside it; a figure without such an engine is left as it is."""
    engine = fig.get_layout_engine()
    if isinstance(engine, ConstrainedLayoutEngine | TightLayoutEngine):
        engine.set(rect=rect)


def _root_figure(ax: Axes) -> Figure:
    """The figure ``ax`` is drawn in (the top one, when ``ax`` is in a subfigure)."""
    fig = ax.get_figure(root=True)
    if fig is None:
        raise ValueError("this Axes is not in a figure: draw on one from plt.subplots()")
    return fig


def _done(ax: Axes, source_line: bool) -> Axes:
    if source_line:
        add_source_line(ax)
    return ax


def _new_axes(ax: Axes | None, *, height: float, width: float = FULL_WIDTH) -> Axes:
    if ax is not None:
        return ax
    _fig, new = plt.subplots(figsize=(width, min(max(height, 1.6), 9.5)))
    return new


def _panel_area(ax: Axes | None, *, width: float, height: float) -> Figure | SubFigure:
    """Where small multiples go: a new figure, or a subfigure in place of the given subplot."""
    if ax is None:
        return plt.figure(figsize=(width, min(max(height, 1.6), 9.5)))
    spec = ax.get_subplotspec()
    if spec is None:
        raise ValueError("plot_terms_by draws several panels: pass a subplot as ax=, or none")
    area = ax.figure.add_subfigure(spec)
    ax.remove()
    return area


def _suptitle(area: Figure | SubFigure, text: str) -> None:
    """A left-aligned title over a figure or subfigure of panels, wrapped to its width."""
    root = area.get_figure(root=True)
    width = root.get_figwidth() * (area.bbox.width / root.bbox.width if root.bbox.width else 1)
    chars = max(30, int(width * 72 / (9.5 * 0.62)) - 4)
    lines = [w for line in text.split("\n") for w in (textwrap.wrap(line, chars) or [""])]
    size = plt.rcParams["axes.titlesize"]
    area.suptitle("\n".join(lines), x=0.0, ha="left", fontsize=size, fontweight="bold")


_KEYNESS_DECORATIONS = 0.9  # inches a keyness chart needs beyond a bar chart's


def _bars_height(n_bars: int, *, per_bar: float = 0.2) -> float:
    return 0.9 + per_bar * max(n_bars, 3)


def _record(
    ax: Axes, kind: str, rows: pd.DataFrame, prov: dict[str, Any], title: str | None = None
) -> None:
    prov = {**prov, "chart": kind, **({"title": _one_line(title)} if title else {})}
    rows = rows.copy()
    rows.attrs = {}
    setattr(ax, _CHART_ATTR, Chart(kind=kind, data=rows, provenance=prov))


def _empty_panel(ax: Axes, title: str) -> Axes:
    """Text in the middle of the Axes, ticks and spines hidden: the selection is empty."""
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.text(
        0.5,
        0.55,
        NO_MATCH,
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize="x-large",
        color="#444444",
    )
    ax.text(
        0.5,
        0.35,
        "Widen the speaker or topic filter, or pick other articles.",
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize="small",
        color="#777777",
    )
    _title(ax, title)
    return ax


def _title(ax: Axes, text: str, *, pad: float | None = None) -> None:
    """Set the title, each line wrapped to the width it has: the title starts at the Axes'
    left edge, so the y tick labels' width is taken off the figure's (or subfigure's)."""
    size = plt.rcParams["ytick.labelsize"]
    size = size if isinstance(size, float | int) else 8.0
    labels = [t.get_text() for t in ax.get_yticklabels()]
    label_in = max((_text_inches(t, size) for t in labels if t), default=0.0)
    area = ax.figure
    root = _root_figure(ax)
    width = root.get_figwidth() * (area.bbox.width / root.bbox.width if root.bbox.width else 1)
    ax.set_title(_wrap_title(text, max(width - label_in - 0.25, 2.0)), pad=pad)
    chart = chart_of(ax)
    if chart is not None and "title" not in chart.provenance:
        chart.provenance["title"] = _one_line(text)


def _label_chars(ax: Axes) -> int:
    """About how many characters of axis-label text fit across the figure."""
    size = plt.rcParams["axes.labelsize"]
    size = size if isinstance(size, float | int) else 9.0
    return max(40, int(_root_figure(ax).get_figwidth() * 72 / (size * 0.6)) - 6)


def _one_line(title: str) -> str:
    """A title's lines as one line: "Most frequent words: all sentences. 1 article"."""
    lines = [" ".join(line.split()) for line in title.split("\n") if line.strip()]
    return ". ".join(line.rstrip(".") for line in lines)


def _wrap_title(text: str, width_in: float) -> str:
    """``text`` with each line wrapped to fit ``width_in`` inches at the title's size."""
    size = plt.rcParams["axes.titlesize"]
    size = size if isinstance(size, float | int) else 9.5
    chars = max(24, int(width_in * 72 / (size * 0.6)) - 2)
    return "\n".join(w for line in text.split("\n") for w in (textwrap.wrap(line, chars) or [""]))


def _wrap_label(text: str, width: int, lines: int) -> str:
    """``text`` wrapped to ``width`` characters a line, at most ``lines`` lines ("…" if cut)."""
    wrapped = textwrap.wrap(text, width, break_long_words=True) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[:lines]
        wrapped[-1] = _shorten(wrapped[-1] + " …", width).rstrip(" …") + "…"
    return "\n".join(wrapped)


def _text_inches(text: str, size: float) -> float:
    """About how wide ``text`` (its longest line) is in inches at ``size`` points."""
    return max(len(line) for line in text.split("\n")) * size * 0.6 / 72


def _value_axis(ax: Axes, value: str, top_value: float) -> None:
    ax.set_xlabel(_VALUE_LABELS.get(value, value.replace("_", " ")))
    ax.xaxis.grid(True)
    ax.set_xlim(0, (top_value or 1) * 1.12)  # room for the bar labels
    if value in ("count", "n_sentences"):
        _integer_ticks(ax.xaxis)
    ax.tick_params(axis="y", length=0)


def _integer_ticks(axis: Axis) -> None:
    """Ticks at whole numbers only (the values are counts), on matplotlib's default locator."""
    locator = axis.get_major_locator()
    if isinstance(locator, mticker.MaxNLocator):
        locator.set_params(integer=True)


def _absent_sides(rows: pd.DataFrame, shown: pd.Series) -> pd.Series:
    """Bars of terms that the other side never uses (count 0, or an infinite ratio)."""
    infinite = ~rows["log_ratio"].astype(float).abs().lt(np.inf)  # ±inf or NaN
    if {"count_focus", "count_reference"} <= set(rows.columns):
        zero_other = ((shown > 0) & (rows["count_reference"] == 0)) | (
            (shown < 0) & (rows["count_focus"] == 0)
        )
        return zero_other | infinite
    return infinite


def _unit_words(options: Mapping[str, Any]) -> str:
    """What was counted, in plain words: "words", "two-word phrases", "names", ..."""
    unit = str(options.get("unit", "lemma"))
    if unit in _UNIT_NAMES:
        return _UNIT_NAMES[unit]
    ngram = options.get("ngram") or 1
    lo, hi = (ngram, ngram) if isinstance(ngram, int) else (int(ngram[0]), int(ngram[-1]))
    if lo == hi and lo > 1:
        return _NGRAM_NAMES.get(lo, f"{lo}-word phrases")
    return "words and phrases" if hi > 1 else "words"


def _terms_heading(prov: Mapping[str, Any], *, by: str | None = None) -> str:
    """ "Most frequent words: Xi Jinping on terrorism", or with the speech scope and a
    speaker filter, "Most frequent words Xi Jinping said on terrorism"."""
    options = prov.get("options") or {}
    what = _unit_words(options)
    what = f"Most {'mentioned' if what == 'names' else 'frequent'} {what}"
    if by:
        what += f" by {by}"
    said = said_by(prov)
    if said and options.get("scope") == "speech":
        return heading(f"{what} {said}", prov, subject=False)
    return heading(what, prov)


def _fmt_values(values: pd.Series, value: str) -> list[str]:
    if value in ("count", "n_sentences"):
        return [f"{int(v):,}" for v in values]
    return [f"{v:.1f}" if abs(v) < 100 else f"{v:,.0f}" for v in values]


def _group_column(data: pd.DataFrame) -> str:
    by = data.attrs.get("by")
    if isinstance(by, str) and by in data.columns:
        return by
    extra = [c for c in data.columns if c not in _TERM_COLUMNS]
    if len(extra) != 1:
        raise ValueError(f"plot_terms_by: say which column holds the groups with by= ({extra})")
    return extra[0]


def _first_present(data: pd.DataFrame, names: Sequence[str]) -> str | None:
    return next((n for n in names if n in data.columns), None)


def _positions(
    data: pd.DataFrame, col: str | None, sentences: pd.DataFrame | None
) -> tuple[np.ndarray, list[float], str]:
    """x in [0, 1] for each occurrence, article boundaries, and the axis label."""
    ids = list(pd.unique(data["article_id"])) if "article_id" in data.columns else []
    if sentences is not None and "article_id" in sentences.columns:
        ids = list(pd.unique(sentences["article_id"]))
    label = (
        "Position in the text (0 = start, 1 = end)"
        if len(ids) <= 1
        else f"Position across {len(ids)} articles, laid end to end"
    )
    if col is None or data.empty:
        return np.zeros(len(data)), [], label
    if col == "position":  # words before the hit / words of the table (kit.dispersion)
        bounds = []
        if sentences is not None and len(ids) > 1 and "n_words" in sentences.columns:
            words = sentences.groupby("article_id", sort=False)["n_words"].sum().reindex(ids)
            bounds = list((words.cumsum() / max(words.sum(), 1)).iloc[:-1])
        return data[col].to_numpy(dtype=float), bounds, label
    # character offsets within each article: lay the articles end to end by their length
    store = (
        data.attrs.get("articles")
        or (sentences.attrs.get("articles") if sentences is not None else None)
        or {}
    )
    order = ids or [None]
    lengths = []
    for a in order:
        if a in store and "text" in store[a]:
            lengths.append(len(store[a]["text"]))
        else:  # the text is not at hand: the last offset seen stands in for the length
            hits = data[col] if a is None else data.loc[data["article_id"] == a, col]
            lengths.append(int(hits.max()) + 1 if len(hits) else 1)
    widths = np.asarray(lengths, dtype=float)
    starts = dict(zip(order, np.concatenate([[0.0], np.cumsum(widths)[:-1]]), strict=True))
    total = widths.sum() or 1.0
    art = data["article_id"] if "article_id" in data.columns else [None] * len(data)
    base = np.array([starts.get(a, 0.0) for a in art], dtype=float)
    x = (base + data[col].to_numpy(dtype=float)) / total
    return x, [starts[a] / total for a in order[1:]], label


_REST_NAMES = {"the rest", "rest", "the rest of the sentences", "the other sentences"}


def _focus_name(value: Any, prov: Mapping[str, Any]) -> str:
    """The focus side's name: the table's own, or what the filters select for a generic one."""
    name = _label(value, "the selection")
    if name in ("the selection", "focus") and prov.get("filters"):
        return describe_subject(prov)
    return name


def _side_name(side: str, focus: str, reference: str) -> str:
    name = focus if side == "focus" else reference
    return name[:1].upper() + name[1:]


def _label(value: Any, default: str) -> str:
    if isinstance(value, Mapping):
        return ", ".join(f"{v}" for v in value.values()) or default
    return str(value) if value else default


def _shorten(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
