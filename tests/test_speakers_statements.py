"""Which sentences are statements, for constructions of international news as wire services
and Wikinews write it (issue 13), on made-up news text: verbs that make a fact known with no
clause, "according to" data, cues whose subject the parse hung elsewhere, speech that is
only possible, caused or named by a question; quotations nested with the same marks or hung
on the wrong verb, statements issued with their content, findings reported, what someone
did "in a statement", and quoted names as subjects."""

from __future__ import annotations

import functools

import pandas as pd
import pytest

import kit
from kit.speakers import quote_spans

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

The jury foreman revealed which films it had shortlisted.

The Transport Ministry has, in a statement, urged drivers to slow down near schools.

The dockers' union has, for the third time this year, warned that strikes are likely.

The government had not, as of Friday, announced any plans to close the port.

The dockers' union has, in a statement, called on members to "hold firm".

The town has, in its centre, a statue carved by a local artist.

Lena Park likened the new stadium to a cathedral.

Later, the town issued a second statement announcing the leak had been fixed.

Police published a photo showing the suspect had been injured.

Zorbo has posted a 120% rise in annual profit after sales of football kits were boosted by the cup.

The company sent a letter confirming the order, which had been placed in May."""

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
    # ... and so are plans with what is planned (speech with content, speakers_guide.md;
    # tests/test_speakers_noun_content.py) ...
    "announced plans": ("government", "indirect", ["plans to cut 5,000 jobs"]),
    # ... but facts nobody made known and the background of a time clause are not
    "Two deaths were reported": (None, None, None),
    "announced her retirement in 2001": (None, None, None),
    # data from a body, or named by it, speak for the body; "data from X" are named with
    # their maker as the guide's figures and data are ("X data")
    "According to data from": ("World Meteorological Organization data", "indirect", None),
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
    # an aside between auxiliary and verb: the parse hangs the subject on the auxiliary ...
    "has, in a statement, urged": (
        "Transport Ministry",
        "indirect",
        ["to slow down near schools"],
    ),
    "for the third time this year, warned": ("dockers' union", "indirect", ["strikes are likely"]),
    # ... and a negation with it: nothing was announced
    "had not, as of Friday": (None, None, None),
    # ... or takes "has" for the verb and hangs the participle on the aside's noun
    "in a statement, called on members": ("dockers' union", "indirect", None),
    "a statue carved by": (None, None, None),
    # "likened X to Y" with "to" hung under the object
    "likened the new stadium": ("Lena Park", "indirect", None),
    # a clause the parse split at its subject, its verb hung on the verb that issued the
    # statement; a photo shows, and a relative clause describes, without saying
    "statement announcing the leak": ("town", "indirect", ["the leak had been fixed"]),
    "a photo showing": (None, None, None),
    "confirming the order, which": (None, None, None),
    # a verb after a time phrase in the object is that phrase's, not a clause said
    "has posted a 120% rise": (None, None, None),
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


@functools.cache  # the parametrised tests read one text each: parse it once
def _said(text: str) -> pd.DataFrame:
    return kit.attribute_speakers(kit.load_text(text, article_id="made-up", headers=False))


# --- a quotation nested in another with the same marks ----------------------------------------


def test_a_quotation_nested_with_the_same_marks_does_not_end_the_outer_one():
    text = (
        'The envoy wrote: "The decision shows no grasp of the facts. The "coalition" holds '
        'no prisoners. They are all held by local forces." He resigned a week later.'
    )
    assert [text[a:b] for a, b, _ in quote_spans(text)] == [
        'The decision shows no grasp of the facts. The "coalition" holds no prisoners. '
        "They are all held by local forces."
    ]
    df = _said(text)
    assert list(df["speaker_type"]) == ["direct", "direct", "direct", None]
    assert list(df["speaker"].iloc[:3]) == ["envoy"] * 3


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        # a mark after a sentence's end re-opens a quotation whose closing mark was left out
        ('"We will win. "We are ready."', ["We will win.", "We are ready."]),
        # a mark in mid-sentence with no closing mark for the outer quotation after its own
        ('"We will win, he said "we are ready."', ["We will win, he said", "we are ready."]),
        # a nested pair inside a partial quote
        ('She called it "a "fair" deal" and left.', ['a "fair" deal']),
    ],
)
def test_marks_that_reopen_are_not_taken_for_nested_quotes(text, quotes):
    assert [text[a:b] for a, b, _ in quote_spans(text)] == quotes


# --- a quoted clause right after its cue, however the parse hung it ---------------------------


def test_a_quoted_clause_after_the_cue_is_its_clause_even_with_an_edited_capital():
    # "[h]is" (the editor's capital) sends the quotation's verb to the main verb in the parse
    df = _said(
        "The Nordic Space Agency paused its broadcast on Friday. It also credited the "
        "cosmonaut with making the mission possible, noting on Twitter \"[h]is courage opened "
        'the era of spacewalks".'
    )
    row = df.iloc[1]  # the cue is "credited with" (a merit given) or "noting"
    assert row["speaker"] == "Nordic Space Agency" and row["cue"] in ("credited with", "noting")
    text = df.attrs["articles"][row["article_id"]]["text"]
    spans = " ".join(text[a:b] for a, b in row["speech_spans"])
    assert "[h]is courage opened the era of spacewalks" in spans


def test_a_quotation_running_on_into_the_next_sentence_is_no_clause_of_the_verb_before_it():
    # the quotation opens with an adjective, not a determiner, so only the run-on check
    # keeps "adds" from taking it as its clause
    df = _said(
        "Floods cut the town off for three days in March. The council review adds \"fresh "
        "weight to fears that the river defences are failing. And that nobody will pay to mend "
        "them,\" said Ruth Okafor, who chairs the residents' group."
    )
    assert df["cue"].iloc[1] != "adds"
    assert df["speaker"].iloc[2] == "Ruth Okafor"


# --- a statement or warning issued with what it says ------------------------------------------

ISSUED = """The ministry issued a statement to the effect that the border would stay shut.

