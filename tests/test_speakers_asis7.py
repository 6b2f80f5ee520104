"""A subject that names nobody the article knows, of a verb that says something in words, is
the speaker as written ("an acquaintance said", "opponents of the plan said", "a new book
says"); a misparse, a share or a description of someone named is not."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import attributed, sentence

TEXTS = {
    "market": (
        "Shares in Lagos fell for a third day on Monday. One senior Lagos trader said the "
        "fall was driven by politics. Foreign money, he says, has already left for Ghana. "
        "Opponents of the new tax said it would drive investors away. About 40% said they "
        "would sell."
    ),
    "death": (
        "A prison officer was found dead at his home in Leeds. An acquaintance said he had "
        "been moved to a quieter post for his safety. One of the neighbours said the family "
        "had been away. His colleagues said he was well liked."
    ),
    "book": (
        "The former minister has denied any plan to resign. A new book says the minister "
        "promised his deputy the job last year. The problem, said Tom Reid, is that no one "
        "believes him."
    ),
    "campaign": (
        "Senator Ann Bee of Ohio ended her bid for the nomination. Senator Bee's campaign "
        "said she would back the front-runner. Ohio's leading newspaper said the move was "
        "expected."
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


@pytest.mark.parametrize(
    ("snippet", "article", "speaker", "kind"),
    [
        ("One senior Lagos trader said", "market", "One senior Lagos trader", "role"),
        ("Opponents of the new tax said", "market", "opponents of the new tax", "group"),
        ("An acquaintance said", "death", "acquaintance", "role"),
        ("One of the neighbours said", "death", "one of the neighbours", None),
        ("A new book says", "book", "new book", "document"),
        ("campaign said she would", "campaign", "Ann Bee's campaign", None),
    ],
)
def test_subject_as_written(df, snippet, article, speaker, kind):
    row = sentence(df, snippet, article)
    assert row["speaker"] == speaker
    assert row["speaker_type"] == "indirect"
    if kind is not None:
        assert row["speaker_kind"] == kind


def test_a_pronoun_goes_on_with_the_speaker_as_written(df):
    # "he says" after "One senior Lagos trader said ...": the trader, no one else
    row = sentence(df, "Foreign money, he says", "market")
    assert row["speaker"] == "One senior Lagos trader"


@pytest.mark.parametrize(
    ("snippet", "article", "written"),
    [
        ("About 40% said", "market", "Opponents of the new tax said"),  # a share
        ("His colleagues said", "death", "An acquaintance said"),  # whose is the pronoun's
        ("Ohio's leading newspaper said", "campaign", "Bee's campaign said"),  # a named body's
        ("The problem, said Tom Reid", "book", "A new book says"),  # set off: Tom Reid's
    ],
)
def test_no_speaker_as_written(df, snippet, article, written):
    # the same article takes another subject as written: the guards, not the absence of
    # the mechanism, keep this sentence from it
    taken = sentence(df, written, article)["speaker"]
    assert taken.lower() in written.lower() or taken == "Ann Bee's campaign"
    row = sentence(df, snippet, article)
    if "Tom Reid" in snippet:
        assert row["speaker"] == "Tom Reid"
    else:
        assert pd.isna(row["speaker"]) or row["speaker"].lower() not in snippet.lower()
