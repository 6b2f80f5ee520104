"""Figures, data and statistics with their maker as sources (round 12): the guide's "Figures
and data" name the count as written with its maker ("Harbour Authority figures", "Council of
Home Lenders data"), however the maker is attached ("figures from X", "data released by X",
"statistics by research firm X", "official data from X"); a count that shows a measure
with an amount ("showed exports down 2.3%", "show unemployment at 4.7%") states a finding;
"the numbers" or "the figures" after such a count are that count. Near misses stay as they
were: a count nobody made ("Figures show ...", "The statistics suggest ..." with no maker
before), a count owned by a body described ("the bank's own figures") and a film or video
that shows something. "It said" after such a count is its maker, not the count. A survey's
answers told as what a share of those asked said ("According to X, 29% of the people it
questioned said ...", "In the X survey, 47% said ...") are the survey's, while a named
person or a counted group ("20 players said") keeps its own cue, and "In the survey" with
no maker or "In the X survey" with no cue stays as it was."""

from __future__ import annotations

import pytest
from conftest import attributed, narration, sentence, spoken


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "trade": (
                "Port trade slows\n\n"
                "Figures from the Harbour Authority for March showed exports down 3.1% to £9bn. "
                "But the numbers suggested the weaker pound had done little for trade. "
                "Official data from the National Prices Bureau show inflation at 2.9%. "
                "Separate figures released by the Freight Users Council showed that haulage "
                "costs rose by a fifth."
            ),
            "homes": (
                "Lending dips\n\n"
                "Data from the Council of Home Lenders showed lending fell to £20bn in May. "
                "Statistics by web ranking firm Clickmeter reveal that few readers visit blogs. "
                "The bank's own figures showed profits 5% higher. "
                "Figures show exports down 2% this year."
            ),
            "texts": (
                "Texts soar\n\n"
                "Figures collected by the Mobile Messaging Group showed that two billion texts "
                "were sent in May. "
                "The total beat the group's own forecasts, it said."
            ),
            "shares": (
                "Gadget fears\n\n"
                "According to Norbury Research, 29% of the people it questioned said they were "
                "afraid of gadgets. "
                "According to Ms Bee, the minister said the plan would fail. "
                "According to the club, 20 players said they were ill. "
                "In the Harbour survey, 47% said they backed the ban, with 26% against. "
                "In the Harbour survey, support fell sharply. "
                "In the survey, 40% said they ate out less."
            ),
            "printers": (
                "Print costs\n\n"
                "Printers are selling well. "
                "Sales are still enjoying a boom time, according to research from technology "
                "analysts Gartway. "
                "More than 60 million printers were sold last year, said the report."
            ),
            "pcs": (
                "PC boom\n\n"
                "PC ownership will double by 2010, according to a report by analysts Forbury "
                "Research. "
                "The growth will be driven by emerging markets, the report predicted. "
                "Cheap computers will dominate, Forbury said. "
                "The report comes a week after a big deal. "
                "The deal will make the firm the third biggest. "
                '"We will win," said Simon Yates, an analyst for Forbury. '
                '"Local makers will win," he said. '
                "There are 575 million PCs in use. "
                "Europe will add 150 million new PCs by 2010, according to the study."
            ),
            "tax": (
                "Tax warning\n\n"
                "The National Institute of Trade Research (NITR) says taxes must rise by £10bn. "
                "The NITR report says borrowing is too high."
            ),
            "cats": (
                "Cat sleep\n\n"
                "Researchers from Hale University found that cats sleep more. "
                "Owners are happy. Pets are well. Vets agree. Food is cheap. "
                "Most cats are fed twice a day, according to the study."
            ),
            "plain": (
                "Crime falls\n\n"
                "Thefts fell by a tenth last year. "
                "The statistics suggest crime is falling. "
                "The video showed the car up on the kerb. "
                "The new film shows prices down in the shops."
            ),
        }
    )


def assert_document(row, speaker, span):
    """The sentence is the document's reported statement, its span the words given."""
    assert (row["speaker"], row["speaker_type"], row["speaker_kind"]) == (
        speaker,
        "indirect",
        "document",
    )
    assert spoken(row) == [span]


@pytest.mark.parametrize(
    ("snippet", "speaker", "span"),
    [
        ("Figures from the Harbour", "Harbour Authority figures", "exports down 3.1% to £9bn"),
        (
            "the numbers suggested",
            "Harbour Authority figures",
            "the weaker pound had done little for trade",
        ),
        ("Official data from", "National Prices Bureau data", "inflation at 2.9%"),
        ("Freight Users", "Freight Users Council figures", "haulage costs rose by a fifth"),
        ("Data from the Council", "Council of Home Lenders data", "lending fell to £20bn in May"),
        ("Clickmeter reveal", "Clickmeter statistics", "few readers visit blogs"),
    ],
)
def test_counts_with_their_maker(df, snippet, speaker, span):
    assert_document(sentence(df, snippet), speaker, span)


@pytest.mark.parametrize(
    "snippet",
    [
        "The bank's own figures",
        "Figures show exports down",
        "The statistics suggest",
        "The video showed",
        "The new film shows",
    ],
)
def test_counts_nobody_made_stay_narration(df, snippet):
    assert narration(sentence(df, snippet))


@pytest.mark.parametrize(
    ("snippet", "speaker", "kind", "span"),
    [
        (
            "it said",
            "Mobile Messaging Group",
            "organisation",
            "The total beat the group's own forecasts",
        ),
        (
            "29% of the people",
            "Norbury Research",
            "organisation",
            "29% of the people it questioned said they were afraid of gadgets",
        ),
        (
            "47% said",
            "Harbour survey",
            "document",
            "47% said they backed the ban, with 26% against",
        ),
    ],
)
def test_survey_answers_and_its_maker(df, snippet, speaker, kind, span):
    row = sentence(df, snippet)
    assert (row["speaker"], row["speaker_type"], row["speaker_kind"]) == (
        speaker,
        "indirect",
        kind,
    )
    assert spoken(row) == [span]


@pytest.mark.parametrize(
    ("snippet", "speaker"),
    [("the minister said", "minister"), ("20 players said", "players")],
)
def test_a_speaker_of_its_own_keeps_its_cue(df, snippet, speaker):
    row = sentence(df, snippet)
    assert (row["speaker"], row["speaker_type"]) == (speaker, "indirect")


@pytest.mark.parametrize("snippet", ["support fell sharply", "40% said they ate out less"])
def test_survey_openings_without_answers_or_maker_stay(df, snippet):
    assert narration(sentence(df, snippet))


@pytest.mark.parametrize(
    ("snippet", "speaker", "span"),
    [
        ("technology analysts", "Gartway", "Sales are still enjoying a boom time"),
        ("said the report", "Gartway", "More than 60 million printers were sold last year"),
        ("150 million new PCs", "Forbury Research", "Europe will add 150 million new PCs by 2010"),
        ("The NITR report", "National Institute of Trade Research report", "borrowing is too high"),
        ("Most cats are fed", "study", "Most cats are fed twice a day"),
    ],
)
def test_studies_named_by_their_maker(df, snippet, speaker, span):
    assert_document(sentence(df, snippet), speaker, span)
