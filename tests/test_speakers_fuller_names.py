"""One speaker, one name: a body, group or owner the article names in full is credited under
that full name when a later sentence shortens it, and only when one full name fits."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "force": (
                "Two men held after raid\n\n"
                "Officers from Kent Police raided a warehouse in Dover on Tuesday. "
                "Two men were arrested at the scene. "
                "The men will appear in court next week, police said on Wednesday."
            ),
            "forces": (
                "Joint raid on smugglers\n\n"
                "Officers from Kent Police and Essex Police raided warehouses on Tuesday. "
                "Two men were arrested at the scene. "
                "The men will appear in court next week, police said on Wednesday."
            ),
            "deal": (
                "Profits up\n\n"
                "The Swiss engineering firm Halvard AG reported higher profits on Tuesday. "
                "Halvard said orders from China had doubled."
            ),
            "striker": (
                "Striker returns\n\n"
                "Striker Tomas Brolin returned to training on Monday after a long injury. "
                "On live television Brolin also attacked the new contract as an insult to "
                "the players. The club declined to comment."
            ),
            "aide2": (
                "Minister defends plan\n\n"
                "Finance Minister Anna Lindqvist presented the budget on Monday. "
                "Opposition parties called it timid. "
                "Lindqvist's spokeswoman said the minister would not change course."
            ),
            "aide": (
                "Minister defends plan\n\n"
                "Finance Minister Anna Lindqvist presented the budget on Monday. "
                "Opposition parties called it timid. "
                "Ms Lindqvist's spokeswoman said the minister would not change course."
            ),
        }
    )


def test_a_body_shortened_later_takes_the_full_name_the_article_gave(df):
    assert sentence(df, "police said", "force")["speaker"] == "Kent Police"


def test_two_full_names_that_fit_leave_the_short_one(df):
    assert sentence(df, "police said", "forces")["speaker"] == "police"


def test_a_company_named_without_its_legal_form_takes_the_name_with_it(df):
    assert sentence(df, "Halvard said", "deal")["speaker"] == "Halvard AG"


def test_an_owner_written_with_an_honorific_is_written_with_their_name(df):
    row = sentence(df, "spokeswoman said", "aide")
    assert row["speaker"] == "Anna Lindqvist's spokeswoman"


def test_an_owner_written_by_name_stays_as_the_article_wrote_it(df):
    assert sentence(df, "spokeswoman said", "aide2")["speaker"] == "Lindqvist's spokeswoman"


def test_a_person_called_by_surname_is_credited_under_the_full_name(df):
    row = sentence(df, "attacked the new contract", "striker")
    assert (row["speaker"], row["speaker_kind"]) == ("Tomas Brolin", "person")
