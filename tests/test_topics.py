"""The topics stage: shipped lexicons, evidence offsets, user lexicons, masks and summaries.

Real text throughout: the bundled PTI article (parsed once per session, see conftest.py),
short made-up news paragraphs, and the BBC corpus where it is present.
"""

from __future__ import annotations

import pyarrow as pa
import pytest
import spacy

import kit
from kit import topics as kt

GOVERNANCE = {"governance": ["security governance", "rule of law", "UN charter"]}


@pytest.fixture(scope="module")
def tagged(article):
    return kit.tag_topics(article)


def row_starting(df, prefix: str):
    rows = df[df["text"].str.startswith(prefix)]
    assert len(rows) == 1, f"expected one sentence starting {prefix!r}, found {len(rows)}"
    return rows.iloc[0]


def evidence(df, row) -> list[tuple[str, str, str]]:
    """(topic, lexicon term, matched text) of a row, the text read back by offsets."""
    text = kit.article_text(df, row["article_id"])
    return [(e["topic"], e["term"], text[e["start"] : e["end"]]) for e in row["topic_evidence"]]


# --- the bundled article -------------------------------------------------------------------


def test_first_sentence_is_terrorism_and_cybercrime_not_dissidents(tagged):
    row = row_starting(tagged, "President Xi Jinping Tuesday pledged")
    assert list(row["topics"]) == ["terrorism", "cybercrime"]
    assert evidence(tagged, row) == [
        ("terrorism", "terrorism", "terrorism"),
        ("cybercrime", "cyber crime", "cyber crime"),
    ]


def test_fight_against_terrorism_sentence_has_all_three_topics(tagged):
    row = row_starting(tagged, "“China has actively participated")
    assert sorted(row["topics"]) == ["cybercrime", "fugitives", "terrorism"]
    assert evidence(tagged, row) == [
        ("terrorism", "terrorism", "terrorism"),
        ("cybercrime", "cyber crime", "cyber crimes"),  # plural, matched on the lemma
        ("fugitives", "fugitive repatriation", "fugitive repatriation"),
        ("cybercrime", "telecom fraud", "telecom fraud"),
    ]


def test_headquarters_and_participants_sentences_have_no_topic(tagged):
    for prefix in ("Headquartered in Lyon", "Participants from 158 countries"):
        row = row_starting(tagged, prefix)
        assert list(row["topics"]) == [] and list(row["topic_evidence"]) == [], prefix


def test_deported_back_is_fugitives(tagged):
    row = row_starting(tagged, "Meng’s election to head the organisation")
    assert evidence(tagged, row) == [("fugitives", "deported back", "deported back")]


def test_every_offset_reads_back_inside_its_sentence(tagged):
    text = kit.article_text(tagged)
    n = 0
    for _, row in tagged.iterrows():
        for e in row["topic_evidence"]:
            assert row["start_char"] <= e["start"] < e["end"] <= row["end_char"]
            matched = text[e["start"] : e["end"]]
            assert (
                matched
                == row["text"][e["start"] - row["start_char"] : e["end"] - row["start_char"]]
            )
            assert matched.split()[0].lower()[:4] == e["term"].split()[0].lower()[:4]
            n += 1
    assert n >= 7


def test_columns_are_arrow_lists_and_topics_follow_evidence(tagged):
    assert tagged["topics"].dtype == pd_arrow(pa.list_(pa.string()))
    assert pa.types.is_struct(tagged["topic_evidence"].dtype.pyarrow_dtype.value_type)
    for topics, ev in zip(tagged["topics"], tagged["topic_evidence"], strict=True):
        assert sorted(topics) == sorted({e["topic"] for e in ev})
    assert tagged.attrs["topics"] == ["terrorism", "cybercrime", "fugitives"]


def pd_arrow(t):
    import pandas as pd

    return pd.ArrowDtype(t)


def test_tagging_returns_a_new_table_and_retagging_replaces(article, tagged):
    assert "topics" not in article.columns
    again = kit.tag_topics(tagged, GOVERNANCE)
    assert list(again.columns) == list(tagged.columns)
    assert {t for ts in again["topics"] for t in ts} == {"governance"}


# --- the analyst's own topic, no new parse ---------------------------------------------------


