"""A definite description that stands for a body or document the article introduced with
that noun: a body named with a common noun in apposition ("Apex Films, a new studio,",
"the cooperative, Harbour Mutual Group,") is what "the studio said" or "the cooperative
said" refers to, and the documents governments, parliaments and courts issue ("the
proclamation said", "the motion says") are sources of what they say."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "studio": (
                "Film deal\n\n"
                "Apex Films, a new studio based in Leeds, bought the rights to the novel "
                "on Monday. Filming is to start next spring in the north of England. "
                "The studio said the cast would be announced within weeks."
            ),
            "cooperative": (
                "Storm claims\n\n"
                "The cooperative, Harbour Mutual Group, paid out more than $2m on Sunday. "
                "Hundreds of homes were flooded when the river burst its banks. "
                "The cooperative said most claims would be settled by the end of the month."
            ),
            "nothing": (
                "Film deal\n\n"
                "A novel about a family of farmers will be filmed next year. "
                "The studio said the cast would be announced within weeks."
            ),
            "proclamation": (
                "Day of remembrance\n\n"
                "The city council met on Tuesday to mark the anniversary of the flood. "
                "The proclamation said that 12 May would be a day of remembrance."
            ),
            "motion": (
                "Club takeover\n\n"
                "Twenty MPs have backed a campaign against the takeover of the club. "
                "The motion says that the club belongs to its supporters."
            ),
        }
    )


def test_body_introduced_with_noun_in_apposition(df):
    row = sentence(df, "The studio said the cast", "studio")
    assert row["speaker"] == "Apex Films"
    assert row["speaker_type"] == "indirect"
    row = sentence(df, "The cooperative said most claims", "cooperative")
    assert row["speaker"] == "Harbour Mutual Group"
    # with no body introduced as a studio, "the studio" stays unresolved as before
    assert sentence(df, "The studio said the cast", "nothing")["speaker"] is None


def test_documents_governments_and_parliaments_issue(df):
    row = sentence(df, "The proclamation said", "proclamation")
    assert row["speaker_type"] == "indirect"
    assert row["speaker_kind"] == "document"
    assert "proclamation" in row["speaker"].lower()
    row = sentence(df, "The motion says", "motion")
    assert row["speaker_type"] == "indirect"
    assert row["speaker_kind"] == "document"
    assert "motion" in row["speaker"].lower()
