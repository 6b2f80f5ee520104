"""The chart functions: what they draw is checked on the Axes' artists, never on pixels."""

from __future__ import annotations

import warnings

import matplotlib
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import LineCollection
from matplotlib.image import AxesImage
from matplotlib.patches import Rectangle

import kit
from kit import plots
from kit.report import topic_words

STORE = {
    "xi-interpol": {"text": "x" * 1200, "sha256": "a" * 64, "model": "en_core_web_sm-3.8.0"},
    "meng-speech": {"text": "y" * 800, "sha256": "b" * 64, "model": "en_core_web_sm-3.8.0"},
}


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture
def freqs() -> pd.DataFrame:
    """A term_frequencies-shaped table, deliberately not sorted."""
    return pd.DataFrame(
        {
            "term": ["country", "security", "Interpol", "terrorism", "global", "cooperation"],
            "count": [9, 12, 7, 2, 7, 5],
            "per_1000": [20.0, 26.7, 15.6, 4.4, 15.6, 11.1],
            "n_sentences": [7, 8, 6, 2, 5, 4],
        }
    )


@pytest.fixture
def sentences() -> pd.DataFrame:
    """A sentence table after the speakers and topics stages (only the columns needed)."""
    return pd.DataFrame(
        {
            "article_id": ["xi-interpol"] * 5 + ["meng-speech"] * 3,
            "sentence_id": [0, 1, 2, 3, 4, 0, 1, 2],
            "n_words": [20, 18, 25, 30, 12, 15, 15, 10],
            "speaker": ["Xi Jinping", None, "Xi Jinping", "Meng Hongwei", None] + [None] * 3,
            "topics": [
                ["terrorism", "cybercrime"],
                [],
                ["terrorism"],
                ["fugitives"],
                [],
                ["cybercrime"],
                [],
                ["terrorism"],
            ],
            "date": ["2017-09-26"] * 5 + ["2017-10-20"] * 3,
        }
    ).pipe(_with_store)


def _with_store(df: pd.DataFrame) -> pd.DataFrame:
    df.attrs["articles"] = STORE
    return df


def _bars(ax) -> list[Rectangle]:
    return [p for p in ax.patches if isinstance(p, Rectangle)]


def _texts(ax) -> list[str]:
    return [t.get_text() for t in ax.texts]


def _ticklabels(axis) -> list[str]:
    return [t.get_text() for t in axis.get_ticklabels()]


# --- term frequencies ---------------------------------------------------------------------


def test_plot_terms_draws_sorted_labelled_bars_on_the_given_axes(freqs):
    fig, ax = plt.subplots()
    out = kit.plot_terms(freqs, top=4, ax=ax)
    assert out is ax and ax.figure is fig
    bars = _bars(ax)
    assert [b.get_width() for b in bars] == [12, 9, 7, 7]
    # largest at the top: the y axis is inverted and the first tick is the first bar
    assert ax.yaxis_inverted()
    assert _ticklabels(ax.yaxis) == ["security", "country", "Interpol", "global"]
    assert _texts(ax) == ["12", "9", "7", "7"]  # the counts written on the bars
    assert ax.get_xlabel() == "Occurrences"


def test_plot_terms_per_1000_and_title_from_filters_and_sentences(freqs, sentences):
    ax = kit.plot_terms(
        freqs,
        value="per_1000",
        sentences=sentences[sentences["speaker"] == "Xi Jinping"],
        filters={"speaker": "Xi Jinping", "topic": "terrorism"},
    )
    assert ax.get_xlabel() == "Occurrences per 1,000 words"
    assert [round(b.get_width(), 1) for b in _bars(ax)][:2] == [26.7, 20.0]
    title = ax.get_title("left")
    assert title.startswith("Most frequent words: Xi Jinping on terrorism")
    assert "1 article, 2 sentences" in title


def test_plot_terms_records_the_rows_it_drew(freqs):
    ax = kit.plot_terms(freqs, top=3)
    chart = kit.chart_of(ax)
    assert chart.kind == "terms"
    assert chart.data["term"].tolist() == ["security", "country", "Interpol"]
    assert chart.data["count"].tolist() == [b.get_width() for b in _bars(ax)]


def test_empty_selection_draws_a_no_match_panel(freqs):
    _fig, ax = plt.subplots()
    out = kit.plot_terms(freqs.iloc[:0], ax=ax)
    assert out is ax
    assert plots.NO_MATCH in _texts(ax)
    assert not _bars(ax)
    assert list(ax.get_xticks()) == [] and list(ax.get_yticks()) == []


