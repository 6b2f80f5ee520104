"""A definite noun for a kind of body ("the club", "the union", "the airline", "the Japanese
firm", "the aid agency") stands for the body the article named before it, and "the report" or
"the statement" for whoever made their statement in it ("X says in a report")."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence

ARTICLES = {
    "club": (
        "Northfield United's board has agreed to meet the bidder. In a statement, the club said "
        "it would allow talks. Rival club Southport Rovers said it would not bid. "
        '"We are happy," the club said in its statement. '
        "The statement said the board opposed the plan."
    ),
    "airline": (
        "Skyways Airlines cut 300 jobs on Monday. The airline said fuel costs had risen sharply."
    ),
    "union": ("Unison has called a strike at the council. The union said pay had fallen."),
    "modified": ("Shares in Toyota rose on Monday. The Japanese firm said sales were up."),
    "aid": (
        'The Red Cross told Reuters it was seeking funds. "We need help now," the aid agency said.'
    ),
    "report": (
        "Some 4 million children will go hungry, Oxfam says in a report, Empty Plates. "
        'The report said: "Rich countries must act now."'
    ),
    "other": (
        "In a statement, the Kurdish Forces said they had a deal. "
        "The US statement spoke of new talks."
    ),
    "unnamed": ("Unions criticised the plan on Monday. The union said pay had fallen."),
}


@pytest.fixture(scope="module")
def df():
    return attributed(ARTICLES)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "kind"),
    [
        ("club", "the club said it would allow", "Northfield United", "organisation"),
        ("club", "the club said in its statement", "Northfield United", "organisation"),
        ("club", "The statement said", "Northfield United", "document"),  # the club's own
        ("airline", "The airline said", "Skyways Airlines", "organisation"),
        ("union", "The union said", "Unison", "organisation"),
        ("modified", "The Japanese firm said", "Toyota", "organisation"),
        ("aid", "the aid agency said", "Red Cross", "organisation"),
        ("report", "The report said", "Oxfam", "document"),  # "report|its author" in the gold
    ],
)
def test_body_noun_takes_the_body_named_before(df, article, snippet, speaker, kind):
    row = sentence(df, snippet, article)
    assert (row["speaker"], row["speaker_kind"]) == (speaker, kind)


def test_a_document_of_someone_else_is_not_theirs(df):
    # "the US statement" is not the statement the Kurdish Forces spoke in
    assert sentence(df, "The US statement", "other")["speaker"] != "Kurdish Forces"


def test_a_bare_plural_is_no_body_named(df):
    # "Unions" names no union: "the union" stays as written
    assert sentence(df, "The union said", "unnamed")["speaker"] == "union"
