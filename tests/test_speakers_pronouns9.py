"""Pronouns and carried-over speakers (round 9): a "she" cue after a clause in which a named
person spoke in the same sentence is hers; a name the tagger took for a body's whose own
quotation says "I" is a person a later "he" may mean; the one prompted "to say" something is
the subject of that saying; "the opposition" is a body an "It said" goes on with; "Shares in
X rose after it said" is X's; a quoted paragraph left open after narration goes to whoever
the next paragraph of the quotation is credited to."""

from __future__ import annotations

import pytest
from conftest import attributed, narration, sentence, spoken

from kit.speakers._arrays import _Sent
from kit.speakers._mentions import _set_off_subject

TEXTS = {
    # "Ms Bee said" hangs, by the parse, under the later "she said": still Bee's turn
    "same": (
        "Health minister Ann Bee has been moved to the economy brief after five years. "
        'Kate Cole, for the Greens, added: "Changing the minister will serve no purpose," she '
        'said. Meanwhile Ms Bee said she hoped "that the people of the region would benefit '
        'from my work" asked about waiting lists, she said that waiting times were "only part '
        'of the picture".'
    ),
    # the speaker in what the cue reports is no antecedent: "she" is still Bee
    "told": (
        "The coach Tom Hart was sacked on Monday. Player Ann Bee spoke about the decision. "
        "Hart told her she was dropped, she said."
    ),
    # "E Lune", tagged as a body, says "I": the "He" after it is Lune, not the gamer
    "blog": (
        "Online games can take over lives. Gamer Sam Ruiz played for ten hours a day, he "
        'admits. E Lune, writing in the culture blog Paper Trail, said recently: "I used to '
        'play the game a lot." He says that such behaviour "was not that unusual".'
    ),
    # prompted "to say": the prime minister is the subject of the saying, not the police chief
    "prompted": (
        "Talks on the budget went on late into the night. The pressure prompted Prime "
        "Minister Tom Hart to say the plan would be reviewed. Police chief Sam Cole later "
        "backed the review. The pressure then prompted the prime minister to say the plan "
        'would change. He told MPs: "We will listen."'
    ),
    "opposition": (
        "Unemployment rose again in March. The opposition also made political capital from "
        "the figures. It said there are a further two million people looking for jobs. "
        "Opposition to the plan grew."
    ),
    "shares": (
        "Food prices kept rising in the spring. Shares in Apex Foods rose 5% on Monday after "
        "it said profits had doubled."
    ),
    # three bodies own the shares: no one "it"
    "many": (
        "Markets were calm on Monday. Shares in Apex Foods, Bolt Group and Cray Mills fell "
        "after it said prices would rise."
    ),
    # a quoted paragraph left open after narration: the next paragraph names its speaker
    "next": (
        "Sam Stone runs the arts programme at the council. Businesses want to give people "
        "reasons to use the new network. The creative drive is not purely altruistic.\n\n"
        '"What we are trying to do is have outside-in thinking.\n\n'
        '"We are creating a future for the economy," said Mr Stone.'
    ),
    # after a quotation by Wood the bare quotation goes on with her, not the next speaker
    "after": (
        "The club named its new manager on Friday.\n\n"
        '"It is a great day for us," said chairwoman Ruth Wood.\n\n'
        '"We waited a long time for this.\n\n'
        '"I am proud to be here," said the new manager, Dan Kerr.'
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "kind"),
    [
        ("same", "Meanwhile Ms Bee said", "Ann Bee", "indirect"),
        ("told", "Hart told her she was dropped", "Ann Bee", "indirect"),
        ("blog", "He says that such behaviour", "E Lune", "indirect"),
        ("prompted", "He told MPs", "Tom Hart", "direct"),
        ("opposition", "It said there are", "opposition", "indirect"),
        ("shares", "Shares in Apex Foods rose", "Apex Foods", "indirect"),
        ("next", "outside-in thinking", "Sam Stone", "direct"),
        ("after", "We waited a long time", "Ruth Wood", "direct"),
    ],
)
def test_pronoun_and_carried_over_speakers(df, article, snippet, speaker, kind):
    row = sentence(df, snippet, article)
    assert (row["speaker"], row["speaker_type"]) == (speaker, kind)


@pytest.mark.parametrize(
    ("article", "snippet"),
    [
        ("opposition", "Opposition to the plan grew"),
        ("opposition", "made political capital"),
        ("many", "Shares in Apex Foods, Bolt Group"),
    ],
)
def test_narration_stays_narration(df, article, snippet):
    row = sentence(df, snippet, article)
    assert narration(row)


def _span_text(df, article, snippet):
    return spoken(sentence(df, snippet, article))


def test_spans_of_the_carried_statements(df):
    assert _span_text(df, "opposition", "It said there are") == [
        "there are a further two million people looking for jobs"
    ]
    assert _span_text(df, "next", "outside-in thinking") == [
        "What we are trying to do is have outside-in thinking."
    ]
    assert _span_text(df, "shares", "Shares in Apex Foods rose") == ["profits had doubled"]


def _sent(words, deps, heads, pos):
    n = len(words)
    return _Sent(
        text=words,
        lower=[w.lower() for w in words],
        lemma=[w.lower() for w in words],
        pos=pos,
        tag=["NN"] * n,
        dep=deps,
        head=heads,
        ent=["B-PERSON"] + ["O"] * (n - 1),
        quoted=[False] * n,
        start=list(range(n)),
    )


def test_a_name_set_off_before_its_description_is_the_subject():
    # "Finch, the first woman to win, will face Park." parsed with "woman" the subject and
    # "Finch" a modifier of the verb
    words = ["Finch", ",", "the", "first", "woman", "to", "win", ",", "will", "face", "Park"]
    deps = ["npadvmod", "punct", "det", "amod", "nsubj", "aux", "relcl", "punct", "aux"]
    deps += ["ROOT", "dobj"]
    heads = [9, 9, 4, 4, 9, 6, 4, 9, 9, 9, 9]
    pos = ["PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PART", "VERB", "PUNCT", "AUX", "VERB"]
    pos += ["PROPN"]
    assert _set_off_subject(_sent(words, deps, heads, pos), 0, 1) == 2
    # a name set off as a modifier with no description after it is no subject
    words2 = ["Finch", ",", "she", "will", "face", "Park"]
    deps2 = ["npadvmod", "punct", "nsubj", "aux", "ROOT", "dobj"]
    pos2 = ["PROPN", "PUNCT", "PRON", "AUX", "VERB", "PROPN"]
    assert _set_off_subject(_sent(words2, deps2, [4, 4, 4, 4, 4, 4], pos2), 0, 1) == 0
