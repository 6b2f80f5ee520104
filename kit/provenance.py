"""Where the numbers come from: the provenance of a result table, and the phrases that name it.

:func:`provenance` is what every chart and exported table records: kit version, articles
(id, sha256, model), the filters and options. It reads the data's ``attrs`` (``articles``,
``article_ids``, ``n_sentences``, ``filters``, ``options``; any other JSON-able keys are kept
as options) and the ``filters=`` given, e.g. ``{"speaker": "Xi Jinping", "topic":
"terrorism"}``. :func:`describe` and :func:`heading` turn it into words for titles ("Xi
Jinping on terrorism. 1 article, 3 sentences"). Plots, exports and the report all use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

import numpy as np
import pandas as pd

from ._tables import carry_attrs
from ._version import __version__

__all__ = ["describe", "describe_subject", "heading", "provenance", "said_by", "source_text"]


def provenance(
    data: pd.DataFrame,
    *,
    sentences: pd.DataFrame | None = None,
    filters: Mapping[str, Any] | None = None,
    options: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The provenance of a table: kit version, articles (id, sha256, model), filters, options.

    The articles and the number of sentences come from ``sentences`` (the sentence table the
    numbers were computed from) when given, else from ``data.attrs`` (see the module
    docstring) or ``data``'s own ``article_id`` column. ``filters`` and ``options`` given
    here take precedence over those in ``data.attrs``. Article texts are never included,
    only their hashes.
    """
    attrs: Mapping[Any, Any] = data.attrs
    if sentences is not None:
        attrs = {**attrs, **carry_attrs(sentences)}
    store = attrs.get("articles") or {}
    ids = attrs.get("article_ids")
    if ids is None and "article_id" in data.columns:
        ids = list(pd.unique(data["article_id"]))
    if ids is None:
        ids = list(store)
    articles = []
    for aid in ids:
        info = store.get(aid, {}) if isinstance(store, Mapping) else {}
        articles.append(
            {
                "article_id": str(aid),
                "sha256": info.get("sha256"),
                "model": info.get("model"),
                "title": info.get("title"),
                "path": info.get("path"),
            }
        )
    n_sentences = attrs.get("n_sentences")
    if n_sentences is None and {"article_id", "sentence_id"} <= set(data.columns):
        n_sentences = len(data)
    merged_filters = {**_as_dict(attrs.get("filters")), **_as_dict(filters)}
    merged_options = {
        **{
            k: _jsonable(v)
            for k, v in attrs.items()
            if k not in ("articles", "article_ids", "n_sentences", "filters", "options")
        },
        **_as_dict(attrs.get("options")),
        **_as_dict(options),
    }
    return {
        "kit_version": __version__,
        "created_utc": datetime.now(UTC).isoformat(timespec="seconds"),
        "models": sorted({a["model"] for a in articles if a["model"]}),
        "n_articles": len(articles),
        "n_sentences": None if n_sentences is None else int(n_sentences),
        "articles": articles,
        "filters": {k: _jsonable(v) for k, v in merged_filters.items() if v not in (None, [])},
        "options": {k: v for k, v in merged_options.items() if v is not None},
    }


def describe(prov: Mapping[str, Any]) -> str:
    """A short phrase naming the selection: "Xi Jinping on terrorism. 1 article, 3 sentences"."""
    counts = _counts(prov)
    return f"{_subject(prov)}. {counts}" if counts else _subject(prov)


def heading(what: str, prov: Mapping[str, Any], *, subject: bool = True) -> str:
    """A chart title: ``"<what>: <selection>."`` and, on a second line, the counts."""
    first = f"{what}: {_subject(prov)}" if subject else what
    counts = _counts(prov)
    return f"{first}\n{counts}" if counts else first


def source_text(prov: Mapping[str, Any], *, max_ids: int = 3) -> str:
    """The source line printed under a chart: articles, selection, date and kit version.

    "Source: 2 articles (xi-interpol-pti, meng-speech) · Xi Jinping on terrorism, 12
    sentences · 2025-06-01 · news-kit 0.1.0"; an ``attribution`` in the provenance (the
    licence of a shipped corpus) is added at the end.
    """
    panels = prov.get("panels")
    if panels and "articles" not in prov:
        prov = {**panels[0], **prov}
    parts = []
    ids = [a.get("article_id") for a in prov.get("articles") or [] if a.get("article_id")]
    if ids:
        more = len(ids) - max_ids
        shown = ", ".join(ids[:max_ids]) + (f" and {more} more" if more > 0 else "")
        parts.append(f"{_plural(len(ids), 'article')} ({shown})")
    selection = _subject(prov)
    counts = _counts({**prov, "n_articles": None})
    parts.append(f"{selection}, {counts}" if counts else selection)
    made = str(prov.get("created_utc") or datetime.now(UTC).isoformat())[:10]
    parts.append(made)
    parts.append(f"news-kit {prov.get('kit_version') or __version__}")
    if prov.get("attribution"):
        parts.append(str(prov["attribution"]))
    return "Source: " + " · ".join(parts)


def describe_subject(prov: Mapping[str, Any]) -> str:
    """What the filters select, without counts: "Xi Jinping on terrorism"."""
    return _subject(prov)


def said_by(prov: Mapping[str, Any]) -> str:
    """ "Xi Jinping said" ("... said on terrorism" with a topic filter) when the filters name
    speakers, else an empty string: for titles of counts over the speakers' own words."""
    filters = prov.get("filters") or {}
    speakers = _listed(filters.get("speaker") or filters.get("speakers"))
    topics = _listed(filters.get("topic") or filters.get("topics"))
    if not speakers:
        return ""
    return f"{_join(speakers)} said" + (f" on {_join(topics, 'or')}" if topics else "")


def _subject(prov: Mapping[str, Any]) -> str:
    filters = prov.get("filters") or {}
    speakers = _listed(filters.get("speaker") or filters.get("speakers"))
    topics = _listed(filters.get("topic") or filters.get("topics"))
    if speakers and topics:
        return f"{_join(speakers)} on {_join(topics, 'or')}"
    if speakers:
        return _join(speakers)
    if topics:
        return f"sentences on {_join(topics, 'or')}"
    return "all sentences"


def _counts(prov: Mapping[str, Any]) -> str:
    counts = []
    if prov.get("n_articles"):
        counts.append(_plural(prov["n_articles"], "article"))
    n_focus, n_reference = ((prov.get("options") or {}).get(k) for k in ("n_focus", "n_reference"))
    if n_focus is not None and n_reference is not None:  # a comparison: each side's sentences
        counts.append(f"{n_focus} vs {_plural(n_reference, 'sentence')}")
    elif prov.get("n_sentences") is not None:
        counts.append(_plural(prov["n_sentences"], "sentence"))
    return ", ".join(counts)


def _as_dict(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset, np.ndarray, pd.Index)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (np.integer, np.floating, np.bool_)):
        return value.item()
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    if isinstance(value, (pd.Timestamp, datetime)):
        return value.isoformat()
    return str(value)


def _listed(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


def _join(items: list[str], word: str = "and") -> str:
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {word} {items[-1]}"


def _plural(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
