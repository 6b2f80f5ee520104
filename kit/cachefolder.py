"""The kit's cache folder: where it is, how entries are written and checked, how to empty it.

Entries are written atomically (a temporary file in the same folder, then
:func:`os.replace`), so a reader sees the old file or the new one, never part of one, and
two processes writing the same entry at once leave one whole copy. Each entry carries the
sha256 of its payload, checked on every read: a damaged entry gives a :class:`CacheWarning`
and is computed again, never returned.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import warnings
from pathlib import Path

__all__ = [
    "ENV_VAR",
    "CacheWarning",
    "cache_dir",
    "cache_info",
    "clear_cache",
    "entry_path",
    "read_entry",
    "write_atomic",
    "write_entry",
]

ENV_VAR = "KIT_CACHE_DIR"
_MAGIC = b"news-kit cache 1\n"  # then the payload's sha256 (32 bytes), then the payload
_PARTS = ("parses", "texts")  # the cache's own subfolders; nothing else there is touched


class CacheWarning(UserWarning):
    """A cache entry could not be used (corrupt, truncated or unwritable)."""


def cache_dir() -> Path:
    """The kit's cache folder: ``$KIT_CACHE_DIR`` if set, else the user cache folder.

    The user cache folder is the platform's (``platformdirs.user_cache_dir("news-kit")``):
    ``~/.cache/news-kit`` on Linux, ``~/Library/Caches/news-kit`` on macOS,
    ``%LOCALAPPDATA%\\news-kit\\Cache`` on Windows.
    """
    given = os.environ.get(ENV_VAR)
    if given:
        return Path(given).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("news-kit", appauthor=False))


def cache_info() -> dict[str, object]:
    """Where the cache is and how big: ``{"path", "n_parses", "n_texts", "size_bytes"}``."""
    counts, size = _usage()
    return {
        "path": str(cache_dir()),
        "n_parses": counts["parses"],
        "n_texts": counts["texts"],
        "size_bytes": size,
    }


def _usage() -> tuple[dict[str, int], int]:
    """Files in each of the cache's subfolders, and their bytes in all."""
    counts = dict.fromkeys(_PARTS, 0)
    size = 0
    for part in _PARTS:
        for file in (cache_dir() / part).rglob("*"):
            if file.is_file():
                counts[part] += 1
                size += file.stat().st_size
    return counts, size


def clear_cache() -> int:
    """Delete the cached parses and article texts; return the bytes freed.

    Other files in the folder are left alone. Tables saved with :func:`save_table` keep
    their texts; tables saved with pandas' ``to_parquet`` need the texts again from a new
    load before :func:`kit.article_text` can read them.
    """
    size = _usage()[1]
    for part in _PARTS:
        shutil.rmtree(cache_dir() / part, ignore_errors=True)
    return size


def entry_path(part: str, key: str, suffix: str) -> Path:
    """Where the entry ``key`` of subfolder ``part`` lives (256 subfolders keep them small)."""
    return cache_dir() / part / key[:2] / f"{key}{suffix}"


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old file or the new one, never half.

    A cache that cannot be written (read-only folder, full disk) only costs speed: it is
    reported with a :class:`CacheWarning` once and otherwise ignored.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError as exc:
        _warn_once(f"cannot write to the cache folder {cache_dir()} ({exc}); going on without")


def write_entry(path: Path, payload: bytes) -> None:
    """Write a checksummed entry (see :func:`read_entry`)."""
    write_atomic(path, _MAGIC + hashlib.sha256(payload).digest() + payload)


def read_entry(path: Path) -> bytes | None:
    """The payload of the entry at ``path``; None when there is none or it is damaged.

    A damaged entry (wrong header, truncated, checksum mismatch) gives a
    :class:`CacheWarning`; the caller computes the value again and overwrites it.
    """
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        warn_entry(path, f"unreadable: {exc}")
        return None
    head = len(_MAGIC) + 32
    if len(data) < head or not data.startswith(_MAGIC):
        warn_entry(path, "not a cache entry or truncated")
        return None
    payload = data[head:]
    if hashlib.sha256(payload).digest() != data[len(_MAGIC) : head]:
        warn_entry(path, "checksum mismatch (corrupt or truncated)")
        return None
    return payload


def warn_entry(path: Path, problem: str) -> None:
    warnings.warn(
        f"news-kit cache entry {path} is {problem}; computing it again", CacheWarning, stacklevel=3
    )


_warned: set[str] = set()


def _warn_once(message: str) -> None:
    if message not in _warned:
        _warned.add(message)
        warnings.warn(message, CacheWarning, stacklevel=3)
