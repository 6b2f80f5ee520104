"""Groups, roles, bodies and documents are named as the article names them: a group with what
tells it from others of its kind (where it is, how it was picked, the modifiers joined before
its noun), an office with the place it is of, a body's name with its inner possessive, a
law's name with its number, and a person without the title written into the name."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence

TEXTS = {
    "place": (
        "The currency fell again on Monday. "
        "Policy makers in Asia have warned that the slide will hurt exporters. "
        "A spokesman in London said the talks would resume next week."
    ),
    "joined": (
        "The outbreak began at a school. "
        "State and local health officials said the outbreak had been contained."
    ),
    "picked": (
        "The survey was published on Tuesday. "
        "Most of the 2,000 people surveyed said they trusted their doctor. "
        "Economists polled by Reuters said the bank would raise rates in March."
    ),
    "office": (
        "Heavy snow closed the roads on Sunday. "
        "The schools will stay shut, according to the mayor of Smolensk."
    ),
    "body": (
        "Two deputies were hurt in the crash. "
        "The Harris County Sheriff's Office said both were in a stable condition."
    ),
    "law": (
        "The ban was challenged in court. "
        'Republic Act No. 7610 states that "every child has the right to be protected."'
    ),
    "peer": (
        "Baroness Susan Greenfield opened the debate on Monday. "
        "Baroness Greenfield said the brain changes with every new technology. "
        "Baroness Greenfield added that children should read more books. "
        '"We cannot assume the brain will stay the same," warned Baroness Greenfield.'
    ),
    "titled": (
        "The president accepted the apology, according to a statement by the Presidential "
        "Spokesperson Maria Santos."
    ),
    # names and phrases that look like the above but are not
    "guards": (
        "The firm is expanding General Motors Acceptance Corp (GMAC), which has said it may "
        "enter the home loans market. "
        'A Department for Media, Culture and Sport spokeswoman said: "We know." '
        "Neither US nor British officials said how many people had been arrested. "
        '"We are ready," the world 200m and 400m record holder told Five Live. '
        "Analysts in a note said the shares were cheap."
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


def _speaker(df, snippet: str) -> str:
    return sentence(df, snippet)["speaker"]


def test_a_group_keeps_the_place_it_is_in(df):
    assert _speaker(df, "Policy makers in Asia").lower() == "policy makers in asia"


def test_one_spokesman_is_not_named_by_where_he_spoke(df):
    assert "London" not in _speaker(df, "A spokesman in London")


def test_modifiers_joined_before_a_group_noun_belong_to_its_name(df):
    assert _speaker(df, "State and local health").lower() == "state and local health officials"


def test_a_group_keeps_how_it_was_picked_without_the_count(df):
    assert _speaker(df, "Most of the 2,000 people") == "people surveyed"
    assert _speaker(df, "Economists polled by Reuters").lower() == "economists polled by reuters"


def test_an_office_keeps_the_place_it_is_of_as_written(df):
    assert _speaker(df, "according to the mayor of Smolensk") == "mayor of Smolensk"


def test_a_possessive_inside_a_body_name_stays(df):
    assert _speaker(df, "Sheriff's Office said") == "Harris County Sheriff's Office"


def test_a_law_is_named_with_its_number(df):
    assert _speaker(df, "Republic Act No. 7610 states") == "Republic Act No. 7610"


def test_a_peer_named_in_full_once_keeps_the_full_name_under_the_title(df):
    assert _speaker(df, "Greenfield said the brain") == "Susan Greenfield"
    assert _speaker(df, "warned Baroness Greenfield") == "Susan Greenfield"


def test_a_title_the_tagger_ran_into_a_name_is_left_out_of_it(df):
    row = sentence(df, "Spokesperson Maria Santos")
    assert (row["speaker"], row["speaker_kind"]) == ("Maria Santos", "person")


def test_a_body_opened_by_a_title_word_stays_a_body(df):
    row = sentence(df, "General Motors Acceptance Corp")
    assert row["speaker"] == "General Motors Acceptance Corp"
    assert row["speaker_kind"] == "organisation"


@pytest.mark.parametrize(
    ("snippet", "speaker"),
    [
        ("Culture and Sport spokeswoman", "spokeswoman"),  # not the end of a longer list
        ("Neither US nor British", "officials"),  # "nor" joins no name
        ("200m and 400m record holder", "record holder"),
        ("Analysts in a note", "analysts"),  # where they wrote, not where they are
    ],
)
def test_only_whole_modifiers_and_places_join_a_group_name(df, snippet, speaker):
    assert _speaker(df, snippet) == speaker
