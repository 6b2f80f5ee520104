"""Who a statement is credited to: quote blocks, names and descriptions resolved to the
speaker the article gave, and institutions and offices named by a common noun ("the city
said", "the government said", "the office asked") resolved to the body the article named
with that noun, else kept as the article's words (sentences written for these tests, in
the style of news)."""

from __future__ import annotations

import pytest
from conftest import attributed, narration, sentence

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
    # institutions and offices named by a common noun
    "city": (
        "A water main burst on Monday in the Canadian city of Port Alder, flooding three "
        "streets. The city said crews would work through the night. The city estimated that "
        "water would return by noon."
    ),
    "appositive": (
        "A bridge collapsed in Karsk, a city in northern Russia, on Monday. The city said it "
        "would open an inquiry."
    ),
    "county": (
        "Officials in Dade County ordered an evacuation on Sunday. The county said shelters "
        "would open at noon."
    ),
    "government_of": (
        "On Friday the government of Tonga closed all schools after an outbreak of flu. "
        "Doctors reported 40 cases. The government said the schools would reopen next month."
    ),
    "national": (
        "The Turkish government sent troops to the border on Tuesday. The government said the "
        "move was defensive."
    ),
    "parse_apart": (
        "A judge ruled the United States federal government's policy unlawful. The "
        "government said it would appeal."
    ),
    "hypothetical": (
        "Ms Hale said a Labour government would cut the tax. The government said the tax "
        "would stay."
    ),
    "office": (
        "The British Embassy in Lima told its citizens to stay indoors. The office advised "
        "travellers to avoid the capital."
    ),
    "palace": "The palace said the king would not attend the ceremony.",
    "mayor": (
        "Fire broke out in the town of Elm Creek on Monday. The town's mayor said the blaze "
        "was under control."
    ),
    "country": (
        "Floods hit Fiji on Monday, cutting roads across Fiji and Tonga. The island nation's "
        "government said three people had died."
    ),
    "outlets": "Several news outlets reported that the senator would resign.",
    "city_of": "The city of Calabasas announced on Twitter that the road would reopen.",
    "owned": (
        "Senator Ann Bee died on Sunday. At 2:45 a.m., her office said, she died at a hospice. "
        "Mayor Tom Reed was taken ill on Sunday. His family said he was recovering."
    ),
    "goodbye": (
        "Fire broke out in the city of Tarnow on Monday. The city said goodbye to its oldest "
        "resident last year. The striker can also say farewell to the cup this season."
    ),
    # quotations that run through sentences, the floor, and what a bare noun refers back to
    "one_word": (
        'Director Ann Cole wrote of the actor, "He was calm. Assured. Always learning. And '
        'he was kind."'
    ),
    "opens_late": (
        "Ann Marsh retired on Monday after forty years. Her colleagues posted messages of "
        'warmth on Twitter on Monday evening: "Thanks. We will miss you", wrote Senator Ruth '
        "Vance."
    ),
    "floor": (
        "Mr Tom Reddy takes up the point, warning that much has to change before we trust "
        'the devices. His worry is "security". "Nobody wants a stranger reading their '
        'heart rate. We have to build that in from the start."'
    ),
    "magazine": (
        "Prince topped the annual list of earners in Tempo Review magazine. Madonna was "
        'second. "Prince is back in the charts," the magazine reported.'
    ),
    "magazine_before": (
        "Prince topped the annual list of earners in US magazine Music Monthly. Madonna was "
        'second. "Prince is back in the charts," the magazine reported.'
    ),
    "statement": (
        "The Riverside Club denied the report. A Riverside Club spokesman said: \"Nobody at "
        'the club said that." The statement added: "We will take no further action."'
    ),
    "messages": (
        "Police warned of a new scam on Monday. The messages claim that the bank account "
        "of the reader has been frozen."
    ),
    "set_off": (
        "Health minister Ann Hale promised shorter waiting lists. In reply to Ms Hale's "
        'remarks, Owen Price, leader of the opposition group, said: "This changes nothing '
        'for patients."'
    ),
}


@pytest.fixture(scope="module")
def who():
    return attributed(TEXTS)


def _row(df, article_id, snippet):
    return sentence(df, snippet, article_id)


def _speaker(df, article_id, snippet):
    return _row(df, article_id, snippet)["speaker"]


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


