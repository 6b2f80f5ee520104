"""The README's Python examples run as written, in order, on the bundled article."""

from __future__ import annotations

import re
import shutil

import matplotlib
import pandas as pd
import pytest
from conftest import REPO

import kit

BLOCKS = re.findall(r"```python\n(.*?)```", (REPO / "README.md").read_text("utf-8"), re.S)


def test_the_readme_has_examples():
    assert len(BLOCKS) >= 5


@pytest.fixture
def namespace(tmp_path, monkeypatch, article_path):
    """What the examples take for granted: a story file, a folder, a text, a table, a lexicon."""
    monkeypatch.chdir(tmp_path)
    matplotlib.use("Agg")
    shutil.copy(article_path, tmp_path / "story.txt")
    (tmp_path / "archive").mkdir()
    shutil.copy(article_path, tmp_path / "archive" / "xi.txt")
    (tmp_path / "archive" / "short.txt").write_text("Police said two men were held.\n", "utf-8")
    shutil.copy(kit.topics.default_topics_path(), tmp_path / "my_topics.toml")
    text = "AFP\n\nThe minister said the law would change. Critics called it rushed."
    table = pd.DataFrame({"text": [text, "Police said the suspects fled."], "id": ["a", "b"]})
    return {"kit": kit, "text": text, "table": table}


def test_readme_examples_run_in_order(namespace):
    import matplotlib.pyplot as plt

    for block in BLOCKS:
        try:
            exec(compile(block, "README.md", "exec"), namespace)
        except Exception as exc:  # name the failing example, not just the line
            pytest.fail(f"README example failed: {type(exc).__name__}: {exc}\n{block}")
        finally:
            plt.close("all")
    df = namespace["df"]
    assert {"speaker", "topics"} <= set(df.columns)
