"""Random and hostile texts through the whole pipeline (issue 12's fuzz test, end to end).

Each text is loaded with speakers and topics, counted, searched, selected with random
filters and opened in the Explorer with a random valid state. Offsets must stay exact and
nothing may raise but the documented errors: ``kit.ArticleError`` for a text the kit cannot
take, ``SearchError`` for a bad or runaway pattern; ``NotEnglishWarning`` is a warning.
tests/test_sources_fuzz.py does the same for the reading stage alone, on many more texts.
"""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kit
from kit._search import SearchError

INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\ufeff", "\u2060", "\u00ad"]
QUOTES = [*"\"'“”‘’«»„‚‹›「」『』", "``", "''"]
EMOJI = ["🎉", "👮", "🙏🏽", "👩‍👩‍👧", "🇵🇱", "✅"]
SURROGATES = ["\ud800", "\udfff", "\udc80"]
PIECES = [
    "Reuters", "By Ann Lee", "WARSAW (Reuters) - ", "UPDATE: ", "Police chief backs new unit",
    "Xi Jinping said the police must act.", '"We will fight terrorism," said Ann Lee.',
    "Interpol", "cyber crime", "fugitives", "Mr.", "U.S.", ":", ".", "!", "?", "…", " - ",
    "—", "(", ")", "[1]", "https://example.org/x", ",", "\t", "\r\n", "\n", "\n\n", " ", "101",
]  # fmt: skip
_piece = st.one_of(
    st.sampled_from(PIECES + INVISIBLE + QUOTES + EMOJI),
    st.text(max_size=10),  # any code point, lone surrogates included
    st.sampled_from(SURROGATES),
    st.sampled_from(QUOTES).map(lambda q: q * 60),  # huge numbers of quotes
)
hostile = st.lists(_piece, min_size=1, max_size=30).map("".join)
# searches as typed into the Explorer: words, pieces, and patterns valid or not
searches = st.one_of(
    st.sampled_from(["", "said", "police", "(", "[", "(\\w+\\s?)+$", "\\bxi\\b", "“", "🎉"]),
    st.text(max_size=6),
)
FUZZ = settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _load(text: str) -> pd.DataFrame | None:
    """The table of ``text``, or None when the kit refuses it with its documented error."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", kit.NotEnglishWarning)
        try:
            return kit.load_text(text, article_id="fuzz")
        except kit.ArticleError as exc:
            assert str(exc), "an ArticleError says what is wrong"
            return None


def _check_offsets(df: pd.DataFrame, text: str) -> None:
    full = kit.article_text(df, "fuzz")
    assert full in (text, text.replace("\r\n", "\n")) or len(full) <= len(text)
    for row in df.itertuples():
        assert full[row.start_char : row.end_char] == row.text
        for start, token in zip(row.tok_start, row.tok_text, strict=True):
            assert row.start_char <= start and start + len(token) <= row.end_char
            assert full[start : start + len(token)] == token
        for ev in row.topic_evidence:
            assert full[ev["start"] : ev["end"]] == ev["text"]
        spans = getattr(row, "speech_spans", None)  # the speaker's own words; NA for none
        for start, end in spans if pd.api.types.is_list_like(spans) else []:
            assert row.start_char <= start <= end <= row.end_char


def _select(df: pd.DataFrame, data) -> tuple[dict, pd.Series | None]:
    speakers = sorted(df["speaker"].dropna().unique())
    topics = sorted({t for ts in df["topics"] for t in ts})
    filters = {
        "articles": data.draw(st.sampled_from([None, ["fuzz"], ["other"]])),
        "speakers": data.draw(st.lists(st.sampled_from([*speakers, None, "Nobody"]), max_size=2)),
        "speaker_type": data.draw(st.sampled_from([None, "direct", "indirect"])),
        "topics": data.draw(st.lists(st.sampled_from(topics), max_size=2)) if topics else None,
        "how": data.draw(st.sampled_from(["any", "all"])),
        "search": data.draw(searches),
        "regex": data.draw(st.booleans()),
    }
    try:
        mask = kit.select(df, **filters)
    except SearchError as exc:
        assert filters["regex"] and str(exc)
        return filters, None
    assert mask.index.equals(df.index) and mask.dtype == bool
    return filters, mask


@FUZZ
@given(text=hostile, data=st.data())
def test_hostile_text_through_load_counts_kwic_and_select(text, data):
    df = _load(text)
    if df is None:
        return
    _check_offsets(df, text)
    counts = kit.term_frequencies(df)
    assert (counts["count"] > 0).all() and counts["n_sentences"].le(len(df)).all()
    kit.term_frequencies(df, by="speaker")
    if "speech_spans" in df.columns:
        kit.term_frequencies(df, by="speaker", scope="speech")
    filters, mask = _select(df, data)
    if mask is not None and filters["articles"] == ["other"]:
        assert not mask.any()  # an article the table does not have selects nothing
    if mask is not None and 0 < mask.sum() < len(df):
        kit.keyness(df, mask.to_numpy())
    term = data.draw(st.sampled_from([*counts["term"].head(5), "“", "said"]))
    lines = kit.kwic(df, term)
    full = kit.article_text(df, "fuzz")
    for line in lines.itertuples():
        assert full[line.start : line.end] == line.match


@settings(FUZZ, max_examples=8)
@given(text=hostile, data=st.data())
def test_explorer_state_round_trip_on_hostile_text(text, data):
    df = _load(text)
    if df is None or not len(df):
        return
    speakers = sorted(df["speaker"].dropna().unique())
    topics = sorted({t for ts in df["topics"] for t in ts})
    state = {
        "articles": data.draw(st.sampled_from([[], ["fuzz"]])),
        "speakers": data.draw(st.lists(st.sampled_from(speakers), max_size=2, unique=True))
        if speakers
        else [],
        "speaker_type": data.draw(st.sampled_from(["any", "direct", "reported"])),
        "topics": data.draw(st.lists(st.sampled_from(topics), max_size=2, unique=True))
        if topics
        else [],
        "topic_how": data.draw(st.sampled_from(["any", "all"])),
        "search": data.draw(searches),
        "regex": data.draw(st.booleans()),
        "unit": data.draw(st.sampled_from(["lemma", "word", "n-gram"])),
        "top": data.draw(st.integers(5, 50)),  # the slider's range
        "view": data.draw(st.sampled_from(["Terms", "Sentences", "KWIC", "Keyness"])),
    }
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", kit.NotEnglishWarning)
        explorer = kit.Explorer(df, state=state, export_dir="unused")
    got = explorer.state
    for key, value in state.items():
        assert got[key] == value, key
    # the same state opens the same Explorer: the round trip is exact
    assert kit.Explorer(df, state=got, export_dir="unused").state == got
    # and the Explorer selects what kit.select does with those filters
    try:
        expected = kit.select(
            df,
            articles=state["articles"],
            speakers=state["speakers"],
            speaker_type={"any": None, "reported": "indirect"}.get(
                state["speaker_type"], state["speaker_type"]
            ),
            topics=state["topics"],
            how=state["topic_how"],
            search=state["search"],
            regex=state["regex"],
        )
    except SearchError:
        return  # the Explorer shows the message instead of a selection
    assert np.array_equal(explorer.selection.index, df.index[expected.to_numpy()])
