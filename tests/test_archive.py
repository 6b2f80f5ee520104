"""kit.ingest / kit.open_store / kit.archive: a store of made-up news articles.

The articles are written for these tests (no corpus text): short wire stories with quotes,
speakers and words of the shipped topics, dated and filed in sections.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import threading
import time
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.dataset as ds
import pytest

import kit
from kit import archive

ARTICLES = [
    (
        "bomb-plot",
        "2019-01-03",
        "world",
        "Wire",
        'Police arrested two men over a bomb plot in the capital on Monday. "We stopped a '
        'terrorist attack," said Chief Constable Ann Bee. The suspects are held under terrorism '
        "laws.\n\nNeighbours said the men had kept to themselves.",
    ),
    (
        "bank-hack",
        "2019-02-11",
        "tech",
        "Herald",
        'Hackers stole data from a bank, officials said. "This was a ransomware attack," said '
        "John Smith, the bank's security chief. Cyber crime has doubled in a year.",
    ),
    (
        "floods",
        "2019-05-20",
        "world",
        "Wire",
        "The minister visited flood areas on Tuesday. Mr Smith said the government would help. "
        "Farmers asked for more money to rebuild their barns.",
    ),
    (
        "extradition",
        "2019-07-01",
        "uk",
        "Herald",
        "A fugitive businessman was extradited from Spain. Interpol had issued a red notice, "
        'police said. "Justice has been done," said prosecutor Mary Jones.',
    ),
    (
        "phishing",
        "2019-08-14",
        "tech",
        "Wire",
        'Phishing emails posing as tax refunds reached millions of people. "Never click the '
        'link," said Tom Reed of the national cyber security centre. Police said the gang used '
        "malware to steal passwords.",
    ),
    (
        "airport",
        "2019-09-30",
        "world",
        "Herald",
        "Security was tightened at the airport after a terror alert. Officials said an "
        'extremist group had made threats. "There is no cause for panic," said Ann Bee.',
    ),
    (
        "budget",
        "2019-11-05",
        "uk",
        "Wire",
        "The finance minister set out a budget with more money for schools. Teachers welcomed "
        'the plan. "It is a good start," said union leader Sue Park.',
    ),
    (
        "match",
        "2019-12-21",
        "sport",
        "Herald",
        'The home side won the cup final after extra time. "The players never gave up," said '
        "coach Dan Wells. Fans celebrated in the streets until late.",
    ),
]


def articles_frame(n: int | None = None) -> pd.DataFrame:
    rows = ARTICLES[:n] if n else ARTICLES
    return pd.DataFrame(rows, columns=["id", "date", "section", "source", "text"])


def in_memory(frame: pd.DataFrame) -> pd.DataFrame:
    """What the store should hold: the kit's own steps on the whole table at once."""
    df = kit.load_corpus(
        frame, id_column="id", progress=False, n_process=1, speakers=False, topics=False
    )
    df = kit.attribute_speakers(df, merge_across_articles=False)
    return kit.tag_topics(df)


def plain(df: pd.DataFrame) -> pd.DataFrame:
    """A table with every cell as plain Python values, to compare contents not dtypes."""
    out = {}
    for col in df.columns:
        values = df[col].tolist()
        out[col] = [
            v.tolist()
            if isinstance(v, np.ndarray)
            else (None if v is pd.NA or v != v else v)
            if not isinstance(v, list | dict)
            else v
            for v in values
        ]
    return pd.DataFrame(out)


def files_of(store: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(store)): p.read_bytes() for p in sorted(store.rglob("*")) if p.is_file()
    }


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("archive") / "store"
    result = kit.ingest(
        articles_frame(), path, id_column="id", batch_size=3, n_process=1, progress=False
    )
    assert result.added == 8 and result.present == 0 and len(result.partitions) == 3
    return path


@pytest.fixture(scope="module")
def table(store) -> pd.DataFrame:
    return kit.open_store(store)


# --- what the store holds ------------------------------------------------------------------------


def test_store_holds_what_the_kit_makes_in_memory(table):
    expected = in_memory(articles_frame())
    assert list(table.columns) == list(expected.columns)
    pd.testing.assert_frame_equal(plain(table), plain(expected))
    assert table.attrs["topics"] == expected.attrs["topics"]


