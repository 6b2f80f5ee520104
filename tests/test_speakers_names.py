"""One person, one name: the forms news writes a person's name in are credited to the
fullest name the article gives, and two people are never made one."""

from __future__ import annotations

import pytest
from conftest import attributed, sentence

from kit.speakers._names import _name_key, _Names, _one_edit


def _names(*mentions: str) -> _Names:
    """The names of an article that mentions these names (each once), settled."""
    names = _Names(frozenset({"lord", "lady", "baroness"}))
    for m in mentions:
        names.add(m.split(), None, None)
    names.settle()
    return names


# --- how names are compared ------------------------------------------------------------------


def test_name_key_drops_what_varies_between_forms_of_one_name():
    assert _name_key(["Recep", "Tayyip", "Erdoğan"]) == ("recep", "tayyip", "erdogan")
    assert _name_key(["Robert", "Downey", "Jr."]) == ("robert", "downey")
    assert _name_key(["Martin", "Luther", "King", "III"]) == ("martin", "luther", "king")
    assert _name_key(["Bashar", "al-Assad"]) == ("bashar", "assad")
    assert _name_key(["J.K.", "Rowling"]) == _name_key(["J.", "K.", "Rowling"])
    assert _name_key(["Moon", "Jae-in"]) == ("moon", "jae-in")  # a hyphenated word stays one


def test_a_father_named_senior_is_not_the_bare_surname():
    names = _names("Robert Cummings Sr.", "Cummings")
    assert names.canonical(["Cummings"]) == "Cummings"


def test_a_chain_goes_on_only_through_names_that_continue_after_one():
    names = _names("Chris Evans", "Broadcaster Chris Evans", "Evans", "Evans")
    assert names.canonical(["Evans"]) == "Chris Evans"


def test_inner_names_go_only_into_clean_names():
    names = _names("Fatboy DJ Norman Cook aka", "Norman Cook", "DJ")
    assert names.canonical(["DJ"]) == "DJ"  # lower-case "aka": a run-on, not a name
    assert names.canonical(["Norman", "Cook"]) == "Norman Cook"


def test_middle_names_tell_a_mother_from_her_daughter():
    names = _names("Gloria Morgan Vanderbilt", "Gloria Vanderbilt")
    assert names.canonical(["Gloria", "Vanderbilt"]) == "Gloria Vanderbilt"


def test_one_edit_is_one_letter_left_out_added_changed_or_swapped():
    assert _one_edit("daveport", "davenport") and _one_edit("davenport", "daveport")
    assert _one_edit("fergsuon", "ferguson")  # two neighbours swapped
    assert _one_edit("hernandes", "hernandez")
    assert not _one_edit("davenport", "davenport")
    assert not _one_edit("davenport", "devonport2")
    assert not _one_edit("williams", "williamson")


# --- forms of one name -----------------------------------------------------------------------


def test_a_chain_of_shorter_names_ends_at_the_fullest():
    names = _names("Ricardo Rosselló Nevares", "Ricardo Rosselló", "Rosselló", "Rosselló")
    assert names.canonical(["Rosselló"]) == "Ricardo Rosselló Nevares"
    assert names.canonical(["Ricardo", "Rosselló"]) == "Ricardo Rosselló Nevares"


def test_a_first_surname_is_the_person_with_two():
    names = _names("Wanda Vázquez Garced", "Vázquez", "Luiz Inácio Lula da Silva", "Lula")
    assert names.canonical(["Vázquez"]) == "Wanda Vázquez Garced"
    assert names.canonical(["Lula"]) == "Luiz Inácio Lula da Silva"
    assert names.canonical(["Vazquez"]) == "Wanda Vázquez Garced"  # written without accent


def test_a_name_inside_two_names_is_left_alone():
    names = _names("Ana Maria Lopez", "Rosa Maria Lopez", "Maria")
    assert names.canonical(["Maria"]) == "Maria"


def test_middle_names_left_out_fit_one_person_only():
    names = _names("Emily W. Murphy", "Emily Murphy")
    assert names.canonical(["Emily", "Murphy"]) == "Emily W. Murphy"
    # father and son: "George Bush" may be either, so is neither
    bushes = _names("George W. Bush", "George H. W. Bush", "George Bush")
    assert bushes.canonical(["George", "Bush"]) == "George Bush"


