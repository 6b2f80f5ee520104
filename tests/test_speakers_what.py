"""Whether a sentence is a statement, its type and its speech spans, for the constructions
news of other outlets and years uses (round 2 of issue 13), on made-up news text."""

from __future__ import annotations

import pandas as pd
import pytest

import kit

# One sentence a paragraph; each is read on its own (no sentence refers to another).
TEXT = """Analysts believe the merger will be approved next month.

Winger Sam Lee thought he had scored, but the goal was ruled out.

The survey showed that most drivers ignore the speed limit.

Police found the car in a river near the town.

Reports said the minister would resign within days.

The Ministry of Health issued a statement saying the outbreak was contained.

Judge Ann Bee ruled the ban was unlawful.

Prices will rise next year if the tax passes, finance minister Jo Hart has claimed.

Mayor Tom Reed has repeatedly maintained the bridge is safe.

Striker Dan Cole is in talks with the club but is believed to want a move abroad.

The city constitution stipulates that the mayor serves four years.

President Kim Lo characterised the talks as "frank and useful"."""

# snippet: (speaker, type, speech spans)
EXPECTED = {
    # an opinion held now is reported; one held in the past is narrated
    "Analysts believe": ("analysts", "indirect", ["the merger will be approved next month"]),
    "thought he had scored": (None, None, None),
    # "show" and "find" report a document's findings, never what someone found
    "The survey showed": ("survey", "indirect", ["most drivers ignore the speed limit"]),
    "Police found the car": (None, None, None),
    # reports nobody made are hearsay, not a source
    "Reports said": (None, None, None),
    # whoever issued a statement speaks through it
    "issued a statement saying": (
        "Ministry of Health",
        "indirect",
        ["the outbreak was contained"],
    ),
    "Judge Ann Bee ruled": ("Ann Bee", "indirect", ["the ban was unlawful"]),
    # an attribution after a comma that the parse hung under the clause it reports
    "finance minister Jo Hart has claimed": (
        "Jo Hart",
        "indirect",
        ["Prices will rise next year if the tax passes"],
    ),
    "repeatedly maintained": ("Tom Reed", "indirect", ["the bridge is safe"]),
    # a passive cue: someone else believes it
    "is believed to want": (None, None, None),
    "constitution stipulates": ("city constitution", "indirect", ["the mayor serves four years"]),
    "characterised the talks": ("Kim Lo", "indirect", ["frank and useful"]),
}


@pytest.fixture(scope="module")
def said() -> pd.DataFrame:
    return kit.attribute_speakers(kit.load_text(TEXT, article_id="made-up"))


@pytest.mark.parametrize("snippet", list(EXPECTED))
def test_statement_type_and_spans_by_construction(said, snippet):
    hits = said[said["text"].str.contains(snippet, regex=False)]
    assert len(hits) == 1, f"{snippet!r} matches {len(hits)} sentences"
    row = hits.iloc[0]
    speaker, kind, spans = EXPECTED[snippet]
    assert (row["speaker"], row["speaker_type"]) == (speaker, kind)
    text = said.attrs["articles"]["made-up"]["text"]
    got = None if kind is None else [text[a:b] for a, b in row["speech_spans"]]
    assert got == spans


def test_quotes_acts_and_phrase_cues():
    df = kit.attribute_speakers(
        kit.load_text(
            "Mayor Ann Bee spoke to voters on Monday.\n\n"
            '"...We will never take your support for granted," she said.\n\n'
            'The head of the inquiry told the court "Basic checks were not done."\n\n'
            "Governor Tom Reed declared a state of emergency.\n\n"
            "Governor Tom Reed declared that the storm had passed.\n\n"
            "On Thursday, President Kim Lo called for calm.\n\n"
            "The coast guard called off its search late on Tuesday.",
            article_id="made-up",
        )
    )
    rows = df.set_index("text")[["speaker", "speaker_type", "cue"]]
    texts = list(df["text"])
    # a quotation may open on an ellipsis
    assert tuple(rows.loc[texts[1]]) == ("Ann Bee", "direct", "said")
    # a quoted sentence right after the cue and its addressee is direct
    assert rows.loc[texts[2], "speaker_type"] == "direct"
    # declaring an emergency is an act; declaring that something is so is a statement
    assert tuple(rows.loc[texts[3]]) == (None, None, None)
    assert tuple(rows.loc[texts[4]]) == ("Tom Reed", "indirect", "declared")
    # a phrase's preposition follows the verb and is no date ("on Tuesday")
    assert tuple(rows.loc[texts[5]]) == ("Kim Lo", "indirect", "called for")
    assert tuple(rows.loc[texts[6]]) == (None, None, None)