def test_notebook_topic_tags_the_right_sentences_without_a_parse(article, monkeypatch):
    def no_parse(*args, **kwargs):
        raise AssertionError("tag_topics ran the spaCy pipeline")

    monkeypatch.setattr(spacy.language.Language, "__call__", no_parse)
    monkeypatch.setattr(spacy.language.Language, "pipe", no_parse)
    out = kit.tag_topics(article, GOVERNANCE)
    tagged_rows = out[kit.topic_mask(out, "governance")]
    found = {
        (row["text"][:30], m) for _, row in tagged_rows.iterrows() for _, _, m in evidence(out, row)
    }
    assert found == {
        ("“China has actively participat", "security governance"),
        ("In order to beef up global law", "rule of law"),
        ("Xi urged promoting global secu", "security governance"),
        ("“Countries and intergovernment", "security governance"),
        ("He called on countries to adhe", "UN charter"),
    }


def test_user_topics_add_to_the_shipped_ones(article):
    out = kit.tag_topics(article, kit.load_topics() | GOVERNANCE)
    row = row_starting(out, "“China has actively participated")
    assert list(row["topics"]) == ["terrorism", "cybercrime", "fugitives", "governance"]
    assert out.attrs["topics"] == ["terrorism", "cybercrime", "fugitives", "governance"]


def test_a_toml_file_of_ones_own(article, tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(
        '# my topics\n[policing]\nterms = ["law enforcement"]\n'
        'patterns = [{label = "security cooperation", pattern = '
        '[{LOWER = "security"}, {LEMMA = "cooperation"}]}]\n',
        encoding="utf-8",
    )
    out = kit.tag_topics(article, path)
    terms = {e["term"] for ev in out["topic_evidence"] for e in ev}
    assert terms == {"law enforcement", "security cooperation"}
    expected = out["text"].str.lower().str.contains("law enforcement|security cooperation")
    assert kit.topic_mask(out, "policing").tolist() == expected.tolist()
    assert expected.sum() == 3


# --- matching rules on made-up news ---------------------------------------------------------

NEWS = (
    "Police said the cyber-crime unit had arrested three hackers in Manchester. "
    "Cybercrime costs banks millions, the report said. "
    "Two terrorists were jailed for plotting a counter-terrorism sting in reverse. "
    "The minister said the extradition treaty would be signed next week, and that "
    "an Interpol red notice had been issued for the businessman."
)
FOOTBALL = (
    "United launched attack after attack in the second half. "
    "Rooney was hacked down on the edge of the box and the virus that kept him out "
    "last week was forgotten as the striker escaped his marker."
)


@pytest.fixture(scope="module")
def news():
    return kit.tag_topics(kit.load_text(NEWS, article_id="news", headers=False))


@pytest.fixture(scope="module")
def football():
    return kit.tag_topics(kit.load_text(FOOTBALL, article_id="football", headers=False))


def test_hyphens_closed_forms_and_plurals_match(news):
    found = [m for _, row in news.iterrows() for _, _, m in evidence(news, row)]
    for text in (
        "cyber-crime",
        "hackers",
        "Cybercrime",
        "terrorists",
        "counter-terrorism",
        "extradition",
        "red notice",
    ):
        assert text in found, text


def test_counter_terrorism_is_one_piece_of_evidence(news):
    row = row_starting(news, "Two terrorists")
    assert [(t, m) for _, t, m in evidence(news, row)] == [
        ("terrorist", "terrorists"),
        ("counter-terrorism", "counter-terrorism"),
    ]


def test_football_attack_and_hacking_down_are_no_topic(football):
    assert football["topics"].list.len().sum() == 0


BORDERLINE = (
    "Liverpool beat Deportivo in the Champions League. "
    "Failed asylum seekers were deported after their appeals were rejected. "
    "The firm plans the repatriation of overseas profits. "
    "The Tories said they had Labour on the run. "
    "Voters worried about political extremism and the dissidents' protest. "
    "The striker escaped his marker to score. "
    "Police said the suspect went on the run from officers in Leeds. "
    "Rates fell after the 9/11 attacks, while Fahrenheit 9/11 topped the box office."
)


def test_borderline_words_are_not_evidence_alone():
    out = kit.tag_topics(kit.load_text(BORDERLINE, article_id="b", headers=False))
    tagged = {
        row["text"][:20]: list(row["topics"]) for _, row in out.iterrows() if len(row["topics"])
    }
    assert tagged == {"Police said the susp": ["fugitives"]}


def test_forms_match_only_as_written(article):
    df = kit.load_text("He was hacked off. Hacking is a crime, she said.", headers=False)
    as_form = kit.tag_topics(df, {"x": {"forms": ["hacking"]}})
    as_term = kit.tag_topics(df, {"x": {"terms": ["hack"]}})
    assert [len(t) for t in as_form["topics"]] == [0, 1]
    assert [len(t) for t in as_term["topics"]] == [1, 1]


def test_guard_tokens_stay_out_of_the_evidence():
    df = kit.load_text(
        "Officials said the hacking campaign lasted months. He kept hacking through the weeds.",
        headers=False,
    )
    out = kit.tag_topics(df)
    assert [len(t) for t in out["topics"]] == [1, 0]
    assert [m for _, _, m in evidence(out, out.iloc[0])] == ["hacking"]


def without_prefilter(df):
    """Tag with the shipped lexicon plus a pattern no word can anchor: every row is matched."""
    anywhere = {"_anywhere": {"patterns": [[{"POS": "INTJ"}]]}}
    out = kit.tag_topics(df, kit.load_topics() | anywhere)
    return [[e for e in ev if e["topic"] != "_anywhere"] for ev in out["topic_evidence"]]


def test_the_prefilter_loses_no_match(tagged, news, football):
    for df in (tagged, news, football):
        assert without_prefilter(df) == df["topic_evidence"].tolist()


# --- bad lexicons ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lexicon", "words"),
    [
        ({"gov": {"term": ["rule of law"]}}, ["'gov'", "unknown key", "term"]),
        ({"gov": {"patterns": [[{"LEMA": "law"}]]}}, ["'gov'", "pattern 1", "LEMA"]),
        (
            {"gov": {"patterns": [{"label": "bad op", "pattern": [{"LOWER": "x", "OP": "%"}]}]}},
            ["'gov'", "bad op"],
        ),
        ({"gov": []}, ["'gov'", "no terms"]),
        ({"gov": [""]}, ["'gov'", "non-empty"]),
        ({}, ["empty"]),
    ],
)
def test_bad_lexicons_say_what_is_wrong(lexicon, words):
    with pytest.raises(kit.LexiconError) as info:
        kit.load_topics(lexicon)
    for word in words:
        assert word in str(info.value)


