"""Narration that is no statement (issue 13, speakers_guide.md), on made-up news text: an
act agreed to ("agreed to buy a rival"), a feeling shown with nothing held ("expressed their
anger online"), a sentence that is only a reporting clause ("Dr Mensah said."), unnamed
press reports, a cue joined to a pending infinitive ("have yet to confirm or deny"), a
reduced passive ("the storm, estimated to have caused ...") and a headline's "X told to";
next to the statements that look like them and stay statements ("agreed that ...",
"expressed concern that ...", "expressed support for ...", "told reporters the ...",
"according to the Riverside Times")."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import narration, sentence, spoken

import kit

# One sentence a paragraph; no sentence refers to another unless said so.
TEXT = """The mining group Orvex agreed to buy a smaller rival for $40m.

The city council agreed to close the old bridge next spring.

Union leader Tom Price agreed that the offer was fair.

Fans expressed their anger on social media after the defeat.

Opposition leader Maria Lund expressed concerns about the cost of the stadium.

Governor Lisa Park expressed concern that the plan would raise taxes.

Senator Amy Roth expressed support for the new treaty.

"We will rebuild the ward within a year," Dr Kofi Mensah told the hospital board.

"Nobody will lose their job."

Dr Mensah said.

On Friday, Mayor Ann Bee told Radio Riverside

Mayor Ann Bee told reporters the bridge would reopen in May.

The factory will close next month, according to press reports.

The factory will close next month, according to the Riverside Times.

Police have yet to confirm or deny the reports.

The storm, estimated to have caused $2m in damage, hit the coast on Monday.
"""

STATEMENTS = {
    # "agreed that": a view, with its clause
    "agreed that the offer": ("Tom Price", ["the offer was fair"]),
    # a feeling shown with what is held: a clause, or what is backed
    "expressed concern that": ("Lisa Park", ["the plan would raise taxes"]),
    "expressed support for": ("Amy Roth", ["support for the new treaty"]),
    # "told" with the words told
    "told reporters": ("Ann Bee", ["the bridge would reopen in May"]),
    # a named outlet
    "according to the Riverside Times": ("Riverside Times", ["The factory will close next month"]),
}

NARRATION = [
    "agreed to buy a smaller rival",  # an act agreed to, a deal made
    "agreed to close the old bridge",  # a decision, no words of it
    "expressed their anger",  # a feeling shown, nothing held
    "expressed concerns about the cost",  # nothing of what worries her
    "Dr Mensah said.",  # only a reporting clause: its quotation is before it
    "told Radio Riverside",  # only a reporting clause, nothing told in it
    "according to press reports",  # hearsay, no source named
    "have yet to confirm or deny",  # not said yet
    "estimated to have caused",  # an estimate nobody is said to have made
]


@pytest.fixture(scope="module")
def said() -> pd.DataFrame:
    return kit.attribute_speakers(kit.load_text(TEXT, article_id="made-up", headers=False))


@pytest.mark.parametrize("snippet", list(STATEMENTS))
def test_a_statement_next_to_narration_keeps_its_speaker(said, snippet):
    row = sentence(said, snippet)
    speaker, spans = STATEMENTS[snippet]
    assert (row["speaker"], row["speaker_type"]) == (speaker, "indirect")
    assert spoken(row) == spans


@pytest.mark.parametrize("snippet", NARRATION)
def test_an_act_a_feeling_or_a_bare_clause_is_narration(said, snippet):
    row = sentence(said, snippet)
    assert narration(row)


def test_a_bare_reporting_clause_still_credits_the_quotation_before_it(said):
    row = sentence(said, "Nobody will lose their job")
    assert (row["speaker"], row["speaker_type"]) == ("Kofi Mensah", "direct")
    assert spoken(row) == ["Nobody will lose their job."]


HEADLINE = """Minister told to quit over leak Health minister Ann Cole is being urged to resign.

Minister Ann Cole told MPs to back the bill.
"""


def test_a_headline_told_to_is_no_statement_but_told_someone_to_is():
    said = kit.attribute_speakers(kit.load_text(HEADLINE, article_id="h", headers=False))
    head, told = sentence(said, "told to quit"), sentence(said, "told MPs")
    assert narration(head)
    assert (told["speaker"], told["speaker_type"]) == ("Ann Cole", "indirect")
