"""The BBC 2005 corpus from ../shared, parsed once per machine and cached as Parquet.

Benchmarks and optional tests share it: ``bbc_table()`` parses the 1,557 articles on first
use (about two minutes of CPU) and reads the cache afterwards. The corpus itself is never
copied into the project.
"""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
# The kit of this checkout, not the one an editable install points at: a benchmark run in a
# git worktree scores the worktree's code (the benchmarks import this module before kit).
sys.path.insert(0, str(REPO))

import kit  # noqa: E402
from kit.cache import read_table, save_table  # noqa: E402

_CORPORA = Path("shared", "corpora")
# the shared corpora beside the checkout (../shared), or beside the folder of git worktrees
# (../../shared); every benchmark finds them here
CORPORA = next(
    (p / _CORPORA for p in REPO.parents if (p / _CORPORA).is_dir()), REPO.parent / _CORPORA
)
BBC_CSV = CORPORA / "bbc-2005" / "articles.csv"
CACHE_DIR = Path(os.environ.get("KIT_CACHE_DIR", Path.home() / ".cache" / "news-kit"))


def available() -> bool:
    return BBC_CSV.is_file()


def require() -> None:
    """Exit with a message when the corpus is not beside the project."""
    if not available():
        raise SystemExit(f"The BBC corpus is not at {BBC_CSV}; this benchmark needs it.")


def bbc_articles(n: int | None = None) -> pd.DataFrame:
    """The raw CSV rows (``text``, ``category``), the first ``n`` of them."""
    require()
    table = pd.read_csv(BBC_CSV)
    return table if n is None else table.head(n)


def bbc_table(n: int | None = None) -> pd.DataFrame:
    """The parsed sentence table of the first ``n`` articles (all by default), cached.

    Article ids are the CSV row numbers as strings; ``category`` is a metadata column.
    """
    require()
    digest = hashlib.sha256(BBC_CSV.read_bytes()).hexdigest()[:12]
    model = kit.model.model_id(kit.load_model())
    path = CACHE_DIR / f"bbc-{digest}-{n or 'all'}-{model}-v{kit.__version__}.parquet"
    if path.exists():
        return read_table(path)
    df = kit.load_corpus(bbc_articles(n), progress=True, n_process=min(2, os.cpu_count() or 1))
    save_table(df, path)
    return df
