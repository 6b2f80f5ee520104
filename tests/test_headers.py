"""Wire-story header rules (issue 12, "Silent losses"): a body sentence is never taken as a
header, and every common wire layout is read in any order. Most cases run on the rules
alone (no model); the end-to-end cases load the text and check the table."""

from __future__ import annotations

import pandas as pd
import pytest

import kit
from kit.sources import looks_like_headline, paragraphs, reads_as_prose, split_header

BODY = "She spoke for an hour. The police said the talks had gone well."
PLACES = {"Warsaw", "London", "Beijing", "New Delhi", "Us", "US"}  # "Us": GPE to the model


def is_place(name: str) -> bool:
    """What the loader's NER says of these names (checked in test_is_place_stand_in)."""
    return name in PLACES


def header(text: str):
    return split_header(text, paragraphs(text), is_place=is_place)


def first_body(text: str) -> str:
    h = header(text)
    return text[h.body[0].start : h.body[0].end]


def test_is_place_stand_in_agrees_with_the_model():
    nlp = kit.load_model()
    for name in ("Warsaw", "London", "Beijing", "New Delhi"):
        assert [e.label_ for e in nlp(name).ents] == ["GPE"], name
    assert [e.label_ for e in nlp("Nato").ents] != ["GPE"]


# --- a first sentence is not a headline -----------------------------------------------------


@pytest.mark.parametrize(
    "first",
    [
        "President Ann Lee pledged support for the police.\u200b",  # zero-width space
        "President Ann Lee pledged support for the police.\u200e",  # left-to-right mark
        "President Ann Lee pledged support for the police.\ufeff\u200f",  # BOM, RLM
        "Our officers did a wonderful job 👮",  # an emoji
        "Police thanked everyone who helped. 🙏",
        "The minister made three promises:",  # a colon introduces what follows
        "The law was passed in 2019 after a long debate[1]",  # a footnote marker
        "The law passed after a long debate.[1]",
        "Read the full statement at https://example.org/statement",  # a URL
        "Full statement on www.police.example",
        "President Ann Lee pledged support for the police on Tuesday",  # no final period
        "Two men were arrested after the raid",
        "The minister said the law would come into force in a year",
        "Police arrested two men. They were released on bail",  # two sentences
        "police chief backs new cyber unit",  # a headline starts with a capital
        "Police say the new cyber unit that the force set up last year with the help of a "
        "university has caught dozens of fraudsters",  # too long for a headline
    ],
)
def test_a_first_sentence_is_not_taken_as_the_title(first):
    text = f"{first}\n\n{BODY}"
    h = header(text)
    assert "title" not in h.fields
    assert h.fields["header_spans"] is None
    assert first_body(text) == first


@pytest.mark.parametrize(
    "headline",
    [
        "Police chief backs new cyber unit",
        "Xi pledges full support to Interpol",
        "Interpol Chief Vanishes On Trip To China",
        "UK to ban the sale of new petrol cars by 2030",
        "Gov. Lee signs cyber bill",
        "U.S. backs new Interpol chief",
        "‘We will not be silenced’",
        "Police chief backs new cyber unit\u200b",  # an invisible character does not hide it
        "Sella wants Michalak recall",
    ],
)
def test_a_headline_above_prose_is_the_title(headline):
    text = f"{headline}\n\n{BODY}"
    h = header(text)
    assert h.fields["title"] == headline.replace("\u200b", "")
    assert h.fields["header_spans"] == f"title=0:{len(headline)}"
    assert first_body(text) == BODY


def test_a_headline_must_stand_out_from_an_unpunctuated_body():
    text = "Police arrested two men\n\nNo charges were filed\n\nThe court freed them"
    h = header(text)
    assert "title" not in h.fields and first_body(text) == "Police arrested two men"


def test_a_rejected_headline_takes_the_lines_below_it_back_into_the_body():
    text = "PTI\n\nPolice arrest two\n\nBy Ann Lee\n\nNo charges\n\nNone filed"
    h = header(text)
    assert h.fields == {"source": "PTI", "header_spans": "source=0:3"}
    assert first_body(text) == "Police arrest two"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("He left.", True),
        ("He left.”", True),
        ("It ended in 2019.[1]", True),
        ("We won! 🎉", True),
        ("It ended. Then it began", True),
        ("Police chief quits", False),
        ("The minister made three promises:", False),
    ],
)
def test_reads_as_prose(line, expected):
    assert reads_as_prose(line) is expected


def test_looks_like_headline_needs_a_line_of_few_words():
    assert looks_like_headline(" ".join(["Police"] * 17))
    assert not looks_like_headline(" ".join(["Police"] * 18))


# --- datelines and bylines -------------------------------------------------------------------


@pytest.mark.parametrize(
    "opening", ["UPDATE: ", "US: ", "NATO - ", "BREAKING — ", "EXCLUSIVE: ", "WATCH - "]
)
def test_labels_and_acronyms_are_not_datelines(opening):
    text = f"{opening}{BODY}"
    h = header(text)
    assert "dateline" not in h.fields
    assert first_body(text) == text


