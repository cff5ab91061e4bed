"""Theme files: what a valid one holds, reading and validating one, loading them all.

Everything read from a file passes through `clean_text` / `clean_tree`; a bad
file becomes a `ThemeError` with a reason a person can act on, and
`load_all_themes` never raises.
"""

from __future__ import annotations

import dataclasses
import functools
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any

import msgspec
from textual.color import Color, ColorParseError
from textual.design import ColorSystem
from textual.theme import Theme

from tui.model.format.clean import clean_text, clean_tree
from tui.model.format.text_file import NotUtf8, TooLarge, read_utf8
from tui.themes.problems import (
    css_problem,
    hint_for,
    line_prefix,
    schema_reason,
    syntax_reason,
    type_name,
    variable_problem,
)
from tui.themes.variables import REQUIRED_VARIABLES, app_variables_for

# Theme fields that are colours, in the order Textual's Theme declares them.
COLOR_FIELDS: tuple[str, ...] = (
    "primary",
    "secondary",
    "warning",
    "error",
    "success",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
)

MAX_THEME_BYTES = 256 * 1024

# A theme's name becomes the CSS class `-theme-<name>` and is written to the
# config file, so it is an identifier.
_NAME_PATTERN = r"^[A-Za-z][A-Za-z0-9_-]{0,63}$"
ThemeName = Annotated[str, msgspec.Meta(pattern=_NAME_PATTERN)]
Fraction = Annotated[float, msgspec.Meta(ge=0.0, le=1.0)]


class ThemeSpec(msgspec.Struct, frozen=True, forbid_unknown_fields=True, kw_only=True):
    """A theme file, as validated before it becomes a `textual.theme.Theme`."""

    name: ThemeName
    dark: bool
    primary: str
    secondary: str | None = None
    warning: str | None = None
    error: str | None = None
    success: str | None = None
    accent: str | None = None
    foreground: str | None = None
    background: str | None = None
    surface: str | None = None
    panel: str | None = None
    boost: str | None = None
    luminosity_spread: Fraction = 0.15
    text_alpha: Fraction = 0.95
    variables: dict[str, str] = msgspec.field(default_factory=dict)


class ThemeError(Exception):
    """A theme file that could not be used, and why (for a notification)."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(path, reason)
        self.path = path
        self.reason = reason

    def __str__(self) -> str:
        return f"{clean_text(str(self.path))}: {self.reason}"


# -- Loading -----------------------------------------------------------------------


BUNDLED_THEMES_PACKAGE = "tui.bundled_themes"
"""The repository's `themes/` folder, mapped into the package at build time (pyproject.toml)."""


def bundled_themes_dir() -> Path:
    """The themes shipped with the program, wherever it is installed."""
    from tui.model.state.paths import resource_folder

    return resource_folder(BUNDLED_THEMES_PACKAGE)


def bundled_theme_files() -> list[Path]:
    return _theme_files(bundled_themes_dir())


