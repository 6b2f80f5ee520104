"""Topics round 2: senses and guards on made-up news, article context and its evidence.

Each false-positive kind of issue 14 has a made-up sentence here; so do the continuing
sentences of a story, which are tagged with evidence saying which sentences set it up.
"""

from __future__ import annotations

import pytest
import spacy

import kit


def tag(text: str, topics=None, article_id: str = "t"):
    return kit.tag_topics(kit.load_text(text, article_id=article_id, headers=False), topics)


def topics_of(df) -> dict[str, list[str]]:
    return {row["text"][:24]: list(row["topics"]) for _, row in df.iterrows()}


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("The charity was founded after the 11 September terror attacks in New York.", "terrorism"),
        ("Rates fell sharply after the 9/11 attacks, the bank said on Monday.", "terrorism"),
        ("The minister called the striking dockers economic terrorists.", "terrorism"),
        ("In the TV drama, a terrorist cell plots to bomb a London station.", "terrorism"),
        ("The film's hero spends the second half on the run from a gang.", "fugitives"),
        (
            "Jane Roe, a counter-terrorism adviser, said the council budget was too small.",
            "terrorism",
        ),
        ("At a cyber security conference in Berlin, the firm launched a new phone.", "cybercrime"),
        ("Doctors said the virus had spread to three more patients in the hospital.", "cybercrime"),
        ("He was hacked off with the referee after the match.", "cybercrime"),
        (
            "Police searched the flat after his arrest, and he was later released on bail.",
            "fugitives",
        ),
        ("Thousands fled the fighting and crossed the border as refugees.", "fugitives"),
    ],
)
def test_false_positive_kinds_are_not_tagged(text, topic):
    out = tag(text)
    assert topic not in {t for ts in out["topics"] for t in ts}, list(out["topic_evidence"])


@pytest.mark.parametrize(
    ("text", "topic", "term"),
    [
        ("Militants claimed responsibility for the blast in the market.", "terrorism", None),
        ("The IRA planted the bomb outside the pub in 1974.", "terrorism", "named group"),
        ("A car packed with explosives hit the gate of the base.", "terrorism", None),
        ("Islamic State fighters seized the town on Friday.", "terrorism", "named group"),
        ("The e-mail virus spread to a million computers in a day.", "cybercrime", None),
        (
            "Criminals using the internet stole the card numbers of 40,000 shoppers.",
            "cybercrime",
            None,
        ),
        ("The gang hacked the council's payroll system last year.", "cybercrime", None),
        ("The businessman jumped bail and remains at large.", "fugitives", None),
        ("He has been on the run since a court convicted him of fraud.", "fugitives", None),
        ("Hundreds of prisoners escaped from the camp after the airstrikes.", "fugitives", None),
    ],
)
def test_missed_kinds_are_tagged_with_what_matched(text, topic, term):
    out = tag(text)
    ev = [e for e in out["topic_evidence"].iloc[0] if e["topic"] == topic]
    assert ev, f"{topic} not found in {text!r}"
    for e in ev:
        assert e["kind"] in {"term", "form", "pattern", "cue"}
        assert text[e["start"] : e["end"]] == e["text"]  # the matched text, as written
    if term:
        assert term in {e["term"] for e in ev}


def test_virus_label_is_the_pattern_not_the_matched_words():
    out = tag("The computer virus outbreak closed banks.")
    (e,) = out["topic_evidence"].iloc[0]
    assert (e["term"], e["text"], e["kind"]) == ("computer virus", "computer virus", "pattern")


BOMBING = (
    "A car bomb exploded outside a police station in the north of the country on Monday. "
    "Dozens died in the attack, officials said. "
    "The explosion was heard across the city. "
    "Militants claimed responsibility for the bombing in a statement. "
    "Rescue workers searched the rubble through the night. "
    "The city's mayor declared three days of mourning."
)


