"""Safe writing of a set of files that share one name: never overwrite, never half-written.

Used by :mod:`kit.export` for every chart and table set. Three promises:

- **No overwrites, even between processes.** Every file of a set is first *claimed* with an
  exclusive create (``O_CREAT | O_EXCL``): of two processes exporting ``terms`` at once,
  one gets ``terms.*`` and the other ``terms-1.*``. Checking for existence first and moving
  files later (what a naive writer does) lets both take the same name.
- **No partial files.** Each file is written to a temporary file beside it and moved over its
  claim with :func:`os.replace` only when every file of the set is written; on failure the
  claims and temporaries are removed.
- **Names that work.** A name longer than the file system takes (255 bytes) is shortened
  with a hash of the whole name; names meant to stay in one folder (:func:`confined`) refuse
  ``..`` and absolute paths.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

__all__ = ["ExportError", "claim", "confined", "fill", "fit_name", "reserve"]

_NAME_MAX = 255  # bytes, for a file name on every common file system
_NUMBER_ROOM = 8  # "-" and up to 7 digits of a set number


class ExportError(OSError):
    """A set of files could not be written (unwritable folder, bad name, ...)."""


def confined(folder: str | Path, name: str) -> Path:
    """``folder / name`` for a ``name`` that must stay inside ``folder``.

    Sub-folders are fine (``"week1/terms"``); absolute paths, ``..`` and empty names are
    refused with :class:`ValueError`, so a name typed into a widget cannot write elsewhere.
    """
    text = str(name).strip()
    if not text:
        raise ValueError("the export name is empty: type a name for the files")
    parts = Path(text).parts
    if Path(text).is_absolute() or text.startswith(("~", "\\")) or ".." in parts:
        raise ValueError(
            f"the export name {text!r} points outside the export folder {folder}: "
            "use a plain name such as 'xi-terms' (sub-folders are fine, '..' and absolute "
            "paths are not)"
        )
    return Path(folder) / text


def fit_name(stem: str, longest_suffix: str) -> str:
    """``stem``, shortened with a hash when ``stem-NNN.suffix`` would pass 255 bytes."""
    room = _NAME_MAX - len(longest_suffix.encode()) - _NUMBER_ROOM
    if len(stem.encode()) <= room:
        return stem
    digest = hashlib.sha256(stem.encode()).hexdigest()[:10]
    keep = stem.encode()[: room - len(digest) - 1].decode("utf-8", errors="ignore")
    return f"{keep.rstrip(' .-_')}-{digest}"


def claim(folder: Path, stem: str, suffixes: Sequence[str]) -> dict[str, Path]:
    """Create empty ``stem.<suffix>`` files exclusively; number the stem past any taken.

    Returns ``{suffix: path}``. Claims are made in the order given, so two processes that
    ask for the same set meet on the first file and one of them moves on to ``stem-1``.
    """
    stem = fit_name(stem, max((f".{s}" for s in suffixes), key=len, default=""))
    for n in range(100_000):
        name = stem if n == 0 else f"{stem}-{n}"
        made: dict[str, Path] = {}
        try:
            for suffix in suffixes:
                path = folder / f"{name}.{suffix}"
                os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
                made[suffix] = path
            return made
        except FileExistsError:
            _remove(made.values())
        except OSError as exc:
            _remove(made.values())
            raise _explain(exc, folder) from exc
    raise ExportError(f"{folder}: no free name for {stem!r} after 100,000 tries")


def reserve(
    path: str | Path, suffixes: Sequence[str], *, overwrite: bool = False
) -> dict[str, Path]:
    """The names a set of files under ``path`` (no suffix) will take, claimed for this process.

    Without ``overwrite``, each name is claimed exclusively (``terms.png`` or, when taken,
    ``terms-1.png``, ...); with it, the names are ``path``'s own. Pass the result to
    :func:`fill`. Returns ``{suffix: path}``.
    """
    path = Path(path)
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(f"{folder}: is a file, not a folder to write into")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _explain(exc, folder) from exc
    if not overwrite:
        return claim(folder, path.name, suffixes)
    stem = fit_name(path.name, max((f".{s}" for s in suffixes), key=len, default=""))
    return {s: folder / f"{stem}.{s}" for s in suffixes}


def fill(
    targets: Mapping[str, Path],
    writers: Mapping[str, Callable[[Path], object]],
    *,
    claimed: bool = True,
) -> None:
    """Write each of ``targets`` with its writer, all or nothing.

    Each writer receives a temporary path beside its target to write to; only when every
    file is written are they moved into place. On failure the temporaries, and the claims of
    :func:`reserve` (``claimed=True``), are removed.
    """
    temps: list[Path] = []
    leftover = list(targets.values()) if claimed else []
    folder = next(iter(targets.values())).parent if targets else Path(".")
    try:
        for suffix, target in targets.items():
            # a short temporary name: the target's own name may already be near the limit
            fd, name = tempfile.mkstemp(dir=target.parent, prefix=".kit-", suffix=".tmp")
            os.close(fd)
            temps.append(Path(name))
            writers[suffix](temps[-1])
        mode = 0o666 & ~_umask()
        for tmp, target in zip(temps, targets.values(), strict=True):
            os.chmod(tmp, mode)  # mkstemp makes 0600; give the file the usual permissions
            os.replace(tmp, target)
        temps.clear()
        leftover.clear()
    except OSError as exc:
        raise _explain(exc, folder) from exc
    finally:
        _remove(temps)
        _remove(leftover)


def _explain(exc: OSError, folder: Path) -> OSError:
    if isinstance(exc, PermissionError):
        return ExportError(
            f"cannot write into {folder}: permission denied. Choose a folder you can write "
            "to (the folder= or path= argument, or --out on the command line)"
        )
    if isinstance(exc, ExportError):
        return exc
    reason = exc.strerror or str(exc)
    return ExportError(f"cannot write into {folder}: {reason}")


def _remove(paths) -> None:
    for p in list(paths):
        Path(p).unlink(missing_ok=True)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
