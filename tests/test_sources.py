"""The readers (kit.sources.read_articles and the loaders on top): every common article
source, errors="raise"/"skip", input detection and the errors of issue 12."""

from __future__ import annotations

import json
import warnings

import pandas as pd
import pytest

import kit
from kit.sources import (
    NotEnglishWarning,
    SkippedWarning,
    english_problem,
    read_article,
    read_articles,
    read_text,
)

BODY = "Police said two men fled the city on Tuesday. They were caught near the border."
OTHER = "The court freed the suspects on bail. No charges were filed, a lawyer said."

PAGE = """<!DOCTYPE html>
<html><head><title>Police chief backs cyber unit | Daily News</title>
<meta name="author" content="Maria Keller">
<meta property="article:published_time" content="2024-03-05">
<meta property="og:site_name" content="Daily News">
<script>var tracker = "script script script";</script></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Police chief backs cyber unit</h1>
<p>The police chief on Tuesday backed a new cyber unit, saying crime had moved online and
the force had to follow it there.</p>
<p>"We cannot fight tomorrow's crime with yesterday's tools," she said at a briefing.</p>
</article><footer>Copyright 2024 Daily News. All rights reserved.</footer></body></html>
"""


def ids_and_texts(articles):
    return [(a.article_id, a.text) for a in articles]


# --- folders ------------------------------------------------------------------------------------


