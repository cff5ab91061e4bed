"""Where user state lives. `BRIEFING_HOME` relocates all of it to one folder."""

from __future__ import annotations

import os
from pathlib import Path

import msgspec

APP_NAME = "briefing"
HOME_VARIABLE = "BRIEFING_HOME"
LIBRARY_VARIABLE = "BRIEFING_LIBRARY"


class _Inside:
    """A file or folder with a fixed name inside one of StatePaths' four folders."""

    def __init__(self, folder: str, name: str) -> None:
        self.folder = folder
        self.name = name

    def __get__(self, paths: StatePaths, owner: type[StatePaths]) -> Path:
        folder: Path = getattr(paths, self.folder)
        return folder / self.name


# A msgspec Struct, not a dataclass: made in C, where a dataclass compiles its methods at
# import (~0.5 ms of the reader's start-up for each of the few the first frame needs).
class StatePaths(msgspec.Struct, frozen=True):
    config: Path  # config.toml, user themes
    data: Path  # bookmarks, the user's own briefings
    state: Path  # reading positions
    cache: Path  # the library index

    config_file = _Inside("config", "config.toml")
    themes = _Inside("config", "themes")
    bookmarks_file = _Inside("data", "bookmarks.toml")
    user_briefings = _Inside("data", "briefings")
    reading_file = _Inside("state", "reading.toml")
    index_file = _Inside("cache", "library.sqlite3")


def state_paths(environ: os._Environ[str] | dict[str, str] | None = None) -> StatePaths:
    env = os.environ if environ is None else environ
    home = env.get(HOME_VARIABLE)
    if home:
        root = Path(home).expanduser()
        return StatePaths(root / "config", root / "data", root / "state", root / "cache")
    import platformdirs  # only needed without BRIEFING_HOME

    dirs = platformdirs.PlatformDirs(APP_NAME, appauthor=False)
    return StatePaths(
        Path(dirs.user_config_dir),
        Path(dirs.user_data_dir),
        Path(dirs.user_state_dir),
        Path(dirs.user_cache_dir),
    )


BUNDLED_BRIEFINGS_PACKAGE = "tui.bundled_briefings"
"""The repository's `briefings/` folder, mapped into the package at build time (pyproject.toml)."""


def bundled_briefings() -> Path:
    """The briefings shipped with the program, wherever it is installed."""
    return resource_folder(BUNDLED_BRIEFINGS_PACKAGE)


def resource_folder(package: str) -> Path:
    """The folder of a data package as a real path.

    Installed from a wheel it is inside site-packages; installed editable it is the repository's
    folder. Both are plain folders on disk (the library index keys files by path), so the
    package's import spec names it; importlib.resources (~10 ms to load, at start-up) only
    when it does not.
    """
    import importlib.util

    spec = importlib.util.find_spec(package)
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    if len(locations) == 1 and Path(locations[0]).is_dir():
        return Path(locations[0]).resolve()
    import importlib.resources

    return Path(str(importlib.resources.files(package))).resolve()


def default_library(environ: os._Environ[str] | dict[str, str] | None = None) -> list[Path]:
    """BRIEFING_LIBRARY's folders, else the bundled ones; plus the user's own."""
    env = os.environ if environ is None else environ
    listed = env.get(LIBRARY_VARIABLE, "")
    folders = [Path(p).expanduser() for p in listed.split(os.pathsep) if p]
    if not folders:
        folders = [bundled_briefings()]
    folders.append(state_paths(env).user_briefings)
    return folders
