"""The user's config file (theme, keymap, export path, spacing marks), loaded leniently.

A broken config never stops the reader: the problems are reported and the
defaults used. Writes are atomic and keep keys this version does not know.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import msgspec

from tui.model.format.clean import clean_tree
from tui.model.format.text_file import read_regular
from tui.model.state.atomic import write_atomic

# How wide spacing marks (Indic vowel signs...) are drawn: tui/widgets/cell_widths.py.
SPACING_MARKS_CHOICES = ("auto", "one-cell", "zero-cell")


class Settings(msgspec.Struct):  # a Struct for start-up: see StatePaths
    theme: str = "briefing-night"
    keymap: dict[str, str] = msgspec.field(default_factory=dict)
    export_path: str = ""  # empty: the default under the data folder
    spacing_marks: str = "auto"  # one of SPACING_MARKS_CHOICES
    problems: list[str] = msgspec.field(default_factory=list)
    raw: dict[str, Any] = msgspec.field(default_factory=dict)


def load_settings(path: Path) -> Settings:
    settings = Settings()
    if not path.exists():
        return settings
    try:
        raw: dict[str, Any] = clean_tree(tomllib.loads(read_regular(path).decode("utf-8")))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError) as error:
        settings.problems.append(f"{path}: {error}; using defaults")
        return settings
    settings.raw = raw
    theme = raw.get("theme")
    if isinstance(theme, str) and theme:
        settings.theme = theme
    elif theme is not None:
        settings.problems.append(f"{path}: theme must be a string")
    spacing_marks = raw.get("spacing_marks")
    if spacing_marks in SPACING_MARKS_CHOICES:
        settings.spacing_marks = spacing_marks
    elif spacing_marks is not None:
        from tui.model.text import did_you_mean  # only for a mistake: start-up does without it

        choices = ", ".join(f'"{choice}"' for choice in SPACING_MARKS_CHOICES)
        hint = did_you_mean(spacing_marks, SPACING_MARKS_CHOICES) if isinstance(spacing_marks, str) else ""
        settings.problems.append(f'{path}: spacing_marks must be one of {choices}{hint}; using "auto"')
    export = raw.get("export", {})
    if isinstance(export, dict) and isinstance(export.get("path"), str):
        settings.export_path = export["path"]
    keymap = raw.get("keymap", {})
    if not isinstance(keymap, dict):
        settings.problems.append(f'{path}: [keymap] must be a table of binding id = "keys"')
        return settings
    for binding_id, keys in keymap.items():
        if isinstance(keys, str) and keys.strip():
            settings.keymap[binding_id] = keys
        else:
            settings.problems.append(f'{path}: keymap.{binding_id} must be a string like "j,down"')
    return settings


def save_theme(path: Path, theme: str) -> None:
    """Persist the chosen theme, keeping everything else in the file."""
    import tomli_w  # writing waits until a theme is chosen: start-up only reads

    current = load_settings(path)
    if current.problems and path.exists():
        return  # never overwrite a file the user has to fix by hand
    raw = dict(current.raw)
    raw["theme"] = theme
    write_atomic(path, tomli_w.dumps(raw).encode("utf-8"))
