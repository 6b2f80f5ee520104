"""Round 11's review: a score written inside a player's name is no part of it; a body's own
first word is kept when the article later writes only the rest ("Hewlett Packard ...
Packard said"), unlike a headline's participle run into the name; "X did stress that ..."
with the subject parsed on the auxiliary; a name inside a phrase that owns the subject is no
subject."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import attributed, sentence, spoken, who

TEXTS = {
    "score": (
        "Lena Ortiz beat Ann Kim 6-4 6-3 on Sunday in the second round. "
        "Kim said she had been too tired to run."
    ),
    "firm": (
        "Hewlett Packard has cut 500 jobs in Europe. "
        "Packard said the cuts would save money."
    ),
    "stress": (
        "Ann Wardle met the board on Monday. Wardle did stress that the plan was sound."
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


def test_a_score_inside_the_tagged_name_is_cut(df):
    assert who(df, "score", "too tired") == ("Ann Kim", "indirect")


def test_a_bodys_own_first_word_is_kept_when_only_the_rest_is_written_again(df):
    assert who(df, "firm", "save money") == ("Hewlett Packard", "indirect")


def test_emphatic_do_with_the_subject_on_the_auxiliary(df):
    r = sentence(df, "did stress", "stress")
    assert (r["speaker"], r["speaker_type"]) == ("Ann Wardle", "indirect")
    assert spoken(r) == ["the plan was sound"]


def test_a_name_inside_a_phrase_that_owns_the_subject_is_no_subject():
    """ "The Tony Blair government's spokesman said ...": the spokesman is the subject, not
    the name inside the phrase that owns him."""
    from kit.speakers._names import _is_subject

    words = ["The", "Tony", "Blair", "government", "'s", "spokesman", "said"]
    s = SimpleNamespace(
        text=words,
        dep=["det", "compound", "compound", "poss", "case", "nsubj", "ROOT"],
        head=[5, 2, 3, 5, 3, 6, 6],
        pos=["DET", "PROPN", "PROPN", "NOUN", "PART", "NOUN", "VERB"],
    )
    s.children = lambda k: [t for t, h in enumerate(s.head) if h == k and t != k]
    assert not _is_subject(s, 1, 3)
    # the owner of the subject itself still counts ("Ann Bee's spokesman said")
    s.text = ["Ann", "Bee", "'s", "spokesman", "said"]
    s.dep, s.head = ["compound", "poss", "case", "nsubj", "ROOT"], [1, 3, 1, 4, 4]
    s.pos = ["PROPN", "PROPN", "PART", "NOUN", "VERB"]
    assert _is_subject(s, 0, 2)
