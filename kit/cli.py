"""The ``kit`` command: the standard charts and tables of a report, without a notebook.

    kit report ARTICLE_OR_FOLDER [--speaker NAME ...] [--topic NAME ...] --out DIR
    kit report STORE [--date FROM:TO] [--where COLUMN=VALUE ...] [...] --out DIR
    kit ingest SOURCE STORE [--engine dask [--scheduler ADDR]] [--errors skip]
    kit cache info | kit cache clear

reads one article (a UTF-8 text file) or a folder of them, finds who said what and the
topics, keeps the sentences of the speakers and topics asked for, and writes into DIR the
charts (each as PNG, SVG and PDF with its data as CSV and a JSON provenance sidecar) and
the tables (CSV and Excel). Nothing in DIR is overwritten: a second run writes numbered
files. A store made by ``kit ingest`` (see :func:`kit.ingest`) is read through
:func:`kit.open_store`, its selection given by ``--date`` and ``--where``. ``kit cache``
reports the size of the parse cache or empties it. The command holds no analysis of its
own: it calls the kit's public functions.
"""

from __future__ import annotations

import argparse
import codecs
import difflib
import re
import sys
import tempfile
import traceback
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ._version import __version__
from .terms._options import UNITS

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["main"]

EXIT_USAGE = 2  # bad path, bad option, unknown topic: what argparse uses for usage errors
EXIT_BUG = 1  # an exception the kit did not expect: shown with its traceback

DPI_RANGE = (50, 1200)  # screen to print; 100,000 dpi would ask matplotlib for gigapixels
TOP_RANGE = (1, 500)  # terms a chart shows


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
    except Exception as exc:
        if not _expected(exc):
            traceback.print_exc()
            sys.stderr.write(
                f"kit {args.command}: this is a bug in news-kit, not a problem with your "
                "input: please report it with the command you ran and the traceback above\n"
            )
            return EXIT_BUG
        # bad input or a bad option: one line that says what to do, never a traceback
        sys.stderr.write(f"kit {args.command}: error: {_one_line(exc)}\n")
        return EXIT_USAGE


class _UsageError(Exception):
    """A problem with what was asked (path, option): one line, no traceback."""


def _expected(exc: Exception) -> bool:
    """Whether ``exc`` is bad input or a bad option rather than a bug.

    The kit's documented errors are all of these kinds: kit.ArticleError, SearchError and
    LexiconError are ValueErrors; ExportError is an OSError, as are FileNotFoundError and
    PermissionError; ModelNotFoundError is named (a bare RuntimeError is not bad input).
    """
    if isinstance(exc, _UsageError | ValueError | OSError):
        return True
    model = sys.modules.get("kit.model")  # not loaded: no model was looked for
    return model is not None and isinstance(exc, model.ModelNotFoundError)


