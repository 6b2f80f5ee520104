"""The data the kit ships with: one wire story and a sample corpus of Wikinews articles.

Both live inside the package (``kit/data/``), so they are there after a plain
``pip install`` as well as in a source checkout, and are found through
:mod:`importlib.resources` rather than a path relative to the repository.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pandas as pd

__all__ = ["BUNDLED_ARTICLE", "SAMPLE_ATTRIBUTION", "SAMPLE_COLUMNS", "sample_corpus"]

# pip installs packages as plain folders, so the package's data is an ordinary file and a
# Path to it can be handed to anything that opens files (the kit, pandas, the kit command).
_DATA = Path(str(resources.files("kit") / "data"))

BUNDLED_ARTICLE = _DATA / "articles" / "xi-interpol-pti.txt"
"""The kit's default article: a PTI wire story, Xi Jinping at Interpol (26 September 2017)."""

_SAMPLE = _DATA / "wikinews" / "articles.csv.gz"

SAMPLE_ATTRIBUTION = (_DATA / "wikinews" / "ATTRIBUTION.txt").read_text(encoding="utf-8").strip()
"""The credit line (CC BY 2.5) that must go with anything shared from :func:`sample_corpus`."""

SAMPLE_COLUMNS = ("id", "title", "date", "url", "text")


def sample_corpus() -> pd.DataFrame:
    """The shipped sample corpus: 287 English Wikinews articles of 2019 and 2020.

    Returns
    -------
    pandas.DataFrame
        One article a row, in the columns ``id`` (``wn-`` and 12 hex digits, stable),
        ``title``, ``date`` (publication day as ``datetime64``, from 2019-01-04 to
        2020-12-28), ``url`` (the article on en.wikinews.org) and ``text`` (paragraphs
        separated by a blank line), ordered by date. Ready for
        ``kit.load_corpus(table, id_column="id")``.

    Notes
    -----
    The texts are licensed CC BY 2.5: whatever is shared from them must carry
    :data:`SAMPLE_ATTRIBUTION`. Source and cleaning: ``kit/data/wikinews/LICENSE.md``.
    """
    # Every column is text except the date; keep_default_na=False so that no title or text
    # turns into NaN.
    table = pd.read_csv(_SAMPLE, dtype=str, keep_default_na=False)
    table["date"] = pd.to_datetime(table["date"], format="%Y-%m-%d")
    return table.loc[:, list(SAMPLE_COLUMNS)]
