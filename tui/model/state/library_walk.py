"""The directory walk that finds a library's briefing files: one scandir and one stat per file."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from tui.model.state.library import BRIEFING_SUFFIX


def library_files(folders: Iterable[Path]) -> dict[str, tuple[int, int]]:
    """Every briefing file under `folders` with its (size, mtime_ns), in library order.

    The same files, paths and order as `library.briefing_files`, in one walk
    with os.scandir and one stat per file.
    """
    found: dict[str, tuple[int, int]] = {}
    seen: set[str] = set()  # real paths: a file reached twice is listed once
    for folder in folders:
        try:
            info = os.stat(folder)
        except (OSError, ValueError):
            continue
        if stat.S_ISREG(info.st_mode):
            real = os.path.realpath(folder)
            if real not in seen:
                seen.add(real)
                found[str(folder)] = (info.st_size, info.st_mtime_ns)
        elif stat.S_ISDIR(info.st_mode):
            base, real = str(folder), os.path.realpath(folder)
            prefix = "" if base == "." else base if base.endswith(os.sep) else base + os.sep
            _walk(prefix, real if real.endswith(os.sep) else real + os.sep, found, seen)
    return found


def _walk(prefix: str, real: str, found: dict[str, tuple[int, int]], seen: set[str]) -> None:
    """Path.rglob('*.toml') + is_file(), sorted: symlinked folders are not entered.

    Visiting names in sorted order, a folder's files in its place, lists paths
    in the order sorted() puts Path objects (part by part).
    """
    try:
        with os.scandir(prefix or ".") as listing:
            children = sorted(listing, key=_name)
    except OSError:
        return
    for child in children:
        name = child.name
        if name.endswith(BRIEFING_SUFFIX) and _storable(prefix + name):
            try:
                info: os.stat_result | None = child.stat()  # follows a symlink, like Path.is_file()
            except OSError:
                info = None
            if info is not None and stat.S_ISREG(info.st_mode):
                real_path = os.path.realpath(child.path) if child.is_symlink() else real + name
                if real_path not in seen:
                    seen.add(real_path)
                    found[prefix + name] = (info.st_size, info.st_mtime_ns)
                continue
        try:
            is_folder = child.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False
        if is_folder:
            _walk(prefix + name + os.sep, real + name + os.sep, found, seen)


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name


def _storable(path: str) -> bool:
    """False for a name that is not valid UTF-8 (surrogate-escaped): the index cannot key it."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