def test_every_plot_survives_an_empty_selection(freqs, sentences):
    keyness = pd.DataFrame(columns=["term", "g2", "p_value", "log_ratio"])
    hits = pd.DataFrame(columns=["term", "article_id", "position"])
    none = sentences.iloc[:0]
    axes = [
        kit.plot_terms(freqs.iloc[:0]),
        kit.plot_terms_by(freqs.iloc[:0].assign(speaker=[]), by="speaker"),
        kit.plot_keyness(keyness),
        kit.plot_dispersion(hits),
        kit.plot_dispersion(pd.DataFrame()),  # kit.dispersion of no terms
        kit.plot_speaker_topics(none),
        kit.plot_topic_shares(none),
    ]
    for ax in axes:
        assert plots.NO_MATCH in _texts(ax), ax.get_title("left")


def test_plot_terms_rejects_a_table_of_another_shape(sentences):
    with pytest.raises(ValueError, match="lacks the column"):
        kit.plot_terms(sentences)


def _two_speakers(freqs):
    return pd.concat(
        [
            freqs.assign(speaker="Xi Jinping"),
            freqs.assign(speaker="Meng Hongwei", count=freqs["count"] // 3, per_1000=1.0),
        ],
        ignore_index=True,
    )[["speaker", "term", "count", "per_1000", "n_sentences"]]


def test_plot_terms_by_draws_a_panel_a_group_on_one_shared_axis(freqs):
    ax = kit.plot_terms_by(_two_speakers(freqs), top=3)
    panels = [a for a in ax.figure.axes if a.get_visible()]
    assert len(panels) == 2 and panels[0] is ax
    assert [p.get_title("left") for p in panels] == ["Xi Jinping", "Meng Hongwei"]
    assert [len(_bars(p)) for p in panels] == [3, 3]  # top=3: three bars in each panel
    assert _ticklabels(ax.yaxis) == ["security", "country", "Interpol"]
    assert panels[0].get_shared_x_axes().joined(panels[0], panels[1])
    assert panels[0].get_xlim() == panels[1].get_xlim()
    data = kit.chart_of(ax).data
    xi = data[data["speaker"] == "Xi Jinping"].set_index("term")["per_1000"]
    assert xi["security"] == pytest.approx(26.7)
    assert ax.figure.get_suptitle().startswith("Most frequent words by speaker")


def test_top_8_per_group_shows_8_bars_in_every_panel(article):
    df = kit.tag_topics(kit.attribute_speakers(article))
    by = kit.term_frequencies(df, by="article_id", top=8)
    two = pd.concat([by, by.assign(article_id="copy")], ignore_index=True)
    ax = kit.plot_terms_by(two, by="article_id", top=8)
    panels = [a for a in ax.figure.axes if a.get_visible()]
    assert [len(_bars(p)) for p in panels] == [8, 8]


def test_plot_terms_by_takes_the_place_of_a_given_subplot(freqs):
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    ax = kit.plot_terms_by(_two_speakers(freqs), top=2, ncols=1, ax=right)
    assert right not in fig.axes and left in fig.axes
    assert ax.get_figure(root=True) is fig
    assert len(ax.figure.axes) == 2  # two panels in the subfigure that replaced `right`


# --- keyness ------------------------------------------------------------------------------


def test_plot_keyness_diverges_and_marks_significance():
    data = pd.DataFrame(
        {
            "term": ["security", "cooperation", "global", "dissident", "concern", "agency"],
            "count_focus": [12, 6, 3, 0, 1, 1],
            "count_reference": [1, 1, 2, 5, 6, 2],
            "g2": [14.0, 6.1, 0.9, -8.0, -6.5, -0.4],  # signed, as kit.keyness gives it
            "p_value": [0.0002, 0.013, 0.34, 0.005, 0.011, 0.53],
            "log_ratio": [3.1, 2.2, 0.8, -3.6, -2.5, -1.0],
        }
    )
    ax = kit.plot_keyness(data, top=2, focus_label="Xi Jinping", reference_label="narration")
    widths = [b.get_width() for b in _bars(ax)]
    assert widths == [3.1, 2.2, -3.6, -2.5]  # two a side, by |G²|, strongest outermost
    labels = ["security *", "cooperation *", "dissident * †", "concern *"]
    assert _ticklabels(ax.yaxis) == labels  # † "dissident": never said by the focus
    colours = {b.get_facecolor()[:3] for b in _bars(ax)}
    assert len(colours) == 2  # one colour a side
    assert "more in Xi Jinping →" in _texts(ax)
    assert kit.chart_of(ax).data["absent_on_other_side"].tolist() == [False, False, True, False]


def test_plot_keyness_pales_non_significant_bars():
    data = pd.DataFrame(
        {
            "term": ["a", "b"],
            "count_focus": [5, 1],
            "count_reference": [1, 4],
            "g2": [3.0, -1.2],
            "p_value": [0.08, 0.27],
            "log_ratio": [1.5, -1.4],
        }
    )
    ax = kit.plot_keyness(data)
    faint = matplotlib.colors.to_rgba(kit.style.DIVERGING["faint"])
    assert all(b.get_facecolor() == faint for b in _bars(ax))
    assert _ticklabels(ax.yaxis) == ["a", "b"]


# --- dispersion ---------------------------------------------------------------------------


def test_plot_dispersion_ticks_every_hit_in_term_order(sentences):
    hits = pd.DataFrame(
        {
            "term": ["security"] * 3 + ["terrorism"] * 2,
            "article_id": ["xi-interpol"] * 4 + ["meng-speech"],
            "position": [0.05, 0.4, 0.42, 0.1, 0.9],
        }
    )
    ax = kit.plot_dispersion(hits, terms=["terrorism", "security", "fugitive"], sentences=sentences)
    lines = [c for c in ax.collections if isinstance(c, LineCollection)]
    xs = [sorted(seg[0][0] for seg in c.get_segments()) for c in lines]
    assert xs == [[0.1, 0.9], [0.05, 0.4, 0.42], []]
    assert _ticklabels(ax.yaxis) == ["terrorism (2)", "security (3)", "fugitive (0)"]
    words = sentences.groupby("article_id", sort=False)["n_words"].sum()
    boundary = words.iloc[0] / words.sum()
    assert [ln.get_xdata()[0] for ln in ax.lines] == [pytest.approx(boundary)]
    assert "2 articles" in ax.get_xlabel()


# --- speakers by topics -------------------------------------------------------------------


def test_speaker_topic_counts_counts_each_topic_of_a_sentence(sentences):
    table = kit.speaker_topic_counts(sentences)
    assert table.loc["Xi Jinping", "terrorism"] == 2
    assert table.loc["Xi Jinping", "cybercrime"] == 1
    assert table.loc["Meng Hongwei", "fugitives"] == 1
    assert table.loc[kit.speakers.NO_SPEAKER, kit.topics.NO_TOPIC] == 3
    assert table.index[-1] == kit.speakers.NO_SPEAKER and table.columns[-1] == kit.topics.NO_TOPIC
    # every sentence is counted once per topic (once in "(no topic)" when it has none)
    assert table.to_numpy().sum() == sum(max(1, len(t)) for t in sentences["topics"])


def test_plot_speaker_topics_heatmap_holds_the_counts(sentences):
    ax = kit.plot_speaker_topics(sentences)
    image = next(a for a in ax.get_children() if isinstance(a, AxesImage))
    table = kit.speaker_topic_counts(sentences)
    np.testing.assert_array_equal(image.get_array(), table.to_numpy())
    assert _ticklabels(ax.yaxis) == list(table.index)
    assert _ticklabels(ax.xaxis) == list(table.columns)
    assert sorted(_texts(ax)) == sorted(str(v) for v in table.to_numpy().ravel())
    assert "2 articles, 8 sentences" in ax.get_title("left")


# --- topic shares -------------------------------------------------------------------------


def test_topic_shares_per_article(sentences):
    shares = kit.topic_shares(sentences)
    row = shares.set_index(["article_id", "topic"]).loc[("xi-interpol", "terrorism")]
    assert (row["n_sentences"], row["total"]) == (2, 5)
    assert row["share"] == pytest.approx(0.4)


def test_plot_topic_shares_over_time_when_dates_are_known(sentences):
    ax = kit.plot_topic_shares(sentences)
    assert "over time" in ax.get_title("left")
    assert {ln.get_label() for ln in ax.lines} == {"terrorism", "cybercrime", "fugitives"}
    terror = next(ln for ln in ax.lines if ln.get_label() == "terrorism")
    assert list(terror.get_ydata()) == pytest.approx([40.0, 100 / 3])


def test_plot_topic_shares_per_article_without_dates(sentences):
    ax = kit.plot_topic_shares(sentences.assign(date=None))
    assert "per article" in ax.get_title("left")
    assert _ticklabels(ax.yaxis) == ["xi-interpol", "meng-speech"]
    assert len(_bars(ax)) == 2 * 3


# --- no global state ----------------------------------------------------------------------


def test_plots_leave_the_users_rcparams_alone_and_never_show(freqs, monkeypatch):
    monkeypatch.setattr(plt, "show", lambda *a, **k: pytest.fail("plt.show() called"))
    with matplotlib.rc_context({"font.size": 17, "axes.titlesize": 5}):
        before = dict(matplotlib.rcParams)
        ax = kit.plot_terms(freqs)
        assert dict(matplotlib.rcParams) == before
        assert ax.title.get_fontsize() == kit.style.REPORT_RC["axes.titlesize"]


def test_a_backend_switched_on_inside_the_style_stays_on():
    """Jupyter's inline backend turns interactive mode on when the first figure is made;
    leaving the style must not turn it off again, or later charts stop showing."""
    was = matplotlib.is_interactive()
    try:
        matplotlib.interactive(False)
        with kit.report_style():
            matplotlib.interactive(True)  # what activating the inline backend does
        assert matplotlib.is_interactive()
        with kit.report_style():
            pass
        assert matplotlib.is_interactive()
    finally:
        matplotlib.interactive(was)


def test_new_figures_are_a4_width(freqs):
    ax = kit.plot_terms(freqs)
    assert ax.figure.get_figwidth() == pytest.approx(kit.style.FULL_WIDTH)


# --- through the real stages --------------------------------------------------------------


def test_real_stages_bundled_article(article):
    df = kit.tag_topics(kit.attribute_speakers(article))
    xi = df[df["speaker"] == "Xi Jinping"]
    freqs = kit.term_frequencies(xi, top=10)
    ax = kit.plot_terms(freqs, sentences=xi, filters={"speaker": "Xi Jinping"})
    assert [b.get_width() for b in _bars(ax)] == freqs["count"].tolist()
    assert f"1 article, {len(xi)} sentences" in ax.get_title("left")
    prov = kit.chart_of(ax).provenance
    assert prov["articles"][0]["sha256"] == article.attrs["articles"]["xi-interpol-pti"]["sha256"]

    heat = kit.plot_speaker_topics(df)
    assert "Xi Jinping" in _ticklabels(heat.yaxis)

    hits = kit.dispersion(df, ["security", "terrorism"])
    disp = kit.plot_dispersion(hits, sentences=df)
    n_ticks = sum(len(c.get_segments()) for c in disp.collections)
    assert n_ticks == len(hits)

    key = kit.keyness(df, df["speaker"].eq("Xi Jinping").to_numpy(), min_count=1)
    kax = kit.plot_keyness(key, focus_label="Xi Jinping", reference_label="rest", sentences=df)
    assert len(_bars(kax)) > 0
    assert "1 article, 14 vs 5 sentences" in kax.get_title("left")  # each side's sentences


# --- over time ----------------------------------------------------------------------------


def test_plot_over_time_draws_a_line_a_series_largest_first():
    months = pd.period_range("2019-01", periods=4, freq="M")
    shares = pd.DataFrame(
        {"cybercrime": [0.1, 0.0, 0.2, 0.1], "terrorism": [0.3, 0.5, 0.2, 0.4]}, index=months
    )
    ax = kit.plot_over_time(shares, title="Topics by month")
    assert [ln.get_label() for ln in ax.lines] == ["terrorism", "cybercrime"]
    assert list(ax.lines[0].get_ydata()) == pytest.approx([30, 50, 20, 40])
    assert ax.get_ylabel() == "Share (%)"
    data = kit.chart_of(ax).data
    assert len(data) == 8 and set(data["series"]) == {"terrorism", "cybercrime"}


def test_plot_over_time_draws_term_shares_as_they_come(article):
    df = kit.load_text(kit.article_text(article), date="2017-09-26", topics=False)
    long = kit.term_shares(df, ["security", "Interpol"], freq="M")
    ax = kit.plot_over_time(long)
    wide = long.pivot(index="date", columns="term", values="share")
    assert sorted(ln.get_label() for ln in ax.lines) == ["Interpol", "security"]
    drawn = {ln.get_label(): list(ln.get_ydata()) for ln in ax.lines}
    assert drawn["security"] == pytest.approx(list(wide["security"] * 100))


def test_plot_over_time_labels_periods_given_as_text():
    weeks = pd.DataFrame({"security": [2, 5, 1]}, index=["2019-W01", "2019-W02", "2019-W03"])
    ax = kit.plot_over_time(weeks, percent=False, ylabel="Occurrences")
    assert _ticklabels(ax.xaxis) == ["2019-W01", "2019-W02", "2019-W03"]
    assert list(ax.lines[0].get_ydata()) == [2, 5, 1]
    empty = kit.plot_over_time(weeks.iloc[:0])
    assert plots.NO_MATCH in _texts(empty)


# --- readable on screen and in print ------------------------------------------------------

LONG_NAME = "Ukrainian Foreign Ministry spokeswoman"


def _overlaps(boxes) -> bool:
    return any(a.overlaps(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])


def _inside_figure(ax, artist) -> bool:
    box, fig = artist.get_window_extent(), ax.get_figure(root=True).bbox
    return box.x0 >= fig.x0 - 1 and box.x1 <= fig.x1 + 1 and box.y1 <= fig.y1 + 1


@pytest.mark.parametrize(
    "columns",
    [
        {},
        {"terrorism": "terrorism and violent extremism", "cybercrime": "online fraud and theft"},
        {c: f"{c} and a long description of it" for c in ["terrorism", "cybercrime"]},
    ],
)
def test_heatmap_with_a_long_speaker_keeps_title_and_labels_readable(sentences, columns):
    df = sentences.assign(speaker=sentences["speaker"].replace("Meng Hongwei", LONG_NAME))
    table = kit.speaker_topic_counts(df).rename(columns=columns)
    for topic in ("fugitives", "a fourth topic", "a fifth topic", "sixth"):
        table[topic] = 1
    ax = kit.plot_speaker_topics(table, filters={"speaker": [LONG_NAME, "Xi Jinping"]})
    ax.figure.canvas.draw()
    columns = [t for t in ax.get_xticklabels() if t.get_text()]
    assert not _overlaps([t.get_window_extent() for t in columns])
    assert not _overlaps([t.get_window_extent() for t in ax.get_yticklabels()])
    for artist in [ax.title, *columns, *ax.get_yticklabels()]:
        assert _inside_figure(ax, artist), artist.get_text()
    shown = _ticklabels(ax.yaxis)
    assert LONG_NAME not in shown and any(s.startswith("Ukrainian") for s in shown)
    speakers = kit.chart_of(ax).data.iloc[:, 0]
    assert LONG_NAME in set(speakers)  # the CSV keeps the full name


# --- keyness: both sides named, small sides, the rest, circular terms ---------------------


def _key_table(n_focus: int, n_reference: int, focus="the selection", reference="the rest"):
    data = pd.DataFrame(
        {
            "term": ["terrorism", "security", "cooperation", "say", "year", "police"],
            "count_focus": [6, 5, 4, 3, 1, 0],
            "count_reference": [0, 1, 1, 9, 3, 8],
            "g2": [12.0, 6.0, 4.5, -0.3, -0.2, -9.0],
            "p_value": [0.0005, 0.014, 0.034, 0.58, 0.65, 0.003],
            "log_ratio": [4.0, 2.6, 2.2, -0.2, -0.4, -3.5],
        }
    )
    data.attrs.update(focus=focus, reference=reference, n_focus=n_focus, n_reference=n_reference)
    return data


def test_keyness_title_names_what_was_selected_and_what_it_is_compared_with():
    ax = kit.plot_keyness(_key_table(14, 40), filters={"speaker": "Xi Jinping"})
    assert ax.get_title("left").startswith("Key terms: Xi Jinping vs the rest")
    assert "14 vs 40 sentences" in ax.get_title("left")
    named = kit.plot_keyness(_key_table(9, 7, "quoted", "reported"))
    assert named.get_title("left").startswith("Key terms: quoted vs reported")


def test_keyness_says_when_a_side_is_too_small_and_stars_nothing():
    ax = kit.plot_keyness(_key_table(2, 17), filters={"speaker": "Meng Hongwei"})
    assert not any("*" in label for label in _ticklabels(ax.yaxis))
    assert "Meng Hongwei has only 2 sentences (fewer than 5)" in ax.get_xlabel()
    assert not kit.chart_of(ax).data["significant"].any()
    big = kit.plot_keyness(_key_table(20, 17))
    assert "security *" in _ticklabels(big.yaxis) and "only" not in big.get_xlabel()


def test_a_keyness_chart_of_three_bars_keeps_room_for_its_bars(tmp_path):
    # three bars with a small side's note once left the bars no room: constrained layout
    # gave up ("axes sizes collapsed to zero") and the bars were a sliver
    table = _key_table(2, 17).head(3)
    ax = kit.plot_keyness(table, filters={"topic": "terrorism"}, min_effect=0)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ax.figure.savefig(tmp_path / "key.png", dpi=80)
    inches = ax.get_window_extent().height / ax.figure.dpi
    assert inches > 0.5


def test_keyness_against_the_rest_leaves_out_its_near_zero_bars():
    ax = kit.plot_keyness(_key_table(20, 40))
    terms = kit.chart_of(ax).data["term"].tolist()
    assert terms == ["terrorism", "security", "cooperation", "police"]  # not say/year
    # two named groups keep both sides, but still not the near-zero bars
    named = kit.plot_keyness(_key_table(20, 40, "quoted", "reported"), min_effect=0.3)
    assert "year" in kit.chart_of(named).data["term"].tolist()
    assert "say" not in kit.chart_of(named).data["term"].tolist()


def test_keyness_of_a_topic_leaves_out_the_topics_own_words(article):
    df = kit.tag_topics(kit.attribute_speakers(article))
    on_topic = kit.topic_mask(df, "terrorism").to_numpy()
    key = kit.keyness(df, on_topic, min_count=1)
    assert "terrorism" in set(key["term"])  # key by construction
    words = topic_words(df, "terrorism")
    assert {"terrorism", "terrorist"} <= words
    ax = kit.plot_keyness(key, exclude=words, filters={"topic": "terrorism"})
    drawn = {t.casefold() for t in kit.chart_of(ax).data["term"]}
    assert not drawn & words
    assert kit.chart_of(ax).provenance["options"]["excluded"] == sorted(words)
    assert ax.get_title("left").startswith("Key terms: sentences on terrorism vs the rest")


# --- the source line ----------------------------------------------------------------------


def test_source_line_under_the_chart_names_articles_selection_date_and_version(freqs, sentences):
    xi = sentences[sentences["speaker"] == "Xi Jinping"]
    ax = kit.plot_terms(freqs, sentences=xi, filters={"speaker": "Xi Jinping"}, source_line=True)
    fig = ax.figure
    (line,) = [t for t in fig.texts if t.get_gid() == plots.SOURCE_LINE_GID]
    text = line.get_text().replace("\n", " ")
    assert text.startswith("Source: 1 article (xi-interpol)")
    assert "Xi Jinping, 2 sentences" in text and f"news-kit {kit.__version__}" in text
    fig.canvas.draw()
    below = line.get_window_extent()
    assert below.y1 < ax.xaxis.label.get_window_extent().y0  # under the axis label
    assert below.x1 <= fig.bbox.x1 + 1 and below.y0 >= fig.bbox.y0 - 1
    kit.add_source_line(ax)  # once only
    assert sum(t.get_gid() == plots.SOURCE_LINE_GID for t in fig.texts) == 1
    plots.remove_source_line(fig)
    assert not fig.texts
    assert not kit.plot_terms(freqs).figure.texts  # off by default in the plot functions


def test_every_text_is_readable_when_the_chart_is_1024_px_wide(freqs, sentences):
    by = _two_speakers(freqs)
    axes = [
        kit.plot_terms(freqs, source_line=True),
        kit.plot_terms_by(by, top=4, source_line=True),
        kit.plot_keyness(_key_table(3, 20), source_line=True),
        kit.plot_speaker_topics(sentences, source_line=True),
        kit.plot_topic_shares(sentences.assign(date=None), source_line=True),
    ]
    for ax in axes:
        fig = ax.get_figure(root=True)
        px_per_pt = 1024 / (fig.get_figwidth() * 72)
        texts = [t for t in fig.findobj(matplotlib.text.Text) if t.get_visible() and t.get_text()]
        smallest = min(t.get_fontsize() for t in texts)
        # 16 px: a browser's own body text; the old 6.5 pt bar labels drew 14.7 px here
        assert smallest * px_per_pt >= 16, (fig.get_suptitle() or ax.get_title("left"), smallest)
