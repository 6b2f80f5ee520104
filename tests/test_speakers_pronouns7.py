"""Who a "he" or "she" cue stands for, read from the people its own sentence names: the
subject of the clause the cue's clause hangs on is the one, a person the pronoun comes before
is not (round 7)."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence

TEXTS = {
    "governed": (
        "The festival drew thousands of visitors to the city on Saturday. The reporter Tom "
        "Avery covered the event for a local paper. Actor Martin Cole surprised fans when he "
        'announced that a sequel to his film was being planned. "We start filming next '
        'spring," he added.'
    ),
    "bound": (
        "Finance minister Paul Rennick offered to resign on Tuesday. The offer came after a "
        "leaked recording. Prime Minister Adam Hollis refused the offer. He said Mr Hollis had "
        '"always been fair to me"; but "to clear any doubt, I offered to go", he added.'
    ),
    "earlier": (
        "Council leader Greg Soames opened the meeting. Local builder Dan Pryce spoke next. "
        "Pryce trained in Leeds and has run his firm for ten years, he told the council."
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


@pytest.mark.parametrize(
    ("snippet", "article", "speaker"),
    [
        # the subject of the clause "when he announced" hangs on, not the reporter before
        ("surprised fans when he announced", "governed", "Martin Cole"),
        ("We start filming", "governed", "Martin Cole"),
        # "He said Mr Hollis had ...": Hollis, named after "he", is someone else
        ("always been fair to me", "bound", "Paul Rennick"),
        # the subject of a clause before the cue may be "he" ("Pryce trained ..., he told")
        ("he told the council", "earlier", "Dan Pryce"),
    ],
)
def test_pronoun_cue_speaker(df, snippet, article, speaker):
    assert sentence(df, snippet, article)["speaker"] == speaker