def test_a_misspelt_long_surname_used_once_is_the_person_with_the_right_one():
    names = _names("Lindsay Davenport", "Davenport", "Daveport")
    assert names.canonical(["Daveport"]) == "Lindsay Davenport"


def test_a_surname_one_letter_from_another_persons_is_no_misspelling_when_it_has_its_own():
    names = _names("Glen Johnson", "Ann Johnston", "Johnston", "Johnson")
    assert names.canonical(["Johnston"]) == "Ann Johnston"
    assert names.canonical(["Johnson"]) == "Glen Johnson"


@pytest.mark.parametrize("short", ["Smith", "Smyth"])
def test_short_names_are_never_taken_for_misspellings(short):
    names = _names("John Smith", short)
    assert names.canonical([short]) == ("John Smith" if short == "Smith" else "Smyth")


def test_a_misspelling_used_twice_is_a_name_of_its_own():
    names = _names("Lindsay Davenport", "Daveport", "Daveport")
    assert names.canonical(["Daveport"]) == "Daveport"


def test_persons_of_two_genders_are_not_made_one():
    names = _Names()
    names.add(["Wanda", "Vázquez", "Garced"], "f", None)
    names.add(["Vázquez"], "m", None)
    names.settle()
    assert names.canonical(["Vázquez"]) == "Vázquez"


def test_a_peer_title_before_a_surname_is_the_full_name_without_it():
    names = _names("Susan Greenfield", "Baroness Greenfield", "Lord Carlile", "Carlile")
    assert names.canonical(["Baroness", "Greenfield"]) == "Susan Greenfield"
    assert names.canonical(["Carlile"]) == "Lord Carlile"  # a peer known by the title


# --- on articles ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def articles():
    return attributed(
        {
            "turkey": (
                "Erdogan vows to rename museum\n\n"
                "Turkish President Recep Tayyip Erdoğan spoke at a rally in Istanbul on Friday. "
                'Erdogan said, "We will change its status after the elections." '
                "The opposition criticised the plan."
            ),
            "film": (
                "Actors pay tribute\n\n"
                "Robert Downey Jr. and Scarlett Johansson paid tribute to the director. "
                'Downey said, "He was a giant of the craft and a generous friend." '
                "Johansson said she would miss him."
            ),
            "tennis": (
                "Davenport criticises prize money\n\n"
                "World number one Lindsay Davenport has criticised Wimbledon over prize money. "
                'Davenport spoke after her win on Monday. "Women play three sets while men '
                'play five," said Daveport.'
            ),
            "peer": (
                "Scientist warns on smart clothes\n\n"
                "Baroness Susan Greenfield told a conference that clothes may soon hold "
                "computers. Baroness Greenfield said the brain could change as a result. "
                "Lord Carlile said the law would need to keep up."
            ),
            "syria": (
                "Syrian leader speaks\n\n"
                "Syrian President Bashar al-Assad gave a rare interview on Sunday. "
                "Assad said the war was nearly over."
            ),
        }
    )


def test_a_name_written_without_its_accents_is_the_accented_full_name(articles):
    row = sentence(articles, "Erdogan said", "turkey")
    assert row["speaker"] == "Recep Tayyip Erdoğan"


def test_a_surname_is_the_full_name_with_its_generational_suffix(articles):
    assert sentence(articles, "Downey said", "film")["speaker"] == "Robert Downey Jr."


def test_a_misspelt_surname_is_the_person_spelt_right(articles):
    assert sentence(articles, "said Daveport", "tennis")["speaker"] == "Lindsay Davenport"


def test_a_peer_named_in_full_loses_the_title(articles):
    assert sentence(articles, "Baroness Greenfield said", "peer")["speaker"] == "Susan Greenfield"
    assert sentence(articles, "told a conference", "peer")["speaker"] == "Susan Greenfield"
    assert sentence(articles, "Lord Carlile said", "peer")["speaker"] == "Lord Carlile"


def test_a_surname_without_its_arabic_article_is_the_full_name(articles):
    assert sentence(articles, "Assad said", "syria")["speaker"] == "Bashar al-Assad"
