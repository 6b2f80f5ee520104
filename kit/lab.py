"""``kit lab``: JupyterLab on the kit's notebooks, in a working folder that is the analyst's.

The notebooks ship inside the package. The first ``kit lab`` copies them into a working
folder (``./news-kit-notebooks`` unless told otherwise) and later runs copy only the ones
missing there, so an analyst's edited notebooks are never overwritten; to get a shipped
notebook afresh, delete or rename the copy.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import NoReturn

__all__ = [
    "DEFAULT_FOLDER",
    "FIRST_NOTEBOOK",
    "Copied",
    "copy_notebooks",
    "lab_command",
    "shipped_notebooks",
    "start",
]

DEFAULT_FOLDER = Path("news-kit-notebooks")
FIRST_NOTEBOOK = "01_explore_article.ipynb"


def shipped_notebooks() -> Path:
    """The folder of notebooks that comes with the kit.

    A wheel (or ``pip install .``) holds them in ``kit/notebooks``. An editable install or a
    source checkout serves them from the repository's top-level ``notebooks/`` folder, which
    is where ``pyproject.toml`` maps ``kit.notebooks`` from.
    """
    installed = Path(str(resources.files("kit"))) / "notebooks"
    if installed.is_dir():
        return installed
    checkout = Path(__file__).resolve().parents[1] / "notebooks"
    if checkout.is_dir():
        return checkout
    raise FileNotFoundError(f"the kit's notebooks are missing: neither {installed} nor {checkout}")


@dataclass
class Copied:
    """What :func:`copy_notebooks` did: notebooks copied, and copies kept as they were."""

    folder: Path
    copied: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def copy_notebooks(folder: str | Path, *, source: str | Path | None = None) -> Copied:
    """Copy the shipped notebooks that ``folder`` does not have yet into it.

    Parameters
    ----------
    folder
        The working folder; created when missing.
    source
        Where the notebooks come from (default: the kit's own, :func:`shipped_notebooks`).

    Returns
    -------
    Copied
        The names of the notebooks copied and of those already there, which are left
        untouched whatever their content.
    """
    folder = Path(folder)
    source = Path(source) if source is not None else shipped_notebooks()
    folder.mkdir(parents=True, exist_ok=True)
    done = Copied(folder=folder)
    for notebook in sorted(source.glob("*.ipynb")):
        target = folder / notebook.name
        try:
            # "x": create only; an existing file (even one made a moment ago) is never touched.
            with target.open("xb") as out:
                out.write(notebook.read_bytes())
        except FileExistsError:
            done.kept.append(notebook.name)
        else:
            done.copied.append(notebook.name)
    return done


def lab_command(
    folder: str | Path, args: Sequence[str] = (), *, as_root: bool | None = None
) -> list[str]:
    """The ``jupyter lab`` command line that serves ``folder``, opening the first notebook.

    ``args`` go last, so that the caller's options win. As root, ``--allow-root`` is added
    (Jupyter refuses to start as root without it).
    """
    folder = Path(folder).resolve()
    cmd = [sys.executable, "-m", "jupyterlab", f"--ServerApp.root_dir={folder}"]
    if (folder / FIRST_NOTEBOOK).exists():
        cmd.append(f"--LabApp.default_url=/lab/tree/{FIRST_NOTEBOOK}")
    if as_root is None:
        as_root = hasattr(os, "geteuid") and os.geteuid() == 0
    if as_root and "--allow-root" not in args:
        cmd.append("--allow-root")
    return [*cmd, *args]


def start(folder: str | Path = DEFAULT_FOLDER, args: Sequence[str] = ()) -> NoReturn:
    """Copy the missing notebooks into ``folder``, say what was done, and run JupyterLab there.

    This process becomes JupyterLab (so that Ctrl+C reaches it as usual) and does not return.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(f"{folder}: is a file, not a folder")
    if folder.resolve() == shipped_notebooks().resolve():
        _say(f"serving the kit's own notebooks in {folder}")
    else:
        done = copy_notebooks(folder)
        if done.copied:
            _say(f"copied into {folder}: {', '.join(done.copied)}")
        if done.kept:
            _say(
                f"kept your copies in {folder} (never overwritten; delete one to get it "
                f"afresh): {', '.join(done.kept)}"
            )
    cmd = lab_command(folder, args)
    sys.stdout.flush()
    sys.stderr.flush()
    if os.name == "nt":  # no real exec on Windows: run it and pass its exit code on
        sys.exit(subprocess.run(cmd).returncode)
    os.execv(cmd[0], cmd)


def _say(message: str) -> None:
    sys.stderr.write(f"[kit lab] {message}\n")
