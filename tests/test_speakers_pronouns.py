"""Who "he" and "she" stand for when a pronoun credits a statement: the person the story is
about, not a person of another office or of the other gender named nearer."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence

TEXTS = {
    # the leader is "the prime minister", never named so: "He" is not the party chairman
    "unnamed_office": (
        'Tory chairman John Carr attacked the budget on Monday. "It is a disgrace," Mr Carr '
        "told BBC Radio. The prime minister spent the weekend touring the country by helicopter. "
        "He insisted he did not know the date of the election."
    ),
    # the same, with the office named: "He" is the prime minister again
    "named_office": (
        "Prime Minister Tom Reed toured the country on Monday. "
        'Tory chairman John Carr said: "It is a disgrace." '
        "The prime minister spent the weekend touring the north. "
        "He insisted he did not know the date of the election."
    ),
    # the prime minister after the person who is speaking of nothing else
    "same_speaker": (
        'Mr Blair said: "We will make commitments on tax at the time of the manifesto." '
        "The prime minister ridiculed the opposition's plans for asylum quotas. "
        "He challenged them to name the country that would take the migrants, he said."
    ),
    # a description with more than the office may be the story's person again
    "described": (
        "Liverpool captain Tom Reed has said he wants to stay at Anfield and win trophies. "
        "The 24-year-old England midfielder is determined to see out his contract. "
        'He said: "I am signed here for this season and another two."'
    ),
    # "she and Tom Reed": she is still the dancer, known as "she" from "Dame"
    "she_and": (
        "Dame Ann Bee, who has died aged 90, was the first prima ballerina of the country. "
        "In 1950, back in England, she and Tom Reed founded the Festival Ballet. "
        'She retired in 1963, an "instant decision" she said, "largely because of a leg '
        'injury".'
    ),
    # a headline run into the first sentence repeats the name after its honorific
    "headline": (
        "Obituary: Dame Ann Bee Dame Ann Bee, who has died in Bath aged 94, was a dancer. "
        'She once said: "I never wanted to do anything else."'
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


def test_he_after_an_unnamed_office_is_not_a_person_of_another_office(df):
    row = sentence(df, "He insisted he did not know", "unnamed_office")
    assert row["speaker"] != "John Carr"


def test_he_after_a_named_office_is_its_holder(df):
    row = sentence(df, "He insisted he did not know", "named_office")
    assert row["speaker"] == "Tom Reed"


def test_he_after_an_office_goes_on_with_the_speaker_of_no_other_office(df):
    row = sentence(df, "He challenged them", "same_speaker")
    assert row["speaker"] in ("Tony Blair", "Blair")


def test_he_after_a_description_of_the_person_is_that_person(df):
    row = sentence(df, "I am signed here", "described")
    assert row["speaker"] == "Tom Reed"


def test_she_is_the_subject_known_as_she_not_one_coordinated_with_her(df):
    row = sentence(df, "She retired in 1963", "she_and")
    assert row["speaker"] == "Ann Bee"


def test_an_honorific_never_ends_a_name(df):
    row = sentence(df, "I never wanted", "headline")
    assert row["speaker"] == "Ann Bee"
