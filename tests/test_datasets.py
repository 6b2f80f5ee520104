"""The data shipped inside the package: the bundled article and the Wikinews sample."""

from __future__ import annotations

import pandas as pd
import pytest

import kit
from kit import datasets


@pytest.fixture(scope="module")
def sample() -> pd.DataFrame:
    return kit.sample_corpus()


def test_bundled_article_is_package_data():
    path = kit.BUNDLED_ARTICLE
    assert path.is_file() and path.parts[-4:-1] == ("kit", "data", "articles")
    assert path.read_text(encoding="utf-8").startswith("PTI\n")
    assert (path.parent / "SOURCE.md").is_file()  # where it comes from, beside it


def test_sample_corpus_shape(sample):
    assert list(sample.columns) == ["id", "title", "date", "url", "text"]
    assert len(sample) == 287
    assert sample["id"].is_unique and sample["id"].str.fullmatch(r"wn-[0-9a-f]{12}").all()
    assert sample["url"].str.startswith("https://en.wikinews.org/").all()
    assert pd.api.types.is_datetime64_any_dtype(sample["date"])
    assert sample["date"].min() == pd.Timestamp("2019-01-04")
    assert sample["date"].max() == pd.Timestamp("2020-12-28")
    assert sample["date"].is_monotonic_increasing
    assert (sample["date"].dt.year == 2019).sum() == 170
    # No missing or empty titles or texts (keep_default_na=False: a title "NA" stays text).
    for column in ("title", "text"):
        assert sample[column].map(lambda v: isinstance(v, str) and v.strip() != "").all()


def test_sample_corpus_is_a_fresh_table(sample):
    again = kit.sample_corpus()
    again.loc[0, "title"] = "changed"
    assert sample.loc[0, "title"] != "changed"


def test_sample_attribution_travels_with_the_data():
    attribution = datasets.SAMPLE_ATTRIBUTION
    assert "Wikinews" in attribution and "CC BY 2.5" in attribution
    assert "https://creativecommons.org/licenses/by/2.5/" in attribution
    licence = (kit.BUNDLED_ARTICLE.parents[1] / "wikinews" / "LICENSE.md").read_text("utf-8")
    assert "Creative Commons Attribution 2.5" in licence


def test_sample_corpus_loads_as_a_corpus(sample):
    few = sample.iloc[[0, 150, 286]]
    df = kit.load_corpus(few, id_column="id", progress=False)
    assert list(pd.unique(df["article_id"])) == few["id"].tolist()
    assert df.groupby("article_id")["title"].first().to_dict() == dict(
        zip(few["id"], few["title"], strict=True)
    )
    assert pd.api.types.is_datetime64_any_dtype(df["date"])
    for article_id, text in zip(few["id"], few["text"], strict=True):
        assert kit.article_text(df, article_id) == text
        rows = df[df["article_id"] == article_id]
        assert all(
            text[s:e] == t
            for s, e, t in zip(rows["start_char"], rows["end_char"], rows["text"], strict=True)
        )