def _one_line(exc: Exception) -> str:
    """The message of ``exc`` on one line, with the library's keyword hints spelled as the
    command's options (``pass encoding=`` -> ``pass --encoding``)."""
    if isinstance(exc, OSError) and exc.strerror and exc.filename:
        text = f"{exc.filename}: {exc.strerror}"  # not "[Errno 13] Permission denied: ..."
    else:
        text = str(exc) or type(exc).__name__
    text = re.sub(
        r"\bpass encoding=, e\.g\. '([\w-]+)'", r"pass --encoding, e.g. --encoding \1", text
    )
    text = re.sub(r"\bpass encoding=", "pass --encoding", text)
    return " ".join(text.split())


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
    report.add_argument(
        "--top", type=_int_in(*TOP_RANGE), default=20, metavar="N", help="terms shown"
    )
    report.add_argument(
        "--formats",
        type=_formats,
        default=("png", "svg", "pdf"),
        metavar="LIST",
        help="chart formats, comma-separated, from png,svg,pdf",
    )
    report.add_argument(
        "--dpi",
        type=_int_in(*DPI_RANGE),
        default=300,
        help=f"resolution of the PNG files ({DPI_RANGE[0]} to {DPI_RANGE[1]})",
    )
    report.add_argument(
        "--encoding",
        type=_encoding,
        metavar="NAME",
        help="the text encoding of the files (e.g. cp1252, latin-1; default: UTF-8)",
    )
    report.add_argument(
        "--model",
        type=_not_blank("a spaCy pipeline name or path, e.g. en_core_web_sm"),
        metavar="NAME",
        help="the spaCy English pipeline to parse with (a name or a path; default: "
        "$KIT_SPACY_MODEL, else en_core_web_sm)",
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


def _int_in(low: int, high: int):
    """An argparse type: a whole number from ``low`` to ``high``."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{value} is out of range: use {low} to {high}")
        return value

    return parse


def _not_blank(what: str):
    """An argparse type: a string that is not empty or only spaces."""

    def parse(text: str) -> str:
        if not text.strip():
            raise argparse.ArgumentTypeError(f"is blank: give {what}")
        return text.strip()

    return parse


def _encoding(text: str) -> str:
    try:
        return codecs.lookup(text.strip()).name
    except LookupError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an encoding Python knows (e.g. utf-8, cp1252, latin-1)"
        ) from None


def _workers(text: str) -> int | str:
    return text if text == "auto" else _int_in(1, 1024)(text)


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
    ingest.add_argument("--batch-size", type=_int_in(1, 100_000), default=100, metavar="N")
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

    source = Path(args.path)
    if not source.exists():
        raise _UsageError(f"{source}: no such file or folder")
    out = Path(args.out)
    made = _writable_folder(out)  # before the analysis, not after minutes of it
    try:
        return _write_report(args, source, out)
    finally:
        if made and not any(out.iterdir()):
            out.rmdir()  # a failed run leaves no empty folder behind


def _write_report(args: argparse.Namespace, source: Path, out: Path) -> int:
    import kit
    import kit.report

    df = _load(source, args)
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
        mask = _selection(tagged, args)  # spells the speakers as the kit does
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
    return 0


def _writable_folder(out: Path) -> bool:
    """Make sure files can be written into ``out`` (created if missing); True if created."""
    if out.exists() and not out.is_dir():
        raise _UsageError(f"--out {out}: is a file, not a folder")
    made = not out.exists()
    try:
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=out, prefix=".kit-probe-"):
            pass
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise _UsageError(
            f"--out {out}: cannot write there ({reason}); choose a folder you can write to"
        ) from None
    return made


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
    options = {"encoding": args.encoding, "model": args.model, "speakers": False, "topics": False}
    if source.is_dir():
        # the stages run in _write_report, with --topics-file and as timed steps
        return kit.load_corpus(source, progress=not args.quiet, **options)
    return kit.load_article(source, **options)


def _selection(df: pd.DataFrame, args: argparse.Namespace) -> pd.Series:
    """The rows said by any of ``--speaker`` and on any of ``--topic`` (all rows without),
    through :func:`kit.select`: speaker names match ignoring case. A name the articles do not
    have, or filters that leave no sentence, are errors (nothing is written)."""
    import kit

    # the names as the kit spells them (for titles and provenance), or an error
    if args.speaker:
        args.speaker = _known_names("--speaker", args.speaker, df["speaker"].dropna().unique())
    if args.topic:
        args.topic = _known_names("--topic", args.topic, df.attrs.get("topics") or [])
    mask = kit.select(df, speakers=args.speaker, topics=args.topic, how="any")
    if not mask.any():
        counts = [f"{int(kit.select(df, speakers=[s]).sum())} by {s}" for s in args.speaker]
        counts += [f"{int(kit.select(df, topics=[t]).sum())} on {t}" for t in args.topic]
        raise _UsageError(
            f"no sentence matches {_described(args)} (of {len(df)} sentences: "
            f"{', '.join(counts)}); nothing was written. Drop a filter, or give more names "
            "of one kind (a sentence by any --speaker, on any --topic is kept)"
        )
    return mask


def _known_names(option: str, typed: Iterable[str], names: Iterable) -> list[str]:
    """``typed`` as spelled in ``names`` (matched ignoring case); a name that is not there is
    an error suggesting the close ones that are."""
    known = {str(n).casefold(): str(n) for n in names}
    for name in typed:
        if name.casefold() not in known:
            close = _close_names(name, list(known.values()))
            hint = f"Did you mean {' or '.join(repr(c) for c in close)}? " if close else ""
            listed = ", ".join(sorted(known.values())[:15]) or "none"
            more = f" and {len(known) - 15} more" if len(known) > 15 else ""
            kind = option.lstrip("-")
            raise _UsageError(
                f"{option} {name!r}: no such {kind} in these articles. {hint}"
                f"The {kind}s found: {listed}{more}"
            )
    return list(dict.fromkeys(known[name.casefold()] for name in typed))


def _close_names(typed: str, names: list[str]) -> list[str]:
    """Names that contain the typed word(s) (ignoring case), then difflib's close matches."""
    word = re.compile(rf"\b{re.escape(typed.strip().casefold())}\b")
    containing = [n for n in names if typed.strip() and word.search(n.casefold())]
    folded = {n.casefold(): n for n in names}
    similar = difflib.get_close_matches(typed.casefold(), list(folded), n=5, cutoff=0.6)
    return list(dict.fromkeys(containing + [folded[s] for s in similar]))[:5]


def _described(args: argparse.Namespace) -> str:
    parts = [f"--speaker {s!r}" for s in args.speaker] + [f"--topic {t!r}" for t in args.topic]
    return " ".join(parts)


if __name__ == "__main__":
    sys.exit(main())