def test_headlines_groups_and_pledges():
    df = kit.attribute_speakers(
        kit.load_text(
            "Budget fears for farmers Farm union leader Ann Bee has said prices will fall.\n\n"
            "A late goal from Tom Reed condemned the visitors to defeat.\n\n"
            "The plaintiffs claimed the witness had admitted the fraud.\n\n"
            "Reports said the airport would close.\n\n"
            "The government has pledged $5m for the flood victims.",
            article_id="made-up",
        )
    )
    rows = df.set_index("text")[["speaker", "speaker_type"]]
    texts = list(df["text"])
    # a headline glued to the lead: the name right before the cue speaks
    assert tuple(rows.loc[texts[0]]) == ("Ann Bee", "indirect")
    # ... but not a name inside a phrase that narration writes with a determiner
    assert tuple(rows.loc[texts[1]]) == (None, None)
    # parties to a case speak; the witness's admission is what they claimed
    assert tuple(rows.loc[texts[2]]) == ("plaintiffs", "indirect")
    # hearsay, however the tagger read the first word
    assert tuple(rows.loc[texts[3]]) == (None, None)
    # money pledged is given, not said
    assert tuple(rows.loc[texts[4]]) == (None, None)


def test_spans_leave_out_time_and_medium_and_keep_an_added_clause():
    df = kit.attribute_speakers(
        kit.load_text(
            "Minutes before the council voted, Mayor Ann Bee claimed the figures were wrong.\n\n"
            "Prices will rise next year, the bank said, adding that wages would follow.\n\n"
            "The embassy advised citizens to leave the country in its security alert.",
            article_id="made-up",
        )
    )
    text = df.attrs["articles"]["made-up"]["text"]
    spans = [[text[a:b] for a, b in row] for row in df["speech_spans"]]
    assert spans[0] == ["the figures were wrong"]
    assert spans[1] == ["Prices will rise next year", "wages would follow"]
    assert spans[2] == ["to leave the country"]


def test_attributions_the_parse_hung_under_their_clause():
    df = kit.attribute_speakers(
        kit.load_text(
            "Al Jazeera reported on Thursday, coverage had risen to 55 percent.\n\n"
            "A gunman shot shoppers at a store in El Paso, Texas, with the death toll rising "
            "to 22 people on Monday, reported officials, with 25 other people injured.\n\n"
            "Reuters, citing anonymous sources, reported oil exports had been disrupted.",
            article_id="made-up",
        )
    )
    text = df.attrs["articles"]["made-up"]["text"]
    said = [(r.speaker, r.speaker_type) for r in df.itertuples()]
    spans = [[text[a:b] for a, b in row] for row in df["speech_spans"]]
    # the cue and its subject before a comma, the clause after it
    assert said[0] == ("Al Jazeera", "indirect")
    assert spans[0] == ["coverage had risen to 55 percent"]
    # a speaker after the cue that the parse took for its object
    assert said[1] == ("officials", "indirect")
    assert "reported officials" not in " ".join(spans[1])
    # a participle is never inverted: the sources are cited, Reuters reports
    assert said[2] == ("Reuters", "indirect")


def test_a_quoted_text_the_sentence_names_is_nobody_speaking():
    df = kit.attribute_speakers(
        kit.load_text(
            "The agency wants to add the line, “Is this person a citizen?” to the form.",
            article_id="made-up",
        )
    )
    assert df["speaker"].iloc[0] is None


def test_a_name_heading_a_quotation_speaks():
    df = kit.attribute_speakers(
        kit.load_text(
            "The two sides meet again on Sunday.\n\n"
            '- Rovers boss Tom Reed: "We had a great chance to take the lead.\n\n'
            '"We will be ready next time."\n\n'
            'The league said: "The date is fixed."',
            article_id="made-up",
        )
    )
    said = [(r.speaker, r.speaker_type) for r in df.itertuples()]
    assert said[1] == ("Tom Reed", "direct")
    assert said[2] == ("Tom Reed", "direct")  # the same quotation goes on
    assert said[0] == (None, None)


def test_inform_speaks_but_a_means_is_no_agent():
    df = kit.attribute_speakers(
        kit.load_text(
            '"The party complies with the command," the Labour party informed the press.\n\n'
            "The players have been informed by letter of the outcome.",
            article_id="made-up",
        )
    )
    said = [(r.speaker, r.speaker_type) for r in df.itertuples()]
    assert said[0] == ("Labour party", "direct")
    assert said[1] == (None, None)