def test_article_texts_and_metadata_travel_with_the_table(table):
    for aid, date, section, source, text in ARTICLES:
        assert kit.article_text(table, aid) == text
        assert table.attrs["articles"][aid]["date"] == date
        assert table.attrs["articles"][aid]["section"] == section
        assert table.attrs["articles"][aid]["source"] == source
    # offsets index into the stored text, as for a loaded table
    row = table.iloc[4]
    assert (
        kit.article_text(table, row["article_id"])[row["start_char"] : row["end_char"]]
        == row["text"]
    )


def test_opened_tables_find_their_texts_by_article_key_without_attrs(store):
    # two selections opened apart, concatenated: pandas drops attrs, the keys remain
    world = kit.open_store(store, filters={"section": "world"})
    tech = kit.open_store(store, filters={"section": "tech"})
    both = pd.concat([world, tech], ignore_index=True)
    assert not both.attrs.get("articles")
    texts = {aid: text for aid, _, section, _, text in ARTICLES if section in ("world", "tech")}
    assert {aid: kit.article_text(both, aid) for aid in texts} == texts
    # the term index (and KWIC, which reads the texts) work on the combined table
    one = kit.open_store(store, filters={"section": ["world", "tech"]})
    pd.testing.assert_frame_equal(kit.term_frequencies(both), kit.term_frequencies(one))
    lines = kit.kwic(both, "attack")
    assert len(lines) == 2 and lines["article_id"].tolist() == ["bomb-plot", "bank-hack"]


def test_ingest_leaves_the_parse_cache_alone(tmp_path):
    # the store is the archive's cache: no second copy of its parses or texts
    from kit.cachefolder import cache_info

    before = cache_info()
    kit.ingest(articles_frame(2), tmp_path / "store", id_column="id", progress=False, n_process=1)
    after = cache_info()
    assert (after["n_parses"], after["n_texts"]) == (before["n_parses"], before["n_texts"])


def test_rerun_adds_nothing_and_a_grown_source_adds_only_the_new(tmp_path):
    path = tmp_path / "store"
    first = kit.ingest(
        articles_frame(5), path, id_column="id", batch_size=2, progress=False, n_process=1
    )
    assert (first.added, first.present) == (5, 0)
    again = kit.ingest(
        articles_frame(5), path, id_column="id", batch_size=2, progress=False, n_process=1
    )
    assert (again.added, again.present, again.partitions) == (0, 5, [])
    grown = kit.ingest(
        articles_frame(), path, id_column="id", batch_size=2, progress=False, n_process=1
    )
    assert (grown.added, grown.present) == (3, 5)
    assert all(name.startswith("part-0002-") for name in grown.partitions)
    df = kit.open_store(path)
    counts = df.drop_duplicates(["article_id", "sentence_id"]).groupby("article_id").size()
    assert len(df) == counts.sum()  # no sentence twice
    assert sorted(pd.unique(df["article_id"])) == sorted(a[0] for a in ARTICLES)


def test_a_changed_article_is_stored_anew_and_the_new_version_is_read(tmp_path):
    path = tmp_path / "store"
    kit.ingest(articles_frame(3), path, id_column="id", progress=False, n_process=1)
    changed = articles_frame(3)
    changed.loc[2, "text"] = "The minister cancelled her visit. Officials gave no reason."
    result = kit.ingest(changed, path, id_column="id", progress=False, n_process=1)
    assert (result.added, result.present) == (1, 2)
    df = kit.open_store(path)
    floods = df[df["article_id"] == "floods"]
    assert floods["text"].tolist() == [
        "The minister cancelled her visit.",
        "Officials gave no reason.",
    ]
    assert kit.article_text(df, "floods") == changed.loc[2, "text"]
    terms = archive.term_frequencies(path)["term"].tolist()
    assert "cancel" in terms and "farmer" not in terms  # the old version is not counted


def test_the_same_source_gives_the_same_files(store, tmp_path):
    again = tmp_path / "store"
    kit.ingest(articles_frame(), again, id_column="id", batch_size=3, progress=False, n_process=1)
    assert files_of(again) == files_of(store)


def test_an_unfinished_batch_is_ignored_then_redone(tmp_path, store):
    path = tmp_path / "store"
    shutil.copytree(store, path)
    victim = sorted((path / "articles").iterdir())[1]
    victim.unlink()  # as if the run stopped between a batch's two files
    (path / "sentences" / ".part-x.parquet.123.tmp").write_bytes(b"half a file")
    df = kit.open_store(path)
    assert df["article_id"].nunique() == 5
    result = kit.ingest(
        articles_frame(), path, id_column="id", batch_size=3, progress=False, n_process=1
    )
    assert (result.added, result.present) == (3, 5)
    assert not list(path.rglob("*.tmp"))
    df = kit.open_store(path)
    assert len(df) == len(kit.open_store(store))
    assert df.groupby("article_id")["sentence_id"].apply(lambda s: s.is_unique).all()


