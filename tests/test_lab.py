"""The README's main command, ``python3 .ci/dev.py lab``, really starts JupyterLab on notebooks/.

Only the server is started and its REST API queried: no browser, no kernel, so nothing in
notebooks/ is opened or autosaved (the test checks that too).
"""

import ast
import hashlib
import importlib.util
import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / ".ci" / "dev.py"
NOTEBOOKS = ROOT / "notebooks"
FIRST_NOTEBOOK = "01_explore_article.ipynb"
START_TIMEOUT = 60  # seconds, with .venv already installed (about 2 s here)
INSTALL_TIMEOUT = 900  # seconds, when dev.py has to (re)install first


def load_dev():
    spec = importlib.util.spec_from_file_location("dev", DEV)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, timeout: float = 5) -> tuple[int, bytes, str]:
    """(status, body, final url) of a GET, following redirects."""
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.status, response.read(), response.geturl()


def snapshot(folder: Path) -> dict[str, str]:
    """sha256 of every file under folder, to see whether the server wrote anything there."""
    if not folder.exists():
        return {}
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


@pytest.fixture
def lab_server(tmp_path):
    """Start ``python3 .ci/dev.py lab`` the way the README says, on a free local port."""
    port = free_port()
    token = secrets.token_hex(16)
    env = dict(os.environ)
    for name in ("JUPYTERLAB_SETTINGS_DIR", "JUPYTERLAB_WORKSPACES_DIR", "JUPYTER_RUNTIME_DIR"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        env[name] = str(folder)
    python = shutil.which("python3") or sys.executable
    cmd = [
        python,
        str(DEV),
        "lab",
        "--no-browser",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        "--ServerApp.ip=127.0.0.1",
        f"--IdentityProvider.token={token}",
    ]
    timeout = START_TIMEOUT if load_dev().stamp_is_current() else INSTALL_TIMEOUT
    log_path = tmp_path / "lab.log"
    before = snapshot(NOTEBOOKS)
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            cmd, cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )

    def log_text() -> str:
        return log_path.read_text(errors="replace")[-4000:]

    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                pytest.fail(f"dev.py lab exited with {proc.returncode}:\n{log_text()}")
            try:
                status = get(f"{base}/api/status?token={token}", timeout=2)[0]
                if status == 200:
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"JupyterLab did not answer within {timeout} s:\n{log_text()}")
            time.sleep(0.5)
        yield {"base": base, "token": token, "log": log_text}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)  # only the group this test started
            proc.wait(timeout=10)
    after = snapshot(NOTEBOOKS)
    assert after == before, "JupyterLab changed files in notebooks/ although nothing was opened"


def test_dev_lab_serves_notebooks_folder(lab_server):
    base, token = lab_server["base"], lab_server["token"]

    status, body, _ = get(f"{base}/api/status?token={token}")
    assert status == 200 and "started" in json.loads(body)

    # JupyterLab itself (not only the bare server) is there.
    status, body, _ = get(f"{base}/lab?token={token}")
    assert status == 200 and b"JupyterLab" in body

    # The server's root is notebooks/: the contents API lists exactly what is in it.
    status, body, _ = get(f"{base}/api/contents?token={token}")
    assert status == 200
    listing = json.loads(body)
    served = {item["name"] for item in listing["content"]}
    expected = {p.name for p in NOTEBOOKS.iterdir() if not p.name.startswith(".")}
    assert served == expected, (served, expected)

    if not (NOTEBOOKS / FIRST_NOTEBOOK).exists():
        pytest.skip(f"notebooks/{FIRST_NOTEBOOK} is not written yet: its listing is not checked")
    assert FIRST_NOTEBOOK in served
    # The analyst lands on the first notebook: / redirects to it.
    status, _, url = get(f"{base}/?token={token}")
    assert status == 200 and f"/lab/tree/{FIRST_NOTEBOOK}" in url


def test_dev_py_parses_on_old_python():
    """The version check must get to run on an old Python, so no newer syntax before it."""
    ast.parse(DEV.read_text(encoding="utf-8"), feature_version=(3, 6))


def test_dev_py_rejects_unknown_command():
    result = subprocess.run(
        [sys.executable, str(DEV), "frobnicate"], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 2 and "usage" in result.stderr


def test_dev_lab_command_line():
    dev = load_dev()
    extra = ["--no-browser", "--ServerApp.port=9999"]
    as_root = dev.lab_command(extra, as_root=True)
    as_user = dev.lab_command(extra, as_root=False)
    assert as_root[1] == "lab" and f"--ServerApp.root_dir={NOTEBOOKS}" in as_root
    assert "--allow-root" in as_root and "--allow-root" not in as_user
    assert as_root[-2:] == extra  # the caller's options come last, so they win
    assert dev.lab_command(["--allow-root"], as_root=True).count("--allow-root") == 1


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
