"""Views of groups and of quantified people: a quantifier with no noun ("Many fear ...",
"Others argue ...") or "those" with who they are ("Those with small majorities are fearful
that ...") speaks as a group named as written; a view held in the present progressive ("are
expecting", "are now hoping that") or in a "with" absolute (", with traders expecting ...",
", with many investors optimistic that ...") is reported; and what looks like these but
holds no view of anyone is left alone."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence

TEXTS = {
    "market": (
        "The index rose sharply on Monday. "
        "Many fear the rally is already too late for small savers. "
        "Others argue that the gains will not last. "
        "Those with small holdings are particularly fearful that a crash could wipe them out. "
        "Shares in banks climbed, with many traders optimistic that rates would stay low. "
        "Bond prices fell, with dealers expecting the central bank to raise rates. "
        "Local brokers are expecting the index to double by the summer. "
        "Farmers are now hoping that the rain will save the harvest."
    ),
    "union": (
        "The storm flattened three villages. "
        "Union leaders met the minister on Friday, but many believe the talks will fail."
    ),
    # look like the above but report no view of anyone
    "guards": (
        "The fair opened on Saturday. "
        "Many visited the stalls before noon. "
        "Those said to be missing were found later. "
        "Some of the money was spent on repairs. "
        "The mayor is expecting a busy weekend. "
        "If residents are hoping that the road will reopen, they will be disappointed. "
        "It is feared that the death toll will rise. "
        "The council, with its members confident, approved the budget."
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


def _said(df, snippet: str) -> tuple[object, object]:
    row = sentence(df, snippet)
    return row["speaker"], row["speaker_type"]


def _spoken(df, snippet: str) -> str:
    row = sentence(df, snippet)
    start = row["start_char"]  # the spans are article offsets: read them off the sentence
    return " ".join(row["text"][a - start : b - start] for a, b in row["speech_spans"])


def test_a_quantifier_with_no_noun_speaks_as_a_group(df):
    assert _said(df, "Many fear the rally") == ("many", "indirect")
    assert _said(df, "Others argue that") == ("others", "indirect")


def test_those_with_who_they_are_hold_a_stance(df):
    assert _said(df, "Those with small holdings") == ("those with small holdings", "indirect")
    assert _spoken(df, "Those with small holdings").startswith("a crash could wipe them out")


def test_a_stance_in_a_with_absolute_is_the_groups(df):
    speaker, kind = _said(df, "with many traders optimistic")
    assert (speaker, kind) == ("traders", "indirect")
    assert _spoken(df, "with many traders optimistic") == "rates would stay low"


def test_a_view_held_in_a_with_absolute_or_the_present_progressive(df):
    assert _said(df, "with dealers expecting") == ("dealers", "indirect")
    assert _said(df, "Local brokers are expecting") == ("local brokers", "indirect")
    assert _said(df, "Farmers are now hoping") == ("farmers", "indirect")


def test_a_bare_quantifier_is_a_share_of_the_plural_subject_before_it(df):
    assert _said(df, "many believe the talks") == ("union leaders", "indirect")


@pytest.mark.parametrize(
    "snippet",
    [
        "Many visited the stalls",  # no view: a quantifier doing something
        "Those said to be missing",  # "those" without a phrase saying who: things or people
        "Some of the money",  # a share of things
        "The mayor is expecting a busy weekend",  # a progressive view with no content
        "If residents are hoping",  # a view in a clause of condition
        "It is feared that",  # no one holds it: the reporter's narration
        "with its members confident",  # a stance with no content
    ],
)
def test_what_holds_no_view_of_anyone_has_no_speaker(df, snippet):
    assert _said(df, snippet) == (None, None)
