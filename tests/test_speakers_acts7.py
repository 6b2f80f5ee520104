"""Speech acts whose content is not a "that" clause (issue 13, speakers_guide.md: speech
with no content is narration; a partial quote that names or judges something, plans and
causes given with their content are statements), on made-up news text: threats and
invitations with what is threatened or asked, praise and scorn with a quoted fragment or
"as", naming "referred to X as Y", a cause or merit given ("put X down to Y", "credited X
with Y"), apologies and tributes with a quoted fragment, and intentions expressed with what
is intended. The bare act, its passive with nobody acting and a headline glued to the story
stay narration."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import narration, sentence

import kit

# One sentence a paragraph; no sentence refers to another.
TEXT = """Senator Rita Okonjo threatened to block the budget in the upper house.

The Farmers' Union threatened legal action.

Heavy rain threatened to flood the lower town.

Mayor Hugo Brant invited local firms to bid for the harbour contract.

Minister Carla Diaz instructed the police to review every case.

Painter Lena Vos was invited to the opening.

Coach Dan Muir lauded his goalkeeper as a "wall in the rain".

Senator Amy Roth hailed the treaty as a turning point for the region.

Councillor Ben Ward applauded the decision.

Minister Omar Hale referred to the strikers as "selfish wreckers".

The valley is often referred to as the garden of the county.

Chief executive Tom Lake put the fall in profits down to the weak pound.

Ms Ana Cruz credited her nurses with saving her life.

The engineer is credited with inventing the pump.

Singer Joe Tate apologised for his "stupid and hurtful" remarks.

Singer Joe Tate apologised to his fans.

Actor Ray Moss paid tribute to the "quiet genius" of his late director.

Actor Ray Moss paid tribute to his mother.

Governor Lisa Park expressed a desire to work with the unions.

The two leaders expressed their willingness to work together.

Rovers hail young striker Rovers manager Sam Dell has praised the work of his young striker.

Senator Ian Bell apologised to voters after his party published "misleading" figures.
"""

EXPECTED = {
    # a threat, an invitation or an instruction with what it is
    "threatened to block": ("Rita Okonjo", ["to block the budget in the upper house"]),
    "invited local firms": ("Hugo Brant", ["to bid for the harbour contract"]),
    "instructed the police": ("Carla Diaz", ["to review every case"]),
    # praise with a quoted fragment or "as": the quoted words, or what the thing is called
    "lauded his goalkeeper": ("Dan Muir", ["wall in the rain"]),
    "hailed the treaty": ("Amy Roth", ["a turning point for the region"]),
    # naming in words of one's own
    "referred to the strikers": ("Omar Hale", ["selfish wreckers"]),
    # a cause or a merit given
    "put the fall": ("Tom Lake", ["the fall in profits down to the weak pound"]),
    "credited her nurses": ("Ana Cruz", ["her nurses with saving her life"]),
    # apologies and tributes with a quoted fragment
    'apologised for his "stupid': ("Joe Tate", ["stupid and hurtful"]),
    'the "quiet genius"': ("Ray Moss", ["quiet genius"]),
    # an intention expressed with what is intended, as an intention announced
    "expressed a desire": ("Lisa Park", ["a desire to work with the unions"]),
}

NARRATION = [
    "threatened legal action",  # a threat with no words of it
    "Heavy rain threatened",  # nobody threatening
    "was invited to the opening",  # a passive, and nothing asked
    "applauded the decision",  # praise with no words
    "often referred to as",  # nobody naming
    "is credited with inventing",  # nobody crediting
    "apologised to his fans",  # an apology with no words
    "paid tribute to his mother",  # a tribute with no words
    "their willingness",  # a wish, not a plan
    "Rovers hail young striker",  # a glued headline; the story's praise has no words
    "apologised to voters",  # the quoted word is the party's, in a clause of time
]


@pytest.fixture(scope="module")
def said() -> pd.DataFrame:
    return kit.attribute_speakers(kit.load_text(TEXT, article_id="made-up", headers=False))


@pytest.mark.parametrize("snippet", list(EXPECTED))
def test_a_speech_act_with_its_content_is_reported_speech(said, snippet):
    row = sentence(said, snippet)
    speaker, spans = EXPECTED[snippet]
    assert row["speaker_type"] == "indirect"
    assert row["speaker"] == speaker
    text = said.attrs["articles"]["made-up"]["text"]
    assert [text[a:b] for a, b in row["speech_spans"]] == spans


@pytest.mark.parametrize("snippet", NARRATION)
def test_a_speech_act_without_content_stays_narration(said, snippet):
    row = sentence(said, snippet)
    assert narration(row)


JOINED = """Coach Dan Muir called the referee "a disgrace" and said he would appeal the ban.

Senator Amy Roth accused the minister of hiding the figures, threatening to call an inquiry.
"""


def test_a_fragment_cue_and_a_cue_joined_to_it_give_both_spans():
    said = kit.attribute_speakers(kit.load_text(JOINED, article_id="joined", headers=False))
    text = said.attrs["articles"]["joined"]["text"]
    called, accused = (sentence(said, s) for s in ("called the referee", "accused the minister"))
    assert [text[a:b] for a, b in called["speech_spans"]] == [
        "a disgrace",
        "he would appeal the ban",
    ]
    assert [text[a:b] for a, b in accused["speech_spans"]] == [
        "hiding the figures",
        "to call an inquiry",
    ]
