"""Errors of the parse step (issue 12) name the article and say what to do."""

from __future__ import annotations

import pandas as pd
import pytest
import spacy

import kit


def test_lone_surrogates_are_an_article_error_naming_the_article(tmp_path):
    text = "The minister said \udc9d no more."
    with pytest.raises(kit.ArticleError, match=r"load_text: .*lone surrogate.*offset 18"):
        kit.load_text(text)
    with pytest.raises(kit.ArticleError, match=r"article 'b'.*lone surrogate"):
        # pandas' own str columns refuse such text; an object column holds it
        table = pd.DataFrame({"text": pd.Series(["Fine.", text], dtype=object), "id": ["a", "b"]})
        kit.load_corpus(table, id_column="id", progress=False)


@pytest.mark.parametrize(
    "make",
    [lambda: spacy.blank("en"), lambda: spacy.load(kit.load_model().path, exclude=["parser"])],
    ids=["blank", "parser excluded"],
)
def test_a_pipeline_without_a_parser_is_refused_with_what_to_do(make):
    nlp = make()
    with pytest.raises(ValueError, match=r"has no parser.*full English pipeline"):
        kit.load_text("The minister said no.", model=nlp)


def test_a_pipeline_with_the_parser_disabled_says_so():
    nlp = spacy.load(kit.load_model().path, disable=["parser"])
    with pytest.raises(ValueError, match=r"has no parser.*disabled: \['parser'"):
        kit.load_text("The minister said no.", model=nlp)


def test_n_process_must_be_a_count_or_auto():
    table = pd.DataFrame({"text": ["The minister said no."] * 3})
    with pytest.raises(ValueError, match="n_process"):
        kit.load_corpus(table, n_process=0, progress=False, cache=False)
