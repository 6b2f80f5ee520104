"""Speech acts with their content that are no verb of saying with a clause (round 10,
speakers_guide.md: "Speech with no content", "Plans, deals and decisions with content"),
on made-up news text. Families, each as several outlets write it:

- criticism or praise with the failing or merit named as a gerund ("attacked X for failing
  to ...", "slammed X for ignoring ...", "hit out at X for ...", "praised X for working
  ..."); a noun instead ("for their work") stays narration;
- promotion of something as something, in the active voice ("billed X as", "touted X as",
  "heralded X as", "welcomed X as"); the agentless passive ("is billed as") stays narration;
- a rebuttal of what others said or asked, with what it was ("rejected calls for ...",
  "dismissed claims that ...", "denied suggestions ...", "disputed reports that ...",
  "challenged the right of X to ..."); the bare saying ("rejected the claims") and a vote on
  a plan ("rejected plans to ...") stay narration;
- one's own choice defended with what was chosen ("defended his decision not to ...",
  "justified the move to ..."); "defended his title" stays narration;
- a request with what is asked as a bare infinitive ("have requested to ...")."""

from __future__ import annotations

import pytest
from conftest import attributed, narration, sentence, spoken

# One sentence a paragraph; no sentence refers to another.
TEXT = """Opposition leader Carla Finch attacked Mr Dunn for failing to mention the hospitals.

Union chief Omar Reyes slammed the council for ignoring the views of residents.

Senator Ida Holm hit out at the regulator for allowing prices to rise.

Coach Tim Vale praised his players for working through the cold night.

Mayor Lena Ortiz criticised the board for closing the library without notice.

Mayor Lena Ortiz criticised the board for its handling of the library.

Actor Ray Stone praised the crew for their work on the film.

Rebels attacked the town for the second time this week.

The carmaker Veltra has billed the car as the quietest saloon on the market.

Coach Sam Dell has touted two teenagers as future captains of the club.

Minister Paul Grey heralded the accord as a new start for the region.

The match is billed as a decider for the title.

Premier Ann Koh has rejected calls for a public inquiry into the floods.

Governor Ben Ward dismissed claims that he had misled the assembly.

Chief executive Rosa Lind denied suggestions there would be job losses at the plant.

The ministry disputed reports that the dam had been damaged.

The bank has challenged the right of the airline to seek protection from creditors.

Premier Ann Koh rejected the claims.

The MPs rejected plans to build the runway.

Manager Joe Platt has defended his decision not to play his captain on Sunday.

Champion Eva Marsh defended her title in Paris.

The two clubs have requested to have all their players back before the final.

The family requested ballots to vote from home.
"""

INDIRECT = [
    ("attacked Mr Dunn", "Carla Finch", "failing to mention the hospitals"),
    ("slammed the council", "Omar Reyes", "ignoring the views of residents"),
    ("hit out at the regulator", "Ida Holm", "allowing prices to rise"),
    ("praised his players", "Tim Vale", "working through the cold night"),
    ("without notice", "Lena Ortiz", "closing the library without notice"),
    ("billed the car", "Veltra", "the quietest saloon on the market"),
    ("touted two teenagers", "Sam Dell", "future captains of the club"),
    ("heralded the accord", "Paul Grey", "a new start for the region"),
    ("calls for a public", "Ann Koh", "calls for a public inquiry into the floods"),
    ("dismissed claims", "Ben Ward", "he had misled the assembly"),
    ("denied suggestions", "Rosa Lind", "suggestions there would be job losses at the plant"),
    (
        "challenged the right",
        "bank",
        "the right of the airline to seek protection from creditors",
    ),
    ("defended his decision", "Joe Platt", "his decision not to play his captain on Sunday"),
    ("requested to have", "clubs", "to have all their players back before the final"),
]

NARRATION = [
    "its handling of the library",
    "their work on the film",
    "Rebels attacked the town",
    "The match is billed",
    "rejected the claims",
    "rejected plans to build",
    "defended her title",
    "requested ballots",
]


@pytest.fixture(scope="module")
def df():
    return attributed({"acts": "Acts round ten\n\n" + TEXT})


@pytest.mark.parametrize(("snippet", "speaker", "span"), INDIRECT)
def test_acts_with_content_are_reported(df, snippet, speaker, span):
    row = sentence(df, snippet)
    assert (row["speaker"], row["speaker_type"]) == (speaker, "indirect")
    assert spoken(row) == [span]


@pytest.mark.parametrize("snippet", NARRATION)
def test_acts_without_content_stay_narration(df, snippet):
    row = sentence(df, snippet)
    assert narration(row)


def test_disputed_reports_credit_the_body(df):
    row = sentence(df, "disputed reports")
    assert row["speaker_type"] == "indirect"
    assert spoken(row) == ["the dam had been damaged"]