def test_a_story_carries_its_sentences_with_context_evidence():
    out = tag(BOMBING, article_id="bombing")
    assert all("terrorism" in ts for ts in out["topics"]), topics_of(out)
    row = out.iloc[2]  # "The explosion was heard across the city."
    (e,) = row["topic_evidence"]
    assert e["kind"] == "context" and e["text"] == "explosion" and e["term"] == "explosion"
    assert list(e["established_by"]) == [0, 3]
    assert "car bomb" in list(e["terms"])
    plain = out.iloc[4]["topic_evidence"][0]  # no word of its own: the story carries it
    assert (plain["kind"], plain["term"], plain["start"], plain["end"]) == (
        "context",
        "story",
        out.iloc[4]["start_char"],
        out.iloc[4]["start_char"],
    )


def test_a_passage_in_another_story_carries_on_by_name_only():
    text = (
        "The software firm reported strong sales in the third quarter. "
        "Its founder, Ann Bee, is fighting extradition to the United States. "
        "Bee's lawyer said the charges were political. "
        "The firm's shares rose 3% on the news. "
        "Analysts expect a dividend next year. "
        "The company employs 2,000 people in Leeds."
    )
    out = tag(text)
    assert [list(t) for t in out["topics"]] == [[], ["fugitives"], ["fugitives"], [], [], []]
    (e,) = out.iloc[2]["topic_evidence"]
    assert e["kind"] == "context" and list(e["established_by"]) == [1] and "Bee" in e["terms"]


ESCAPE = (
    "Police hunt escaped prisoner. "
    "Tom Reed, 36, escaped from a prison van in Leeds on Monday. "
    "He is still on the run, police said. "
    "The van was taking him to a court hearing. "
    "Officers searched fields near the motorway with dogs. "
    "Drivers were told not to pick up hitchhikers. "
    "The city council has approved a new bus lane on the ring road. "
    "Work on the lane starts in May. "
    "Reed was jailed in 2019 for armed robbery. "
    "He had served half of his sentence. "
    "The council said the bus lane would cut journey times."
)


def test_a_story_in_the_lead_goes_on_by_its_actors_name_and_pronouns_not_into_background():
    out = tag(ESCAPE, article_id="escape")
    fugitives = ["fugitives" in ts for ts in out["topics"]]
    # the headline and lead set the story up; the bus lane is background, however near
    assert fugitives == [True] * 6 + [False, False, True, True, False], topics_of(out)
    (by_name,) = out.iloc[8]["topic_evidence"]  # "Reed was jailed in 2019 ..."
    assert by_name["kind"] == "context" and list(by_name["established_by"]) == [0, 1, 2]
    assert list(by_name["terms"])[-1] == "Reed"
    (by_pronoun,) = out.iloc[9]["topic_evidence"]  # "He had served half of his sentence."
    assert list(by_pronoun["terms"])[-1] == "pronoun"


def test_evidence_only_at_the_end_makes_no_story_of_the_whole_article():
    text = (
        "A gas explosion destroyed a block of flats in the city on Monday. "
        "Rescuers pulled five people from the rubble. "
        "The blast was heard across the city. "
        "Engineers said a leaking pipe was the likely cause. "
        "The flats were built in 1973. "
        "The mayor visited the injured in hospital. "
        "Residents of nearby streets were allowed home on Tuesday. "
        "No terrorist group has claimed it. "
        "One newspaper said police were investigating it as terrorism, which officials denied."
    )
    out = tag(text)
    # the lead is about a gas explosion: its cue words ('explosion', 'blast') stay cues
    assert not any("terrorism" in ts for ts in out["topics"].iloc[:7]), topics_of(out)
    assert "terrorism" in out["topics"].iloc[8]


def test_a_health_story_does_not_make_virus_cybercrime():
    text = (
        "The virus has killed 12 people in the province, health officials said. "
        "Hospitals reported 300 new infections on Tuesday. "
        "The virus spreads through coughs, doctors said."
    )
    assert tag(text)["topics"].list.len().sum() == 0


