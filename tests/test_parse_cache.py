"""The incremental parse cache (issue 11): only new or changed articles are parsed, damaged
entries are parsed again with a warning, and concurrent loads never see a partial entry."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pandas as pd
import pytest

import kit
from kit.articles import forget_all
from kit.cache import CacheWarning, cache_info, clear_cache

STORIES = [
    "PTI\n\nBeijing\n\nPolice said the men fled on Tuesday. “We will find them,” Ann Lee said.",
    "The council voted to close the bridge. Traders said they would lose customers.",
    "Rain flooded the valley overnight.\n\nThe mayor said help was on its way.",
]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache folder of the test's own; yields it."""
    folder = tmp_path / "cache"
    monkeypatch.setenv("KIT_CACHE_DIR", str(folder))
    forget_all()
    return folder


@pytest.fixture
def parsed(monkeypatch):
    """The texts handed to the parser (``nlp.pipe``) from now on."""
    nlp = kit.load_model()
    seen: list[str] = []
    real = nlp.pipe

    def pipe(texts, *args, **kwargs):
        texts = list(texts)
        seen.extend(texts)
        return real(texts, *args, **kwargs)

    monkeypatch.setattr(nlp, "pipe", pipe)
    return seen


def corpus(stories):
    return pd.DataFrame({"text": stories, "desk": ["a", "b", "c"][: len(stories)]})


def test_a_reload_parses_only_new_or_changed_articles(cache, parsed):
    first = kit.load_corpus(corpus(STORIES), progress=False)
    assert len(parsed) == 4  # one piece a body paragraph
    parsed.clear()
    again = kit.load_corpus(corpus(STORIES), progress=False)
    assert parsed == []
    pd.testing.assert_frame_equal(again, first)
    assert again.attrs["articles"] == first.attrs["articles"]

    changed = [*STORIES[:2], STORIES[2].replace("valley", "town")]
    third = kit.load_corpus(corpus(changed), progress=False)
    assert parsed == ["Rain flooded the town overnight.", "The mayor said help was on its way."]
    fresh = kit.load_corpus(corpus(changed), progress=False, cache=False)
    pd.testing.assert_frame_equal(third, fresh)
    # what changes the result is part of the key: headers=False parses again
    parsed.clear()
    kit.load_corpus(corpus(STORIES[:1]), progress=False, headers=False)
    assert parsed == [
        "PTI",
        "Beijing",
        "Police said the men fled on Tuesday. “We will find them,” Ann Lee said.",
    ]


def test_cache_false_reads_and_writes_nothing(cache, parsed):
    kit.load_corpus(corpus(STORIES), progress=False, cache=False)
    kit.load_corpus(corpus(STORIES), progress=False, cache=False)
    assert len(parsed) == 8
    assert not cache.exists()


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "parses").rglob("*.arrow"))


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: data[:-40] + bytes(b ^ 0xFF for b in data[-40:]),  # bits flipped
        lambda data: b"",  # empty
        lambda data: b"<html>not an entry</html>",
    ],
    ids=["truncated", "flipped", "empty", "garbage"],
)
def test_a_damaged_entry_is_parsed_again_with_a_warning(cache, parsed, damage):
    good = kit.load_text(STORIES[1], article_id="x")
    (entry,) = _entries(cache)
    entry.write_bytes(damage(entry.read_bytes()))
    parsed.clear()
    with pytest.warns(CacheWarning, match=r"parses.*computing it again"):
        again = kit.load_text(STORIES[1], article_id="x")
    assert parsed == [STORIES[1]]
    pd.testing.assert_frame_equal(again, good)
    parsed.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error", CacheWarning)  # the entry was written again, whole
        kit.load_text(STORIES[1], article_id="x")
    assert parsed == []


def test_an_entry_under_another_articles_key_is_not_used(cache, parsed):
    kit.load_corpus(corpus(STORIES[:2]), progress=False)
    a, b = _entries(cache)
    b.write_bytes(a.read_bytes())  # a whole, checksummed entry, but for the other text
    parsed.clear()
    with pytest.warns(CacheWarning, match="stale"):
        df = kit.load_corpus(corpus(STORIES[:2]), progress=False)
    assert len(parsed) == 1
    assert df.groupby("article_id").size().to_dict() == {"0": 2, "1": 2}


def test_cache_info_and_clear_cache(cache):
    assert cache_info()["size_bytes"] == 0
    kit.load_corpus(corpus(STORIES), progress=False)
    info = cache_info()
    assert info["path"] == str(cache)
    assert info["n_parses"] == 3 and info["n_texts"] == 3 and info["size_bytes"] > 0
    (cache / "mine.txt").write_text("not the kit's", encoding="utf-8")
    assert clear_cache() == info["size_bytes"]
    assert cache_info()["size_bytes"] == 0
    assert (cache / "mine.txt").exists()  # only the kit's own entries are removed


def test_kit_cache_info_and_clear_on_the_command_line(cache, capsys):
    from kit.cli import main

    kit.load_corpus(pd.DataFrame({"text": STORIES}), progress=False, speakers=False, topics=False)
    assert main(["cache", "info"]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith(f"{cache}: 3 parses, 3 article texts, ")
    size = cache_info()["size_bytes"]
    assert f"{size / 1e6:.1f} MB" in shown
    assert main(["cache", "clear"]) == 0
    assert f"cleared, {size / 1e6:.1f} MB freed" in capsys.readouterr().out
    assert cache_info()["size_bytes"] == 0


@pytest.mark.slow  # two new processes that each import spaCy
def test_two_processes_loading_one_corpus_at_once_get_the_same_table(cache, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(12):
        story = STORIES[n % 3].replace("Tuesday", f"day {n}").replace("bridge", f"bridge {n}")
        (folder / f"story{n:02}.txt").write_text(story + f" It was story {n}.", encoding="utf-8")
    script = textwrap.dedent(
        """
        import sys, kit
        from kit.cache import save_table
        df = kit.load_corpus(sys.argv[1], progress=False)
        save_table(df, sys.argv[2])
        """
    )
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script, str(folder), str(tmp_path / f"out{i}.parquet")]
        )
        for i in range(2)
    ]
    assert [run.wait(timeout=300) for run in runs] == [0, 0]
    one, two = (kit.cache.read_table(tmp_path / f"out{i}.parquet") for i in range(2))
    expected = kit.load_corpus(folder, progress=False, cache=False)
    for table in (one, two):
        pd.testing.assert_frame_equal(table, expected)
    assert cache_info()["n_parses"] == 12
    assert not list(cache.rglob("*.tmp"))  # no temporary file left behind
