"""Term analytics on real text: the bundled article and small made-up news stories.

Statistics are checked against values computed here from the textbook formulas, on the
counts the test itself takes from the stored parse (kit.tokens), zero counts included.
"""

from __future__ import annotations

import math
import re

import numpy as np
import pandas as pd
import pytest
from scipy import stats

import kit
from kit.terms._dispersion import gries_dp
from kit.terms._measures import log_likelihood, log_ratio, weighted_log_odds

WORDLESS = {"PUNCT", "SPACE", "SYM"}

STORY = (
    "Police in Manila arrested three suspects in a cyber fraud ring on Monday, officials "
    "said. The suspects ran fake lottery websites, police said. Cyber crime has doubled "
    "since 2019, according to the national police. \u201cWe will hunt down every fraudster,\u201d "
    "police chief Maria Santos told reporters. The ring stole money from pensioners across "
    "the Philippines. Santos said more arrests were expected."
)


@pytest.fixture(scope="module")
def xi(article):
    """The bundled article with speakers attributed."""
    return kit.attribute_speakers(article)


def _fresh(df: pd.DataFrame) -> pd.DataFrame:
    """The same rows without the article store: forces an index built from scratch."""
    out = df.drop(columns="article_key")  # the rows' way into the store
    out.attrs = {}
    return out


def _lemma_counts(df: pd.DataFrame) -> pd.Series:
    """Lowercased lemma counts of the words of ``df`` (no filtering), from kit.tokens."""
    t = kit.tokens(df)
    t = t[~t["pos"].isin(WORDLESS)]
    return t["lemma"].str.lower().value_counts()


# --- frequencies ------------------------------------------------------------------------------


def test_top_lemmas_of_xi_are_content_words(xi):
    said_by_xi = xi[xi["speaker"] == "Xi Jinping"]
    assert len(said_by_xi) >= 5
    top = kit.term_frequencies(said_by_xi, top=10)
    assert list(top.columns) == ["term", "count", "per_1000", "n_sentences"]
    assert {"security", "country"} <= set(top["term"])
    every = set(kit.term_frequencies(said_by_xi)["term"])
    for junk in ("the", ",", "’s", "'s", "said", "say", "“", "”", ".", "he", "be"):
        assert junk not in every


def test_counts_rates_and_sentence_counts_agree_with_the_tokens(article):
    freq = kit.term_frequencies(article).set_index("term")
    raw = _lemma_counts(article)
    words = int(article["n_words"].sum())
    for term in ("security", "country", "crime", "global"):
        assert freq.loc[term, "count"] == raw[term]
        assert freq.loc[term, "per_1000"] == pytest.approx(raw[term] / words * 1000)
    lemmas = article["tok_lemma"].tolist()
    in_sentences = sum(any(lem.lower() == "security" for lem in s) for s in lemmas)
    assert freq.loc["security", "n_sentences"] == in_sentences
    assert (freq["n_sentences"] <= freq["count"]).all()
    counts = freq["count"].to_numpy()
    assert (np.diff(counts) <= 0).all()  # most frequent first


def test_default_exclusions_and_the_options_that_keep_them(article):
    terms = set(kit.term_frequencies(article)["term"])
    stop = kit.default_stopwords()
    assert not {t for t in terms if t.lower() in stop}
    assert all(any(ch.isalpha() for ch in t) for t in terms)
    assert not {"1984", "158", "86th", "five"} & terms
    assert {"1984", "158"} <= set(kit.term_frequencies(article, numbers=True)["term"])
    assert {",", "."} <= set(kit.term_frequencies(article, punct=True)["term"])
    kept = set(kit.term_frequencies(article, stopwords=False)["term"])
    assert {"the", "say", "’s"} <= kept
    mine = set(kit.term_frequencies(article, stopwords=["security", "Global"])["term"])
    assert "security" not in mine and "global" not in mine and "country" in mine


def test_names_keep_their_case_common_words_do_not(article):
    terms = set(kit.term_frequencies(article)["term"])
    assert {"China", "Interpol", "Chinese", "Xi"} <= terms
    assert "country" in terms and "Countries" not in terms and "countries" not in terms
    lower = set(kit.term_frequencies(article, unit="lower")["term"])
    assert {"china", "countries"} <= lower and "country" not in lower
    word = set(kit.term_frequencies(article, unit="word")["term"])
    assert {"China", "Countries", "countries"} <= word


