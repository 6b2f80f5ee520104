"""The Explorer in a real JupyterLab, in headless chromium driven by playwright.

The suite starts ``jupyter lab`` on 127.0.0.1 (a free port, a token) over a temporary copy of
notebooks/, opens 01_explore_article.ipynb, runs all cells, waits for the Explorer, changes the
speaker and topic filters and checks that the chart and the sentence list change. Screenshots
are saved (their folder is printed; ``KIT_SCREENSHOT_DIR`` chooses it). No request may leave
127.0.0.1: the notebooks work offline, with nothing from a CDN.

Without /usr/bin/chromium the test is skipped, unless ``KIT_REQUIRE_BROWSER=1`` (set by
``.ci/run``), in which case it fails.
"""

from __future__ import annotations

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
from urllib.parse import urlsplit

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "notebooks"
NOTEBOOK = "01_explore_article.ipynb"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SERVER_TIMEOUT = 60  # seconds until the server answers (about 2 s here)
EXPLORER_TIMEOUT = 180_000  # ms from "Run All Cells" to the first chart (kernel start, parse)
CHANGE_TIMEOUT = 30_000  # ms for a filter change to reach the chart (about 0.3 s here)
NO_NEWS = {"fetchNews": "false", "checkForUpdates": False}

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def require_chromium() -> None:
    """Skip without chromium, or fail when the environment says the browser is required."""
    if CHROMIUM.exists():
        return
    reason = f"{CHROMIUM} is not installed (apt-get install chromium)"
    if os.environ.get("KIT_REQUIRE_BROWSER") == "1":
        pytest.fail(f"KIT_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def write_lab_settings(folder: Path) -> None:
    """Turn off the "get notified about news?" pop-up and the update check."""
    path = folder / "@jupyterlab" / "apputils-extension" / "notification.jupyterlab-settings"
    path.parent.mkdir(parents=True)
    path.write_text(json.dumps(NO_NEWS), encoding="utf-8")


@pytest.fixture
def screenshot_dir(tmp_path) -> Path:
    folder = Path(os.environ.get("KIT_SCREENSHOT_DIR") or tmp_path / "screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    print(f"\nscreenshots: {folder}")  # noqa: T201 - where to look, shown with -s
    return folder


@pytest.fixture
def lab(tmp_path):
    yield from serve("lab", tmp_path)


@pytest.fixture
def notebook7(tmp_path):
    yield from serve("notebook", tmp_path)


def serve(app: str, tmp_path: Path):
    """``jupyter lab`` or ``jupyter notebook`` over a temporary copy of notebooks/."""
    require_chromium()
    root = tmp_path / "notebooks"
    shutil.copytree(NOTEBOOKS, root, ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    env = {k: v for k, v in os.environ.items() if k != "MPLBACKEND"}  # kernels as in real use
    for name in ("JUPYTERLAB_SETTINGS_DIR", "JUPYTERLAB_WORKSPACES_DIR", "JUPYTER_RUNTIME_DIR"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        env[name] = str(folder)
    write_lab_settings(Path(env["JUPYTERLAB_SETTINGS_DIR"]))
    port, token = free_port(), secrets.token_hex(16)
    cmd = [
        sys.executable,
        "-m",
        "jupyter",
        app,
        "--no-browser",
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={port}",
        "--ServerApp.port_retries=0",
        f"--ServerApp.root_dir={root}",
        f"--IdentityProvider.token={token}",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        cmd.append("--allow-root")
    log_path = tmp_path / f"{app}.log"
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            cmd, cwd=root, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_server(proc, f"{base}/api/status?token={token}", log_path)
        yield {"base": base, "token": token, "port": port, "root": root, "log": log_path}
    finally:
        proc.terminate()  # also ends the kernels it started
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, 9)  # only the process group this fixture started
            proc.wait(timeout=10)


def wait_for_server(proc: subprocess.Popen, status_url: str, log_path: Path) -> None:
    deadline = time.monotonic() + SERVER_TIMEOUT
    while True:
        if proc.poll() is not None:
            pytest.fail(
                f"the jupyter server exited with {proc.returncode}:\n{log_path.read_text()}"
            )
        try:
            with urllib.request.urlopen(status_url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.monotonic() > deadline:
            pytest.fail(
                f"the jupyter server did not answer in {SERVER_TIMEOUT} s:\n{log_path.read_text()}"
            )
        time.sleep(0.3)


@pytest.fixture
def page(request):
    """A headless chromium page on the server the test uses (``lab`` or ``notebook7``);
    records every request that leaves that server."""
    from playwright.sync_api import sync_playwright

    server = request.getfixturevalue("notebook7" if "notebook7" in request.fixturenames else "lab")

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        page = context.new_page()
        page.outside_requests = []

        def record(request) -> None:
            url = urlsplit(request.url)
            if url.scheme in {"http", "https", "ws", "wss"} and url.netloc != (
                f"127.0.0.1:{server['port']}"
            ):
                page.outside_requests.append(request.url)

        page.on("request", record)
        try:
            yield page
        finally:
            context.close()
            browser.close()


def open_notebook(page, lab, name: str) -> None:
    page.goto(f"{lab['base']}/lab/tree/{name}?token={lab['token']}")
    # The kernel is ready when the status bar says so (the execution indicator's idle
    # attribute is true before the kernel has even started).
    page.get_by_text("Python 3 (ipykernel) | Idle").wait_for(timeout=60_000)


def wait_for_idle_kernel(server, timeout: float = 60) -> None:
    """Until the server's one session has a kernel that is idle (asked over the REST API)."""
    url = f"{server['base']}/api/sessions?token={server['token']}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with urllib.request.urlopen(url, timeout=5) as response:
            sessions = json.loads(response.read())
        if sessions and all(s["kernel"]["execution_state"] == "idle" for s in sessions):
            return
        time.sleep(0.3)
    pytest.fail(f"no idle kernel within {timeout:.0f} s")


def run_all_cells(page) -> None:
    page.locator(".lm-MenuBar-itemLabel", has_text="Run").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Run All Cells").first.click()


def chart_src(page) -> str:
    return page.locator(".kit-explorer .kit-terms-chart img").first.get_attribute("src") or ""


def sentence_list(page) -> str:
    return page.locator(".kit-explorer .kit-sentences").first.text_content() or ""


def wait_for_change(page, before: str, read, what: str) -> str:
    deadline = time.monotonic() + CHANGE_TIMEOUT / 1000
    while time.monotonic() < deadline:
        now = read(page)
        if now and now != before:
            return now
        page.wait_for_timeout(100)
    pytest.fail(f"the {what} did not change within {CHANGE_TIMEOUT / 1000:.0f} s")


def select_first_option(page, css: str) -> str:
    """Select the first option of the multi-select under ``css``; return its label."""
    select = page.locator(f".kit-explorer {css} select").first
    label = select.locator("option").first.inner_text()
    select.select_option(label=label)
    return label.replace("\xa0", " ")  # the widget writes labels with no-break spaces


def tracebacks(page) -> list[str]:
    errors = page.locator('[data-mime-type="application/vnd.jupyter.stderr"]')
    return [t for t in errors.all_inner_texts() if "Traceback" in t or "Error" in t]


def test_explorer_in_jupyterlab(lab, page, screenshot_dir):
    open_notebook(page, lab, NOTEBOOK)
    run_all_cells(page)
    page.locator(".kit-explorer .kit-terms-chart img").first.wait_for(timeout=EXPLORER_TIMEOUT)
    page.locator(".kit-explorer").first.scroll_into_view_if_needed()
    page.screenshot(path=screenshot_dir / "1-explorer.png", full_page=True)
    status0, chart0, sentences0 = (
        page.locator(".kit-explorer .kit-status").first.inner_text(),
        chart_src(page),
        sentence_list(page),
    )
    assert " of " in status0 and "sentences" in status0, status0

    speaker = select_first_option(page, ".kit-speakers")
    chart1 = wait_for_change(page, chart0, chart_src, "chart after choosing a speaker")
    sentences1 = wait_for_change(page, sentences0, sentence_list, "sentence list")
    name = speaker.rsplit(" (", 1)[0]
    assert name in sentences1
    page.locator(".kit-explorer").first.screenshot(path=screenshot_dir / "2-speaker.png")

    topic = select_first_option(page, ".kit-topics")
    wait_for_change(page, chart1, chart_src, f"chart after choosing topic {topic}")
    wait_for_change(page, sentences1, sentence_list, "sentence list after choosing a topic")
    status2 = page.locator(".kit-explorer .kit-status").first.inner_text()
    assert status2 != status0
    page.locator(".kit-explorer").first.screenshot(path=screenshot_dir / "3-speaker-topic.png")

    # The sentence tab shows the lines behind the chart.
    page.locator(".kit-explorer .lm-TabBar-tab", has_text="Sentences").first.click()
    page.locator(".kit-explorer .kit-sentences").first.wait_for(state="visible")
    page.locator(".kit-explorer").first.screenshot(path=screenshot_dir / "4-sentences.png")

    # A search that matches nothing: a message, not a traceback or empty axes.
    page.locator(".kit-explorer .lm-TabBar-tab", has_text="Terms").first.click()
    search = page.locator(".kit-explorer .kit-search input").first
    search.fill("zzzxqj")
    search.press("Enter")
    page.locator(".kit-explorer .kit-terms-chart .kit-empty").first.wait_for(timeout=CHANGE_TIMEOUT)
    page.locator(".kit-explorer").first.screenshot(path=screenshot_dir / "5-empty.png")

    # The Export button writes through kit.export_chart and lists the files.
    page.locator(".kit-explorer .kit-search input").first.fill("")
    page.locator(".kit-explorer .kit-search input").first.press("Enter")
    page.locator(".kit-explorer .kit-terms-chart img").first.wait_for(timeout=CHANGE_TIMEOUT)
    page.locator(".kit-explorer .kit-export").first.click()
    log = page.locator(".kit-explorer .kit-export-log").first
    log.get_by_text("Wrote").wait_for(timeout=CHANGE_TIMEOUT)
    # the default name is made from the selection and the view (speaker, topic, "terms")
    written = sorted(p.name for p in (lab["root"] / "exports").glob("*_terms.*"))
    assert [n.rsplit(".", 1)[1] for n in written] == ["csv", "json", "pdf", "png", "svg"]
    assert written[0].startswith(name.split()[0].lower())
    assert all(name in log.inner_text() for name in written)

    # Keyness of the selection against the rest, and the heatmap, drawn when opened.
    page.locator(".kit-explorer .lm-TabBar-tab", has_text="Keyness").first.click()
    page.locator(".kit-explorer .kit-keyness img").first.wait_for(timeout=CHANGE_TIMEOUT)
    page.locator(".kit-explorer").first.screenshot(path=screenshot_dir / "6-keyness.png")
    page.locator(".kit-explorer .lm-TabBar-tab", has_text="Heatmap").first.click()
    page.locator(".kit-explorer .kit-heatmap img").first.wait_for(timeout=CHANGE_TIMEOUT)
    page.locator(".kit-explorer").first.screenshot(path=screenshot_dir / "7-heatmap.png")

    assert not tracebacks(page), tracebacks(page)
    assert not page.outside_requests, f"requests left 127.0.0.1: {page.outside_requests}"


def test_explorer_in_notebook7(notebook7, page, screenshot_dir):
    """The same notebook in Jupyter Notebook 7: runs, draws, and a filter redraws."""
    page.goto(f"{notebook7['base']}/notebooks/{NOTEBOOK}?token={notebook7['token']}")
    page.locator(".jp-Notebook").first.wait_for(timeout=60_000)
    wait_for_idle_kernel(notebook7)
    run_all_cells(page)
    page.locator(".kit-explorer .kit-terms-chart img").first.wait_for(timeout=EXPLORER_TIMEOUT)
    chart0 = chart_src(page)
    select_first_option(page, ".kit-speakers")
    wait_for_change(page, chart0, chart_src, "chart after choosing a speaker (Notebook 7)")
    page.locator(".kit-explorer").first.screenshot(path=screenshot_dir / "nb7-speaker.png")
    assert not tracebacks(page), tracebacks(page)
    assert not page.outside_requests, f"requests left 127.0.0.1: {page.outside_requests}"


def set_dark_theme(page) -> None:
    """JupyterLab's theme through its Settings menu (what an analyst does)."""
    page.locator(".lm-MenuBar-itemLabel", has_text="Settings").first.click()
    page.locator(".lm-Menu-itemLabel", has_text="Theme").first.hover()
    page.locator(".lm-Menu-itemLabel", has_text="JupyterLab Dark").first.click()
    page.wait_for_function("document.body.dataset.jpThemeLight === 'false'", timeout=CHANGE_TIMEOUT)


def contrast(page, css: str) -> float:
    """WCAG contrast ratio of the first element under ``css``: its text colour against the
    first non-transparent background up its ancestors."""
    return page.evaluate(
        """(css) => {
        const el = document.querySelector(css);
        const rgb = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
        const lum = ([r, g, b]) => {
          const f = (c) => {
            c /= 255;
            return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
          };
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        let bg = null;
        for (let n = el; n; n = n.parentElement) {
          const c = rgb(getComputedStyle(n).backgroundColor);
          if (c.length >= 3 && (c.length < 4 || c[3] > 0)) { bg = c; break; }
        }
        bg = bg || [255, 255, 255];
        const a = lum(rgb(getComputedStyle(el).color)), b = lum(bg);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      }""",
        css,
    )


def test_corpus_notebook_on_the_wikinews_sample(lab, page, screenshot_dir):
    """Notebook 03 on the shipped sample: a date range, a speaker found by typing, the chart
    and the sentences change, the Sentences tab exported with exactly its rows; then the
    dark theme keeps the listings readable."""
    import pandas as pd

    open_notebook(page, lab, "03_corpus.ipynb")
    run_all_cells(page)
    explorer = page.locator(".kit-explorer").first
    page.locator(".kit-explorer .kit-terms-chart img").first.wait_for(timeout=EXPLORER_TIMEOUT)
    explorer.scroll_into_view_if_needed()
    explorer.screenshot(path=screenshot_dir / "c1-corpus.png")
    chart0, sentences0 = chart_src(page), sentence_list(page)

    page.locator(".kit-explorer .kit-date-from input").first.fill("2020-01-01")
    page.locator(".kit-explorer .kit-date-to input").first.fill("2020-12-31")
    chart1 = wait_for_change(page, chart0, chart_src, "chart after a date range")
    status = page.locator(".kit-explorer .kit-status").first.inner_text()
    assert not status.startswith("5598 of"), status

    page.locator(".kit-explorer .kit-speaker-search input").first.type("trum", delay=50)
    select = page.locator(".kit-explorer .kit-speakers select").first
    page.wait_for_function(
        "(el) => el.options.length > 0 && [...el.options].every("
        "o => o.textContent.toLowerCase().includes('trum'))",
        arg=select.element_handle(),
        timeout=CHANGE_TIMEOUT,
    )
    label = select.locator("option").first.inner_text().replace("\xa0", " ")
    select.select_option(index=0)
    name = label.rsplit(" (", 1)[0]
    wait_for_change(page, chart1, chart_src, f"chart after choosing {name}")
    sentences = wait_for_change(page, sentences0, sentence_list, "sentence list")
    assert name in sentences
    explorer.screenshot(path=screenshot_dir / "c2-date-speaker.png")

    page.locator(".kit-explorer .lm-TabBar-tab", has_text="Sentences").first.click()
    page.locator(".kit-explorer .kit-sentences").first.wait_for(state="visible")
    n_rows = page.locator(".kit-explorer .kit-sentences tr").count() - 1  # less the header
    page.locator(".kit-explorer .kit-export").first.click()
    log = page.locator(".kit-explorer .kit-export-log").first
    log.get_by_text("Wrote").wait_for(timeout=CHANGE_TIMEOUT)
    csvs = list((lab["root"] / "exports").glob("*_sentences.csv"))
    assert len(csvs) == 1, csvs
    rows = pd.read_csv(csvs[0])
    assert len(rows) == n_rows > 0
    assert set(rows["speaker"]) == {name}
    assert (pd.to_datetime(rows["date"]) >= "2020-01-01").all()
    assert log.locator("a.kit-file").count() >= 2  # links that open the files in Lab
    explorer.screenshot(path=screenshot_dir / "c3-sentences-exported.png")

    set_dark_theme(page)
    page.wait_for_timeout(500)
    explorer.screenshot(path=screenshot_dir / "c4-dark.png")
    for css in (".kit-explorer .kit-meta", ".kit-explorer .kit-note", ".kit-explorer .kit-status"):
        assert contrast(page, css) >= 4.5, css
    assert not tracebacks(page), tracebacks(page)
    assert not page.outside_requests, f"requests left 127.0.0.1: {page.outside_requests}"