def test_a_folder_of_other_files_is_not_adopted(tmp_path):
    (tmp_path / "notes.txt").write_text("mine")
    with pytest.raises(archive.StoreError, match="not a kit store"):
        kit.ingest(articles_frame(1), tmp_path, id_column="id", progress=False, n_process=1)
    assert (tmp_path / "notes.txt").read_text() == "mine"
    with pytest.raises(archive.StoreError, match="not a kit store"):
        kit.open_store(tmp_path)


# --- selections ---------------------------------------------------------------------------------


def ids(df: pd.DataFrame) -> list[str]:
    return list(pd.unique(df["article_id"]))


def test_filters_by_date_range_section_and_ids(store, table):
    spring = kit.open_store(store, filters={"date": ("2019-02-01", "2019-07-01")})
    assert ids(spring) == ["bank-hack", "floods", "extradition"]
    since = kit.open_store(store, filters={"date": (dt.date(2019, 9, 1), None)})
    assert ids(since) == ["airport", "budget", "match"]
    world = kit.open_store(store, filters={"section": ["world"], "source": "Wire"})
    assert ids(world) == ["bomb-plot", "floods"]
    some = kit.open_store(store, filters={"article_id": ["match", "floods"]})
    assert ids(some) == ["floods", "match"]
    pd.testing.assert_frame_equal(
        plain(some),
        plain(table[table["article_id"].isin(["match", "floods"])].reset_index(drop=True)),
    )


def test_filters_by_speaker_and_topic(store, table):
    bee = kit.open_store(store, filters={"speaker": ["Ann Bee"]})
    assert len(bee) and set(bee["speaker"]) == {"Ann Bee"}
    assert len(bee) == (table["speaker"] == "Ann Bee").sum()
    terror = kit.open_store(store, filters={"topics": ["terrorism"]})
    assert len(terror) == kit.topic_mask(table, "terrorism").sum() > 0
    both = kit.open_store(
        store, filters={"topics": ["terrorism", "cybercrime"], "section": "world"}
    )
    mask = kit.topic_mask(table, ["terrorism", "cybercrime"]) & (table["section"] == "world")
    assert both["text"].tolist() == table.loc[mask, "text"].tolist()
    assert set(ids(both)) == {"bomb-plot", "airport"}


def test_an_arrow_expression_and_columns(store):
    expr = (ds.field("date") >= "2019-08-01") & (ds.field("section") != "sport")
    df = kit.open_store(store, filters=expr, columns=["article_id", "text"])
    assert list(df.columns) == ["article_id", "text"]
    assert ids(df) == ["phishing", "airport", "budget"]


def test_bad_filters_name_the_problem(store):
    with pytest.raises(archive.StoreError, match="no column 'desk'"):
        kit.open_store(store, filters={"desk": "world"})
    with pytest.raises(TypeError, match="filters must be a dict"):
        kit.open_store(store, filters="section == world")


# --- counts over the whole store ------------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [
        {},
        {"top": 7},
        {"unit": "lower", "stopwords": False},
        {"unit": "entity"},
        {"ngram": 2},
        {"scope": "speech"},
    ],
)
def test_store_term_frequencies_equal_the_in_memory_ones(store, table, options):
    expected = kit.term_frequencies(table, **options)
    pd.testing.assert_frame_equal(archive.term_frequencies(store, **options), expected)


def test_store_term_frequencies_of_a_selection(store):
    sel = {"section": ["world", "uk"]}
    expected = kit.term_frequencies(kit.open_store(store, filters=sel))
    pd.testing.assert_frame_equal(archive.term_frequencies(store, filters=sel), expected)


