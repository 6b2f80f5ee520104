#!/usr/bin/env python3
"""Set up the local environment and start JupyterLab or the test suite.

    python3 dev.py lab  [kit lab / jupyter lab args...]   # JupyterLab serving notebooks/
    python3 dev.py test [--fast] [pytest args...]         # the test suite (--fast: a minute)

Both create (or reuse) the virtual environment ``.venv`` at the repository root and
install the kit into it with ``pip install -e '.[test]'``. The install is skipped when
``.venv/news-kit-install.sha256`` holds the sha256 of the current pyproject.toml, and
redone when pyproject.toml changed.

Standard library only: it has to run with a bare ``python3`` (3.11 or newer) and pip.
"""

import sys

if sys.version_info < (3, 11):  # noqa: UP036 - the check is the point on an old Python
    _found = f"{sys.version_info[0]}.{sys.version_info[1]} ({sys.executable})"
    sys.stderr.write(
        f"news-kit needs Python 3.11 or newer; this is Python {_found}.\n"
        "Run this script with a newer interpreter, e.g. python3.11 dev.py ...\n"
    )
    sys.exit(2)

import hashlib
import os
import shutil
import subprocess
from pathlib import Path
from typing import NoReturn

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYPROJECT = ROOT / "pyproject.toml"
NOTEBOOKS = ROOT / "notebooks"
STAMP_NAME = "news-kit-install.sha256"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
VENV_PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")

# The fast tier: everything but the tests marked slow (browser, JupyterLab start, wheel
# build, notebook runs, BBC corpus); see the markers in pyproject.toml.
FAST = ["-m", "not slow"]

USAGE = """usage: python3 dev.py lab  [jupyter lab args...]
       python3 dev.py test [--fast] [pytest args...]

  lab   create or reuse .venv, then start JupyterLab on notebooks/ (`kit lab`)
  test  create or reuse .venv, then run the whole test suite with pytest;
        --fast leaves out the slow tests (browser, lab start, wheel, notebooks, BBC corpus)
"""


def say(message: str) -> None:
    print(f"[dev] {message}", flush=True)


def fail(message: str, code: int = 1) -> NoReturn:
    sys.stderr.write(f"[dev] error: {message}\n")
    sys.exit(code)


def pyproject_sha256() -> str:
    return hashlib.sha256(PYPROJECT.read_bytes()).hexdigest()


def stamp_path() -> Path:
    return VENV / STAMP_NAME


def stamp_is_current() -> bool:
    """True when .venv exists and was installed from the current pyproject.toml."""
    try:
        recorded = stamp_path().read_text(encoding="ascii").strip()
    except OSError:
        return False
    return VENV_PYTHON.exists() and recorded == pyproject_sha256()


def run(cmd: list[str]) -> None:
    result = subprocess.run(cmd, cwd=ROOT)
    if result.returncode != 0:
        fail(f"command failed (exit {result.returncode}): {' '.join(cmd)}", result.returncode)


def create_venv() -> None:
    if VENV.exists():
        # A folder without a working interpreter (interrupted creation, moved repo, ...).
        say("recreating .venv (no working interpreter in it)")
        shutil.rmtree(VENV)
    else:
        say("creating .venv")
    result = subprocess.run([sys.executable, "-m", "venv", str(VENV)], cwd=ROOT)
    if result.returncode != 0 or not VENV_PYTHON.exists():
        fail(
            "could not create .venv with `python3 -m venv`. On Debian/Ubuntu install the "
            "venv module first: apt-get install python3-venv"
        )


def venv_works() -> bool:
    if not VENV_PYTHON.exists():
        return False
    probe = subprocess.run(
        [str(VENV_PYTHON), "-c", "import sys; assert sys.version_info >= (3, 11)"],
        capture_output=True,
    )
    return probe.returncode == 0


def ensure_env() -> None:
    """Create or reuse .venv and install the kit when pyproject.toml changed."""
    if not PYPROJECT.exists():
        fail(f"{PYPROJECT} not found: run this script from a checkout of news-kit")
    fresh = False
    if not venv_works():
        create_venv()
        fresh = True
    if not fresh and stamp_is_current():
        say("reusing .venv")
        return
    if fresh:
        say(
            "installing the kit and its dependencies into .venv (pip -q; the first time "
            "takes a few minutes)"
        )
    elif stamp_path().exists():
        say("installing (pyproject.toml changed)")
    else:
        say("installing (no install record in .venv)")
    stamp_path().unlink(missing_ok=True)
    run(
        [
            str(VENV_PYTHON),
            "-m",
            "pip",
            "install",
            "-q",
            "--disable-pip-version-check",
            "-e",
            ".[test]",
        ]
    )
    stamp_path().write_text(pyproject_sha256() + "\n", encoding="ascii")


def exec_in_root(argv: list[str]) -> NoReturn:
    """Replace this process with argv (run from the repository root)."""
    os.chdir(ROOT)
    sys.stdout.flush()
    sys.stderr.flush()
    if os.name == "nt":  # no real exec on Windows: run and pass the exit code on
        sys.exit(subprocess.run(argv).returncode)
    os.execv(argv[0], argv)


def lab_argv(args: list[str]) -> list[str]:
    """``kit lab`` on the repository's own notebooks/ folder, with the caller's options last.

    The notebooks are served in place (the developer edits the tracked copies; commit them
    without outputs). ``kit lab`` adds ``--allow-root`` when run as root.
    """
    return [str(VENV_PYTHON), "-m", "kit", "lab", "--dir", str(NOTEBOOKS), *args]


def test_argv(args: list[str]) -> list[str]:
    """pytest in .venv; ``--fast`` (anywhere among the arguments) selects the fast tier."""
    fast = "--fast" in args
    rest = [arg for arg in args if arg != "--fast"]
    return [str(VENV_PYTHON), "-m", "pytest", *(FAST if fast else []), *rest]


def lab(args: list[str]) -> NoReturn:
    ensure_env()
    say(f"starting JupyterLab on {NOTEBOOKS} (press Ctrl+C twice to stop)")
    exec_in_root(lab_argv(args))


def test(args: list[str]) -> NoReturn:
    ensure_env()
    exec_in_root(test_argv(args))


def main(argv: list[str]) -> None:
    if not argv or argv[0] in {"-h", "--help", "help"}:
        print(USAGE, end="")
        sys.exit(0 if argv else 2)
    command, rest = argv[0], argv[1:]
    if command == "lab":
        lab(rest)
    elif command == "test":
        test(rest)
    else:
        sys.stderr.write(f"unknown command {command!r}\n\n{USAGE}")
        sys.exit(2)


if __name__ == "__main__":
    main(sys.argv[1:])
