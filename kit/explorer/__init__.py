"""The Explorer: filters and linked views over a sentence table, as ipywidgets.

``kit.Explorer(df)`` shows filters (articles, speaker, speaker type, topic, a keyword or
regex search) and term options (unit, top N, extra stopwords) beside five linked views in
tabs: the term-frequency chart, the matching sentences, KWIC, keyness of the selection
against the rest, and the speaker-by-topic heatmap; and an Export button that writes the
current chart through :func:`kit.export_chart`.

The package: :mod:`._state` (the state dict, checked in one place), :mod:`._selection`
(the filters, through :func:`kit.select`), :mod:`._html` (the listings and messages) and
:mod:`._explorer` (the widgets: layout, wiring and views). It holds no analysis: every
number comes from the kit's public functions (:class:`kit.TermIndex` /
:func:`kit.term_frequencies`, :func:`kit.keyness`, :func:`kit.kwic`, :func:`kit.select`,
:func:`kit.speaker_summary`, :func:`kit.topics_summary`, :func:`kit.speaker_topic_counts`)
and every chart from :mod:`kit.plots`.

What does not change with the filters is computed once, when the Explorer is made: the
stages (speakers, topics) when the table lacks their columns, the counts shown in the
filter lists and the term index. A filter change is then a mask, a sum over the index's
rows and a redraw of the views that are on screen (KWIC, keyness and the heatmap are drawn
when their tab is opened).

The state (every filter and option) reads and sets as a plain dict, ``explorer.state``, so
a notebook can open the Explorer pre-filtered and an export records what was selected.
"""

from ._explorer import Explorer
from ._state import DEFAULT_STATE, VIEWS

__all__ = ["DEFAULT_STATE", "VIEWS", "Explorer"]
