"""Names cut right (round 9), on made-up news text: two names a headline ran together
("coach Collins Andy Harper has ended ...") are two persons when the article names each
apart; a title's place the tagger ran into the name ("Prime Minister of India Vikram Rao
wrote", tagged "India Vikram Rao") is no part of it; a place after a body's comma ("Ann
Bee of the University of California, Los Angeles disagreed") is not the speaker; the name
cited by "according to" before a comma left out is the speaker; a comma the tagger ran
into a name and a building named after someone are no part of a person's name. A real
name of three words keeps them all."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from conftest import attributed, narration, sentence, spoken

TEXTS = {
    "coach": (
        "Harper splits from coach Collins Andy Harper has ended an 18-month association "
        "with coach Brad Collins which yielded the Tarn Open title. "
        "Harper hired Collins after a poor season. "
        '"It was time for a change," said Harper. '
        "Harper won 80 of his 97 matches while working with Collins, and said he had "
        "enjoyed their time together."
    ),
    "three": (
        "Carla Jean Ross was sworn in as mayor on Monday. "
        "Carla, as friends call her, grew up in the town. "
        "Ross said she would cut parking charges."
    ),
    "place": (
        "Floods hit India on Monday, and the poet Lata Bose died in Delhi. "
        "Current Prime Minister of India Vikram Rao wrote, "
        '"India grieves the passing away of a great singer."'
    ),
    "nocomma": (
        "A team led by Dr Mira Lund studied the bones of 40 birds. "
        "While some ancient writers made passing mention of feeding fish to the birds, "
        "according to Lund archaeologists have not yet turned up any breeding sites."
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "type_"),
    [
        ("coach", "said Harper", "Andy Harper", "direct"),
        ("coach", "and said he had enjoyed", "Andy Harper", "indirect"),
        ("three", "Ross said she", "Carla Jean Ross", "indirect"),
        ("place", "Vikram Rao wrote", "Vikram Rao", "direct"),
        ("nocomma", "according to Lund", "Mira Lund", "indirect"),
    ],
)
def test_names_cut_right(df, article, snippet, speaker, type_):
    row = sentence(df, snippet, article)
    assert row["speaker"] == speaker
    assert row["speaker_type"] == type_


def test_spans_of_cut_names(df):
    assert spoken(sentence(df, "Vikram Rao wrote", "place")) == [
        "India grieves the passing away of a great singer."
    ]
    assert spoken(sentence(df, "according to Lund", "nocomma")) == [
        "archaeologists have not yet turned up any breeding sites"
    ]
    assert spoken(sentence(df, "said Harper", "coach")) == ["It was time for a change,"]


def test_narration_stays(df):
    row = sentence(df, "Carla, as friends call her", "three")
    assert narration(row)


def test_run_together_names_split_only_on_evidence():
    from kit.speakers._names import _Names

    names = _Names()
    for words in (["Farla", "Enz", "Venna", "Kross"], ["Farla", "Enz"], ["Kross"]):
        names.add(words, None, None)
    names.settle()
    assert names.canonical(["Kross"]) == "Venna Kross"
    assert names.canonical(["Farla", "Enz", "Venna", "Kross"]) == "Venna Kross"
    # no name of its own before: one person's long name
    names = _Names()
    for words in (["Rita", "Ramos", "Nevares"], ["Rita", "Ramos"], ["Nevares"]):
        names.add(words, None, None)
    names.settle()
    assert names.canonical(["Nevares"]) == "Rita Ramos Nevares"


def test_building_is_no_fuller_name():
    from kit.speakers._names import _Names

    names = _Names()
    for words in (["Lena", "Marsh", "Theater"], ["Marsh"], ["Lena", "Marsh"]):
        names.add(words, None, None)
    names.settle()
    assert names.canonical(["Marsh"]) == "Lena Marsh"


def test_trailing_comma_is_no_name_word():
    import kit
    from kit.speakers._arrays import _Flat
    from kit.speakers._names import _words

    table = pd.DataFrame({"id": ["x"], "text": ["According to Ardent Press, Milner was ill."]})
    parsed = kit.load_corpus(table, id_column="id", progress=False, headers=False)
    flat = _Flat(parsed)
    s = flat.sentence(0, np.zeros(len(flat.text), dtype=bool))
    assert _words(s, 2, 5) == ["Ardent", "Press"]
    assert _words(s, 2, 4) == ["Ardent", "Press"]


def test_place_after_body_comma_is_not_the_speaker():
    import kit
    from kit.speakers._arrays import _Flat
    from kit.speakers._subjects import _person_of_campus

    text = (
        "Dr Jane Fox of the University of California, Los Angeles disagreed with these "
        'findings: "The lake was always there."'
    )
    parsed = kit.load_corpus(
        pd.DataFrame({"id": ["x"], "text": [text]}), id_column="id", progress=False, headers=False
    )
    flat = _Flat(parsed)
    s = flat.sentence(0, np.zeros(len(flat.text), dtype=bool))
    place = s.text.index("Angeles")
    assert s.text[_person_of_campus(s, place)] == "Fox"
    # a body named with its campus and no person before it keeps the body
    text = "The University of California, Los Angeles said on Monday that fees would rise."
    parsed = kit.load_corpus(
        pd.DataFrame({"id": ["y"], "text": [text]}), id_column="id", progress=False, headers=False
    )
    flat = _Flat(parsed)
    s = flat.sentence(0, np.zeros(len(flat.text), dtype=bool))
    assert _person_of_campus(s, s.text.index("Angeles")) is None
