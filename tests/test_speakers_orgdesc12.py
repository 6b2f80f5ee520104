"""Descriptions of a body that refer back (round 12): "the <modifiers> <noun>" as the subject of
a cue, where the noun names an organisation by its trade or standing ("the brewery", "the
carrier", "the refiner", "the Bristol-based utility", "the Antwerp-based brewery", "the mining
group"), is the named body of the article it fits, as "the company" is, whether or not the
noun is one the name was introduced with; a name written inside the description before a
noun of a body members join ("the MRX industry body", "the GMB union") is that body; a body
named in one sentence and written again where the tagger read it as something else ("Hopwell
bought out ...") still counts as named there, and a trade noun set before a name the tagger
took for a person's ("Bookmaker Paddy Ross") introduces a company. Near-misses keep their
result: a thing that is not said ("The brewery was sold"), a person's description ("the
31-year-old said"), a description with no body named before it."""

from __future__ import annotations

import pytest
from conftest import attributed, narration, sentence, spoken

TEXTS = {
    # a trade noun the body was never introduced with, after its name as a subject
    "brewery": (
        "Brewing giant Hopwell has agreed to buy a stake in Danver Beers for $2bn. "
        "Hopwell bought out another partner last year. "
        "The Antwerp-based brewery said it would own 90% of the shares."
    ),
    "carrier": (
        "Skyline Air has returned to profit after two years of losses. "
        "The carrier said it expected passenger numbers to rise in 2006."
    ),
    "refiner": (
        "Castell Energy plc has closed its plant near Milford Haven. "
        "The refiner warned that fuel prices would rise again next winter."
    ),
    "utility": (
        "Severn Water Holdings has been fined for leaks across the region. "
        "The Bristol-based utility said it would spend more on repairs next year."
    ),
    "chain": (
        "Pearson Stores has closed 40 shops in the north of England. "
        "The retail chain told investors that sales had fallen by 8% since March."
    ),
    # a name inside the description: the body named so
    "industry_body": (
        "Downloads of songs rose tenfold last year. "
        "The MRX industry body said that portable players were behind the growth."
    ),
    "union": (
        "Bus drivers in the city will strike on Monday over pay. "
        "The TWU union said its members had rejected a 2% offer."
    ),
    "mining_group": (
        "Shares in Dunmore Mining plc fell sharply on Thursday after the mining group "
        "reported that its losses had deepened."
    ),
    # a trade noun before a name read as a person's
    "bookmaker": (
        "Bookmaker Paddy Ross has stopped taking bets on the next club manager. "
        'The firm closed the book on Friday, saying "inside information" had played a part.'
    ),
    # near-misses
    "sold": ("Hopwell has agreed to buy Danver Beers for $2bn. The brewery was sold last year."),
    "person": (
        "Tom Hart won the final in four sets on Sunday. "
        "The 31-year-old said he was happy with the result."
    ),
    "unnamed": (
        "Beer sales fell sharply in the town last year. "
        "The brewery said it would close at the end of the month."
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "words"),
    [
        ("brewery", "Antwerp-based brewery said", "Hopwell", "it would own 90% of the shares"),
        ("carrier", "The carrier said", "Skyline Air", "it expected passenger numbers"),
        ("refiner", "The refiner warned", "Castell Energy plc", "fuel prices would rise"),
        ("utility", "Bristol-based utility", "Severn Water Holdings", "it would spend more"),
        ("chain", "The retail chain", "Pearson Stores", "sales had fallen by 8% since March"),
        ("industry_body", "MRX industry body", "MRX", "portable players were behind"),
        ("union", "The TWU union", "TWU", "its members had rejected"),
        ("mining_group", "the mining group", "Dunmore Mining plc", "its losses had deepened"),
        ("bookmaker", "The firm closed", "Paddy Ross", "inside information"),
    ],
)
def test_description_goes_to_the_named_body(df, article, snippet, speaker, words):
    row = sentence(df, snippet, article)
    assert row["speaker"] == speaker
    assert row["speaker_type"] == "indirect"
    assert row["speaker_kind"] == "organisation"
    assert any(w.startswith(words) for w in spoken(row))


def test_a_thing_not_said_stays_narration(df):
    assert narration(sentence(df, "The brewery was sold", "sold"))


def test_a_person_described_keeps_its_result(df):
    row = sentence(df, "The 31-year-old said", "person")
    assert row["speaker_type"] == "indirect"
    assert row["speaker"] != "Hopwell" and row["speaker_kind"] != "organisation"


def test_no_body_named_before_stays_without_a_body(df):
    row = sentence(df, "The brewery said", "unnamed")
    assert row["speaker_kind"] != "organisation" or row["speaker"] in (None, "brewery")
