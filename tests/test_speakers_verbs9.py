"""Reported speech the rules used to miss because of its verb (round 9): verbs of saying news
writes with their content ("underlined that ...", "reaffirmed that ...", "hypothesised ...",
"shared that ...", "requested that ...", "encouraged the agency to ...", "accepts that ...",
'welcomed his "courage"', "backed plans to ..."), and a verb of saying the tagger misread: a
past tense after a long apposition taken for a participle ("X, a UN adviser who ..., cautioned
justice does not come swiftly") and a verb in "-s" after "and" taken for a plural noun ("Acme
has opened 40 stores and claims to serve ..."). Acts and things asked for stay narration
("accepted to serve as chairman", "requested ballots to vote by mail", "underlined the need
for reform", "backed the plans"), and a comparison is no clause of saying ("as much money as
the mayor had requested"), nor a reason given or the reporter's guess ("because users
encouraged their friends to ...", "seems to accept that ...")."""

from __future__ import annotations

import pytest
from conftest import attributed, narration, sentence, spoken


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "talks": (
                "Border talks resume\n\n"
                "Maria Lopez, the foreign minister, met her counterpart in Vienna on Monday. "
                "Lopez underlined that the talks would continue next week. "
                "Lopez reaffirmed that the project is open to other countries. "
                "Lopez encouraged the agency to release the files. "
                "The Farmers Union requested that the vote be delayed. "
                'Lopez welcomed the envoy\'s "courage in keeping his word". '
                "Lopez accepts that mistakes were made. "
                "Lopez accepted to serve as chairman of the panel. "
                "The report underlined the need for reform. "
                "Over a million people requested postal ballots to vote by mail. "
                "The council approved a budget with half as much money as Lopez had requested. "
                "Lopez later backed the plans."
            ),
            "science": (
                "Lava and microbes\n\n"
                "Tom Hale, a marine biologist at Acme University, led the study. "
                "Hale had hypothesised the lava would feed the microbes. "
                "Hale shared that he had been surprised by the results. "
                "Hale shared a photo of the ship on Twitter. "
                "Ministers at the summit backed plans to cancel the debts of poor countries."
            ),
            "misread": (
                "Bank sued\n\n"
                "Ann Bee, a UN adviser who had studied the case for years, cautioned justice "
                "does not come swiftly. "
                "The Northern Bank - itself a target of a lawsuit - said documents had been "
                "backdated. "
                "Acme has opened 40 stores this year and claims to serve more customers than "
                "its rivals. "
                "Acme has opened 40 stores and plans to open more next year. "
                "Sales rose because users encouraged their friends to buy the phone. "
                "Bee still seems to accept that the most likely outcome is another loss. "
                "The coach signed Jo Park to his club and claims he paid her wages himself."
            ),
        }
    )


@pytest.mark.parametrize(
    ("snippet", "speaker", "span"),
    [
        ("underlined that", "Maria Lopez", "the talks would continue next week"),
        ("reaffirmed", "Maria Lopez", "the project is open to other countries"),
        ("encouraged the agency", "Maria Lopez", "to release the files"),
        ("requested that", "Farmers Union", "the vote be delayed"),
        ("welcomed", "Maria Lopez", "courage in keeping his word"),
        ("hypothesised", "Tom Hale", "the lava would feed the microbes"),
        ("shared that", "Tom Hale", "he had been surprised by the results"),
        ("backed plans", "ministers at the summit", "plans to cancel the debts of poor countries"),
        ("cautioned", "Ann Bee", "justice does not come swiftly"),
        ("itself a target", "Northern Bank", "documents had been backdated"),
        ("claims to serve", "Acme", "to serve more customers than its rivals"),
        ("claims he paid", "coach", "he paid her wages himself"),
    ],
)
def test_reported(df, snippet, speaker, span):
    row = sentence(df, snippet)
    assert (row["speaker"], row["speaker_type"]) == (speaker, "indirect")
    assert spoken(row) == [span]


@pytest.mark.parametrize(
    "snippet",
    [
        "accepted to serve",
        "the need for reform",
        "postal ballots",
        "half as much money",
        "backed the plans",
        "a photo of the ship",
        "plans to open more",
        "because users encouraged",
        "seems to accept",
    ],
)
def test_narration(df, snippet):
    row = sentence(df, snippet)
    assert narration(row), row
