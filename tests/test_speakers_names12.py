"""The right speaker under the article's own name form (round 12): a name keeps the marks
written inside it ("Nielsen/NetRatings"), a person is split from the party the tagger ran
into the name ("For the Lib Dems David Laws said"), a body is not lengthened to a branch or
a product that holds its name ("Labour" is no "Stevenage Labour", "the company" no "Apple
iPod"), a firm whose name starts with a verb-like word keeps it ("Ask Jeeves said"), an
acronym read with its "The" still finds its full name, and a group named by a common noun
keeps its words as written. Near-misses keep their longer names ("Mr Brown" is "Gordon
Brown", "the FCA" the "Financial Conduct Authority", "Sony Ericsson said" stays whole)."""

from __future__ import annotations

import pytest
from conftest import attributed, narration, sentence, spoken


@pytest.fixture(scope="module")
def df():
    return attributed(
        {
            "slash": (
                "More than 60 million people now use broadband at home, according to "
                "Nielsen/NetRatings. The figure was up from 40 million a year earlier, the firm "
                "said. Rolls-Royce said it had won an engine contract worth $1bn. "
                "Marks & Spencer said its sales had fallen by 3% in the last quarter."
            ),
            "party": (
                "The chancellor will deliver his budget on Wednesday. For the Lib Dems David "
                'Laws said: "The chancellor will boast about growth." For the Tories Ann Bee '
                'said: "Taxes have gone up." The Conservative Party said it would cut taxes.'
            ),
            "branch": (
                "Labour has been accused of breaking rules on phone canvassing. The complaint "
                "against Labour was made on Monday by a rival party. A Stevenage "
                "Labour newsletter explained how voters would be called. Labour says it avoids "
                "those on the opt-out list when phoning people."
            ),
            "product": (
                "Apple has reported record profits on the back of strong sales of its iPod "
                "music player. The Apple iPod now holds 65% of the market. The company said it "
                "had sold 4.5 million iPods in the quarter."
            ),
            "verbname": (
                "Shares in Ask Jeeves rose sharply on Tuesday. Ask Jeeves said revenue rose "
                "20% in the last three months of the year."
            ),
            "acronym": (
                "The International Labour Organisation (ILO) is studying the damage. The ILO "
                "estimated that 400,000 people have lost their jobs. The Financial Conduct "
                "Authority (FCA) has fined three banks. The FCA said the banks had failed "
                "customers."
            ),
            "group": (
                "The organisers of the first grand slam of 2005, which begins on 17 January, "
                "said the player had a problem with his visa."
            ),
            "brown": (
                "Gordon Brown delivered his budget on Wednesday. Mr Brown said the economy was "
                "strong and growing."
            ),
            "whole": (
                "Sony Ericsson has launched a new phone with a music player. Sony Ericsson said "
                "it expected strong sales in Europe."
            ),
        }
    )


def _check(df, art, snippet, speaker, kind, words):
    row = sentence(df, snippet, art)
    assert (row["speaker"], row["speaker_type"]) == (speaker, kind), row["text"]
    assert spoken(row) == words, spoken(row)


def test_marks_inside_a_name_are_kept_as_written(df):
    _check(
        df,
        "slash",
        "use broadband at home",
        "Nielsen/NetRatings",
        "indirect",
        ["More than 60 million people now use broadband at home"],
    )
    assert sentence(df, "the firm said", "slash")["speaker"] == "Nielsen/NetRatings"


@pytest.mark.parametrize(
    ("snippet", "speaker"),
    [("engine contract", "Rolls-Royce"), ("last quarter", "Marks & Spencer")],
)
def test_names_with_hyphens_and_ampersands_keep_their_form(df, snippet, speaker):
    assert sentence(df, snippet, "slash")["speaker"] == speaker


@pytest.mark.parametrize(
    ("snippet", "speaker", "words"),
    [
        ("boast about growth", "David Laws", ["The chancellor will boast about growth."]),
        ("Taxes have gone up", "Ann Bee", ["Taxes have gone up."]),
    ],
)
def test_a_person_is_split_from_the_party_run_into_the_name(df, snippet, speaker, words):
    _check(df, "party", snippet, speaker, "direct", words)


def test_a_party_with_more_of_its_own_name_stays_the_body(df):
    assert sentence(df, "cut taxes", "party")["speaker"] == "Conservative Party"


def test_a_body_is_no_branch_that_holds_its_name(df):
    _check(
        df,
        "branch",
        "opt-out list",
        "Labour",
        "indirect",
        ["it avoids those on the opt-out list when phoning people"],
    )


def test_the_company_is_the_body_not_its_product(df):
    _check(
        df,
        "product",
        "4.5 million iPods",
        "Apple",
        "indirect",
        ["it had sold 4.5 million iPods in the quarter"],
    )


def test_a_firm_named_with_a_verb_like_word_keeps_it(df):
    _check(
        df,
        "verbname",
        "revenue rose",
        "Ask Jeeves",
        "indirect",
        ["revenue rose 20% in the last three months of the year"],
    )


@pytest.mark.parametrize(
    ("snippet", "speaker"),
    [
        ("400,000 people", "International Labour Organisation"),
        ("failed customers", "Financial Conduct Authority"),
    ],
)
def test_an_acronym_with_its_article_finds_the_full_name(df, snippet, speaker):
    row = sentence(df, snippet, "acronym")
    assert (row["speaker"], row["speaker_type"]) == (speaker, "indirect")


def test_a_group_named_by_a_common_noun_keeps_its_words(df):
    row = sentence(df, "problem with his visa", "group")
    assert row["speaker"] == "organisers of the first grand slam of 2005"
    assert spoken(row) == ["the player had a problem with his visa"]


def test_a_surname_still_takes_the_full_name(df):
    assert sentence(df, "economy was", "brown")["speaker"] == "Gordon Brown"


def test_a_body_named_in_full_stays_whole(df):
    assert sentence(df, "strong sales", "whole")["speaker"] == "Sony Ericsson"


def test_narration_with_the_names_stays_narration(df):
    for art, snippet in [("branch", "newsletter explained"), ("product", "65% of the market")]:
        assert narration(sentence(df, snippet, art))


def test_a_name_in_another_article_is_no_fuller_name_of_a_body():
    """The cross-article merge gives a one-word speaker the only full name of the table
    that ends with it, but not a name that starts with a body's ("Sony Ericsson" of one
    story is no fuller "Ericsson" of another)."""
    table = attributed(
        {
            "venture": (
                "Sony Ericsson has launched a new phone. Sony Ericsson said it expected "
                "strong sales."
            ),
            "firm": (
                "Ericsson reported a rise in profits on Friday. \"Long-term growth drivers "
                'remain solid," Ericsson said in a statement.'
            ),
        }
    )
    assert sentence(table, "growth drivers", "firm")["speaker"] == "Ericsson"
    assert sentence(table, "strong sales", "venture")["speaker"] == "Sony Ericsson"
