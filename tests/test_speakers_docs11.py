"""Documents, registers and data as sources (round 11): a register shows what it records; a
study or test demonstrates or proves a finding; a post-mortem whose hyphen the tokenizer
split; "It found that ..." after a report even when the tagger read the clause's verb as a
noun; "A report by X called for ..." that the parse hung as a noun phrase; "called for X to
be Y" whose "for" the parse hung on the infinitive; a part of a document cited for it
("according to the final instalment of the review"); an inquiry named by what it looks into,
a poll by whom it was done for, and a survey's name without how often it comes out. Near
misses stay as they were: "proved to be wrong", "his entry into the race", "waited for the
bus to arrive", "a survey for the first time"."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence, spoken


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "register": (
                "Council pay\n\n"
                "The register of councillors' interests was published on Friday. "
                "The register shows councillor Ann Bee earning £40,000 from speeches. "
                "His entry into the mayoral race shows how open the contest is."
            ),
            "science": (
                "Counting insects\n\n"
                "The study demonstrated that bees can count to four. "
                "Tests proved that the sample came from the river. "
                "The study proved to be wrong about wasps. "
                "A post-mortem carried out on the body of the diver showed he had drowned."
            ),
            "web": (
                "Web habits\n\n"
                "Most families go online daily, according to a report by think-tank Norvale. "
                "It said that fast links were changing family life. "
                "It found that one in five post something on the net every day."
            ),
            "agency": (
                "Agency failing\n\n"
                "A report by the Commons transport committee called for the agency to be "
                "scrapped unless it improved. "
                "Union leaders called for the depot to be kept open. "
                "Commuters waited for the train to arrive. "
                "Ms Bee said for the town to grow the council must build homes."
            ),
            "names": (
                "Harbour crash\n\n"
                "An investigation into the crash revealed the ferry was overloaded. "
                "The inquiry into the fire found that the pier was unsafe. "
                "A poll for the Morning Courier newspaper suggests the Greens will win. "
                "The annual Harbour survey says most shops grew last year. "
                "The Daily Courier poll suggests the mayor is popular. "
                "A survey for the first time found that 20% of people cycle. "
                "The savings were identified by adviser Tom Hale. "
                "Spending could be cut by £2bn, according to the final instalment of Tom "
                "Hale's year-long review."
            ),
        }
    )


@pytest.mark.parametrize(
    "snippet, speaker, words",
    [
        ("The register shows", "register", "councillor Ann Bee earning £40,000 from speeches"),
        ("demonstrated that", "study", "bees can count to four"),
        ("Tests proved", "tests", "the sample came from the river"),
        ("A post-mortem", "post-mortem", "he had drowned"),
        ("It found that one", "Norvale", "one in five post something on the net every day"),
        (
            "A report by the Commons",
            "Commons transport committee",
            "the agency to be scrapped unless it improved",
        ),
        ("Union leaders called", "union leaders", "the depot to be kept open"),
        ("An investigation into", "investigation into the crash", "the ferry was overloaded"),
        ("The inquiry into", "inquiry", "the pier was unsafe"),
        ("A poll for the", "poll for the Morning Courier", "the Greens will win"),
        ("The annual Harbour", "Harbour survey", "most shops grew last year"),
        ("The Daily Courier poll", "Daily Courier poll", "the mayor is popular"),
        ("final instalment", "Tom Hale", "Spending could be cut by £2bn"),
    ],
)
def test_document_states_what_it_records_or_finds(df, snippet, speaker, words):
    row = sentence(df, snippet)
    assert row["speaker"] == speaker
    assert row["speaker_type"] == "indirect"
    assert spoken(row) == [words]


def test_document_kind(df):
    assert sentence(df, "The register shows")["speaker_kind"] == "document"
    assert sentence(df, "An investigation into")["speaker_kind"] == "document"


@pytest.mark.parametrize(
    "snippet",
    [
        "His entry into the mayoral race",
        "The study proved to be wrong",
        "Commuters waited for the train",
        "The register of councillors' interests was published",
    ],
)
def test_near_misses_stay_narration(df, snippet):
    row = sentence(df, snippet)
    assert row["speaker"] is None
    assert row["speaker_type"] is None


def test_for_opening_a_said_clause_stays_in_the_span(df):
    row = sentence(df, "Ms Bee said for the town")
    assert row["speaker_type"] == "indirect"
    assert spoken(row) == ["for the town to grow the council must build homes"]


def test_survey_for_a_time_names_no_one(df):
    row = sentence(df, "A survey for the first time")
    assert row["speaker"] == "survey"
    assert spoken(row) == ["20% of people cycle"]