def test_ngrams_keep_inner_stopwords_but_never_cross_punctuation(article):
    bi = kit.term_frequencies(article, ngram=2).set_index("term")
    assert bi.loc["law enforcement", "count"] == 3
    tri = set(kit.term_frequencies(article, ngram=3)["term"])
    assert "rule of law" in tri
    story = kit.load_text(STORY, article_id="manila")
    grams = set(kit.term_frequencies(story, ngram=(2, 3))["term"])
    assert "cyber fraud ring" in grams and "cyber crime" in grams
    # "ring on Monday, officials said": the comma and the stopwords are gaps, not glue
    assert not {g for g in grams if g.startswith(("ring official", "Monday official"))}
    assert not {g for g in grams if g.split()[0] in kit.default_stopwords()}


def test_entities_and_noun_phrases(article):
    ents = set(kit.term_frequencies(article, unit="entity")["term"])
    assert {"Xi Jinping", "Interpol", "China", "Meng Hongwei"} <= ents
    assert not {"Tuesday", "1984", "158"} & ents  # dates and numbers only when asked
    assert "1984" in set(kit.term_frequencies(article, unit="entity", numbers=True)["term"])
    chunks = set(kit.term_frequencies(article, unit="noun_phrase")["term"])
    assert "global police body" in chunks
    assert not {c for c in chunks if c.split()[0] in ("the", "its", "he")}


def test_by_speaker_in_long_form_matches_each_subset(xi):
    long = kit.term_frequencies(xi, by="speaker", top=5)
    assert list(long.columns) == ["speaker", "term", "count", "per_1000", "n_sentences"]
    assert set(long["speaker"]) == set(xi["speaker"].dropna())
    for name, group in long.groupby("speaker"):
        alone = kit.term_frequencies(xi[xi["speaker"] == name], top=5)
        pd.testing.assert_frame_equal(
            group.drop(columns="speaker").reset_index(drop=True), alone, check_dtype=False
        )


def test_a_column_of_lists_counts_a_sentence_in_each_group(article):
    tagged = article.assign(tags=[["a", "b"] if i % 2 else ["a"] for i in range(len(article))])
    long = kit.term_frequencies(tagged, by="tags")
    a = long[long["tags"] == "a"].set_index("term")["count"]
    b = long[long["tags"] == "b"].set_index("term")["count"]
    every = kit.term_frequencies(article).set_index("term")["count"]
    odd = kit.term_frequencies(article.iloc[1::2]).set_index("term")["count"]
    assert a.equals(every.loc[a.index]) and len(a) == len(every)
    assert b.sort_index().equals(odd.sort_index())


# --- the index and its reuse ---------------------------------------------------------------


def test_any_subset_counts_as_a_table_indexed_from_scratch(xi):
    full = kit.term_frequencies(xi)  # builds (or reuses) the index of the whole table
    assert len(full)
    masks = [
        xi["speaker"] == "Xi Jinping",
        xi["speaker"].isna(),
        xi["text"].str.contains("security"),
    ]
    for mask in masks:
        sub = xi[mask]
        expected = kit.term_frequencies(_fresh(sub))
        pd.testing.assert_frame_equal(kit.term_frequencies(sub), expected)
        # labels that are not the parent's row numbers: found by (article, sentence)
        shuffled = sub.iloc[::-1].reset_index(drop=True)
        pd.testing.assert_frame_equal(kit.term_frequencies(shuffled), expected)


def test_an_index_first_built_on_a_subset_grows_to_the_whole_table():
    story = kit.load_text(STORY, article_id="manila")
    first = kit.term_frequencies(story.iloc[:2])
    assert set(first["term"]) >= {"police", "suspect"}
    whole = kit.term_frequencies(story)
    pd.testing.assert_frame_equal(whole, kit.term_frequencies(_fresh(story)))
    later = kit.term_frequencies(story.iloc[3:])
    pd.testing.assert_frame_equal(later, kit.term_frequencies(_fresh(story.iloc[3:])))