def test_store_keyness_equals_the_in_memory_one(store, table):
    focus = {"topics": ["terrorism", "cybercrime"]}
    mask = kit.topic_mask(table, ["terrorism", "cybercrime"]).to_numpy()
    expected = kit.keyness(table, mask, min_count=1, log_odds=True, correction="fdr_bh")
    got = archive.keyness(store, focus, min_count=1, log_odds=True, correction="fdr_bh")
    pd.testing.assert_frame_equal(got, expected)
    speech = archive.keyness(store, focus, min_count=1, scope="speech")
    pd.testing.assert_frame_equal(speech, kit.keyness(table, mask, min_count=1, scope="speech"))
    assert got["term"].iloc[0] in {"attack", "police", "terrorist", "security"}
    # a reference of its own, within a selection
    world = table[table["section"].isin(["world", "tech"])].reset_index(drop=True)
    f = (world["section"] == "world").to_numpy()
    expected = kit.keyness(world, f, ~f, min_count=1)
    got = archive.keyness(
        store,
        {"section": "world"},
        {"section": "tech"},
        filters={"section": ["world", "tech"]},
        min_count=1,
    )
    pd.testing.assert_frame_equal(got, expected)


def test_store_keyness_refuses_unknown_measures_before_reading_the_store(store, monkeypatch):
    def no_scan(*args, **kwargs):
        raise AssertionError("the store was read before the options were checked")

    monkeypatch.setattr(archive._counts._store, "scan", no_scan)
    with pytest.raises(ValueError, match="correction must be one of"):
        archive.keyness(store, {"section": "world"}, correction="holm")
    with pytest.raises(ValueError, match="sizes must be 'words' or 'terms'"):
        archive.keyness(store, {"section": "world"}, sizes="sentences")


def test_store_speaker_and_topic_summaries_equal_the_in_memory_ones(store, table):
    pd.testing.assert_frame_equal(archive.speaker_summary(store), kit.speaker_summary(table))
    pd.testing.assert_frame_equal(archive.topics_summary(store), kit.topics_summary(table))
    sel = {"date": ("2019-06-01", None)}
    part = kit.open_store(store, filters=sel)
    pd.testing.assert_frame_equal(
        archive.topics_summary(store, filters=sel, top=2), kit.topics_summary(part, top=2)
    )


# --- sources ------------------------------------------------------------------------------------


def test_csv_jsonl_parquet_and_folder_sources_give_the_same_articles(tmp_path, table):
    frame = articles_frame()
    frame.to_csv(tmp_path / "a.csv", index=False)
    with (tmp_path / "a.jsonl").open("w", encoding="utf-8") as f:
        for row in frame.to_dict("records"):
            f.write(json.dumps(row) + "\n")
    frame.to_parquet(tmp_path / "a.parquet")
    folder = tmp_path / "folder"
    (folder / ".ipynb_checkpoints").mkdir(parents=True)
    for aid, *_, text in ARTICLES:
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
    (folder / ".ipynb_checkpoints" / "match-checkpoint.txt").write_text("old copy")
    (folder / "._match.txt").write_bytes(b"\x00\x05\x16\x07 resource fork")
    for name in ("a.csv", "a.jsonl", "a.parquet"):
        got = kit.open_store(_ingested(tmp_path / name, tmp_path / f"store-{name}", id_column="id"))
        pd.testing.assert_frame_equal(plain(got), plain(table), obj=name)
    got = kit.open_store(_ingested(folder, tmp_path / "store-folder"))
    assert ids(got) == sorted(a[0] for a in ARTICLES)  # files in name order, hidden ones left out
    assert got.attrs["articles"]["match"]["path"] == str(folder / "match.txt")
    cols = [c for c in table.columns if c not in ("date", "section", "source")]
    by_id = table.set_index("article_id").loc[ids(got)].reset_index()[cols]
    pd.testing.assert_frame_equal(plain(got[cols]), plain(by_id))


def _ingested(source, path, **kw) -> Path:
    kit.ingest(source, path, batch_size=3, progress=False, n_process=1, **kw)
    return path


def test_errors_skip_lists_each_bad_item_and_raise_names_it(tmp_path):
    folder = tmp_path / "folder"
    folder.mkdir()
    for aid, *_, text in ARTICLES[:3]:
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("  \n")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    with pytest.raises(kit.ArticleError, match=r"binary\.txt"):
        kit.ingest(folder, tmp_path / "raise", progress=False, n_process=1)
    with pytest.warns(UserWarning, match="skipped 2 item"):
        result = kit.ingest(folder, tmp_path / "skip", errors="skip", progress=False, n_process=1)
    assert result.added == 3
    assert sorted(Path(i).name for i in result.skipped["item"]) == ["binary.txt", "empty.txt"]
    assert result.skipped["reason"].str.len().gt(5).all()
    frame = articles_frame(3)
    frame.loc[1, "text"] = ""
    with pytest.raises(kit.ArticleError, match="'bank-hack'"):
        kit.ingest(frame, tmp_path / "raise2", id_column="id", progress=False, n_process=1)


