"""Rulings and the documents that read a quotation: what a court, judge, jury, tribunal or
regulator orders, decides or holds with its content is a statement by it ("Judge Ann Bee
ordered the accused remain in custody", "the unanimous court decided ..."), while a
decision that is an act ("the firm decided to close the plant"), a verdict on a person
("found him guilty") and "held talks" are narration; and a document that reads a quotation
speaks it however the parse took "read" ('The summary of the decision read in part: "..."',
'"...," a council statement read.', '"...," read a statement from the firm')."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "judge": (
                "Bail refused\n\n"
                "A man from Tarnow appeared in court on Monday charged with arson. "
                "Judge Olga Brenner ordered the accused remain in custody until his next "
                "appearance on 5 May."
            ),
            "court": (
                "Fraud appeal\n\n"
                "The Supreme Court of Ruritania heard the appeal of the two officials in "
                "January. The unanimous court decided their actions did not qualify as fraud, "
                "reversing the convictions."
            ),
            "tribunal": (
                "Banker wins claim\n\n"
                "A former trader took her employer to an employment tribunal last year. "
                "The tribunal held that she had been unfairly dismissed. "
                "The regulator ordered the bank to pay a fine of $5m."
            ),
            "acts": (
                "Plant to close\n\n"
                "The firm decided to close the plant in Leeds. "
                "The two leaders held talks in Paris on Friday. "
                "A jury found him guilty of murder on Tuesday. "
                "He read the book in one night."
            ),
            "summary": (
                "Ruling on the treaty\n\n"
                "On Monday the High Court of Ruritania issued a ruling on the treaty. "
                'The summary of the decision read in part: "The advice given to the minister '
                "was unlawful, void and of no effect and should be quashed. The treaty "
                'stands."'
            ),
            "council": (
                "Singer banned\n\n"
                '"The singer had been asked to tone his act down but ignored the request '
                'during the show," a council statement read. '
                '"It is not our policy to sell the homes of our tenants," read a statement '
                "from the housing firm."
            ),
        }
    )


def test_a_judge_orders_with_content(df):
    row = sentence(df, "ordered the accused remain", "judge")
    assert row["speaker"] == "Olga Brenner"
    assert row["speaker_type"] == "indirect"


def test_a_court_described_decides_and_is_the_court_named(df):
    row = sentence(df, "The unanimous court decided", "court")
    assert row["speaker"] == "Supreme Court of Ruritania"
    assert row["speaker_type"] == "indirect"


def test_a_tribunal_holds_and_a_regulator_orders(df):
    row = sentence(df, "The tribunal held that", "tribunal")
    assert row["speaker_type"] == "indirect"
    assert "tribunal" in row["speaker"].lower()
    row = sentence(df, "The regulator ordered the bank", "tribunal")
    assert row["speaker_type"] == "indirect"
    assert "regulator" in row["speaker"].lower()


@pytest.mark.parametrize(
    "snippet",
    ["The firm decided to close", "held talks in Paris", "found him guilty", "read the book"],
)
def test_acts_and_verdicts_are_narration(df, snippet):
    row = sentence(df, snippet, "acts")
    assert row["speaker"] is None
    assert row["speaker_type"] is None


def test_the_summary_of_a_decision_reads_for_the_court(df):
    row = sentence(df, "The summary of the decision read", "summary")
    assert row["speaker"] == "High Court of Ruritania"
    assert row["speaker_type"] == "direct"
    assert sentence(df, "The treaty stands", "summary")["speaker"] == "High Court of Ruritania"


def test_a_statement_read_after_its_quotation(df):
    row = sentence(df, "a council statement read", "council")
    assert row["speaker"] == "council statement"
    assert row["speaker_type"] == "direct"
    row = sentence(df, "read a statement from the housing firm", "council")
    assert row["speaker"] == "housing firm"
