"""The Explorer's wiring, outside a kernel: set widget values (observers fire), click buttons.

What the Explorer shows must be what the public functions return for the same selection:
the tests compare its chart rows with ``kit.term_frequencies`` of the filtered table, its
selection with masks built by hand, its KWIC with ``kit.kwic``.
"""

from __future__ import annotations

import json
import re

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

import kit
from kit.explorer import DEFAULT_STATE, VIEWS

TWO_STORIES = {
    "cyber-raid": (
        "Police in Lagos arrested 12 suspects in a cyber fraud raid on Monday, officials said.\n\n"
        '"These hackers stole millions from pensioners," said Commissioner Ada Okafor.\n\n'
        "Okafor said the ransomware gang had also targeted hospitals.\n\n"
        '"We will find every one of them," she added.'
    ),
    "manhunt": (
        "Interpol has issued a red notice for the fugitive banker Marco Ruiz.\n\n"
        "Ruiz fled to Dubai after the fraud trial, prosecutors said.\n\n"
        '"He cannot hide for ever," said prosecutor Lena Vogt.'
    ),
}


@pytest.fixture(scope="module")
def tagged(article):
    """The bundled article with both stages run (the Explorer's own input)."""
    return kit.tag_topics(kit.attribute_speakers(article))


@pytest.fixture
def explorer(tagged, tmp_path):
    return kit.Explorer(tagged, export_dir=tmp_path / "exports")


@pytest.fixture(scope="module")
def two_stories():
    table = pd.DataFrame({"id": list(TWO_STORIES), "text": list(TWO_STORIES.values())})
    return kit.load_corpus(table, id_column="id", progress=False)


def drawn_terms(explorer) -> pd.DataFrame:
    chart = explorer.chart("Terms")
    assert chart is not None, "the term chart was not drawn"
    return chart.data[["term", "count"]].reset_index(drop=True)


def expected_terms(table: pd.DataFrame, **options) -> pd.DataFrame:
    freq = kit.term_frequencies(table, **{"top": 20, **options})
    return freq[["term", "count"]].reset_index(drop=True)


def test_defaults_show_every_sentence_and_its_terms(explorer, tagged):
    assert explorer.state == DEFAULT_STATE
    assert explorer._w["status"].value == f"{len(tagged)} of {len(tagged)} sentences, 1 article"
    pd.testing.assert_frame_equal(drawn_terms(explorer), expected_terms(tagged))
    assert len(drawn_terms(explorer)) == 20


def test_filter_lists_show_counts_from_the_stages(explorer, tagged):
    labels = {value: label for label, value in explorer._w["speakers"].options}
    for row in kit.speaker_summary(tagged).itertuples():
        assert labels[row.speaker] == f"{row.speaker} ({row.n_sentences})"
    unattributed = int(tagged["speaker"].isna().sum())
    assert labels["(no speaker)"] == f"(no speaker) ({unattributed})"
    topic_labels = [label for label, _ in explorer._w["topics"].options]
    summary = kit.topics_summary(tagged)
    assert topic_labels == [
        f"{t} ({n})" for t, n in zip(summary.topic, summary.n_sentences, strict=True)
    ]


def test_speaker_filter_redraws_chart_and_sentences(explorer, tagged):
    before_terms = drawn_terms(explorer)
    before_lines = explorer._w["sentences"].value
    name = kit.speaker_summary(tagged)["speaker"].iloc[0]

    explorer._w["speakers"].value = (name,)

    expected = tagged[tagged["speaker"] == name]
    assert explorer.selection.index.tolist() == expected.index.tolist()
    assert explorer._w["status"].value.startswith(f"{len(expected)} of {len(tagged)} sentences")
    # a speaker chosen: their own words are counted (issue 13)
    pd.testing.assert_frame_equal(drawn_terms(explorer), expected_terms(expected, scope="speech"))
    assert not drawn_terms(explorer).equals(before_terms)
    assert explorer._w["sentences"].value != before_lines
    assert explorer.chart("Terms").provenance["filters"]["speaker"] == [name]

    explorer._w["speakers"].value = ("(no speaker)",)
    assert explorer.selection["speaker"].isna().all()
    assert len(explorer.selection) == tagged["speaker"].isna().sum()


