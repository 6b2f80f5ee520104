"""The built wheel works on its own: installed into a fresh virtual environment and used
from a folder outside the checkout, it loads the bundled article, writes a report and
offers ``kit lab``, with its data, notebooks and licences inside.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What never goes into a build: environments, caches and earlier build output.
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".*_cache", ".hypothesis"
)

pytestmark = pytest.mark.slow


def run(cmd: list[str], *, cwd: Path, env: dict[str, str] | None = None, timeout: float = 600):
    result = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, (
        f"{' '.join(map(str, cmd))} exited with {result.returncode}:\n"
        f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    )
    return result


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built offline from a copy of the source tree.

    A copy, because setuptools keeps a build/ folder whose leftovers (a deleted module) would
    otherwise slip into the wheel; offline (no build isolation), with the setuptools and
    build of the test extra, so that the test needs no index.
    """
    tmp = tmp_path_factory.mktemp("wheel")
    source = tmp / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    dist = tmp / "dist"
    run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist)],
        cwd=source,
    )
    (built,) = dist.glob("news_kit-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> dict:
    """A fresh virtual environment holding the wheel; the python, the kit command, an env.

    The environment gets no copy of the kit's dependencies (spaCy, pandas, JupyterLab: a
    download and minutes of installing): a .pth file puts the test environment's
    site-packages after its own, so the dependencies are found there while the kit itself can
    only come from the wheel (.pth files inside that folder, such as an editable install's
    finder, are not processed from there, and the wheel's own site-packages comes first).
    The wheel is installed with --no-deps by the test environment's pip (``--python``).
    """
    venv = tmp_path_factory.mktemp("venv") / "fresh"
    run([sys.executable, "-m", "venv", "--without-pip", str(venv)], cwd=venv.parent)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        cwd=venv.parent,
    ).stdout.strip()
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (Path(site) / "test-env-dependencies.pth").write_text("\n".join(sorted(deps)) + "\n")
    run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps",
         "--disable-pip-version-check", str(wheel)],
        cwd=venv.parent,
    )
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    elsewhere = tmp_path_factory.mktemp("elsewhere")  # not the checkout, not beside it
    kit = venv / ("Scripts/kit.exe" if os.name == "nt" else "bin/kit")
    return {"python": python, "kit": kit, "env": env, "cwd": elsewhere, "site": Path(site)}


def test_wheel_contents(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    notebooks = sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))
    expected = {
        "kit/py.typed",
        "kit/resources/topics.toml",
        "kit/data/articles/xi-interpol-pti.txt",
        "kit/data/articles/SOURCE.md",
        "kit/data/wikinews/articles.csv.gz",
        "kit/data/wikinews/ATTRIBUTION.txt",
        "kit/data/wikinews/LICENSE.md",
        *(f"kit/notebooks/{name}" for name in notebooks),
    }
    assert expected <= names, sorted(expected - names)
    licences = {name.rsplit("/", 1)[-1] for name in names if "dist-info/licenses/" in name}
    assert {"LICENSE", "LICENSE.md", "ATTRIBUTION.txt"} <= licences, licences
    # Every module of the source tree is in the wheel.
    modules = {str(p.relative_to(ROOT).as_posix()) for p in (ROOT / "kit").rglob("*.py")}
    assert modules <= names, sorted(modules - names)
    assert not any(name.startswith(("tests/", "benchmarks/", "data/")) for name in names)


def test_installed_kit_loads_the_bundled_article(installed):
    code = """
import json, kit, kit.lab
df = kit.load_article()
sample = kit.sample_corpus()
print(json.dumps({
    "file": kit.__file__,
    "version": kit.__version__,
    "rows": len(df),
    "article_id": df["article_id"].iloc[0],
    "sample": len(sample),
    "notebooks": sorted(p.name for p in kit.lab.shipped_notebooks().glob("*.ipynb")),
    "notebooks_folder": str(kit.lab.shipped_notebooks()),
}))
"""
    out = run([str(installed["python"]), "-c", code], cwd=installed["cwd"], env=installed["env"])
    got = json.loads(out.stdout.strip().splitlines()[-1])
    site = installed["site"]
    assert Path(got["file"]).is_relative_to(site), f"kit imported from {got['file']}"
    with (ROOT / "pyproject.toml").open("rb") as f:
        assert got["version"] == tomllib.load(f)["project"]["version"]
    assert got["rows"] > 0 and got["article_id"] == "xi-interpol-pti"
    assert got["sample"] == 287
    assert Path(got["notebooks_folder"]).is_relative_to(site)
    assert got["notebooks"] == sorted(p.name for p in (ROOT / "notebooks").glob("*.ipynb"))


def test_installed_kit_command_writes_a_report(installed):
    article = installed["site"] / "kit" / "data" / "articles" / "xi-interpol-pti.txt"
    out = installed["cwd"] / "report"
    run(
        [str(installed["kit"]), "report", str(article), "--out", str(out), "--quiet",
         "--formats", "png", "--no-excel"],
        cwd=installed["cwd"],
        env=installed["env"],
    )
    written = {p.name for p in out.iterdir()}
    assert {"terms.png", "terms.csv", "terms.json"} <= written, sorted(written)
    note = json.loads((out / "terms.json").read_text(encoding="utf-8"))
    assert note["articles"][0]["article_id"] == "xi-interpol-pti"


def test_installed_kit_lab_help(installed):
    for cmd in ([str(installed["kit"])], [str(installed["python"]), "-m", "kit"]):
        out = run([*cmd, "lab", "--help"], cwd=installed["cwd"], env=installed["env"])
        assert "usage: kit lab" in out.stdout and "--dir" in out.stdout