def test_a_table_whose_sentences_changed_is_not_counted_from_the_stale_index(article):
    kit.term_frequencies(article)
    edited = article.copy()
    edited["start_char"] = edited["start_char"] + 1  # same keys, different sentences
    edited["end_char"] = edited["end_char"] + 1
    edited["tok_lemma"] = (
        edited["tok_lemma"]
        .map(lambda lemmas: ["crime" if x == "security" else x for x in lemmas])
        .astype(article["tok_lemma"].dtype)
    )
    freq = kit.term_frequencies(edited).set_index("term")
    assert "security" not in freq.index
    assert freq.loc["crime", "count"] == 5 + 14


def test_term_index_answers_for_masks_and_subsets(xi):
    index = kit.TermIndex(xi, ngram=(1, 2))
    mask = (xi["speaker"] == "Xi Jinping").to_numpy()
    by_mask = index.frequencies(mask, top=20)
    assert by_mask.equals(index.frequencies(xi[mask], top=20))
    pd.testing.assert_frame_equal(
        by_mask, kit.term_frequencies(_fresh(xi[mask]), ngram=(1, 2), top=20)
    )
    assert len(index) == len(xi) and index.matrix.shape == (len(xi), len(index.vocabulary))
    with pytest.raises(ValueError, match="mask has 3 values"):
        index.frequencies(np.array([True, False, True]))


def test_results_carry_their_provenance(xi):
    freq = kit.term_frequencies(xi[xi["speaker"] == "Xi Jinping"], top=5)
    assert freq.attrs["articles"] is xi.attrs["articles"]
    assert freq.attrs["article_ids"] == ["xi-interpol-pti"]
    assert freq.attrs["n_sentences"] == int((xi["speaker"] == "Xi Jinping").sum())
    assert freq.attrs["options"]["unit"] == "lemma"


def test_plain_errors(article):
    with pytest.raises(ValueError, match="unit must be one of"):
        kit.term_frequencies(article, unit="stem")
    with pytest.raises(KeyError, match="no such column"):
        kit.term_frequencies(article, by="speaker_name")
    with pytest.raises(KeyError, match="tok_text"):
        kit.term_frequencies(_fresh(kit.view(article)))


# --- keyness ------------------------------------------------------------------------------------


def _g2_by_hand(a, b, n1, n2):
    e1 = n1 * (a + b) / (n1 + n2)
    e2 = n2 * (a + b) / (n1 + n2)
    g = 2 * ((a * math.log(a / e1) if a else 0.0) + (b * math.log(b / e2) if b else 0.0))
    return g if a / n1 >= b / n2 else -g


@pytest.mark.parametrize(
    ("a", "b", "n1", "n2"),
    [(10, 0, 100, 200), (0, 7, 150, 90), (25, 40, 1000, 3000), (3, 3, 50, 50), (1, 99, 10, 1000)],
)
def test_g2_p_value_and_log_ratio_equal_the_formulas(a, b, n1, n2):
    g2 = float(log_likelihood(a, b, n1, n2))
    assert g2 == pytest.approx(_g2_by_hand(a, b, n1, n2), abs=1e-9)
    lr = math.log2(((a or 0.5) / n1) / ((b or 0.5) / n2))
    assert float(log_ratio(a, b, n1, n2)) == pytest.approx(lr)


def test_keyness_of_xi_against_the_rest_by_hand(xi):
    focus = xi["speaker"] == "Xi Jinping"
    key = kit.keyness(xi, "Xi Jinping", by="speaker", min_count=1)
    assert {"term", "count_focus", "count_reference", "g2", "p_value", "log_ratio"} <= set(
        key.columns
    )
    fa, fb = _lemma_counts(xi[focus]), _lemma_counts(xi[~focus])
    n1, n2 = int(xi.loc[focus, "n_words"].sum()), int(xi.loc[~focus, "n_words"].sum())
    rows = key.set_index("term")
    for term in ("security", "global", "country", "agency", "head"):
        a, b = int(fa.get(term, 0)), int(fb.get(term, 0))
        assert (rows.loc[term, "count_focus"], rows.loc[term, "count_reference"]) == (a, b)
        assert rows.loc[term, "g2"] == pytest.approx(_g2_by_hand(a, b, n1, n2))
        assert rows.loc[term, "p_value"] == pytest.approx(
            stats.chi2.sf(abs(_g2_by_hand(a, b, n1, n2)), 1)
        )
        lr = math.log2(((a or 0.5) / n1) / ((b or 0.5) / n2))
        assert rows.loc[term, "log_ratio"] == pytest.approx(lr)
    assert rows.loc["global", "count_reference"] == 0  # a zero count, smoothed to 0.5
    assert rows.loc["agency", "g2"] < 0  # used more outside Xi's sentences
    assert (np.diff(key["g2"].to_numpy()) <= 0).all()
    same = kit.keyness(xi, focus.to_numpy(), min_count=1)
    pd.testing.assert_frame_equal(same, key)


