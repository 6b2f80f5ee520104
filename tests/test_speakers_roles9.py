"""Descriptions that refer back to a person or body the article named: "the archbishop" for
"archbishop Monsenor Ann Bee", "the industry newspaper" for the newspaper cited before, "the
former teacher" for the person the sentence before is about, and "a judge" for the judge the
next sentence names; a description with nobody to refer to stays as written."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import attributed, sentence, spoken

ARTICLES = {
    "paper": (
        "Director Tom Rudd is in talks to make a new horror film, according to the Leeds "
        "Courier. The film-maker will meet executives this week. "
        "According to the industry newspaper, the studio had tried to make another sequel."
    ),
    "own_site": (
        "Director Tom Rudd is in talks to make a new horror film, according to the Leeds "
        "Courier. The film-maker will meet executives this week. "
        "Some 80 million people use the service, according to the phone firm's website."
    ),
    "teacher": (
        "Party candidate resigns. Martin Okoye, who had been chosen to fight the Eastfield "
        "seat, quit after reports that he attended a rally. "
        "The former teacher confirmed he had attended the rally."
    ),
    "unnamed_teacher": (
        "A teacher at Eastfield school was suspended. Martin Okoye, who chairs the "
        "governors, quit after reports that he attended a rally. "
        "The former teacher confirmed he had attended the rally."
    ),
    "lawyer": (
        "Martin Okoye died in custody in 2003. His family took the case to court. "
        "The family's lawyer argued that the inquiry had failed."
    ),
    "judge": (
        "Ministers want longer opening hours for pubs. "
        "This week a judge claimed late drinking was making town centres unsafe. "
        "Judge Peter Arkwright made his remarks as he sentenced three men."
    ),
    "spokesman": (
        "Ministers want longer opening hours for pubs. "
        "A spokesman said the plan would cut crime. "
        "Liberal Democrat spokesman Peter Arkwright said the plan was flawed."
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(ARTICLES)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "words"),
    [
        (
            "paper",
            "According to the industry",
            "Leeds Courier",
            "the studio had tried to make another sequel",
        ),
        ("teacher", "The former teacher", "Martin Okoye", "he had attended the rally"),
        (
            "judge",
            "a judge claimed",
            "Peter Arkwright",
            "late drinking was making town centres unsafe",
        ),
    ],
)
def test_description_takes_the_one_named(df, article, snippet, speaker, words):
    row = sentence(df, snippet, article)
    assert (row["speaker"], row["speaker_type"]) == (speaker, "indirect")
    assert spoken(row) == [words]


@pytest.mark.parametrize(
    ("article", "snippet", "speaker"),
    [
        ("own_site", "according to the phone firm", "phone firm website"),  # the firm's own
        ("unnamed_teacher", "The former teacher", "former teacher"),  # the unnamed teacher
        ("lawyer", "The family's lawyer", "family's lawyer"),  # not the man who died
        ("spokesman", "A spokesman said", "spokesman"),  # another party's spokesman after
    ],
)
def test_description_with_nobody_to_refer_to_stays(df, article, snippet, speaker):
    row = sentence(df, snippet, article)
    assert row["speaker_type"] == "indirect"
    assert row["speaker"] == speaker


DESCRIBED = {
    "secretary": (
        "The Reform League's Anil Bhandara said the change was overdue. "
        "The political reform group's general secretary told Radio 4 there were outdated rules. "
        'Mr Bhandara added: "This is long overdue."'
    ),
    "archbishop": (
        "The proposals were criticised by archbishop Monsenor Luis Alberto Ferreyra. "
        'Calling it a "disgrace" the archbishop said "We need to pray."'
    ),
}


def _misread(df):
    """The parsed table with "Anil Bhandara" tagged a building and "Mr Bhandara" a place, as
    the tagger may misread a name."""
    df = df.copy()
    tags = []
    for toks, ents in zip(df["tok_text"], df["tok_ent"], strict=True):
        tags.append(list(ents))
        for k, w in enumerate(toks):
            if w == "Anil":
                tags[-1][k : k + 2] = ["B-FAC", "I-FAC"]
            elif w == "Bhandara" and toks[k - 1] == "Mr":
                tags[-1][k] = "B-GPE"
    df["tok_ent"] = pd.Series(tags, index=df.index, dtype=df["tok_ent"].dtype)
    return df


@pytest.fixture(scope="module")
def parsed():
    import pandas as pd

    import kit

    table = pd.DataFrame({"id": list(DESCRIBED), "text": list(DESCRIBED.values())})
    return kit.load_corpus(table, id_column="id", progress=False, headers=False)


def test_owned_title_goes_to_the_person_of_that_body(parsed):
    import kit

    df = kit.attribute_speakers(parsed)
    row = sentence(df, "general secretary told", "secretary")
    assert (row["speaker"], row["speaker_type"], row["speaker_kind"]) == (
        "Anil Bhandara",
        "indirect",
        "person",
    )
    assert spoken(row) == ["there were outdated rules"]
    row = sentence(df, "the archbishop said", "archbishop")
    assert (row["speaker"], row["speaker_type"]) == ("Luis Alberto Ferreyra", "direct")
    assert spoken(row) == ["disgrace", "We need to pray."]


def test_honorific_makes_a_person_of_a_name_tagged_a_place(parsed):
    import kit

    df = _misread(parsed[parsed["article_id"] == "secretary"])
    out = kit.attribute_speakers(df)
    for snippet in ("Anil Bhandara said", "general secretary told", "Mr Bhandara added"):
        row = sentence(out, snippet)
        assert (row["speaker"], row["speaker_kind"]) == ("Anil Bhandara", "person"), snippet
