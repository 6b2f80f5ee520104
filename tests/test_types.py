"""mypy (basic mode, configured in pyproject.toml, with pandas-stubs) over the package."""

from __future__ import annotations

import os
import re
from collections import Counter
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api", reason="mypy is in the test extra: reinstall .venv")

ROOT = Path(__file__).resolve().parent.parent
# Modules already held clean; the rest of the package is being restructured (issue 10).
CLEAN = ["kit/__main__.py", "kit/_version.py", "kit/cli.py", "kit/datasets.py", "kit/lab.py"]


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
    checked = re.search(r"(\d+) source files?", out)  # the package itself was checked
    assert checked and int(checked.group(1)) >= len(CLEAN), out
    return Counter(line.split(":", 1)[0] for line in out.splitlines() if ": error:" in line)


def test_clean_modules_type_check(errors):
    dirty = {path: errors[path] for path in CLEAN if errors[path]}
    assert not dirty, f"mypy errors (run `.venv/bin/python -m mypy`): {dirty}"


@pytest.mark.xfail(
    strict=True,
    reason="the modules under restructuring (explorer, plots, speakers, topics, terms, ...) "
    "still have mypy errors; the lead makes this a plain test after the layout merge",
)
def test_whole_package_type_checks(errors):
    assert not errors, f"mypy errors a file: {dict(errors)}"