Hours later, the army issued a statement to the effect the general had resigned.

The club issued a warning on Friday that fans without tickets would be turned away.

The embassy issued a notice which was posted on its website.

The regulator issued a warning to the bank over its lending.

The agency issued a statement that angered farmers.

The firm issued a statement its lawyers had drafted overnight."""


@pytest.mark.parametrize(
    ("snippet", "speaker", "spans"),
    [
        ("to the effect that", "ministry", ["the border would stay shut"]),
        ("to the effect the general", "army", ["the general had resigned"]),
        ("issued a warning on Friday", "club", ["fans without tickets would be turned away"]),
        # what was issued, with no clause saying what it says: narration
        ("issued a notice which", None, None),
        ("issued a warning to the bank", None, None),
        ("a statement that angered", None, None),
        ("a statement its lawyers", None, None),
    ],
)
def test_a_statement_issued_with_its_content_is_reported_speech(snippet, speaker, spans):
    df = _said(ISSUED)
    row = df[df["text"].str.contains(snippet, regex=False)].iloc[0]
    assert row["speaker"] == speaker
    if spans is not None:
        assert row["speaker_type"] == "indirect"
        assert [ISSUED[a:b] for a, b in row["speech_spans"]] == spans


# --- a clause whose verb the tagger read as a noun --------------------------------------------


def test_a_past_tense_read_as_a_noun_still_makes_the_object_a_clause():
    # the tagger reads "suffocated" as a noun: "many of [the wounded suffocated]"
    text = (
        "A fire swept through the hostel overnight. State television reported many of the "
        "wounded suffocated.\n\nA mine collapsed in the south. Local media reported several "
        "of the trapped suffocated.\n\nThe coroner reported a hundred."
    )
    df = _said(text)
    got = [(r.speaker, r.speaker_type) for r in df.itertuples()]
    assert got[1] == ("state television", "indirect")
    assert got[3] == ("local media", "indirect")
    assert [text[a:b] for a, b in df["speech_spans"].iloc[3]] == [
        "several of the trapped suffocated"
    ]
    assert got[4] == (None, None)  # a noun ending like a past tense is still a noun


# --- a finding that research reports ----------------------------------------------------------

FINDINGS = """In findings published on Tuesday in the journal Marine Biology, researchers from the University of Tromso reported a new way in which whales find their prey in deep water.

