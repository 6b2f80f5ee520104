"""Bodies named by a common noun ("the newspaper said", "after the firm said") take the body
the article named before, and a one-word body the tagger read as a person in its cue is an
organisation when the article shows it is one."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence

ARTICLES = {
    "outlet": (
        "Oil prices rose sharply on Monday, the Wall Street Journal reported. "
        "Supplies were tight in the winter. The newspaper said stocks were low. "
        "Tankers will be sold abroad, according to press reports in Norway."
    ),
    "same": (
        "Shares in Cairn Energy jumped 6% on Tuesday after the firm said an Indian oilfield "
        "was larger than previously thought."
    ),
    "inside": (
        "Shares in Umbro rose on Friday. The firm, which is to receive a payment from "
        "Chelsea, said it was appraising investment opportunities."
    ),
    "reported": (
        "Macrovision has launched a new copy protection system. RipGuard is expected to be "
        "rolled out on DVDs next year, the company said."
    ),
    "tagged": (
        "Shares in Yukos fell 10% in Moscow on Monday. Investors in Yukos and Lukoil lost "
        "money. Yukos said it would appeal against the ruling."
    ),
    "even": (
        "Shares in Yukos fell 10% in Moscow on Monday. Investors in Yukos and Lukoil lost "
        "money. Holders of Yukos bonds were told to wait. Yukos said it would appeal against "
        "the ruling."
    ),
    "titled": (
        "Research firm Datamonitor published the figures on Monday. Datamonitor said sales of "
        "consoles rose by a fifth."
    ),
    "party": (
        "Pensioners are being promised cheaper heating by the Liberal Democrats. "
        "The party says the plans would cut winter deaths."
    ),
    "modifier": (
        "A Labour MP has resigned over the vote. The party says it will choose a new "
        "candidate next week."
    ),
    "capitals": (
        "Supermarkets limited sales of toilet paper this week. ALDI said stock would return "
        "to shelves soon."
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(ARTICLES)


def test_the_newspaper_is_the_outlet_named_before(df):
    row = sentence(df, "The newspaper said stocks were low.")
    assert (row["speaker"], row["speaker_kind"]) == ("Wall Street Journal", "organisation")
    # "press reports" is no outlet named before: not the Journal
    assert sentence(df, "according to press reports")["speaker"] != "Wall Street Journal"


def test_the_firm_is_a_company_named_before_it_in_its_own_sentence(df):
    assert sentence(df, "after the firm said")["speaker"] == "Cairn Energy"
    # not a body named inside "the firm ..." itself, nor one of the words reported
    assert sentence(df, "payment from Chelsea")["speaker"] == "Umbro"
    assert sentence(df, "RipGuard is expected")["speaker"] != "RipGuard"


def test_the_party_is_the_party_named_before_as_a_body(df):
    assert sentence(df, "The party says the plans")["speaker"] == "Liberal Democrats"
    # "a Labour MP" is an MP, not the party named
    assert sentence(df, "The party says it will")["speaker"] != "Labour"


def test_a_one_word_body_read_as_a_person_in_its_cue_is_an_organisation(df):
    # tagged a body twice and as a person once
    assert sentence(df, "Yukos said", "tagged")["speaker_kind"] == "organisation"
    # as often a person as a body: left as the attributor took it
    assert sentence(df, "Yukos said", "even")["speaker_kind"] == "person"
    # introduced with a body's noun, or written in capitals
    assert sentence(df, "Datamonitor said")["speaker_kind"] == "organisation"
    assert sentence(df, "ALDI said")["speaker_kind"] == "organisation"
