"""Topics round 3b: a story whose topic is named late, denied evidence, long quotations.

Made-up news in the shapes that the development set showed going wrong: a report that tells
an attack first and says what it was only further down (a fake suicide vest, the attacker's
past terror conviction) is a story of terrorism from its lead on, when the late evidence is
about the lead's people; a topic that comes up late about a lead with no event of it is not.
Evidence that is denied ("not the work of hackers") sets no story up, and a quotation runs
on over sentences and paragraphs until a mark closes it.
"""

from __future__ import annotations

import kit

MARKET_STABBING = (
    "Man stabs three at city market. "
    "Adam Rahimi, 31, stabbed three shoppers at the covered market on Saturday morning. "
    "Stall holders held him on the ground until officers arrived. "
    "Two of the shoppers were taken to hospital with serious wounds. "
    "The market was closed for the rest of the day. "
    "Traders said they had never seen anything like it. "
    "One stall holder said he had used a broom to knock the knife away. "
    "The mayor thanked the traders for their courage. "
    "Buses were sent around the square until the evening. "
    "Police later said Rahimi had been wearing a fake suicide vest. "
    "Rahimi was convicted of terrorism offences and released from prison last year. "
    "Detectives are treating the attack as a terrorist incident."
)


def tagged(text: str, topic: str = "terrorism") -> list[str]:
    """The sentences of ``text`` tagged with ``topic``, in reading order."""
    df = kit.tag_topics(kit.load_text(text, article_id="t", headers=False))
    return [t for t, ts in zip(df["text"], df["topics"], strict=True) if topic in ts]


def test_late_evidence_about_the_leads_attacker_makes_the_lead_a_story():
    out = tagged(MARKET_STABBING)
    assert "Stall holders held him on the ground until officers arrived." in out
    assert "Two of the shoppers were taken to hospital with serious wounds." in out
    df = kit.tag_topics(kit.load_text(MARKET_STABBING, article_id="t", headers=False))
    lead = df["topic_evidence"].iat[2]
    assert [e["kind"] for e in lead] == ["context"]
    assert list(lead[0]["established_by"]) == [9, 10, 11]


def test_a_lead_without_an_event_of_the_topic_is_not_carried():
    # the same late evidence about the same man, but the lead tells no stabbing: a shop
    # opening whose owner turns out to have a past is no terror story from its start
    calm = MARKET_STABBING.replace(
        "Man stabs three at city market. "
        "Adam Rahimi, 31, stabbed three shoppers at the covered market on Saturday morning. ",
        "New stalls open at city market. "
        "Adam Rahimi, 31, opened a spice stall at the covered market on Saturday morning. ",
    )
    out = tagged(calm)
    assert "Stall holders held him on the ground until officers arrived." not in out
    assert "Police later said Rahimi had been wearing a fake suicide vest." in out


def test_late_evidence_about_someone_else_does_not_reach_back():
    other = MARKET_STABBING.replace(
        "Police later said Rahimi had been wearing", "Police said a man in another city wore"
    ).replace("Rahimi was convicted", "A second man was convicted")
    assert "Stall holders held him on the ground until officers arrived." not in tagged(other)


WEBSITE_OUTAGE = (
    "Council website offline for two days. "
    "The council's website could not be reached on Monday or Tuesday. "
    "Officials said the outage was not the work of hackers. "
    "Engineers replaced a failed server on Wednesday morning. "
    "Residents who wanted to pay their bills were asked to phone instead. "
    "A spokesman said the site had not been hit by a cyber attack."
)


def test_denied_evidence_tags_its_sentence_but_sets_no_story_up():
    # "not the work of hackers": the topic is ruled out, so the article is no story of it
    assert tagged(WEBSITE_OUTAGE, "cybercrime") == [
        "Officials said the outage was not the work of hackers.",
        "A spokesman said the site had not been hit by a cyber attack.",
    ]
    told = WEBSITE_OUTAGE.replace("was not the work", "was the work").replace(
        "had not been hit", "had been hit"
    )
    assert "Engineers replaced a failed server on Wednesday morning." in tagged(told, "cybercrime")


def test_a_quotation_stays_open_through_its_sentences_and_paragraphs():
    from kit._topic_context import quotes_open

    texts = [
        'She added: "I have written to the minister today.',
        "I have also asked him to confirm it.",
        '"This is not an attempt to blame anyone."',
        "The report is due next week.",
        'If we do that, they will pay us," he said.',
    ]
    # the fifth closes a quotation opened in a sentence before it (not shown): read alone
    # it is one mark, which the article's running state, here closed, takes as an opening
    assert quotes_open(texts) == [True, True, False, False, True]
    assert quotes_open(["“It was a shock.", "We had no warning.”", "Police said."]) == [
        True,
        False,
        False,
    ]


SHOP_SALES = (
    "Shop sales rose in March. "
    "Sales rose by 2% across the country, official figures showed. "
    "Clothes shops did best, with sales up by a fifth. "
    'Ms Reed said: "Online shops lost money to criminals who used stolen card numbers. '
    "We have asked the banks for help. "
    '"Every shop needs to check its payments more closely." '
    "Food sales fell slightly over the month."
)


def test_a_passage_goes_on_while_its_quotation_is_open():
    assert tagged(SHOP_SALES, "cybercrime") == [
        'Ms Reed said: "Online shops lost money to criminals who used stolen card numbers.',
        "We have asked the banks for help.",
        '"Every shop needs to check its payments more closely."',
    ]