def test_keyness_options_min_count_corrections_and_log_odds(xi):
    base = kit.keyness(xi, "Xi Jinping", by="speaker", min_count=3)
    assert ((base["count_focus"] + base["count_reference"]) >= 3).all()
    bonf = kit.keyness(xi, "Xi Jinping", by="speaker", min_count=3, correction="bonferroni")
    assert np.allclose(bonf["p_adjusted"], np.minimum(bonf["p_value"] * len(bonf), 1))
    fdr = kit.keyness(xi, "Xi Jinping", by="speaker", min_count=3, correction="fdr_bh")
    assert (fdr["p_adjusted"] >= fdr["p_value"] - 1e-12).all()
    assert (fdr["p_adjusted"] <= bonf["p_adjusted"] + 1e-12).all()
    odds = kit.keyness(xi, "Xi Jinping", by="speaker", min_count=1, log_odds=True)
    every = kit.keyness(xi, "Xi Jinping", by="speaker", min_count=0, stopwords=True)
    n1, n2 = int(every["count_focus"].sum()), int(every["count_reference"].sum())
    row = odds.set_index("term").loc["security"]
    a, b = row["count_focus"], row["count_reference"]
    alpha = a + b  # the pooled counts are the prior (alpha0 = n1 + n2)
    delta = math.log((a + alpha) / (n1 + n1 + n2 - a - alpha)) - math.log(
        (b + alpha) / (n2 + n1 + n2 - b - alpha)
    )
    assert row["log_odds"] == pytest.approx(delta)
    assert row["log_odds_z"] == pytest.approx(delta / math.sqrt(1 / (a + alpha) + 1 / (b + alpha)))
    d, z = weighted_log_odds([5, 0], [0, 5], 5, 5)
    assert d[0] == pytest.approx(-d[1]) and z[0] > 0 > z[1]


def test_keyness_for_every_group_and_between_two_groups(xi):
    groups = xi.assign(side=np.where(xi["speaker"].notna(), "quoted", "narration"))
    every = kit.keyness(groups, by="side", min_count=1)
    assert set(every["side"]) == {"quoted", "narration"}
    q = every[every["side"] == "quoted"].drop(columns="side").reset_index(drop=True)
    pd.testing.assert_frame_equal(q, kit.keyness(groups, "quoted", by="side", min_count=1))
    two = kit.keyness(groups, "quoted", "narration", by="side", min_count=1)
    pd.testing.assert_frame_equal(two, q)
    with pytest.raises(ValueError, match="no sentence has side == 'editorial'"):
        kit.keyness(groups, "editorial", by="side")
    with pytest.raises(ValueError, match="by="):
        kit.keyness(groups, "quoted")


# --- kwic, dispersion, collocates ---------------------------------------------------------


def test_kwic_finds_every_crime_with_speaker_and_exact_offsets(xi):
    lines = kit.kwic(xi, "crime")
    assert len(lines) == 5
    text = kit.article_text(xi)
    for line in lines.itertuples():
        assert text[line.start : line.end] == line.match
        assert line.match.lower().startswith("crime")
        sentence = xi.loc[line.row]
        assert sentence["sentence_id"] == line.sentence_id
        assert line.speaker == sentence["speaker"]
        assert f"{line.left} {line.match}" in sentence["text"] or line.left == ""
    cyber = lines[lines["left"].str.endswith("cyber")]
    assert len(cyber) == 2 and set(cyber["speaker"]) == {"Xi Jinping"}
    assert {"left", "match", "right", "start", "end", "article_id", "sentence_id"} <= set(
        lines.columns
    )
    phrase = kit.kwic(xi, "cyber crime")
    assert list(phrase["match"]) == ["cyber crime", "cyber crimes"]
    assert len(kit.kwic(xi, "crimes")) == 5  # the plural finds the singular too
    assert len(kit.kwic(xi, "crimes", lemma=False)) == 4
    rx = kit.kwic(xi, r"cyber\s+crimes?", regex=True)
    assert list(rx["start"]) == list(phrase["start"]) and list(rx["end"]) == list(phrase["end"])


