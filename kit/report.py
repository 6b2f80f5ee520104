"""The standard report: the charts and tables of a selection, written into a folder.

One recipe, used by ``kit report`` (the cli) and by :meth:`kit.Explorer.export_report`:
top terms, terms by speaker (when two or more speak), key terms of the selection against
the rest (when a filter selects part of the table), dispersion of the top terms, speakers
by topic and topic shares as charts (:func:`kit.export_chart`: images, CSV, provenance);
sentences, key terms, speakers and keyword-in-context lines as tables
(:func:`kit.export_table`). Nothing is overwritten: a taken name gets a numbered set.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

from .export import CHART_FORMATS, export_chart, export_table
from .plots import (
    plot_dispersion,
    plot_keyness,
    plot_speaker_topics,
    plot_terms,
    plot_terms_by,
    plot_topic_shares,
)
from .provenance import describe
from .sentences import view
from .speakers import speaker_summary
from .terms import TermOptions, dispersion, keyness, kwic, term_frequencies

__all__ = ["report_steps", "topic_words", "write_report"]

Step = Callable[[], list[Path]]


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
) -> list[tuple[str, Step]]:
    """The report as ``(label, step)`` pairs; each step writes its files and returns them.

    ``df`` is a sentence table with the speaker and topic columns (``kit.load_*``);
    ``selected`` a boolean mask of its rows (:func:`kit.select`; default: every row) and
    ``filters`` how it was chosen, for titles and provenance. ``options`` are the term
    options (default: lemmas), ``top`` the number of terms drawn.
    """
    return _Recipe(df, Path(out), selected, filters, options, top, formats, dpi, excel).steps()


def write_report(df: pd.DataFrame, out: str | Path, **kwargs: Any) -> list[Path]:
    """Write the whole report (arguments as :func:`report_steps`); return the paths written."""
    return [path for _label, step in report_steps(df, out, **kwargs) for path in step()]


class _Recipe:
    def __init__(self, df, out, selected, filters, options, top, formats, dpi, excel) -> None:
        mask = np.ones(len(df), bool) if selected is None else np.asarray(selected, dtype=bool)
        if len(mask) != len(df):
            raise ValueError(f"selected has {len(mask)} values; the table has {len(df)} rows")
        self.all, self.mask, self.sel = df, mask, df[mask]
        self.out = out
        self.filters = dict(filters or {})
        self.opts = options or TermOptions()
        self.top, self.formats, self.dpi = top, tuple(formats), dpi
        self.table_formats = ("csv", "xlsx") if excel else ("csv",)
        self.options = {"unit": self.opts.unit, "top": top}  # what provenance records
        if self.opts.ngram_range != (1, 1):
            self.options["ngram"] = list(self.opts.ngram_range)
        self.freqs: pd.DataFrame | None = None

    def steps(self) -> list[tuple[str, Step]]:
        return [
            ("top terms", self.terms),
            ("terms by speaker", self.terms_by_speaker),
            ("key terms", self.key_terms),
            ("dispersion", self.where),
            ("speakers and topics charts", self.speakers_topics),
            ("tables", self.tables),
        ]

    def chart(self, name: str, draw: Callable[[], Any]) -> list[Path]:
        ax = draw()
        try:
            files = export_chart(ax, self.out / name, formats=self.formats, dpi=self.dpi)
            return list(files.values())
        finally:
            plt.close(ax.figure)

    def table(self, name: str, data: pd.DataFrame, **kw: Any) -> list[Path]:
        return list(export_table(data, self.out / name, formats=self.table_formats, **kw).values())

    def _frequencies(self) -> pd.DataFrame:
        if self.freqs is None:  # an empty selection gives a table without rows
            self.freqs = term_frequencies(self.sel, options=self.opts, top=self.top)
        return self.freqs

    def terms(self) -> list[Path]:
        freqs = self._frequencies()
        return self.chart(
            "terms",
            lambda: plot_terms(
                freqs, sentences=self.sel, filters=self.filters, options=self.options
            ),
        )

    def terms_by_speaker(self) -> list[Path]:
        named = self.sel[self.sel["speaker"].notna()]
        if named["speaker"].nunique() < 2:
            return []  # one speaker (or none): the top-terms chart already says it all
        by = term_frequencies(named, by="speaker", options=self.opts)
        return self.chart(
            "terms-by-speaker",
            lambda: plot_terms_by(
                by,
                by="speaker",
                top=min(self.top, 12),
                sentences=named,
                filters=self.filters,
                options=self.options,
            ),
        )

    def key_terms(self) -> list[Path]:
        if not any(self.filters.values()) or self.mask.all() or not self.mask.any():
            return []  # keyness needs a selection and a rest to compare it with
        key = keyness(self.all, self.mask, options=self.opts)
        label = describe({"filters": self.filters}).rstrip(".")
        files = self.chart(
            "key-terms",
            lambda: plot_keyness(
                key,
                top=max(5, self.top // 2),
                focus_label=label,
                reference_label="the other sentences",
                sentences=self.all,
                filters=self.filters,
                options=self.options,
            ),
        )
        prov = {"options": self.options}
        return files + self.table("key-terms-all", key, filters=self.filters, provenance=prov)

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
            + self.table("speakers", speaker_summary(self.all))
        )

    def tables(self) -> list[Path]:
        sel = self.sel
        files = self.table("sentences", view(sel), filters=self.filters)
        terms = self._frequencies()["term"].head(5)
        lines = [kwic(sel, t) for t in terms] if len(sel) else []
        lines = [frame for frame in lines if len(frame)]
        if lines:
            files += self.table("kwic", pd.concat(lines, ignore_index=True), filters=self.filters)
        return files
