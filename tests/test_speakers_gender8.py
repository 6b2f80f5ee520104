"""A person's gender read from the article itself, so that "he" and "she" skip people of
the other gender: pronouns after a person who is the only one named ("Marsh said he ..."),
nouns that describe the person ("actress Kerry Dunne"); and a name tagged as a person that
the article treats as a body ("against West Brom and Aston Villa"), which no "he" stands
for (round 8)."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence

TEXTS = {
    # "Marsh said he ..." shows Marsh is a man, so the "she" before it is Holt
    "pronoun": (
        "Singer Amy Holt backs charity song. Holt and producer Dean Marsh have recorded a song "
        'for the appeal. She said she was "moved" by the stories of the families. Marsh said '
        "he joined the project because he grew up in the area."
    ),
    # "actress" shows Dunne is a woman: "He" is the winner she read for
    "noun": (
        "The film awards were handed out in London on Sunday. Best actor went to Liam Ford, "
        "while actress Kerry Dunne read out his speech at the ceremony. He apologised for "
        'missing the night, joking: "I am stuck on a film set in Canada."'
    ),
    # "him" after "the guitarist" means the guitarist, not Lane: no gender for Lane
    "other": (
        "Guitarist Joe Rook died in 1970. Kim Lane, 52, said a road named after the guitarist "
        'would honour him. "That is something our father wanted," she said.'
    ),
    # a club joined with another club's name is no man who speaks
    "club": (
        "Midfielder Gary Platt has been the subject of rumours for weeks. Good displays "
        "against West Brom and Aston Villa have impressed the fans. "
        '"The crowd gave me a great reception on Saturday," he said.'
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


@pytest.mark.parametrize(
    ("snippet", "article", "speaker"),
    [
        ("She said she was", "pronoun", "Amy Holt"),
        ("Marsh said he joined", "pronoun", "Dean Marsh"),
        ("He apologised for missing", "noun", "Liam Ford"),
        ("something our father wanted", "other", "Kim Lane"),
        ("great reception on Saturday", "club", "Gary Platt"),
    ],
)
def test_pronoun_skips_the_other_gender(df, snippet, article, speaker):
    assert sentence(df, snippet, article)["speaker"] == speaker


def test_a_figure_tagged_as_a_person_is_no_name():
    from kit.speakers._bodies import _name_word

    # the tagger reads a mis-encoded "£2.2m" as a person now and then; "he" must not find it
    assert not any(map(_name_word, ["Â£2.2", "2004", "£5m", "-"]))
    assert all(map(_name_word, ["Savage", "J.K.", "O'Neill", "Kilroy-Silk", "D’Arcy"]))