def test_context_can_be_switched_off_and_works_for_ones_own_topic(monkeypatch):
    def no_parse(*args, **kwargs):
        raise AssertionError("tag_topics ran the spaCy pipeline")

    df = kit.load_text(BOMBING, article_id="bombing", headers=False)
    monkeypatch.setattr(spacy.language.Language, "__call__", no_parse)
    monkeypatch.setattr(spacy.language.Language, "pipe", no_parse)
    mine = {"attacks": {"terms": ["car bomb", "claimed responsibility"], "cues": ["explosion"]}}
    out = kit.tag_topics(df, mine)
    assert all("attacks" in ts for ts in out["topics"])
    kinds = [e["kind"] for ev in out["topic_evidence"] for e in ev]
    assert kinds.count("context") == 4
    off = kit.tag_topics(df, {"attacks": {**mine["attacks"], "context": False}})
    assert [len(t) for t in off["topics"]] == [1, 0, 0, 1, 0, 0]


def test_bad_cues_and_context_say_what_is_wrong():
    with pytest.raises(kit.LexiconError, match="cue 1"):
        kit.load_topics({"x": {"terms": ["a"], "cues": [{"word": "b"}]}})
    with pytest.raises(kit.LexiconError, match="context must be true or false"):
        kit.load_topics({"x": {"terms": ["a"], "context": "yes"}})


@pytest.mark.parametrize(
    ("text", "topic", "lexicon", "tagged"),
    [
        # senses of several tokens: "dark web", "e-mail" (three tokens: e - mail)
        (
            "The kit was sold on the dark web.",
            "x",
            {"x": {"cues": ["kit"], "senses": ["dark web"]}},
            True,
        ),
        (
            "The kit was sold on the web.",
            "x",
            {"x": {"cues": ["kit"], "senses": ["dark web"]}},
            False,
        ),
        ("The virus spread by e-mail to thousands.", "cybercrime", None, True),
        # guard words of several tokens: "box office"
        (
            "A terrorist plot drove the picture to the top of the box office.",
            "terrorism",
            None,
            False,
        ),
        (
            "The kit was sold in the box office.",
            "x",
            {"x": {"terms": ["kit"], "unless": ["box office"]}},
            False,
        ),
        (
            "The kit was sold in the office.",
            "x",
            {"x": {"terms": ["kit"], "unless": ["box office"]}},
            True,
        ),
    ],
)
def test_senses_and_guards_of_several_words_match_as_phrases(text, topic, lexicon, tagged):
    out = tag(text, lexicon)
    assert (topic in out["topics"].iloc[0]) is tagged, list(out["topic_evidence"].iloc[0])


def _model(**weights):
    """A context model by hand: standardised features weighed as given, the rest zero."""
    from kit import _topic_context as ctx

    names = list(ctx.FEATURES)
    return ctx.Model.from_dict(
        {
            "features": names,
            "mean": [0.0] * len(names),
            "scale": [1.0] * len(names),
            "coef": [weights.get(f, 0.0) for f in names],
            "intercept": -1.5,
        }
    )


def test_a_learned_context_model_tags_with_its_score_and_reasons(monkeypatch):
    # near evidence and in a story-dense article: continues; far from it: does not
    model = _model(near_before=3.0, near_after=1.0, local_density=2.0, past_last=-12.0)
    monkeypatch.setattr(kit.topics, "_context_model", lambda: model)
    out = tag(BOMBING, article_id="bombing")
    assert [list(t) for t in out["topics"]] == [["terrorism"]] * 5 + [[]], topics_of(out)
    (e,) = out.iloc[2]["topic_evidence"]  # "The explosion was heard across the city."
    assert (e["kind"], e["term"], e["text"]) == ("context", "explosion", "explosion")
    assert list(e["established_by"]) == [0, 3] and "car bomb" in list(e["terms"])
    assert 0.5 <= e["score"] <= 1 and "after evidence" in list(e["why"])
    own = out.iloc[0]["topic_evidence"][0]  # own evidence has no score
    assert own["kind"] != "context" and own["score"] is None


