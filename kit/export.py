"""Writing charts and tables for a report, each with a note of where it came from.

:func:`export_chart` writes a chart as PNG, SVG and PDF, the numbers it shows as CSV, and a JSON
sidecar with its provenance (kit version, model, article ids and sha256, filters, options,
UTC time); the provenance also goes into the PNG text chunks and the PDF/SVG metadata.
:func:`export_table` writes a table (filtered sentences, KWIC, keyness, ...) as CSV and/or
Excel, with the same sidecar.

Two promises: nothing is overwritten silently (when ``chart.png`` exists, the set is written
as ``chart-1.png``, ``chart-1.csv``, ... unless ``overwrite=True``), and a failed write
leaves no partial file (each file is written to a temporary file in the target folder and
moved into place only when every file of the set is written).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure

from ._files import fill, reserve
from ._version import __version__
from .plots import SOURCE_LINE_GID, Chart, add_source_line, chart_of, remove_source_line
from .provenance import describe, source_text
from .provenance import provenance as table_provenance
from .style import report_style

__all__ = ["CHART_FORMATS", "TABLE_FORMATS", "export_chart", "export_table"]

CHART_FORMATS = ("png", "svg", "pdf")
TABLE_FORMATS = ("csv", "xlsx")
_TOKEN_PREFIX = "tok_"
_EXCEL_MAX_CELL = 32_767


def export_chart(
    fig_or_ax: Figure | Axes,
    path: str | Path,
    *,
    formats: Sequence[str] = CHART_FORMATS,
    dpi: int = 300,
    data: pd.DataFrame | None = None,
    provenance: Mapping[str, Any] | None = None,
    overwrite: bool = False,
    source_line: bool = True,
) -> dict[str, Path]:
    """Write a chart, the data behind it and its provenance; return ``{kind: path}``.

    ``path`` names the files without suffix (``out/terms`` -> ``out/terms.png``,
    ``terms.svg``, ``terms.pdf``, ``terms.csv``, ``terms.json``; a chart suffix given is
    dropped). The data and provenance are those the kit's plot function recorded on the
    Axes (``ax.kit_chart``; for a Figure, every Axes that has one); ``data=`` replaces the
    data, ``provenance=`` adds to (or replaces keys of) the provenance. A chart drawn by
    other code can be exported too: then the CSV holds ``data`` if given, else is left out.
    With ``source_line`` (default) the images carry a source line under the chart
    (:func:`kit.add_source_line`), added for the writing only: the figure is left as it was.
    """
    fig, charts = _charts(fig_or_ax)
    formats = _check_formats(formats, CHART_FORMATS, "chart")
    table = data if data is not None else _chart_data(charts)
    prov = _chart_provenance(charts, table, provenance)
    prov["title"] = prov.get("title") or _title_of(fig)
    kinds = [*formats, *(["csv"] if table is not None else []), "json"]
    targets = _targets(Path(path), kinds, overwrite=overwrite, strip=CHART_FORMATS)
    prov["files"] = {k: p.name for k, p in targets.items()}

    writers: dict[str, Callable[[Path], object]] = {}
    for fmt in formats:
        writers[fmt] = _figure_writer(fig, fmt, dpi=dpi, prov=prov)
    if table is not None:
        writers["csv"] = lambda tmp: _flatten(table).to_csv(tmp, index=False)
    writers["json"] = lambda tmp: tmp.write_text(_dumps(prov, indent=2), encoding="utf-8")
    had_line = any(t.get_gid() == SOURCE_LINE_GID for t in fig.texts)
    if source_line and not had_line and charts:
        add_source_line(fig, source_text(prov))
    try:
        _write_all(targets, writers, overwrite=overwrite)
    finally:
        if source_line and not had_line:
            remove_source_line(fig)
    return targets


def export_table(
    df: pd.DataFrame,
    path: str | Path,
    *,
    formats: Sequence[str] | None = None,
    provenance: Mapping[str, Any] | None = None,
    filters: Mapping[str, Any] | None = None,
    overwrite: bool = False,
) -> dict[str, Path]:
    """Write a table as CSV and/or Excel with a JSON provenance sidecar; return ``{kind: path}``.

    ``formats`` defaults to the suffix of ``path`` (``.csv`` or ``.xlsx``), else both.
    Token columns (``tok_*``) are dropped; list cells become ``"a; b"`` strings and lists
    of dicts (``topic_evidence``) JSON text, so the file opens cleanly in a spreadsheet.
    The Excel file carries the provenance on a second sheet, "provenance".
    """
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"export_table expects a pandas DataFrame, got {type(df).__name__}")
    path = Path(path)
    if formats is None:
        formats = [path.suffix[1:].lower()] if path.suffix[1:].lower() in TABLE_FORMATS else None
        formats = formats or TABLE_FORMATS
    formats = _check_formats(formats, TABLE_FORMATS, "table")
    prov = {**table_provenance(df, filters=filters), **(provenance or {})}
    flat = _flatten(df)
    targets = _targets(path, [*formats, "json"], overwrite=overwrite, strip=TABLE_FORMATS)
    prov["files"] = {k: p.name for k, p in targets.items()}
    writers: dict[str, Callable[[Path], object]] = {
        "csv": lambda tmp: flat.to_csv(tmp, index=False),
        "xlsx": lambda tmp: _write_excel(flat, tmp, prov),
        "json": lambda tmp: tmp.write_text(_dumps(prov, indent=2), encoding="utf-8"),
    }
    _write_all(targets, {k: writers[k] for k in targets}, overwrite=overwrite)
    return targets


# --- what to write ------------------------------------------------------------------------


def _charts(fig_or_ax: Figure | Axes) -> tuple[Figure, list[Chart]]:
    if isinstance(fig_or_ax, Axes):
        fig = fig_or_ax.get_figure(root=True)
        if fig is None:
            raise ValueError("export_chart: the Axes is on no figure, so there is nothing to save")
        chart = chart_of(fig_or_ax)
        return fig, [chart] if chart else []
    if isinstance(fig_or_ax, Figure):
        return fig_or_ax, [c for a in fig_or_ax.axes if (c := chart_of(a))]
    raise TypeError(
        f"export_chart expects a matplotlib Figure or Axes, got {type(fig_or_ax).__name__}"
    )


def _chart_data(charts: list[Chart]) -> pd.DataFrame | None:
    if not charts:
        return None
    if len(charts) == 1:
        return charts[0].data
    return pd.concat([c.data.assign(panel=i) for i, c in enumerate(charts)], ignore_index=True)


def _chart_provenance(
    charts: list[Chart], table: pd.DataFrame | None, given: Mapping[str, Any] | None
) -> dict[str, Any]:
    if len(charts) == 1:
        prov = dict(charts[0].provenance)
    elif charts:
        prov = {"panels": [c.provenance for c in charts]}
    else:
        prov = table_provenance(table) if table is not None else {}
    prov.setdefault("kit_version", __version__)
    prov.update(given or {})
    return prov


def _title_of(fig: Figure) -> str:
    for ax in fig.axes:
        title = ax.get_title(loc="left") or ax.get_title()
        if title:
            return " ".join(title.split())
    return fig.get_suptitle() if hasattr(fig, "get_suptitle") else ""


def _check_formats(formats: Iterable[str], allowed: Sequence[str], what: str) -> list[str]:
    if isinstance(formats, str):
        formats = [formats]
    out = []
    for f in formats:
        f = f.lower().lstrip(".")
        if f not in allowed:
            raise ValueError(f"cannot write a {what} as {f!r}: the formats are {list(allowed)}")
        if f not in out:
            out.append(f)
    if not out:
        raise ValueError(f"no format given for the {what}: choose from {list(allowed)}")
    return out


def _targets(
    path: Path, kinds: list[str], *, overwrite: bool, strip: Sequence[str]
) -> dict[str, Path]:
    """One path per kind, all with the same stem, claimed (numbered -1, -2, ... past taken ones)."""
    if path.suffix[1:].lower() in (*strip, "csv", "json"):
        path = path.with_suffix("")
    return reserve(path, kinds, overwrite=overwrite)


# --- writing ------------------------------------------------------------------------------


def _write_all(
    targets: Mapping[str, Path], writers: Mapping[str, Callable[[Path], object]], *, overwrite: bool
) -> None:
    """Write every file to a temporary name first, then move them all into place."""
    fill(targets, writers, claimed=not overwrite)


def _figure_writer(fig: Figure, fmt: str, *, dpi: int, prov: Mapping[str, Any]):
    meta = _metadata(fmt, prov)

    def write(tmp: Path) -> None:
        with report_style():
            fig.savefig(tmp, format=fmt, dpi=dpi, metadata=meta)

    return write


def _metadata(fmt: str, prov: Mapping[str, Any]) -> dict[str, Any]:
    """Provenance in the metadata each format supports (PNG text chunks, PDF info, SVG RDF)."""
    title = prov.get("title") or "news-kit chart"
    software = f"news-kit {prov.get('kit_version', '')}".strip()
    summary = describe(prov) if "articles" in prov else ""
    compact = _dumps(_without_files(prov))
    if fmt == "png":
        return {
            "Title": title,
            "Software": software,
            "Description": summary,
            "Source": ", ".join(a["article_id"] for a in prov.get("articles", [])),
            "news-kit:provenance": compact,
        }
    if fmt == "pdf":
        return {
            "Title": title,
            "Subject": summary or title,
            "Keywords": compact,
            "Creator": software,
        }
    if fmt == "svg":
        return {"Title": title, "Description": compact, "Creator": software}
    return {}


def _write_excel(df: pd.DataFrame, tmp: Path, prov: Mapping[str, Any]) -> None:
    # openpyxl's own list of the control characters a worksheet cell may not hold; imported
    # here, so that ``import kit`` does not load openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    def _excel_text(value: Any) -> Any:
        if isinstance(value, str):
            return ILLEGAL_CHARACTERS_RE.sub("", value)[:_EXCEL_MAX_CELL]
        return value

    sheet = df.copy()
    for col in sheet.columns:
        if sheet[col].dtype == object or pd.api.types.is_string_dtype(sheet[col]):
            sheet[col] = sheet[col].map(_excel_text)
        elif isinstance(sheet[col].dtype, pd.DatetimeTZDtype):
            sheet[col] = sheet[col].dt.tz_localize(None)
    about = pd.DataFrame(
        [(k, _excel_text(v if isinstance(v, str) else _dumps(v))) for k, v in prov.items()],
        columns=["key", "value"],
    )
    with pd.ExcelWriter(tmp, engine="openpyxl") as writer:
        sheet.to_excel(writer, sheet_name="data", index=False)
        about.to_excel(writer, sheet_name="provenance", index=False)


def _flatten(df: pd.DataFrame) -> pd.DataFrame:
    """Drop token columns; lists become "a; b" text, lists of dicts and dicts JSON text."""
    out = df.drop(columns=[c for c in df.columns if str(c).startswith(_TOKEN_PREFIX)])
    out = out.copy()
    out.attrs = {}
    for col in out.columns:
        s = out[col]
        if isinstance(s.dtype, pd.ArrowDtype) or s.dtype == object:
            out[col] = [_cell(v) for v in s.tolist()]
    return out


def _cell(value: Any) -> Any:
    if isinstance(value, np.ndarray):
        value = value.tolist()
    if isinstance(value, Mapping):
        return _dumps(value)
    if isinstance(value, list | tuple):
        if any(isinstance(v, Mapping | list | tuple) for v in value):
            return _dumps(list(value))
        return "; ".join("" if v is None else str(v) for v in value)
    return value


def _without_files(prov: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in prov.items() if k != "files"}


def _dumps(value: Any, *, indent: int | None = None) -> str:
    """Strict JSON (no NaN or Infinity, which strict readers refuse): missing values are null."""
    return json.dumps(_jsonable(value), ensure_ascii=False, indent=indent, allow_nan=False)


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset | np.ndarray):
        items = sorted(value, key=str) if isinstance(value, set | frozenset) else list(value)
        return [_jsonable(v) for v in items]
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return value if np.isfinite(value) else None
    if value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    return str(value)