def test_missing_and_broken_files_are_named(tmp_path, article):
    missing = tmp_path / "nope.toml"
    with pytest.raises(kit.LexiconError, match=r"nope\.toml"):
        kit.tag_topics(article, missing)
    broken = tmp_path / "broken.toml"
    broken.write_text("[gov\nterms = 1", encoding="utf-8")
    with pytest.raises(kit.LexiconError, match=r"broken\.toml.*not valid TOML"):
        kit.load_topics(broken)
    wrong = tmp_path / "wrong.toml"
    wrong.write_text('[gov]\nterms = ["x"]\nextra = 1\n', encoding="utf-8")
    with pytest.raises(kit.LexiconError, match=r"wrong.toml: topic 'gov': unknown key"):
        kit.load_topics(wrong)


def test_an_unparsed_table_is_refused():
    import pandas as pd

    with pytest.raises(ValueError, match="parsed sentence table"):
        kit.tag_topics(pd.DataFrame({"text": ["Terrorism."], "start_char": [0]}))


# --- masks and summaries -----------------------------------------------------------------------


def test_topic_mask_any_all_and_unknown(tagged):
    lists = [set(t) for t in tagged["topics"]]
    any_ = kit.topic_mask(tagged, ["terrorism", "fugitives"])
    all_ = kit.topic_mask(tagged, ["terrorism", "fugitives"], how="all")
    assert any_.tolist() == [bool(s & {"terrorism", "fugitives"}) for s in lists]
    assert all_.tolist() == [{"terrorism", "fugitives"} <= s for s in lists]
    assert any_.index.equals(tagged.index) and any_.sum() > all_.sum() > 0
    with pytest.raises(KeyError, match="terorism"):
        kit.topic_mask(tagged, ["terorism"])
    with pytest.raises(ValueError, match="how"):
        kit.topic_mask(tagged, ["terrorism"], how="some")


def test_topic_mask_on_a_filtered_large_table(tagged):
    big = tagged.iloc[[i % len(tagged) for i in range(20_000)]].iloc[7:]
    mask = kit.topic_mask(big, "cybercrime")
    assert mask.index.equals(big.index)
    assert mask.tolist() == ["cybercrime" in t for t in big["topics"].tolist()]