@pytest.mark.parametrize(
    ("article_id", "snippet", "speaker"),
    [
        ("city", "through the night", "Port Alder"),
        ("city", "by noon", "Port Alder"),
        ("appositive", "open an inquiry", "Karsk"),
        ("county", "shelters", "Dade County"),
        ("city_of", "reopen", "Calabasas"),
    ],
)
def test_a_place_speaking_as_its_administration_is_the_place_the_article_named(
    who, article_id, snippet, speaker
):
    row = _row(who, article_id, snippet)
    assert (row["speaker"], row["speaker_kind"]) == (speaker, "organisation")


@pytest.mark.parametrize(
    ("article_id", "snippet", "speaker"),
    [
        ("government_of", "reopen next month", "government of Tonga"),
        ("national", "defensive", "Turkish government"),
        ("parse_apart", "appeal", "United States federal government"),
    ],
)
def test_the_government_is_the_one_the_article_named_in_its_words(
    who, article_id, snippet, speaker
):
    assert _row(who, article_id, snippet)["speaker"] == speaker


def test_an_indefinite_government_is_not_the_one_that_speaks(who):
    assert _row(who, "hypothetical", "would stay")["speaker"] == "government"


def test_the_office_is_the_public_body_that_spoke_just_before(who):
    assert _row(who, "office", "advised travellers")["speaker"] == "British Embassy in Lima"


def test_a_body_named_by_nothing_else_keeps_the_article_word(who):
    row = _row(who, "palace", "the king")
    assert (row["speaker"], row["speaker_kind"]) == ("palace", "organisation")


def test_the_mayor_of_the_city_speaks_not_the_city(who):
    assert _row(who, "mayor", "under control")["speaker"] != "Elm Creek"


def test_a_body_of_the_described_country_belongs_to_the_country_named_most(who):
    assert _row(who, "country", "three people")["speaker"] == "Fiji's government"


def test_outlets_named_by_a_common_noun_speak(who):
    row = _row(who, "outlets", "senator")
    assert (row["speaker"], row["speaker_kind"]) == ("news outlets", "organisation")


@pytest.mark.parametrize("snippet", ["goodbye", "farewell"])
def test_a_place_or_person_saying_goodbye_reports_nothing(who, snippet):
    row = _row(who, "goodbye", snippet)
    assert narration(row)


@pytest.mark.parametrize(
    ("snippet", "speaker"),
    [("died at a hospice", "Ann Bee's office"), ("recovering", "Tom Reed's family")],
)
def test_his_office_or_her_family_is_named_by_whom_it_serves(who, snippet, speaker):
    row = _row(who, "owned", snippet)
    assert (row["speaker"], row["speaker_kind"]) == (speaker, "organisation")


@pytest.mark.parametrize("snippet", ["Assured.", "Always learning.", "He was calm."])
def test_a_one_word_sentence_inside_a_quotation_is_the_quotations(who, snippet):
    row = _row(who, "one_word", snippet)
    assert (row["speaker"], row["speaker_type"]) == ("Ann Cole", "direct")


def test_a_quotation_opening_at_the_end_of_narration_goes_to_the_speaker_of_its_rest(who):
    row = _row(who, "opens_late", "Thanks.")
    assert (row["speaker"], row["speaker_type"]) == ("Ruth Vance", "direct")


@pytest.mark.parametrize("snippet", ["Nobody wants", "We have to build"])
def test_a_we_in_reported_speech_leaves_the_speaker_holding_the_floor(who, snippet):
    assert _speaker(who, "floor", snippet) == "Tom Reddy"


@pytest.mark.parametrize(
    ("article", "name"), [("magazine", "Tempo Review"), ("magazine_before", "Music Monthly")]
)
def test_the_magazine_is_the_one_named_with_magazine_in_the_first_sentence(who, article, name):
    assert _speaker(who, article, "the magazine reported") == name


def test_a_statement_nobody_named_is_the_body_of_the_spokesman_who_spoke_just_before(who):
    assert _speaker(who, "statement", "no further action") == "Riverside Club"


def test_messages_nobody_named_are_not_the_words_of_whoever_spoke_before(who):
    assert _speaker(who, "messages", "The messages claim") != "Police"


def test_a_person_set_off_by_commas_before_a_subjectless_cue_speaks(who):
    assert _speaker(who, "set_off", "changes nothing") == "Owen Price"