def test_a_context_model_for_other_features_is_refused():
    from kit import _topic_context as ctx

    with pytest.raises(ValueError, match="train it again"):
        ctx.Model.from_dict(
            {"features": ["cue"], "mean": [0], "scale": [1], "coef": [1], "intercept": 0}
        )


COLUMN = (
    "Who guards your details? "
    "Banks know more about us than we think, writes our columnist. "
    "Most of us never ask where that knowledge goes. "
    "Last month hackers broke into the systems of two high street banks. "
    "They took the names and addresses of 40,000 customers. "
    "The banks wrote to every customer in March. "
    "Regulators want a report by the summer. "
    "The stolen details were later used in phishing e-mails. "
    "My own bank says nothing changed for its customers. "
    "I have kept my account there for twenty years. "
    "The weather has been kind to the allotment this spring. "
    "My tomatoes are already flowering. "
    "The beans went in last week."
)


def test_a_column_that_names_its_topic_in_the_fourth_sentence_is_a_story():
    # a feature's headline and first lines may be a question or a scene: the lead runs to
    # the fourth sentence, and the sentences between its two evidence sentences go on with it
    out = tag(COLUMN)
    cyber = ["cybercrime" in ts for ts in out["topics"]]
    assert cyber[3:11] == [True] * 8 and cyber[-2:] == [False, False], topics_of(out)
    (e,) = out.iloc[5]["topic_evidence"]  # "The banks wrote to every customer in March."
    assert e["kind"] == "context" and list(e["established_by"]) == [3, 7]
    assert {"hacker", "phishing"} <= set(e["terms"])


def test_two_sentences_of_a_topic_make_a_story_without_cue_words():
    text = (
        "Court jails terrorist for ten years. "
        "A man was sentenced at the Old Bailey on Friday. "
        "The judge said he had shown no remorse. "
        "He was arrested at his flat in 2021. "
        "The terrorist had bought chemicals online. "
        "His lawyer said he would appeal."
    )
    out = tag(text)
    assert all("terrorism" in ts for ts in out["topics"]), topics_of(out)
    (e,) = out.iloc[1]["topic_evidence"]
    assert e["kind"] == "context" and list(e["established_by"]) == [0, 4]


def test_a_list_of_crimes_in_a_speech_makes_no_story():
    # each evidence sentence names several topics at once: an agenda, not what the
    # article is about, so the sentences between them stay untagged
    text = (
        "Minister opens police college. "
        "The minister said the college in Leeds would train officers to fight terrorism, "
        "cybercrime and drug trafficking. "
        "It will open in September with 300 places. "
        "Building work cost 40 million pounds. "
        "Terrorism and online fraud remain the gravest threats, she told the guests. "
        "The college has a library and a sports hall."
    )
    out = tag(text)
    assert [len(ts) for ts in out["topics"]] == [0, 2, 0, 0, 2, 0], topics_of(out)


