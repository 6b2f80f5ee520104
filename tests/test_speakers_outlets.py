"""Speaker attribution on news as other outlets write it (issue 13), on made-up news text."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence

TEXTS = {
    "verbs": (
        "The council approved the budget on Monday. "
        "Mayor Ann Cole retorted that the figures were wrong. "
        "Union leader Tom Reed alleged that managers had ignored the warnings. "
        "Senator Maria Ortiz tweeted that the vote was a disgrace. "
        "Dr Leila Haddad advised families to stay indoors. "
        "Councillor Joe Park called the scheme \"a waste of money\" and \"a gift to developers\". "
        "Ms Cole asked the council for more time. "
        "Trade minister Ravi Shah conceded that exports had fallen."
    ),
    "lead": (
        "The ferry sank off the coast on Sunday. "
        "Former minister Paul Dorsey reacted on social media: \"This is a sad day for the "
        "islands. We owe the crew everything.\" "
        "Rescue teams worked through the night."
    ),
    "documents": (
        "Residents of Brookvale have taken the chemical firm Ardent Oil to court. "
        "A lawsuit filed by the Brookvale Residents Association says the plant polluted the "
        "river for a decade. "
        "The suit says the company knew of the leaks in 2015. "
        "According to a study by the Northfield Institute, cancer rates in the town doubled. "
        "The complaint notes that the firm paid no fines."
    ),
    "acronym": (
        "The Financial Conduct Authority (FCA) fined the bank on Thursday. "
        "The FCA said the bank had misled thousands of savers."
    ),
    "recalled": (
        "Jazz pianist Ruth Amos has died at 81. "
        "\"I sat down at the piano and my teacher said, 'Well, you can play', and I "
        "thought, 'Well, I can' \", she recalled in a 2009 interview. "
        "She recorded forty albums."
    ),
    "titles": (
        "Sheriff Kerry Vance said the road would stay closed. "
        "MEP Nigel Farrow said the vote was a betrayal."
    ),
    "demonym": (
        "Striker John Walker scored twice as Kilbride won 3-1 on Saturday. "
        "\"It was the best night of my career,\" the Scot said."
    ),
    "nouns": (
        "The film follows three families through the winter of 1947. "
        "\"Nothing was ever the same again,\" the documentary says. "
        "\"We were promised a better life,\" the minutes show."
    ),
    "cited": (
        "Two men were arrested in Surabaya on Tuesday. "
        "Local television cited Budi Santoso, the city's police chief, as saying the suspects "
        "were linked to a banned group. "
        "Bank deputy governor Rachel Moor cited the slump of 1991 as an example of a false alarm."
    ),
    "inverted": (
        "The minister resigned on Friday. "
        "\"This is a day of shame for the government,\" tweeted former party chairman John "
        "Hughes. "
        "Since then, a Conservative, Peter Walsh, has backed the inquiry, telling the Evening "
        "Gazette: \"We need all the facts before anyone can judge what went wrong here.\" "
        "According to Ohio Senator Robert Miller, the vote will be held next week. "
        "The Institute for Fiscal Studies' director, Dr. Paul Johnson, said the sums did not "
        "add up."
    ),
    "sources": (
        "Shots were fired near the stadium on Saturday. "
        "\"The crowd just ran for the gates,\" a security guard who was at the scene told "
        "Reuters. "
        "The talks were close to a deal, a person familiar with the negotiations said. "
        "Fares would rise in May, people familiar with the matter said on condition of "
        "anonymity."
    ),
    "described": (
        "Leeds resident Ann Marsh, 72, was among the protesters. "
        "Police officer Dan Fry said the march was peaceful. "
        "The soft-spoken Leeds resident said she would return next week."
    ),
    "occupations": (
        "Floods hit the north of the country on Sunday. "
        "Farmer Jose Silva, 45, told AFP by phone that his crops were lost. "
        "According to a statement from the interior ministry, 300 homes were destroyed. "
        "Police Scotland said the coast road was shut."
    ),
    "evidence": (
        "Figures suggest that the economy is slowing. "
        "According to official figures, unemployment rose in May. "
        "The lawsuit says the firm hid its losses."
    ),
    "wire": (
        "KYIV, March 3 (Reuters) - The parliament approved a new budget on Tuesday.\n\n"
        "\"This budget is about survival,\" Finance Minister Olena Koval told lawmakers in "
        "the chamber before the vote on Tuesday afternoon.\n\n"
        "In a statement posted on Telegram, the finance ministry said the forecasts were "
        "conservative.\n\n"
        "(Reporting by Jane Doe; Editing by John Smith)"
    ),
    "crowd": (
        "Rep. Maria Delgado slammed the measure as \"a giveaway to the rich.\" "
        "\"I'm not going to sugarcoat it,\" Delgado said in an interview. "
        "\"Show me the money,\" the crowd chanted as she left."
    ),
    "unknown": (
        "\"We were promised a better life,\" said Ann Bee, a farmer. "
        "\"Nothing was ever the same again,\" the documentary says. "
        "The flyer read, \"Meet at the gate at noon and bring water for the march.\""
    ),
    "caption": (
        "Protesters gathered outside the parliament in Valletta on Friday. "
        "Jane Doe / Reuters\n\n"
        "Police said 40 people had been arrested."
    ),
}


@pytest.fixture(scope="module")
def news():
    return attributed(TEXTS)


def _who(df, article_id, snippet):
    row = sentence(df, snippet, article_id)
    return row["speaker"], row["speaker_type"]


@pytest.mark.parametrize(
    ("snippet", "speaker"),
    [
        ("figures were wrong", "Ann Cole"),
        ("managers had ignored", "Tom Reed"),
        ("was a disgrace", "Maria Ortiz"),
        ("stay indoors", "Leila Haddad"),
        ("exports had fallen", "Ravi Shah"),
    ],
)
def test_more_reporting_verbs(news, snippet, speaker):
    assert _who(news, "verbs", snippet) == (speaker, "indirect")


def test_call_with_partial_quotes_is_reported_speech(news):
    assert _who(news, "verbs", "a waste of money") == ("Joe Park", "indirect")


def test_asking_for_something_reports_no_words(news):
    assert _who(news, "verbs", "for more time") == (None, None)


def test_quote_introduced_by_a_clause_without_a_reporting_verb(news):
    assert _who(news, "lead", "a sad day") == ("Paul Dorsey", "direct")
    assert _who(news, "lead", "We owe the crew") == ("Paul Dorsey", "direct")
    assert _who(news, "lead", "Rescue teams") == (None, None)


def test_documents_speak_for_their_makers_or_themselves(news):
    assert _who(news, "documents", "polluted the river") == (
        "Brookvale Residents Association",
        "indirect",
    )
    assert _who(news, "documents", "knew of the leaks")[0] in ("suit", "lawsuit")
    assert _who(news, "documents", "rates in the town doubled") == (
        "Northfield Institute",
        "indirect",
    )
    assert _who(news, "documents", "paid no fines") == ("complaint", "indirect")


def test_acronym_speaks_as_the_full_name(news):
    assert _who(news, "acronym", "misled thousands") == (
        "Financial Conduct Authority",
        "indirect",
    )


def test_quote_closing_after_nested_quotes_keeps_its_trailing_attribution(news):
    assert _who(news, "recalled", "I sat down at the piano") == ("Ruth Amos", "direct")
    assert _who(news, "recalled", "forty albums") == (None, None)


def test_titles_are_not_kept_in_names(news):
    assert _who(news, "titles", "road would stay closed") == ("Kerry Vance", "indirect")
    assert _who(news, "titles", "was a betrayal") == ("Nigel Farrow", "indirect")


def test_a_demonym_refers_back_to_the_person(news):
    assert _who(news, "demonym", "best night") == ("John Walker", "direct")


def test_ordinary_nouns_never_speak(news):
    assert _who(news, "nouns", "Nothing was ever")[0] is None
    assert _who(news, "nouns", "promised a better life")[0] is None


def test_photo_credit_is_no_speaker(news):
    speakers = set(news.loc[news["article_id"] == "caption", "speaker"].dropna())
    assert speakers == {"police"}


def test_cited_as_saying_credits_the_person_cited(news):
    assert _who(news, "cited", "suspects were linked") == ("Budi Santoso", "indirect")
    assert _who(news, "cited", "as an example") == ("Rachel Moor", "indirect")


def test_names_the_parse_did_not_make_the_subject(news):
    assert _who(news, "inverted", "day of shame") == ("John Hughes", "direct")
    assert _who(news, "inverted", "We need all the facts") == ("Peter Walsh", "direct")
    assert _who(news, "inverted", "held next week") == ("Robert Miller", "indirect")
    assert _who(news, "inverted", "did not add up") == ("Paul Johnson", "indirect")


def test_long_trailing_attribution_and_anonymous_sources(news):
    row = news[news["text"].str.contains("ran for the gates", regex=False)].iloc[0]
    assert (row["speaker"], row["speaker_type"], row["reported_by"]) == (
        "security guard",
        "direct",
        "Reuters",
    )
    assert _who(news, "sources", "close to a deal") == (
        "person familiar with the negotiations",
        "indirect",
    )
    assert _who(news, "sources", "Fares would rise") == (
        "people familiar with the matter",
        "indirect",
    )


def test_description_refers_back_to_the_person_introduced_so(news):
    assert _who(news, "described", "return next week") == ("Ann Marsh", "indirect")


def test_occupation_before_a_name_is_no_part_of_it(news):
    row = news[news["text"].str.contains("crops were lost", regex=False)].iloc[0]
    assert (row["speaker"], row["reported_by"]) == ("Jose Silva", "AFP")
    assert _who(news, "occupations", "coast road") == ("Police Scotland", "indirect")


def test_document_from_a_body_credits_the_body(news):
    assert _who(news, "occupations", "300 homes") == ("interior ministry", "indirect")


def test_figures_are_evidence_and_a_lawsuit_speaks(news):
    assert _who(news, "evidence", "economy is slowing") == (None, None)
    assert _who(news, "evidence", "unemployment rose") == (None, None)
    assert _who(news, "evidence", "hid its losses") == ("lawsuit", "indirect")


def test_wire_story(news):
    assert _who(news, "wire", "about survival") == ("Olena Koval", "direct")
    assert _who(news, "wire", "forecasts were conservative") == ("finance ministry", "indirect")
    assert _who(news, "wire", "Reporting by") == (None, None)


def test_slammed_as_and_a_chanting_crowd(news):
    assert _who(news, "crowd", "giveaway to the rich") == ("Maria Delgado", "indirect")
    assert _who(news, "crowd", "Show me the money") == ("crowd", "direct")


def test_a_cue_with_a_subject_naming_nobody_does_not_go_on_with_the_last_speaker(news):
    assert _who(news, "unknown", "Nothing was ever") == (None, "direct")


def test_what_a_document_read(news):
    assert _who(news, "unknown", "Meet at the gate") == ("flyer", "direct")