Scientists reported the discovery of a new species of frog in the Andes.

A study by the University of Leeds was published on Monday. The study also revealed the importance of sleep for memory.

Police reported the arrest of three men.

Microsoft reported a rise in profits.

In findings published on Tuesday in the journal Marine Biology, researchers from the University of Tromso examined how whales find their prey."""  # noqa: E501


@pytest.mark.parametrize(
    ("snippet", "speaker", "spans"),
    [
        # what researchers report, or a report framed by its publication, is a finding told
        (
            "reported a new way",
            "researchers from the University of Tromso",
            ["a new way in which whales find their prey in deep water"],
        ),
        (
            "reported the discovery",
            "scientists",
            ["the discovery of a new species of frog in the Andes"],
        ),
        ("revealed the importance", "University of Leeds", ["the importance of sleep for memory"]),
        # other reports with no clause are acts or results, and "examined" reports nothing
        ("reported the arrest", None, None),
        ("reported a rise", None, None),
        ("examined how", None, None),
    ],
)
def test_what_research_reports_is_a_finding_told(snippet, speaker, spans):
    df = _said(FINDINGS)
    row = df[df["text"].str.contains(snippet, regex=False)].iloc[0]
    assert row["speaker"] == speaker
    if spans is not None:
        assert [FINDINGS[a:b] for a, b in row["speech_spans"]] == spans


# --- what someone did in a statement, speech or letter ----------------------------------------

SAID_IN = """In his speech, Mayor Tom Reed set out a ten-year plan for the city's parks.

In a letter to shareholders, the chief executive Ann Bee thanked staff for a difficult year.

In his statement, Defence Minister Sam Cole found the raid justified.

In a short speech, Governor Lee Park was visibly moved.

In a statement, the club did not comment on the transfer."""


@pytest.mark.parametrize(
    ("snippet", "speaker", "spans"),
    [
        ("set out", "Tom Reed", ["a ten-year plan for the city's parks"]),
        ("thanked staff", "Ann Bee", ["staff for a difficult year"]),
        ("found the raid", "Sam Cole", ["the raid justified"]),
        # a verb of being says nothing of its own; a negated verb says nothing
        ("visibly moved", None, None),
        ("did not comment", None, None),
    ],
)
def test_what_someone_did_in_a_statement_is_what_they_said(snippet, speaker, spans):
    df = _said(SAID_IN)
    row = df[df["text"].str.contains(snippet, regex=False)].iloc[0]
    assert row["speaker"] == speaker
    if spans is not None:
        assert row["speaker_type"] == "indirect"
        assert [SAID_IN[a:b] for a, b in row["speech_spans"]] == spans


def test_a_quoted_name_opening_a_sentence_as_its_subject_is_no_quotation():
    df = _said(
        'In a July speech in Ohio, the senator introduced a plan called "Fair Deal Now" to cut '
        'taxes. "Fair Deal Now" is a form of economic nationalism that his party has long '
        'backed. "It is a fair deal," said the senator. "This plan works", he added.'
    )
    said = [(r.speaker, r.speaker_type) for r in df.itertuples()]
    assert said[1] == (None, None)
    # a quotation whose comma stands outside the marks is still one
    assert said[2:] == [("senator", "direct"), ("senator", "direct")]


@pytest.mark.parametrize(
    "text",
    [
        # a predicate that calls the quotation said, or a cue after it: words someone said
        '"Welcome to the fair" was the message from the pilot as we landed at the airport.',
        '"Vote for Change" urged the front page headline of the city\'s morning newspaper.',
    ],
)
def test_a_quotation_opening_a_sentence_that_is_called_said_stays_a_quotation(text):
    assert _said(text)["speaker_type"].iloc[0] == "direct"


# --- stances, views and judgements with their content (round 4) -------------------------------

STANCES = """Coach Lena Ortiz spoke after the final.

