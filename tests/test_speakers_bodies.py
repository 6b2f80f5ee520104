"""A definite noun or "they" for a body, group, document or pair of people is credited as the
article introduced it: "the study" is the one study the article named in full before, "the
couple" and "the parties" the first of the two named together just before. Two fuller
mentions, or none, leave the speaker as written; an indefinite noun is anyone of its kind."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "study": (
                "Sleep and grades\n\n"
                "A new study published in the Northern Journal of Education on Monday "
                "followed 4,000 pupils for three years. "
                "The study says pupils who slept less than seven hours scored lower in exams."
            ),
            "two_studies": (
                "Sleep and grades\n\n"
                "A study published in the Northern Journal of Education followed 4,000 "
                "pupils. A second study published in the Baltic Review of Medicine looked at "
                "adults. The study says pupils who slept less scored lower in exams."
            ),
            "researchers": (
                "Coral and fish\n\n"
                "Researchers from Lakeside University and the Harbour Marine Institute "
                "studied reefs off the coast of Fiji for two years. "
                "The researchers said grazing fish protected the coral from algae."
            ),
            "any_researchers": (
                "Coral and fish\n\n"
                "Researchers from Lakeside University studied reefs off Fiji. "
                "Some researchers said grazing fish protected the coral from algae."
            ),
            "embassy": (
                "Diplomat leaves\n\n"
                "The police chief wrote to the Canadian Embassy in Oslo on Friday. "
                "The embassy said the diplomat had already left the country."
            ),
            "industry": (
                "Studios go to court\n\n"
                "The Bollywood film industry has launched legal action against pirate sites. "
                "The film industry hopes that the suits will cut off illegal copies."
            ),
            "parties": (
                "Shops change hands\n\n"
                "Retailer Brixmart and Danish retailer Holm Group agreed the sale of 300 "
                "stores on Thursday. The parties said they expect approval this year."
            ),
            "couple": (
                "Puppet makers honoured\n\n"
                "Guests Marta and Jonas Lindgren held a workshop on Saturday. "
                "The couple run the best known puppet studio in the country. "
                "They said that every maker learns most from failed puppets."
            ),
            "nothing_named": (
                "Model of the seas\n\n"
                "Scientists built a chemical model of the ocean last year. "
                "The model predicts that the seas will warm faster."
            ),
        }
    )


def test_the_study_is_the_study_named_in_full_before(df):
    row = sentence(df, "The study says", "study")
    assert row["speaker"] == "study in the Northern Journal of Education"
    assert row["speaker_type"] == "indirect"


def test_two_studies_named_before_leave_the_study_as_written(df):
    assert sentence(df, "The study says", "two_studies")["speaker"] == "study"


def test_the_researchers_are_those_introduced_with_their_bodies(df):
    row = sentence(df, "grazing fish", "researchers")
    assert row["speaker"] == "researchers from Lakeside University and the Harbour Marine Institute"


def test_researchers_without_the_are_other_researchers(df):
    assert sentence(df, "grazing fish", "any_researchers")["speaker"] != (
        "researchers from Lakeside University"
    )


def test_the_embassy_is_the_embassy_named_with_its_place(df):
    assert sentence(df, "The embassy said", "embassy")["speaker"] == "Canadian Embassy in Oslo"


def test_a_definite_description_of_a_body_takes_its_fuller_mention(df):
    assert sentence(df, "hopes that", "industry")["speaker"] == "Bollywood film industry"


def test_the_parties_are_the_first_of_the_two_named_together(df):
    assert sentence(df, "The parties said", "parties")["speaker"] == "Brixmart"


def test_they_after_the_couple_is_the_one_of_the_couple_written_in_full(df):
    row = sentence(df, "They said", "couple")
    assert row["speaker"] == "Jonas Lindgren"
    assert row["speaker_type"] == "indirect"


def test_a_thing_introduced_with_no_name_is_no_speaker(df):
    assert sentence(df, "The model predicts", "nothing_named")["speaker"] is None
