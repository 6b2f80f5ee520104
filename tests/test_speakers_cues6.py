"""Cues found in round 6: findings of bodies, doubts opened by a question word, and the agent
of a quoted judgement that the parse hung under its "as" phrase."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import attributed, sentence

TEXTS = {
    "court": (
        "A shipping firm sued the port authority last year. The appeals court in Lyon found "
        "that the contract could not be enforced. Staff had been told to work faster, the "
        "audit committee found. The panel has found it hard to hire experts."
    ),
    "survey": (
        "A trade body surveyed 900 shops. The British Retail Consortium found that most shops "
        "had cut their opening hours. Shoppers may find that some stores close early. The "
        "divers found traces of oil in the bay. The researchers found that the oil had come "
        "from a ship."
    ),
    "doubts": (
        "Councillor Mary Fenwick questioned how the new bins would be emptied. Opposition "
        "leader Tom Baird questioned what the scheme would cost. The police questioned a man "
        "about the fire."
    ),
    "judged": (
        "Ann Hale was described as a \"tireless campaigner\" by her colleague Rob Dent. The "
        "film was described as the finest work by director Ann Lowe."
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


@pytest.mark.parametrize(
    ("snippet", "article", "speaker"),
    [
        ("court in Lyon found that", "court", "appeals court"),
        ("the audit committee found.", "court", "audit committee"),
        ("Consortium found that", "survey", "British Retail Consortium"),
        ("researchers found that the oil", "survey", "researchers"),
        ("questioned how the new bins", "doubts", "Mary Fenwick"),
        ("questioned what the scheme", "doubts", "Tom Baird"),
        ("tireless campaigner", "judged", "Rob Dent"),
    ],
)
def test_statement_found(df, snippet, article, speaker):
    row = sentence(df, snippet, article)
    assert row["speaker"] == speaker
    assert row["speaker_type"] == "indirect"


@pytest.mark.parametrize(
    ("snippet", "article"),
    [
        ("found it hard to hire", "court"),  # an experience, no finding
        ("may find that some stores", "survey"),  # a guess at what may happen
        ("divers found traces", "survey"),  # something come upon, no clause
        ("questioned a man", "doubts"),  # an interview by police, no doubt stated
        ("finest work by director", "judged"),  # the work's maker, not who described it
    ],
)
def test_no_statement(df, snippet, article):
    assert pd.isna(sentence(df, snippet, article)["speaker"])