def test_kwic_context_window_and_sorting(article):
    lines = kit.kwic(article, "security", window=2)
    assert all(len(left.split()) <= 3 for left in lines["left"])  # 2 tokens, maybe a comma
    by_right = kit.kwic(article, "security", sort="right1")
    firsts = [(re.findall(r"\w+", r) or [""])[0].lower() for r in by_right["right"]]
    assert firsts == sorted(firsts)
    by_left = kit.kwic(article, "security", sort=["left1", "right1"])
    lasts = [(re.findall(r"\w+", x) or [""])[-1].lower() for x in by_left["left"]]
    assert lasts == sorted(lasts)
    with pytest.raises(ValueError, match="sort keys"):
        kit.kwic(article, "security", sort="above")


def test_dispersion_positions_and_gries_dp(article):
    assert gries_dp([1, 0, 0], [1, 1, 1]) == pytest.approx((2 / 3, 1.0))
    assert gries_dp([2, 4], [10, 20])[0] == pytest.approx(0.0)
    hits = kit.dispersion(article, ["security", "crime", "Meng"])
    assert (hits.groupby("term").size() == pd.Series({"Meng": 2, "crime": 5, "security": 14})).all()
    assert hits["position"].between(0, 1).all()
    assert hits["position"].equals(hits["article_position"])  # one article
    text = kit.article_text(article)
    assert all(
        text[s:e].lower().startswith(("secur", "crime", "meng"))
        for s, e in zip(hits["start"], hits["end"], strict=True)
    )
    words = article["n_words"].to_numpy()
    meng = hits[hits["term"] == "Meng"]
    counts = np.bincount(article.index.get_indexer(meng["row"]), minlength=len(article))
    expected = gries_dp(counts, words)[0]
    assert meng["dp"].iloc[0] == pytest.approx(expected)
    summary = kit.dispersion_measures(article, ["security", "Meng"]).set_index("term")
    assert summary.loc["security", "dp"] < summary.loc["Meng", "dp"]


def test_dispersion_across_two_articles_counts_positions_from_each_article_start(article):
    story = kit.load_text(STORY, article_id="manila")
    both = kit.load_corpus(
        pd.DataFrame({"text": [kit.article_text(article), STORY], "id": ["xi", "manila"]}),
        id_column="id",
        progress=False,
    )
    hits = kit.dispersion(both, ["police"])
    manila = hits[hits["article_id"] == "manila"]
    alone = kit.dispersion(story, ["police"])
    assert len(manila) == len(alone) > 0
    # within its own article a hit sits where it sits when that article is read alone
    assert manila["article_position"].to_numpy() == pytest.approx(
        alone["article_position"].to_numpy()
    )
    # along the table, the second article starts after all the words of the first
    first_words = int(both.loc[both["article_id"] == "xi", "n_words"].sum())
    assert (manila["word"].to_numpy() == alone["word"].to_numpy() + first_words).all()
    measures = kit.dispersion_measures(both, ["police"]).set_index("term")
    assert measures.loc["police", "parts"] == 2  # parts are the articles
    assert hits["dp"].iloc[0] == pytest.approx(measures.loc["police", "dp"])


def test_collocates_counted_by_hand(article):
    table = kit.collocates(article, "security", window=5, min_count=1).set_index("term")
    t = kit.tokens(article)
    t = t[~t["pos"].isin(WORDLESS)]
    near = 0
    for _, words in t.groupby("row"):
        lemmas = words["lemma"].str.lower().tolist()
        hits = [i for i, w in enumerate(lemmas) if w == "security"]
        for h in hits:
            window = lemmas[max(0, h - 5) : h] + lemmas[h + 1 : h + 6]
            near += window.count("global")
    assert table.loc["global", "count"] == near
    assert table.loc["global", "count_total"] == _lemma_counts(article)["global"]
    assert "the" not in table.index and "say" not in table.index
    assert (table["count_left"] + table["count_right"] == table["count"]).all()
    assert kit.collocates(article, "zebra").empty


