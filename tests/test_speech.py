"""Speech spans (the speaker's own words) and speaker kinds, on the bundled article and on
made-up news text."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from conftest import sentence

import kit

# Each statement of the bundled article, named by a snippet, with the words its speech
# spans must hold, in order (speakers_guide.md: the quote inside its marks; the reported
# clause without name, cue, time, "that" and the reporter's framing).
SPOKEN = {
    "Tuesday pledged to fully back": [
        "to fully back Interpol in its efforts to combat terrorism and cyber crime"
    ],
    "Xi promised Beijing": [
        "Beijing’s full support to raise its profile under its first Chinese head, who is "
        "also China’s top public security official"
    ],
    "should take into account other countries": [
        "Countries, while maintaining their own security, should take into account other "
        "countries’ security,"
    ],
    "More and more people believe": [
        "More and more people believe China is one of the most secure countries in the world, "
        "which is an important contribution China has made to the world,"
    ],
    "China has actively participated": [
        "China has actively participated in global law enforcement cooperation and global "
        "security governance, resolutely supported international fight against terrorism, "
        "joined global cooperation in combating cyber crimes, worked with other countries in "
        "fugitive repatriation, fighting against telecom fraud and other crimes,"
    ],
    "He vowed stronger support": [
        "stronger support for Interpol in the next five years to raise its global influence "
        "and leadership"
    ],
    "In his speech, Xi said": [
        "China hopes to work closely with countries and international organisations on global "
        "security, and jointly build universal security for humankind"
    ],
    "He spoke highly of Interpol": [
        "Interpol’s important role in global law enforcement, security cooperation and "
        "combating crimes"
    ],
    "Since becoming a member state": [
        "Since becoming a member state of Interpol in 1984, China has been committed to "
        "developing cooperation with Interpol and other member states, and contributed to "
        "maintaining world security and stability"
    ],
    "Xi proposed enhanced reform": [
        "enhanced reform and innovation, sticking to the rule of law and mutual benefits"
    ],
    "Countries should adopt a concept": [
        "Countries should adopt a concept of common, comprehensive, cooperative and "
        "sustainable security, and jointly respond to security challenges,"
    ],
    "Xi urged promoting": [
        "promoting global security governance in a more fair, reasonable and effective way"
    ],
    "Countries and intergovernmental organisations": [
        "Countries and intergovernmental organisations should shoulder the main "
        "responsibilities of security governance, while non-governmental organisations, "
        "multinationals and civil society are encouraged to jointly work for it,"
    ],
    "He called on countries": [
        "to adhere to the UN charter and Interpol regulations, seriously fulfil conventions "
        "against transnational crimes and corruption, and improve related international "
        "regulations"
    ],
}


@pytest.fixture(scope="module")
def bundled(article):
    return kit.attribute_speakers(article)


def _text(df: pd.DataFrame) -> str:
    return df.attrs["articles"][df["article_id"].iloc[0]]["text"]


def _spoken(df: pd.DataFrame, row: pd.Series) -> list[str]:
    text = _text(df)
    return [text[a:b] for a, b in row["speech_spans"]]


def _row(df: pd.DataFrame, snippet: str) -> pd.Series:
    return sentence(df, snippet)


@pytest.mark.parametrize("snippet", list(SPOKEN))
def test_bundled_statement_spans(bundled, snippet):
    row = _row(bundled, snippet)
    assert row["speaker"] == "Xi Jinping"
    assert _spoken(bundled, row) == SPOKEN[snippet]


def test_spans_lie_inside_their_sentence_and_narration_has_none(bundled):
    said = bundled["speaker"].notna()
    assert said.sum() == len(SPOKEN)
    for row in bundled[said].itertuples():
        assert row.speech_spans, row.text
        for a, b in row.speech_spans:
            assert row.start_char <= a < b <= row.end_char
    assert bundled.loc[~said, "speech_spans"].isna().all()
    assert isinstance(bundled["speech_spans"].dtype, pd.ArrowDtype)  # an Arrow list column


def _said(text: str) -> pd.DataFrame:
    return kit.attribute_speakers(kit.load_text(text, article_id="made-up"))


def _spans_of(df: pd.DataFrame, snippet: str) -> list[str]:
    return _spoken(df, _row(df, snippet))


def test_reported_clause_drops_that_time_framing_and_trailing_according_to():
    df = _said(
        "Mayor Ann Bee on Monday said that the bridge would reopen in May, amid doubts over "
        "its cost.\n\n"
        "The council has spent 4 million pounds on repairs, according to a local newspaper."
    )
    assert _spans_of(df, "the bridge would") == ["the bridge would reopen in May"]
    assert _spans_of(df, "The council has spent") == [
        "The council has spent 4 million pounds on repairs"
    ]


def test_cue_set_inside_the_clause_splits_the_span():
    df = _said(
        "Many of the town's residents, campaigner Ann Bee argued, have no car to reach the polls."
    )
    assert _spans_of(df, "Ann Bee argued") == [
        "Many of the town's residents",
        "have no car to reach the polls",
    ]


def test_quote_crossing_sentences_gives_each_row_its_part():
    df = _said(
        "“We will not give up. The fight goes on,” said union leader Tom Reed.\n\n"
        "He told reporters the strike would last a week."
    )
    assert _spans_of(df, "We will not give up") == ["We will not give up."]
    assert _spans_of(df, "The fight goes on") == ["The fight goes on,"]
    assert _spans_of(df, "He told reporters") == ["the strike would last a week"]


def test_addressee_is_not_speech_but_a_partial_quote_is():
    df = _said(
        "Police urged residents to stay indoors.\n\n"
        "Minister Jo Hart called the plan “reckless” and “a gift to smugglers”."
    )
    assert _spans_of(df, "Police urged") == ["to stay indoors"]
    assert _spans_of(df, "called the plan") == ["reckless", "a gift to smugglers"]


def test_spans_of_other_outlets_constructions():
    df = _said(
        "Mayor Ann Bee said the bridge would reopen in May and that tolls would fall.\n\n"
        "Ann Bee told the local radio programme that the work was on time.\n\n"
        "The union leader, Tom Reed, described the offer as an insult to the staff.\n\n"
        "Union leader Tom Reed accused the board of “hiding the real figures” from staff.\n\n"
        "Critics called the decision a disgrace.\n\n"
        "According to the regional fire chief, Jo Hart, the blaze started in a kitchen.\n\n"
        "Two men robbed the shop and then, according to police, fled in a van."
    )
    assert _spans_of(df, "and that tolls") == [
        "the bridge would reopen in May",
        "tolls would fall",
    ]
    assert _spans_of(df, "local radio programme") == ["the work was on time"]
    assert _spans_of(df, "described the offer") == ["an insult to the staff"]
    assert _spans_of(df, "accused the board") == ["hiding the real figures” from staff"]
    assert _spans_of(df, "Critics called") == ["the decision a disgrace"]
    assert _spans_of(df, "fire chief") == ["the blaze started in a kitchen"]
    assert _spans_of(df, "robbed the shop") == ["Two men robbed the shop and then", "fled in a van"]


def test_quotation_parts_drop_an_editors_ellipsis_and_keep_a_reported_tail():
    df = _said(
        "“The economy is weak and prices keep rising,” Finance Minister Jo Hart said, "
        "noting it was the worst year since 2009.\n\n"
        "Ann Bee said: “[...] We will not give up.”"
    )
    assert _spans_of(df, "Finance Minister") == [
        "The economy is weak and prices keep rising,",
        "it was the worst year since 2009",
    ]
    assert _spans_of(df, "We will not give up") == ["We will not give up."]


def test_statement_or_narration_by_construction():
    df = _said(
        "Mayor Ann Bee expressed hope that the bridge would reopen in May.\n\n"
        "The driver, Tom Reed, pleaded not guilty to careless driving.\n\n"
        "Striker Jo Hart left the club, citing a knee injury.\n\n"
        "The WHO said the risk to the public was low.\n\n"
        "The ministry called the report misleading.\n\n"
        "The club called the police to the stadium.\n\n"
        "Coach Sam Lee went on to say that the club would appeal."
    )
    assert _row(df, "expressed hope")["speaker"] == "Ann Bee"
    assert _row(df, "pleaded not guilty")["speaker"] is None  # a plea in court, no words reported
    assert _row(df, "citing a knee injury")["speaker"] is None  # the reporter's reason
    assert _row(df, "The WHO said")["speaker"] == "WHO"  # not the pronoun "who"
    assert _row(df, "The ministry called")["speaker"] == "ministry"
    assert _row(df, "The club called")["speaker"] is None
    assert _row(df, "went on to say")["speaker"] == "Sam Lee"  # not the club he mentions


def test_quote_a_colon_introduces_is_direct_after_a_scare_quote():
    df = _said(
        "The Ministry of Defence defended the strike as “necessary”: “The threat to our "
        "troops and our allies in the region was real and growing every day. We acted to "
        "protect our people.”"
    )
    first = _row(df, "defended the strike")
    assert first["speaker_type"] == "direct"
    assert first["speaker"] == "Ministry of Defence"
    assert _row(df, "We acted")["speaker"] == "Ministry of Defence"


KINDS_TEXT = """Police said the road was closed after the crash.

