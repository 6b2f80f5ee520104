"""``kit lab``: the shipped notebooks copied into a working folder, then JupyterLab on it.

The copying and the command line are checked directly; one slow test starts the real
server (``python -m kit lab``) and asks its REST API what it serves. No browser and no
kernel, so nothing is opened or autosaved.
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kit import cli, lab

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
FIRST_NOTEBOOK = lab.FIRST_NOTEBOOK
START_TIMEOUT = 60  # seconds; the server answers in about 2 s here


def shipped() -> list[str]:
    return sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))


def snapshot(folder: Path) -> dict[str, str]:
    """sha256 of every file under folder, to see whether anything wrote there."""
    return {
        str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_shipped_notebooks_are_the_repository_notebooks():
    # From a checkout (editable install or PYTHONPATH) the kit serves notebooks/ itself; the
    # wheel's copy is checked by tests/test_wheel.py.
    assert lab.shipped_notebooks().resolve() == NOTEBOOKS.resolve()
    assert FIRST_NOTEBOOK in shipped()


def test_first_run_copies_every_notebook(tmp_path):
    work = tmp_path / "work"
    done = lab.copy_notebooks(work)
    assert done.copied == shipped() and done.kept == []
    assert snapshot(work) == snapshot(NOTEBOOKS)


def test_edited_copies_are_kept_and_missing_ones_copied(tmp_path):
    work = tmp_path / "work"
    lab.copy_notebooks(work)
    edited = work / FIRST_NOTEBOOK
    edited.write_text('{"my": "edits"}', encoding="utf-8")
    removed = shipped()[-1]
    (work / removed).unlink()
    (work / "mine.ipynb").write_text("{}", encoding="utf-8")

    done = lab.copy_notebooks(work)
    assert done.copied == [removed]
    assert done.kept == [name for name in shipped() if name != removed]
    assert edited.read_text(encoding="utf-8") == '{"my": "edits"}'
    assert (work / "mine.ipynb").read_text(encoding="utf-8") == "{}"
    assert (work / removed).read_bytes() == (NOTEBOOKS / removed).read_bytes()


def test_lab_command_line(tmp_path):
    lab.copy_notebooks(tmp_path)
    extra = ["--no-browser", "--ServerApp.port=9999"]
    as_root = lab.lab_command(tmp_path, extra, as_root=True)
    as_user = lab.lab_command(tmp_path, extra, as_root=False)
    assert as_root[:3] == [sys.executable, "-m", "jupyterlab"]
    assert f"--ServerApp.root_dir={tmp_path.resolve()}" in as_root
    assert f"--LabApp.default_url=/lab/tree/{FIRST_NOTEBOOK}" in as_root
    assert "--allow-root" in as_root and "--allow-root" not in as_user
    assert as_root[-2:] == extra  # the caller's options come last, so they win
    assert lab.lab_command(tmp_path, ["--allow-root"], as_root=True).count("--allow-root") == 1


def test_kit_lab_help(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["lab", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "usage: kit lab" in out and "--dir" in out and "never overwritten" in out


def test_only_lab_takes_unknown_options(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["report", "article.txt", "--out", "x", "--no-browser"])
    assert exit_info.value.code == 2
    assert "unrecognized arguments: --no-browser" in capsys.readouterr().err


def test_kit_lab_refuses_a_file_as_folder(tmp_path, capsys):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine", encoding="utf-8")
    assert cli.main(["lab", "--dir", str(not_a_folder)]) == cli.EXIT_USAGE
    assert "is a file, not a folder" in capsys.readouterr().err
    assert not_a_folder.read_text(encoding="utf-8") == "mine"


# --- the real server ----------------------------------------------------------------------


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(url: str, timeout: float = 5) -> tuple[int, bytes, str]:
    """(status, body, final url) of a GET, following redirects."""
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return response.status, response.read(), response.geturl()


@pytest.mark.slow
def test_kit_lab_serves_the_working_folder(tmp_path):
    """``python -m kit lab`` as an analyst runs it a second time: one notebook edited."""
    work = tmp_path / "work"
    lab.copy_notebooks(work)
    (work / FIRST_NOTEBOOK).write_text('{"my": "edits"}', encoding="utf-8")
    (work / shipped()[-1]).unlink()
    before_shipped = snapshot(NOTEBOOKS)

    port, token = free_port(), secrets.token_hex(16)
    env = dict(os.environ)
    for name in ("JUPYTERLAB_SETTINGS_DIR", "JUPYTERLAB_WORKSPACES_DIR", "JUPYTER_RUNTIME_DIR"):
        (tmp_path / name.lower()).mkdir()
        env[name] = str(tmp_path / name.lower())
    cmd = [
        sys.executable,
        "-m",
        "kit",
        "lab",
        "--dir",
        str(work),
        "--no-browser",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        "--ServerApp.ip=127.0.0.1",
        f"--IdentityProvider.token={token}",
    ]
    log_path = tmp_path / "lab.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            cmd, cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            log_text = log_path.read_text(errors="replace")
            if proc.poll() is not None:
                pytest.fail(f"kit lab exited with {proc.returncode}:\n{log_text[-4000:]}")
            try:
                if get(f"{base}/api/status?token={token}", timeout=2)[0] == 200:
                    break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if time.monotonic() > deadline:
                pytest.fail(f"JupyterLab did not answer within {START_TIMEOUT} s:\n{log_text}")
            time.sleep(0.5)

        # JupyterLab itself (not only the bare server), serving exactly the working folder.
        status, body, _ = get(f"{base}/lab?token={token}")
        assert status == 200 and b"JupyterLab" in body
        listing = json.loads(get(f"{base}/api/contents?token={token}")[1])
        assert sorted(item["name"] for item in listing["content"]) == shipped()
        # The analyst lands on the first notebook.
        assert f"/lab/tree/{FIRST_NOTEBOOK}" in get(f"{base}/?token={token}")[2]
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)  # only the group this test started
            proc.wait(timeout=10)

    log_text = log_path.read_text(errors="replace")
    assert f"copied into {work}: {shipped()[-1]}" in log_text
    assert f"kept your copies in {work}" in log_text
    assert (work / FIRST_NOTEBOOK).read_text(encoding="utf-8") == '{"my": "edits"}'
    assert snapshot(NOTEBOOKS) == before_shipped
