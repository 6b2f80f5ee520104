"""Missing values: one convention, kept through saving and reading, accepted where NaN shows up.

The convention: the loader marks a missing value (a sentence without a speaker, an article
without a byline) as ``None`` in object columns; pandas' own string columns use their own
missing marker. :func:`kit.cache.read_table` gives back what :func:`kit.cache.save_table`
was given, ``None`` included. A table read with pandas (``pd.read_parquet``, ``read_csv``)
or edited by hand holds NaN instead, and every function accepts it as missing too.

A sentence without an ``article_id`` belongs to no article: its offsets index into no known
text. Term counting (term frequencies, keyness, collocates, the term index) refuses such a
table with a ValueError naming the rows; selecting, KWIC and the summaries treat the row as
belonging to no article (``kit.select(articles=...)`` never picks it).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import kit
import kit.cache

OBJECT_COLUMNS = ["speaker", "speaker_type", "cue", "reported_by", "title", "byline"]


@pytest.fixture(scope="module")
def tagged():
    """The bundled article with speakers and topics (parsed once per session)."""
    return kit.load_article()


@pytest.fixture(scope="module")
def with_nan(tagged, tmp_path_factory):
    """The table as pandas reads it back from its own Parquet file: missing values as NaN."""
    path = tmp_path_factory.mktemp("parquet") / "table.parquet"
    tagged.to_parquet(path)
    return pd.read_parquet(path)


def _no_speaker_rows(df) -> int:
    return int(df["speaker"].isna().sum())


def test_the_loader_marks_missing_values_as_none(tagged):
    assert _no_speaker_rows(tagged) > 0
    for column in ("speaker", "speaker_type", "cue"):
        missing = tagged.loc[tagged[column].isna(), column]
        assert missing.map(lambda v: v is None).all(), column


def test_save_table_and_read_table_keep_none(tagged, tmp_path):
    back = kit.cache.read_table(kit.cache.save_table(tagged, tmp_path / "t.parquet"))
    for column in OBJECT_COLUMNS:
        assert back[column].dtype == tagged[column].dtype, column
        assert back[column].isna().equals(tagged[column].isna()), column
        assert back.loc[back[column].isna(), column].map(lambda v: v is None).all(), column
    pd.testing.assert_frame_equal(back[OBJECT_COLUMNS], tagged[OBJECT_COLUMNS])


def test_pandas_parquet_round_trip_gives_nan_that_every_function_accepts(tagged, with_nan):
    # pandas 3 reads the speaker column back as its string dtype, missing as NaN
    assert with_nan["speaker"].isna().sum() == _no_speaker_rows(tagged)
    assert any(isinstance(v, float) and np.isnan(v) for v in with_nan["speaker"])
    by_speaker = kit.term_frequencies(with_nan, by="speaker")
    assert set(by_speaker["speaker"]) == {"Xi Jinping"}  # rows without a speaker left out
    pd.testing.assert_frame_equal(
        by_speaker.reset_index(drop=True),
        kit.term_frequencies(tagged, by="speaker").reset_index(drop=True),
        check_dtype=False,
    )
    key = kit.keyness(with_nan, "Xi Jinping", by="speaker")
    assert len(key) and key["term"].tolist() == (
        kit.keyness(tagged, "Xi Jinping", by="speaker")["term"].tolist()
    )
    assert kit.select(with_nan, speakers=[None]).sum() == _no_speaker_rows(tagged)
    assert kit.select(with_nan, speakers=["xi jinping"], speaker_type="direct").sum() == (
        kit.select(tagged, speakers=["Xi Jinping"], speaker_type="direct").sum()
    )
    pd.testing.assert_frame_equal(
        kit.speaker_summary(with_nan), kit.speaker_summary(tagged), check_dtype=False
    )
    pd.testing.assert_frame_equal(
        kit.topics_summary(with_nan), kit.topics_summary(tagged), check_dtype=False
    )
    assert kit.speaker_topic_counts(with_nan).equals(kit.speaker_topic_counts(tagged))
    assert len(kit.kwic(with_nan, "Interpol")) == len(kit.kwic(tagged, "Interpol"))


def test_speaker_nan_set_by_hand_is_no_speaker(tagged):
    df = tagged.copy()
    df["speaker"] = df["speaker"].astype(object).where(df["speaker"].notna(), np.nan)
    df["speaker_type"] = df["speaker_type"].astype(object).where(df["speaker"].notna(), pd.NA)
    assert kit.select(df, speakers=[None]).sum() == _no_speaker_rows(tagged)
    summary = kit.speaker_summary(df)
    assert summary["speaker"].tolist() == ["Xi Jinping"]
    assert kit.term_frequencies(df, by="speaker")["speaker"].unique().tolist() == ["Xi Jinping"]


@pytest.fixture()
def one_id_missing(tagged):
    df = tagged.copy()
    df["article_id"] = df["article_id"].astype(object)
    df.loc[3, "article_id"] = np.nan
    return df


@pytest.mark.parametrize(
    "count",
    [
        lambda df: kit.term_frequencies(df),
        lambda df: kit.term_frequencies(df, by="speaker"),
        lambda df: kit.keyness(df, df["speaker"].notna().to_numpy()),
        lambda df: kit.collocates(df, "Interpol"),
        lambda df: kit.TermIndex(df),
    ],
    ids=["term_frequencies", "term_frequencies_by", "keyness", "collocates", "TermIndex"],
)
def test_term_counts_refuse_rows_without_article_id(one_id_missing, count):
    with pytest.raises(ValueError, match=r"1 row has no article_id \(row 3\)") as exc:
        count(one_id_missing)
    assert "dropna(subset=['article_id'])" in str(exc.value)


def test_term_counts_of_a_subset_cached_from_the_full_table(tagged, one_id_missing):
    kit.term_frequencies(tagged)  # the term index is cached on the article store
    with pytest.raises(ValueError, match="no article_id"):
        kit.term_frequencies(one_id_missing.iloc[2:6])


def test_other_functions_treat_a_missing_article_id_as_no_article(tagged, one_id_missing):
    df = one_id_missing
    aid = tagged["article_id"].iloc[0]
    picked = kit.select(df, articles=[aid])
    assert picked.sum() == len(df) - 1 and not picked.iloc[3]
    assert not kit.select(df, articles=["nan"]).any()  # NaN is not the id "nan"
    assert kit.speaker_summary(df)["n_sentences"].sum() == (
        kit.speaker_summary(tagged)["n_sentences"].sum()
    )
    assert kit.topics_summary(df)["n_sentences"].tolist() == (
        kit.topics_summary(tagged)["n_sentences"].tolist()
    )
    lines = kit.kwic(df, "Interpol")
    assert len(lines) == len(kit.kwic(tagged, "Interpol"))


def test_the_explorer_opens_a_table_read_back_from_the_cache(tagged, tmp_path):
    # it raised TypeError in the sentences view: the missing speakers came back as NaN
    back = kit.cache.read_table(kit.cache.save_table(tagged, tmp_path / "t.parquet"))
    explorer = kit.Explorer(back, state={"view": "Sentences"})
    assert "Xi Jinping" in explorer._sentences_html()
