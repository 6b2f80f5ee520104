"""scope="speech": the term functions count only the speaker's own words (speech_spans), on
the bundled article, whose 14 statements are all Xi Jinping's."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import kit
from kit.sentences import WORDLESS_POS

# issue 13: the reporter's words around Xi's statements (his name, the cues, the time, the
# agency and the framing "amid concerns over ... dissidents")
REPORTERS = ["Xi", "Jinping", "say", "pledge", "urge", "dissident", "concern", "Tuesday"]
REPORTERS += ["Xinhua", "report"]


@pytest.fixture(scope="module")
def bundled(article):
    return kit.attribute_speakers(article)


@pytest.fixture(scope="module")
def xi(bundled):
    return bundled[bundled["speaker"] == "Xi Jinping"]


def _said_words(df: pd.DataFrame) -> int:
    """Words (tokens not PUNCT/SPACE/SYM) starting inside the rows' speech spans, counted
    token by token: the denominator that per_1000 must use under scope="speech"."""
    n = 0
    for spans, starts, pos in zip(df["speech_spans"], df["tok_start"], df["tok_pos"], strict=True):
        for s, p in zip(starts, pos, strict=True):
            n += p not in WORDLESS_POS and any(a <= s < b for a, b in spans)
    return n


def test_speech_holds_none_of_the_reporters_words(xi):
    assert len(xi) == 14
    sentence = set(kit.term_frequencies(xi, stopwords=False)["term"])
    assert set(REPORTERS) <= sentence  # so that the test below can fail
    assert not set(REPORTERS) & set(kit.term_frequencies(xi, scope="speech")["term"])
    said = kit.term_frequencies(xi, scope="speech", stopwords=False)
    assert not set(REPORTERS) & set(said["term"])
    assert {"security", "Interpol", "terrorism", "China"} <= set(said["term"])


def test_speech_rates_are_per_word_said(xi):
    said = kit.term_frequencies(xi, scope="speech").set_index("term")
    whole = kit.term_frequencies(xi).set_index("term")
    words = _said_words(xi)
    assert 0 < words < whole.loc["security", "count"] / whole.loc["security", "per_1000"] * 1000
    assert said.loc["security", "per_1000"] == pytest.approx(
        said.loc["security", "count"] / words * 1000
    )
    assert said.attrs["options"]["scope"] == "speech"
    assert whole.attrs["options"]["scope"] == "sentence"


def test_each_scope_has_its_own_index_and_changed_spans_are_counted_again(bundled):
    table = bundled.copy()
    xi = table[table["speaker"] == "Xi Jinping"]
    before = kit.term_frequencies(xi, scope="speech", stopwords=False)
    assert "Xi" in set(kit.term_frequencies(xi, stopwords=False)["term"])  # cached after speech
    assert "Xi" not in set(kit.term_frequencies(xi, scope="speech", stopwords=False)["term"])
    # a row's spans widened to its whole sentence: the cached speech index must not be reused
    # (as lists in an object column: spans read back from a file come so)
    r = table.index.get_loc(table.index[table["text"].str.contains("Tuesday pledged")][0])
    spans = table["speech_spans"].tolist()
    spans[r] = [[int(table["start_char"].iloc[r]), int(table["end_char"].iloc[r])]]
    table["speech_spans"] = pd.Series(spans, index=table.index, dtype=object)
    again = kit.term_frequencies(table[table["speaker"] == "Xi Jinping"], scope="speech")
    assert "Xi" in set(again["term"]) and "Xi" not in set(before["term"])


def test_keyness_in_speech(bundled, xi):
    direct = xi["speaker_type"].eq("direct")
    key = kit.keyness(xi, direct, ~direct, scope="speech", stopwords=False, min_count=1)
    assert len(key) and not set(REPORTERS) & set(key["term"])
    assert set(REPORTERS) & set(kit.keyness(xi, direct, ~direct, min_count=1)["term"])
    # Xi against the narration: words in the sentences, none said in the narration
    said_by_xi = bundled["speaker"].eq("Xi Jinping")
    assert len(kit.keyness(bundled, said_by_xi))
    with pytest.raises(ValueError, match=r"no words said \(scope='speech'\)"):
        kit.keyness(bundled, said_by_xi, scope="speech")


def test_kwic_and_dispersion_in_speech(bundled, xi):
    assert len(kit.kwic(xi, "Xi")) == 9 and len(kit.kwic(xi, "Xi", scope="speech")) == 0
    lines = kit.kwic(bundled, "Interpol", scope="speech")
    assert 0 < len(lines) < len(kit.kwic(bundled, "Interpol"))
    for line in lines.itertuples():
        spans = bundled.loc[line.row, "speech_spans"]
        assert any(a <= line.start and line.end <= b for a, b in spans), line
    measures = kit.dispersion_measures(bundled, ["Interpol", "Xi"], scope="speech")
    assert measures.set_index("term")["count"].to_dict() == {"Interpol": len(lines), "Xi": 0}
    hits = kit.dispersion(bundled, "Interpol", scope="speech")
    assert hits["start"].tolist() == lines["start"].tolist()


def test_collocates_in_speech(xi):
    near = kit.collocates(xi, "security", scope="speech", stopwords=False, min_count=1)
    assert len(near) and not set(REPORTERS) & set(near["term"])
    whole = kit.collocates(xi, "security", stopwords=False, min_count=1)
    assert set(REPORTERS) & set(whole["term"])
    # the words of the windows and of the table are words said: fewer than the sentences'
    assert (near["count_total"] <= near["term"].map(whole.set_index("term")["count_total"])).all()


@pytest.mark.parametrize(
    "call",
    [
        lambda df: kit.term_frequencies(df, scope="speech"),
        lambda df: kit.kwic(df, "Interpol", scope="speech"),
        lambda df: kit.dispersion(df, "Interpol", scope="speech"),
        lambda df: kit.collocates(df, "Interpol", scope="speech"),
    ],
)
def test_speech_scope_without_speech_spans_says_what_to_run(article, call):
    with pytest.raises(ValueError, match=r"speech_spans column: run kit\.attribute_speakers"):
        call(article)


def test_scope_must_be_known(xi):
    with pytest.raises(ValueError, match="scope must be one of sentence, speech"):
        kit.term_frequencies(xi, scope="quote")
    with pytest.raises(ValueError, match="scope must be one of sentence, speech"):
        kit.kwic(xi, "Interpol", scope="quote")
    assert np.isfinite(kit.term_frequencies(xi, scope="sentence")["per_1000"]).all()
