"""kit.select, the one selection rule; the Explorer and `kit report` both select through it."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import kit
from kit.cli import main

XI = "Xi Jinping"


@pytest.fixture(scope="module")
def tagged(article):
    return kit.tag_topics(kit.attribute_speakers(article))


def test_each_filter_narrows_the_table_as_its_column_says(tagged):
    assert kit.select(tagged).all()
    by_xi = kit.select(tagged, speakers=[XI])
    assert by_xi.index.equals(tagged.index) and by_xi.dtype == bool
    assert by_xi.equals(tagged["speaker"].eq(XI).fillna(False).rename("selected"))
    # names ignore case; "(no speaker)" (or None) is the narration
    assert kit.select(tagged, speakers=["XI JINPING"]).equals(by_xi)
    narration = kit.select(tagged, speakers=["(no speaker)"])
    assert narration.equals(tagged["speaker"].isna().rename("selected"))
    assert kit.select(tagged, speakers=[None, XI]).equals(by_xi | narration)
    direct = kit.select(tagged, speaker_type="direct")
    assert direct.equals(tagged["speaker_type"].eq("direct").fillna(False).rename("selected"))
    terror = kit.select(tagged, topics=["terrorism"])
    assert terror.equals(kit.topic_mask(tagged, ["terrorism"]).rename("selected"))
    both = kit.select(tagged, topics=["terrorism", "cybercrime"], how="all")
    assert both.equals(
        kit.topic_mask(tagged, ["terrorism", "cybercrime"], how="all").rename("selected")
    )
    hits = kit.select(tagged, search="  INTERPOL ")
    assert hits.equals(tagged["text"].str.lower().str.contains("interpol").rename("selected"))
    assert kit.select(tagged, search=r"\bcrimes?\b", regex=True).sum() == sum(
        bool(re.search(r"\bcrimes?\b", t, re.I)) for t in tagged["text"]
    )
    combined = kit.select(tagged, speakers=[XI], topics=["terrorism"], search="security")
    assert combined.equals(by_xi & terror & kit.select(tagged, search="security"))
    assert not kit.select(tagged, articles=["another-article"]).any()


def test_bad_filters_say_what_is_wrong(tagged, article):
    with pytest.raises(ValueError, match="not a valid regular expression"):
        kit.select(tagged, search="(unclosed", regex=True)
    with pytest.raises(ValueError, match="took more than"):  # stopped, not a frozen kernel
        kit.select(tagged, search=r"(.*)(.*)(.*)(.*)(.*)(.*)\d{9}", regex=True)
    with pytest.raises(ValueError, match="speaker_type"):
        kit.select(tagged, speaker_type="reported")
    with pytest.raises(KeyError, match="unknown topic"):
        kit.select(tagged, topics=["piracy"])
    with pytest.raises(KeyError, match="attribute_speakers"):
        kit.select(
            article.drop(columns=["speaker", "speaker_type"], errors="ignore"), speakers=[XI]
        )


def test_the_explorer_and_kit_report_select_the_same_rows(tagged, article_path, tmp_path):
    """The same filters give the same sentences in the Explorer and in `kit report`."""
    expected = tagged[kit.select(tagged, speakers=[XI], topics=["terrorism"])]
    assert 0 < len(expected) < len(tagged)
    explorer = kit.Explorer(tagged, state={"speakers": [XI], "topics": ["terrorism"]})
    pd.testing.assert_frame_equal(explorer.selection, expected)
    out = tmp_path / "report"
    # typed in lower case on the command line: the same rule matches the same speaker
    code = main(
        [
            "report",
            str(article_path),
            "--speaker",
            "xi jinping",
            "--topic",
            "terrorism",
            "--out",
            str(out),
            "--formats",
            "png",
            "--no-excel",
            "--quiet",
        ]
    )
    assert code == 0
    written = pd.read_csv(out / "sentences.csv")
    assert written["sentence_id"].tolist() == expected["sentence_id"].tolist()
    assert written["text"].tolist() == expected["text"].tolist()


def test_the_explorer_writes_the_report_of_kit_report(tagged, article_path, tmp_path):
    """Explorer.export_report and `kit report` run the one recipe (kit.report)."""
    explorer = kit.Explorer(
        tagged,
        state={"speakers": [XI], "topics": ["terrorism"]},
        export_dir=tmp_path / "exports",
    )
    explorer._w["formats"].value = ("png",)
    from_explorer = explorer.export_report("report")
    assert all(path.parent == tmp_path / "exports" / "report" for path in from_explorer)
    out = tmp_path / "cli"
    argv = ["report", str(article_path), "--speaker", XI, "--topic", "terrorism"]
    assert main([*argv, "--out", str(out), "--formats", "png", "--quiet"]) == 0
    names = sorted(path.name for path in from_explorer)
    assert names == sorted(path.name for path in out.iterdir())
    assert "key-terms.png" in names and "sentences.csv" in names
    for name in ("sentences.csv", "terms.csv", "key-terms-all.csv", "speakers.csv"):
        assert (tmp_path / "exports" / "report" / name).read_text() == (out / name).read_text()
