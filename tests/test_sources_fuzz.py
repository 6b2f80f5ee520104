"""Random and hostile texts through the readers and the header rules: offsets stay exact and
nothing raises but the documented errors (issue 12's fuzz test, for the reading stage).

Lone surrogates are left out here: they are refused by design (test_sources)."""

from __future__ import annotations

import warnings

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kit
from kit.sources import (
    ArticleError,
    looks_like_headline,
    paragraphs,
    read_articles,
    read_text,
    split_header,
    visible,
)

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff", "\u2060", "\u00ad"]
QUOTES = [*"\"'“”‘’«»„‚‹›「」『』", "``", "''"]
EMOJI = ["🎉", "👮", "🙏🏽", "👩‍👩‍👧", "🇵🇱", "✅"]
PIECES = [
    "PTI", "Reuters", "By Ann Lee", "By Tuesday", "WARSAW (Reuters) - ", "NATO - ", "UPDATE: ",
    "Beijing, Nov 26 (PTI)", "Police chief backs new unit", "Xi said", "the police", "[1]",
    "https://example.org/x", "Mr.", "U.S.", ":", ".", "!", "?", "…", " - ", "—", "(", ")",
    "<p>", "</p>", "{", "}", ",", "\t", "\r\n", "\n", "\n\n", " ", "  ", "101", "2024-03-05",
]  # fmt: skip
_piece = st.one_of(
    st.sampled_from(PIECES + INVISIBLE + QUOTES + EMOJI),
    st.text(st.characters(exclude_categories=("Cs",)), max_size=12),  # no lone surrogates
    st.sampled_from(QUOTES).map(lambda q: q * 40),  # huge numbers of quotes
)
hostile = st.lists(_piece, min_size=1, max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(hostile, st.booleans())
def test_header_rules_keep_offsets_on_any_text(text, ner_says_place):
    paras = paragraphs(text)
    h = split_header(text, paras, is_place=lambda s: ner_says_place)
    for p in paras:
        assert 0 <= p.start < p.end <= len(text)
        assert text[p.start : p.end] == text[p.start : p.end].strip()
    if paras:
        assert h.body, "the body is never left empty"
        assert h.body[-1].end == paras[-1].end  # nothing is cut off the end
    previous_end = 0
    for what, start, end in h.spans:
        assert previous_end <= start < end <= len(text)
        previous_end = end
        for key in what.split("+"):
            assert h.fields[key], key
    for p in h.body:
        assert previous_end <= p.start < p.end  # the body starts after every header span
    if "title" in h.fields:
        assert looks_like_headline(h.fields["title"])
        assert h.fields["title"] == visible(h.fields["title"])


@settings(max_examples=200, deadline=None)
@given(hostile)
def test_read_text_takes_any_text_or_raises_an_article_error(text):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", kit.NotEnglishWarning)
        try:
            article = read_text(text)
        except ArticleError:
            return
    assert article.text.strip()
    assert article.article_id.startswith("text-")


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(hostile, min_size=1, max_size=4))
def test_a_table_of_hostile_texts_loads_with_exact_offsets(texts):
    table = pd.DataFrame({"text": texts})
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", (kit.NotEnglishWarning, kit.SkippedWarning))
        try:
            articles, skipped = read_articles(table, errors="skip")
        except ArticleError:  # nothing readable at all
            return
        assert len(articles) + len(skipped) == len(texts)
        df = kit.load_corpus(table, errors="skip", progress=False)
    for row in df.itertuples():
        text = kit.article_text(df, row.article_id)
        assert text[row.start_char : row.end_char] == row.text
        for word, start in zip(row.tok_text, row.tok_start, strict=True):
            assert text[start : start + len(word)] == word
