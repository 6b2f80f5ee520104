"""Which sentences are statements (round 3 of issue 13): verbs that make a fact known with
no clause, "according to" data, cues whose subject the parse hung elsewhere, and speech
that is only possible, caused or named by a question, on made-up news text."""

from __future__ import annotations

import pandas as pd
import pytest

import kit

# One sentence a paragraph; no sentence refers to another.
TEXT = """The Ministry of Health confirmed three new cases of measles on Friday.

Her death was confirmed by her daughter, Maria Lopez.

Mayor Tom Reed announced his resignation on Tuesday evening.

The government announced plans to cut 5,000 jobs.

Two deaths were reported overnight.

When Senator Ann Bee announced her retirement in 2001, the party was in turmoil.

According to data from the World Meteorological Organization, last year was the hottest on record.

Exports fell by 4% in March, according to ONS data.

UNICEF reported it had flown 40 tonnes of supplies to the island.

On Monday Acme Industries announced that its chief executive would step down.

The deal will collapse if the minister says no.

Zeta Motors to recall 10,000 vans over faulty brakes.

The new parking charges have been criticised by local shopkeepers.

The charges were criticised by shopkeepers as a tax on trade.

Councillor Jo Hart rejected the claim that staff were misled, saying the figures were public.

Coach Dan Cole reacted to the defeat by saying his players had lacked energy.

Striker Sam Lee was asked about his future and said he was happy at the club.

Meteorologists predict heavy rain over the weekend.

Traders said the pound had been hit by weak data.

Critics might argue that the plan is too timid.

The ruling will force the firm to admit it overcharged customers.

The ruling forced Vexo Foods to admit it had overcharged customers.

The jury foreman revealed which films it had shortlisted."""

# snippet: (speaker, type, speech spans or None when the spans are not the point)
EXPECTED = {
    # a fact made known with no clause: its object is what was said ...
    "confirmed three new cases": (
        "Ministry of Health",
        "indirect",
        ["three new cases of measles on Friday"],
    ),
    "Her death was confirmed": ("Maria Lopez", "indirect", ["Her death"]),
    "announced his resignation": (
        "Tom Reed",
        "indirect",
        ["his resignation on Tuesday evening"],
    ),
    # ... but plans, facts nobody made known, and the background of a time clause are not
    "announced plans": (None, None, None),
    "Two deaths were reported": (None, None, None),
    "announced her retirement in 2001": (None, None, None),
    # data from a body, or named by it, speak for the body
    "According to data from": ("World Meteorological Organization", "indirect", None),
    "according to ONS data": ("ONS", "indirect", ["Exports fell by 4% in March"]),
    # an acronym the tagger read as a common noun is a name
    "UNICEF reported": (
        "UNICEF",
        "indirect",
        ["it had flown 40 tonnes of supplies to the island"],
    ),
    # a name the parse took into the opening date phrase is the subject
    "On Monday Acme": ("Acme Industries", "indirect", ["its chief executive would step down"]),
    # what may be said, what a headline says is to come
    "if the minister says no": (None, None, None),
    "Zeta Motors to recall": (None, None, None),
    # criticism in the passive: content makes it a statement, the bare act does not
    "have been criticised by local shopkeepers": (None, None, None),
    "criticised by shopkeepers as a tax": ("shopkeepers", "indirect", None),
    # a participle after a comma speaks for the main clause's subject
    "rejected the claim": ("Jo Hart", "indirect", ["the figures were public"]),
    # "by saying" speaks for the verb it hangs on
    "by saying": ("Dan Cole", "indirect", ["his players had lacked energy"]),
    # a verb joined to a passive shares its subject
    "was asked about his future": ("Sam Lee", "indirect", ["he was happy at the club"]),
    # plural nouns of what people do name groups that speak
    "Meteorologists predict": ("meteorologists", "indirect", ["heavy rain over the weekend"]),
    "Traders said": ("traders", "indirect", ["the pound had been hit by weak data"]),
    # possible, caused but not yet done, or named only by a question: nothing said
    "might argue": (None, None, None),
    "will force the firm": (None, None, None),
    "forced Vexo Foods": ("Vexo Foods", "indirect", ["it had overcharged customers"]),
    "revealed which films": (None, None, None),
}


@pytest.fixture(scope="module")
def said() -> pd.DataFrame:
    return kit.attribute_speakers(kit.load_text(TEXT, article_id="made-up", headers=False))


@pytest.mark.parametrize("snippet", list(EXPECTED))
def test_statement_or_narration_by_construction(said, snippet):
    hits = said[said["text"].str.contains(snippet, regex=False)]
    assert len(hits) == 1, f"{snippet!r} matches {len(hits)} sentences"
    row = hits.iloc[0]
    speaker, kind, spans = EXPECTED[snippet]
    assert (row["speaker"], row["speaker_type"]) == (speaker, kind)
    if spans is not None:
        text = said.attrs["articles"]["made-up"]["text"]
        assert [text[a:b] for a, b in row["speech_spans"]] == spans


@pytest.mark.corpus
def test_an_editorial_ellipsis_says_nothing_and_the_quotation_goes_on():
    import speakers_accuracy as bench

    if not bench.WIKI_CSV.is_file():
        pytest.skip(f"the Wikinews corpus is not at {bench.WIKI_CSV}")
    # a quotation cut with "[...]", which the splitter made a sentence of its own
    df = kit.attribute_speakers(bench.wikinews_table({"wn-b3a66474f2f4"}))
    texts = list(df["text"])
    k = texts.index("[...]")
    assert (df["speaker"].iloc[k], df["speaker_type"].iloc[k]) == (None, None)
    assert df["speaker_type"].iloc[k - 1] == df["speaker_type"].iloc[k + 1] == "direct"
    assert df["speaker"].iloc[k - 1] == df["speaker"].iloc[k + 1] == "Tony Abbott"


def test_the_cue_whose_clause_is_the_quotation_speaks_it():
    df = kit.attribute_speakers(
        kit.load_text(
            "Tycoon Sam Bell walked away from the deal in March. He accused the board of using "
            'him as "a stalking horse", but chairman Rick Pell explained: "We never used him as '
            'a bargaining chip.\n\n"The door is still open."',
            article_id="made-up",
            headers=False,
        )
    )
    said = [(r.speaker, r.speaker_type, r.cue) for r in df.itertuples()]
    # the quotation is the clause of "explained", not of the first cue of the sentence
    assert said[1] == ("Rick Pell", "direct", "explained")
    assert said[2] == ("Rick Pell", "direct", "explained")  # and it goes on


def test_a_statement_issued_from_someone_is_theirs():
    df = kit.attribute_speakers(
        kit.load_text(
            "King Tom Reed of Arland spoke on Monday. The palace issued the following "
            'statement from the king: "Even though she gave up her title, she remains a '
            'member of the royal family."',
            article_id="made-up",
            headers=False,
        )
    )
    assert (df["speaker"].iloc[1], df["speaker_type"].iloc[1]) == ("Tom Reed", "direct")