def test_speech_type_filter(explorer, tagged):
    explorer._w["speaker_type"].value = "direct"
    assert len(explorer.selection) == (tagged["speaker_type"] == "direct").sum() > 0
    explorer._w["speaker_type"].value = "reported"
    assert (explorer.selection["speaker_type"] == "indirect").all()
    assert len(explorer.selection) == (tagged["speaker_type"] == "indirect").sum()


def test_topic_filter_any_and_all(explorer, tagged):
    names = [value for _label, value in explorer._w["topics"].options]
    pairs = [
        [a, b]
        for i, a in enumerate(names)
        for b in names[i + 1 :]
        if kit.topic_mask(tagged, [a, b], how="all").sum()
        < kit.topic_mask(tagged, [a, b], how="any").sum()
    ]
    assert pairs, "the bundled article should have two topics that do not always go together"
    topics = pairs[0]
    explorer._w["topics"].value = tuple(topics)
    any_rows = kit.topic_mask(tagged, topics, how="any")
    assert explorer.selection.index.tolist() == tagged.index[any_rows].tolist()
    pd.testing.assert_frame_equal(drawn_terms(explorer), expected_terms(tagged[any_rows]))

    explorer._w["topic_how"].value = "all"
    all_rows = kit.topic_mask(tagged, topics, how="all")
    assert explorer.selection.index.tolist() == tagged.index[all_rows].tolist()
    pd.testing.assert_frame_equal(drawn_terms(explorer), expected_terms(tagged[all_rows]))


def test_search_keyword_and_regex(explorer, tagged):
    explorer._w["search"].value = "Interpol"
    expected = tagged["text"].str.contains("interpol", case=False)
    assert explorer.selection.index.tolist() == tagged.index[expected].tolist()
    assert "<mark class='kit-hit'" in explorer._w["sentences"].value

    explorer.state = {"search": r"\bcyber\s+crimes?\b", "regex": True}
    expected = tagged["text"].str.contains(r"\bcyber\s+crimes?\b", case=False, regex=True)
    assert 0 < len(explorer.selection) == expected.sum()


def test_bad_regex_is_a_message_not_a_traceback(explorer):
    explorer.state = {"search": "terror(", "regex": True}
    assert "not a valid regular expression" in explorer._w["status"].value
    assert len(explorer.selection) == 0
    assert "kit-empty" in explorer._w["sentences"].value
    assert explorer.chart("Terms") is None


def test_empty_selection_shows_a_message_in_every_view(explorer, tagged):
    explorer.state = {"search": "no such words anywhere"}
    assert explorer._w["status"].value.startswith(f"0 of {len(tagged)} sentences")
    for view in VIEWS:
        explorer.state = {"view": view}
        assert explorer.chart(view) is None
    assert "kit-empty" in explorer._w["sentences"].value
    assert "kit-empty" in explorer._w["kwic_out"].value
    explorer._w["export"].click()
    assert "nothing to export" in explorer._w["export_log"].value
    assert not list(explorer.export_dir.glob("*"))


def test_term_options_change_the_counts(explorer, tagged):
    explorer._w["unit"].value = "word"
    pd.testing.assert_frame_equal(drawn_terms(explorer), expected_terms(tagged, unit="word"))
    explorer._w["unit"].value = "n-gram"
    assert not explorer._w["ngram"].disabled
    terms = drawn_terms(explorer)
    # n-grams of words as written (issue 15: lemma bigrams read oddly, "China hop")
    pd.testing.assert_frame_equal(terms, expected_terms(tagged, unit="word", ngram=2))
    assert all(len(t.split()) == 2 for t in terms["term"])
    explorer.state = {"unit": "lemma", "top": 5}
    assert len(drawn_terms(explorer)) == 5
    first = drawn_terms(explorer)["term"].iloc[0]
    explorer._w["stopwords"].value = f"{first}, Interpol"
    assert first not in set(drawn_terms(explorer)["term"])
    assert explorer.state["stopwords"] == [first, "Interpol"]
    pd.testing.assert_frame_equal(
        drawn_terms(explorer), expected_terms(tagged, top=5, stopwords=[first, "Interpol"])
    )


