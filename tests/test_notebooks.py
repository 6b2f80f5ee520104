"""Every notebook runs top to bottom in a fresh kernel, and the Explorer in it draws a chart.

The notebooks are run from a temporary copy laid out like the repository (``notebooks/`` next
to ``data/``), so that their relative paths resolve and whatever they write (exports, Lab
autosaves) lands in the copy, never in the work tree. nbclient acts as the front end: what the
Explorer's Output widgets show is kept in the executed notebook's saved widget state.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
BBC_CSV = ROOT.parent / "shared" / "corpora" / "bbc-2005" / "articles.csv"
CELL_TIMEOUT = 600  # seconds; a cold parse of the BBC sample is the slowest cell
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"


def stored_notebooks() -> list[Path]:
    return sorted(NOTEBOOKS.glob("*.ipynb"))


def copy_layout(dest: Path) -> Path:
    """Copy notebooks/ and data/ side by side under dest; return the notebooks copy."""
    shutil.copytree(ROOT / "data", dest / "data")
    shutil.copytree(
        NOTEBOOKS, dest / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints")
    )
    return dest / "notebooks"


def widget_state(nb) -> dict:
    """model_id -> {"model_name", "state", ...} from the executed notebook's metadata."""
    return nb.metadata.get("widgets", {}).get(WIDGET_STATE, {}).get("state", {})


def output_mime_types(model: dict) -> set[str]:
    """The MIME types an OutputModel shows (its display_data and execute_result outputs)."""
    kinds = set()
    for output in model.get("state", {}).get("outputs", []):
        kinds.update(output.get("data", {}))
    return kinds


def errors_in(nb) -> list[str]:
    """Tracebacks printed anywhere: in cell outputs or inside widget Output areas."""
    found = [
        f"cell {i}: {out.get('ename')}: {out.get('evalue')}"
        for i, cell in enumerate(nb.cells)
        for out in cell.get("outputs", [])
        if out.get("output_type") == "error"
    ]
    for model_id, model in widget_state(nb).items():
        for out in model.get("state", {}).get("outputs", []) or []:
            if out.get("output_type") == "error":
                found.append(f"widget {model_id}: {out.get('ename')}: {out.get('evalue')}")
    return found


def run_notebook(path: Path, tmp_path: Path):
    copy = copy_layout(tmp_path) / path.name
    nb = nbformat.read(copy, as_version=4)
    client = NotebookClient(
        nb,
        timeout=CELL_TIMEOUT,
        kernel_name="python3",
        resources={"metadata": {"path": str(copy.parent)}},
    )
    client.execute()
    return nb


@pytest.fixture
def notebook_env(monkeypatch, tmp_path):
    """The kernel inherits this: the BBC sample stays small. No MPLBACKEND: the kernel must
    pick Jupyter's inline backend as it does for an analyst, or charts would not show."""
    monkeypatch.delenv("MPLBACKEND", raising=False)
    monkeypatch.setenv("KIT_BBC_SAMPLE", os.environ.get("KIT_BBC_SAMPLE", "60"))
    if BBC_CSV.is_file():
        # The copy is not beside ../shared, so point notebook 03 at the corpus explicitly.
        monkeypatch.setenv("KIT_BBC_CSV", str(BBC_CSV))
    return tmp_path


def test_there_are_notebooks():
    assert (NOTEBOOKS / "01_explore_article.ipynb").is_file()


@pytest.mark.slow
@pytest.mark.parametrize("path", stored_notebooks(), ids=lambda p: p.name)
def test_notebook_runs_top_to_bottom(path, notebook_env):
    nb = run_notebook(path, notebook_env)

    assert not errors_in(nb), errors_in(nb)
    # Every cell that draws a kit chart shows it (the last expression may be the Axes).
    silent = [
        i
        for i, cell in enumerate(nb.cells)
        if cell.cell_type == "code"
        and "kit.plot_" in cell.source
        and not any("image/png" in out.get("data", {}) for out in cell.outputs)
    ]
    assert not silent, f"cells {silent} call kit.plot_* but show no chart"
    source = "\n".join(cell.source for cell in nb.cells if cell.cell_type == "code")
    if "kit.Explorer(" not in source:
        return
    # The Explorer drew its chart inside a widget: an OutputModel holding a PNG.
    models = widget_state(nb)
    assert models, "the notebook makes an Explorer but no widget state was saved"
    outputs = [m for m in models.values() if m.get("model_name") == "OutputModel"]
    charts = [m for m in outputs if "image/png" in output_mime_types(m)]
    assert charts, (
        f"no Output widget holds a chart; Output widgets show: "
        f"{[sorted(output_mime_types(m)) for m in outputs]}"
    )
