"""The ``kit`` command line: the report on the bundled article and on a folder, and its errors."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import pytest
from PIL import Image

from kit.cli import main

MADE_UP = """Reuters

London

British police arrested two men on Monday on suspicion of running a ransomware gang that \
extorted millions of pounds from hospitals, the National Crime Agency said.

"This was a sophisticated cyber attack on vital services," said Rob Jones, the agency's \
director of threat leadership.

Jones said two further suspects were believed to have fled abroad to escape extradition.
"""


def test_report_on_the_bundled_article_writes_the_charts(article_path, tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["report", str(article_path), "--out", str(out), "--quiet", "--formats", "png"])
    assert code == 0
    pngs = sorted(p.name for p in out.glob("*.png"))
    assert pngs == ["dispersion.png", "speakers-by-topic.png", "terms.png", "topic-shares.png"]
    for png in out.glob("*.png"):
        with Image.open(png) as img:
            img.verify()
    assert (out / "sentences.csv").exists() and (out / "sentences.xlsx").exists()
    side = json.loads((out / "terms.json").read_text())
    assert side["articles"][0]["article_id"] == "xi-interpol-pti"
    assert side["n_sentences"] == 19


def test_report_with_filters_on_a_folder(article_path, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(article_path, folder)
    (folder / "ransomware-reuters.txt").write_text(MADE_UP, encoding="utf-8")
    out = tmp_path / "out"
    args = ["report", str(folder), "--out", str(out), "--quiet", "--formats", "svg"]
    assert main([*args, "--speaker", "xi jinping", "--topic", "terrorism", "--no-excel"]) == 0
    side = json.loads((out / "terms.json").read_text())
    assert side["filters"] == {"speaker": ["Xi Jinping"], "topic": ["terrorism"]}
    assert (out / "key-terms.svg").exists()
    assert not list(out.glob("*.xlsx"))
    # a second run writes numbered files and leaves the first ones alone
    before = (out / "terms.svg").read_bytes()
    assert main([*args, "--topic", "cybercrime"]) == 0
    assert (out / "terms-1.svg").exists() and (out / "terms.svg").read_bytes() == before


def test_bad_path_is_one_line_and_exit_code_2(tmp_path, capsys):
    missing = tmp_path / "nowhere.txt"
    assert main(["report", str(missing), "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.strip() == f"kit report: error: {missing}: no such file or folder"
    assert not (tmp_path / "out").exists()


def test_unknown_topic_is_a_plain_error(article_path, tmp_path, capsys):
    code = main(["report", str(article_path), "--out", str(tmp_path), "--topic", "piracy"])
    assert code == 2
    err = capsys.readouterr().err
    assert "piracy" in err and "Traceback" not in err


def test_bad_options_are_refused_by_argparse(article_path, tmp_path):
    with pytest.raises(SystemExit) as exc:
        main(["report", str(article_path), "--out", str(tmp_path), "--formats", "png,gif"])
    assert exc.value.code == 2


def test_help_documents_every_option():
    run = subprocess.run(
        [sys.executable, "-m", "kit.cli", "report", "--help"],
        capture_output=True,
        text=True,
        check=True,
    )
    for option in (
        "--out",
        "--speaker",
        "--topic",
        "--topics-file",
        "--unit",
        "--top",
        "--formats",
        "--dpi",
        "--no-excel",
        "--quiet",
    ):
        assert option in run.stdout
    version = subprocess.run(
        [sys.executable, "-m", "kit.cli", "--version"], capture_output=True, text=True
    )
    assert version.stdout.startswith("news-kit ")


def test_a_speaker_nobody_is_an_error_not_an_empty_report(article_path, tmp_path, capsys):
    # it was an empty report (0 sentences, empty charts, exit 0); tests/test_cli_errors.py
    # has the suggestions and the other filters
    out = tmp_path / "out"
    args = ["report", str(article_path), "--out", str(out), "--formats", "png", "--no-excel"]
    assert main([*args, "--speaker", "Nobody Atall"]) == 2
    captured = capsys.readouterr()
    assert "--speaker 'Nobody Atall': no such speaker" in captured.err
    assert "The speakers found: Xi Jinping" in captured.err
    assert captured.out == "" and not out.exists()