Analysts said prices would rise next year.

A Home Office spokesman said the rules would change in May.

Officials, who spoke on condition of anonymity, said the talks had stalled.

A source close to the talks said a deal was near.

According to a report by the Audit Office, the project ran two years late.

Mayor Ann Bee said the council would appeal.

“We are delighted,” the Football Association said."""


@pytest.fixture(scope="module")
def kinds_table():
    return _said(KINDS_TEXT)


@pytest.mark.parametrize(
    ("snippet", "kind"),
    [
        ("Police said", "organisation"),
        ("Analysts said", "group"),
        ("Home Office spokesman", "role"),
        ("condition of anonymity", "anonymous"),
        ("A source close", "anonymous"),
        ("a report by the Audit Office", "document"),
        ("Mayor Ann Bee", "person"),
        ("We are delighted", "organisation"),
    ],
)
def test_speaker_kind(kinds_table, snippet, kind):
    row = _row(kinds_table, snippet)
    assert row["speaker"] is not None
    assert row["speaker_kind"] == kind




@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The lawsuit says the company misled its customers.", "document"),
        ("A person familiar with the talks said both sides wanted a deal.", "anonymous"),
        ("Two witnesses said the car did not stop.", "group"),
    ],
)
def test_kind_of_a_mention_the_attributor_may_credit(sentence, kind):
    # the kind the subject of the cue makes, for whichever speaker the attributor gives it
    from kit.speakers._arrays import _Flat
    from kit.speakers._kind import _mention, _speaker_kind
    from kit.speakers._lexicon import _lexicon
    from kit.speakers._spans import _cue_token

    df = kit.load_text(sentence, article_id="made-up")
    flat = _Flat(df)
    s = flat.sentence(0, np.zeros(len(flat.text), dtype=bool))
    at = _cue_token(s, None, _lexicon())
    assert _speaker_kind("someone", None, s, _mention(s, at)) == kind


def test_speech_mask_marks_the_tokens_inside_the_spans(bundled):
    from kit.terms._scope import speech_mask

    lengths = bundled["tok_text"].list.len().to_numpy()
    row = np.repeat(np.arange(len(bundled)), lengths)
    start = bundled["tok_start"].list.flatten().to_numpy().astype(np.int64)
    text = bundled["tok_text"].list.flatten().to_numpy()
    mask = speech_mask(bundled, row, start)
    r = _row(bundled, "Tuesday pledged to fully back").name
    words = text[(row == bundled.index.get_loc(r)) & mask].tolist()
    assert words[:3] == ["to", "fully", "back"] and words[-1] == "crime"
    assert "Xi" not in words and "pledged" not in words and "amid" not in words
    narration = bundled["speaker"].isna().to_numpy()
    assert not mask[narration[row]].any()
    with pytest.raises(ValueError, match="attribute_speakers"):
        speech_mask(bundled.drop(columns="speech_spans"), row, start)


def test_xi_speech_holds_none_of_the_reporters_words(bundled):
    # issue 13's list: the sentences of Xi's statements hold every one of these words (name,
    # cues, the reporter's framing); the words inside his speech spans hold none of them.
    # (kit.term_frequencies(xi, scope="speech") will count through this same mask.)
    from kit.terms._scope import speech_mask

    xi = bundled[bundled["speaker"] == "Xi Jinping"].reset_index(drop=True)
    row = np.repeat(np.arange(len(xi)), xi["tok_text"].list.len().to_numpy())
    start = xi["tok_start"].list.flatten().to_numpy().astype(np.int64)
    lemmas = xi["tok_lemma"].list.flatten().to_numpy()
    reporters = {"Xi", "Jinping", "say", "pledge", "urge", "dissident", "concern", "Tuesday"}
    reporters |= {"Xinhua", "report"}
    assert reporters <= set(lemmas)
    assert not reporters & set(lemmas[speech_mask(xi, row, start)])
