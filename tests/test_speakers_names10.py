"""Name forms and descriptions (round 10), on made-up news text: a name set off before a
long role ("Ann Bee, campaigns director at X in the UK, said") is the speaker, not the
role; a given name and surname described by a noun for a person the tagger may have missed
("former Wales prop Dai Bowen", "Singer Bruce Hallam", "a manager in Jose Marrow") are a
person whom the bare surname stands for; a doubled letter written once ("Mr Barot" for
"Jacques Barrot") is the same person; a definite description by nation, party or origin
("the 27-year-old Austrian", "the Frenchman", "the Ohio Republican", "the Briton") is the
person named before who fits, never one introduced as of another nation or party."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence, spoken

TEXTS = {
    "appos": (
        "Oil firms face new climate rules. "
        "Blake Hartwell, campaigns director at Earthwatch in the UK, said: "
        '"It is a start, but it is not enough."'
    ),
    "appos_econ": (
        "Shares fell sharply on Monday. "
        "Anna Kowalski, chief economist at Northgate Bank in London, said the fall would "
        "not last."
    ),
    "unlike": (
        "The council met on Monday. "
        "Unlike Tom Reeve, the head of planning said the homes would be late."
    ),
    "prop": (
        "Hale backs Price for cap Wales coach Tom Hale says Rhys Price is ready. "
        "Price's form was praised by his club coach, former Wales prop Dai Bowen. "
        '"Rhys has been superb all season," Bowen told BBC Sport.'
    ),
    "singer": (
        "Stars join hall of fame Singer Bruce Hallam has inducted the band into the hall. "
        '"This was a band that wanted the world," said Hallam.'
    ),
    "barot": (
        "Rome plan gets approval EU transport commissioner Jacques Barrot said the rescue "
        "plan was credible. "
        '"The authorities have presented a serious plan," said Mr Barot. '
        '"We now have to verify it," Mr Barot added.'
    ),
    "austrian": (
        "Stefan Kolar says he has been banned for three months after a failed test. "
        "Kolar believes an injection is to blame. "
        '"I have acted correctly," the 27-year-old Austrian said in a statement.'
    ),
    "kenyan": (
        "Ruth Mwangi won the 10,000m title in Oslo. "
        "The 34-year-old Kenyan said she would now target the marathon."
    ),
    "frenchman": (
        "Pierre Garnier was cleared by the tribunal on Friday. "
        "The Frenchman said he would return to racing next month."
    ),
    "ohio": (
        "Senator Rob Hensley voted against the bill. "
        "The Ohio Republican said it would add billions to the deficit."
    ),
    "briton": (
        "Laura Fenwick won the 800m final in Madrid on Sunday. "
        "Kenyan runner Ruth Mwangi was second. "
        '"I knew I had it with 100m to go," the Briton said.'
    ),
    "party": (
        "Democrat Senator Ann Lee and Republican Senator Bob Dean clashed over the bill on "
        "Monday. The Republican said it was too costly."
    ),
    "nofit": (
        'Kenyan runner Ruth Mwangi beat the field in the final. "It was hard," the American said.'
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


@pytest.mark.parametrize(
    ("article", "snippet", "speaker", "type_"),
    [
        ("appos", "campaigns director", "Blake Hartwell", "direct"),
        ("appos_econ", "chief economist", "Anna Kowalski", "indirect"),
        ("prop", "Bowen told", "Dai Bowen", "direct"),
        ("singer", "said Hallam", "Bruce Hallam", "direct"),
        ("barot", "said Mr Barot", "Jacques Barrot", "direct"),
        ("barot", "Mr Barot added", "Jacques Barrot", "direct"),
        ("austrian", "27-year-old Austrian", "Stefan Kolar", "direct"),
        ("kenyan", "34-year-old Kenyan", "Ruth Mwangi", "indirect"),
        ("frenchman", "The Frenchman said", "Pierre Garnier", "indirect"),
        ("ohio", "The Ohio Republican", "Rob Hensley", "indirect"),
        ("briton", "the Briton said", "Laura Fenwick", "direct"),
        ("party", "The Republican said", "Bob Dean", "indirect"),
    ],
)
def test_name_forms_and_descriptions(df, article, snippet, speaker, type_):
    row = sentence(df, snippet, article)
    assert (row["speaker"], row["speaker_type"]) == (speaker, type_)
    assert row["speaker_kind"] == "person"


def test_spans(df):
    assert spoken(sentence(df, "campaigns director", "appos")) == [
        "It is a start, but it is not enough."
    ]
    assert spoken(sentence(df, "The Ohio Republican", "ohio")) == [
        "it would add billions to the deficit"
    ]
    assert spoken(sentence(df, "34-year-old Kenyan", "kenyan")) == [
        "she would now target the marathon"
    ]


def test_a_name_the_role_phrase_does_not_open_is_not_the_speaker(df):
    row = sentence(df, "Unlike Tom Reeve", "unlike")
    assert row["speaker"] != "Tom Reeve"


def test_a_description_of_another_nation_is_nobody_named(df):
    row = sentence(df, "the American said", "nofit")
    assert row["speaker"] != "Ruth Mwangi"
    assert row["speaker_type"] == "direct"
