"""Search with a time limit: a pathological regular expression gives a message, not a frozen
kernel; keywords and patterns match case-insensitively; a bad pattern is explained."""

from __future__ import annotations

import time

import pytest

import kit
from kit._search import Search, SearchError

ARTICLE = kit.BUNDLED_ARTICLE.read_text(encoding="utf-8")
LINES = [p for p in ARTICLE.split("\n") if p.strip()]


def test_the_pattern_that_froze_the_explorer_now_answers():
    # "(\w+\s?)+$" ran past 100 s in pandas' str.contains on the bundled article
    started = time.monotonic()
    hits = Search(r"(\w+\s?)+$", regex=True).mask(LINES)
    assert time.monotonic() - started < 10
    assert hits.any() and not hits.all()  # lines ending in a word match, the rest do not


def test_a_catastrophic_pattern_is_stopped_with_a_message():
    started = time.monotonic()
    with pytest.raises(SearchError, match=r"took more than 0\.5 s .*simplify"):
        Search(r"(.*)(.*)(.*)(.*)(.*)(.*)\d{9}", regex=True, timeout=0.5).mask(LINES)
    assert time.monotonic() - started < 10  # stopped near its limit, not after minutes


def test_keywords_are_plain_text_and_case_insensitive():
    assert Search(" INTERPOL ").mask(["Interpol met", "the police"]).tolist() == [True, False]
    assert Search("a.b").mask(["a.b", "axb"]).tolist() == [True, False]  # not a pattern
    assert Search("inter.ol", regex=True).mask(["INTERPOL", "inter ol"]).tolist() == [True, True]


def test_spans_point_at_each_match():
    text = "Interpol and interpol."
    assert Search("interpol").spans(text) == [(0, 8), (13, 21)]


def test_an_invalid_pattern_says_what_to_do():
    with pytest.raises(SearchError, match=r"not a valid regular expression.*untick"):
        Search("(terror", regex=True).mask(LINES)
