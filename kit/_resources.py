"""The tunable data in ``kit/resources/``: one format (TOML), one reader.

Word lists and lexicons are data people edit (see the comments in each file). Each is read
once; a file that is not valid TOML, or a list that is not a list of words, raises a
ValueError naming the file and the key.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any

__all__ = ["resource", "words"]


@functools.cache
def resource(name: str) -> dict[str, Any]:
    """``kit/resources/<name>.toml`` as a dict (keys in file order)."""
    path = resources.files("kit.resources").joinpath(f"{name}.toml")
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"kit/resources/{name}.toml is not valid TOML: {exc}") from None


def words(name: str, key: str) -> list[str]:
    """The list of words under ``key`` in ``kit/resources/<name>.toml``."""
    value = resource(name).get(key)
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise ValueError(f"kit/resources/{name}.toml: {key!r} must be a list of words (strings)")
    return [w.strip() for w in value if w.strip()]
