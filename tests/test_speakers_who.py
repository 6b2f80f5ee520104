"""Who a statement is credited to: descriptions, bodies and names resolved to the speaker."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence

TEXTS = {
    "statement_after": (
        'Chelsea issued a statement on Monday. "We are shocked by the decision. We will '
        'appeal.\n\n"Our players have done nothing wrong."\n\nPolice said the inquiry would '
        "continue."
    ),
    "company_back": (
        "Lufthansa said that it may lose millions of euros. Flights were affected for an hour. "
        "Lufthansa accounts for six out of every 10 planes at the airport. \"We are doing "
        'research," Michael Lamberty, a Lufthansa spokesman, told the BBC. "We are checking if '
        'there is action to be taken." Mr Lamberty explained that the airline did not plan to '
        "sue the airport. The company said that it had to cancel 77 flights."
    ),
    "inner_title": (
        "French Green MEP Alain Lipietz warned that the parliament would reject the plan. "
        'Nottingham City Councillor Brian Parbutt said: "It might sound great, but it breeds '
        'complacency."'
    ),
    "title_case": (
        "At least one consumer group - Consumers Against Supermarket Privacy Invasion and "
        "Numbering (Caspian) - has claimed that the chips could be used to identify people. "
        "Clothes could constantly broadcast messages about their whereabouts, it warned. "
        "Campaigners from Mothers Against Drunk Driving said the limit should be lowered."
    ),
    "name_before": (
        "BMW is to recall cars fitted with a faulty pump made by Bosch. When asked if BMW "
        "would be seeking compensation from Bosch, the carmaker's chief executive Helmut "
        'Panke said: "We will first solve the problem." "Our team" study co-author Tak-Sing '
        'Wong said in a press release "has developed a coating that can make a toilet '
        'self-cleaning." Lord Campbell-Savours challenged Mr Brown to deny the reports.'
    ),
    "they": (
        "The two officers were jailed for seven years. The officers, although suspended from "
        "duty, are back at work. They indicated they would seek a suspension of their "
        "sentences. Business leaders had opposed the plan as they said it would be too costly."
    ),
    "reports": (
        "Reports said at least 116 people died in the earthquake. Early reports suggested "
        "residents used simple tools to rescue people. According to reports, 22 of the "
        "passengers were Cuban. Reports in the Wall Street Journal suggested that the firm "
        "is considering a bid."
    ),
    "new_title": (
        "Emily Spanton met the two officers at a pub in Paris. The defendants claimed Spanton "
        "first complained of theft. Sophie Obadia, a lawyer for the victim, spoke to "
        "reporters after the verdict. The officers are to pay damages. The head of the "
        'police\'s internal investigators told the court "Basic investigations weren\'t done."'
    ),
    "title_of": (
        'Gloucester director of rugby Nigel Melville said: "Phil has broken his arm." '
        "Labour's deputy minister for women Jacqui Smith said the sums did not add up."
    ),
    "counted": (
        "Some consumer groups have expressed concern that the tags could be used to track "
        "shoppers. Both officers indicated they would appeal against the verdict. More than "
        "half (55%) of the respondents said they were worried about the tags. Fifty nine "
        "percent of people said they were worried that the tags would be misused. Many "
        "economists have urged the government to cut taxes."
    ),
    "statement_of": (
        "U.S. District Judge Gray Miller ruled on Friday. Part of the judge's statement reads "
        '"the average woman could be better suited for some roles than the average man." '
        '"Everybody agrees," reads Judge Miller\'s statement.'
    ),
    "first_name": (
        "Carmen Yulín Cruz, the mayor of San Juan, said she would challenge the oath in court."
    ),
    "captain": (
        "Coach Bernard Laporte has made four changes to the side. France have been criticised "
        "for their dull play this year but captain Fabien Pelous sees hope on the horizon. "
        '"I get the impression we are getting better," he said.'
    ),
    "name_parts": (
        "Indeed, News 12 reported, only buildings next to the break were without water. "
        "Turkey's Disaster and Emergency Management Presidency reported the magnitude was 6.6."
    ),
    "company": (
        "Copy protection firm Vantix has devised a new anti-piracy system. "
        "Vantix says the system will stop most copying programs. "
        '"It is designed to reduce piracy," said the company. '
        "The system will be rolled out in May, the firm said."
    ),
    "public_body": (
        "A helicopter under contract to Northern Power and Light (NPL) crashed on Tuesday. "
        "The Regional Department of Fire Protection (RegFire) said two acres burned. "
        "Three contract employees of NPL died. "
        "The company said power was restored by the evening."
    ),
    "rival": (
        "Kraft Foods will stop advertising sweets to children. "
        "Kraft rival PepsiCo began a similar policy last year. "
        "The firm said it would go on advertising to families."
    ),
    "main_clause": (
        "Athletics chief Max Jones believes it is likely Holmes will race. "
        'He said: "It is worth a punt."'
    ),
    "initials": (
        "Kelly Holmes won the 800m. "
        '"I felt good," said Holmes.\n\n'
        "Team: K Holmes (Ealing AC), J Smith (Leeds AC)."
    ),
    "founder": (
        "Music mogul Tony Wilson will be co-executive producer of the film. "
        "Mr Wilson said he would rather not appear in it. "
        "He made a cameo appearance in an earlier film, in which his part was played by "
        "Steve Coogan. "
        '"I did a lousy job playing my part," said the record label founder.'
    ),
    "professor": (
        "Warm water is attacking the ice shelves, said study co-author Karen Alley. "
        'The Wooster professor added, "These effects matter."'
    ),
    "two_titles": (
        '"The nominees reflect the strength of British film," said BIFA founder and director '
        "Elliot Grove. Prime Minister Tony Blair and Chancellor Gordon Brown said the tax "
        "would rise."
    ),
    "name_forms": (
        "Yesterday, the United Kingdom's Queen Elizabeth II announced she would suspend "
        "Parliament. Brewer Carlton said profits rose. Foster's said the deal would create a "
        "global player. Ann Bee is running for the Liberal Democrats in Leeds. "
        "Liberal Democrats describes itself as a party of free markets."
    ),
    "goes_on": (
        "Tory leader Michael Howard spoke in Brighton. "
        "Mr Howard denied he had been playing politics with the case of Margaret Dixon. "
        "And he hit back at Labour claims he had used her as a shield. "
        '"She\'s not a human shield, she\'s a human being."'
    ),
    "interrupted": (
        '"Scotland have had some excellent individual performances," said Lions coach Clive '
        'Woodward. "They made it tough for Australia." And Scotland forward Simon Taylor '
        'looks certain to get the call. "I am told he should be back playing by March."'
    ),
    "colon": (
        "The Daily Telegraph reported that three rockets were fired. In a statement, the "
        'Department of Defense justified the strike as "defensive" in nature: "At the '
        "direction of the President, the military has taken decisive defensive action to "
        'protect personnel abroad by killing the commander of the force."'
    ),
    "asked": 'Wheelchair user Kevin Donnellon was asked: "Why do you want to travel so far?"',
    "relatives": (
        "English drummer Ginger Baker died on Sunday. The news was confirmed with his daughter "
        "Nettie Baker. Although he lived in South Africa, his daughter said he died in Britain."
    ),
    "relative_unnamed": "Singer Ann Bee died on Monday. Her son said she had been ill for years.",
    "acronym_who": "The World Health Organization (WHO) met on Monday. WHO said the risk was low.",
    "the_hindu": (
        "Mysore Division celebrated the day. Various activities are being held this week, "
        "newspaper The Hindu reported."
    ),
    "released": (
        'Facebook released a statement which read, in part, "This judgment raises critical '
        'questions around freedom of expression and the role of internet companies."'
    ),
    "it_said": (
        "Greenpeace said the spill was a disaster. The group called for an inquiry. "
        "It said the company had ignored warnings. But the IAAF said it was surprised."
    ),
    "lead": (
        "The head of the insurance market has criticised the financial watchdog as \"timid\". "
        "In a speech on Monday, Mr Nick Prettejohn urged the watchdog to act."
    ),
    "government": (
        "Greyline Motors said sales fell in March. The government said it would act."
    ),
    # who "he" and "she" stand for: the person the story is about, not a person of another
    # office or of the other gender named nearer
    # the leader is "the prime minister", never named so: "He" is not the party chairman
    "unnamed_office": (
        'Tory chairman John Carr attacked the budget on Monday. "It is a disgrace," Mr Carr '
        "told BBC Radio. The prime minister spent the weekend touring the country by helicopter. "
        "He insisted he did not know the date of the election."
    ),
    # the same, with the office named: "He" is the prime minister again
    "named_office": (
        "Prime Minister Tom Reed toured the country on Monday. "
        'Tory chairman John Carr said: "It is a disgrace." '
        "The prime minister spent the weekend touring the north. "
        "He insisted he did not know the date of the election."
    ),
    # the prime minister after the person who is speaking of nothing else
    "same_speaker": (
        'Mr Blair said: "We will make commitments on tax at the time of the manifesto." '
        "The prime minister ridiculed the opposition's plans for asylum quotas. "
        "He challenged them to name the country that would take the migrants, he said."
    ),
    # a description with more than the office may be the story's person again
    "described": (
        "Liverpool captain Tom Reed has said he wants to stay at Anfield and win trophies. "
        "The 24-year-old England midfielder is determined to see out his contract. "
        'He said: "I am signed here for this season and another two."'
    ),
    # "she and Tom Reed": she is still the dancer, known as "she" from "Dame"
    "she_and": (
        "Dame Ann Bee, who has died aged 90, was the first prima ballerina of the country. "
        "In 1950, back in England, she and Tom Reed founded the Festival Ballet. "
        'She retired in 1963, an "instant decision" she said, "largely because of a leg '
        'injury".'
    ),
    # a headline run into the first sentence repeats the name after its honorific
    "headline": (
        "Obituary: Dame Ann Bee Dame Ann Bee, who has died in Bath aged 94, was a dancer. "
        'She once said: "I never wanted to do anything else."'
    ),
    # whose a website or a document is when a possessive says so: the body it belongs to,
    # not the bare noun
    "its_site": (
        "The Civil Aviation Authority, which inspects small airports, was not at the scene. "
        "It is closed because of a strike; however, its website says that its safety desk "
        "is still taking calls."
    ),
    "party_site": (
        "The Green Future party put forward Ann Bee as its candidate in the city. "
        "According to the party's website, Bee is a nurse who has worked in the city for "
        "twenty years."
    ),
    # a named outlet's site stays the outlet
    "outlet_site": (
        "The fire started in the kitchen. The BBC News website said four people were hurt."
    ),
}


@pytest.fixture(scope="module")
def who():
    return attributed(TEXTS)


def _speaker(df, article_id, snippet):
    return sentence(df, snippet, article_id)["speaker"]


@pytest.mark.parametrize("snippet", ["said the company", "the firm said"])
def test_the_company_is_the_body_that_spoke_or_was_introduced_as_one(who, snippet):
    assert _speaker(who, "company", snippet) == "Vantix"


def test_a_company_is_no_public_body_and_an_acronym_names_its_body(who):
    assert _speaker(who, "public_body", "RegFire") == "Regional Department of Fire Protection"
    assert _speaker(who, "public_body", "The company said") == "Northern Power and Light"


def test_the_firm_is_the_body_the_article_names_most_not_its_rival(who):
    assert _speaker(who, "rival", "The firm said") == "Kraft Foods"


def test_the_government_speaks_for_itself(who):
    assert _speaker(who, "government", "The government said") == "government"


def test_a_pronoun_prefers_the_subject_of_the_main_clause(who):
    assert _speaker(who, "main_clause", "worth a punt") == "Max Jones"


def test_an_initial_joins_the_name_written_out(who):
    assert _speaker(who, "initials", "I felt good") == "Kelly Holmes"


def test_a_title_goes_to_the_person_the_story_is_about_when_only_described_otherwise(who):
    # "music mogul" is no office; "He made a cameo" keeps Mr Wilson the subject
    assert _speaker(who, "founder", "lousy job") == "Tony Wilson"


def test_a_definite_description_after_a_quote_goes_on_with_its_speaker(who):
    assert _speaker(who, "professor", "These effects matter") == "Karen Alley"


def test_two_lower_case_titles_before_one_name_are_that_persons(who):
    assert _speaker(who, "two_titles", "nominees reflect") == "Elliot Grove"
    assert _speaker(who, "two_titles", "tax would rise") == "Tony Blair"


@pytest.mark.parametrize(
    ("snippet", "speaker"),
    [
        ("Queen Elizabeth II announced", "Elizabeth II"),  # a possessor is no part of a name
        ("Foster's said", "Foster's"),  # "'s" before a verb: a name, not a possessive
        ("describes itself", "Liberal Democrats"),  # the full name the article uses
    ],
)
def test_name_forms(who, snippet, speaker):
    assert _speaker(who, "name_forms", snippet) == speaker


def test_a_quote_alone_after_narration_about_a_person_is_theirs(who):
    assert _speaker(who, "goes_on", "human being") == "Michael Howard"


def test_a_quote_interrupted_by_narration_goes_on_with_its_speaker(who):
    assert _speaker(who, "interrupted", "back playing by March") == "Clive Woodward"


def test_the_subject_bringing_a_quote_in_after_a_colon_speaks_unless_asked(who):
    assert _speaker(who, "colon", "At the direction") == "Department of Defense"
    assert _speaker(who, "asked", "travel so far") is None


def test_a_relative_is_the_person_introduced_so_else_the_relation(who):
    assert _speaker(who, "relatives", "his daughter said") == "Nettie Baker"
    assert _speaker(who, "relative_unnamed", "Her son said") == "Ann Bee's son"


def test_an_acronym_that_is_also_a_word_names_its_body(who):
    assert _speaker(who, "acronym_who", "risk was low") == "World Health Organization"


def test_a_capitalised_the_before_a_demonym_makes_a_name(who):
    assert _speaker(who, "the_hindu", "newspaper The Hindu") == "Hindu"


def test_a_document_speaks_for_who_released_it(who):
    assert _speaker(who, "released", "critical questions") == "Facebook"


def test_it_has_the_kind_of_what_it_stands_for_and_names_lose_the(who):
    rows = who[who["article_id"] == "it_said"]
    assert rows["speaker"].tolist() == ["Greenpeace"] * 3 + ["IAAF"]
    assert set(rows["speaker_kind"]) == {"organisation"}


def test_a_title_in_the_lead_is_the_person_named_next(who):
    assert _speaker(who, "lead", "The head of") == "Nick Prettejohn"


def test_a_first_name_the_tagger_left_out_is_part_of_the_name(who):
    assert _speaker(who, "first_name", "Carmen") == "Carmen Yulín Cruz"


def test_a_name_introduced_with_a_title_is_a_person_whatever_the_tagger_said(who):
    # the tagger takes "Fabien Pelous" for a body; "captain" before it makes it a person,
    # the subject "he" goes back to
    assert _speaker(who, "captain", "getting better") == "Fabien Pelous"


def test_a_body_keeps_its_number_and_the_words_joined_by_and(who):
    assert _speaker(who, "name_parts", "News 12") == "News 12"
    assert _speaker(who, "name_parts", "magnitude") == (
        "Disaster and Emergency Management Presidency"
    )


@pytest.mark.parametrize(
    ("snippet", "speaker"),
    [
        ("consumer groups", "consumer groups"),
        ("Both officers", "officers"),
        ("respondents", "respondents"),
        ("Fifty nine percent", "people"),
        ("Many economists", "economists"),
    ],
)
def test_a_group_is_named_without_the_words_counting_it(who, snippet, speaker):
    assert _speaker(who, "counted", snippet) == speaker


@pytest.mark.parametrize("snippet", ["Part of the judge", "Everybody agrees"])
def test_a_statement_speaks_for_whose_it_is(who, snippet):
    assert _speaker(who, "statement_of", snippet) == "Gray Miller"


def test_reports_with_no_source_named_credit_nobody(who):
    rows = who[who["article_id"] == "reports"]
    assert rows["speaker"].iloc[:3].isna().all()
    assert _speaker(who, "reports", "Wall Street Journal") == "Wall Street Journal"


def test_defendants_speak_for_themselves_not_whom_they_name(who):
    assert _speaker(who, "new_title", "The defendants") == "defendants"


def test_a_title_placed_by_its_body_is_a_new_person_not_one_named_long_before(who):
    # Sophie Obadia was introduced as a lawyer, Emily Spanton was a subject long before
    speaker = _speaker(who, "new_title", "The head of")
    assert speaker == "head of the police's internal investigators"


@pytest.mark.parametrize(
    ("snippet", "speaker"), [("Nigel Melville", "Nigel Melville"), ("Jacqui", "Jacqui Smith")]
)
def test_the_name_after_a_title_and_its_field_is_the_speaker(who, snippet, speaker):
    assert _speaker(who, "title_of", snippet) == speaker


@pytest.mark.parametrize(
    ("snippet", "speaker"),
    [("They indicated", "officers"), ("Business leaders", "business leaders")],
)
def test_they_are_the_people_a_plural_subject_named(who, snippet, speaker):
    assert _speaker(who, "they", snippet) == speaker


@pytest.mark.parametrize(
    ("snippet", "speaker"),
    [
        ("Helmut", "Helmut Panke"),  # the parse hung the name on "Bosch"
        ("Our team", "Tak-Sing Wong"),  # the parse made the quoted "team" the subject
        ("challenged", "Campbell-Savours"),  # Mr Brown is the object, not who denies
    ],
)
def test_a_name_straight_before_a_verb_the_parse_left_without_subject_speaks(
    who, snippet, speaker
):
    assert _speaker(who, "name_before", snippet) == speaker


@pytest.mark.parametrize(
    ("snippet", "speaker"),
    [
        ("At least one", "Consumers Against Supermarket Privacy Invasion and Numbering"),
        ("it warned", "Consumers Against Supermarket Privacy Invasion and Numbering"),
        ("Campaigners", "Mothers Against Drunk Driving campaigners"),
    ],
)
def test_a_name_goes_on_over_a_capitalised_preposition(who, snippet, speaker):
    assert _speaker(who, "title_case", snippet) == speaker


@pytest.mark.parametrize(
    ("snippet", "speaker"), [("MEP", "Alain Lipietz"), ("Councillor", "Brian Parbutt")]
)
def test_a_title_inside_a_name_ends_what_comes_before_it(who, snippet, speaker):
    assert _speaker(who, "inner_title", snippet) == speaker


def test_the_company_goes_back_past_its_spokesman_to_the_company_that_spoke(who):
    assert _speaker(who, "company_back", "The company said") == "Lufthansa"


@pytest.mark.parametrize("snippet", ["We are shocked", "We will appeal", "Our players"])
def test_a_quote_after_a_statement_was_issued_is_its_makers(who, snippet):
    assert _speaker(who, "statement_after", snippet) == "Chelsea"


def test_he_after_an_unnamed_office_is_not_a_person_of_another_office(who):
    row = sentence(who, "He insisted he did not know", "unnamed_office")
    assert row["speaker"] != "John Carr"


def test_he_after_a_named_office_is_its_holder(who):
    row = sentence(who, "He insisted he did not know", "named_office")
    assert row["speaker"] == "Tom Reed"


def test_he_after_an_office_goes_on_with_the_speaker_of_no_other_office(who):
    row = sentence(who, "He challenged them", "same_speaker")
    assert row["speaker"] in ("Tony Blair", "Blair")


def test_he_after_a_description_of_the_person_is_that_person(who):
    row = sentence(who, "I am signed here", "described")
    assert row["speaker"] == "Tom Reed"


def test_she_is_the_subject_known_as_she_not_one_coordinated_with_her(who):
    row = sentence(who, "She retired in 1963", "she_and")
    assert row["speaker"] == "Ann Bee"


def test_an_honorific_never_ends_a_name(who):
    row = sentence(who, "I never wanted", "headline")
    assert row["speaker"] == "Ann Bee"


def test_its_website_is_the_body_the_story_is_about(who):
    row = sentence(who, "its website says", "its_site")
    assert row["speaker"] == "Civil Aviation Authority"
    assert row["speaker_type"] == "indirect"


def test_the_partys_website_is_the_party_named_before(who):
    row = sentence(who, "According to the party's website", "party_site")
    assert row["speaker"] == "Green Future party"


def test_a_named_outlets_website_is_still_the_outlet(who):
    row = sentence(who, "four people were hurt", "outlet_site")
    assert "BBC" in str(row["speaker"])