The statement attributed the delay to a software fault.

Ortiz is hopeful that the win will lift the young squad.

Chief engineer Raj Patel is concerned about how far the repairs might delay the launch.

Ortiz was hopeful in 2019 too.

It is certain that the bridge will close.

Team captain Ben Ward said the players are confident of winning the cup.

Dr Anna Cole told the inquiry that the ward was full.

Her main concern is "patient safety".

His concern is the cost.

In her view, the hospital needs more staff.

For many economists, a rate cut is now unavoidable.

For the drivers, the new road is a relief.

Higher taxes are regarded by most economists as a drag on growth.

The striker is seen as a future captain.

Economists expect the central bank to raise rates in May.

Vexo Motors expects to reopen the plant in June.

The mayor is tipped to win a second term.

Analysts tipped the bank to beat forecasts.

Sprinter Ada Kerr has ruled out any return to competition this year.

Winger Tom Lacey has been ruled out of the match with a knee injury.

The quote is often attributed to Mark Twain.

Senator Joan Hale has claimed widespread fraud in the count.

Senator Hale claimed victory on Sunday night.

Singer Dee Vance thanked the crew and "a band that carried me through the worst year".

Singer Dee Vance thanked her fans.

The fire began, the county fire service described, in a storage room behind the kitchen.

Rescue workers have indicated a second search is under way.

Residents who fear the plant will close met on Monday."""

STANCES_EXPECTED = {
    # an adjective of a stance with its clause, in the present; not a past hope, nor "it is"
    "is hopeful that": ("Lena Ortiz", "indirect", ["the win will lift the young squad"]),
    "is concerned about how far": (
        "Raj Patel",
        "indirect",
        ["how far the repairs might delay the launch"],
    ),
    "was hopeful in 2019": (None, None, None),
    "It is certain": (None, None, None),
    # inside another speaker's clause the stance is that speaker's words
    "are confident of winning": ("Ben Ward", "indirect", None),
    # a possessor's stance noun with "is" and a quoted or clausal content
    "main concern is": ("Anna Cole", "indirect", ["patient safety"]),
    "His concern is the cost": (None, None, None),
    # an opening that names whose view the sentence is
    "In her view": ("Anna Cole", "indirect", ["the hospital needs more staff"]),
    "For many economists": ("economists", "indirect", ["a rate cut is now unavoidable"]),
    "For the drivers": (None, None, None),
    # a view with its holder as the "by" agent; agentless, it is the reporter's
    "regarded by most economists": ("economists", "indirect", ["a drag on growth"]),
    "is seen as a future captain": (None, None, None),
    # what is expected with a clause of its own; a plan of the subject's is no view
    "Economists expect": ("economists", "indirect", ["the central bank to raise rates in May"]),
    "expects to reopen": (None, None, None),
    # a tip, a ruling-out and a cause given in the active voice; passives say nothing
    "is tipped to win": (None, None, None),
    "Analysts tipped": ("analysts", "indirect", None),
    "has ruled out any return": ("Ada Kerr", "indirect", ["any return to competition this year"]),
    "has been ruled out of": (None, None, None),
    "attributed the delay": ("statement", "indirect", None),
    "often attributed to": (None, None, None),
    # a wrongdoing claimed is an allegation; a victory claimed is none
    "claimed widespread fraud": ("Joan Hale", "indirect", ["widespread fraud in the count"]),
    "claimed victory": (None, None, None),
    # thanks with a quoted fragment give its words; bare thanks none
    "the crew and": ("Dee Vance", "indirect", ["a band that carried me through the worst year"]),
    "thanked her fans": (None, None, None),
    # a cue set in as an aside reports the clause around it
    "the county fire service described": ("county fire service", "indirect", None),
    # "indicated" with the clause's subject parsed as its object
    "have indicated": ("rescue workers", "indirect", ["a second search is under way"]),
    # a view in a relative clause about its noun is the reporter's description
    "Residents who fear": (None, None, None),
}


@pytest.mark.parametrize("snippet", list(STANCES_EXPECTED))
def test_a_stance_or_view_with_its_content_is_a_statement(snippet):
    said = _said(STANCES)
    hits = said[said["text"].str.contains(snippet, regex=False)]
    assert len(hits) == 1, f"{snippet!r} matches {len(hits)} sentences"
    row = hits.iloc[0]
    speaker, kind, spans = STANCES_EXPECTED[snippet]
    assert (row["speaker"], row["speaker_type"]) == (speaker, kind)
    if spans is not None:
        assert [STANCES[a:b] for a, b in row["speech_spans"]] == spans


# --- thought and stance with explicit content (round 5) ---------------------------------------

ATTITUDES = """Union leader Maria Gomez spoke at the rally in Madrid.

