"""Reported speech the rules used to miss (round 9): people by what they argue or study
("privacy advocates are concerned that ...", "some scholars have suggested ..."), a court
clerk cited with "according to", the minutes of a meeting and figures a public body made
as documents ("..., minutes of the meeting showed", "Government figures suggest ..."), a
descriptor the parse took for a verb before the name cited ("according to blog analysis
firm X"), and a body named with its place whose name the parse split before a conjoined
cue ("... and the Economic Commission for Europe predicts that ..."). Figures nobody made
("the figures suggest") and a place alone stay narration."""

from __future__ import annotations

import pytest
from conftest import attributed, narration, sentence, spoken


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "people": (
                "Office cameras spread\n\n"
                "More firms now watch their staff at work. "
                "Privacy advocates are concerned that cameras at work harm trust between staff. "
                "Some scholars have suggested farmers raised the birds for sale. "
                "According to a court clerk, the hearing would be held next week."
            ),
            "minutes": (
                "Rates held\n\n"
                "Interest rates were left at 4% this month. "
                "The panel voted to keep rates steady, minutes of the meeting showed on Monday. "
                "Police figures show thefts fell by a tenth last year. "
                "Sales rose by 7% last year, the figures suggest."
            ),
            "bodies": (
                "Robot market grows\n\n"
                "According to web analysis firm Blogcount, the number of blogs doubled this year. "
                "Robots can fulfil many tasks in society and the United Nations Economic "
                "Commission for Europe predicts that the market will grow. "
                "Shares fell in Paris and Europe says the plan will work."
            ),
        }
    )


@pytest.mark.parametrize(
    ("snippet", "speaker", "span"),
    [
        ("Privacy advocates", "privacy advocates", "cameras at work harm trust between staff"),
        ("Some scholars", "scholars", "farmers raised the birds for sale"),
        ("court clerk", "court clerk", "the hearing would be held next week"),
        ("of the meeting", "minutes of the meeting", "The panel voted to keep rates steady"),
        ("Police figures", "police figures", "thefts fell by a tenth last year"),
        ("Blogcount", "Blogcount", "the number of blogs doubled this year"),
        ("predicts", "United Nations Economic Commission for Europe", "the market will grow"),
    ],
)
def test_reported(df, snippet, speaker, span):
    row = sentence(df, snippet)
    assert (row["speaker"], row["speaker_type"]) == (speaker, "indirect")
    assert spoken(row) == [span]


@pytest.mark.parametrize(
    "snippet",
    ["the figures suggest", "Europe says", "More firms now watch", "Interest rates were left"],
)
def test_narration(df, snippet):
    row = sentence(df, snippet)
    assert narration(row)


@pytest.fixture(scope="module")
def inverted():
    return attributed(
        {
            "warn": (
                "Pension row grows\n\n"
                "Prices will rise sharply next year, warn economists. "
                "The deal will collapse, warned the head of the union. "
                "Stay indoors, warn your neighbours. "
                "The bill was backed by several chip makers, saying they needed the protection. "
                "Ann Bee was dropped by the coach after missing training, claiming she was ill."
            ),
        }
    )


@pytest.mark.parametrize(
    ("snippet", "speaker", "span"),
    [
        ("warn economists", "economists", "Prices will rise sharply next year"),
        ("warned the head", "union head", "The deal will collapse"),
        ("chip makers", "chip makers", "they needed the protection"),
    ],
)
def test_inverted_and_agent(inverted, snippet, speaker, span):
    row = sentence(inverted, snippet)
    assert (row["speaker"], row["speaker_type"]) == (speaker, "indirect")
    assert spoken(row) == [span]


def test_addressed_and_not_the_agent(inverted):
    """An imperative's object is addressed; a participle after a clause of its own is the
    subject's, never the agent's ("dropped by the coach after missing training, claiming ..."
    is not the coach's)."""
    assert sentence(inverted, "warn your neighbours")["speaker"] is None
    assert sentence(inverted, "claiming she was ill")["speaker"] != "coach"