def test_state_round_trip_and_clear_errors(explorer, tagged):
    name = kit.speaker_summary(tagged)["speaker"].iloc[0]
    explorer.state = {"speakers": [name], "speaker_type": "direct", "top": 10, "view": "Sentences"}
    state = explorer.state
    assert json.loads(json.dumps(state)) == state  # plain data, fit for a JSON sidecar
    again = kit.Explorer(tagged, state=state)
    assert again.state == state
    assert again.selection.index.tolist() == explorer.selection.index.tolist()
    pd.testing.assert_frame_equal(drawn_terms(again), drawn_terms(explorer))

    with pytest.raises(ValueError, match="unknown Explorer state keys"):
        explorer.state = {"speaker": [name]}
    with pytest.raises(ValueError, match="not in this table"):
        explorer.state = {"speakers": ["Nobody Atall"]}
    with pytest.raises(ValueError, match="speaker_type must be one of"):
        explorer.state = {"speaker_type": "shouted"}


def test_kwic_keyness_and_heatmap_views(explorer, tagged):
    name = kit.speaker_summary(tagged)["speaker"].iloc[0]
    explorer.state = {"speakers": [name], "view": "KWIC"}
    term = drawn_terms(explorer)["term"].iloc[0]
    assert term in explorer._w["kwic_term"].options  # picked from the chart's list
    explorer._w["kwic_term"].value = term
    lines = kit.kwic(explorer.selection, term, window=DEFAULT_STATE["kwic_window"])
    assert explorer._w["kwic_out"].value.count("<mark class='kit-hit'>") == len(lines) > 0

    explorer.state = {"view": "Keyness"}
    chart = explorer.chart("Keyness")
    assert chart is not None and chart.kind == "keyness"
    focus = (tagged["speaker"] == name).to_numpy()
    key = kit.keyness(tagged, focus)
    shown = chart.data.set_index("term")["g2"]
    assert np.allclose(shown, key.set_index("term").loc[shown.index, "g2"])

    explorer.state = {"view": "Heatmap", "speakers": []}
    chart = explorer.chart("Heatmap")
    assert chart.kind == "speaker_topics"
    counts = kit.speaker_topic_counts(tagged)
    drawn = chart.data.set_index(["speaker", "topic"])["n_sentences"]
    assert drawn.sum() == counts.to_numpy().sum()


def test_keyness_of_everything_asks_for_a_filter(explorer):
    explorer.state = {"view": "Keyness"}
    assert explorer.chart("Keyness") is None  # a message instead: nothing to compare with


def test_export_button_writes_the_files_with_the_state(explorer, tagged):
    name = kit.speaker_summary(tagged)["speaker"].iloc[0]
    explorer.state = {"speakers": [name], "topics": ["terrorism"]}
    explorer._w["file_name"].value = "xi-terror"
    explorer._w["formats"].value = ("png", "svg")
    explorer._w["dpi"].value = 150
    explorer._w["export"].click()

    folder = explorer.export_dir
    written = sorted(p.name for p in folder.iterdir())
    assert written == ["xi-terror.csv", "xi-terror.json", "xi-terror.png", "xi-terror.svg"]
    log = explorer._w["export_log"].value
    assert all(str(folder / n) in log for n in written)
    sidecar = json.loads((folder / "xi-terror.json").read_text())
    assert sidecar["explorer_state"] == explorer.state
    csv = pd.read_csv(folder / "xi-terror.csv")
    assert csv["term"].tolist() == drawn_terms(explorer)["term"].tolist()
    png = (folder / "xi-terror.png").read_bytes()
    assert png.startswith(b"\x89PNG")
    # A second export does not overwrite the first.
    explorer._w["export"].click()
    assert (folder / "xi-terror-1.png").exists()


def test_no_figures_are_left_open(explorer):
    before = set(plt.get_fignums())
    for view in VIEWS:
        explorer.state = {"view": view, "speakers": ["(no speaker)"]}
    explorer.state = {"view": "Terms"}
    explorer.export_chart("leak-check", formats=["png"])
    explorer.state = {"view": "Keyness"}
    explorer.export("leak-check-keyness", formats=["png", "csv"])
    assert set(plt.get_fignums()) == before


