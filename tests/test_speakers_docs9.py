"""A document cited by the phrase that opens a sentence: "Per the decree signed by X, ..."
and "Per figures reported by an outlet, ..." credit as "according to" does, and "In findings
published by a team from X, ..." or "In an analysis of X, ..." credit the document's maker;
the clause after the comma is what was said. A phrase that names no maker ("In the report,
...") or that is no source ("Per person, ...") leaves the sentence narration, and a
sentence with a cue of its own keeps its speaker."""

from __future__ import annotations

import pytest
from conftest import attributed, narration, sentence, spoken


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "per": (
                "Harbour rules\n\n"
                "The port authority changed its rules for fishing boats on Monday. "
                "Per the order signed by Mayor Tom Reed, boats must leave the inner dock "
                "by noon. "
                "Per numbers reported by the Coastal Gazette, 40 boats were moved last week. "
                "Per person, a mooring now costs $12 a night."
            ),
            "release": (
                "Port strike\n\n"
                "According to its press release, the Harbour Board will close the port on "
                "Friday. "
                "According to a June 2021 Harbour Board press release, 300 ships used the port "
                "last year. "
                "The strike may last a week, according to a Norland Press news agency report."
            ),
            "evidence": (
                "Crime survey\n\n"
                "A survey carried out by Norland Polling found evidence that most shops had "
                "been robbed. "
                "A second study found no evidence that the patrols had helped. "
                "Police found evidence that the van had been stolen."
            ),
            "motion": (
                "Park sale\n\n"
                "Twelve councillors have signed a motion against the sale of the park. "
                "The motion says \"any sale of the park would be against the interests of "
                "the people who live around it\". "
                "Ann Bee called the sale \"a shameful betrayal of everyone in the town\"."
            ),
            "findings": (
                "Ice study\n\n"
                "In findings published Monday by a team from the University of Norland, "
                "the glacier lost a fifth of its mass in ten years. "
                "In an analysis of the Northern Climate Institute, the loss will speed up. "
                "In the report, the glacier was shown in a series of maps. "
                "In a report by the Northern Climate Institute, Ann Bee said that the ice "
                "was thinning."
            ),
        }
    )


def test_per_a_document_credits_its_maker(df):
    row = sentence(df, "Per the order signed", "per")
    assert row["speaker_type"] == "indirect"
    assert row["speaker"] == "Tom Reed"
    assert spoken(row) == ["boats must leave the inner dock by noon"]


def test_per_figures_reported_by_an_outlet(df):
    row = sentence(df, "Per numbers reported", "per")
    assert (row["speaker"], row["speaker_type"]) == ("Coastal Gazette", "indirect")
    assert spoken(row) == ["40 boats were moved last week"]


def test_per_as_a_rate_is_narration(df):
    row = sentence(df, "Per person", "per")
    assert narration(row)


def test_in_findings_by_a_team_credits_the_team(df):
    row = sentence(df, "In findings published", "findings")
    assert row["speaker_type"] == "indirect"
    assert row["speaker"] is not None and "University of Norland" in row["speaker"]
    assert spoken(row) == ["the glacier lost a fifth of its mass in ten years"]


def test_in_an_analysis_of_a_body(df):
    row = sentence(df, "In an analysis of", "findings")
    assert (row["speaker"], row["speaker_type"]) == ("Northern Climate Institute", "indirect")
    assert row["speaker_kind"] == "document"
    assert spoken(row) == ["the loss will speed up"]


def test_in_a_report_naming_no_maker_is_narration(df):
    row = sentence(df, "In the report, the glacier", "findings")
    assert narration(row)


def test_in_a_report_with_a_speaker_of_its_own(df):
    row = sentence(df, "Ann Bee said", "findings")
    assert (row["speaker"], row["speaker_type"]) == ("Ann Bee", "indirect")


def test_its_press_release_credits_the_body_named_after_it(df):
    row = sentence(df, "According to its press release", "release")
    assert (row["speaker"], row["speaker_type"]) == ("Harbour Board", "indirect")


def test_a_dated_press_release_credits_its_maker(df):
    row = sentence(df, "June 2021", "release")
    assert (row["speaker"], row["speaker_type"]) == ("Harbour Board", "indirect")


def test_a_news_agency_report_credits_the_agency(df):
    row = sentence(df, "news agency report", "release")
    assert (row["speaker"], row["speaker_type"]) == ("Norland Press", "indirect")
    assert spoken(row) == ["The strike may last a week"]


def test_a_survey_that_found_evidence_that(df):
    row = sentence(df, "found evidence that most shops", "evidence")
    assert (row["speaker"], row["speaker_type"]) == ("Norland Polling", "indirect")
    assert spoken(row) == ["most shops had been robbed"]


@pytest.mark.parametrize("snippet", ["found no evidence", "Police found evidence"])
def test_no_evidence_or_police_evidence_is_narration(df, snippet):
    row = sentence(df, snippet, "evidence")
    assert narration(row)


def test_a_clause_quoted_whole_after_its_cue_is_direct(df):
    row = sentence(df, "The motion says", "motion")
    assert (row["speaker"], row["speaker_type"]) == ("councillors", "direct")  # its makers
    assert spoken(row) == [
        "any sale of the park would be against the interests of the people who live around it"
    ]


def test_a_quoted_fragment_stays_reported(df):
    row = sentence(df, "called the sale", "motion")
    assert (row["speaker"], row["speaker_type"]) == ("Ann Bee", "indirect")
