"""Documents, studies and data as sources (round 10): what a test, examination, autopsy,
regulation, bill, charge sheet, court paper, census, poll or book finds or claims is its
statement; a maker named after a noun for a body ("think-tank Demos") is a body, so "it"
after the report goes to it; "the research" after "a report by X" is X's; a poll "of 1,000
adults" names whom it asked, not who made it; a study named by the journal it appeared in.
Unnamed or generic sources stay narration: "figures show", "every poll shows", "it was
found that", "the book tells the story of", and a document only seen by an outlet is not
the outlet's."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence, spoken


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "report": (
                "Web habits\n\n"
                "Most families now go online every day, according to a report by "
                "think-tank Norvale. "
                "It said that fast connections were changing family life. "
                "The research was based on interviews with 2,000 adults. "
                "It found that half of those asked went online before breakfast."
            ),
            "tests": (
                "Canal body\n\n"
                "A body found in the canal is not that of the missing teacher, tests reveal. "
                "A post-mortem examination showed there was alcohol in his blood. "
                "The autopsy found he had died of a heart attack. "
                "Tests will be carried out on the car next week."
            ),
            "court": (
                "Fraud case\n\n"
                "Court papers show that the firm owed its bank two million dollars. "
                "According to court papers, the firm hid its losses for three years. "
                "The charge sheet says he attacked two men outside a bar. "
                "A leaked memo seen by the Elmford Gazette says 300 staff will be cut. "
                "EU regulations say that governments may help firms only in some cases."
            ),
            "polls": (
                "Park vote\n\n"
                "Support for the new park has fallen, a poll suggests. "
                "A poll of 1,000 adults by Norvale Research found that 60% backed the plan. "
                "The 2021 census showed the town's population had doubled. "
                "Census figures show the town grew by 5% last year. "
                "Figures show that crime fell. "
                "Every poll shows the mayor is popular. "
                "It was found that the roof was unsafe."
            ),
            "books": (
                "Palace memoir\n\n"
                "The book claims the minister lied to parliament. "
                "Tom Hale's book suggests the plan was drawn up in secret. "
                "The book tells the story of a girl who can fly."
            ),
            "science": (
                "Bee study\n\n"
                "A study published in the journal Apis Letters found that bees can count. "
                "Research published in Insect Review suggests that bees dream."
            ),
        }
    )


@pytest.mark.parametrize(
    "snippet, speaker, words",
    [
        ("It said that fast", "Norvale", "fast connections were changing family life"),
        ("It found that half", "Norvale", "half of those asked went online before breakfast"),
        ("tests reveal", "tests", "A body found in the canal is not that of the missing teacher"),
        ("A post-mortem examination", "post-mortem examination", "there was alcohol in his blood"),
        ("The autopsy found", "autopsy", "he had died of a heart attack"),
        ("Court papers show", "court papers", "the firm owed its bank two million dollars"),
        ("According to court papers", "court papers", "the firm hid its losses for three years"),
        ("The charge sheet", "charge sheet", "he attacked two men outside a bar"),
        ("EU regulations say", "EU regulations", "governments may help firms only in some cases"),
        ("a poll suggests", "poll", "Support for the new park has fallen"),
        ("A poll of 1,000", "Norvale Research", "60% backed the plan"),
        ("The 2021 census", "2021 census", "the town's population had doubled"),
        ("Census figures show", "census figures", "the town grew by 5% last year"),
        ("The book claims", "book", "the minister lied to parliament"),
        ("Tom Hale's book", "Tom Hale", "the plan was drawn up in secret"),
        ("Apis Letters", "study published in Apis Letters", "bees can count"),
        ("Insect Review", "research published in Insect Review", "bees dream"),
    ],
)
def test_document_states_what_it_finds(df, snippet, speaker, words):
    row = sentence(df, snippet)
    assert row["speaker"] == speaker
    assert row["speaker_type"] == "indirect"
    assert spoken(row) == [words]


def test_maker_after_a_body_noun_is_a_body(df):
    row = sentence(df, "according to a report by")
    assert (row["speaker"], row["speaker_kind"]) == ("Norvale", "document")
    assert sentence(df, "It said that fast")["speaker_kind"] == "organisation"


def test_outlet_that_saw_a_memo_did_not_write_it(df):
    row = sentence(df, "A leaked memo seen by")
    assert row["speaker"] == "leaked memo"
    assert row["speaker_type"] == "indirect"


@pytest.mark.parametrize(
    "snippet",
    [
        "Tests will be carried out",
        "Figures show that crime fell",
        "Every poll shows",
        "It was found that",
        "The book tells the story",
        "The research was based on",
    ],
)
def test_generic_or_unnamed_sources_stay_narration(df, snippet):
    row = sentence(df, snippet)
    assert row["speaker"] is None
    assert row["speaker_type"] is None