def test_articles_filter_on_several_stories(two_stories, tmp_path):
    explorer = kit.Explorer(two_stories, export_dir=tmp_path)
    options = {v: label for label, v in explorer._w["articles"].options}
    assert set(options) == set(TWO_STORIES)
    n_raid = int((two_stories["article_id"] == "cyber-raid").sum())
    assert options["cyber-raid"] == f"cyber-raid ({n_raid})"
    assert explorer._w["status"].value.endswith("2 articles")

    explorer._w["articles"].value = ("manhunt",)
    assert set(explorer.selection["article_id"]) == {"manhunt"}
    assert explorer._w["status"].value.endswith("1 article")
    terms = set(drawn_terms(explorer)["term"])
    assert "Ruiz" in terms and "hacker" not in terms
    # The sentence list names the article when there are several.
    assert re.search(r"manhunt §\d", explorer._w["sentences"].value)


def test_a_table_without_stages_gets_them(article):
    explorer = kit.Explorer(article)
    assert {"speaker", "speaker_type", "topics"} <= set(explorer.df.columns)
    assert "speaker" not in article.columns  # the caller's table is left alone


def test_not_a_sentence_table():
    with pytest.raises(TypeError, match="sentence table"):
        kit.Explorer(pd.DataFrame({"a": [1]}))


# --- a corpus: the Wikinews sample, metadata, dates, speakers, exports (issue 15) ----------


@pytest.fixture(scope="module")
def wikinews():
    """Twelve articles of the shipped Wikinews sample (dated, titled), with a made-up
    ``section`` column to filter on (the sample has none)."""
    table = kit.sample_corpus().iloc[::24].head(12).reset_index(drop=True)
    table["section"] = np.where(np.arange(len(table)) % 3 == 0, "world", "politics")
    return kit.load_corpus(table, id_column="id", progress=False)


@pytest.fixture
def corpus_explorer(wikinews, tmp_path):
    return kit.Explorer(wikinews, export_dir=tmp_path / "exports")


def test_articles_are_listed_by_date_and_title_and_searched(corpus_explorer, wikinews):
    first = wikinews.iloc[0]
    label = {v: k for k, v in corpus_explorer._w["articles"].options}[first.article_id]
    n = int((wikinews["article_id"] == first.article_id).sum())
    assert label == f"{first.date.date().isoformat()} · {first.title} ({n})"
    word = first.title.split()[0]
    corpus_explorer._w["article_search"].value = word.lower()
    shown = [lab for lab, _v in corpus_explorer._w["articles"].options]
    assert shown and all(word.lower() in lab.lower() for lab in shown)
    assert len(shown) < wikinews["article_id"].nunique()
    assert len(corpus_explorer.selection) == len(wikinews)  # searching the list is no filter


