"""Long paragraphs (issue 11): parsed in chunks cut at sentence ends, in time linear in
their length, with exact offsets; none is refused."""

from __future__ import annotations

import itertools
import random
import re

import numpy as np
import pytest

import kit
from kit.sentences import _chunks

WORDS = [
    "police",
    "minister",
    "said",
    "the",
    "court",
    "Xi",
    "Lyon",
    "attack",
    "security",
    "officials",
    "agreed",
    "plan",
]


def wall_of_text(n_chars: int, seed: int = 0) -> str:
    """One paragraph of made-up sentences, ``n_chars`` long or a little more."""
    rng = random.Random(seed)
    sentences, size = [], 0
    while size < n_chars:
        words = [rng.choice(WORDS) for _ in range(rng.randint(4, 30))]
        end = rng.choice([".", ".", "?", "!", ".”", ".)"])
        sentences.append(" ".join(words).capitalize() + end)
        size += len(sentences[-1]) + 1
    return " ".join(sentences)


def assert_exact(df, text: str) -> None:
    """Each row and each token stands in the text at its offsets (vectorised for long texts)."""
    for start, end, sentence in zip(df.start_char, df.end_char, df.text, strict=True):
        assert text[start:end] == sentence
    words = kit.tokens(df)
    assert all(text[s : s + len(w)] == w for s, w in zip(words.start, words.text, strict=True))
    assert np.all(np.diff(df.start_char.to_numpy()) > 0)


@pytest.mark.parametrize("size", [50, 400, 5_000])
def test_chunks_cover_the_text_and_cut_after_sentence_ends(size):
    text = "  " + wall_of_text(30_000, seed=size) + " "
    start, end = 2, len(text) - 1
    spans = list(_chunks(text, start, end, size))
    assert all(0 < e - s <= size for s, e in spans)
    assert spans[0][0] == start and spans[-1][1] == end
    # between two chunks there is only white space
    for (_, e), (s, _) in itertools.pairwise(spans):
        assert text[e:s].strip() == "" and s > e
    if size >= 400:  # a window that holds whole sentences is cut after one
        assert all(text[e - 1] in ".?!”)" for _, e in spans[:-1])


def test_a_text_without_spaces_is_cut_anyway():
    text = "x" * 1_000
    spans = list(_chunks(text, 0, len(text), 300))
    assert spans == [(0, 300), (300, 600), (600, 900), (900, 1000)]


def test_a_paragraph_of_several_chunks_parses_with_exact_offsets(monkeypatch):
    monkeypatch.setattr(kit.sentences, "CHUNK_CHARS", 2_000)  # small chunks: a quick test
    text = "LONDON (Reuters) - " + wall_of_text(7_000)
    df = kit.load_text(text, cache=False)
    assert df["dateline"].iloc[0] == "LONDON" and df["source"].iloc[0] == "Reuters"
    assert (df["paragraph_id"] == 0).all()
    assert df["sentence_id"].tolist() == list(range(len(df)))
    assert_exact(df, text)


@pytest.mark.slow  # about 30 s of parsing
def test_a_million_character_paragraph_parses():
    text = wall_of_text(1_000_000, seed=7)
    df = kit.load_text(text, headers=False, cache=False)
    written = len(re.findall(r"[.?!][”)]? ", text)) + 1  # the sentences made up
    assert abs(len(df) - written) < written / 10  # the parser may split or join a few
    assert_exact(df, text)
