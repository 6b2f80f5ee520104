"""Lazy attributes for a package (the idea of scientific Python's SPEC 1 and lazy_loader).

A package lists ``{public name: submodule}``; a name is imported from its submodule the
first time it is read, so ``import kit`` loads none of spaCy, matplotlib, SciPy or
ipywidgets until a function that needs them is used.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import Any


def attach(
    package: str, exports: Mapping[str, str], submodules: Iterable[str] = ()
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """``(__getattr__, __dir__)`` for ``package`` exporting ``exports`` (name -> module) and
    its ``submodules`` as attributes (``kit.topics`` after a bare ``import kit``)."""
    submodules = frozenset(submodules)
    namespace = importlib.import_module(package).__dict__

    def getattr_(name: str) -> Any:
        if name in submodules:
            return importlib.import_module(f"{package}.{name}")  # sets the attribute itself
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        namespace[name] = value  # later reads skip this function
        return value

    def dir_() -> list[str]:
        return sorted(set(namespace) | set(exports) | submodules)

    return getattr_, dir_
