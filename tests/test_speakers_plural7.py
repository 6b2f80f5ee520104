"""Definite plural descriptions of bodies and descriptions owned by a person (issue 13), on
made-up news text: "the firms", "the three firms" or "both clubs" stand for the bodies the
article named together just before (any one of them is right; the first is given), "both
firms" with no list for the latest of the bodies named in the sentences before it; "his
family said" after "Sir X has died" is X's family. Bare plurals ("Firms said", "many firms")
stay any of their kind."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence

ARTICLES = {
    "list": """Chip makers Sony, IBM and Toshiba have unveiled a new processor for games consoles.

The chip will be twice as fast as any rival, the firms said.

The three firms claim that the processor will reach shops next year.

Analysts said many firms would struggle to match the design.""",
    "clubs": (
        "Chelsea and Arsenal have been charged by the league over an approach for a defender.\n\n"
        "Both clubs have pledged to co-operate with the inquiry."
    ),
    "firms": (
        "Brewer Castlegate Brewing Co has bought a large stake in winemaker Ridgeway Estates.\n\n"
        "Castlegate Brewing said it was in talks that may lead to a takeover.\n\n"
        "In a separate statement, Ridgeway Estates confirmed the brewer had asked for talks.\n\n"
        "Both firms asked the stock exchange to suspend trading in their shares until Monday."
    ),
    "family": (
        "Former minister Sir Alan Blake has died at the age of 70, his family has said.\n\n"
        "He served in the cabinet for six years."
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(ARTICLES)


@pytest.mark.parametrize("snippet", ["the firms said", "The three firms claim"])
def test_the_firms_are_the_bodies_named_together(df, snippet):
    assert sentence(df, snippet, "list")["speaker"] == "Sony"


def test_many_firms_is_no_body_named_before(df):
    assert sentence(df, "many firms would", "list")["speaker"] != "Sony"


def test_both_clubs_after_two_clubs_named_together(df):
    assert sentence(df, "Both clubs", "clubs")["speaker"] in ("Chelsea", "Arsenal")


def test_both_firms_after_two_bodies_that_spoke(df):
    speaker = sentence(df, "Both firms", "firms")["speaker"]
    assert speaker in ("Castlegate Brewing", "Ridgeway Estates")


def test_his_family_after_a_death_is_the_dead_mans_family(df):
    assert sentence(df, "his family", "family")["speaker"] == "Alan Blake's family"