def _theme_files(folder: Path) -> list[Path]:
    """`*.toml` in `folder`, sorted; hidden files (editor backups) are skipped."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.toml") if not p.name.startswith("."))


@functools.cache
def _textual_variables() -> frozenset[str]:
    """Names of the variables Textual itself generates from a theme."""
    names: set[str] = set()
    for dark in (False, True):
        for ansi in (False, True):
            names.update(ColorSystem(primary="#0178d4", dark=dark, ansi=ansi).generate())
    return frozenset(names)


def _read_text(path: Path) -> str:
    try:
        return read_utf8(path, MAX_THEME_BYTES)
    except TooLarge as error:
        raise ThemeError(path, f"file is larger than {MAX_THEME_BYTES // 1024} KiB") from error
    except OSError as error:
        raise ThemeError(path, f"cannot read: {clean_text(error.strerror or str(error))}") from error
    except NotUtf8 as error:
        raise ThemeError(path, f"line {error.line}: not UTF-8 text; save the file as UTF-8") from error


def load_theme_file(path: Path, *, complete: bool = False, check_textual: bool = True) -> Theme:
    """Read and validate one theme file.

    Variables the file leaves out are derived from its own colours
    (`app_variables_for`); with `complete=True` (bundled themes) leaving any
    of `REQUIRED_VARIABLES` out is an error instead. `check_textual=False`
    skips checking Textual's own variables against its CSS parser (a few ms at
    start-up): for the bundled themes, which the tests check instead.

    Raises:
        ThemeError: with a reason that names the line, key or variables at fault.
    """
    text = _read_text(path)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ThemeError(path, syntax_reason(error, text)) from error
    except RecursionError:  # tomllib recurses once per nesting level
        raise ThemeError(path, "values nested too deeply") from None
    data: dict[str, Any] = clean_tree(raw)

    variables = data.get("variables")
    if isinstance(variables, dict):
        for key, value in variables.items():
            if not isinstance(value, str):
                raise ThemeError(
                    path,
                    f"{line_prefix(text, f'variables.{key}')}variables.{key}: expected a string "
                    f'such as "#d04040", got {type_name(value)}',
                )
    try:
        spec = msgspec.convert(data, ThemeSpec)
    except msgspec.ValidationError as error:
        raise ThemeError(
            path, schema_reason(str(error), text, data, (f.name for f in msgspec.structs.fields(ThemeSpec)))
        ) from error

    for key in COLOR_FIELDS:
        value = getattr(spec, key)
        if value is None:
            continue
        try:
            Color.parse(value)
        except ColorParseError as error:
            raise ThemeError(
                path, f"{line_prefix(text, key)}{key} = {value!r} is not a colour: {error}"
            ) from error

    unknown = sorted(set(spec.variables) - REQUIRED_VARIABLES - _textual_variables()) if check_textual else []
    if unknown:
        known = _textual_variables()
        hints = "".join(hint_for(name, REQUIRED_VARIABLES | known) for name in unknown[:1])
        raise ThemeError(
            path,
            f"{line_prefix(text, f'variables.{unknown[0]}')}unknown variable"
            f"{'s' if len(unknown) > 1 else ''}: {', '.join(unknown)}{hints}",
        )
    if complete:
        missing = sorted(REQUIRED_VARIABLES - set(spec.variables))
        if missing:
            raise ThemeError(path, f"[variables] is missing: {', '.join(missing)}")

    theme = Theme(
        name=spec.name,
        dark=spec.dark,
        luminosity_spread=spec.luminosity_spread,
        text_alpha=spec.text_alpha,
        **{key: getattr(spec, key) for key in COLOR_FIELDS},
    )

    def where(name: str) -> str:
        return f"{line_prefix(text, f'variables.{name}')}variables.{name} = {spec.variables[name]!r}"

    for name in sorted(REQUIRED_VARIABLES & set(spec.variables)):
        try:
            Color.parse(spec.variables[name])  # our variables are plain colours
        except ColorParseError as error:
            raise ThemeError(path, f"{where(name)} is not a colour: {error}") from error
    # Textual's own variables need its CSS parser to check; ours were checked above.
    # Skipping the parse when there are none keeps start-up fast (bundled themes).
    textual_variables = {k: v for k, v in spec.variables.items() if k not in REQUIRED_VARIABLES}
    if textual_variables and check_textual:
        try:
            generated = theme.to_color_system().generate()
        except Exception as error:  # colours parsed; this is belt and braces
            raise ThemeError(path, f"Textual cannot use these colours: {clean_text(str(error))}") from error
        # One parse for all; then one per variable only to name the bad one.
        if css_problem(textual_variables, generated) is not None:
            for name, value in textual_variables.items():
                problem = variable_problem(name, value, generated)
                if problem:
                    raise ThemeError(path, f"{where(name)} is {problem}")

    if set(spec.variables) >= REQUIRED_VARIABLES:
        return dataclasses.replace(theme, variables=dict(spec.variables))
    return dataclasses.replace(theme, variables={**app_variables_for(theme), **spec.variables})


def _load_folder(
    files: Iterable[Path], *, bundled: bool, themes: dict[str, Theme], errors: list[ThemeError]
) -> None:
    seen: dict[str, Path] = {}
    for path in files:
        try:
            theme = load_theme_file(path, complete=bundled, check_textual=not bundled)
        except ThemeError as error:
            errors.append(error)
            continue
        except Exception as error:  # never let one file stop the rest
            errors.append(ThemeError(path, f"unexpected error: {clean_text(repr(error))}"))
            continue
        if theme.name in seen:
            errors.append(
                ThemeError(path, f"theme name '{theme.name}' is already used by {seen[theme.name].name}")
            )
            continue
        seen[theme.name] = path
        themes.pop(theme.name, None)  # a user theme replaces a bundled one of that name
        themes[theme.name] = theme


def load_all_themes(user_dir: Path) -> tuple[list[Theme], list[ThemeError]]:
    """Bundled themes, then the user's (`*.toml` in `user_dir`); never raises.

    Names are unique in the result: a user theme replaces a bundled theme of
    the same name; a second file with a name already used in the same folder
    is an error. Every bad file is reported and loading goes on.
    """
    themes: dict[str, Theme] = {}
    errors: list[ThemeError] = []
    _load_folder(bundled_theme_files(), bundled=True, themes=themes, errors=errors)
    try:
        user_files = _theme_files(user_dir)
    except OSError as error:
        errors.append(ThemeError(user_dir, f"cannot list themes: {clean_text(str(error))}"))
        user_files = []
    _load_folder(user_files, bundled=False, themes=themes, errors=errors)
    return list(themes.values()), errors
