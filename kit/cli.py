"""The ``kit`` command: the standard charts and tables of a report, without a notebook.

    kit report ARTICLE_OR_FOLDER [--speaker NAME ...] [--topic NAME ...] --out DIR
    kit report STORE [--date FROM:TO] [--where COLUMN=VALUE ...] [...] --out DIR
    kit ingest SOURCE STORE [--engine dask [--scheduler ADDR]] [--errors skip]
    kit cache info | kit cache clear

reads one article (a UTF-8 text file) or a folder of them, finds who said what and the
topics, keeps the sentences of the speakers and topics asked for, and writes into DIR the
charts (each as PNG, SVG and PDF with its data as CSV and a JSON provenance sidecar) and
the tables (CSV and Excel), then the report as one document: report.html (self-contained),
report.pdf (the selection and provenance first, then a page a chart and the tables) and
README.md, an index of every file. Nothing in DIR is overwritten: a second run writes
numbered files. A store made by ``kit ingest`` (see :func:`kit.ingest`) is read through
:func:`kit.open_store`, its selection given by ``--date`` and ``--where``. ``kit cache``
reports the size of the parse cache or empties it. The command holds no analysis of its
own: it calls the kit's public functions.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .terms._options import UNITS

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["main"]

EXIT_USAGE = 2  # bad path, bad option, unknown topic: what argparse uses for usage errors


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit code."""
    parser = _parser()
    # `kit lab` hands the options it does not know on to `jupyter lab`; the others take none.
    args, extra = parser.parse_known_args(argv)
    if extra and args.command != "lab":
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    args.jupyter_args = extra
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.run(args)
    except _UsageError as exc:
        sys.stderr.write(f"kit {args.command}: error: {exc}\n")
        return EXIT_USAGE


class _UsageError(Exception):
    """A problem with what was asked (path, option): one line, no traceback."""