@pytest.mark.parametrize(
    ("opening", "dateline"),
    [
        ("WARSAW - ", "WARSAW"),
        ("LONDON — ", "LONDON"),
        ("NEW DELHI: ", "NEW DELHI"),
        ("KYIV, March 3 - ", "KYIV"),  # a date makes it a dateline without the NER
        ("LYON (AFP) - ", "LYON"),  # so does a known agency
    ],
)
def test_inline_datelines_are_cut_off_the_first_paragraph(opening, dateline):
    h = header(f"{opening}{BODY}")
    assert h.fields["dateline"] == dateline
    assert first_body(f"{opening}{BODY}") == BODY


@pytest.mark.parametrize("line", ["By Tuesday", "By March 2025", "By The Way", "By then"])
def test_by_a_time_or_phrase_is_not_a_byline(line):
    text = f"{line}\n\n{BODY}"
    assert "byline" not in header(text).fields


@pytest.mark.parametrize(
    ("line", "byline"),
    [("By Maria Keller", "Maria Keller"), ("By Ann Lee and Sam Jones", "Ann Lee and Sam Jones")],
)
def test_bylines(line, byline):
    assert header(f"Police chief quits\n\n{line}\n\n{BODY}").fields["byline"] == byline


# --- whole layouts, in any order ---------------------------------------------------------------

WARSAW = (
    "Reuters\n\nPolish police arrest two in cyber raid\n\nBy Maria Keller\n\n"
    f"WARSAW (Reuters) - Polish police arrested two men. {BODY}"
)


def test_agency_headline_byline_and_inline_dateline():
    h = header(WARSAW)
    assert h.fields == {
        "source": "Reuters",
        "title": "Polish police arrest two in cyber raid",
        "byline": "Maria Keller",
        "dateline": "WARSAW",
        "header_spans": "source=0:7, title=9:47, byline=49:64, dateline=66:84",
    }
    assert WARSAW[66:84] == "WARSAW (Reuters) -"
    assert first_body(WARSAW).startswith("Polish police arrested two men.")


@pytest.mark.parametrize(
    "lines",
    [
        ["Police chief backs new cyber unit", "By Ann Lee", "PTI", "Beijing"],
        ["By Ann Lee", "Police chief backs new cyber unit", "Beijing, Nov 26 (PTI)"],
        ["PTI", "Beijing", "Police chief backs new cyber unit", "By Ann Lee"],
    ],
)
def test_header_lines_in_any_order(lines):
    text = "\n\n".join([*lines, BODY])
    h = header(text)
    assert h.fields["title"] == "Police chief backs new cyber unit"
    assert h.fields["byline"] == "Ann Lee"
    assert h.fields["source"] == "PTI" and h.fields["dateline"] == "Beijing"
    assert first_body(text) == BODY
    for _, start, end in h.spans:  # each span is the line it came from
        assert text[start:end] in lines


def test_a_second_headline_like_line_ends_the_header():
    text = f"Police chief quits\n\nCity names new head\n\n{BODY}"
    h = header(text)
    assert h.fields["title"] == "Police chief quits"
    assert first_body(text) == "City names new head"


# --- end to end: the sentence table shows what was taken ----------------------------------------


def test_the_warsaw_layout_in_the_table():
    df = kit.load_text(WARSAW)
    row = df.iloc[0]
    assert (row.source, row.title, row.byline, row.dateline) == (
        "Reuters",
        "Polish police arrest two in cyber raid",
        "Maria Keller",
        "WARSAW",
    )
    assert row.text == "Polish police arrested two men."
    assert row.start_char == WARSAW.index("Polish police arrested")
    assert not df["text"].str.contains("Maria Keller|WARSAW").any()
    assert row.header_spans == "source=0:7, title=9:47, byline=49:64, dateline=66:84"


@pytest.mark.parametrize("opening", ["UPDATE: ", "US: ", "NATO - "])
def test_labels_stay_in_the_sentence_with_the_real_model(opening):
    df = kit.load_text(f"{opening}{BODY}")
    assert pd.isna(df["dateline"].iloc[0])
    assert df["text"].iloc[0].startswith(opening.strip())


def test_the_bundled_article_keeps_its_header(article):
    assert set(article["source"]) == {"PTI"} and set(article["dateline"]) == {"Beijing"}
    assert len(article) == 19
    assert article["text"].iloc[0].startswith("President Xi Jinping Tuesday pledged")
    assert set(article["header_spans"]) == {"source=0:3, dateline=5:12"}
    text = kit.article_text(article)
    assert (text[0:3], text[5:12]) == ("PTI", "Beijing")


def test_headers_false_takes_nothing():
    df = kit.load_text(WARSAW, headers=False)
    assert df["text"].iloc[0] == "Reuters"
    assert "header_spans" not in df.columns


@pytest.mark.parametrize("text", ["WARSAW (Reuters) -", "WARSAW (Reuters) - …", "LONDON — !"])
def test_a_dateline_with_no_words_after_it_is_left_alone(text):
    h = header(text)
    assert "dateline" not in h.fields and first_body(text) == text
