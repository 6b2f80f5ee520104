"""The speaker's name as written: what is part of a name (a stage name's number, a firm's
possessive, a work's owner, a given name before a surname two relatives share) and what is
not (a score after a player's name, a headline's adjective before a firm's name)."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence, spoken, who

TEXTS = {
    "relatives": (
        "Protesters were charged on Monday. Those charged included Jodie Marsh, the daughter "
        "of novelist Graham Marsh, and two friends. "
        'Jodie Marsh, a former art student and campaign leader, said: "I have no regrets." '
        '"We did nothing wrong," she added.'
    ),
    "relatives_wire": (
        "Tom Hale, 19, the son of the actor Peter Hale, was among those held. "
        "Tom Hale, who studies law, told reporters he would plead not guilty."
    ),
    "relatives_one": ('The singer Peter Hale opened the show. Hale said: "It was a great night."'),
    "stage": (
        "Rapper Rico 5000 and his partner Big Tee won two awards. "
        'Rico 5000 thanked fans "for sticking with us". '
        '"We really appreciate it," he said.'
    ),
    "shop": (
        "The chain was criticised in the film. Bradley's announced it was to scrap its "
        "largest meals, but denied the move was a result of the film."
    ),
    "shop_owner": (
        "Bradley's chief executive Ann Bee said the chain would recover. "
        "Tesco's profits rose by 5%, the company said."
    ),
    "headline": (
        "Troubled Frostco vows turnaround Frostco, the frozen food group, has said it will "
        "sell new shares as it looks to avoid collapse. Frostco has been losing money for "
        "three years."
    ),
    "headline_name": (
        "Northern Rail fined over delays Northern Rail has said it will appeal against the "
        "fine. The Northern line was also late."
    ),
    "work": (
        "The minister denied the claims in a new book. Smith's Europe, by Ann Bee, says there "
        "is deep distrust between the two men. It claims the minister offered to resign."
    ),
    "owned_body": ("Britain's Royal Navy said the ship would sail on Monday."),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


def test_a_full_name_in_the_cue_is_not_replaced_by_a_relative_with_the_same_surname(df):
    assert who(df, "relatives", "a former art student") == ("Jodie Marsh", "direct")
    assert who(df, "relatives", "We did nothing wrong") == ("Jodie Marsh", "direct")
    assert who(df, "relatives_wire", "who studies law") == ("Tom Hale", "indirect")
    r = sentence(df, "a former art student", "relatives")
    assert spoken(r) == ["I have no regrets."]


def test_a_surname_alone_still_goes_to_the_one_full_name(df):
    assert who(df, "relatives_one", "It was a great night") == ("Peter Hale", "direct")


def test_a_stage_name_keeps_the_number_the_article_always_writes(df):
    assert who(df, "stage", "thanked fans") == ("Rico 5000", "indirect")
    assert who(df, "stage", "We really appreciate it") == ("Rico 5000", "direct")


def test_a_firm_named_with_a_possessive_keeps_it(df):
    assert who(df, "shop", "announced it was to scrap") == ("Bradley's", "indirect")


def test_a_possessive_that_owns_something_stays_an_owner(df):
    assert who(df, "shop_owner", "chief executive Ann Bee") == ("Ann Bee", "indirect")
    assert who(df, "owned_body", "Royal Navy") == ("Royal Navy", "indirect")


def test_a_headline_adjective_before_a_firm_is_no_part_of_its_name(df):
    assert who(df, "headline", "sell new shares") == ("Frostco", "indirect")


def test_a_headline_name_written_again_in_full_keeps_all_its_words(df):
    assert who(df, "headline_name", "appeal against") == ("Northern Rail", "indirect")


def test_a_work_named_with_its_owner_and_author_keeps_its_title(df):
    assert who(df, "work", "deep distrust") == ("Smith's Europe", "indirect")
    assert who(df, "work", "offered to resign") == ("Smith's Europe", "indirect")
