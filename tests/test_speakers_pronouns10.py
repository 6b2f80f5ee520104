"""Pronouns and carried quotes (round 10): who a "he said" or "she said" goes on with when
a second person has just come into the story. The person the sentence before introduces
as who holds a role ("The scheme's chief engineer is Sam Cole.") speaks next; so does the
subject of a clause joined after the speaker's own ("Hart said ..., but union leader Sam
Cole rejected his comments."); among several people named together as the subject, the
one who spoke just before goes on ("Tom Reed says ... / Reed, Sam Cole and Dan Price all
won gold ..."); a surname alone as the subject of a passive verb ("Reed, who won the
title, is now set to miss ...") is that person again; after narration about whom the last
speaker reported on ("Dwyer warned that Burger needed a rest. / Burger, 21, has struggled."),
a quotation that speaks of "his" first year is the reporter's. Not someone the speaker only names
in their own clause ("when Sam Cole argued"), nor a person a negated "is not" names."""

from __future__ import annotations

import pytest
from conftest import attributed, narration, sentence, spoken

TEXTS = {
    # a new person introduced as who holds a role: the quotation after is theirs
    "engineer": (
        "The council met on Monday to discuss the bypass. Council leader Tom Hart said the "
        'road would be built. "It will open next year," he said. The scheme\'s chief '
        'engineer is Sam Cole. "The ground is harder than we thought," he said.'
    ),
    "inquiry": (
        "Ministers ordered an inquiry into the crash. Transport Secretary Ann Bee said it "
        'would report by the summer. "Families deserve answers," she said. The head of the '
        'inquiry will be Kate Lowe. "We will start work in May," she told reporters.'
    ),
    "winner": (
        "The prize was handed out in London on Friday night. Judge Paul Reed said the "
        'shortlist was the strongest for years. "It was a hard choice," he said. The '
        'winner was Dan Price. "I did not expect this at all," he said.'
    ),
    # negated: no one introduced, the speaker goes on
    "not": (
        "The council met on Monday to discuss the bypass. Council leader Tom Hart said the "
        "road would be built. The engineer in charge is not Sam Cole. "
        '"The ground is harder than we thought," he said.'
    ),
    # the subject of a clause after the speaker's, joined with "but" or "while"
    "but": (
        "The courts at the open have been criticised. Tom Hart said he had had enough of "
        "the slow surface, but tournament director Sam Cole rejected his comments. "
        '"We made it faster this year," he said.'
    ),
    "while": (
        "The vote on the budget was delayed again. Finance minister Ann Bee said the plan "
        "was sound, while opposition leader Kate Lowe called it a disaster. "
        '"It will cost every family dearly," she said.'
    ),
    # the other person is named only in a clause inside the speaker's: the speaker goes on
    "when": (
        "The home secretary defended the plan on Monday. Tom Hart said he had supported "
        "the plan when Sam Cole argued for it in cabinet. "
        '"It is a fair scheme," he said.'
    ),
    # named together as the subject: the one who spoke just before goes on
    "relay": (
        "Tom Reed says the medal shows how far the team has come. Reed, Sam Cole and Dan "
        'Price all won gold in the relay. "I think this shows what we did last year," he '
        "said."
    ),
    # no one of them spoke before: the latest named, as before
    "relay_new": (
        "The relay team flew home on Monday. Sam Cole and Dan Price both won gold in the "
        'relay. "I think this shows what we did last year," he said.'
    ),
    # the narration before is about whom the speaker reported on, the quote speaks of "his"
    "rest": (
        "The tour ended with a heavy defeat. After the match, coach Bob Dwyer warned that "
        "flanker Sam Burger needed a proper rest. Burger, 21, was named player of the year "
        'but has struggled for form. "It is his first year at this level," he said.'
    ),
    # no one reported on her: the subject of the narration speaks, whoever her quote names
    "final": (
        'Ann Bee won the final in straight sets. "I played my best," said Bee. Kate Lowe, '
        '24, was disappointed with her display. "She played well, but I made too many '
        'errors," she said.'
    ),
    # a surname alone as the subject of a passive verb is that person again
    "ban": (
        "Tom Reed says he will appeal against the ban. The world number 40 failed a test "
        'in May. "I have done nothing wrong," the 27-year-old Briton said in a statement. '
        "Reed, who won the title last year, is now set to miss the start of the season. "
        'He said: "A ban would end my year."'
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker"),
    [
        ("engineer", "The ground is harder", "Sam Cole"),
        ("engineer", "It will open next year", "Tom Hart"),
        ("inquiry", "We will start work in May", "Kate Lowe"),
        ("inquiry", "Families deserve answers", "Ann Bee"),
        ("winner", "I did not expect this", "Dan Price"),
        ("not", "The ground is harder", "Tom Hart"),
        ("but", "We made it faster", "Sam Cole"),
        ("while", "It will cost every family", "Kate Lowe"),
        ("when", "It is a fair scheme", "Tom Hart"),
        ("relay", "I think this shows", "Tom Reed"),
        ("relay_new", "I think this shows", "Dan Price"),
        ("ban", "A ban would end my year", "Tom Reed"),
        ("rest", "It is his first year", "Bob Dwyer"),
        ("final", "She played well", "Kate Lowe"),
    ],
)
def test_quote_after_second_person(df, article, snippet, speaker):
    row = sentence(df, snippet, article)
    assert (row["speaker"], row["speaker_type"]) == (speaker, "direct")
    opening = row["text"].index('"')
    assert spoken(row) == [row["text"][opening + 1 : row["text"].index('"', opening + 1)]]


@pytest.mark.parametrize(
    ("article", "snippet"),
    [
        ("engineer", "The scheme's chief engineer is Sam Cole"),
        ("not", "The engineer in charge is not Sam Cole"),
        ("relay", "all won gold"),
        ("ban", "is now set to miss"),
    ],
)
def test_introductions_stay_narration(df, article, snippet):
    row = sentence(df, snippet, article)
    assert narration(row)
