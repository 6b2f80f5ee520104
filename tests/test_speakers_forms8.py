"""The form of a speaker's name (round 8), on made-up news text: an outlet is credited by its
name without the common noun written after it ("the Meridian Press news agency reported" is
Meridian Press), while a noun that is part of the name stays ("Northern Daily"); a surname
goes to the full name of the person a noun for what they do introduced ("game developer
Tapio Ahola"), even where the tagger took that name and the surname for a body's."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "agency": (
                "Two ministers resigned on Friday, the Meridian Press news agency reported. "
                "The cabinet will meet on Monday."
            ),
            "paper": (
                "The bank cut its rates, according to the Valley Courier newspaper. "
                "Savers were angry."
            ),
            "named": "Sales fell sharply last year, the Northern Daily said. Shops closed early.",
            "developer": (
                "Game maker splits from studio\n\n"
                "Finnish game developer Tapio Ahola has left the studio he founded. "
                "Started in 2010, the project was an attempt by Ahola to build a free game. "
                "According to Ahola, the game runs on old computers."
            ),
            "accented": (
                "Recently, Finnish open-source video game developer Aarni Kivelä discussed his "
                "project. Started in 2010, the game was an attempt by Kivelä to create something "
                "new. According to Kivelä, it runs on older hardware."
            ),
        }
    )


@pytest.mark.parametrize(
    ("snippet", "speaker"),
    [
        ("Two ministers resigned", "Meridian Press"),
        ("The bank cut its rates", "Valley Courier"),
        ("Sales fell sharply", "Northern Daily"),
    ],
)
def test_outlet_without_its_noun(df, snippet, speaker):
    assert sentence(df, snippet)["speaker"] == speaker


@pytest.mark.parametrize(
    ("snippet", "speaker"),
    [
        ("According to Ahola", "Tapio Ahola"),
        ("According to Kivelä", "Aarni Kivelä"),
    ],
)
def test_surname_joins_the_described_name(df, snippet, speaker):
    row = sentence(df, snippet)
    assert row["speaker"] == speaker
    assert row["speaker_kind"] == "person"
