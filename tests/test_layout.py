"""The package layout: imports flow one way along the stages, without cycles, and lazily."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kit

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "kit"

# The flow, left to right: a module may import only from its own stage or one to its left.
STAGES = [
    {
        "kit._version",
        "kit._lazy",
        "kit._resources",
        "kit._files",
        "kit._search",
        "kit._pandas_compat",
        "kit.cachefolder",
        "kit.resources",
    },
    {"kit.sources", "kit.datasets"},
    {"kit.model"},
    {"kit.articles", "kit._tables"},
    {"kit.sentences"},
    {"kit.cache"},
    {"kit.speakers"},
    {"kit.topics", "kit._topic_context"},
    {"kit.readers"},
    {"kit.selection"},
    {"kit.terms"},
    # archives run the stages above (readers, speakers, topics) batch by batch and count
    # terms over a store; they draw nothing, and only the shells use them
    {"kit.archive"},
    {"kit.provenance"},
    {"kit.style"},
    {"kit.plots"},
    {"kit.export"},
    {"kit.report"},
    {"kit.explorer"},
    {"kit", "kit.cli", "kit.lab", "kit.__main__"},  # the facade and the shells
]
HEAVY = ("spacy", "matplotlib", "scipy.stats", "ipywidgets")


def _module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _stage(module: str) -> int:
    for rank, stage in enumerate(STAGES):
        if module in stage:
            return rank
    for rank, stage in enumerate(STAGES):  # a private module of a stage's package
        if any(module.startswith(name + ".") for name in stage if name != "kit"):
            return rank
    raise AssertionError(f"{module} is in no stage of tests/test_layout.py: add it to STAGES")


def _imports(path: Path) -> set[str]:
    """The kit modules a file imports at run time (not those under `if TYPE_CHECKING:`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    here = _module_name(path)
    package = here if path.name == "__init__.py" else here.rpartition(".")[0]
    skipped = {
        id(node)
        for block in ast.walk(tree)
        if isinstance(block, ast.If) and "TYPE_CHECKING" in ast.unparse(block.test)
        for node in ast.walk(block)
    }
    found = set()
    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.split(".")[0] == "kit"}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                target = f"{base}.{node.module}" if node.module else base
            else:
                target = node.module or ""
            if target.split(".")[0] != "kit":
                continue
            if node.module:  # `from . import x` runs the package's __init__, not a stage's code
                found.add(target)
            # `from . import x` / `from .pkg import mod` may name modules
            for alias in node.names:
                candidate = f"{target}.{alias.name}"
                if (PACKAGE.parent / candidate.replace(".", "/")).with_suffix(".py").exists():
                    found.add(candidate)
    return found - {here}


def _graph() -> dict[str, set[str]]:
    return {_module_name(p): _imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def test_no_module_imports_from_a_later_stage():
    wrong = [
        f"{module} imports {target}"
        for module, targets in _graph().items()
        for target in sorted(targets)
        if _stage(target) > _stage(module)
    ]
    assert not wrong, "imports against the flow:\n" + "\n".join(wrong)


def test_no_import_cycles():
    graph = _graph()
    state: dict[str, int] = {}  # 1: on the current path, 2: done

    def visit(module: str, path: list[str]) -> None:
        state[module] = 1
        for target in sorted(graph.get(module, ())):
            if state.get(target) == 1:
                cycle = [*path[path.index(target) :], target] if target in path else [target]
                raise AssertionError("import cycle: " + " -> ".join(cycle))
            if target in graph and not state.get(target):
                visit(target, [*path, target])
        state[module] = 2

    for module in graph:
        if not state.get(module):
            visit(module, [module])


def test_nothing_reads_the_version_from_the_package_root():
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and any(
                a.name == "__version__" for a in node.names
            ):
                assert node.module == "_version", f"{path.name} imports __version__ from the root"


def _loaded_after(code: str) -> list[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]),
    }
    script = (
        code + f"\nimport json, sys\nprint(json.dumps([m for m in {HEAVY!r} if m in sys.modules]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_import_kit_loads_no_heavy_library_until_used():
    assert _loaded_after("import kit") == []
    assert "spacy" in _loaded_after("import kit\nkit.load_article")


def test_kit_help_answers_without_heavy_libraries():
    for argv in (["--help"], ["report", "--help"]):
        code = f"from kit.cli import main\ntry:\n    main({argv!r})\nexcept SystemExit:\n    pass"
        assert _loaded_after(code) == []


def test_dir_lists_every_public_name_and_each_resolves():
    assert set(kit.__all__) <= set(dir(kit))
    for name in kit.__all__:
        assert getattr(kit, name) is not None
    assert kit.__version__ == kit._version.__version__


def test_tunable_data_is_toml_read_by_one_loader(monkeypatch):
    from kit import _resources

    folder = PACKAGE / "resources"
    data = sorted(p.name for p in folder.iterdir() if p.suffix != ".py" and p.name != "__pycache__")
    assert data and all(name.endswith((".toml", ".mplstyle")) for name in data), data
    for path in folder.glob("*.toml"):
        assert _resources.resource(path.stem)  # every file parses
    assert "say" in _resources.words("stopwords", "stopwords")
    with pytest.raises(ValueError, match=r"titles\.toml: 'nope' must be a list of words"):
        _resources.words("titles", "nope")

    def invalid(_text):
        raise _resources.tomllib.TOMLDecodeError("Invalid value (at line 1, column 1)")

    monkeypatch.setattr(_resources.tomllib, "loads", invalid)
    _resources.resource.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"kit/resources/titles\.toml is not valid TOML"):
            _resources.resource("titles")
    finally:
        monkeypatch.undo()
        _resources.resource.cache_clear()