def test_functions_that_need_tags_say_so(article):
    for fn in (kit.topic_mask, kit.topics_summary, kit.topic_matches):
        args = (article, "terrorism") if fn is kit.topic_mask else (article,)
        with pytest.raises(ValueError, match=r"kit.tag_topics\(df\)"):
            fn(*args)


def test_summary_counts_sentences_and_articles(tagged):
    summary = kit.topics_summary(tagged).set_index("topic")
    assert list(summary.index) == ["terrorism", "cybercrime", "fugitives"]
    for topic in summary.index:
        n = sum(topic in t for t in tagged["topics"])
        assert summary.loc[topic, "n_sentences"] == n
        assert summary.loc[topic, "n_articles"] == (1 if n else 0)
        assert summary.loc[topic, "pct_sentences"] == round(100 * n / len(tagged), 2)
    assert summary.loc["cybercrime", "top_terms"].startswith("cyber crime (2)")


def test_summary_by_group_lists_zero_rows(news, football):
    both = kit.load_corpus(
        __import__("pandas").DataFrame(
            {"text": [NEWS, FOOTBALL], "category": ["crime", "sport"], "id": ["n", "f"]}
        ),
        id_column="id",
        headers=False,
        progress=False,
    )
    summary = kit.topics_summary(kit.tag_topics(both), by="category")
    assert len(summary) == 2 * 3
    sport = summary[summary["category"] == "sport"]
    assert sport["n_sentences"].sum() == 0 and sport["n_articles"].sum() == 0
    crime = summary[summary["category"] == "crime"].set_index("topic")
    assert crime.loc["fugitives", "n_sentences"] == 1
    assert crime.loc["fugitives", "pct_articles"] == 100.0


def test_topic_matches_reads_the_text(tagged):
    matches = kit.topic_matches(tagged)
    assert len(matches) == sum(len(e) for e in tagged["topic_evidence"])
    assert "cyber crimes" in set(matches["text"])


# --- independence, packaging, caching ------------------------------------------------------------


def test_speakers_and_topics_run_in_either_order(article):
    a = kit.tag_topics(kit.attribute_speakers(article))
    b = kit.attribute_speakers(kit.tag_topics(article))
    for col in ("topics", "speaker", "speaker_type"):
        assert a[col].tolist() == b[col].tolist(), col


def test_shipped_lexicon_is_a_package_file():
    path = kt.default_topics_path()
    assert path.is_file() and path.parent.name == "resources"
    assert kit.load_topics(path) == kit.load_topics()
    text = path.read_text(encoding="utf-8")
    for decision in ("extremism", "dissidents", "asylum", "attack"):
        assert decision in text


def test_tags_survive_the_parquet_cache(tagged, tmp_path):
    from kit.cache import read_table, save_table

    back = read_table(save_table(tagged, tmp_path / "t.parquet"))
    back.attrs["topics"] = tagged.attrs["topics"]
    assert (
        kit.topic_mask(back, "terrorism").tolist() == kit.topic_mask(tagged, "terrorism").tolist()
    )
    assert back["topic_evidence"].tolist() == tagged["topic_evidence"].tolist()


# --- the BBC corpus ------------------------------------------------------------------------------


@pytest.mark.corpus
@pytest.mark.slow
def test_bbc_sport_is_not_tagged_and_tech_carries_cybercrime():
    bbc = pytest.importorskip("_bbc")
    if not bbc.available():
        pytest.skip(f"the BBC corpus is not at {bbc.BBC_CSV}")
    out = kit.tag_topics(bbc.bbc_table())
    summary = kit.topics_summary(out, by="category").set_index(["category", "topic"])
    assert summary.loc[("tech", "cybercrime"), "pct_articles"] > 5 * max(
        summary.loc[(c, "cybercrime"), "pct_articles"] for c in ("sport", "entertainment")
    )
    matches = kit.topic_matches(out)
    # words common in other senses are never evidence alone: only as cues (with a sense
    # word in the sentence, listed in the evidence) or carrying a story on (context)
    alone = set(matches.loc[matches["kind"].isin(["term", "form", "pattern"]), "term"])
    assert not alone & {"attack", "virus", "9/11", "bomb", "extremism", "asylum"}
    cues = out["topic_evidence"].explode().dropna()
    assert all(len(e["terms"]) for e in cues if e["kind"] == "cue")
    assert without_prefilter(out) == out["topic_evidence"].tolist()
