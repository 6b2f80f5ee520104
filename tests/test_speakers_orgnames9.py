"""One body, one name (round 9), on made-up news text: a body credited by a short form of
its name ("Kelvar" of "Kelvar Energy"), by its initials ("NTC" of "Northern Trade
Council", "B&L" of "Baxter & Lowe") or by a name cut at "of" or "and" takes the fullest
name the article writes for it; a short form that fits two bodies, or a longer name first
written after the short form, leaves the speaker as written; a rank or honour after a
person's name ("Judge Ann Bellamy, QC told") is no speaker of its own."""

from __future__ import annotations

import pytest
from conftest import attributed, narration, sentence

TEXTS = {
    "short": (
        "Shares in Kelvar Energy rose 5% on Monday after the firm found more gas. "
        "Kelvar said on Monday that output at its northern field had doubled."
    ),
    "initials": (
        "Finance ministers of the Northern Trade Council met in Oslo on Friday. "
        "The NTC said the new tariff would take effect in May."
    ),
    "ampersand": (
        "Profits at lender Baxter & Lowe fell by a fifth last year. "
        "B&L said demand for mortgages had slowed sharply."
    ),
    "cut": (
        "A poll by the Hollis Media and Public Life Project was published on Tuesday. "
        "Hollis Media said most adults now read news online."
    ),
    "two": (
        "Talbot Energy said on Monday it would cut 300 jobs, and Talbot Bank said it would "
        "close 20 branches. Talbot said trading had been difficult."
    ),
    "later": (
        "Glenmore said sales of its phones had risen by a third. "
        "The firm also owns the studio Glenmore Pictures, which made three films last year."
    ),
    "pair": (
        "Cable firms Northlink and Telecast Media Ltd both cut their prices on Monday. "
        "Northlink said more homes would now sign up for fast broadband."
    ),
    "honour": (
        "A council election was declared void on Monday. "
        "Deputy Judge Ann Bellamy, QC told the hearing the fraud had been widespread."
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker"),
    [
        ("short", "Kelvar said on Monday", "Kelvar Energy"),
        ("initials", "The NTC said", "Northern Trade Council"),
        ("ampersand", "B&L said demand", "Baxter & Lowe"),
        ("cut", "Hollis Media said", "Hollis Media and Public Life Project"),
    ],
)
def test_short_form_takes_the_full_name(df, article, snippet, speaker):
    row = sentence(df, snippet, article)
    assert row["speaker"] == speaker
    assert row["speaker_type"] == "indirect"
    assert row["speaker_kind"] == "organisation"


def test_span_of_a_short_form_statement(df):
    row = sentence(df, "The NTC said", "initials")
    text = TEXTS["initials"]
    clause = "the new tariff would take effect in May"
    start = text.index(clause)
    assert [list(p) for p in row["speech_spans"]] == [[start, start + len(clause)]]


@pytest.mark.parametrize(
    ("article", "snippet", "speaker"),
    [
        ("two", "Talbot said trading", "Talbot"),  # two bodies fit: neither
        ("later", "Glenmore said sales", "Glenmore"),  # the longer name comes only after
        ("pair", "Northlink said more homes", "Northlink"),  # two firms, not one name
    ],
)
def test_short_form_kept_when_the_full_name_is_not_sure(df, article, snippet, speaker):
    row = sentence(df, snippet, article)
    assert row["speaker"] == speaker
    assert row["speaker_type"] == "indirect"


def test_honour_after_a_name_is_the_persons(df):
    row = sentence(df, "Ann Bellamy, QC told", "honour")
    assert row["speaker"] == "Ann Bellamy"
    assert row["speaker_type"] == "indirect"
    assert row["speaker_kind"] == "person"
    text = TEXTS["honour"]
    clause = "the fraud had been widespread"
    start = text.index(clause)
    assert [list(p) for p in row["speech_spans"]] == [[start, start + len(clause)]]


def test_narration_naming_a_short_form_stays_narration(df):
    row = sentence(df, "Shares in Kelvar Energy", "short")
    assert narration(row)
    assert sentence(df, "Finance ministers of", "initials")["speaker_type"] is None