def test_collocates_of_two_words_lie_wholly_inside_the_window(article):
    """ngram=2: 'law enforcement' counts where both words are within 5 words of 'security'."""
    table = kit.collocates(article, "security", window=5, min_count=1, ngram=2)
    table = table.set_index("term")
    assert all(" " in term for term in table.index)
    left = right = 0
    t = kit.tokens(article)
    for _, toks in t.groupby("row"):
        lemmas = toks["lemma"].str.lower().tolist()
        word_at, n = [], 0  # word index of each token (punctuation takes none)
        for pos in toks["pos"]:
            word_at.append(n)
            n += pos not in WORDLESS
        hits = [word_at[i] for i, w in enumerate(lemmas) if w == "security"]
        pairs = [
            word_at[i]
            for i in range(len(lemmas) - 1)
            if lemmas[i : i + 2] == ["law", "enforcement"]
        ]
        for h in hits:
            left += sum(h - 5 <= s and s + 2 <= h for s in pairs)
            right += sum(h + 1 <= s and s + 2 <= h + 6 for s in pairs)
    assert left + right > 0
    assert table.loc["law enforcement", "count_left"] == left
    assert table.loc["law enforcement", "count_right"] == right
    # unigrams are unchanged by the n-gram rule: the (1, 2) range holds the unigram rows
    both = kit.collocates(article, "security", window=5, min_count=1, ngram=(1, 2))
    single = kit.collocates(article, "security", window=5, min_count=1)
    words = both[~both["term"].str.contains(" ")].set_index("term")
    assert words["count"].sort_index().equals(single.set_index("term")["count"].sort_index())


def test_term_options_are_one_object_shared_by_every_term_function(xi):
    opts = kit.TermOptions(unit="word", ngram=(1, 2), stopwords=["Interpol"])
    assert opts == kit.TermOptions(unit="word", ngram=(1, 2), stopwords=("interpol",))
    assert hash(opts) == hash(kit.TermOptions(unit="word", ngram=[1, 2], stopwords={"interpol"}))
    assert opts.ngram == (1, 2) and "interpol" in opts.stopword_set and "the" in opts.stopword_set
    by_object = kit.term_frequencies(xi, options=opts, top=15)
    by_keywords = kit.term_frequencies(
        xi, unit="word", ngram=(1, 2), stopwords=["Interpol"], top=15
    )
    assert by_object.equals(by_keywords)
    assert "Interpol" not in set(by_object["term"])
    # keywords override the object's fields
    lemmas = kit.term_frequencies(xi, options=opts, unit="lemma", top=15)
    assert lemmas.equals(
        kit.term_frequencies(xi, unit="lemma", ngram=(1, 2), stopwords=["Interpol"], top=15)
    )
    focus = xi["speaker"].eq("Xi Jinping").to_numpy()
    assert kit.keyness(xi, focus, options=opts).equals(
        kit.keyness(xi, focus, unit="word", ngram=(1, 2), stopwords=["Interpol"])
    )
    index = kit.TermIndex(xi, options=opts)
    assert index.options == opts
    assert index.frequencies(top=15).equals(by_object)
    with pytest.raises(ValueError, match="unit must be one of"):
        kit.TermOptions(unit="stem")
    with pytest.raises(TypeError, match="not one string"):
        kit.TermOptions(stopwords="the")
    with pytest.raises(TypeError):
        kit.term_frequencies(xi, untis="word")


def test_keyness_takes_entity_types_like_term_frequencies(xi):
    focus = xi["speaker"].eq("Xi Jinping").to_numpy()
    people = kit.keyness(xi, focus, unit="entity", entity_types=["GPE"], min_count=1)
    places = set(kit.term_frequencies(xi, unit="entity", entity_types=["GPE"])["term"])
    assert len(people) and set(people["term"]) <= places
    everything = kit.keyness(xi, focus, unit="entity", min_count=1)
    assert set(everything["term"]) > set(people["term"])
