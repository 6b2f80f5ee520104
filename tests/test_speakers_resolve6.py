"""A quotation with no cue after a narration sentence whose main subject is a new person is
that person's, also when the narration writes the country "US" ("US coach Tom Hart wants
..."): "US" in capitals is no first-person "us" that would make the sentence someone's words."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "us_coach": (
                "Hosts win the cup\n\n"
                "Sweden beat the United States 4-1 in the final on Sunday. "
                '"We were the better side in every match," said Swedish captain Ann Berg. '
                "US coach Tom Hart wants his players to spend more time training on grass. "
                '"I think it will help these guys learn to slow the game down."'
            ),
            "our_coach": (
                "Hosts win the cup\n\n"
                "Sweden beat the United States 4-1 in the final on Sunday. "
                '"We were the better side in every match," said Swedish captain Ann Berg. '
                "Our reporter Tom Hart watched the players train on grass. "
                '"I think it will help us learn to slow the game down."'
            ),
        }
    )


def test_us_in_capitals_leaves_the_narration_the_reporters(df):
    row = sentence(df, "help these guys", "us_coach")
    assert row["speaker"] == "Tom Hart"
    assert row["speaker_type"] == "direct"


def test_our_outside_quotes_is_still_someones_words(df):
    assert sentence(df, "help us learn", "our_coach")["speaker"] != "Tom Hart"


def test_a_cue_whose_subject_has_no_name_words_is_no_crash():
    import kit

    # the parse makes "minister" a body subject whose name keeps no words (found by the
    # loader's property test); the sentence must load, with or without a speaker
    df = kit.load_text("“quote” xi minister minister the said the.\n\n", headers=False)
    assert len(df) == 1
