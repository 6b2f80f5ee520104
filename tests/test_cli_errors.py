"""Errors of the ``kit`` command: one line on stderr and exit code 2 for bad input and bad
options, a traceback (exit code 1) only for a bug, and nothing written when nothing fits."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

import kit.cli
from kit.cli import main

RANSOMWARE = """London

British police arrested two men on Monday on suspicion of running a ransomware gang that \
extorted millions of pounds from hospitals, the National Crime Agency said.

"This was a sophisticated cyber attack on vital services," said Rob Jones, the agency's \
director of threat leadership.
"""


def _one_line_error(err: str) -> str:
    """The error line of a run that failed with a plain error (no traceback): the last line
    on stderr, after any progress bar."""
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("kit ")]
    assert len(lines) == 1, err
    assert lines[0].startswith("kit report: error: ") and err.endswith(lines[0] + "\n")
    return lines[0]


def _report(article_path, out, *options) -> list[str]:
    return ["report", str(article_path), "--out", str(out), "--formats", "png", *options]


def test_unknown_speaker_suggests_the_names_that_exist(article_path, tmp_path, capsys):
    out = tmp_path / "out"
    # --quiet silences progress, never errors
    assert main(_report(article_path, out, "--speaker", "Xi", "--quiet")) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert "--speaker 'Xi': no such speaker" in line
    assert "Did you mean 'Xi Jinping'?" in line
    assert not out.exists()  # nothing written, not even the folder


def test_a_misspelt_speaker_gets_difflib_suggestions(article_path, tmp_path, capsys):
    assert main(_report(article_path, tmp_path / "out", "--speaker", "Xi Jinpeng")) == 2
    assert "Did you mean 'Xi Jinping'?" in _one_line_error(capsys.readouterr().err)


def test_unknown_topic_suggests_the_topics_tagged(article_path, tmp_path, capsys):
    assert main(_report(article_path, tmp_path / "out", "--topic", "Terror")) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert "--topic 'Terror': no such topic" in line and "'terrorism'" in line
    assert "cybercrime" in line  # the topics the table has are listed


def test_a_topic_in_other_case_is_the_topic(article_path, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(_report(article_path, out, "--topic", "Terrorism", "--quiet", "--no-excel")) == 0
    assert '"terrorism"' in (out / "terms.json").read_text()


def test_an_empty_selection_is_an_error_naming_the_filters(article_path, tmp_path, capsys):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(article_path, folder)
    (folder / "ransomware.txt").write_text(RANSOMWARE, encoding="utf-8")
    out = tmp_path / "out"
    args = ["--speaker", "rob jones", "--topic", "terrorism", "--quiet"]
    assert main(_report(folder, out, *args)) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert "no sentence matches --speaker 'Rob Jones' --topic 'terrorism'" in line
    assert "1 by Rob Jones" in line and "2 on terrorism" in line
    assert not out.exists()


def test_the_out_folder_is_checked_before_the_analysis(article_path, tmp_path, capsys, monkeypatch):
    def no_analysis(*args, **kwargs):
        raise AssertionError("the article was loaded before --out was checked")

    monkeypatch.setattr(kit.cli, "_load", no_analysis)
    a_file = tmp_path / "notes.txt"
    a_file.write_text("mine", encoding="utf-8")
    assert main(_report(article_path, a_file / "charts")) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert f"--out {a_file / 'charts'}: cannot write there" in line
    assert main(_report(article_path, a_file)) == 2
    assert "is a file, not a folder" in _one_line_error(capsys.readouterr().err)
    assert a_file.read_text(encoding="utf-8") == "mine"


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_read_only_out_folder_is_refused_before_the_analysis(article_path, tmp_path, capsys):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o555)
    try:
        assert main(_report(article_path, locked)) == 2
    finally:
        locked.chmod(0o755)
    assert "Permission denied" in _one_line_error(capsys.readouterr().err)


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--dpi", "100000", "100000 is out of range: use 50 to 1200"),
        ("--dpi", "0", "0 is out of range: use 50 to 1200"),
        ("--top", "0", "0 is out of range: use 1 to 500"),
        ("--top", "many", "'many' is not a whole number"),
        ("--model", "  ", "is blank: give a spaCy pipeline name or path"),
        ("--encoding", "klingon", "'klingon' is not an encoding Python knows"),
    ],
)
def test_out_of_range_options_are_refused(article_path, tmp_path, capsys, option, value, says):
    with pytest.raises(SystemExit) as exc:
        main(_report(article_path, tmp_path / "out", option, value))
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert f"kit report: error: argument {option}: {says}" in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_a_model_that_is_not_installed_is_one_line(article_path, tmp_path, capsys, monkeypatch):
    assert main(_report(article_path, tmp_path / "out", "--model", "en_no_such_model")) == 2
    assert "'en_no_such_model' (from the argument) is not installed" in _one_line_error(
        capsys.readouterr().err
    )
    monkeypatch.setenv("KIT_SPACY_MODEL", " ")
    assert main(_report(article_path, tmp_path / "out")) == 2
    assert "KIT_SPACY_MODEL" in _one_line_error(capsys.readouterr().err)


def test_encoding_passes_through_to_the_reader(tmp_path, capsys):
    path = tmp_path / "cafe.txt"
    path.write_bytes(
        "Caf\xe9 owners in Paris said on Monday that \u201cprices rose\u201d again.\n".encode(
            "cp1252"
        )
    )
    out = tmp_path / "out"
    assert main(["report", str(path), "--out", str(out), "--quiet", "--formats", "png"]) == 2
    line = _one_line_error(capsys.readouterr().err)
    assert "is not valid utf-8 text" in line and "pass --encoding, e.g. --encoding cp1252" in line
    assert "encoding=" not in line  # the library's keyword is not the command's option
    args = ["report", str(path), "--out", str(out), "--quiet", "--formats", "png"]
    assert main([*args, "--encoding", "cp1252", "--no-excel"]) == 0
    assert "Café owners" in (out / "sentences.csv").read_text(encoding="utf-8")


def test_bad_input_is_exit_code_2_without_traceback_in_a_real_process(tmp_path):
    binary = tmp_path / "photo.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    run = subprocess.run(
        [sys.executable, "-m", "kit.cli", "report", str(binary), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    line = _one_line_error(run.stderr)
    assert str(binary) in line


def test_a_bug_shows_its_traceback_and_asks_for_a_report(
    article_path, tmp_path, capsys, monkeypatch
):
    def broken(*args, **kwargs):
        raise RuntimeError("an unexpected state")

    monkeypatch.setattr(kit.cli, "_load", broken)
    assert main(_report(article_path, tmp_path / "out")) == 1
    err = capsys.readouterr().err
    assert "Traceback" in err and "RuntimeError: an unexpected state" in err
    assert "this is a bug in news-kit" in err and "please report it" in err
    assert not (tmp_path / "out").exists()  # the folder made for the run is removed again
