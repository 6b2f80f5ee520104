"""Speech whose content is a noun phrase (issue 13, speakers_guide.md: speech with no
content is narration, content that names something is a statement), on made-up news text:
an intention with what is intended, a measure with what it applies to, a request with
what is asked and a claim cited with what it is about are statements whose span is the
phrase; the bare noun, a decision referred back to, a product, a document request, a source
cited and the background of a time clause are not."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import narration, sentence

import kit

# One sentence a paragraph; no sentence refers to another.
TEXT = """Harwood Foods announced plans to close 14 of its bakeries.

Marlow Airways stated its intention to leave the Brazilian market by 2030.

Prime Minister Olga Brandt publicly declared her intent to raise the pension age.

Senator Paul Okafor announced the end of his campaign on Thursday.

The two brewers announced their agreement over merging their distribution arms.

The Transport Ministry announced new restrictions on flights to Minsk.

The government of Tonga announced five days of mourning.

His brother made public requests for help in paying the legal costs.

The nurses' union renewed calls for an inquiry into staffing levels.

Northfield Police issued an appeal for witnesses to the collision.

Lakeside Mining filed in court its intent to appeal the verdict.

Senator Rosa Diaz signalled her intention of standing again, but later changed her mind.

Health Minister Tom Reyes cited the risks of vaping to teenagers.

The mayor criticised the plan.

Councillor Ben Ward thanked his supporters.

The governor announced the measure on Monday.

The cabinet met at noon and the council announced the decision that evening.

Vantor Electronics announced a new tablet with a larger screen.

The committee issued a deposition request for the ambassador.

The regional governor declared a state of emergency.

When Lorna Pike announced plans to retire, the club began its search for a successor.

The company has not announced any plans to sell the site.

Plans to close the depot were announced last week.

Party officials cited the Supreme Court ruling on herbal remedies.

Senator Ann Cole voted against the bill, citing the cost of the scheme.
"""

EXPECTED = {
    # an intention with what is intended
    "announced plans to close 14": (
        "Harwood Foods",
        ["plans to close 14 of its bakeries"],
    ),
    "stated its intention": (
        "Marlow Airways",
        ["its intention to leave the Brazilian market by 2030"],
    ),
    "declared her intent": ("Olga Brandt", ["her intent to raise the pension age"]),
    "agreement over merging": (
        "brewers",
        ["their agreement over merging their distribution arms"],
    ),
    "filed in court": ("Lakeside Mining", ["its intent to appeal the verdict"]),
    # a verb that goes on with the story after "but" is the reporter's
    "signalled her intention": ("Rosa Diaz", ["her intention of standing again"]),
    # a measure or an end with what it applies to, without the reporter's time
    "the end of his campaign": ("Paul Okafor", ["the end of his campaign"]),
    "new restrictions on flights": (
        "Transport Ministry",
        ["new restrictions on flights to Minsk"],
    ),
    "five days of mourning": (None, ["five days of mourning"]),
    # a request with what is asked
    "made public requests": (None, ["public requests for help in paying the legal costs"]),
    "renewed calls": (None, ["calls for an inquiry into staffing levels"]),
    "issued an appeal": ("Northfield Police", ["an appeal for witnesses to the collision"]),
    # a claim cited with what it is about
    "cited the risks": ("Tom Reyes", ["the risks of vaping to teenagers"]),
}

NARRATION = [
    "criticised the plan",  # speech with no content
    "thanked his supporters",
    "announced the measure",  # the bare noun
    "announced the decision",  # a decision referred back to
    "announced a new tablet",  # a product
    "deposition request",  # a document
    "declared a state of emergency",  # an act, not what someone said
    "When Lorna Pike",  # the background of a time clause
    "has not announced",  # negated
    "were announced last week",  # a passive with nobody who announced
    "cited the Supreme Court ruling",  # a source cited, not a claim
    "citing the cost",  # a reason in a participle clause: the reporter's
]


@pytest.fixture(scope="module")
def said() -> pd.DataFrame:
    return kit.attribute_speakers(kit.load_text(TEXT, article_id="made-up", headers=False))


@pytest.mark.parametrize("snippet", list(EXPECTED))
def test_a_noun_phrase_with_its_content_is_reported_speech(said, snippet):
    row = sentence(said, snippet)
    speaker, spans = EXPECTED[snippet]
    assert row["speaker_type"] == "indirect"
    if speaker is not None:  # the name itself is the resolver's business
        assert row["speaker"] == speaker
    else:
        assert isinstance(row["speaker"], str) and row["speaker"]
    text = said.attrs["articles"]["made-up"]["text"]
    assert [text[a:b] for a, b in row["speech_spans"]] == spans


@pytest.mark.parametrize("snippet", NARRATION)
def test_speech_without_content_stays_narration(said, snippet):
    row = sentence(said, snippet)
    assert narration(row)
