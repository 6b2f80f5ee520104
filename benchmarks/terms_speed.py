"""How fast are the top 30 lemmas of a subset? kit.term_frequencies beside plain pandas.

On the BBC corpus (../shared/corpora/bbc-2005, about 29,000 sentences, parsed once and
cached by benchmarks/_bbc.py) and on a table of about 1,000,000 sentences (that corpus
repeated under new article ids), for three subsets: one speaker, one topic, both. Each line
prints the median time of:

- ``kit``: ``kit.term_frequencies(sub, top=30)`` on the filtered table (the term index of
  the whole table is built once beforehand; that build time is printed too);
- ``index``: ``TermIndex.frequencies(mask, top=30)``, the Explorer's path (no table filter);
- ``pandas``: ``sub["tok_lemma"].explode().value_counts().head(30)``, the plain route
  (which counts "the" and commas);
- ``pandas+filter``: the pandas route that gives the kit's answer (explode lemmas and POS,
  drop punctuation, numbers and stopwords, lowercase, value_counts);

and the ratios pandas / kit. Aims: kit at most 50 ms on ~30,000 sentences, at most 500 ms
on 1,000,000, faster than pandas. Filtering the table (``df[mask]``) is the same for both
routes and is not timed. Speakers and topics come from kit.attribute_speakers and
kit.tag_topics.

Run: ``.venv/bin/python benchmarks/terms_speed.py [--repeat 7] [--million 1000000]``
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bbc import bbc_table, require

import kit
from kit.sentences import Articles


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def pandas_plain(sub: pd.DataFrame) -> pd.Series:
    return sub["tok_lemma"].explode().value_counts().head(30)


def pandas_filtered(sub: pd.DataFrame, stop: frozenset[str]) -> pd.Series:
    tokens = pd.DataFrame(
        {
            "lemma": sub["tok_lemma"].explode().astype(str),
            "text": sub["tok_text"].explode().astype(str),
            "pos": sub["tok_pos"].explode().astype(str),
        }
    )
    keep = ~tokens["pos"].isin(["PUNCT", "SPACE", "SYM", "NUM"])
    keep &= ~tokens["text"].str.lower().isin(stop) & ~tokens["lemma"].str.lower().isin(stop)
    keep &= tokens["text"].str.contains(r"[^\W\d_]", regex=True)
    return tokens.loc[keep, "lemma"].str.lower().value_counts().head(30)


def annotate(df: pd.DataFrame) -> pd.DataFrame:
    t = time.perf_counter()
    df = kit.attribute_speakers(df)
    df = kit.tag_topics(df)
    print(f"speakers and topics on {len(df):,} sentences: {time.perf_counter() - t:.1f} s")
    return df


def repeated(df: pd.DataFrame, rows: int) -> pd.DataFrame:
    """``df`` repeated (each copy under new article ids) up to about ``rows`` rows."""
    copies = max(1, round(rows / len(df)))
    parts = []
    for k in range(copies):
        part = df.copy()
        part["article_id"] = f"r{k}-" + part["article_id"].astype(str)
        parts.append(part)
    big = pd.concat(parts, ignore_index=True)
    store = df.attrs["articles"]
    big.attrs = {
        "articles": Articles(
            {f"r{k}-{aid}": info for k in range(copies) for aid, info in store.items()}
        )
    }
    return big


def run(df: pd.DataFrame, *, label: str, repeat: int) -> None:
    print(f"\n== {label}: {len(df):,} sentences, {int(df['n_words'].sum()):,} words ==")
    t = time.perf_counter()
    index = kit.TermIndex(df)
    print(f"term index built once: {time.perf_counter() - t:.2f} s ({index!r})")
    # the speaker and topic that share the most sentences, so that "both" is not empty
    pairs = df[["speaker", "topics"]].explode("topics").dropna().value_counts()
    speaker, topic = pairs.index[0]
    on_topic = kit.topic_mask(df, topic).to_numpy()
    masks = {
        f"speaker = {speaker}": (df["speaker"] == speaker).to_numpy(),
        f"topic = {topic}": on_topic,
    }
    masks[f"both ({speaker} on {topic})"] = (
        masks[f"speaker = {speaker}"] & masks[f"topic = {topic}"]
    )
    busiest = df["category"].value_counts().index[0]
    masks[f"category = {busiest} (a large subset)"] = (df["category"] == busiest).to_numpy()
    stop = kit.default_stopwords()
    head = f"{'subset':44} {'rows':>8} {'kit':>8} {'index':>8} {'pandas':>8} {'+filter':>8}"
    print(head + f" {'pandas/kit':>11} {'+filter/kit':>12}")
    for name, mask in masks.items():
        sub = df[mask]
        ours = kit.term_frequencies(sub, top=30)
        same = pandas_filtered(sub, stop)
        agree = _agreement(ours, same)
        kit_ms = median_ms(lambda sub=sub: kit.term_frequencies(sub, top=30), repeat)
        idx_ms = median_ms(lambda mask=mask: index.frequencies(mask, top=30), repeat)
        pd_ms = median_ms(lambda sub=sub: pandas_plain(sub), repeat)
        pdf_ms = median_ms(lambda sub=sub: pandas_filtered(sub, stop), max(3, repeat // 2))
        print(
            f"{name[:44]:44} {int(mask.sum()):>8,} {kit_ms:>6.1f}ms {idx_ms:>6.1f}ms "
            f"{pd_ms:>6.1f}ms {pdf_ms:>6.1f}ms {pd_ms / kit_ms:>10.1f}x {pdf_ms / kit_ms:>11.1f}x"
            f"   top-30 overlap with pandas+filter: {agree}/30"
        )


def _agreement(ours: pd.DataFrame, theirs: pd.Series) -> int:
    """How many of pandas' top 30 lowercased lemmas the kit also lists (names keep case)."""
    return len(set(ours["term"].str.lower()) & set(theirs.index))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per figure")
    parser.add_argument("--million", type=int, default=1_000_000, help="rows of the big table")
    args = parser.parse_args()
    require()
    base = annotate(bbc_table())
    run(base, label="BBC corpus", repeat=args.repeat)
    if args.million:
        big = repeated(base, args.million)
        run(big, label="BBC corpus repeated", repeat=max(3, args.repeat // 2))


if __name__ == "__main__":
    main()
