"""The README's two commands, ``python3 dev.py lab`` and ``python3 dev.py test``.

What they run is checked here without running it: CI runs ``dev.py test`` itself on a fresh
clone, and tests/test_lab.py starts the JupyterLab that ``dev.py lab`` hands over to.
"""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "dev.py"


def load_dev():
    spec = importlib.util.spec_from_file_location("dev", DEV)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dev_py_parses_on_old_python():
    """The version check must get to run on an old Python, so no newer syntax before it."""
    ast.parse(DEV.read_text(encoding="utf-8"), feature_version=(3, 6))


def test_dev_py_uses_only_the_standard_library():
    tree = ast.parse(DEV.read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {
        node.module.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module
    }
    assert imported <= set(sys.stdlib_module_names), imported - set(sys.stdlib_module_names)


def test_dev_py_rejects_unknown_command():
    result = subprocess.run(
        [sys.executable, str(DEV), "frobnicate"], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 2 and "usage" in result.stderr


def test_dev_py_help():
    result = subprocess.run(
        [sys.executable, str(DEV), "--help"], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0 and "--fast" in result.stdout


def test_dev_lab_runs_kit_lab_on_the_notebooks_folder():
    dev = load_dev()
    argv = dev.lab_argv(["--no-browser", "--ServerApp.port=9999"])
    assert argv[:4] == [str(dev.VENV_PYTHON), "-m", "kit", "lab"]
    assert argv[4:6] == ["--dir", str(ROOT / "notebooks")]
    assert argv[-2:] == ["--no-browser", "--ServerApp.port=9999"]  # the caller's, last


def test_dev_test_tiers():
    dev = load_dev()
    full = dev.test_argv(["-x", "tests/test_lab.py"])
    assert full == [str(dev.VENV_PYTHON), "-m", "pytest", "-x", "tests/test_lab.py"]
    fast = dev.test_argv(["-x", "--fast"])
    assert fast == [str(dev.VENV_PYTHON), "-m", "pytest", "-m", "not slow", "-x"]


def test_ci_runs_the_full_test_command():
    run = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "python3 dev.py test" in run and "--fast" not in run
    assert sorted(p.name for p in (ROOT / ".ci").iterdir()) == ["run"]


def test_dev_install_stamp(tmp_path, monkeypatch):
    """The install is reused while pyproject.toml is unchanged, and redone when it changes."""
    dev = load_dev()
    pyproject = tmp_path / "pyproject.toml"
    pyproject.write_text("[project]\nname = 'x'\n")
    venv_python = tmp_path / ".venv" / "bin" / "python"
    venv_python.parent.mkdir(parents=True)
    venv_python.touch()
    monkeypatch.setattr(dev, "PYPROJECT", pyproject)
    monkeypatch.setattr(dev, "VENV", tmp_path / ".venv")
    monkeypatch.setattr(dev, "VENV_PYTHON", venv_python)
    assert not dev.stamp_is_current()  # never installed
    dev.stamp_path().write_text(dev.pyproject_sha256() + "\n")
    assert dev.stamp_is_current()
    pyproject.write_text("[project]\nname = 'x'\ndependencies = ['y']\n")
    assert not dev.stamp_is_current()
