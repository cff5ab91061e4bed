"""The user's config file (theme, keymap, export path, character widths), loaded leniently.

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
# How emoji sequences (ZWJ, U+FE0F) are drawn and measured: tui/widgets/cell_widths.py.
EMOJI_SEQUENCES_CHOICES = ("auto", "joined", "apart")


class Settings(msgspec.Struct):  # a Struct for start-up: see StatePaths
    theme: str = "briefing-night"
    keymap: dict[str, str] = msgspec.field(default_factory=dict)
    export_path: str = ""  # empty: the default under the data folder
    spacing_marks: str = "auto"  # one of SPACING_MARKS_CHOICES
    emoji_sequences: str = "auto"  # one of EMOJI_SEQUENCES_CHOICES
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
    settings.spacing_marks = _choice(raw, "spacing_marks", SPACING_MARKS_CHOICES, path, settings.problems)
    settings.emoji_sequences = _choice(
        raw, "emoji_sequences", EMOJI_SEQUENCES_CHOICES, path, settings.problems
    )
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


def _choice(raw: dict[str, Any], key: str, choices: tuple[str, ...], path: Path, problems: list[str]) -> str:
    """`raw[key]` if it is one of `choices`, else the first (auto), with the mistake in `problems`."""
    value = raw.get(key)
    if value in choices:
        return str(value)
    if value is not None:
        from tui.model.text import did_you_mean  # only for a mistake: start-up does without it

        listed = ", ".join(f'"{choice}"' for choice in choices)
        hint = did_you_mean(value, choices) if isinstance(value, str) else ""
        problems.append(f'{path}: {key} must be one of {listed}{hint}; using "{choices[0]}"')
    return choices[0]


def save_theme(path: Path, theme: str) -> None:
    """Persist the chosen theme, keeping everything else in the file."""
    import tomli_w  # writing waits until a theme is chosen: start-up only reads

    current = load_settings(path)
    if current.problems and path.exists():
        return  # never overwrite a file the user has to fix by hand
    raw = dict(current.raw)
    raw["theme"] = theme
    write_atomic(path, tomli_w.dumps(raw).encode("utf-8"))
