"""Export: valid PNG/SVG/PDF, the plotted numbers as CSV, provenance in a sidecar and metadata,
no silent overwrite, no partial file after a failed write, tables to CSV and Excel."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import matplotlib.pyplot as plt
import openpyxl
import pandas as pd
import pytest
from PIL import Image
from pypdf import PdfReader

import kit

STORE = {"xi-interpol": {"text": "x" * 900, "sha256": "c" * 64, "model": "en_core_web_sm-3.8.0"}}
FILTERS = {"speaker": "Xi Jinping", "topic": "terrorism"}


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


@pytest.fixture
def sentences() -> pd.DataFrame:
    df = pd.DataFrame(
        {
            "article_id": ["xi-interpol"] * 3,
            "sentence_id": [2, 3, 4],
            "text": ["“Countries should…,” Xi said.", "More…", "China has…"],
            "speaker": ["Xi Jinping"] * 3,
            "topics": [["terrorism"], ["terrorism", "cybercrime"], []],
            "topic_evidence": [
                [{"topic": "terrorism", "term": "terrorism", "start": 10, "end": 19}],
                [],
                [],
            ],
        }
    )
    df.attrs["articles"] = STORE
    return df


@pytest.fixture
def chart(sentences):
    freqs = pd.DataFrame(
        {
            "term": ["security", "country", "cooperation"],
            "count": [5, 3, 2],
            "per_1000": [62.5, 37.5, 25.0],
            "n_sentences": [3, 2, 2],
        }
    )
    return kit.plot_terms(freqs, sentences=sentences, filters=FILTERS, options={"unit": "lemma"})


def test_export_writes_valid_files_csv_and_sidecar(chart, tmp_path):
    files = kit.export_chart(chart, tmp_path / "terms")
    assert {k: p.name for k, p in files.items()} == {
        "png": "terms.png",
        "svg": "terms.svg",
        "pdf": "terms.pdf",
        "csv": "terms.csv",
        "json": "terms.json",
    }
    with Image.open(files["png"]) as img:
        img.verify()
    with Image.open(files["png"]) as img:
        assert img.format == "PNG"
        assert img.size[0] > 1500  # 6.3 in at 300 dpi, less the trimmed margins
    assert ET.parse(files["svg"]).getroot().tag.endswith("svg")
    assert len(PdfReader(files["pdf"]).pages) == 1

    data = pd.read_csv(files["csv"])
    bars = [b.get_width() for b in chart.patches]
    assert data["term"].tolist() == ["security", "country", "cooperation"]
    assert data["count"].tolist() == bars

    side = json.loads(files["json"].read_text())
    assert side["filters"] == FILTERS
    assert side["options"]["unit"] == "lemma"
    assert side["articles"] == [
        {
            "article_id": "xi-interpol",
            "sha256": "c" * 64,
            "model": "en_core_web_sm-3.8.0",
            "title": None,
            "path": None,
        }
    ]
    assert side["kit_version"] == kit.__version__
    assert side["n_sentences"] == 3
    assert side["created_utc"].endswith("+00:00")
    assert side["files"]["png"] == "terms.png"


def test_provenance_is_in_png_and_pdf_metadata(chart, tmp_path):
    files = kit.export_chart(chart, tmp_path / "terms", formats=("png", "pdf"))
    with Image.open(files["png"]) as img:
        text = img.text
    assert text["Title"].startswith("Most frequent words: Xi Jinping on terrorism")
    png_prov = json.loads(text["news-kit:provenance"])
    assert png_prov["filters"] == FILTERS
    assert png_prov["articles"][0]["sha256"] == "c" * 64

    info = PdfReader(files["pdf"]).metadata
    assert info.title.startswith("Most frequent words")
    assert info.subject == "Xi Jinping on terrorism. 1 article, 3 sentences"
    assert json.loads(info["/Keywords"])["filters"] == FILTERS
    assert info.creator == f"news-kit {kit.__version__}"


def test_existing_files_are_not_overwritten(chart, tmp_path):
    first = kit.export_chart(chart, tmp_path / "terms.png")  # a chart suffix names the set
    first["png"].write_bytes(b"the user's edited chart")
    second = kit.export_chart(chart, tmp_path / "terms")
    assert first["png"].read_bytes() == b"the user's edited chart"
    assert {p.name for p in second.values()} == {
        "terms-1.png",
        "terms-1.svg",
        "terms-1.pdf",
        "terms-1.csv",
        "terms-1.json",
    }
    third = kit.export_chart(chart, tmp_path / "terms", formats=["svg"])
    assert third["svg"].name == "terms-2.svg"  # numbered past any member of the set
    forced = kit.export_chart(chart, tmp_path / "terms", formats=["png"], overwrite=True)
    assert forced["png"] == first["png"]
    assert forced["png"].read_bytes().startswith(b"\x89PNG")


def test_a_failed_write_leaves_no_file(chart, tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr(pd.DataFrame, "to_csv", broken)  # the CSV is written after the charts
    with pytest.raises(OSError, match="disk full"):
        kit.export_chart(chart, tmp_path / "terms")
    assert list(tmp_path.iterdir()) == []  # neither the charts written before nor temp files


def test_export_of_a_figure_with_two_charts(sentences, tmp_path):
    fig, (left, right) = plt.subplots(1, 2)
    freqs = pd.DataFrame({"term": ["a", "b"], "count": [2, 1], "per_1000": [1.0, 0.5]})
    kit.plot_terms(freqs, ax=left)
    kit.plot_speaker_topics(sentences, ax=right)
    files = kit.export_chart(fig, tmp_path / "both", formats=["png"])
    data = pd.read_csv(files["csv"])
    assert sorted(data["panel"].unique()) == [0, 1]
    side = json.loads(files["json"].read_text())
    assert [p["chart"] for p in side["panels"]] == ["terms", "speaker_topics"]


def test_data_and_provenance_can_be_given(tmp_path):
    _fig, ax = plt.subplots()
    ax.plot([1, 2, 3], [3, 1, 2])
    ax.set_title("My own chart")
    mine = pd.DataFrame({"x": [1, 2, 3], "y": [3, 1, 2]})
    files = kit.export_chart(ax, tmp_path / "own", data=mine, provenance={"note": "hand-made"})
    pd.testing.assert_frame_equal(pd.read_csv(files["csv"]), mine)
    side = json.loads(files["json"].read_text())
    assert side["note"] == "hand-made" and side["title"] == "My own chart"


def test_bad_format_is_a_plain_error(chart, tmp_path):
    with pytest.raises(ValueError, match="'jpeg'"):
        kit.export_chart(chart, tmp_path / "x", formats=["png", "jpeg"])
    assert list(tmp_path.iterdir()) == []


def test_export_table_to_csv_and_excel(sentences, tmp_path):
    table = sentences.assign(tok_text=[["a"], ["b"], ["c"]])
    files = kit.export_table(table, tmp_path / "sentences", filters=FILTERS)
    assert set(files) == {"csv", "xlsx", "json"}
    csv = pd.read_csv(files["csv"], keep_default_na=False)
    assert "tok_text" not in csv.columns
    assert csv["topics"].tolist() == ["terrorism", "terrorism; cybercrime", ""]
    assert json.loads(csv["topic_evidence"][0])[0]["term"] == "terrorism"
    assert csv["text"][0] == "“Countries should…,” Xi said."

    book = openpyxl.load_workbook(files["xlsx"])
    assert book.sheetnames == ["data", "provenance"]
    rows = list(book["data"].values)
    assert rows[0][:3] == ("article_id", "sentence_id", "text")
    assert rows[2][4] == "terrorism; cybercrime"
    about = dict(list(book["provenance"].values)[1:])
    assert json.loads(about["filters"]) == FILTERS

    again = kit.export_table(table, tmp_path / "sentences.csv")
    assert set(again) == {"csv", "json"} and again["csv"].name == "sentences-1.csv"


def test_excel_drops_control_characters_a_cell_cannot_hold(sentences, tmp_path):
    # wire feeds carry stray control characters (BEL, form feed); openpyxl refuses them
    table = sentences.assign(text=["Xi said\x07 so.", "Page\x0cbreak.", "Tab\tstays."])
    files = kit.export_table(table, tmp_path / "controls.xlsx")
    texts = [row[2] for row in list(openpyxl.load_workbook(files["xlsx"])["data"].values)[1:]]
    assert texts == ["Xi said so.", "Pagebreak.", "Tab\tstays."]
