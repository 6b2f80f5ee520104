"""The kit's version, as installed (pyproject.toml is the one place it is written)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("news-kit")
except PackageNotFoundError:  # run from a checkout that was never installed
    __version__ = "0+unknown"
