"""Quotations credited to the wrong speaker (round 9): a quotation whose own cue names
someone after it, with a title and a remark ('"..." tweeted Mayor of London Ann Bee (no
relation).'), is that person's, and one whose own cue has a subject no rule reads is no one
else's; a work's title the tagger took for a person ("single Johnny Walker") is nobody; a
name set off by where the person is from ('Ann Bee of "Safe Homes", a charity, told') is
the cue's subject; a name described in apposition as a person ("Sam Price, a presenter on
...") is a person's; a headline's longer name for a body's thing ("Quarkle news site") is
not the body's name."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence, spoken

TEXTS = {
    "inverted": (
        "A fire broke out at a school in London on Friday. Firefighter Tom Hart led the "
        'rescue: "We got everyone out in ten minutes.\n\n'
        '"It was the hardest day of my career."\n\n'
        '"I am proud of the people who ran towards the fire" tweeted Mayor of London Ann Bee '
        '(no relation).\n\n"The courage of the crews is remarkable."'
    ),
    "carried": (
        "A fire broke out at a school in London on Friday. Firefighter Tom Hart led the "
        'rescue: "We got everyone out in ten minutes.\n\n'
        '"It was the hardest day of my career."\n\n"The courage of the crews is remarkable."'
    ),
    "unread": (
        "The court ruled on Thursday that the men were held unlawfully. Judge Tom Hart "
        'said: "Locking people up without trial is wrong."\n\n'
        "In a letter, detainee 'B' in Hill Prison wrote: \"I hope the government will now "
        'let me go home to my family."'
    ),
    "described": (
        "The card firm was rescued on Monday. Bank boss Tom Reed said the deal was fair. "
        '"Norcard will not need any more aid after this," Laah Moon-gyu, executive director '
        "of Korea Trade Bank - one of the firm's creditors - said."
    ),
    "owned": (
        "Tom Hart is selling space on his forehead to advertisers. "
        '"The winner can print anything they like," Mr Hart said. '
        'His sales pitch adds: "Take part in this advertising campaign today."'
    ),
    "work": (
        "The duo had a huge year. B Money, a presenter on the urban music station City FM, "
        "thinks a break is likely. The duo's single Johnny Walker went platinum in May. "
        '"They have always been brave," he adds.'
    ),
    "presenter": (
        "The duo had a huge year. Fan Tom Reed said the band was the best of the decade. "
        "B Money, a presenter on the urban music station City FM, thinks a break is likely."
    ),
    "whence": (
        "The church apologised on Monday for the abuse. "
        'Calling it "one more apology", Ann Bee of "Safe Homes", a housing charity, told '
        'reporters "it is far too late".'
    ),
    "headline": (
        "Rivonia 'blocks Quarkle news site' Rivonia has been accused of blocking access to "
        "Quarkle News by a press freedom group, Reporters for Freedom.\n\n"
        "Quarkle told the BBC it was aware of the problems and was investigating the causes."
    ),
    "lead": (
        "Glenmore shares up on new find Shares in Glenmore Energy have jumped 6% after an "
        "oilfield proved larger than thought.\n\n"
        "Glenmore said output at the field would double next year."
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


def _check(df, article, snippet, speaker, kind="direct"):
    row = sentence(df, snippet, article)
    assert (row["speaker"], row["speaker_type"]) == (speaker, kind), row["text"]
    return row


def test_an_inverted_cue_with_a_title_and_a_remark_credits_its_name(df):
    row = _check(df, "inverted", "I am proud", "Ann Bee")
    assert spoken(row)[0] == "I am proud of the people who ran towards the fire"
    _check(df, "inverted", "The courage of the crews", "Ann Bee")


def test_a_quotation_with_no_cue_still_goes_on_with_the_speaker_before(df):
    _check(df, "carried", "The courage of the crews", "Tom Hart")
    _check(df, "inverted", "hardest day", "Tom Hart")


def test_a_cue_whose_subject_no_rule_reads_credits_no_one_else(df):
    _check(df, "unread", "Locking people up", "Tom Hart")
    row = _check(df, "unread", "I hope the government", None)
    assert row["speech_spans"][0][1] - row["speech_spans"][0][0] > 40  # the quotation still


def test_a_subject_no_rule_reads_described_as_a_person_is_that_person(df):
    _check(df, "described", "Norcard will not need", "Laah Moon-gyu")


def test_a_document_of_someone_stays_its_owners(df):
    _check(df, "owned", "Take part", "Tom Hart")


def test_a_works_title_is_nobody(df):
    _check(df, "work", "always been brave", "B Money")
    assert not df["speaker"].eq("Johnny Walker").any()


def test_a_name_described_as_a_presenter_is_a_persons(df):
    row = _check(df, "presenter", "a break is likely", "B Money", kind="indirect")
    assert row["speaker_kind"] == "person"
    _check(df, "presenter", "best of the decade", "Tom Reed", kind="indirect")


def test_a_name_set_off_by_where_they_are_from_is_the_subject(df):
    row = _check(df, "whence", "far too late", "Ann Bee")
    assert "it is far too late" in spoken(row)


def test_a_headlines_name_for_a_bodys_thing_is_not_the_bodys_name(df):
    _check(df, "headline", "Quarkle told the BBC", "Quarkle", kind="indirect")
    _check(df, "lead", "Glenmore said output", "Glenmore Energy", kind="indirect")