Acme Motors hopes that the new plant will open in May.

Gomez hopes the strike will end before the summer.

Acme Motors hopes to open a second plant next year.

It is hoped that the bridge will reopen in June.

Analysts felt that the merger would fail.

Gomez felt tired after the long march.

Lamont thought he had scored in the final minute.

The Dairy Council is worried about falling milk prices.

It is also concerned that farmers will lose their land.

Oil prices rose on Monday, with analysts predicting that supply would tighten.

The storm weakened, with an aircraft survey finding no sign of a closed centre.

Finance minister Raj Bhatt has estimated the damage at $5bn.

What organisers estimated at 2,000 people marched through the city.

Acme Motors recognised that the recall had been handled badly.

The awards recognise young film-makers from across Europe.

Investors want the bank to return cash to shareholders.

Does Acme Motors hope that the plant will open on time?

If Acme Motors fears that sales will fall, it will cut prices.

Acme Motors does not fear that sales will fall.

I hope the bridge opens soon.

Fifa president Sepp Blatter hopes Thierry Henry will be named player of the year.

Everton's Weir cools Euro hopes Everton defender David Weir has played down talk of Europe.

The prime minister probably hopes that the economy will decide the election.

Club physio Dan Moss was hopeful that the striker could return in March.

According to The Herald, astronomers were optimistic that the telescope would launch."""

ATTITUDES_EXPECTED = {
    # a hope with its clause, with or without "that"; a hope to do something is a plan
    "Acme Motors hopes that": ("Acme Motors", "indirect", ["the new plant will open in May"]),
    "Gomez hopes the strike": (
        "Maria Gomez",
        "indirect",
        ["the strike will end before the summer"],
    ),
    "hopes to open a second plant": (None, None, None),
    "It is hoped": (None, None, None),
    # a view in the past is its holder's with its "that"; without it, narration
    "Analysts felt that": ("analysts", "indirect", ["the merger would fail"]),
    "Gomez felt tired": (None, None, None),
    "Lamont thought": (None, None, None),
    # "it" holding a stance that only someone can hold stands for the body named before
    "It is also concerned": ("Dairy Council", "indirect", ["farmers will lose their land"]),
    # "with" and a participle: the noun speaks; what a survey found is the reporter's
    "with analysts predicting": ("analysts", "indirect", ["supply would tighten"]),
    "with an aircraft survey finding": (None, None, None),
    # a figure estimated for something; one inside a noun phrase is a detail
    "has estimated the damage": ("Raj Bhatt", "indirect", ["the damage at $5bn"]),
    "What organisers estimated": (None, None, None),
    "Acme Motors recognised that": (
        "Acme Motors",
        "indirect",
        ["the recall had been handled badly"],
    ),
    "The awards recognise": (None, None, None),
    # a wish takes no clause of content
    "Investors want": (None, None, None),
    # asked, supposed, denied, or the reporter's own
    "Does Acme Motors hope": (None, None, None),
    "If Acme Motors fears": (None, None, None),
    "does not fear": (None, None, None),
    "I hope the bridge": (None, None, None),
    "probably hopes": (None, None, None),
    # "hopes" the noun, read as a verb in a headline glued to the story; a person's hope
    # with a name opening its clause is still one
    "Sepp Blatter hopes": ("Sepp Blatter", "indirect", None),
    "cools Euro hopes": (None, None, None),
    # a stance in the past with its "that"; inside "according to X" it is X's report
    "was hopeful that": ("Dan Moss", "indirect", ["the striker could return in March"]),
    "astronomers were optimistic": ("The Herald", "indirect", None),
}


@pytest.mark.parametrize("snippet", list(ATTITUDES_EXPECTED))
def test_a_thought_or_stance_with_its_content_is_a_statement(snippet):
    said = _said(ATTITUDES)
    hits = said[said["text"].str.contains(snippet, regex=False)]
    assert len(hits) == 1, f"{snippet!r} matches {len(hits)} sentences"
    row = hits.iloc[0]
    speaker, kind, spans = ATTITUDES_EXPECTED[snippet]
    assert (row["speaker"], row["speaker_type"]) == (speaker, kind)
    if spans is not None:
        assert [ATTITUDES[a:b] for a, b in row["speech_spans"]] == spans


# --- narration that only looks like speech (round 4) ---------------------------------------

NARRATION = """Senator Ann Bee was visiting the flooded towns to stress her support for the farmers.

