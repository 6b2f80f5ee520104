"""Whose a website or a document is when the sentence says so with a possessive: the body
it belongs to, not the bare noun."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence

TEXTS = {
    "its_site": (
        "The Civil Aviation Authority, which inspects small airports, was not at the scene. "
        "It is closed because of a strike; however, its website says that its safety desk "
        "is still taking calls."
    ),
    "party_site": (
        "The Green Future party put forward Ann Bee as its candidate in the city. "
        "According to the party's website, Bee is a nurse who has worked in the city for "
        "twenty years."
    ),
    # a named outlet's site stays the outlet
    "outlet_site": (
        "The fire started in the kitchen. The BBC News website said four people were hurt."
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


def test_its_website_is_the_body_the_story_is_about(df):
    row = sentence(df, "its website says", "its_site")
    assert row["speaker"] == "Civil Aviation Authority"
    assert row["speaker_type"] == "indirect"


def test_the_partys_website_is_the_party_named_before(df):
    row = sentence(df, "According to the party's website", "party_site")
    assert row["speaker"] == "Green Future party"


def test_a_named_outlets_website_is_still_the_outlet(df):
    row = sentence(df, "four people were hurt", "outlet_site")
    assert "BBC" in str(row["speaker"])