def test_metadata_and_date_filters_round_trip(corpus_explorer, wikinews, tmp_path):
    assert list(corpus_explorer._metadata) == ["section"]
    dates = wikinews["date"]
    middle = dates.sort_values().iloc[len(dates) // 2].date().isoformat()
    state = {"metadata": {"section": ["world"]}, "dates": [None, middle]}
    corpus_explorer.state = state
    expected = wikinews[(wikinews["section"] == "world") & (wikinews["date"] <= middle)]
    assert corpus_explorer.selection.index.tolist() == expected.index.tolist()
    assert 0 < len(expected) < len(wikinews)
    assert corpus_explorer.state["metadata"] == {"section": ["world"]}
    assert corpus_explorer.state["dates"] == [None, middle]
    saved = json.loads(json.dumps(corpus_explorer.state))
    again = kit.Explorer(wikinews, state=saved, export_dir=tmp_path)
    assert again.state == corpus_explorer.state
    assert again.selection.index.tolist() == expected.index.tolist()
    with pytest.raises(ValueError, match="no filter on"):
        again.state = {"metadata": {"desk": ["world"]}}
    with pytest.raises(ValueError, match="is after the last"):
        again.state = {"dates": ["2020-12-01", "2019-01-01"]}


def test_speaker_list_types_ahead_and_counts_follow_the_filters(corpus_explorer, wikinews):
    w = corpus_explorer._w
    name = kit.speaker_summary(wikinews)["speaker"].iloc[0]
    w["speaker_search"].value = name.split()[-1][:4].lower()
    names = [v for _label, v in w["speakers"].options]
    assert name in names and all(name.split()[-1][:4].lower() in n.lower() for n in names)
    # counts follow another filter: only that speaker's articles
    article = wikinews.loc[wikinews["speaker"] == name, "article_id"].iloc[0]
    corpus_explorer.state = {"articles": [article]}
    w["speaker_search"].value = ""
    labels = {v: lab for lab, v in w["speakers"].options}
    in_article = wikinews[wikinews["article_id"] == article]
    assert labels[name] == f"{name} ({int((in_article['speaker'] == name).sum())})"
    assert set(labels) <= set(in_article["speaker"].dropna()) | {"(no speaker)"}
    w["speakers"].value = (name,)
    assert corpus_explorer.selection["speaker"].eq(name).all()


def test_over_time_shares_match_a_count_by_hand(corpus_explorer, wikinews):
    corpus_explorer.state = {"view": "Over time", "period": "year", "kwic_term": "government"}
    chart = corpus_explorer.chart("Over time")
    assert chart is not None
    table = corpus_explorer.table("Over time")
    year = wikinews["date"].dt.year
    has = wikinews["tok_lemma"].map(lambda lemmas: "government" in list(lemmas))
    for row in table.itertuples():
        in_year = year == row.date.year
        assert row.total == in_year.sum()
        assert row.n_sentences == (has & in_year).sum()


def test_every_view_exports_what_it_shows(corpus_explorer, wikinews):
    ex = corpus_explorer
    name = kit.speaker_summary(wikinews)["speaker"].iloc[0]
    ex.state = {"speakers": [name], "view": "Sentences"}
    assert ex._w["file_name"].placeholder == f"{_slug(name)}_sentences"
    ex._w["export"].click()
    csv = ex.export_dir / f"{_slug(name)}_sentences.csv"
    rows = pd.read_csv(csv)
    assert rows["text"].tolist() == ex.selection["text"].tolist()
    assert set(rows["speech"].dropna()) <= {"quoted", "reported"}
    note = json.loads(csv.with_suffix(".json").read_text())
    assert note["explorer_state"] == ex.state
    assert note["source_licence"] == "CC BY 2.5"
    assert note["source_attribution"] == kit.datasets.SAMPLE_ATTRIBUTION
    assert (ex.export_dir / f"{_slug(name)}_sentences.xlsx").is_file()
    assert "<a href=" not in ex._w["export_log"].value or ".csv" in ex._w["export_log"].value

    # a typed name is for the view it was typed in
    ex._w["file_name"].value = "mine"
    ex._w["tabs"].selected_index = VIEWS.index("KWIC")
    assert ex._w["file_name"].value == ""
    ex.state = {"kwic_term": "say", "kwic_sort": "right"}
    paths = ex.export(formats=("csv",))
    lines = pd.read_csv(paths["csv"])
    expected = kit.kwic(ex.selection, "say", window=8, sort="right1")
    assert lines["right"].tolist() == expected["right"].fillna("").tolist() or len(lines) == len(
        expected
    )
    # the chart views write the chart and its numbers; names stay in the export folder
    ex.state = {"view": "Terms"}
    files = ex.export("terms-check", formats=("png",))
    assert sorted(files) == ["csv", "json", "png"]
    with pytest.raises(ValueError, match="outside the export folder"):
        ex.export("../escape")


def test_links_to_the_written_files_are_relative(corpus_explorer, monkeypatch):
    monkeypatch.chdir(corpus_explorer.export_dir.parent)
    corpus_explorer.export_dir = kit.explorer._explorer.Path("exports")
    corpus_explorer._w["export"].click()
    log = corpus_explorer._w["export_log"].value
    assert "href='exports/terms.png'" in log, log


def test_a_failing_state_changes_nothing(explorer, tagged):
    name = kit.speaker_summary(tagged)["speaker"].iloc[0]
    before, rows = explorer.state, explorer.selection.index.tolist()
    for bad in (
        {"speakers": [name], "top": 7000},
        {"speakers": [name], "ngram": "two"},
        {"speakers": [name], "dates": ["2020-01-01", "2020-02-01"]},  # no dates in the table
        {"speakers": [name], "regex": "yes"},
    ):
        with pytest.raises(ValueError):
            explorer.state = bad
        assert explorer.state == before
        assert explorer._w["speakers"].value == ()
        assert explorer.selection.index.tolist() == rows
    # an export after it records the state that made the numbers
    explorer.export("after-failure", formats=("png",))
    note = json.loads((explorer.export_dir / "after-failure.json").read_text())
    assert note["explorer_state"]["speakers"] == []
    assert note["n_sentences"] == len(tagged)


def test_a_table_read_back_from_the_cache(tagged, tmp_path):
    path = kit.cache.save_table(tagged, tmp_path / "tagged.parquet")
    back = kit.cache.read_table(path)
    back["speaker"] = back["speaker"].astype(object).where(back["speaker"].notna(), np.nan)
    explorer = kit.Explorer(back, export_dir=tmp_path)
    explorer.state = {"speakers": ["(no speaker)"], "view": "KWIC", "kwic_term": "Interpol"}
    assert len(explorer.selection) == int(tagged["speaker"].isna().sum())
    assert "nan" not in explorer._w["kwic_out"].value.lower().replace("financ", "")
    assert "(no speaker)" in explorer._w["sentences"].value  # as kit.view and the charts say


def test_a_table_with_a_missing_article_id(two_stories, tmp_path):
    table = two_stories.copy()
    table["article_id"] = table["article_id"].astype(object)
    table.loc[table["article_id"] == "manhunt", "article_id"] = None
    explorer = kit.Explorer(table, export_dir=tmp_path)
    assert "(no id)" in [v for _l, v in explorer._w["articles"].options]
    explorer.state = {"articles": ["(no id)"], "view": "Keyness"}
    assert len(explorer.selection) == int(table["article_id"].isna().sum())
    assert explorer.chart("Terms") is not None


def test_a_pathological_regex_gives_a_message_quickly(explorer):
    import time

    # a sentence that makes the nested repeat backtrack for minutes with Python's re
    long = explorer.df.copy()
    long.loc[long.index[0], "text"] = "word " * 40 + "!"
    explorer = kit.Explorer(long, export_dir=explorer.export_dir)
    start = time.monotonic()
    explorer.state = {"search": r"(\w+\s?)+$", "regex": True, "view": "Sentences"}
    assert time.monotonic() - start < 3  # the search stops at 1 s; drawing adds little
    status = explorer._w["status"].value
    if "took more than" in status:  # stopped: the message, not a frozen kernel
        assert "kit-empty" in explorer._w["sentences"].value
    else:  # finished inside the limit: the count
        assert status.startswith("0 of")


def test_speaker_filters_count_speech_and_say_so(explorer, tagged):
    from kit.explorer._explorer import _SPEECH_SCOPE

    def title() -> str:
        paths = explorer.export(formats=("png",))
        return json.loads(paths["json"].read_text())["title"]

    explorer.state = {"speakers": ["Xi Jinping"]}
    terms = set(drawn_terms(explorer)["term"])
    if _SPEECH_SCOPE:
        assert "Xi Jinping said" in title()
        assert not {"Xi", "Jinping", "say"} & terms
    else:  # kit.terms has no scope="speech" yet: whole sentences, and the title says so
        assert "what Xi Jinping said" in title() and "whole sentences" in title()
    explorer.state = {"scope": "sentence"}
    assert "whole sentences" in title()
    pd.testing.assert_frame_equal(
        drawn_terms(explorer), expected_terms(tagged[tagged["speaker"] == "Xi Jinping"])
    )


def test_kwic_context_is_cut_at_words_and_speech_is_in_plain_words(explorer):
    from kit.explorer._html import cut_left, cut_right

    text = "the police said that the raid had found counterfeit passports in the flat"
    assert cut_right(text, 30) == "the police said that the raid …"
    assert cut_left(text, 30) == "… passports in the flat"
    explorer.state = {"speaker_type": "reported", "view": "Sentences"}
    assert "(reported)" in explorer._w["sentences"].value
    assert "indirect" not in explorer._w["sentences"].value
    labels = [lab for lab, _v in explorer._w["unit"].options]
    assert "names (people, places…)" in labels and not any("lemma" in x for x in labels)
    explorer.state = {"unit": "entity", "speaker_type": "any"}
    assert "Interpol" in set(drawn_terms(explorer)["term"])


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.casefold()).strip("-")
