"""mypy (basic mode, configured in pyproject.toml, with pandas-stubs) over the package."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api", reason="mypy is in the test extra: reinstall .venv")

ROOT = Path(__file__).resolve().parent.parent
# Modules still being rewritten (issue 10), whose errors are let through for now; a folder
# ends in "/". Everything else in kit/ is held clean. Empty this once they have landed.
PENDING = ("kit/explorer/", "kit/plots.py", "kit/provenance.py", "kit/report.py", "kit/style.py")


@pytest.fixture(scope="module")
def errors() -> Counter[str]:
    """Errors a file, from one mypy run over kit/ (its cache in .mypy_cache keeps reruns quick)."""
    cwd = os.getcwd()
    os.chdir(ROOT)  # mypy reads [tool.mypy] from the pyproject.toml of the working folder
    try:
        out, err, status = mypy_api.run([])
    finally:
        os.chdir(cwd)
    assert status in (0, 1), f"mypy could not run (exit {status}):\n{err}{out}"
    checked = re.search(r"(\d+) source files?", out)  # the whole package was checked
    modules = len(list((ROOT / "kit").rglob("*.py")))
    assert checked and int(checked.group(1)) == modules, f"expected {modules} files:\n{out}"
    return Counter(line.split(":", 1)[0] for line in out.splitlines() if ": error:" in line)


def _pending(path: str) -> bool:
    return any(path == p or (p.endswith("/") and path.startswith(p)) for p in PENDING)


def test_pending_names_exist():
    # a misspelt entry would let nothing through and hide nothing; a stale one hides errors
    missing = [p for p in PENDING if not (ROOT / p).exists()]
    assert not missing, f"PENDING names what kit/ does not hold: {missing}"


def test_package_type_checks(errors):
    dirty = {path: n for path, n in errors.items() if not _pending(path)}
    assert not dirty, f"mypy errors a file (run `.venv/bin/python -m mypy`): {dirty}"