def test_a_csv_without_the_text_column_is_refused_with_its_name(tmp_path):
    (tmp_path / "a.csv").write_text("body,date\nHello there.,2019-01-01\n")
    with pytest.raises(kit.ArticleError, match=r"a\.csv has no 'text' column"):
        kit.ingest(tmp_path / "a.csv", tmp_path / "store", progress=False, n_process=1)
    assert not list((tmp_path / "store" / "sentences").iterdir())


# --- engines ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_two_local_processes_write_the_same_store(store, tmp_path):
    path = tmp_path / "store"
    kit.ingest(articles_frame(), path, id_column="id", batch_size=3, n_process=2, progress=False)
    assert files_of(path) == files_of(store)


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed", reason="engine='dask' needs distributed")
    with (
        distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.mark.slow
def test_dask_local_cluster_writes_the_same_store_as_the_local_engine(cluster, store, tmp_path):
    path = tmp_path / "store"
    result = kit.ingest(
        articles_frame(),
        path,
        id_column="id",
        batch_size=3,
        engine="dask",
        client=cluster,
        progress=False,
    )
    assert result.added == 8
    assert files_of(path) == files_of(store)


@pytest.mark.slow
def test_a_worker_killed_mid_run_loses_and_doubles_no_article(cluster, store, tmp_path):
    path = tmp_path / "store"
    frame = articles_frame()
    done: dict = {}

    def run():
        try:
            done["result"] = kit.ingest(
                frame,
                path,
                id_column="id",
                batch_size=1,
                engine="dask",
                client=cluster,
                progress=False,
            )
        except BaseException as exc:  # reported by the assertion below
            done["error"] = exc

    worker = threading.Thread(target=run)
    worker.start()
    killed = None
    deadline = time.monotonic() + 120
    while killed is None and time.monotonic() < deadline and worker.is_alive():
        finished = list((path / "articles").glob("part-*.parquet")) if path.exists() else []
        busy = {w: tasks for w, tasks in cluster.processing().items() if tasks}
        if finished and busy:  # models loaded, batches running: kill a worker at work
            address = next(iter(busy))
            killed = cluster.run(os.getpid, workers=[address])[address]
            os.kill(killed, 9)
        time.sleep(0.05)
    worker.join(timeout=300)
    assert killed is not None, "the run ended before a worker could be killed"
    assert "error" not in done, done.get("error")
    df = kit.open_store(path)
    assert sorted(pd.unique(df["article_id"])) == sorted(a[0] for a in ARTICLES)
    assert not df.duplicated(["article_id", "sentence_id"]).any()
    pd.testing.assert_frame_equal(plain(df), plain(kit.open_store(store)))


# --- the command line -------------------------------------------------------------------------


def test_kit_ingest_then_kit_report_on_a_selection_of_the_store(tmp_path, capsys):
    from kit.cli import main

    articles_frame().to_csv(tmp_path / "archive.csv", index=False)
    store = tmp_path / "store"
    args = ["ingest", str(tmp_path / "archive.csv"), str(store), "--id-column", "id"]
    assert main([*args, "--workers", "1", "--quiet", "--batch-size", "3"]) == 0
    assert "8 articles added" in capsys.readouterr().out
    assert main([*args, "--workers", "1", "--quiet"]) == 0
    again = capsys.readouterr().out
    assert "0 articles added" in again and "8 already there" in again
    out = tmp_path / "report"
    code = main(
        [
            "report",
            str(store),
            "--date",
            "2019-01-01:2019-09-30",
            "--where",
            "section=world",
            "--where",
            "section=tech",
            "--topic",
            "terrorism",
            "--out",
            str(out),
            "--formats",
            "png",
            "--no-excel",
            "--quiet",
        ]
    )
    assert code == 0
    sentences = pd.read_csv(out / "sentences.csv")
    assert set(sentences["article_id"]) == {"bomb-plot", "airport"}
    key = pd.read_csv(out / "key-terms-all.csv")
    assert key["count_focus"].sum() > 0 and key["count_reference"].sum() > 0
    assert main(["report", str(store), "--where", "desk=world", "--out", str(out)]) == 2
    assert "no column 'desk'" in capsys.readouterr().err