def test_the_function_words_of_names_link_no_sentences():
    from kit import _topic_context as ctx

    words = ["The", "Times", "said", "the", "Bank", "of", "England", "agreed"]
    ents = ["B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    assert ctx.names(words, ents) == {"Times", "Bank", "England"}


RAID = {
    "raids": {
        "terms": ["armed raid", "raiders"],
        "cues": ["stole", "getaway"],
        "unless": ["film"],
        "not_when": [[{"LOWER": "raid"}, {"LOWER": "insurance"}]],
    }
}


def test_a_sentence_with_the_topics_guard_words_is_no_part_of_its_story():
    text = (
        "Armed raid on city bank. "
        "Raiders stole £20,000 from the bank on Monday. "
        "The getaway car was found burnt out in a wood. "
        "A film about a bank robbery was shot in the same street last year. "
        "Police appealed for witnesses."
    )
    out = tag(text, RAID)
    raids = ["raids" in ts for ts in out["topics"]]
    # near the story and linked to it, but a film: unless words keep context off it too
    assert raids == [True, True, True, False, True], topics_of(out)


def test_a_use_demoted_by_not_when_does_not_set_a_story_up():
    lexicon = {
        "raids": {
            "terms": ["armed raid"],
            "cues": ["stole", "getaway", "robbery"],
            "not_when": [[{"LOWER": "armed"}, {"LOWER": "raid"}, {"LOWER": "insurance"}]],
        }
    }
    text = (
        "Insurers cut prices. "
        "Armed raid insurance for shops got cheaper this year, brokers said. "
        "Premiums for home cover rose. "
        "Brokers blamed a price war between the big insurers. "
        "An armed raid on a jeweller in Leeds cost one insurer £1m in May. "
        "A robbery claim takes weeks to settle. "
        "Car insurance prices were flat. "
        "Travel cover fell by 4%. "
        "Pet insurance rose for the third year. "
        "Brokers expect prices to rise in the spring."
    )
    out = tag(text, lexicon)
    raids = ["raids" in ts for ts in out["topics"]]
    # in passing ('armed raid insurance') the term is a cue that only carries a story on: it
    # does not put the topic in the lead of a piece on insurance prices; the raid in it is a
    # passage
    assert raids == [False] * 4 + [True, True] + [False] * 4, topics_of(out)


def test_not_when_demotes_a_cue_with_its_sense_word_too():
    lexicon = {
        "malware": {
            "terms": ["ransomware"],
            "cues": [{"term": "virus", "with": ["computer"]}],
            "not_when": [[{"LOWER": "anti"}, {"ORTH": "-"}, {"LOWER": "virus"}]],
        }
    }
    passing = tag("Jo Lee of anti-virus firm Sophos said computer sales rose.", lexicon)
    assert passing["topics"].list.len().sum() == 0, list(passing["topic_evidence"])
    (e,) = tag("The virus wiped the computer's files.", lexicon)["topic_evidence"].iloc[0]
    assert e["kind"] == "cue" and e["term"] == "virus"


@pytest.mark.parametrize(
    "text",
    [
        "Jo Lee of anti-virus firm Kestrel said two e-mail hoaxes topped its list in May.",
        "Keep your anti-virus software and your computer's firewall up to date.",
        "The firm bought an antivirus maker to improve the security of its Windows software.",
        "The anti-spyware tool for Windows computers is free to download until June.",
    ],
)
def test_protection_software_and_firms_in_passing_are_no_cybercrime(text):
    out = tag(text)
    assert "cybercrime" not in out["topics"].iloc[0], list(out["topic_evidence"].iloc[0])


def test_malware_a_protection_firm_warns_of_is_still_cybercrime():
    out = tag("The worm deletes files on infected computers, anti-virus firm Kestrel said.")
    terms = {e["term"] for e in out["topic_evidence"].iloc[0] if e["topic"] == "cybercrime"}
    assert terms and "virus" not in terms, terms


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("The firm announces the vulnerabilities in its Windows software every month.", False),
        ("The update closes a security hole in the browser, the company said.", False),
        ("Hackers exploited a vulnerability in the browser to steal passwords.", True),
        ("A flaw in the browser let hackers take over the computers of its users.", True),
        ("Criminals used a security hole in Windows to spread the worm to computers.", True),
    ],
)
def test_a_software_flaw_is_cybercrime_only_with_an_attacker(text, tagged):
    out = tag(text)
    assert ("cybercrime" in out["topics"].iloc[0]) == tagged, list(out["topic_evidence"])


@pytest.mark.parametrize(
    ("text", "tagged"),
    [
        ("The copy protection on the discs was hacked within a week of their release.", False),
        ("The studio fears hackers will find a way around its new anti-copying system.", False),
        ("Hackers broke into the studio's computer network and stole staff records.", True),
    ],
)
def test_hacked_copy_protection_is_piracy_not_cybercrime(text, tagged):
    out = tag(text)
    assert ("cybercrime" in out["topics"].iloc[0]) == tagged, list(out["topic_evidence"])
