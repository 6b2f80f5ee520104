"""Institutions and offices named by a common noun as speakers, round 3c: "the city said",
"the government said", "the office asked", resolved to the body the article named with that
noun, else kept as the article's words (sentences written for these tests, in news style)."""

from __future__ import annotations

import pandas as pd
import pytest

import kit

TEXTS = {
    "city": (
        "A water main burst on Monday in the Canadian city of Port Alder, flooding three "
        "streets. The city said crews would work through the night. The city estimated that "
        "water would return by noon."
    ),
    "appositive": (
        "A bridge collapsed in Karsk, a city in northern Russia, on Monday. The city said it "
        "would open an inquiry."
    ),
    "county": (
        "Officials in Dade County ordered an evacuation on Sunday. The county said shelters "
        "would open at noon."
    ),
    "government_of": (
        "On Friday the government of Tonga closed all schools after an outbreak of flu. "
        "Doctors reported 40 cases. The government said the schools would reopen next month."
    ),
    "national": (
        "The Turkish government sent troops to the border on Tuesday. The government said the "
        "move was defensive."
    ),
    "parse_apart": (
        "A judge ruled the United States federal government's policy unlawful. The "
        "government said it would appeal."
    ),
    "hypothetical": (
        "Ms Hale said a Labour government would cut the tax. The government said the tax "
        "would stay."
    ),
    "office": (
        "The British Embassy in Lima told its citizens to stay indoors. The office advised "
        "travellers to avoid the capital."
    ),
    "palace": "The palace said the king would not attend the ceremony.",
    "mayor": (
        "Fire broke out in the town of Elm Creek on Monday. The town's mayor said the blaze "
        "was under control."
    ),
    "country": (
        "Floods hit Fiji on Monday, cutting roads across Fiji and Tonga. The island nation's "
        "government said three people had died."
    ),
    "outlets": "Several news outlets reported that the senator would resign.",
    "city_of": "The city of Calabasas announced on Twitter that the road would reopen.",
    "owned": (
        "Senator Ann Bee died on Sunday. At 2:45 a.m., her office said, she died at a hospice. "
        "Mayor Tom Reed was taken ill on Sunday. His family said he was recovering."
    ),
    "goodbye": (
        "Fire broke out in the city of Tarnow on Monday. The city said goodbye to its oldest "
        "resident last year. The striker can also say farewell to the cup this season."
    ),
}


@pytest.fixture(scope="module")
def bodies():
    table = pd.DataFrame({"id": list(TEXTS), "text": list(TEXTS.values())})
    df = kit.load_corpus(table, id_column="id", progress=False, headers=False)
    return kit.attribute_speakers(df)


def _row(df, article_id, snippet):
    rows = df[(df["article_id"] == article_id) & df["text"].str.contains(snippet, regex=False)]
    assert len(rows) == 1, f"{snippet!r} matches {len(rows)} sentences"
    return rows.iloc[0]


@pytest.mark.parametrize(
    ("article_id", "snippet", "speaker"),
    [
        ("city", "through the night", "Port Alder"),
        ("city", "by noon", "Port Alder"),
        ("appositive", "open an inquiry", "Karsk"),
        ("county", "shelters", "Dade County"),
        ("city_of", "reopen", "Calabasas"),
    ],
)
def test_a_place_speaking_as_its_administration_is_the_place_the_article_named(
    bodies, article_id, snippet, speaker
):
    row = _row(bodies, article_id, snippet)
    assert (row["speaker"], row["speaker_kind"]) == (speaker, "organisation")


@pytest.mark.parametrize(
    ("article_id", "snippet", "speaker"),
    [
        ("government_of", "reopen next month", "government of Tonga"),
        ("national", "defensive", "Turkish government"),
        ("parse_apart", "appeal", "United States federal government"),
    ],
)
def test_the_government_is_the_one_the_article_named_in_its_words(
    bodies, article_id, snippet, speaker
):
    assert _row(bodies, article_id, snippet)["speaker"] == speaker


def test_an_indefinite_government_is_not_the_one_that_speaks(bodies):
    assert _row(bodies, "hypothetical", "would stay")["speaker"] == "government"


def test_the_office_is_the_public_body_that_spoke_just_before(bodies):
    assert _row(bodies, "office", "advised travellers")["speaker"] == "British Embassy"


def test_a_body_named_by_nothing_else_keeps_the_article_word(bodies):
    row = _row(bodies, "palace", "the king")
    assert (row["speaker"], row["speaker_kind"]) == ("palace", "organisation")


def test_the_mayor_of_the_city_speaks_not_the_city(bodies):
    assert _row(bodies, "mayor", "under control")["speaker"] != "Elm Creek"


def test_a_body_of_the_described_country_belongs_to_the_country_named_most(bodies):
    assert _row(bodies, "country", "three people")["speaker"] == "Fiji's government"


def test_outlets_named_by_a_common_noun_speak(bodies):
    row = _row(bodies, "outlets", "senator")
    assert (row["speaker"], row["speaker_kind"]) == ("news outlets", "organisation")


@pytest.mark.parametrize("snippet", ["goodbye", "farewell"])
def test_a_place_or_person_saying_goodbye_reports_nothing(bodies, snippet):
    row = _row(bodies, "goodbye", snippet)
    assert row["speaker"] is None and row["speaker_type"] is None


@pytest.mark.parametrize(
    ("snippet", "speaker"),
    [("died at a hospice", "Ann Bee's office"), ("recovering", "Tom Reed's family")],
)
def test_his_office_or_her_family_is_named_by_whom_it_serves(bodies, snippet, speaker):
    row = _row(bodies, "owned", snippet)
    assert (row["speaker"], row["speaker_kind"]) == (speaker, "organisation")
