"""Who a statement is credited to, round 3: quote blocks, names and descriptions resolved to
the speaker the article gave (sentences written for these tests, in the style of news)."""

from __future__ import annotations

import pandas as pd
import pytest

import kit

TEXTS = {
    "block": (
        "Mark Hollis withdrew his offer for Redbridge United last month. He accused the "
        'board of treating him as "a bargaining chip", but chairman Ian Dawson replied: '
        '"Nobody was used here. We talked with Mark in good faith.\n\n"The door is not '
        'closed."\n\nThe club will meet its bankers on Friday.'
    ),
    "same_subject": (
        "Police chief Dean Boyd led the raid on Tuesday. Customs officer Tom Reid described "
        "it to reporters. Mr Boyd said the raid was a coup but he added: \"We have not "
        'solved the problem."'
    ),
    "headline": (
        "Brave Radcliffe takes New York title Paula Radcliffe won the New York marathon on "
        'Sunday. "It was tough out there," Radcliffe said.'
    ),
    "judge": (
        "Superior Court Judge Ann Kirby ruled for the company on Friday. The bloggers had "
        'argued that the leak was news. The Judge wrote: "The public interest is not '
        'served by this leak."'
    ),
    "giant": (
        "Software giant Orbix has cut 500 jobs in Ireland. The cuts follow a fall in sales. "
        "In March, the software giant said that orders had slowed."
    ),
    "relation": (
        "Comic book writer Stan Vale, 82, won his case against the studio on Monday. Of the "
        'settlement, his lawyer said: "It could be worth millions."'
    ),
    "researchers": (
        "On Friday, researchers from Halden University said they had made a coating that "
        "repels water. The coating costs little to make. The researchers said it could cut "
        "the water used by toilets by half."
    ),
    "plural_role": (
        "The court ruled against the bloggers. A lawyer for the three bloggers said the "
        "ruling set a dangerous precedent."
    ),
    "inner_word": 'Barcelona star Ronaldinho admitted: "Chelsea are a very strong team."',
    "introduced": (
        '"The new computer is ready for the living room," said analyst Ian Fogg. "It is '
        'cheap." One dissenting view came from Brian Gammage, vice-president of research at '
        'analysts Gartner. He said: "I do not think it changes the world."'
    ),
    "title_subject": (
        'Scottish Finance Minister, Tom McCabe MSP, said: "We announced more money for '
        'councils last week."'
    ),
    "new_subject": (
        '"The players want to play every game," said winger Jason Hale. "The fans want '
        'to see them." Coach Mike Dunn, though, is keen to protect his squad from injury. '
        '"There is nothing more they can do to impress me."'
    ),
    "topic": (
        "Mr Dean Holt, the league's chief executive, said he feared too many games were "
        "shown on television. Since 1992 the income of clubs has soared. \"Television has "
        'been the driving force. We must watch the quality of the product."'
    ),
    "reporter_words": (
        "Mr Dean Holt, the league's chief executive, said he feared too many games were "
        "shown on television. Since 1992 the income of clubs has soared. \"People want more "
        'games," read a report by the supporters\' union.'
    ),
    "inverted": (
        "Charlton goalkeeper Dean Kiely made three fine saves on Saturday. \"To take the lead "
        'and then to get pegged back, it feels a little bit like a defeat," admitted Kiely.'
    ),
    "surname": (
        "Sacked MP Howard Flight says he will fight on. Mr Flight met party officials on "
        "Tuesday. At a news conference, Mr Howard insisted he had played by the rules."
    ),
    "named_body": (
        "The Countryside Alliance held a rally in London on Sunday. Thousands marched. The "
        "alliance said the new law was unworkable."
    ),
}


@pytest.fixture(scope="module")
def who():
    table = pd.DataFrame({"id": list(TEXTS), "text": list(TEXTS.values())})
    df = kit.load_corpus(table, id_column="id", progress=False, headers=False)
    return kit.attribute_speakers(df)


def _speaker(df, article_id, snippet):
    rows = df[(df["article_id"] == article_id) & df["text"].str.contains(snippet, regex=False)]
    assert len(rows) == 1, f"{snippet!r} matches {len(rows)} sentences"
    return rows.iloc[0]["speaker"]


@pytest.mark.parametrize("snippet", ["Dawson replied", "in good faith", "not closed"])
def test_a_quote_block_goes_to_the_cue_that_brings_it_in_not_to_a_fragment_before(who, snippet):
    assert _speaker(who, "block", snippet) == "Ian Dawson"


def test_he_of_the_cue_that_brings_a_quote_in_is_the_person_named_by_an_earlier_cue(who):
    assert _speaker(who, "same_subject", "not solved") == "Dean Boyd"


def test_a_headline_word_before_a_surname_is_no_first_name(who):
    assert _speaker(who, "headline", "tough out there") == "Paula Radcliffe"


def test_a_capitalised_title_goes_to_the_person_named_with_it(who):
    assert _speaker(who, "judge", "public interest") == "Ann Kirby"


def test_a_description_of_a_body_goes_to_the_body_introduced_so(who):
    assert _speaker(who, "giant", "orders had slowed") == "Orbix"


def test_his_lawyer_is_the_lawyer_of_the_person_the_story_is_about(who):
    assert _speaker(who, "relation", "worth millions") == "Stan Vale's lawyer"


@pytest.mark.parametrize("snippet", ["had made a coating", "The researchers said"])
def test_a_group_keeps_the_article_words_and_the_researchers_go_back_to_it(who, snippet):
    assert _speaker(who, "researchers", snippet) == "researchers from Halden University"


def test_a_role_serving_many_keeps_the_article_words(who):
    assert _speaker(who, "plural_role", "dangerous") == "lawyer for the three bloggers"


def test_a_lower_case_word_inside_a_name_ends_what_describes_the_person(who):
    assert _speaker(who, "inner_word", "strong team") == "Ronaldinho"


def test_he_after_a_source_introduced_in_apposition_is_that_source(who):
    assert _speaker(who, "introduced", "It is cheap") == "Ian Fogg"
    assert _speaker(who, "introduced", "changes the world") == "Brian Gammage"


def test_a_title_the_parse_made_the_speaker_is_the_person_named_in_the_subject(who):
    assert _speaker(who, "title_subject", "more money") == "Tom McCabe"


def test_a_definite_noun_goes_to_the_body_whose_name_ends_with_it(who):
    assert _speaker(who, "named_body", "unworkable") == "Countryside Alliance"


def test_a_quote_after_narration_about_another_person_is_theirs(who):
    assert _speaker(who, "new_subject", "fans want") == "Jason Hale"
    assert _speaker(who, "new_subject", "impress me") == "Mike Dunn"


@pytest.mark.parametrize("snippet", ["driving force", "quality of the product"])
def test_a_quote_with_no_clause_goes_on_with_the_latest_speaker_over_bare_narration(
    who, snippet
):
    assert _speaker(who, "topic", snippet) == "Dean Holt"


def test_a_quote_with_a_clause_of_the_reporter_is_not_the_latest_speakers(who):
    assert _speaker(who, "reporter_words", "People want more games") != "Dean Holt"


def test_a_cue_then_a_name_of_the_article_after_a_quote_credits_that_person(who):
    assert _speaker(who, "inverted", "like a defeat") == "Dean Kiely"


def test_a_surname_after_mr_is_not_the_first_name_of_someone_called_mr_other(who):
    assert _speaker(who, "surname", "played by the rules") == "Howard"
