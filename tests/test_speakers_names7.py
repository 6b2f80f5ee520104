"""The form of a speaker's name when the right person or body is found: a comma inside a body's
name is written as the article writes it, an acronym the article spelled out is credited with
its full name even when that name holds hyphenated words or a country's capitals, words that
describe a person are no part of their name ("Russian Ivan Petrov", "Songwriter Tom Field",
"Crown Prince Frederik", "Lib Dem Joe Baxter"), and a capitalised title that says which one
("the Ealing North MP", "The Culture Secretary") is the person the article named with it."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "comma": (
                "Flu cases rise\n\n"
                "The Institute of Health, Safety and Research (IHSR) reported 40 new cases "
                "of flu on Monday in the northern province."
            ),
            "acronym": (
                "Drug row\n\n"
                "The firm has been accused by the United States Anti-Doping Agency (USADA) "
                "of selling a banned drug to athletes. "
                "The USADA claims that ten athletes have been banned this year."
            ),
            "capitals": (
                "Bank forecast\n\n"
                "Figures from the UK Development Bank (UKDB) were published on Monday. "
                "The UKDB said growth would slow next year."
            ),
            "adjective": (
                "Race preview\n\n"
                "Russian Ivan Petrov won the race in Madrid last week and then claimed the "
                "title was his to lose."
            ),
            "describers": (
                "Music lessons\n\n"
                "Songwriter Tom Field said the lessons would help young people. "
                "Backbencher Alan Hill said some MPs were angry about the plan. "
                "Crown Prince Frederik said the prize would go to a poet. "
                "The budget is sound, said Treasurer Mark Costa. "
                "But Lib Dem Joe Baxter accused ministers of wasting money. "
                "Fellow Tory Ann Heath-Amory said the plan was folly. "
                "Spaniard Luis Ortega said he was proud of the win."
            ),
            "seat": (
                "MP speaks out\n\n"
                "Ealing Green MP Tom Pound said the vote was a farce. "
                "The Ealing Green MP said the party had lost its way."
            ),
            "portfolio": (
                "Aid package\n\n"
                "The country no longer needs the loan, Economics Minister Ann Bakri said on "
                "Monday. The Indonesian Economics Minister explained that the money was for "
                "rebuilding the coast."
            ),
            "count": (
                "Vote call\n\n"
                "Labour MP Tom Watts said the vote should be held again. "
                "One MP told reporters that the party was split on the question."
            ),
        }
    )


@pytest.mark.parametrize(
    ("snippet", "speaker"),
    [
        ("reported 40 new cases", "Institute of Health, Safety and Research"),
        ("The USADA claims", "United States Anti-Doping Agency"),
        ("The UKDB said", "UK Development Bank"),
        ("Russian Ivan Petrov won", "Ivan Petrov"),
        ("Songwriter Tom Field", "Tom Field"),
        ("Backbencher Alan Hill", "Alan Hill"),
        ("Crown Prince Frederik", "Frederik"),
        ("said Treasurer Mark Costa", "Mark Costa"),
        ("Lib Dem Joe Baxter", "Joe Baxter"),
        ("Fellow Tory Ann Heath-Amory", "Ann Heath-Amory"),
        ("Spaniard Luis Ortega", "Luis Ortega"),
        ("The Ealing Green MP said", "Tom Pound"),
        ("The Indonesian Economics Minister", "Ann Bakri"),
    ],
)
def test_name_form(df, snippet, speaker):
    assert sentence(df, snippet)["speaker"] == speaker


def test_a_count_is_nobody_named(df):
    """"One MP" is some MP, not the MP the article named before."""
    assert sentence(df, "One MP told")["speaker"] != "Tom Watts"
