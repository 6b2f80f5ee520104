"""What an "it" or "they" subject stands for when it speaks: the latest body, group or
document a recent sentence is about, of the pronoun's number (a report that spoke or was a
subject, "the research team", a subject in the passive or its agent, people joined as a
subject); "find" and "show" with such a pronoun state a finding only when it stands for a
study, a named body or a group that inquires; a plural subject of things stops "they"."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "report": (
                "Charity warns on aid\n\n"
                "Rich nations are falling short on aid, the charity Helpwell says in a report. "
                'The report said: "Aid is an obligation, not an act of kindness." '
                "It also points out that few donors have met their targets. "
                "It argues that the cost of doing nothing will be felt everywhere."
            ),
            "drawn": (
                "Postal votes\n\n"
                "Voting by post has grown fast in the last five years. "
                "The report was drawn up by two committees of the assembly. "
                "It said voters should register one by one."
            ),
            "team": (
                "Ancient birds\n\n"
                "Birds were kept in huge numbers near the old temples. "
                "The research team took samples from forty mummified birds. "
                "They found the samples to be unusually varied."
            ),
            "ministers": (
                "Talks in Rome\n\n"
                "The Latvian minister Ilze Berzina and her Danish and Irish colleagues met in "
                "Rome on Friday. "
                "They concluded that the fishing deal was unfair to small fleets."
            ),
            "police": (
                "Flat searched\n\n"
                "Detectives searched a flat in the west of the city on Monday. "
                "They found that the door had been forced."
            ),
            "prices": (
                "Wheat climbs\n\n"
                "The Farmers Union has lobbied for new subsidies all year. "
                "Wheat prices rose sharply in the spring. "
                "They said the rise would not last."
            ),
        }
    )


def test_it_stands_for_the_report_that_spoke(df):
    for start in ("It also points out", "It argues"):
        row = sentence(df, start, "report")
        assert (row["speaker_kind"], row["speaker_type"]) == ("document", "indirect")
        assert "report" in row["speaker"]


def test_it_stands_for_the_document_a_sentence_is_about(df):
    row = sentence(df, "It said voters", "drawn")
    assert (row["speaker_kind"], row["speaker_type"]) == ("document", "indirect")


def test_they_found_stands_for_the_research_team(df):
    row = sentence(df, "They found the samples", "team")
    assert row["speaker_type"] == "indirect"
    assert "team" in row["speaker"]


def test_they_stands_for_people_joined_as_the_subject(df):
    row = sentence(df, "They concluded", "ministers")
    assert (row["speaker"], row["speaker_type"]) == ("Ilze Berzina", "indirect")


def test_they_found_is_no_finding_of_people_who_do_not_inquire(df):
    assert sentence(df, "They found that the door", "police")["speaker"] is None


def test_they_after_a_plural_subject_of_things_has_no_speaker(df):
    assert sentence(df, "They said the rise", "prices")["speaker"] is None


@pytest.fixture(scope="module")
def more():
    return attributed(
        {
            "inner": (
                "Games market\n\n"
                "Sales of consoles fell last year. "
                "The Walt Disney Company is releasing a new handheld that it says will change "
                "how games are played."
            ),
            "owner": (
                "Beer sales\n\n"
                "Beer sales in Europe were flat in the autumn. "
                "Heineken's net income fell to 500m euros during 2004. "
                "It blamed weak demand in western Europe."
            ),
            "anyone": (
                "Online identity\n\n"
                "The bank Norbank is testing new cards. "
                "The hardest task is to know whether an individual is who they say they are."
            ),
        }
    )


def test_it_in_a_clause_inside_stands_for_its_sentence_subject(more):
    row = sentence(more, "that it says", "inner")
    assert (row["speaker"], row["speaker_type"]) == ("Walt Disney Company", "indirect")


def test_it_stands_for_the_body_owning_the_subject(more):
    row = sentence(more, "It blamed", "owner")
    assert (row["speaker"], row["speaker_type"]) == ("Heineken", "indirect")


def test_they_after_a_word_for_anyone_has_no_speaker(more):
    assert sentence(more, "who they say", "anyone")["speaker"] is None
