"""mypy (basic mode, configured in pyproject.toml, with pandas-stubs) over the package."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api", reason="mypy is in the test extra: reinstall .venv")

ROOT = Path(__file__).resolve().parent.parent


def test_package_type_checks(monkeypatch):
    # mypy reads [tool.mypy] from the pyproject.toml of the working folder; its cache in
    # .mypy_cache keeps reruns quick
    monkeypatch.chdir(ROOT)
    out, err, status = mypy_api.run([])
    checked = re.search(r"(\d+) source files?", out)  # the whole package was checked
    modules = len(list((ROOT / "kit").rglob("*.py")))
    assert checked and int(checked.group(1)) == modules, f"expected {modules} files:\n{err}{out}"
    assert status == 0, f"mypy errors (run `.venv/bin/python -m mypy`):\n{err}{out}"
