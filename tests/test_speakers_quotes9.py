"""Runs of quoted sentences (round 9): the first sentences of a run find their speaker from
the whole run (a cue in a re-opened part of it, a bare clause or a quotation credited after
its last sentence); a colon-opened quotation that runs on into the next sentence is direct
and its subject's, however long the narration before the colon; a run whose own cue named
no one known does not go on with an earlier speaker; a name set off by "from X" before a
cue is its subject."""

from __future__ import annotations

import pytest
from conftest import attributed, narration, sentence, spoken

TEXTS = {
    # a run of two quoted sentences after narration, then a quotation credited after it
    "credited": (
        "The awards take place on Saturday. Film critic Sam Ruiz said the comedy had a good "
        'chance. "It is funny, warm and well made," he said. The film was made in Leeds on '
        'a small budget.\n\n"There is a sense that this film belongs to everyone here. Out '
        'of all the films, it is the one people love." "If anything wins, it should be this '
        'one," said Mr Ruiz.'
    ),
    # a run of quoted sentences, then a bare clause naming who said it
    "bare": (
        "Fires spread across the forest this week.\n\n"
        '"Our house is burning. The forest is on fire. It is a crisis for all of us!" '
        "Governor Ann Bee told the nation on Thursday.\n\n"
        "Firefighters were sent from three regions."
    ),
    # a colon after a long description of a speech opens a run of quoted sentences
    "colon": (
        "The regional parliament met on Friday. The new governor, Tom Hart, during his "
        "address to the deputies on Friday, offered to change the economy: "
        '"Now our exports have come close to a billion dollars. In the next year, this must '
        'be a priority. Here several projects meet at once!"\n\nThe session ended at noon.'
    ),
    # the run's own cue names no one known: no earlier speaker goes on with it
    "unfound": (
        'Singer Kate Cole wrote on Monday: "He was a rebel. Rest easy, friend."\n\n'
        "The page of the breakfast show, which replaced his show, posted: "
        '"Farewell. We salute you. A legend indeed."'
    ),
    # "Name, from the Body (BB) told": the comma after the body left out
    "whence": (
        "The trade fair opened on Tuesday. "
        '"The story this year is all about digital," Jeff Kent, from the Gadget Makers '
        'Association (GMA) told reporters. "It is about making your own playlist."'
    ),
    # a sentence with its own reported clause before the colon stays reported speech
    "reported": (
        "A rally was held in the capital on Saturday. President Tom Hart tweeted he did not "
        'know about the rally but would go: "Wow! Thousands are here. I will be seeing '
        'them!"'
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "kind"),
    [
        ("credited", "There is a sense that this film", "Sam Ruiz", "direct"),
        ("credited", "Out of all the films", "Sam Ruiz", "direct"),
        ("bare", "Our house is burning", "Ann Bee", "direct"),
        ("bare", "It is a crisis for all of us", "Ann Bee", "direct"),
        ("colon", "offered to change the economy", "Tom Hart", "direct"),
        ("colon", "In the next year, this must", "Tom Hart", "direct"),
        ("colon", "Here several projects meet", "Tom Hart", "direct"),
        ("whence", "The story this year", "Jeff Kent", "direct"),
        ("whence", "It is about making", "Jeff Kent", "direct"),
        ("reported", "President Tom Hart tweeted", "Tom Hart", "indirect"),
    ],
)
def test_runs_of_quoted_sentences(df, article, snippet, speaker, kind):
    row = sentence(df, snippet, article)
    assert (row["speaker"], row["speaker_type"]) == (speaker, kind)


@pytest.mark.parametrize("snippet", ["We salute you", "A legend indeed"])
def test_a_run_its_own_cue_failed_for_is_no_one_elses(df, snippet):
    row = sentence(df, snippet, "unfound")
    assert row["speaker_type"] == "direct"
    assert row["speaker"] != "Kate Cole"


@pytest.mark.parametrize(
    ("article", "snippet"),
    [("colon", "The session ended at noon"), ("bare", "Firefighters were sent")],
)
def test_narration_after_a_run_stays_narration(df, article, snippet):
    row = sentence(df, snippet, article)
    assert narration(row)


def _span_text(df, article, snippet):
    return spoken(sentence(df, snippet, article))


def test_spans_of_the_run(df):
    assert _span_text(df, "colon", "offered to change the economy") == [
        "Now our exports have come close to a billion dollars."
    ]
    assert _span_text(df, "credited", "Out of all the films") == [
        "Out of all the films, it is the one people love."
    ]
