"""The Explorer widget: layout, wiring and the views (see :mod:`kit.explorer`)."""

from __future__ import annotations

import html
import inspect
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

from .._files import confined
from .._search import SearchError
from ..export import CHART_FORMATS, TABLE_FORMATS, export_chart, export_table
from ..plots import (
    Chart,
    chart_of,
    plot_keyness,
    plot_over_time,
    plot_speaker_topics,
    plot_terms,
)
from ..provenance import heading
from ..report import speaker_words, topic_words, write_report
from ..speakers import NO_SPEAKER, attribute_speakers, speaker_summary
from ..terms import TermIndex, TermOptions, kwic, term_frequencies, term_shares
from ..topics import speaker_topic_counts, tag_topics, topics_summary
from ._export import default_name, file_links, sample_provenance
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
from ._selection import Selector, date_span, metadata_columns
from ._state import (
    DEFAULT_STATE,
    KWIC_SORTS,
    PERIODS,
    TABLE_VIEWS,
    VIEWS,
    Offered,
    check_state,
    filters_of,
    speech_counted,
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
    ``export_dir`` is where the Export button writes (names stay inside it).

    Display it by leaving it last in a cell (or ``display(explorer)``). Read ``state``,
    ``selection`` (the matching sentences), ``terms`` (the frequency table drawn) and call
    :meth:`export` from code as well.
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
        self.df = _with_stages(_missing_as_none(df), topics=topics)
        self.export_dir = Path(export_dir)
        self._n = len(self.df)
        self._articles = self.df["article_id"].astype(str).to_numpy(dtype=object)
        self._n_articles = len(pd.unique(self._articles))
        self._selector = Selector(self.df)
        self._metadata = metadata_columns(self.df)
        self._dates = date_span(self.df)
        self._rows = np.arange(self._n)
        self._problem: str | None = None
        self._freq: pd.DataFrame | None = None
        self._charts: dict[str, Chart | None] = {}
        self._stale: set[str] = set(VIEWS)
        self._hold = False
        self._drawn_state: dict[str, Any] = dict(DEFAULT_STATE)
        self._build_widgets()
        self._wire()
        self.state = dict(DEFAULT_STATE, **(state or {}))

    # --- public -------------------------------------------------------------------------

    @property
    def state(self) -> dict[str, Any]:
        """Every filter and option as a plain dict (JSON-able; keys of DEFAULT_STATE)."""
        w = self._w
        first, last = w["date_from"].value, w["date_to"].value
        return {
            "articles": list(w["articles"].value),
            "metadata": {
                col: list(w[f"meta:{col}"].value)
                for col in self._metadata
                if w[f"meta:{col}"].value
            },
            "dates": (
                [first and first.isoformat(), last and last.isoformat()] if first or last else []
            ),
            "speakers": list(w["speakers"].value),
            "speaker_kinds": list(w["speaker_kinds"].value),
            "speaker_type": w["speaker_type"].value,
            "topics": list(w["topics"].value),
            "topic_how": w["topic_how"].value,
            "search": w["search"].value,
            "regex": bool(w["regex"].value),
            "unit": w["unit"].value,
            "ngram": int(w["ngram"].value),
            "top": int(w["top"].value),
            "stopwords": _words(w["stopwords"].value),
            "scope": w["scope"].value,
            "kwic_term": w["kwic_term"].value,
            "kwic_window": int(w["kwic_window"].value),
            "kwic_sort": w["kwic_sort"].value,
            "period": w["period"].value,
            "view": VIEWS[w["tabs"].selected_index or 0],
        }

    @state.setter
    def state(self, value: Mapping[str, Any]) -> None:
        """Set any subset of the state, all of it or none: a state that fails its checks
        (ValueError naming the key) leaves the widgets and the selection as they were."""
        checked = check_state(value, self._offered())  # every key checked before any is set
        before = self.state
        self._hold = True
        try:
            self._apply(checked)
        except Exception:
            self._apply(check_state(before, self._offered()))  # put every widget back
            raise
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

    def table(self, view: str | None = None) -> pd.DataFrame:
        """The table behind a view (default: the open tab): the sentences, the KWIC lines,
        the keyness table, the term counts, the heatmap's counts or the shares over time."""
        view = view or self.state["view"]
        if view not in VIEWS:
            raise ValueError(f"view must be one of {list(VIEWS)}, not {view!r}")
        self._check_exportable()
        if view == "Sentences":
            return _readable(self.selection)
        if view == "KWIC":
            lines = self._kwic_lines()
            if lines is None:
                raise ValueError("nothing to export: choose a term for the KWIC lines first")
            return lines
        if view == "Keyness":
            return self._keyness_table()
        if view == "Heatmap":
            return speaker_topic_counts(self.selection)
        if view == "Over time":
            return self._over_time_table()
        return self._frequencies()

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
        state = self.state
        others, self._problem = self._selector.others(state)
        if self._problem:
            self._rows = np.zeros(0, np.int64)
        else:
            self._rows = np.flatnonzero(others & self._selector.speaker_mask(state))
            self._update_speaker_counts(others)
        self._drawn_state = state
        n_articles = len(pd.unique(self._articles[self._rows])) if len(self._rows) else 0
        self._w["status"].value = status_html(len(self._rows), self._n, n_articles, self._problem)
        self._w["file_name"].placeholder = default_name(state["view"], state)
        self._freq = None
        self._stale = set(VIEWS)
        self._draw("Terms")
        self._draw("Sentences")
        self._draw(state["view"])

    def export(
        self,
        name: str | None = None,
        *,
        formats: tuple[str, ...] | None = None,
        view: str | None = None,
        dpi: int | None = None,
    ) -> dict[str, Path]:
        """Write what a view shows (default: the open tab) under ``export_dir``; return the
        paths. Chart views (Terms, Heatmap, Over time) write the chart (png, svg, pdf) with
        its numbers as CSV; Sentences and KWIC the table (csv, xlsx); Keyness both. Each set
        has a JSON note with the Explorer's state that made it. ``name`` defaults to one
        made from the selection and the view (``xi-jinping_terrorism_terms``) and must stay
        inside ``export_dir``; ``formats`` and ``dpi`` default to the Export box's."""
        view = view or self.state["view"]
        if view not in VIEWS:
            raise ValueError(f"view must be one of {list(VIEWS)}, not {view!r}")
        name = (name or "").strip() or default_name(view, self._drawn_state)
        path = confined(self.export_dir, name)
        chosen = tuple(formats or self._w["formats"].value)
        unknown = sorted(set(chosen) - set(CHART_FORMATS) - set(TABLE_FORMATS))
        if unknown:
            raise ValueError(
                f"unknown formats {unknown}; choose from {CHART_FORMATS + TABLE_FORMATS}"
            )
        chart_formats = tuple(f for f in chosen if f in CHART_FORMATS) or CHART_FORMATS
        table_formats = tuple(f for f in chosen if f in TABLE_FORMATS) or TABLE_FORMATS
        dpi = int(dpi or self._w["dpi"].value)
        self._check_exportable()
        prov = {"explorer_state": self._drawn_state, "view": view, **sample_provenance(self.df)}
        path.parent.mkdir(parents=True, exist_ok=True)
        written: dict[str, Path] = {}
        if view in TABLE_VIEWS:
            table = self.table(view)
            written.update(
                export_table(
                    table, path, formats=table_formats, provenance=prov, filters=self._filters()
                )
            )
        if view not in ("Sentences", "KWIC"):
            ax = self._chart(view)
            if ax is None:
                raise ValueError(
                    f"nothing to export: the {view} view has no chart for this selection"
                )
            try:
                target = path.with_name(f"{path.name}_chart") if view in TABLE_VIEWS else path
                files = export_chart(ax, target, formats=chart_formats, dpi=dpi, provenance=prov)
            finally:
                plt.close(ax.figure)
            written.update({(f"chart_{k}" if k in written else k): p for k, p in files.items()})
        return written

    def export_chart(
        self,
        name: str | None = None,
        *,
        formats: tuple[str, ...] | None = None,
        dpi: int | None = None,
    ) -> dict[str, Path]:
        """The chart of the open view (the terms chart on a table view): :meth:`export`."""
        view = self.state["view"]
        view = view if view in ("Keyness", "Heatmap", "Over time") else "Terms"
        chart_only = tuple(f for f in (formats or self._w["formats"].value) if f in CHART_FORMATS)
        if view == "Keyness":
            self._check_exportable()
            ax = self._chart(view)
            if ax is None:
                raise ValueError("nothing to export: the Keyness view has no chart")
            path = confined(
                self.export_dir, (name or "").strip() or default_name(view, self._drawn_state)
            )
            path.parent.mkdir(parents=True, exist_ok=True)
            prov = {"explorer_state": self._drawn_state, **sample_provenance(self.df)}
            try:
                return export_chart(
                    ax,
                    path,
                    formats=chart_only or CHART_FORMATS,
                    dpi=int(dpi or self._w["dpi"].value),
                    provenance=prov,
                )
            finally:
                plt.close(ax.figure)
        return self.export(name, formats=chart_only or CHART_FORMATS, view=view, dpi=dpi)

    def export_report(self, folder: str | Path = "report") -> list[Path]:
        """Write the standard report of the current selection (the recipe of ``kit report``,
        :mod:`kit.report`) into ``folder`` under ``export_dir``; return the paths written.
        Formats and resolution come from the Export box."""
        if self._problem:
            raise ValueError(f"nothing to export: {self._problem}")
        mask = np.zeros(self._n, bool)
        mask[self._rows] = True
        return write_report(
            self.df,
            confined(self.export_dir, str(folder)),
            selected=mask,
            filters=self._filters(),
            options=self._term_options(),
            top=self.state["top"],
            formats=tuple(f for f in self._w["formats"].value if f in CHART_FORMATS)
            or CHART_FORMATS,
            dpi=int(self._w["dpi"].value),
        )

    # --- layout -------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        w: dict[str, widgets.Widget] = {}
        wide = {"width": f"{_CONTROL_WIDTH}px"}
        w["article_search"] = widgets.Text(
            placeholder="find an article by title or date", layout=wide
        )
        self._all_articles = self._article_options()
        w["articles"] = widgets.SelectMultiple(
            options=self._all_articles, rows=min(6, max(2, self._n_articles)), layout=wide
        )
        for col, values in self._metadata.items():
            w[f"meta:{col}"] = widgets.SelectMultiple(
                options=values, rows=min(4, len(values)), layout=wide
            )
        _first, _last = self._dates or (None, None)
        for key, label in (("date_from", "From"), ("date_to", "To")):
            w[key] = widgets.DatePicker(
                description=label, style={"description_width": "40px"}, layout={"width": "230px"}
            )
            w[key].add_class(f"kit-{key.replace('_', '-')}")
        w["speaker_search"] = widgets.Text(
            placeholder="type to find a speaker", continuous_update=True, layout=wide
        )
        self._speaker_values = self._speaker_order()
        self._speaker_counts = self._selector.speaker_counts(np.ones(self._n, bool))
        w["speakers"] = widgets.SelectMultiple(options=self._speaker_labels(), rows=6, layout=wide)
        kinds = self._speaker_kinds()
        w["speaker_kinds"] = widgets.SelectMultiple(
            options=kinds, rows=min(4, max(2, len(kinds))), layout=wide
        )
        w["speaker_type"] = widgets.ToggleButtons(
            options=[("any", "any"), ("quoted", "direct"), ("reported", "reported")],
            tooltips=[
                "every sentence",
                "quoted: the speaker's words inside quotation marks (speaker_type 'direct')",
                "reported: the speaker's words told by the reporter (speaker_type 'indirect')",
            ],
            style={"button_width": "96px"},
            layout=wide,
        )
        w["scope"] = widgets.ToggleButtons(
            options=[("their words", "speech"), ("whole sentences", "sentence")],
            tooltips=[
                "with a speaker or speech filter: count only the words the speakers said",
                "count every word of the chosen sentences, the reporter's too",
            ],
            style={"button_width": "140px"},
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
            options=[
                ("words (base form)", "lemma"),
                ("words as written", "word"),
                ("phrases of n words", "n-gram"),
                ("names (people, places…)", "entity"),
            ],
            description="Count",
            style=_DESCRIBED,
            layout={"width": "250px"},
        )
        w["ngram"] = widgets.BoundedIntText(
            min=2,
            max=5,
            description="n",
            style={"description_width": "16px"},
            layout={"width": "60px"},
        )
        w["top"] = widgets.IntSlider(
            min=5, max=50, step=5, description="How many", style=_DESCRIBED, layout=wide
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
            layout={"width": "24em"},
        )
        w["kwic_window"] = widgets.IntSlider(min=2, max=20, description="Window")
        w["kwic_sort"] = widgets.Dropdown(
            options=[
                ("article order", "order"),
                ("word to the left", "left"),
                ("word to the right", "right"),
            ],
            description="Sort by",
            layout={"width": "16em"},
        )
        w["kwic_out"] = widgets.HTML()
        w["keyness_out"] = widgets.Output()
        w["heatmap_out"] = widgets.Output()
        w["period"] = widgets.ToggleButtons(
            options=list(PERIODS), description="Per", style={"button_width": "70px"}
        )
        w["over_time_out"] = widgets.Output()
        w["formats"] = widgets.SelectMultiple(
            options=list(CHART_FORMATS + TABLE_FORMATS),
            value=list(CHART_FORMATS + TABLE_FORMATS),
            rows=5,
            description="Formats",
            layout={"width": "14em"},
        )
        w["dpi"] = widgets.BoundedIntText(
            value=300, min=50, max=1200, description="DPI", layout={"width": "11em"}
        )
        w["file_name"] = widgets.Text(
            value="",
            description="File name",
            placeholder="made from the view and the filters",
            layout={"width": "30em"},
        )
        w["export"] = widgets.Button(
            description="Export this view",
            icon="download",
            button_style="primary",
            layout={"width": "14em"},
        )
        w["export_log"] = widgets.HTML()
        for key, css in (
            ("article_search", "kit-article-search"),
            ("articles", "kit-articles"),
            ("speaker_search", "kit-speaker-search"),
            ("speakers", "kit-speakers"),
            ("speaker_kinds", "kit-speaker-kinds"),
            ("speaker_type", "kit-speaker-type"),
            ("scope", "kit-scope"),
            ("topics", "kit-topics"),
            ("topic_how", "kit-topic-how"),
            ("search", "kit-search"),
            ("status", "kit-status"),
            ("terms_out", "kit-terms-chart"),
            ("sentences", "kit-sentences"),
            ("kwic_term", "kit-kwic-term"),
            ("kwic_sort", "kit-kwic-sort"),
            ("kwic_out", "kit-kwic"),
            ("keyness_out", "kit-keyness"),
            ("heatmap_out", "kit-heatmap"),
            ("over_time_out", "kit-over-time"),
            ("file_name", "kit-file-name"),
            ("export", "kit-export"),
            ("export_log", "kit-export-log"),
        ):
            w[key].add_class(css)
        for col in self._metadata:
            w[f"meta:{col}"].add_class(f"kit-meta-{_css_name(col)}")

        many = self._n_articles > 1
        filters = widgets.VBox(
            [
                *([_heading("Articles"), w["article_search"], w["articles"]] if many else []),
                *(
                    [_heading("Dates"), w["date_from"], w["date_to"]]
                    if self._dates is not None and many
                    else []
                ),
                *[
                    x
                    for col in self._metadata
                    for x in (_heading(col.replace("_", " ").capitalize()), w[f"meta:{col}"])
                ],
                _heading("Speaker"),
                w["speaker_search"],
                w["speakers"],
                *(
                    [
                        widgets.HTML('<span class="kit-note">Kind of speaker</span>'),
                        w["speaker_kinds"],
                    ]
                    if kinds
                    else []
                ),
                w["speaker_type"],
                w["scope"],
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
                _heading("Words counted"),
                widgets.HBox([w["unit"], w["ngram"]]),
                w["top"],
                w["stopwords"],
            ],
            layout={"width": f"{_CONTROL_WIDTH + 16}px", "min_width": f"{_CONTROL_WIDTH + 16}px"},
        )
        kwic_tab = widgets.VBox(
            [
                widgets.HBox(
                    [w["kwic_term"], w["kwic_window"], w["kwic_sort"]],
                    layout={"flex_flow": "row wrap"},
                ),
                w["kwic_out"],
            ]
        )
        over_time_tab = widgets.VBox([w["period"], w["over_time_out"]])
        w["tabs"] = widgets.Tab(
            children=[
                w["terms_out"],
                w["sentences"],
                kwic_tab,
                w["keyness_out"],
                w["heatmap_out"],
                over_time_tab,
            ],
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
                _heading("Export the open view (chart or table)"),
                export_box,
            ]
        )
        self._root.add_class("kit-explorer")

    def _wire(self) -> None:
        w = self._w
        filters = [
            "articles", "speakers", "speaker_kinds", "speaker_type", "topics", "topic_how",
            "search", "regex", "date_from", "date_to", *(f"meta:{c}" for c in self._metadata),
        ]  # fmt: skip
        for key in filters:
            w[key].observe(self._on_filter, names="value")
        for key in ("unit", "ngram", "top", "stopwords", "scope"):
            w[key].observe(self._on_option, names="value")
        for key in ("kwic_term", "kwic_window", "kwic_sort"):
            w[key].observe(self._on_kwic, names="value")
        w["period"].observe(self._on_period, names="value")
        w["article_search"].observe(self._on_article_search, names="value")
        w["speaker_search"].observe(self._on_speaker_search, names="value")
        w["tabs"].observe(self._on_tab, names="selected_index")
        w["export"].on_click(self._on_export)

    # --- callbacks ----------------------------------------------------------------------

    def _on_filter(self, _change=None) -> None:
        self.refresh()

    def _on_option(self, _change=None) -> None:
        self._w["ngram"].disabled = self._w["unit"].value != "n-gram"
        if self._hold:
            return
        self._drawn_state = self.state  # same rows, new options
        self._freq = None
        self._stale |= {"Terms", "KWIC", "Keyness", "Over time"}
        self._draw("Terms")
        self._draw(self.state["view"])

    def _on_kwic(self, _change=None) -> None:
        if self._hold:
            return
        self._drawn_state = self.state
        self._stale |= {"KWIC", "Over time"}
        self._draw(self.state["view"])

    def _on_period(self, _change=None) -> None:
        if self._hold:
            return
        self._drawn_state = self.state
        self._stale.add("Over time")
        self._draw(self.state["view"])

    def _on_tab(self, _change=None) -> None:
        if self._hold:
            return
        self._drawn_state = self.state
        # a typed file name belongs to the view it was typed for
        self._w["file_name"].value = ""
        self._w["file_name"].placeholder = default_name(self.state["view"], self._drawn_state)
        self._draw(self.state["view"])

    def _on_article_search(self, change) -> None:
        w = self._w["articles"]
        words = str(change["new"]).casefold().split()
        keep = [
            (label, value)
            for label, value in self._all_articles
            if value in w.value or all(word in label.casefold() for word in words)
        ]
        self._set_options(w, keep)

    def _on_speaker_search(self, _change=None) -> None:
        self._set_options(self._w["speakers"], self._speaker_labels())

    def _set_options(self, w: widgets.SelectMultiple, options: list) -> None:
        """New options for a list, keeping what is chosen (and firing no filter change)."""
        chosen = w.value
        hold, self._hold = self._hold, True
        try:
            w.options = options
            w.value = tuple(v for v in chosen if v in {o[1] for o in options})
        finally:
            self._hold = hold

    def _on_export(self, _button=None) -> None:
        log = self._w["export_log"]
        try:
            paths = self.export(self._w["file_name"].value or None)
        except (ValueError, OSError) as exc:
            log.value = f'<span class="kit-error">{html.escape(str(exc))}</span>'
            return
        log.value = file_links(paths)

    # --- state --------------------------------------------------------------------------

    def _offered(self) -> Offered:
        return Offered(
            lists={
                "articles": [v for _label, v in self._all_articles],
                "speakers": list(self._speaker_values),
                "speaker_kinds": list(self._w["speaker_kinds"].options),
                "topics": [v for _label, v in self._w["topics"].options],
            },
            metadata=self._metadata,
            dates=self._dates,
        )

    def _apply(self, checked: Mapping[str, Any]) -> None:
        """Set the widgets from a checked state (see :func:`check_state`)."""
        w = self._w
        if "articles" in checked:
            self._set_options(w["articles"], self._all_articles)
        if "speakers" in checked:
            w["speaker_search"].value = ""
            self._set_options(w["speakers"], self._speaker_labels())
        for key, val in checked.items():
            if key == "view":
                w["tabs"].selected_index = VIEWS.index(val)
            elif key == "metadata":
                for col in self._metadata:
                    w[f"meta:{col}"].value = tuple(val.get(col, ()))
            elif key == "dates":
                first, last = val or (None, None)
                w["date_from"].value = _date(first)
                w["date_to"].value = _date(last)
            else:
                w[key].value = val
        w["ngram"].disabled = w["unit"].value != "n-gram"

    # --- the views ----------------------------------------------------------------------

    def _draw(self, view: str) -> None:
        if view not in self._stale:
            return
        self._stale.discard(view)
        empty = not len(self._rows) or bool(self._problem)
        if view == "Terms":
            self._draw_terms(empty)
        elif view == "Sentences":
            try:
                lines = self._message() if empty else self._sentences_html()
            except SearchError as exc:  # marking the hits ran past the time limit
                lines = self._message(str(exc))
            self._w["sentences"].value = lines
        elif view == "KWIC":
            self._w["kwic_out"].value = self._message() if empty else self._kwic_html()
        elif view == "Keyness":
            self._show(view, self._w["keyness_out"], None if empty else self._keyness_chart)
        elif view == "Heatmap":
            self._show(view, self._w["heatmap_out"], None if empty else self._heatmap_chart)
        elif view == "Over time":
            self._show(view, self._w["over_time_out"], None if empty else self._over_time_chart)

    def _draw_terms(self, empty: bool) -> None:
        if not empty:
            self._freq = self._frequencies()
            self._w["kwic_term"].options = [str(t) for t in self._freq["term"]]
        self._show("Terms", self._w["terms_out"], None if empty else self._terms_chart)

    def _show(self, view: str, out: widgets.Output, make) -> None:
        """Draw a chart (or the empty message) into an Output widget, closing the figure."""
        self._charts.pop(view, None)
        payload: HTML | Image
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
        return filters_of(self._drawn_state)

    def _check_exportable(self) -> None:
        if not len(self._rows) or self._problem:
            raise ValueError(f"nothing to export: {empty_reason(self._problem, self._filters())}")

    def _chart(self, view: str):
        make = {
            "Terms": self._terms_chart,
            "Keyness": self._keyness_chart,
            "Heatmap": self._heatmap_chart,
            "Over time": self._over_time_chart,
        }[view]
        ax = make()
        return None if isinstance(ax, str) else ax

    def _term_options(self) -> TermOptions:
        return term_options_of(self._drawn_state)

    def _index(self) -> TermIndex:
        # TermIndex keeps the last few indexes with the table's articles (well under 1 ms to
        # look up), so a new set of stopwords does not pile up indexes here.
        return TermIndex(self.df, options=self._term_options())

    def _speech(self) -> bool:
        """Count only the speakers' own words (issue 13), when the kit can."""
        return speech_counted(self._drawn_state) and _SPEECH_SCOPE

    def _frequencies(self) -> pd.DataFrame:
        top = self._drawn_state["top"]
        if self._speech():
            return term_frequencies(
                self.selection, options=self._term_options(), top=top, scope="speech"
            )
        return self._index().frequencies(self._rows, top=top)

    def _terms_chart(self):
        freq = self._freq if self._freq is not None else self._frequencies()
        if freq.empty:
            return self._message(
                f"{plural(len(self._rows), 'sentence')} match, but hold no terms to count "
                "(only stopwords, numbers or punctuation)"
            )
        title = None
        s = self._drawn_state
        if s["speakers"] or s["speaker_kinds"] or s["speaker_type"] != "any":
            title = heading(self._said_title(), _counts_of(freq, self), subject=False)
        return plot_terms(
            freq,
            top=self._drawn_state["top"],
            filters=self._filters(),
            title=title,
            options={"scope": "speech" if self._speech() else "sentence"},
        )

    def _said_title(self) -> str:
        """'Most frequent words Xi Jinping said' (issue 13): the counts hold speech only."""
        s = self._drawn_state
        who = _join(list(s["speakers"]) or list(s["speaker_kinds"])) or "the speakers"
        how = {"direct": " in quotes", "reported": " as reported"}.get(s["speaker_type"], "")
        words = {"entity": "names", "n-gram": "phrases"}.get(s["unit"], "words")
        if not self._speech():
            return f"Most frequent {words} in what {who} said{how} (whole sentences)"
        return f"Most frequent {words} {who} said{how}"

    def _keyness_table(self) -> pd.DataFrame:
        focus = np.zeros(self._n, bool)
        focus[self._rows] = True
        return self._index().keyness(focus)

    def _keyness_chart(self):
        if len(self._rows) == self._n:
            return self._message(
                "Keyness compares the selection with the rest of the sentences: "
                "choose a filter first"
            )
        table = self._keyness_table()
        if table.empty:
            return self._message("no term occurs often enough (twice) to compare")
        return plot_keyness(
            table,
            top=max(5, self._drawn_state["top"] // 2),
            focus_label=_selection_words(self._filters()),
            reference_label="the other sentences",
            filters=self._filters(),
            exclude=self._filter_words(),
        )

    def _filter_words(self) -> set[str]:
        """The filter's own words, key in its sentences by construction: left out (a chosen
        topic's words, the chosen speakers' names)."""
        s = self._drawn_state
        topics = topic_words(self.df, s["topics"]) if s["topics"] else set()
        return topics | speaker_words(s["speakers"])

    def _heatmap_chart(self):
        counts = speaker_topic_counts(self.selection)
        return plot_speaker_topics(counts, filters=self._filters())

    def _over_time_table(self) -> pd.DataFrame:
        """Share of sentences per period: of the KWIC term if one is chosen, else of the
        five most frequent terms of the selection."""
        if self._dates is None:
            raise ValueError("the over-time view needs a date column")
        s = self._drawn_state
        freq = PERIODS[s["period"]]
        term = s["kwic_term"].strip()
        terms = [term] if term else list(self._frequencies()["term"].head(5))
        table = term_shares(self.selection, terms, freq=freq, options=self._term_options())
        return table

    def _over_time_chart(self):
        if self._dates is None:
            return self._message("the table has no dates (a date column) to show over time")
        table = self._over_time_table()
        if table.empty:
            return self._message("no dated sentences in the selection")
        words = {"entity": "name", "n-gram": "phrase"}.get(self._drawn_state["unit"], "word")
        title = heading(
            f"Share of sentences using each {words}, per {self._drawn_state['period']}",
            {"filters": self._filters(), **_counts_of(table, self)},
        )
        return plot_over_time(
            table, title=title, ylabel="share of sentences", filters=self._filters()
        )

    def _sentences_html(self) -> str:
        return sentences_html(self.selection, self._drawn_state, one_article=self._n_articles == 1)

    def _kwic_lines(self) -> pd.DataFrame | None:
        s = self._drawn_state
        term = (s["kwic_term"] or "").strip()
        if not term:
            return None
        return kwic(self.selection, term, window=s["kwic_window"], sort=KWIC_SORTS[s["kwic_sort"]])

    def _kwic_html(self) -> str:
        lines = self._kwic_lines()
        if lines is None:
            return KWIC_HINT
        term = self._drawn_state["kwic_term"].strip()
        if lines.empty:
            return self._message(f"{term!r} does not occur in the selected sentences")
        return kwic_html(lines, term)

    # --- filter lists -------------------------------------------------------------------

    def _article_options(self) -> list[tuple[str, str]]:
        df = self.df
        first = df.groupby(self._articles, sort=False).head(1)
        counts = pd.Series(self._articles).value_counts(sort=False)
        titles = first["title"] if "title" in df.columns else pd.Series(None, index=first.index)
        dates = pd.to_datetime(first["date"], errors="coerce") if "date" in df.columns else None
        out = []
        for k, (aid, title) in enumerate(zip(first["article_id"].astype(str), titles, strict=True)):
            when = dates.iloc[k] if dates is not None else pd.NaT
            parts = [when.date().isoformat()] if not pd.isna(when) else []
            parts.append(str(title) if isinstance(title, str) and title.strip() else aid)
            out.append((f"{' · '.join(parts)} ({counts[aid]})", aid))
        return out

    def _speaker_order(self) -> list[str]:
        names = list(speaker_summary(self.df)["speaker"])
        if self.df["speaker"].isna().any():
            names.append(NO_SPEAKER)
        return names

    def _speaker_labels(self) -> list[tuple[str, str]]:
        """The speakers matching the typed text (and those chosen), with the number of their
        sentences that pass the other filters."""
        typed = self._w["speaker_search"].value.casefold().strip() if hasattr(self, "_w") else ""
        chosen = set(self._w["speakers"].value) if hasattr(self, "_w") else set()
        out = []
        for name in self._speaker_values:
            n = self._speaker_counts.get(name, 0)
            if name not in chosen and ((typed and typed not in name.casefold()) or not n):
                continue  # not what was typed, or no sentence passes the other filters
            out.append((f"{name} ({self._speaker_counts.get(name, 0)})", name))
        return out

    def _update_speaker_counts(self, others: np.ndarray) -> None:
        counts = self._selector.speaker_counts(others)
        if counts != self._speaker_counts:
            self._speaker_counts = counts
            self._set_options(self._w["speakers"], self._speaker_labels())

    def _speaker_kinds(self) -> list[str]:
        if "speaker_kind" not in self.df.columns:
            return []
        return [str(k) for k in self.df["speaker_kind"].dropna().value_counts().index]

    def _topic_options(self) -> list[tuple[str, str]]:
        table = topics_summary(self.df)
        return [(f"{r.topic} ({r.n_sentences})", str(r.topic)) for r in table.itertuples()]


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


# Whether kit.term_frequencies counts speech spans yet (issue 13: kit.terms' scope="speech");
# until it does, the Explorer counts whole sentences and its titles say so.
_SPEECH_SCOPE = "scope" in inspect.signature(term_frequencies).parameters or "scope" in getattr(
    TermOptions, "__dataclass_fields__", {}
)


def _missing_as_none(df: pd.DataFrame) -> pd.DataFrame:
    """The table with one convention for missing values where the Explorer compares them:
    a table read back from kit.cache (or pandas) has NaN for a missing speaker, and a
    missing article id would turn into the string "nan"."""
    out = df
    ids = df["article_id"] if "article_id" in df.columns else None
    if ids is not None and ids.isna().any():
        out = out.copy()
        out["article_id"] = ids.astype(object).where(ids.notna(), MISSING_ID)
    for col in ("speaker", "speaker_type", "speaker_kind"):
        if col in out.columns and out[col].dtype == object and out[col].isna().any():
            if out is df:
                out = df.copy()
            out[col] = out[col].astype(object).where(out[col].notna(), None)
    if out is not df:
        out.attrs = df.attrs
    return out


MISSING_ID = "(no id)"


def _readable(sel: pd.DataFrame) -> pd.DataFrame:
    """The sentences as a reader wants them in a spreadsheet: no token columns, and speech
    type in the interface's words next to the column's values."""
    cols = [c for c in sel.columns if not c.startswith("tok_") and c != "article_key"]
    out = sel[cols].copy()
    if "speaker_type" in out.columns:
        words = out["speaker_type"].map({"direct": "quoted", "indirect": "reported"})
        out.insert(list(out.columns).index("speaker_type") + 1, "speech", words)
    out.attrs = sel.attrs
    return out


def _counts_of(freq: pd.DataFrame, explorer: Explorer) -> dict[str, Any]:
    rows = explorer._rows
    return {
        "n_articles": len(pd.unique(explorer._articles[rows])),
        "n_sentences": len(rows),
    }


def _join(items: list[str]) -> str:
    items = [str(i) for i in items]
    return (
        items[0]
        if len(items) == 1
        else ", ".join(items[:-1]) + " and " + items[-1]
        if items
        else ""
    )


def _selection_words(filters: Mapping[str, Any]) -> str:
    """The focus side of keyness in words: 'Xi Jinping on terrorism', not 'the selection'."""
    parts = []
    for key in ("speaker", "topic", "search"):
        value = filters.get(key)
        if value:
            value = [value] if isinstance(value, str) else list(value)
            parts.append(
                ("on " if key == "topic" else "'" if key == "search" else "")
                + _join(value)
                + ("'" if key == "search" else "")
            )
    rest = [k for k in filters if k not in ("speaker", "topic", "search", "topic_how", "regex")]
    if rest:
        parts.append("filtered by " + _join(rest))
    return " ".join(parts) or "the selection"


def _css_name(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", str(text).casefold()).strip("-")


def _date(value: str | None):
    return None if not value else pd.Timestamp(value).date()
