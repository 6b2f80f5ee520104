"""Tables survive pandas (issue 10): the article texts are found from each row's
``article_key`` after concat, merge, copy, slicing and a Parquet round trip."""

from __future__ import annotations

import json
import subprocess
import sys

import pandas as pd
import pytest

import kit
from kit.articles import article_records, forget_all
from kit.cache import read_table


def assert_offsets(df: pd.DataFrame) -> None:
    """Every row's text and every token stand in its article's text at their offsets."""
    for row in df.itertuples():
        text = kit.article_text(df, row.article_id)
        assert text[row.start_char : row.end_char] == row.text
        for word, start in zip(row.tok_text, row.tok_start, strict=True):
            assert text[start : start + len(word)] == word


STORY = (
    "Police in Lyon arrested two men on Tuesday. “We acted on a tip,” said Ann Lee, the "
    "city's police chief.\n\nThe men were released on bail."
)


@pytest.fixture(scope="module")
def two_loads(article):
    """The bundled article and a second story, loaded separately."""
    other = kit.load_text(STORY, article_id="lyon", source="AFP")
    return article, other


def test_concat_of_two_loads_keeps_both_texts(two_loads):
    first, second = two_loads
    both = pd.concat([first, second], ignore_index=True)
    assert not both.attrs  # pandas drops attrs that differ: nothing may depend on them
    assert kit.article_text(both, "lyon") == STORY
    assert kit.article_text(both, "xi-interpol-pti") == kit.article_text(first)
    assert_offsets(both)
    records = article_records(both)
    assert set(records) == {"xi-interpol-pti", "lyon"}
    assert records["lyon"]["sha256"].startswith(second["article_key"].iloc[0])


def test_merge_copy_and_slices_keep_the_texts(two_loads):
    first, second = two_loads
    desks = pd.DataFrame({"article_id": ["xi-interpol-pti", "lyon"], "desk": ["asia", "europe"]})
    merged = pd.concat([first, second]).merge(desks, on="article_id")
    assert set(merged["desk"]) == {"asia", "europe"}
    assert_offsets(merged)
    # merge keeps the left table's attrs; they must not be trusted for the right one's rows
    wrong = first[["article_id"]].head(1).merge(second, how="cross", suffixes=("_x", ""))
    assert kit.article_text(wrong, "lyon") == STORY
    for table in (first.copy(), first.copy(deep=False), first.iloc[3:7], first[first.n_words > 20]):
        assert_offsets(table)
    sliced = second.iloc[1:].reset_index(drop=True)
    assert kit.article_text(sliced) == STORY


def test_one_id_for_two_texts_is_an_error_not_a_guess(article):
    other = kit.load_text(STORY, article_id="xi-interpol-pti")
    both = pd.concat([article, other])
    with pytest.raises(ValueError, match=r"'xi-interpol-pti' stands for 2 different texts"):
        kit.article_text(both, "xi-interpol-pti")
    assert "xi-interpol-pti" not in article_records(both)


def test_term_index_kwic_topics_and_exports_work_on_a_concat(two_loads, tmp_path):
    both = pd.concat(two_loads, ignore_index=True)
    counts = kit.term_frequencies(both)
    assert counts.attrs["articles"] is article_records(both)  # one store: the index is reused
    assert set(counts.attrs["article_ids"]) == {"xi-interpol-pti", "lyon"}
    hits = kit.kwic(both, "police")
    assert len(hits) >= 2
    for hit in hits.itertuples():
        text = kit.article_text(both, hit.article_id)
        assert text[hit.start : hit.end].lower() == "police"
    matches = kit.topic_matches(kit.tag_topics(both))
    assert matches["text"].notna().all()
    written = kit.export_table(counts, tmp_path / "tf.csv")
    prov = json.loads(written["json"].read_text("utf-8"))
    shas = {a["article_id"]: a["sha256"] for a in prov["articles"]}
    assert shas["lyon"] == article_records(two_loads[1])["lyon"]["sha256"]


def test_pandas_parquet_round_trip_keeps_arrow_lists_and_texts(two_loads, tmp_path):
    both = pd.concat(two_loads, ignore_index=True)
    path = tmp_path / "both.parquet"
    both.to_parquet(path)
    back = pd.read_parquet(path)
    for col in kit.TOKEN_COLUMNS:
        assert back[col].dtype == both[col].dtype  # Arrow lists, as they were
    assert list(back.columns) == list(both.columns)
    meta = [c for c in both.columns if both[c].dtype == object]  # metadata with gaps
    pd.testing.assert_frame_equal(back.drop(columns=meta), both.drop(columns=meta))
    for col in meta:  # str columns with gaps come back as pandas' str dtype, None as NaN
        assert back[col].fillna("").tolist() == both[col].fillna("").tolist()
    forget_all()  # a new session: only the cache folder knows the texts
    assert kit.article_text(back, "lyon") == STORY
    assert_offsets(back)


def test_parquet_round_trip_in_a_fresh_process(two_loads, tmp_path):
    both = pd.concat(two_loads, ignore_index=True)
    both.to_parquet(tmp_path / "both.parquet")
    script = (
        "import sys, pandas as pd, kit\n"
        "df = pd.read_parquet(sys.argv[1])\n"
        "print(df['tok_text'].dtype)\n"
        "print(kit.article_text(df, 'lyon'), end='')\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "both.parquet")],
        capture_output=True,
        text=True,
        check=True,
    )
    dtype, text = out.stdout.split("\n", 1)
    assert dtype == "list<item: string>[pyarrow]"
    assert text == STORY


def test_a_text_nowhere_to_be_found_gets_an_error_that_says_what_to_do(tmp_path, monkeypatch):
    df = kit.load_text("The mayor said the bridge will reopen in May.", article_id="m")
    df.to_parquet(tmp_path / "m.parquet")
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "empty-cache"))
    forget_all()
    back = pd.read_parquet(tmp_path / "m.parquet")
    with pytest.raises(KeyError, match=r"'m'.*save_table"):
        kit.article_text(back, "m")


def test_save_table_keeps_texts_without_any_cache(two_loads, tmp_path, monkeypatch):
    both = pd.concat(two_loads, ignore_index=True)
    path = kit.cache.save_table(both, tmp_path / "both.parquet")
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "empty-cache"))
    forget_all()
    back = read_table(path)
    assert kit.article_text(back, "lyon") == STORY
    assert_offsets(pd.concat([back.iloc[:3], back.iloc[-3:]]))


def test_read_table_of_a_missing_file_is_file_not_found(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"nope\.parquet"):
        read_table(tmp_path / "nope.parquet")


def test_article_key_is_a_prefix_of_the_texts_sha256(article):
    key = article["article_key"].iloc[0]
    assert (article["article_key"] == key).all() and len(key) == kit.articles.KEY_LENGTH
    assert article_records(article)["xi-interpol-pti"]["sha256"].startswith(key)
