"""A cue the small parse left without a subject takes the one the order of the words shows: a
speaker right after a cue set off by a comma (", said Mr X,", ", says the party -"), a name
set off by commas before it ("..., her lawyer, Ann Bee, said"), the name before an aside
("Japan, which can block ..., said"), a name right before it ("... and Okonkwo says"). A
"said" that is no finite verb of its own subject ("the said property", "was said to") stays
narration."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence

TEXTS = {
    "copying": (
        "Copying music is getting harder. Instead, said Mr Lindqvist, copy-protection systems "
        "were designed to control the group that makers have most hold over - buyers."
    ),
    "viruses": (
        "Virus writers changed their tactics last year. Although teenage hackers will still "
        "play around with malicious code, said Mr Okafor, 2004 saw a sharp rise in criminal "
        "use of viruses."
    ),
    "housing": (
        "The Green Party unveiled its housing plan on Monday. The plan would cut energy bills, "
        "says the party - and insulation could save money for pensioners."
    ),
    "lawsuit": (
        "A singer is suing two television networks over an assault. The woman waited two "
        "years to sue because she was trying to reach a settlement with the networks, her "
        "lawyer, Ann Kessler, said."
    ),
    "gold": (
        "Finance ministers met in London to discuss debt relief. Japan, which can block any "
        "plan to sell the gold should it so choose, said it is looking at other ways of "
        "solving the problem."
    ),
    "rugby": "Rivals met in Rome on Friday and Okonkwo says his side will be hoping to win.",
    "narration": (
        "The court ruled on the sale of the said property last week. The house was said to "
        "be worth a million pounds. He left the club, said goodbye to the fans and flew home."
    ),
}


@pytest.fixture(scope="module")
def df():
    return attributed(TEXTS)


@pytest.mark.parametrize(
    ("snippet", "article", "speaker"),
    [
        ("Instead, said Mr Lindqvist", "copying", "Lindqvist"),
        ("said Mr Okafor, 2004 saw", "viruses", "Okafor"),
        ("says the party - and", "housing", "Green Party"),
        ("her lawyer, Ann Kessler, said", "lawsuit", "Ann Kessler"),
        ("Japan, which can block", "gold", "Japan"),
        ("Okonkwo says his side", "rugby", "Okonkwo"),
    ],
)
def test_subject_read_off_the_word_order(df, snippet, article, speaker):
    row = sentence(df, snippet, article)
    assert row["speaker"] == speaker
    assert row["speaker_type"] == "indirect"


@pytest.mark.parametrize(
    "snippet", ["the said property", "was said to be worth", "said goodbye to the fans"]
)
def test_said_that_reports_nothing_stays_narration(df, snippet):
    row = sentence(df, snippet, "narration")
    assert row["speaker"] is None
    assert row["speaker_type"] is None
