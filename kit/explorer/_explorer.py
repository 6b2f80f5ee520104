"""The Explorer widget: layout, wiring and the views (see :mod:`kit.explorer`)."""

from __future__ import annotations

import html
import io
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import HTML, Image, display

from ..export import CHART_FORMATS, export_chart
from ..plots import Chart, chart_of, plot_keyness, plot_speaker_topics, plot_terms
from ..report import write_report
from ..speakers import NO_SPEAKER, attribute_speakers, speaker_summary
from ..terms import TermIndex, TermOptions, kwic
from ..topics import speaker_topic_counts, tag_topics, topics_summary
from ._html import (
    CSS,
    KWIC_HINT,
    empty_reason,
    kwic_html,
    message_html,
    plural,
    sentences_html,
    status_html,
)
from ._selection import Selector
from ._state import (
    DEFAULT_STATE,
    UNITS,
    VIEWS,
    check_state,
    filters_of,
    term_options_of,
)

__all__ = ["DEFAULT_STATE", "Explorer"]

DISPLAY_DPI = 100  # the on-screen chart; exports take their own DPI
_CONTROL_WIDTH = 310  # pixels: the filter column's controls
_DESCRIBED = {"description_width": "72px"}


class Explorer:
    """Widgets to filter a sentence table and see its terms, lines, keyness and speakers.

    ``Explorer(df, *, state=None, topics=None, export_dir="exports")``: ``df`` is a sentence
    table (``kit.load_article`` / ``load_corpus``); the speakers and topics stages run on it
    when it lacks their columns (``topics`` is the lexicon for :func:`kit.tag_topics`).
    ``state`` opens it pre-filtered (keys as in :data:`DEFAULT_STATE`; any subset).
    ``export_dir`` is where the Export button writes.

    Display it by leaving it last in a cell (or ``display(explorer)``). Read ``state``,
    ``selection`` (the matching sentences), ``terms`` (the frequency table drawn) and call
    :meth:`export_chart` from code as well.
    """

    def __init__(
        self,
        df: pd.DataFrame,
        *,
        state: Mapping[str, Any] | None = None,
        topics: Any = None,
        export_dir: str | Path = "exports",
    ) -> None:
        if not isinstance(df, pd.DataFrame) or "text" not in df.columns:
            raise TypeError("Explorer needs a kit sentence table (kit.load_article, load_corpus)")
        self.df = _with_stages(df, topics=topics)
        self.export_dir = Path(export_dir)
        self._n = len(self.df)
        self._articles = self.df["article_id"].astype(str).to_numpy(dtype=object)
        self._n_articles = len(pd.unique(self._articles))
        self._speaker = (
            self.df["speaker"].astype(object).where(self.df["speaker"].notna(), NO_SPEAKER)
        ).to_numpy(dtype=object)
        self._selector = Selector(self.df)
        self._rows = np.arange(self._n)
        self._problem: str | None = None
        self._freq: pd.DataFrame | None = None
        self._charts: dict[str, Chart | None] = {}
        self._stale: set[str] = set(VIEWS)
        self._hold = False
        self._build_widgets()
        self._wire()
        self._hold = True
        try:
            self._apply(dict(DEFAULT_STATE, **(state or {})))
        finally:
            self._hold = False
        self.refresh()

    # --- public -------------------------------------------------------------------------

    @property
    def state(self) -> dict[str, Any]:
        """Every filter and option as a plain dict (JSON-able; keys of DEFAULT_STATE)."""
        w = self._w
        return {
            "articles": list(w["articles"].value),
            "speakers": list(w["speakers"].value),
            "speaker_type": w["speaker_type"].value,
            "topics": list(w["topics"].value),
            "topic_how": w["topic_how"].value,
            "search": w["search"].value,
            "regex": bool(w["regex"].value),
            "unit": w["unit"].value,
            "ngram": int(w["ngram"].value),
            "top": int(w["top"].value),
            "stopwords": _words(w["stopwords"].value),
            "kwic_term": w["kwic_term"].value,
            "kwic_window": int(w["kwic_window"].value),
            "view": VIEWS[w["tabs"].selected_index or 0],
        }

    @state.setter
    def state(self, value: Mapping[str, Any]) -> None:
        """Set any subset of the state; the views redraw once."""
        self._hold = True
        try:
            self._apply(value)
        finally:
            self._hold = False
        self.refresh()

    @property
    def selection(self) -> pd.DataFrame:
        """The sentences that pass the filters (a slice of the table, index kept)."""
        return self.df.iloc[self._rows]

    @property
    def terms(self) -> pd.DataFrame | None:
        """The term-frequency table the chart shows (None when nothing matches)."""
        return self._freq

    def chart(self, view: str = "Terms") -> Chart | None:
        """What the view's chart shows now (a :class:`kit.plots.Chart`: the rows drawn and
        their provenance), or None when it shows a message or has not been drawn yet."""
        if view not in VIEWS:
            raise ValueError(f"view must be one of {list(VIEWS)}, not {view!r}")
        return self._charts.get(view)

    @property
    def widget(self) -> widgets.Widget:
        """The root widget (a VBox)."""
        return self._root

    def _repr_mimebundle_(self, **kwargs):
        return self._root._repr_mimebundle_(**kwargs)

    def refresh(self) -> None:
        """Recompute the selection and redraw the visible views (the widgets call this)."""
        if self._hold:
            return
        self._rows, self._problem = self._selector.rows(self.state)
        n_articles = len(pd.unique(self._articles[self._rows])) if len(self._rows) else 0
        self._w["status"].value = status_html(len(self._rows), self._n, n_articles, self._problem)
        self._freq = None
        self._stale = set(VIEWS)
        self._draw("Terms")
        self._draw("Sentences")
        self._draw(self.state["view"])

    def export_chart(
        self,
        name: str | None = None,
        *,
        formats: tuple[str, ...] | None = None,
        dpi: int | None = None,
    ) -> dict[str, Path]:
        """Write the chart of the current view (terms unless keyness or the heatmap is open)
        through :func:`kit.export_chart`, the Explorer's state in its provenance; return the paths.
        Options default to the Export box's fields."""
        w = self._w
        name = (name or w["file_name"].value or "chart").strip()
        formats = tuple(formats or w["formats"].value)
        dpi = int(dpi or w["dpi"].value)
        if not formats:
            raise ValueError("choose at least one format to export (png, svg or pdf)")
        view = self.state["view"]
        view = view if view in ("Keyness", "Heatmap") else "Terms"
        if not len(self._rows) or self._problem:
            raise ValueError(f"nothing to export: {empty_reason(self._problem, self._filters())}")
        ax = self._chart(view)
        if ax is None:
            raise ValueError(f"nothing to export: the {view} view has no chart for this selection")
        try:
            path = Path(name) if Path(name).is_absolute() else self.export_dir / name
            path.parent.mkdir(parents=True, exist_ok=True)
            return export_chart(
                ax, path, formats=formats, dpi=dpi, provenance={"explorer_state": self.state}
            )
        finally:
            plt.close(ax.figure)

    def export_report(self, folder: str | Path = "report") -> list[Path]:
        """Write the standard report of the current selection (the recipe of ``kit report``,
        :mod:`kit.report`) into ``folder`` under ``export_dir``; return the paths written.
        Formats and resolution come from the Export box."""
        if self._problem:
            raise ValueError(f"nothing to export: {self._problem}")
        mask = np.zeros(self._n, bool)
        mask[self._rows] = True
        folder = Path(folder)
        return write_report(
            self.df,
            folder if folder.is_absolute() else self.export_dir / folder,
            selected=mask,
            filters=self._filters(),
            options=self._term_options(),
            top=self.state["top"],
            formats=tuple(self._w["formats"].value) or CHART_FORMATS,
            dpi=int(self._w["dpi"].value),
        )

    # --- layout -------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        w: dict[str, widgets.Widget] = {}
        wide = {"width": f"{_CONTROL_WIDTH}px"}
        w["articles"] = widgets.SelectMultiple(
            options=self._article_options(), rows=min(6, max(2, self._n_articles)), layout=wide
        )
        w["speakers"] = widgets.SelectMultiple(options=self._speaker_options(), rows=6, layout=wide)
        w["speaker_type"] = widgets.ToggleButtons(
            options=[("any", "any"), ("quoted", "direct"), ("reported", "reported")],
            tooltips=[
                "every sentence",
                "direct speech: inside quotation marks",
                "reported (indirect) speech",
            ],
            style={"button_width": "96px"},
            layout=wide,
        )
        w["topics"] = widgets.SelectMultiple(options=self._topic_options(), rows=4, layout=wide)
        w["topic_how"] = widgets.ToggleButtons(
            options=[("any of them", "any"), ("all of them", "all")],
            tooltips=["a sentence on any chosen topic", "a sentence on all chosen topics"],
            style={"button_width": "120px"},
            layout=wide,
        )
        w["search"] = widgets.Text(
            placeholder="keyword, or a regular expression",
            continuous_update=False,
            layout=wide,
        )
        w["regex"] = widgets.Checkbox(description="regular expression", indent=False)
        w["unit"] = widgets.Dropdown(
            options=list(UNITS), description="Unit", style=_DESCRIBED, layout={"width": "200px"}
        )
        w["ngram"] = widgets.BoundedIntText(
            min=2,
            max=5,
            description="n",
            style={"description_width": "16px"},
            layout={"width": "110px"},
        )
        w["top"] = widgets.IntSlider(
            min=5, max=50, step=5, description="Top", style=_DESCRIBED, layout=wide
        )
        w["stopwords"] = widgets.Text(
            description="Leave out",
            placeholder="words, comma separated",
            continuous_update=False,
            style=_DESCRIBED,
            layout=wide,
        )
        w["status"] = widgets.HTML()
        w["terms_out"] = widgets.Output()
        w["sentences"] = widgets.HTML()
        w["kwic_term"] = widgets.Combobox(
            description="Term",
            placeholder="pick a term from the chart, or type one",
            ensure_option=False,
            continuous_update=False,
            layout={"width": "26em"},
        )
        w["kwic_window"] = widgets.IntSlider(min=2, max=20, description="Window")
        w["kwic_out"] = widgets.HTML()
        w["keyness_out"] = widgets.Output()
        w["heatmap_out"] = widgets.Output()
        w["formats"] = widgets.SelectMultiple(
            options=list(CHART_FORMATS),
            value=list(CHART_FORMATS),
            rows=3,
            description="Formats",
            layout={"width": "14em"},
        )
        w["dpi"] = widgets.BoundedIntText(
            value=300, min=50, max=1200, description="DPI", layout={"width": "11em"}
        )
        w["file_name"] = widgets.Text(
            value="chart", description="File name", layout={"width": "22em"}
        )
        w["export"] = widgets.Button(
            description="Export chart", icon="download", button_style="primary"
        )
        w["export_log"] = widgets.HTML()
        for key, css in (
            ("articles", "kit-articles"),
            ("speakers", "kit-speakers"),
            ("speaker_type", "kit-speaker-type"),
            ("topics", "kit-topics"),
            ("topic_how", "kit-topic-how"),
            ("search", "kit-search"),
            ("status", "kit-status"),
            ("terms_out", "kit-terms-chart"),
            ("sentences", "kit-sentences"),
            ("kwic_term", "kit-kwic-term"),
            ("kwic_out", "kit-kwic"),
            ("keyness_out", "kit-keyness"),
            ("heatmap_out", "kit-heatmap"),
            ("export", "kit-export"),
            ("export_log", "kit-export-log"),
        ):
            w[key].add_class(css)

        filters = widgets.VBox(
            [
                *([_heading("Articles"), w["articles"]] if self._n_articles > 1 else []),
                _heading("Speaker"),
                w["speakers"],
                w["speaker_type"],
                _heading("Topic"),
                w["topics"],
                w["topic_how"],
                _heading("Search"),
                w["search"],
                w["regex"],
                widgets.HTML(
                    '<span class="kit-note">Nothing chosen in a list means any; '
                    "Ctrl/⌘-click chooses several.</span>"
                ),
                _heading("Terms"),
                widgets.HBox([w["unit"], w["ngram"]]),
                w["top"],
                w["stopwords"],
            ],
            layout={"width": f"{_CONTROL_WIDTH + 16}px", "min_width": f"{_CONTROL_WIDTH + 16}px"},
        )
        kwic_tab = widgets.VBox([widgets.HBox([w["kwic_term"], w["kwic_window"]]), w["kwic_out"]])
        w["tabs"] = widgets.Tab(
            children=[w["terms_out"], w["sentences"], kwic_tab, w["keyness_out"], w["heatmap_out"]],
            titles=VIEWS,
            layout={"flex": "1 1 auto", "min_width": "420px"},
        )
        export_box = widgets.HBox(
            [
                w["formats"],
                widgets.VBox([w["dpi"], w["file_name"]]),
                widgets.VBox([w["export"], w["export_log"]]),
            ],
            layout={"flex_flow": "row wrap", "align_items": "flex-start"},
        )
        self._w = w
        self._root = widgets.VBox(
            [
                widgets.HTML(CSS),
                w["status"],
                widgets.HBox([filters, w["tabs"]], layout={"align_items": "flex-start"}),
                _heading("Export the chart"),
                export_box,
            ]
        )
        self._root.add_class("kit-explorer")

    def _wire(self) -> None:
        w = self._w
        filters = ("articles", "speakers", "speaker_type", "topics", "topic_how", "search", "regex")
        for key in filters:
            w[key].observe(self._on_filter, names="value")
        for key in ("unit", "ngram", "top", "stopwords"):
            w[key].observe(self._on_option, names="value")
        for key in ("kwic_term", "kwic_window"):
            w[key].observe(self._on_kwic, names="value")
        w["tabs"].observe(self._on_tab, names="selected_index")
        w["export"].on_click(self._on_export)

    # --- callbacks ----------------------------------------------------------------------

    def _on_filter(self, _change=None) -> None:
        self.refresh()

    def _on_option(self, _change=None) -> None:
        self._w["ngram"].disabled = self._w["unit"].value != "n-gram"
        if self._hold:
            return
        self._freq = None
        self._stale |= {"Terms", "KWIC", "Keyness"}
        self._draw("Terms")
        self._draw(self.state["view"])

    def _on_kwic(self, _change=None) -> None:
        if self._hold:
            return
        self._stale.add("KWIC")
        self._draw(self.state["view"])

    def _on_tab(self, _change=None) -> None:
        if not self._hold:
            self._draw(self.state["view"])

    def _on_export(self, _button=None) -> None:
        log = self._w["export_log"]
        try:
            paths = self.export_chart()
        except (ValueError, OSError) as exc:
            log.value = f'<span class="kit-error">{html.escape(str(exc))}</span>'
            return
        items = "".join(f"<li><code>{html.escape(str(p))}</code></li>" for p in paths.values())
        log.value = f"Wrote:<ul style='margin:0'>{items}</ul>"

    # --- state --------------------------------------------------------------------------

    def _apply(self, value: Mapping[str, Any]) -> None:
        w = self._w
        listed = {k: [v for _label, v in w[k].options] for k in ("articles", "speakers", "topics")}
        checked = check_state(value, listed=listed)  # every key checked before any is set
        for key, val in checked.items():
            if key == "view":
                w["tabs"].selected_index = VIEWS.index(val)
            else:
                w[key].value = val
        w["ngram"].disabled = w["unit"].value != "n-gram"

    # --- the views ----------------------------------------------------------------------

    def _draw(self, view: str) -> None:
        if view not in self._stale:
            return
        self._stale.discard(view)
        empty = not len(self._rows) or self._problem
        if view == "Terms":
            self._draw_terms(empty)
        elif view == "Sentences":
            self._w["sentences"].value = self._message() if empty else self._sentences_html()
        elif view == "KWIC":
            self._w["kwic_out"].value = self._message() if empty else self._kwic_html()
        elif view == "Keyness":
            self._show(view, self._w["keyness_out"], None if empty else self._keyness_chart)
        elif view == "Heatmap":
            self._show(view, self._w["heatmap_out"], None if empty else self._heatmap_chart)

    def _draw_terms(self, empty: bool) -> None:
        if not empty:
            self._freq = self._frequencies()
            self._w["kwic_term"].options = [str(t) for t in self._freq["term"]]
        self._show("Terms", self._w["terms_out"], None if empty else self._terms_chart)

    def _show(self, view: str, out: widgets.Output, make) -> None:
        """Draw a chart (or the empty message) into an Output widget, closing the figure."""
        self._charts.pop(view, None)
        if make is None:
            payload = HTML(self._message())
        else:
            ax = make()
            if isinstance(ax, str):
                payload = HTML(ax)
            else:
                self._charts[view] = chart_of(ax)
                payload = Image(_png(ax.figure), format="png")
                plt.close(ax.figure)
        with out:
            out.clear_output(wait=True)
            display(payload)

    def _message(self, text: str | None = None) -> str:
        return message_html(text or empty_reason(self._problem, self._filters()))

    def _filters(self) -> dict[str, Any]:
        return filters_of(self.state)

    def _chart(self, view: str):
        make = {
            "Terms": self._terms_chart,
            "Keyness": self._keyness_chart,
            "Heatmap": self._heatmap_chart,
        }[view]
        ax = make()
        return None if isinstance(ax, str) else ax

    def _term_options(self) -> TermOptions:
        return term_options_of(self.state)

    def _index(self) -> TermIndex:
        # TermIndex keeps the last few indexes with the table's articles (well under 1 ms to
        # look up), so a new set of stopwords does not pile up indexes here.
        return TermIndex(self.df, options=self._term_options())

    def _frequencies(self) -> pd.DataFrame:
        return self._index().frequencies(self._rows, top=self.state["top"])

    def _terms_chart(self):
        freq = self._freq if self._freq is not None else self._frequencies()
        if freq.empty:
            return self._message(
                f"{plural(len(self._rows), 'sentence')} match, but hold no terms to count "
                "(only stopwords, numbers or punctuation)"
            )
        return plot_terms(freq, top=self.state["top"], filters=self._filters())

    def _keyness_chart(self):
        if len(self._rows) == self._n:
            return self._message(
                "Keyness compares the selection with the rest of the sentences: "
                "choose a filter first"
            )
        focus = np.zeros(self._n, bool)
        focus[self._rows] = True
        table = self._index().keyness(focus)
        if table.empty:
            return self._message("no term occurs often enough (twice) to compare")
        return plot_keyness(
            table,
            top=max(5, self.state["top"] // 2),
            focus_label="the selection",
            reference_label="the rest",
            filters=self._filters(),
        )

    def _heatmap_chart(self):
        counts = speaker_topic_counts(self.selection)
        return plot_speaker_topics(counts, filters=self._filters())

    def _sentences_html(self) -> str:
        return sentences_html(self.selection, self.state, one_article=self._n_articles == 1)

    def _kwic_html(self) -> str:
        s = self.state
        term = (s["kwic_term"] or "").strip()
        if not term:
            return KWIC_HINT
        lines = kwic(self.selection, term, window=s["kwic_window"])
        if lines.empty:
            return self._message(f"{term!r} does not occur in the selected sentences")
        return kwic_html(lines, term)

    # --- filter lists -------------------------------------------------------------------

    def _article_options(self) -> list[tuple[str, str]]:
        counts = pd.Series(self._articles).value_counts(sort=False)
        return [(f"{a} ({n})", a) for a, n in counts.items()]

    def _speaker_options(self) -> list[tuple[str, str]]:
        table = speaker_summary(self.df)
        options = [(f"{r.speaker} ({r.n_sentences})", r.speaker) for r in table.itertuples()]
        n_none = int((self._speaker == NO_SPEAKER).sum())
        if n_none:
            options.append((f"{NO_SPEAKER} ({n_none})", NO_SPEAKER))
        return options

    def _topic_options(self) -> list[tuple[str, str]]:
        table = topics_summary(self.df)
        return [(f"{r.topic} ({r.n_sentences})", r.topic) for r in table.itertuples()]


# --- helpers ----------------------------------------------------------------------------------


def _with_stages(df: pd.DataFrame, *, topics: Any) -> pd.DataFrame:
    """The table with the speakers and topics columns, running a stage only where missing."""
    if "speaker" not in df.columns:
        df = attribute_speakers(df)
    if "topics" not in df.columns or topics is not None:
        df = tag_topics(df, topics)
    return df


def _heading(text: str) -> widgets.HTML:
    return widgets.HTML(f"<b>{html.escape(text)}</b>", layout={"margin": "6px 0 0 0"})


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DISPLAY_DPI)  # the report style lays it out
    return buf.getvalue()


def _words(text: str) -> list[str]:
    return [w.strip() for w in re.split(r"[,;\n]", text or "") if w.strip()]
