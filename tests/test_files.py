"""Safe export names and writes: exclusive claims between processes, names kept inside the
export folder, long names shortened, clear errors for unwritable folders, strict JSON."""

from __future__ import annotations

import json
import multiprocessing
import os
from pathlib import Path

import pandas as pd
import pytest

import kit
from kit import _files


def _export_many(folder: str, who: str, n: int) -> None:
    for i in range(n):
        table = pd.DataFrame({"who": [who], "i": [i]})
        kit.export_table(table, Path(folder) / "shared-name", formats=["csv"])


def test_two_processes_exporting_under_one_name_never_overwrite(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_export_many, args=(str(tmp_path), w, 60)) for w in "ab"]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    csvs = sorted(tmp_path.glob("shared-name*.csv"))
    written = {tuple(pd.read_csv(p).iloc[0]) for p in csvs}
    assert len(csvs) == 120  # every set got a name of its own...
    assert written == {(w, i) for w in "ab" for i in range(60)}  # ...and none was overwritten
    # each set's sidecar names its own files
    for p in csvs:
        note = json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))
        assert note["files"]["csv"] == p.name
    assert not list(tmp_path.glob(".kit-*"))  # no temporary file left behind


def test_a_240_character_name_is_written_under_a_shortened_name(tmp_path):
    name = "speaker-" + "x" * 232
    files = kit.export_table(pd.DataFrame({"a": [1]}), tmp_path / name, formats=["csv", "xlsx"])
    assert all(len(p.name.encode()) <= 255 for p in files.values())
    again = kit.export_table(pd.DataFrame({"a": [2]}), tmp_path / name, formats=["csv", "xlsx"])
    assert files["csv"] != again["csv"]  # the second set is numbered, not written over
    assert {p.parent for p in (*files.values(), *again.values())} == {tmp_path}
    assert files["csv"].stem == files["xlsx"].stem


@pytest.mark.parametrize("name", ["../../../x", "/tmp/x", "sub/../../x", "~/x", "  "])
def test_names_that_leave_the_export_folder_are_refused(tmp_path, name):
    with pytest.raises(ValueError, match="export"):
        _files.confined(tmp_path, name)


def test_a_sub_folder_name_stays_inside(tmp_path):
    assert _files.confined(tmp_path, "week-1/terms") == tmp_path / "week-1" / "terms"


def test_an_unwritable_folder_gives_an_error_naming_it(tmp_path, monkeypatch):
    # as root a read-only folder is still writable, so make the file system say no
    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied", str(args[0]))

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(kit.ExportError, match=f"cannot write into {tmp_path}.*permission"):
        kit.export_table(pd.DataFrame({"a": [1]}), tmp_path / "t", formats=["csv"])
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == []


def test_blank_metadata_cells_give_strict_json(tmp_path):
    table = pd.DataFrame(
        {"text": ["a", "b"], "date": [float("nan"), None], "n": [1.5, float("inf")]}
    )
    files = kit.export_table(table, tmp_path / "t", provenance={"note": float("nan")})

    def refuse(constant):
        raise AssertionError(f"{constant} in strict JSON")

    note = json.loads(files["json"].read_text(encoding="utf-8"), parse_constant=refuse)
    assert note["note"] is None
