"""Reported speech the rules used to miss (round 10), by its grammar: a noun of saying with
its maker and content ("his allegation that ...", "an announcement by X that ...",
"complaints from MPs that ...", "made a prediction that ...", "Mr Bee's pledge to ..."), a
cue set off by commas inside the clause it reports ("The new rules, says Ms Bee, will cost
jobs."), an "as" clause of wording ("as Ms Bee put it", "as one analyst described
it") and "made it clear that ...". A noun of saying with no maker, one in a condition or a
purpose, "as they say" and "should make clear how ..." stay narration."""

from __future__ import annotations

import pytest
from conftest import attributed, narration, sentence, spoken


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "nouns": (
                "Vote row deepens\n\n"
                "Tom Green leads the opposition in the city council. "
                "Mr Green's claim that the vote was rigged was rejected by the court. "
                "Shares fell after an announcement by Acme Corp that it was cutting 500 jobs. "
                "The budget follows complaints from union leaders that the talks had stalled. "
                "Acme Corp made an announcement on Monday that it would close ten stores. "
                "Mr Green faces an inquiry into his allegation that the referee was paid. "
                "The vote fulfilled Mr Green's pledge to cut council tax. "
                "The warning from forecasters that storms would hit the coast came too late. "
                "Acme Corp has also voiced fears that the new tax will cost jobs."
            ),
            "plain": (
                "Tax plan stalls\n\n"
                "Tom Green leads the opposition in the city council. "
                "The claim that the vote was rigged was rejected by the court. "
                "If Mr Green keeps his promise to cut taxes, he will win the next vote. "
                "For his proposal to succeed, Mr Green needs the votes of two parties. "
                "It is a sign of the union's concern that its advice was ignored. "
                "Mr Green made no claim that the vote was rigged."
            ),
            "asides": (
                "Union split\n\n"
                "Ann Bee leads the Acme union. "
                "The new rules, says Ms Bee, will cost jobs. "
                "The only parts that would keep going, said the firm's lawyers, were the forums. "
                "The problem they face, said Ann Bee, head of the Acme union, is money. "
                "The rift is, as Ms Bee put it, a family row. "
                "As one analyst put it, the firm has run out of road. "
                "The deal, as Acme Corp described it, was a lifeline. "
                "Traffic ground to a halt - as Ms Bee put it on Monday - across the bridge. "
                "The vote \u2013 as Ms Bee described it \u2013 was a turning point. "
                'The plan was "a dead end", as the firm\'s lawyers called it.'
            ),
            "clear": (
                "Union plans\n\n"
                "Ann Bee leads the Acme union. "
                "Ms Bee made it clear that she would not resign. "
                "Acme Corp has made clear the plant will stay open. "
                "Ms Bee signed the deal but had already made it plain cuts were coming. "
                "The union made it known that it would strike in May. "
                "The council should make clear how it will pay for the plan. "
                "Ms Bee made the rules clear to new staff."
            ),
            "near": (
                "Weather turns\n\n"
                "Ann Bee leads the Acme union. "
                "The weather was, as they say, awful. "
                "Then, say analysts, prices fell sharply. "
                "Ms Bee, a spokeswoman for the union, told reporters, the talks had failed."
            ),
        }
    )


@pytest.mark.parametrize(
    ("snippet", "speaker", "spans"),
    [
        ("Mr Green's claim", "Tom Green", ["the vote was rigged"]),
        ("announcement by Acme", "Acme Corp", ["it was cutting 500 jobs"]),
        ("complaints from union", "union leaders", ["the talks had stalled"]),
        ("made an announcement", "Acme Corp", ["it would close ten stores"]),
        ("his allegation", "Tom Green", ["the referee was paid"]),
        ("pledge to cut", "Tom Green", ["to cut council tax"]),
        ("from forecasters", "forecasters", ["storms would hit the coast"]),
        ("voiced fears", "Acme Corp", ["the new tax will cost jobs"]),
        ("says Ms Bee", "Ann Bee", ["The new rules", "will cost jobs"]),
        ("said the firm's lawyers", "firm's lawyers", ["The only parts that would keep going",
                                              "were the forums"]),
        ("head of the Acme union", "Ann Bee", ["The problem they face", "is money"]),
        ("put it, a family row", "Ann Bee", ["The rift is", "a family row"]),
        ("one analyst", "one analyst", ["the firm has run out of road"]),
        ("Acme Corp described it", "Acme Corp", ["The deal", "was a lifeline"]),
        ("Traffic ground", "Ann Bee", ["Traffic ground to a halt", "across the bridge"]),
        ("turning point", "Ann Bee", ["The vote", "was a turning point"]),  # en dashes
        ("dead end", "firm's lawyers", ["a dead end"]),
        ("she would not resign", "Ann Bee", ["she would not resign"]),
        ("plant will stay open", "Acme Corp", ["the plant will stay open"]),
        ("cuts were coming", "Ann Bee", ["cuts were coming"]),
        ("made it known", "Acme union", ["it would strike in May"]),
    ],
)
def test_reported(df, snippet, speaker, spans):
    row = sentence(df, snippet)
    assert (row["speaker"], row["speaker_type"]) == (speaker, "indirect")
    assert spoken(row) == spans


@pytest.mark.parametrize(
    "snippet",
    [
        "The claim that the vote",  # a noun of saying with no maker
        "keeps his promise",  # a condition
        "For his proposal",  # a purpose
        "It is a sign",  # what the sign is: the clause put last
        "made no claim",  # nothing claimed
        "as they say",  # a saying, nobody's words
        "should make clear",  # not yet made clear, and a question
        "rules clear",  # nothing made known
    ],
)
def test_narration(df, snippet):
    row = sentence(df, snippet)
    assert narration(row)


def test_cue_after_an_opener_keeps_its_clause(df):
    """ "Then, say analysts, ...": the cue comes after an opener, not inside a subject's
    clause; its words are the clause after it, as before."""
    row = sentence(df, "say analysts")
    assert (row["speaker"], row["speaker_type"]) == ("analysts", "indirect")
    assert spoken(row) == ["prices fell sharply"]


def test_the_one_told_is_no_speaker(df):
    """ "X, a spokeswoman for Y, told reporters, ...": reporters were told; Ms Bee speaks."""
    row = sentence(df, "told reporters")
    assert row["speaker"] == "Ann Bee"