# --- the parser ---------------------------------------------------------------------------


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kit",
        description="news-kit: analyse English news articles; write report-ready charts.",
    )
    parser.add_argument("--version", action="version", version=f"news-kit {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    report = commands.add_parser(
        "report",
        help="write the standard charts and tables of an article or a folder of articles",
        description=(
            "Write the standard charts (top terms, terms by speaker, key terms of the "
            "selection against the rest, where the top terms occur, sentences by speaker and "
            "topic, topic shares) and tables (the selected sentences, term frequencies, key "
            "terms, speakers, keyword-in-context lines) into --out. Charts are written as "
            "PNG/SVG/PDF with the numbers as CSV and a JSON provenance sidecar; existing "
            "files are never overwritten (new files get numbered names)."
        ),
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    report.add_argument(
        "path",
        metavar="ARTICLE_OR_FOLDER",
        help="a UTF-8 text file, a folder of *.txt files, or a store made by kit ingest",
    )
    report.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    report.add_argument(
        "--speaker",
        action="append",
        default=[],
        metavar="NAME",
        help="keep the sentences said by NAME (canonical name as kit finds it, e.g. "
        "'Xi Jinping'; case does not matter); repeat for several speakers",
    )
    report.add_argument(
        "--topic",
        action="append",
        default=[],
        metavar="NAME",
        help="keep the sentences on topic NAME (e.g. terrorism, cybercrime, fugitives); "
        "repeat for several: a sentence on any of them is kept",
    )
    report.add_argument(
        "--topics-file",
        metavar="TOML",
        help="your own topic lexicon (TOML, as kit/resources/topics.toml) instead of the "
        "shipped one",
    )
    report.add_argument(
        "--date",
        type=_date_range,
        metavar="FROM:TO",
        help="(a store) keep the articles dated FROM to TO, inclusive, as YYYY-MM-DD; "
        "either end may be left empty ('2019-01-01:')",
    )
    report.add_argument(
        "--where",
        action="append",
        default=[],
        type=_where,
        metavar="COLUMN=VALUE",
        help="(a store) keep the sentences whose COLUMN is VALUE (source=Wire, "
        "section=world, article_id=42); repeat: values of one column are alternatives",
    )
    report.add_argument("--unit", choices=UNITS, default="lemma", help="what counts as a term")
    report.add_argument("--top", type=_positive_int, default=20, metavar="N", help="terms shown")
    report.add_argument(
        "--formats",
        type=_formats,
        default=("png", "svg", "pdf"),
        metavar="LIST",
        help="chart formats, comma-separated, from png,svg,pdf",
    )
    report.add_argument(
        "--dpi", type=_positive_int, default=300, help="resolution of the PNG files"
    )
    report.add_argument(
        "--no-excel", action="store_true", help="write the tables as CSV only, not also .xlsx"
    )
    report.add_argument("--quiet", action="store_true", help="no progress bars, no file list")
    report.set_defaults(run=_report)
    _add_ingest(commands)
    _add_cache(commands)
    _add_lab(commands)
    return parser


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number")
    return value


def _workers(text: str) -> int | str:
    return text if text == "auto" else _positive_int(text)


def _date_range(text: str) -> tuple[str | None, str | None]:
    import datetime as dt

    low, sep, high = text.partition(":")
    if not sep:
        raise argparse.ArgumentTypeError(f"{text!r}: give FROM:TO (either may be empty)")
    for end in (low, high):
        if end:
            try:
                dt.date.fromisoformat(end)
            except ValueError:
                raise argparse.ArgumentTypeError(f"{end!r} is not a YYYY-MM-DD date") from None
    return (low or None, high or None)


def _where(text: str) -> tuple[str, str]:
    column, sep, value = text.partition("=")
    if not sep or not column.strip():
        raise argparse.ArgumentTypeError(f"{text!r}: give COLUMN=VALUE")
    return column.strip(), value


def _formats(text: str) -> tuple[str, ...]:
    from .export import CHART_FORMATS

    formats = tuple(f.strip().lower().lstrip(".") for f in text.split(",") if f.strip())
    bad = [f for f in formats if f not in CHART_FORMATS]
    if bad or not formats:
        raise argparse.ArgumentTypeError(
            f"{text!r}: choose from {','.join(CHART_FORMATS)} (comma-separated)"
        )
    return formats


# --- kit ingest -------------------------------------------------------------------------


def _add_ingest(commands: Any) -> None:
    ingest = commands.add_parser(
        "ingest",
        help="parse an archive of articles into a store (partitioned Parquet), adding new ones",
        description=(
            "Parse, attribute speakers and tag topics of SOURCE (a folder of .txt files, or a "
            "CSV, JSONL or Parquet file with a 'text' column and metadata columns) into the "
            "store STORE, a batch at a time. Run it again on a grown source: only new or "
            "changed articles are added. Read the store with kit report STORE or "
            "kit.open_store."
        ),
        formatter_class=argparse.ArgumentDefaultsHelpFormatter,
    )
    ingest.add_argument("source", metavar="SOURCE", help="a folder, or a CSV/JSONL/Parquet file")
    ingest.add_argument("store", metavar="STORE", help="the store folder (made if missing)")
    ingest.add_argument("--engine", choices=("local", "dask"), default="local")
    ingest.add_argument(
        "--scheduler",
        metavar="ADDR",
        help="with --engine dask: the address of a running Dask scheduler "
        "(tcp://host:8786); without it a local cluster is started",
    )
    ingest.add_argument(
        "--workers",
        default="auto",
        type=_workers,
        metavar="N",
        help="processes (local engine) or local-cluster workers ('auto': one a core)",
    )
    ingest.add_argument(
        "--errors",
        choices=("raise", "skip"),
        default="raise",
        help="stop at the first bad article, or leave bad ones out and list them",
    )
    ingest.add_argument("--batch-size", type=_positive_int, default=100, metavar="N")
    ingest.add_argument("--text-column", default="text", metavar="NAME")
    ingest.add_argument("--id-column", metavar="NAME", help="default: row number / file name")
    ingest.add_argument("--quiet", action="store_true", help="no progress bar")
    ingest.set_defaults(run=_ingest)


def _ingest(args: argparse.Namespace) -> int:
    import kit
    from kit.archive import StoreError

    source = Path(args.source)
    if not source.exists():
        raise _UsageError(f"{source}: no such file or folder")
    try:
        result = kit.ingest(
            source,
            args.store,
            engine=args.engine,
            scheduler=args.scheduler,
            n_process=args.workers,
            errors=args.errors,
            batch_size=args.batch_size,
            text_column=args.text_column,
            id_column=args.id_column,
            progress=not args.quiet,
        )
    except (kit.ArticleError, kit.ModelNotFoundError, StoreError) as exc:
        raise _UsageError(str(exc)) from None
    sys.stdout.write(
        f"{args.store}: {result.added} articles added ({result.sentences} sentences), "
        f"{result.present} already there, {len(result.skipped)} skipped\n"
    )
    sys.stdout.writelines(f"  skipped {i}: {r}\n" for i, r in result.skipped.itertuples(False))
    return 0


# --- kit cache --------------------------------------------------------------------------


def _add_cache(commands: Any) -> None:
    cache = commands.add_parser(
        "cache",
        help="show the size of the parse cache, or empty it",
        description=(
            "The kit keeps every article's parse and text in a cache folder (the user cache "
            "folder, or $KIT_CACHE_DIR), so that a corpus loaded again parses only new or "
            "changed articles. 'info' shows where it is and how big; 'clear' deletes the "
            "cached parses and texts and says how much was freed."
        ),
    )
    cache.add_argument("action", choices=("info", "clear"), help="what to do")
    cache.set_defaults(run=_cache)


def _cache(args: argparse.Namespace) -> int:
    from .cachefolder import cache_info, clear_cache

    if args.action == "clear":
        freed = clear_cache()
        sys.stdout.write(f"{cache_info()['path']}: cleared, {_size(freed)} freed\n")
        return 0
    info = cache_info()
    sys.stdout.write(
        f"{info['path']}: {info['n_parses']} parses, {info['n_texts']} article texts, "
        f"{_size(int(info['size_bytes']))}\n"  # type: ignore[call-overload]
    )
    return 0


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB"


# --- kit lab ------------------------------------------------------------------------------


def _add_lab(commands: Any) -> None:
    from .lab import DEFAULT_FOLDER

    lab = commands.add_parser(
        "lab",
        help="open JupyterLab on the kit's notebooks (copied into a working folder)",
        description=(
            "Copy the kit's notebooks into a working folder (only those missing there: your "
            "edited copies are never overwritten) and start JupyterLab on it, opening the "
            "first notebook. Options not listed here go to `jupyter lab` (e.g. --no-browser, "
            "--ServerApp.port=8890)."
        ),
    )
    lab.add_argument(
        "--dir",
        type=Path,
        default=DEFAULT_FOLDER,
        metavar="FOLDER",
        help=f"the working folder (default: ./{DEFAULT_FOLDER})",
    )
    lab.set_defaults(run=_lab)


def _lab(args: argparse.Namespace) -> int:
    from .lab import start

    try:
        start(args.dir, args.jupyter_args)
    except (NotADirectoryError, FileNotFoundError) as exc:
        raise _UsageError(str(exc)) from None


# --- kit report ---------------------------------------------------------------------------


def _report(args: argparse.Namespace) -> int:
    # the heavy libraries load here, not at import: `kit --help` answers without them
    import matplotlib

    matplotlib.use("Agg")  # a command line draws into files; never open a window
    import kit
    import kit.report

    source = Path(args.path)
    if not source.exists():
        raise _UsageError(f"{source}: no such file or folder")
    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise _UsageError(f"--out {out}: is a file, not a folder")

    df = _load(source, args)
    say = (lambda *_: None) if args.quiet else (lambda msg: sys.stderr.write(msg + "\n"))
    written: list[Path] = []
    from tqdm.auto import tqdm

    with tqdm(desc="report", unit="step", disable=args.quiet, file=sys.stderr) as bar:
        bar.set_postfix_str("speakers and topics")
        # a store's table comes attributed and tagged (article by article) at ingest
        tagged = df if "speaker" in df.columns else kit.attribute_speakers(df)
        try:
            if args.topics_file or "topics" not in tagged.columns:
                tagged = kit.tag_topics(tagged, args.topics_file)
        except (OSError, ValueError) as exc:
            raise _UsageError(f"--topics-file {args.topics_file}: {exc}") from None
        mask = _selection(tagged, args, say)  # spells the speakers as the kit does
        filters = {"speaker": args.speaker or None, "topic": args.topic or None}
        # the recipe is kit.report's, shared with the Explorer's export_report
        steps = kit.report.report_steps(
            tagged,
            out,
            selected=mask,
            filters=filters,
            options=kit.TermOptions(unit=args.unit),
            top=args.top,
            formats=args.formats,
            dpi=args.dpi,
            excel=not args.no_excel,
        )
        bar.total = 1 + len(steps)
        bar.update()
        for label, step in steps:
            bar.set_postfix_str(label)
            written.extend(step())
            bar.update()
    if not args.quiet:
        sys.stdout.write(
            f"{int(mask.sum())} of {len(tagged)} sentences selected; wrote {len(written)} files:\n"
        )
        sys.stdout.writelines(f"  {path}\n" for path in written)
        document = [p for p in written if p.name.startswith(("report.", "report-", "README"))]
        if document:
            sys.stdout.write(f"The whole report: {', '.join(map(str, document))}\n")
    return 0


def _load(source: Path, args: argparse.Namespace) -> pd.DataFrame:
    import kit
    from kit.archive import StoreError, is_store

    filters: dict[str, Any] = {}
    if args.date:
        filters["date"] = args.date
    for column, value in args.where:
        filters.setdefault(column, []).append(value)
    if is_store(source):
        try:
            return kit.open_store(source, filters=filters or None)
        except StoreError as exc:
            raise _UsageError(str(exc)) from None
    if filters:
        raise _UsageError("--date and --where select from a store (made by kit ingest)")
    quiet = args.quiet
    try:
        if source.is_dir():
            # the stages run in prepare(), with --topics-file and as timed steps
            return kit.load_corpus(source, progress=not quiet, speakers=False, topics=False)
        return kit.load_article(source, speakers=False, topics=False)
    except (kit.ArticleError, kit.ModelNotFoundError) as exc:
        raise _UsageError(str(exc)) from None


def _selection(df: pd.DataFrame, args: argparse.Namespace, say) -> pd.Series:
    """The rows said by any of ``--speaker`` and on any of ``--topic`` (all rows without),
    through :func:`kit.select`: speaker names match ignoring case."""
    import kit

    if args.speaker:
        known = {str(s).casefold(): s for s in df["speaker"].dropna().unique()}
        missing = [s for s in args.speaker if s.casefold() not in known]
        if missing:
            found = ", ".join(sorted(known.values())[:12]) or "none"
            say(f"kit report: no sentences by {', '.join(missing)} (speakers found: {found})")
        wanted = list(
            dict.fromkeys(known[s.casefold()] for s in args.speaker if s.casefold() in known)
        )
        args.speaker = wanted + missing  # as the kit spells them, for titles and provenance
    try:
        return kit.select(df, speakers=args.speaker, topics=args.topic, how="any")
    except KeyError as exc:
        raise _UsageError(f"--topic: {exc.args[0]}") from None


if __name__ == "__main__":
    sys.exit(main())