def test_a_folder_reads_text_markdown_and_html_in_any_case_and_skips_hidden_files(tmp_path):
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.MD").write_text(OTHER, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.HTM").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.csv").write_text("id,text\n1,x\n", encoding="utf-8")  # not an article
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "a-checkpoint.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "._a.txt").write_bytes(b"\x00\x05\x16\x07Mac OS X\x00\x00")  # AppleDouble
    (tmp_path / ".hidden.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "__MACOSX").mkdir()
    (tmp_path / "__MACOSX" / "d.txt").write_text(BODY, encoding="utf-8")

    articles, skipped = read_articles(tmp_path)
    assert [a.article_id for a in articles] == ["a", "b", "c"]
    assert skipped.empty and list(skipped.columns) == ["item", "reason"]
    page = articles[2]
    assert page.text.startswith("Police chief backs cyber unit\n\nThe police chief on Tuesday")
    assert "script" not in page.text and "Copyright" not in page.text and "Home" not in page.text
    assert page.metadata["title"] == "Police chief backs cyber unit"
    assert page.metadata["byline"] == "Maria Keller"
    assert page.metadata["date"] == "2024-03-05"
    assert page.path == str(tmp_path / "sub" / "c.HTM")


def test_a_pattern_picks_files_in_any_case(tmp_path):
    (tmp_path / "a.TXT").write_text(BODY, encoding="utf-8")
    (tmp_path / "b.md").write_text(OTHER, encoding="utf-8")
    articles, _ = read_articles(tmp_path, pattern="*.txt")
    assert [a.article_id for a in articles] == ["a"]


def test_errors_skip_keeps_the_good_files_and_reports_each_bad_one(tmp_path):
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (tmp_path / "latin.txt").write_bytes("The café owner said no.".encode("cp1252"))
    (tmp_path / "data.txt").write_text(json.dumps([{"text": BODY}]), encoding="utf-8")
    with pytest.warns(SkippedWarning) as record:
        articles, skipped = read_articles(tmp_path, errors="skip")
    assert [a.article_id for a in articles] == ["good"]
    reasons = dict(zip(skipped["item"], skipped["reason"], strict=True))
    assert set(reasons) == {
        str(tmp_path / f"{n}.txt") for n in ("binary", "data", "empty", "latin")
    }
    assert "empty" in reasons[str(tmp_path / "empty.txt")]
    assert "binary" in reasons[str(tmp_path / "binary.txt")]
    assert "encoding=" in reasons[str(tmp_path / "latin.txt")]
    assert "JSON" in reasons[str(tmp_path / "data.txt")]
    message = str(record[0].message)
    assert all(item in message for item in reasons)  # the warning lists them all

    # errors="raise" (the default) stops at the first bad file, naming it
    with pytest.raises(kit.ArticleError, match=r"binary\.txt"):
        read_articles(tmp_path)


def test_load_corpus_skips_and_keeps_the_skipped_items(tmp_path):
    (tmp_path / "good.txt").write_text(BODY, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    with pytest.warns(SkippedWarning, match=r"bad\.txt"):
        df = kit.load_corpus(tmp_path, errors="skip", progress=False)
    assert set(df["article_id"]) == {"good"}
    assert df.attrs["skipped"] == [
        {
            "item": str(tmp_path / "bad.txt"),
            "reason": str(tmp_path / "bad.txt") + ": the file is empty",
        }
    ]


def test_nothing_readable_is_an_error_even_when_skipping(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"")
    with pytest.raises(kit.ArticleError, match=r"no article could be read.*bad\.txt.*empty"):
        read_articles(tmp_path, errors="skip")


def test_a_repeated_file_name_is_refused_or_skipped(tmp_path):
    for desk in ("afp", "reuters"):
        (tmp_path / desk).mkdir()
        (tmp_path / desk / "story.txt").write_text(BODY, encoding="utf-8")
    with pytest.raises(kit.ArticleError, match="'story' repeats"):
        read_articles(tmp_path)
    with pytest.warns(SkippedWarning):
        articles, skipped = read_articles(tmp_path, errors="skip")
    assert [a.path for a in articles] == [str(tmp_path / "afp" / "story.txt")]
    assert skipped["item"].tolist() == [str(tmp_path / "reuters" / "story.txt")]


# --- tables -------------------------------------------------------------------------------------

ROWS = pd.DataFrame(
    {
        "story_id": [101, 102],
        "body": [BODY, OTHER],
        "title": ["Two men flee", "Suspects freed"],
        "date": ["2024-03-05", "2024-03-06"],
        "source": ["Reuters", None],
        "url": ["https://example.org/1", "https://example.org/2"],
        "section": ["world", "crime"],
    }
)


@pytest.mark.parametrize("suffix", [".csv", ".tsv", ".jsonl", ".json", ".parquet"])
def test_table_files_give_their_articles_and_metadata(tmp_path, suffix):
    path = tmp_path / f"news{suffix}"
    if suffix in (".csv", ".tsv"):
        ROWS.to_csv(path, index=False, sep="\t" if suffix == ".tsv" else ",")
    elif suffix == ".jsonl":
        ROWS.to_json(path, orient="records", lines=True)
    elif suffix == ".json":
        ROWS.to_json(path, orient="records")
    else:
        ROWS.to_parquet(path)
    articles, _ = read_articles(path, text_column="body", id_column="story_id")
    assert ids_and_texts(articles) == [("101", BODY), ("102", OTHER)]
    assert articles[0].metadata == {
        "title": "Two men flee",
        "date": "2024-03-05",
        "source": "Reuters",
        "url": "https://example.org/1",
        "section": "world",
    }
    assert "source" not in articles[1].metadata  # missing: not "nan", not None over a header
    assert articles[0].path == str(path)
    # without id_column: the file's name and the row number
    articles, _ = read_articles(path, text_column="body")
    assert [a.article_id for a in articles] == ["news-0", "news-1"]


def test_load_corpus_on_a_csv_path_loads_its_articles(tmp_path):
    path = tmp_path / "news.csv"
    ROWS.to_csv(path, index=False)
    df = kit.load_corpus(path, text_column="body", id_column="story_id", progress=False)
    assert df.groupby("article_id").size().to_dict() == {"101": 2, "102": 2}
    assert df.loc[df.article_id == "101", "section"].unique().tolist() == ["world"]
    assert kit.article_text(df, "102") == OTHER


def test_parquet_dates_stay_timestamps_and_numbers_become_plain_values(tmp_path):
    table = ROWS.assign(
        date=pd.to_datetime(["2024-03-05", "2024-03-06 14:30"], format="ISO8601"), words=[14, 15]
    )
    table.to_parquet(tmp_path / "news.parquet")
    articles, _ = read_articles(tmp_path / "news.parquet", text_column="body")
    assert [a.metadata["date"] for a in articles] == [
        pd.Timestamp("2024-03-05"),
        pd.Timestamp("2024-03-06 14:30"),
    ]
    assert articles[0].metadata["words"] == 14 and type(articles[0].metadata["words"]) is int


def test_a_bad_row_is_skipped_with_its_reason():
    table = pd.DataFrame({"text": [BODY, None, 5, "  ", OTHER]})
    with pytest.warns(SkippedWarning) as record:
        articles, skipped = read_articles(table, errors="skip")
    assert [a.article_id for a in articles] == ["0", "4"]
    assert skipped["item"].tolist() == ["the table row 1", "the table row 2", "the table row 3"]
    assert "missing" in skipped["reason"][0]
    assert "int 5, not text" in skipped["reason"][1]
    assert "empty" in skipped["reason"][2]
    assert "row 2" in str(record[0].message)


# --- input detection ----------------------------------------------------------------------------


def test_load_article_on_an_html_page_extracts_the_article(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    df = kit.load_article(path)
    assert df["text"].iloc[0].startswith("The police chief on Tuesday backed")
    assert set(df["title"]) == {"Police chief backs cyber unit"}
    assert set(df["byline"]) == {"Maria Keller"}
    assert set(df["date"]) == {"2024-03-05"}
    assert not df["text"].str.contains("<|script|DOCTYPE").any()
    text = kit.article_text(df)
    assert all(text[r.start_char : r.end_char] == r.text for r in df.itertuples())


@pytest.mark.parametrize("how", ["load_text", "txt file"])
def test_html_given_as_text_is_read_as_a_page(tmp_path, how):
    if how == "load_text":
        df = kit.load_text(PAGE)
    else:
        (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
        df = kit.load_article(tmp_path / "page.txt")
    assert set(df["title"]) == {"Police chief backs cyber unit"}
    assert not df["text"].str.contains("<|DOCTYPE|tracker").any()


def test_a_paragraph_of_prose_with_a_tag_in_it_is_not_html():
    text = "The <b> tag makes text bold, the court heard. The case goes on."
    assert read_text(text).text == text


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        (json.dumps({"articles": [{"text": BODY}]}), "JSON"),
        (json.dumps([{"text": BODY}, {"text": OTHER}], indent=2), "JSON"),
        (json.dumps({"text": BODY}) + "\n" + json.dumps({"text": OTHER}) + "\n", "JSON Lines"),
        (f'id,title,text\n1,Flee,"{BODY}"\n2,Freed,"{OTHER}"\n', "CSV"),
        (f"id\ttext\n1\t{BODY}\n2\t{OTHER}\n", "CSV"),
    ],
)
def test_data_given_as_one_article_is_refused_with_the_reader_to_use(tmp_path, content, kind):
    with pytest.raises(kit.ArticleError, match=rf"looks like {kind} data.*kit\.load_corpus"):
        kit.load_text(content)
    (tmp_path / "story.txt").write_text(content, encoding="utf-8")
    with pytest.raises(kit.ArticleError, match=rf"story\.txt: looks like {kind} data"):
        kit.load_article(tmp_path / "story.txt")


def test_prose_with_commas_is_not_csv():
    text = "Police, who arrived late, said the men, both 30, fled.\nThe court, however, disagreed."
    assert read_text(text).text == text


@pytest.mark.parametrize("suffix", [".csv", ".JSONL", ".parquet", ".json"])
def test_a_table_file_is_not_one_article(tmp_path, suffix):
    path = tmp_path / f"news{suffix}"
    path.write_text("text\nx\n", encoding="utf-8")
    with pytest.raises(kit.ArticleError, match=r"news\..*table of articles.*kit\.load_corpus"):
        read_article(path)


# --- English ------------------------------------------------------------------------------------

CHINESE = (
    "国家主席习近平周二承诺全力支持国际刑警组织打击恐怖主义和网络犯罪，"
    "各国在维护自身安全的同时应兼顾他国安全。"
)
GERMAN = (
    "Die Polizei hat am Dienstag zwei Männer festgenommen, die nach einem Überfall auf eine "
    "Bank in der Innenstadt geflohen waren. Nach Angaben der Ermittler wurden die beiden "
    "Verdächtigen an der Grenze gestellt, wo sie versuchten, mit einem gestohlenen Auto zu "
    "entkommen."
)


def test_a_chinese_paragraph_warns_saying_which_check():
    with pytest.warns(NotEnglishWarning, match="letters are not Latin"):
        kit.load_text(CHINESE)


def test_german_warns_on_the_share_of_english_words():
    assert "common English words" in english_problem(GERMAN)
    with pytest.warns(NotEnglishWarning, match="common English words"):
        read_text(GERMAN)


def test_english_does_not_warn(article_path):
    with warnings.catch_warnings():
        warnings.simplefilter("error", NotEnglishWarning)
        read_text(article_path.read_text("utf-8"))
        read_text(BODY)
        read_text("Xi Jinping met Meng Hongwei in Beijing.")
    assert english_problem("Café owner Zoë Ångström said the façade was ruined.") is None


def test_a_corpus_warns_once_listing_every_text_that_is_not_english():
    table = pd.DataFrame({"text": [BODY, CHINESE, GERMAN]})
    with pytest.warns(NotEnglishWarning) as record:
        read_articles(table)
    assert len(record) == 1
    assert "row 1" in str(record[0].message) and "row 2" in str(record[0].message)


# --- clear errors (issue 12, "Unclear errors") --------------------------------------------------


@pytest.mark.parametrize("endian", ["le", "be"])
def test_utf16_without_a_bom_is_read(tmp_path, endian):
    path = tmp_path / "u16.txt"
    path.write_bytes(BODY.encode(f"utf-16-{endian}"))
    assert read_article(path).text == BODY


def test_partly_utf16_bytes_get_a_hint_not_binary(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes(("Polícía said ‘no’ " * 20).encode("utf-16-le") + b"\x00\x00\x01\x02" * 40)
    with pytest.raises(kit.ArticleError, match=r"u16\.txt: looks like UTF-16.*'utf-16-le'"):
        read_article(path)


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        (BODY.encode("utf-8"), r"got bytes: decode it first.*kit\.load_article"),
        (5, r"got int: pass the article's text as a str"),
        (None, r"got NoneType"),
    ],
)
def test_a_text_that_is_not_a_str_is_a_type_error_saying_what_to_pass(value, hint):
    with pytest.raises(TypeError, match=hint):
        kit.load_text(value)


def test_a_missing_id_column_names_the_column_and_the_columns_there_are():
    with pytest.raises(kit.ArticleError, match=r"no 'story' column.*\['text', 'id'\].*id_column="):
        kit.load_corpus(pd.DataFrame({"text": [BODY], "id": ["a"]}), id_column="story")


def test_integer_ids_in_a_float_column_stay_integers():
    # pandas turns integers with a gap into floats: 101 -> 101.0
    table = pd.DataFrame({"text": [BODY, OTHER, "Police said so."], "id": [101, None, 103]})
    assert table["id"].dtype == float
    with pytest.raises(kit.ArticleError, match=r"row 1: its id \('id'\) is missing"):
        read_articles(table, id_column="id")
    with pytest.warns(SkippedWarning):
        articles, _ = read_articles(table, id_column="id", errors="skip")
    assert [a.article_id for a in articles] == ["101", "103"]


def test_a_cp1252_file_says_pass_encoding(tmp_path):
    (tmp_path / "latin.txt").write_bytes("The café owner said no.".encode("cp1252"))
    with pytest.raises(kit.ArticleError, match=r"latin\.txt.*encoding="):
        kit.load_corpus(tmp_path, progress=False)
    df = kit.load_corpus(tmp_path, encoding="cp1252", progress=False)
    assert df["text"].tolist() == ["The café owner said no."]


def test_lone_surrogates_are_refused_naming_the_article():
    with pytest.raises(kit.ArticleError, match=r"article 'x1'.*lone surrogate.*U\+D800"):
        kit.load_text("Police said \ud800 no.", article_id="x1")


def test_errors_must_be_raise_or_skip():
    with pytest.raises(ValueError, match="'raise' or 'skip'"):
        read_articles(pd.DataFrame({"text": [BODY]}), errors="ignore")
