"""A speaker described rather than named ("the 22-year-old", "the actor", "the American",
"the soft-spoken Leeds resident") is the person the article introduced that way, wherever
before, not only the latest name; and a name after a long title is the speaker, not the
title. Sentences written for these tests."""

from conftest import attributed, sentence

ARTICLES = {
    "age": (
        "Jason Gardener, 22, came fifth in the 60m final on Saturday. "
        "Yelena Isinbayeva, 23, set a new world mark in the pole vault. "
        "It was her eleventh world record since July. "
        '"I am so happy and I will do my best," the 22-year-old said.'
    ),
    "other age": (
        "Ann Bee, 30, finished third in the final. "
        '"I never expected to win a medal here," the 22-year-old said.'
    ),
    "relative": (
        "Late film star Marlon Brando is said to have turned down the role. "
        "The actor's friend Budd Schulberg told a magazine that Brando's assistant suggested "
        "he read the novel. "
        'The actor repeatedly refused, saying: "For the last time, I will not do it."'
    ),
    "resident": (
        "Leeds resident Ann Marsh called the police just after midnight. "
        "Tom Hart, a teacher from York, saw the fire from his car. "
        "The soft-spoken Leeds resident said she had been woken by the smoke alarm."
    ),
    "nationality": (
        "Russian Marat Safin beat American Andre Agassi in four sets on Sunday. "
        '"I felt good until the third set," said Agassi. '
        "Safin will meet the winner of the other semi-final. "
        '"I played well but he was better," the American said.'
    ),
    "office": (
        "Chancellor Gordon Brown set out his plans on Wednesday. "
        "Shadow chancellor Oliver Letwin was in the chamber. "
        "The shadow chancellor said the plans would mean higher taxes."
    ),
    "title": (
        "The Kurds were attacked on Monday. "
        "Former US Ambassador to the United Nations Nikki Haley wrote on Twitter, "
        '"We must always have the backs of our allies."'
    ),
}


def _speaker(key: str, snippet: str):
    return sentence(_attributed(), snippet, key)["speaker"]


_CACHE: dict = {}


def _attributed():
    if "df" not in _CACHE:
        _CACHE["df"] = attributed(ARTICLES)
    return _CACHE["df"]


def test_an_age_finds_the_person_named_with_it_not_the_latest():
    assert _speaker("age", "the 22-year-old said") == "Jason Gardener"


def test_an_age_nobody_was_given_is_not_someone_of_another_age():
    assert _speaker("other age", "the 22-year-old said") != "Ann Bee"


def test_the_one_whose_friend_someone_was_is_not_that_friend():
    assert _speaker("relative", "The actor repeatedly") == "Marlon Brando"


def test_a_description_finds_the_person_introduced_with_it_before_a_later_name():
    assert _speaker("resident", "soft-spoken Leeds resident") == "Ann Marsh"


def test_a_nationality_finds_the_person_introduced_with_it():
    assert _speaker("nationality", "the American said") == "Andre Agassi"


def test_another_office_of_the_same_title_is_someone_else():
    assert _speaker("office", "The shadow chancellor said") == "Oliver Letwin"


def test_a_name_after_a_long_title_is_the_speaker():
    assert _speaker("title", "Nikki Haley wrote") == "Nikki Haley"
