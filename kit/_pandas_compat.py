"""Let pandas read back the Arrow list columns it writes to Parquet.

``df.to_parquet`` records each column's dtype by name in the file's pandas metadata; for
the kit's token columns that name is ``"list<item: string>[pyarrow]"``. On
``pd.read_parquet`` pyarrow hands the name to ``pandas.api.types.pandas_dtype``, which parses
only flat Arrow types (``"int64[pyarrow]"``) and raises ``TypeError: data type
'list<item: string>[pyarrow]' not understood`` (pandas issues 53011 and 57411).

Registering one extension dtype whose ``construct_from_string`` understands those names
fixes that for every process that has imported :mod:`kit`; the column comes back as the
same ``pd.ArrowDtype`` list column it was. Without the kit, ``pd.read_parquet(path,
dtype_backend="pyarrow")`` reads such files too.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
from pandas.api.extensions import ExtensionDtype, register_extension_dtype

_SUFFIX = "[pyarrow]"
_LISTS = {"list": pa.list_, "large_list": pa.large_list}


def arrow_type(name: str) -> pa.DataType:
    """The Arrow type printed as ``name`` (flat types, lists and structs, nested at will:
    the topic evidence is a list of structs).

    >>> arrow_type("list<item: string>")
    ListType(list<item: string>)
    """
    name = name.strip()
    kind, bracket, rest = name.partition("<")
    if bracket and kind == "struct" and rest.endswith(">"):
        fields = []
        for part in _top_level(rest[:-1]):
            field_name, colon, item = part.partition(":")
            if not colon:
                raise TypeError(f"not an Arrow struct type: {name!r}")
            item = item.strip()
            nullable = not item.endswith(" not null")
            fields.append(
                pa.field(field_name.strip(), arrow_type(item.removesuffix(" not null")), nullable)
            )
        return pa.struct(fields)
    if bracket and kind in _LISTS and rest.endswith(">"):
        field_name, colon, item = rest[:-1].partition(":")
        if not colon:
            raise TypeError(f"not an Arrow list type: {name!r}")
        item = item.strip()
        nullable = not item.endswith(" not null")
        item_type = arrow_type(item.removesuffix(" not null"))
        return _LISTS[kind](pa.field(field_name.strip(), item_type, nullable=nullable))
    try:
        return pa.type_for_alias(name)
    except ValueError:
        raise TypeError(f"not an Arrow type name: {name!r}") from None


def _top_level(body: str) -> list[str]:
    """``body`` split at the commas that are not inside ``<...>``."""
    parts, depth, start = [], 0, 0
    for i, char in enumerate(body):
        depth += {"<": 1, ">": -1}.get(char, 0)
        if char == "," and depth == 0:
            parts.append(body[start:i])
            start = i + 1
    parts.append(body[start:])
    return [p for p in parts if p.strip()]


@register_extension_dtype
class ArrowNestedName(ExtensionDtype):
    """Only a parser: turns ``"list<item: string>[pyarrow]"`` into ``pd.ArrowDtype``."""

    name = "news-kit-arrow-nested"
    type = object

    @classmethod
    def construct_from_string(cls, string: str) -> pd.ArrowDtype:  # type: ignore[override]
        if not isinstance(string, str) or not string.endswith(_SUFFIX):
            raise TypeError(f"cannot construct an Arrow list dtype from {string!r}")
        base = string[: -len(_SUFFIX)]
        if not base.startswith(tuple(_LISTS)):
            raise TypeError(f"not an Arrow list dtype: {string!r}")
        return pd.ArrowDtype(arrow_type(base))

    @classmethod
    def construct_array_type(cls):
        raise NotImplementedError("ArrowNestedName only parses dtype names")
