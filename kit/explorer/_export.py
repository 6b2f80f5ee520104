"""What the Explorer's exports are called, what they record and how they are listed."""

from __future__ import annotations

import html
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pandas as pd

from ..datasets import SAMPLE_ATTRIBUTION

__all__ = ["default_name", "file_links", "sample_provenance"]

_MAX_NAME = 80  # characters of a default name; longer selections are cut at a part


def default_name(view: str, state: Mapping[str, Any]) -> str:
    """A file name made from the selection and the view: ``xi-jinping_terrorism_terms``."""
    parts: list[str] = []
    parts += [str(s) for s in state["speakers"]]
    parts += [str(k) for k in state["speaker_kinds"]]
    if state["speaker_type"] != "any":
        parts.append("quoted" if state["speaker_type"] == "direct" else "reported")
    parts += [str(t) for t in state["topics"]]
    for values in state["metadata"].values():
        parts += [str(v) for v in values]
    if any(state["dates"]):
        first, last = state["dates"]
        parts.append(f"{first or 'start'}-to-{last or 'end'}")
    if state["search"].strip():
        parts.append(state["search"].strip())
    if view == "KWIC" and state["kwic_term"].strip():
        parts.append(state["kwic_term"].strip())
    slugs = [s for s in (_slug(p) for p in parts) if s]
    kept: list[str] = []
    for slug in slugs:
        if len("_".join([*kept, slug])) > _MAX_NAME:
            break
        kept.append(slug)
    return "_".join([*kept, _slug(view)])


def _slug(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.casefold()).strip("-_")


def sample_provenance(df: pd.DataFrame) -> dict[str, Any]:
    """The licence note for tables with Wikinews articles (``kit.sample_corpus``): CC BY 2.5
    asks that anything shared from them carries the attribution."""
    if "url" not in df.columns:
        return {}
    urls = df["url"].dropna().astype(str)
    if not urls.str.contains("wikinews.org", regex=False).any():
        return {}
    return {"source_licence": "CC BY 2.5", "source_attribution": SAMPLE_ATTRIBUTION}


def file_links(paths: Mapping[str, Path], *, base: Path | None = None) -> str:
    """The files written, as a list of links relative to ``base`` (the notebook's folder,
    the kernel's working directory), which JupyterLab opens in a new tab."""
    base = Path.cwd() if base is None else base
    items = []
    for path in paths.values():
        try:
            rel = Path(os.path.relpath(Path(path).resolve(), base.resolve()))
        except ValueError:  # another drive
            rel = None
        if rel is None or rel.parts[:1] == ("..",):
            items.append(f"<li><code>{html.escape(str(path))}</code></li>")
            continue
        href = html.escape(rel.as_posix(), quote=True)
        items.append(
            f"<li><a href='{href}' target='_blank' class='kit-file'>"
            f"<code>{html.escape(rel.as_posix())}</code></a></li>"
        )
    return f"Wrote:<ul style='margin:0'>{''.join(items)}</ul>"
