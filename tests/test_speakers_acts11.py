"""Statement or act (round 11): verbs whose content the parse hid, on made-up news text.
Families, each as several outlets write it:

- a verb of saying after an emphatic "do" or a modal that the tagger read as a noun ("did
  stress that ...", "does claim that ..."); the noun ("the stress that ...") and a negated
  verb stay narration;
- a verb that needs its clause written out ("hint", "accept", "indicate") with a clause and
  no "that", its subject a name after a determiner ("hinted the Greens might ...") or parsed
  as the verb's object ("accepted [his players] had not been good enough"); a headline glued
  to the story ("X agrees new deal Club boss Y signed ...") and an offer accepted stay
  narration;
- plans made known with what is planned: "for" with what the plan is for ("unveiled plans
  for a memorial"), or plans launched, tabled, presented or detailed ("launched plans to
  abolish ..."); "plans for the future", bare plans and plans "published" stay narration;
- thanks and congratulation with what they are for, as a gerund, like praise ("thanked the
  fans for turning out"); "for their support" (a noun) stays narration;
- a sentence that is only a reporting clause after a quotation cut off by its question mark
  ('"...?" / she asked.'): narration; a verb with what was said after it ("cautioned against
  ...") keeps its speaker."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence, spoken

# One sentence a paragraph; no sentence refers to another.
TEXT = """Club chairman Tom Birch did stress that the club was not selling its captain.

The insurer Calder does claim that its policies cover flood damage.

Senator Ida Holm did stress the need for calm.

The stress that the players felt was obvious on Saturday.

Opposition leader Carla Finch did not stress the cost of the scheme.

Mr Dunn hinted the Greens might stand aside in the seat.

Coach Ray Stone accepted his players had not been good enough.

Premier Ann Koh indicated the budget would be delayed until spring.

Platt agrees new Villa deal Villa boss Joe Platt signed a new contract on Monday.

Coach Ray Stone accepted the offer from the club.

Finance minister Paul Grey also unveiled plans for a memorial to the miners.

Senators Omar Reyes and Lena Ortiz on Thursday launched plans to abolish the road tax.

Education minister Rosa Lind tabled proposals to lower the voting age to 16.

The club unveiled plans for the future.

Mayor Ben Ward unveiled his plans.

Home Secretary Tim Vale published plans for a points system for migrants.

Coach Sam Dell thanked the fans for turning out in such numbers.

Mayor Eva Marsh congratulated the volunteers for keeping the shelter open.

Coach Sam Dell thanked the fans for their support.

Scientists cautioned against an excess of optimism for the species.
"""

INDIRECT = [
    ("did stress that", "Tom Birch", "the club was not selling its captain"),
    ("does claim", "Calder", "its policies cover flood damage"),
    ("hinted the Greens", "Dunn", "the Greens might stand aside in the seat"),
    ("accepted his players", "Ray Stone", "his players had not been good enough"),
    ("indicated the budget", "Ann Koh", "the budget would be delayed until spring"),
    ("memorial to the miners", "Paul Grey", "plans for a memorial to the miners"),
    ("launched plans", "Omar Reyes", "plans to abolish the road tax"),
    ("tabled proposals", "Rosa Lind", "proposals to lower the voting age to 16"),
    ("turning out", "Sam Dell", "turning out in such numbers"),
    ("congratulated the volunteers", "Eva Marsh", "keeping the shelter open"),
    ("cautioned against", "scientists", None),
]

NARRATION = [
    "The stress that the players felt",
    "did not stress the cost",
    "Platt agrees new Villa deal",
    "accepted the offer",
    "plans for the future",
    "unveiled his plans",
    "published plans",
    "for their support",
]


@pytest.fixture(scope="module")
def df():
    return attributed({"a1": TEXT})


@pytest.mark.parametrize(("snippet", "speaker", "words"), INDIRECT)
def test_statements_with_content(df, snippet, speaker, words):
    row = sentence(df, snippet)
    assert row["speaker_type"] == "indirect", row["text"]
    assert speaker in (row["speaker"] or ""), (row["text"], row["speaker"])
    if words is not None:
        assert spoken(row) == [words], (row["text"], spoken(row))


@pytest.mark.parametrize("snippet", NARRATION)
def test_acts_stay_narration(df, snippet):
    row = sentence(df, snippet)
    assert row["speaker"] is None, (row["text"], row["speaker"])
    assert row["speaker_type"] is None


def test_bare_clause_after_a_question_is_narration():
    # two questions in the quotation: the splitter cuts the cue off it ("she asked." alone)
    text = (
        "Opposition leader Carla Finch spoke after the vote. \"Where is the money for the "
        "new hospitals? Who will pay for them?\" she asked.\n\nThe minister did not reply."
    )
    df = attributed({"q1": text})
    for snippet in ("Where is the money", "Who will pay"):
        quote = sentence(df, snippet)
        assert quote["speaker_type"] == "direct"
        assert quote["speaker"] == "Carla Finch"
    bare = df[df["text"].str.strip() == "she asked."]
    assert len(bare) == 1  # the cue alone: a clause with nothing said
    assert bare.iloc[0]["speaker"] is None
    assert bare.iloc[0]["speaker_type"] is None
