"""Shared fixtures. Parsing is the slow step, so the bundled article is parsed once."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))  # the BBC corpus helper, benchmarks/_bbc.py


def attributed(texts: dict[str, str]):
    """Made-up articles (id -> text), parsed as one corpus, with their speakers attributed."""
    import pandas as pd

    import kit

    table = pd.DataFrame({"id": list(texts), "text": list(texts.values())})
    df = kit.load_corpus(table, id_column="id", progress=False, headers=False)
    return kit.attribute_speakers(df)


def sentence(df, snippet: str, article_id: str | None = None):
    """The one row whose text holds ``snippet`` (in article ``article_id`` when given)."""
    if article_id is not None:
        df = df[df["article_id"] == article_id]
    hits = df[df["text"].str.contains(snippet, regex=False)]
    assert len(hits) == 1, f"{snippet!r} matches {len(hits)} sentences"
    return hits.iloc[0]


def who(df, article_id: str, snippet: str) -> tuple:
    """(speaker, speaker_type) of the one row of ``article_id`` whose text holds ``snippet``."""
    r = sentence(df, snippet, article_id)
    return r["speaker"], r["speaker_type"]


def narration(row) -> bool:
    """Whether a row is narration: no speaker and no speech type (both ``None``)."""
    return row["speaker"] is None and row["speaker_type"] is None


def spoken(row) -> list[str]:
    """The words of each of a row's ``speech_spans`` (article offsets inside its sentence)."""
    return [
        row["text"][a - row["start_char"] : b - row["start_char"]] for a, b in row["speech_spans"]
    ]


@pytest.fixture(scope="session", autouse=True)
def _cache_folder(tmp_path_factory):
    """Parses are cached in a folder of the test run, never in the user's cache."""
    old = os.environ.get("KIT_CACHE_DIR")
    os.environ["KIT_CACHE_DIR"] = str(tmp_path_factory.mktemp("kit-cache"))
    yield
    if old is None:
        os.environ.pop("KIT_CACHE_DIR", None)
    else:
        os.environ["KIT_CACHE_DIR"] = old


@pytest.fixture(scope="session")
def article_path() -> Path:
    from kit.datasets import BUNDLED_ARTICLE

    return BUNDLED_ARTICLE


@pytest.fixture(scope="session")
def article(article_path):
    """The bundled article's sentence table as parsed, without the speaker and topic stages
    (parsed once; treat it as read-only)."""
    import kit

    return kit.load_article(article_path, speakers=False, topics=False)


def pytest_collection_modifyitems(items):
    """Browser and BBC-corpus tests are slow too, so `-m "not slow"` (the fast tier,
    `python3 dev.py test --fast`) leaves them out without each test saying so twice."""
    for item in items:
        if item.get_closest_marker("browser") or item.get_closest_marker("corpus"):
            item.add_marker(pytest.mark.slow)
