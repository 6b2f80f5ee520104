"""The report recipe as one document: index, self-contained HTML and multi-page PDF."""

from __future__ import annotations

import json
import re

import matplotlib.pyplot as plt
import pandas as pd
import pypdf
import pytest

import kit
from kit.report import display_table, write_report


@pytest.fixture(scope="module")
def report(article, tmp_path_factory):
    df = kit.tag_topics(kit.attribute_speakers(article))
    out = tmp_path_factory.mktemp("report")
    mask = kit.select(df, speakers=["Xi Jinping"])
    paths = write_report(
        df,
        out,
        selected=mask,
        filters={"speaker": ["Xi Jinping"]},
        formats=("png",),
        dpi=80,
        excel=False,
    )
    return out, paths, df


def test_the_report_ends_with_an_index_an_html_page_and_a_pdf(report):
    out, paths, _df = report
    names = [p.name for p in paths]
    assert names[-3:] == ["report.html", "report.pdf", "README.md"]
    index = (out / "README.md").read_text()
    for path in paths[:-1]:
        assert f"]({path.name})" in index, path.name  # every file listed, linked
    charts = [n for n in names if n.endswith(".png")]
    assert index.index("terms.png") < index.index("sentences.csv")  # charts first, in order
    assert len(charts) >= 4
    assert not plt.get_fignums()  # the recipe closed every figure it kept for the document


def test_the_pdf_has_the_selection_first_then_a_page_a_chart(report):
    out, paths, df = report
    reader = pypdf.PdfReader(out / "report.pdf")
    n_charts = sum(p.suffix == ".png" for p in paths)
    assert len(reader.pages) >= 1 + n_charts + 2  # front page, charts, the tables
    first = reader.pages[0].extract_text()
    assert "Selection: Xi Jinping" in first
    assert f"of {len(df)}" in first and "xi-interpol-pti" in first and "news-kit" in first
    texts = [page.extract_text() for page in reader.pages]
    assert any("Most frequent words" in t for t in texts[1:])
    assert any("Source: 1 article (xi-interpol-pti)" in t for t in texts[1:])  # source line
    assert any("The selected sentences" in t for t in texts)


def test_the_html_page_is_self_contained(report):
    out, paths, _df = report
    page = (out / "report.html").read_text(encoding="utf-8")
    sources = re.findall(r'src="([^"]*)"', page)
    assert len(sources) == sum(p.suffix == ".png" for p in paths)
    assert all(s.startswith("data:image/png;base64,") for s in sources)
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)  # no CDN, no web fonts
    assert "<link" not in page and "<script" not in page
    assert "Xi Jinping" in page and "The selected sentences" in page


def test_tables_in_the_document_use_the_interface_words(article):
    df = kit.tag_topics(kit.attribute_speakers(article))
    shown = display_table(df)
    assert "speaker_type" not in shown.columns
    assert set(shown["speech"]) <= {"quoted", "reported", ""}
    assert "quoted" in set(shown["speech"])
    assert (shown["speaker"] == kit.speakers.NO_SPEAKER).sum() == df["speaker"].isna().sum()


def test_view_shows_topics_as_text_and_missing_speakers_one_way(article):
    df = kit.tag_topics(kit.attribute_speakers(article))
    shown = kit.view(df)
    assert kit.sentences.NO_SPEAKER_LABEL == kit.speakers.NO_SPEAKER
    assert (shown["speaker"] == kit.speakers.NO_SPEAKER).sum() == df["speaker"].isna().sum() > 0
    both = next(i for i, t in enumerate(df["topics"]) if len(t) >= 2)
    assert shown["topics"].iloc[both] == ", ".join(df["topics"].iloc[both])
    assert all(isinstance(t, str) and "[" not in t for t in shown["topics"])
    assert set(shown["speaker_type"].dropna()) <= {"direct", "indirect"}  # values unchanged


def test_with_a_speaker_filter_the_words_are_those_the_speaker_said(report):
    out, _paths, df = report
    side = json.loads((out / "terms.json").read_text())
    assert side["options"]["scope"] == "speech"
    assert side["title"].startswith("Most frequent words Xi Jinping said")
    xi = df[df["speaker"] == "Xi Jinping"]
    said = kit.term_frequencies(xi, scope="speech", top=20)
    counts = pd.read_csv(out / "terms.csv")
    assert counts["count"].tolist() == said["count"].tolist()
    key = json.loads((out / "key-terms.json").read_text())
    assert key["title"].startswith("Key terms: Xi Jinping vs the rest")


def test_key_terms_of_a_speaker_leave_out_the_speakers_own_name(report):
    out, _paths, _df = report
    drawn = pd.read_csv(out / "key-terms.csv")["term"].str.casefold().tolist()
    # keyness compares whole sentences, which name the speaker ("Xi said"): by construction
    # the name would top the chart, as it did before
    everything = pd.read_csv(out / "key-terms-all.csv")["term"].str.casefold().tolist()
    assert "xi" in everything
    assert "xi" not in drawn and "jinping" not in drawn
    assert kit.report.speaker_words(["Xi Jinping", "(no speaker)"]) == {"xi", "jinping"}