Lawyers for the firm are looking to portray the witness as unreliable.

Mayor Tom Reed went on to say the budget was balanced.

Former minister Joe Park is alleged to have said the report was false.

The council later adopted a plan that Councillor Nia Bell proposed in 2019.

Union leader Sam Ward criticised the board over the pay offer.

Union leader Sam Ward praised the nurses for their work.

Union leader Sam Ward criticised the pay offer as "an insult".

Rivera claims new national record Swimmer Ana Rivera broke her own national record on Sunday.

The two leaders spoke by telephone and expressed their willingness to work together.

Jo Kent supports lower taxes while arguing against the new welfare rules.

Jo Kent argued that the welfare rules were unfair.

The researchers fed the mice a rich diet and observed that the animals gained weight.

The bank is advising Vexo Motors on the sale.

Mayor Lina Ortiz advised residents to stay indoors.

The Greens have promised £2bn in new spending.

The visiting team replied with two late goals.

Dr Lee Chan challenged the minister to publish the full report."""

NARRATION_EXPECTED = {
    # a "to" infinitive tells what is meant or tried; after "go on" or a reporting passive,
    # what was said
    "was visiting the flooded towns": (None, None),
    "are looking to portray": (None, None),
    "went on to say": ("Tom Reed", "indirect"),
    "is alleged to have said": ("Joe Park", "indirect"),
    # a relative clause describing its noun by who proposed it
    "a plan that Councillor": (None, None),
    # criticism and praise with no words: what was judged and why is the reporter's summary
    "over the pay offer": (None, None),
    "for their work": (None, None),
    'as "an insult"': ("Sam Ward", "indirect"),
    # a glued headline's "claims" (won) has no clause in the story's first sentence
    "Rivera claims": (None, None),
    # wishes, positions, observations and advice given as a job are not statements
    "expressed their willingness": (None, None),
    "while arguing against": (None, None),
    "argued that": ("Jo Kent", "indirect"),
    "observed that the animals": (None, None),
    "is advising Vexo": (None, None),
    "advised residents": ("Lina Ortiz", "indirect"),
    # money promised (written with a currency sign) and a sporting reply say nothing
    "have promised £2bn": (None, None),
    "replied with two late goals": (None, None),
    # a challenge to say or do something is the challenger's statement
    "challenged the minister": ("Lee Chan", "indirect"),
}


@pytest.mark.parametrize("snippet", list(NARRATION_EXPECTED))
def test_narration_that_looks_like_speech_is_no_statement(snippet):
    said = _said(NARRATION)
    hits = said[said["text"].str.contains(snippet, regex=False)]
    assert len(hits) == 1, f"{snippet!r} matches {len(hits)} sentences"
    row = hits.iloc[0]
    assert (row["speaker"], row["speaker_type"]) == NARRATION_EXPECTED[snippet]
