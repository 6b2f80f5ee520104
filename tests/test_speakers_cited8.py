"""What "according to" credits beside people, bodies and documents: records, counts and
writings ("statistics gathered by X", "forecasts from X", "X's schedule", "the agreement",
"her memoirs", "traffic camera footage"), their maker when the phrase names one; a bare
singular ("according to schedule") and a noun that says how something is done ("ranked
according to the steps they take") credit nobody."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "records": (
                "Browser share grows\n\n"
                "The new browser has gained users all year. "
                "According to market statistics gathered by Webcount, its share is now 7%. "
                "Fuel imports will rise by a fifth, according to forecasts from the Ministry "
                "of Trade. "
                "According to Harbour Power's schedule, 20,000 homes will lose power by noon. "
                "The firm must pay the fine within a week, according to the agreement. "
                "A cyclist was hit by a van according to traffic camera footage."
            ),
            "memoirs": (
                "Actress dies\n\n"
                "Clara Moss appeared in more than forty films. "
                "Moss married three times but, according to her memoirs, was happy only once."
            ),
            "idioms": (
                "Works finish\n\n"
                "The bridge repairs went according to schedule. "
                "Schools are ranked according to the steps they are taking on attendance."
            ),
        }
    )


def test_record_credits_its_named_maker(df):
    # statistics with their maker are named with it (the guide's figures and data)
    assert (
        sentence(df, "According to market statistics", "records")["speaker"]
        == "Webcount statistics"
    )
    assert sentence(df, "according to forecasts", "records")["speaker"] == "Ministry of Trade"
    row = sentence(df, "According to Harbour Power's schedule", "records")
    assert (row["speaker"], row["speaker_type"]) == ("Harbour Power", "indirect")


def test_record_with_no_maker_is_the_source(df):
    row = sentence(df, "according to the agreement", "records")
    assert (row["speaker"], row["speaker_kind"]) == ("agreement", "document")
    assert sentence(df, "traffic camera footage", "records")["speaker"] == (
        "traffic camera footage"
    )


def test_owned_record_credits_its_owner(df):
    row = sentence(df, "according to her memoirs", "memoirs")
    assert (row["speaker"], row["speaker_type"]) == ("Clara Moss", "indirect")


def test_manner_is_no_source(df):
    assert sentence(df, "according to schedule", "idioms")["speaker"] is None
    assert sentence(df, "according to the steps", "idioms")["speaker"] is None


@pytest.fixture(scope="module")
def counts():
    return attributed(
        {
            "named": (
                "Cases pass a million\n\n"
                "On Monday, the number of cases passed one million, Northgate University data "
                "indicated. "
                "A Harris Interactive poll showed 60 percent of voters backed the plan."
            ),
            "unnamed": (
                "Prices rise\n\n"
                "Latest figures suggest house prices rose by 2% in March. "
                "Official data showed that exports fell."
            ),
        }
    )


def test_count_with_its_makers_name_speaks(counts):
    row = sentence(counts, "Northgate University data indicated", "named")
    assert (row["speaker"], row["speaker_type"]) == ("Northgate University data", "indirect")
    assert sentence(counts, "poll showed", "named")["speaker_type"] == "indirect"


def test_count_with_no_maker_is_evidence(counts):
    assert sentence(counts, "Latest figures suggest", "unnamed")["speaker"] is None
    assert sentence(counts, "Official data showed", "unnamed")["speaker"] is None
