"""The public API's shape: one call to a tagged table, modules under their own names."""

from __future__ import annotations

import types

import pandas as pd

import kit


def test_load_article_returns_a_table_ready_to_filter(article):
    df = kit.load_article()
    assert {"speaker", "speaker_type", "topics"} <= set(df.columns)
    assert df["speaker"].notna().any() and df["speaker_type"].notna().any()
    assert df["topics"].map(len).gt(0).any()
    # the same as running the stages by hand on the raw table
    by_hand = kit.tag_topics(kit.attribute_speakers(article))
    pd.testing.assert_frame_equal(df.reset_index(drop=True), by_hand.reset_index(drop=True))


def test_stages_switch_off_and_take_their_own_lexicon():
    text = "Hackers stole data from the bank, police said. Nobody was hurt."
    raw = kit.load_text(text, speakers=False, topics=False)
    assert "speaker" not in raw.columns and "topics" not in raw.columns
    own = kit.load_text(text, topics={"banking": ["bank"]}, article_id="a1")
    assert own["topics"].tolist()[0] == ["banking"]
    assert own["speaker"].tolist()[0] == "police"
    assert own["article_id"].tolist() == ["a1", "a1"]  # reader keywords pass through


def test_modules_are_importable_under_their_own_names():
    import kit.export
    import kit.selection
    import kit.speakers
    import kit.terms
    import kit.topics

    for module in (kit.speakers, kit.export, kit.topics, kit.terms, kit.selection):
        assert isinstance(module, types.ModuleType)
    assert callable(kit.speaker_summary) and callable(kit.export_chart)
    public = {name for name in kit.__all__ if callable(getattr(kit, name))}
    modules = {"speakers", "export", "topics", "terms", "plots", "sentences", "sources"}
    assert not public & modules, "no public function is named like a module"
