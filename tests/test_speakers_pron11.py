"""Pronouns (round 11): whom a "he said" or "she told reporters" goes to when the person the
passage is about is a name the tagger did not take for a person's. A one-word name tagged as
a body that reports of itself as "he" or "she" ("Federov admitted he was under pressure") is a
person, and the "he said" after it is theirs, not an earlier person's named as an object; an
untagged name with a "who" clause set off after it ("Okonkwo, who lost to Hart, will meet him
again") is a person and the subject of its sentence, so the quotation after it is theirs, not
the one it only names in that clause. A name in apposition to the subject through a chain of
appositions (a headline word parsed as the subject, "Spain coach Luis Aragones" in apposition
to it) is that subject. Not a description with "the" ("The Lagos midfielder, who ..."), nor
one whose reported clause is about someone else ("Federov said Cole was unlucky")."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from conftest import attributed, narration, sentence, spoken

TEXTS = {
    # untagged name, a "who" clause after it: the subject the quotation goes on with
    "who_bbc": (
        "Mendoza beat Tom Hart in the final on Sunday. Okonkwo, who lost to Hart in the "
        "semi-final, will meet him again in Paris next month. "
        '"It is the first time I have reached a semi-final here," he told reporters.'
    ),
    "who_wire": (
        "The jury gave the top prize to Sam Cole on Saturday. Ferreira, who was beaten by "
        "Cole in the vote, will face him again at the festival in Venice. "
        '"It was an honour to be on the shortlist," he told AFP.'
    ),
    # a description with "the": no new name, the result as before
    "who_neg": (
        "Mendoza beat Tom Hart in the final on Sunday. The Lagos midfielder, who lost to "
        "Hart in the semi-final, will meet him again in Paris next month. "
        '"It is the first time I have reached a semi-final here," he told reporters.'
    ),
    # a one-word name tagged a body that reports of itself as "he" or "she"
    "self_said": (
        "Dan Price will now meet Tom Hart in the quarter-finals. Hart beat Sam Cole in four "
        "sets. Federov admitted he was under pressure after his long winning run. "
        '"People expect me to win every match," he said.'
    ),
    "self_that": (
        "Dan Price will now face Tom Hart in the final. Hart beat Sam Cole in four sets on "
        "Friday. Federov insisted that he was fit after his long injury lay-off. "
        '"I feel stronger than ever," he added.'
    ),
    "self_she": (
        "Ann Bee will now meet Kate Lowe in the quarter-finals. Lowe beat Sara Quinn in three "
        "sets. Kuznetsova conceded she had been lucky to survive the second set. "
        '"I was not playing well at all," she told the Times of India.'
    ),
    # the reported clause is about someone else: no person found, the result as before
    "self_neg": (
        "Dan Price will now meet Tom Hart in the quarter-finals. Hart beat Sam Cole in four "
        "sets. Federov said Cole was unlucky to lose after a long winning run. "
        '"People expect him to win every match," he said.'
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "words"),
    [
        ("who_bbc", "he told reporters", "Okonkwo", "It is the first time I have reached"),
        ("who_wire", "he told AFP", "Ferreira", "It was an honour to be on the shortlist"),
        ("self_said", "he said", "Federov", "People expect me to win every match"),
        ("self_that", "he added", "Federov", "I feel stronger than ever"),
        ("self_she", "she told the Times", "Kuznetsova", "I was not playing well at all"),
    ],
)
def test_quote_goes_to_the_person_the_passage_is_about(df, article, snippet, speaker, words):
    row = sentence(df, snippet, article)
    assert row["speaker"] == speaker
    assert row["speaker_type"] == "direct"
    assert row["speaker_kind"] == "person"
    assert spoken(row)[0].startswith(words)


def test_the_reported_statement_keeps_its_speaker(df):
    row = sentence(df, "Federov admitted", "self_said")
    assert row["speaker"] == "Federov"
    assert row["speaker_type"] == "indirect"
    assert spoken(row) == ["he was under pressure after his long winning run"]


@pytest.mark.parametrize(
    ("article", "snippet"),
    [("who_neg", "he told reporters"), ("self_neg", "he said")],
)
def test_near_misses_keep_their_speaker(df, article, snippet):
    row = sentence(df, snippet, article)
    assert row["speaker"] == "Tom Hart"  # as before: nobody new is a person
    assert row["speaker_type"] == "direct"


def test_narration_stays_narration(df):
    for article, snippet in (("who_bbc", "Okonkwo, who"), ("self_said", "Hart beat")):
        row = sentence(df, snippet, article)
        assert narration(row)


def test_name_in_apposition_to_the_subject_through_a_chain():
    """ "Kovac angered by ban Croatia coach Marko Kovac is furious ... about Dan Price": the
    headline word the subject, "coach" in apposition to it, the name to "coach"."""
    from kit.speakers._names import _is_subject, _main_subject

    words = ["Kovac", "angered", "Croatia", "coach", "Marko", "Kovac", "is", "furious"]
    deps = ["nsubj", "acl", "compound", "appos", "compound", "appos", "ROOT", "acomp"]
    heads = [6, 0, 3, 0, 5, 3, 6, 6]
    pos = ["PROPN", "VERB", "PROPN", "NOUN", "PROPN", "PROPN", "AUX", "ADJ"]
    s = SimpleNamespace(text=words, dep=deps, head=heads, pos=pos)
    s.children = lambda k: [t for t, h in enumerate(s.head) if h == k and t != k]
    assert _is_subject(s, 4, 6) and _main_subject(s, 4, 6)
    # an object's apposition is no subject: "... about Croatia coach Marko Kovac"
    deps = ["nsubj", "ROOT", "prep", "pobj", "compound", "appos"]
    s = SimpleNamespace(
        text=["Bee", "spoke", "about", "coach", "Marko", "Kovac"], dep=deps, head=[1, 1, 1, 2, 5, 3]
    )
    s.pos = ["PROPN", "VERB", "ADP", "NOUN", "PROPN", "PROPN"]
    s.children = lambda k: [t for t, h in enumerate(s.head) if h == k and t != k]
    assert not _is_subject(s, 4, 6)
