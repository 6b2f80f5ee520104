"""Repository hygiene: ruff is clean, notebooks are stored without outputs.

Both tools are pinned in pyproject.toml's ``test`` extra and called directly (remote
pre-commit hooks would need the internet). Formatting (``ruff format``) is not required.
"""

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"


def stored_notebooks() -> list[Path]:
    """Every notebook under notebooks/, leaving out Jupyter's own checkpoint copies."""
    return sorted(
        path
        for path in NOTEBOOKS.rglob("*.ipynb")
        if ".ipynb_checkpoints" not in path.relative_to(NOTEBOOKS).parts
    )


def test_ruff_rule_set_is_explicit():
    with (ROOT / "pyproject.toml").open("rb") as f:
        lint = tomllib.load(f)["tool"]["ruff"]["lint"]
    assert lint.get("select"), "pyproject.toml must select ruff rules explicitly"


def test_ruff_check_is_clean():
    # --no-cache: leave no .ruff_cache behind in the work tree.
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format=concise", "."],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, (
        "ruff found problems (fix them, or `python -m ruff check --fix .` for the safe ones):\n"
        + result.stdout
        + result.stderr
    )


def test_notebooks_have_no_outputs_or_execution_counts():
    problems = []
    for path in stored_notebooks():
        name = path.relative_to(ROOT)
        try:
            nb = nbformat.read(path, as_version=nbformat.NO_CONVERT)
        except (OSError, ValueError, json.JSONDecodeError) as exc:
            problems.append(f"{name}: not a readable notebook ({exc})")
            continue
        for index, cell in enumerate(nb.cells):
            if cell.get("cell_type") != "code":
                continue
            if cell.get("outputs"):
                problems.append(f"{name}: cell {index} has stored outputs")
            if cell.get("execution_count") is not None:
                problems.append(f"{name}: cell {index} has an execution count")
        if "widgets" in nb.metadata:
            problems.append(f"{name}: notebook metadata holds saved widget state")
    assert not problems, (
        "notebooks must be stored without outputs; run `nbstripout notebooks/*.ipynb`:\n"
        + "\n".join(problems)
    )


def test_nbstripout_verify():
    """nbstripout's own check agrees (it also looks at metadata it would strip).

    ``--keep-id``: cell ids are kept, so a notebook saved by JupyterLab with its random ids
    passes as long as it holds no outputs.
    """
    failures = []
    for path in stored_notebooks():
        result = subprocess.run(
            [sys.executable, "-m", "nbstripout", "--verify", "--keep-id", str(path)],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        if result.returncode != 0:
            failures.append(f"{path.relative_to(ROOT)}: {(result.stdout + result.stderr).strip()}")
    assert not failures, (
        "nbstripout would change these notebooks; run `nbstripout notebooks/*.ipynb`:\n"
        + "\n".join(failures)
    )
