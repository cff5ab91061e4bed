"""Themes as data: TOML files in `themes/` (and the user's themes folder).

A theme file holds Textual's theme colours plus a `[variables]` table with the
app's own variables (`$status-alleged`, `$kind-wire`, ...), so the app's TCSS
never hard-codes a colour. Textual turns every entry of `Theme.variables` into
a CSS variable, but a stylesheet that names a variable the active theme lacks
fails to parse; so every theme the app can switch to, Textual's built-in ones
included, must carry our variables: `with_app_variables` fills them in from a
theme's own colours (see `app_variables_for`).

Everything read from a file passes through `clean_text` / `clean_tree`; a bad
file becomes a `ThemeError` with a reason a person can act on, and
`load_all_themes` never raises.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import tomllib
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import msgspec
from textual.color import Color, ColorParseError
from textual.css.errors import StylesheetError
from textual.css.stylesheet import Stylesheet
from textual.design import ColorSystem
from textual.theme import Theme

from tui.model.format.clean import clean_text, clean_tree
from tui.model.format.locate import line_of
from tui.model.format.parse_errors import split_validation_message, toml_syntax_position
from tui.model.format.records import ClaimStatus, SourceKind
from tui.model.text import did_you_mean

if TYPE_CHECKING:
    from textual.app import App

__all__ = [
    "HIGHLIGHT_VARIABLES",
    "KIND_VARIABLES",
    "MIN_CONTRAST",
    "OTHER_VARIABLES",
    "READABLE_VARIABLES",
    "REQUIRED_VARIABLES",
    "STATUS_VARIABLES",
    "ThemeError",
    "ThemeSpec",
    "app_variables_for",
    "bundled_theme_files",
    "bundled_themes_dir",
    "contrast_ratio",
    "kind_variable",
    "load_all_themes",
    "load_theme_file",
    "register_themes",
    "status_variable",
    "with_app_variables",
]


def status_variable(status: ClaimStatus) -> str:
    """The CSS variable name (without `$`) for a claim status."""
    return f"status-{status.value}"


def kind_variable(kind: SourceKind) -> str:
    """The CSS variable name (without `$`) for a source kind."""
    return f"kind-{kind.value}"


STATUS_VARIABLES: tuple[str, ...] = tuple(status_variable(s) for s in ClaimStatus)
KIND_VARIABLES: tuple[str, ...] = tuple(kind_variable(k) for k in SourceKind)
HIGHLIGHT_VARIABLES: tuple[str, ...] = ("claim-focus-background", "claim-mark-background")
OTHER_VARIABLES: tuple[str, ...] = (
    "party-marker",
    "warning-text",
    "figure-value",
    "bookmark-marker",
    "find-match-background",
)

REQUIRED_VARIABLES: frozenset[str] = frozenset(
    STATUS_VARIABLES + KIND_VARIABLES + HIGHLIGHT_VARIABLES + OTHER_VARIABLES
)
"""Every app variable our TCSS may use; a bundled theme must define them all."""

READABLE_VARIABLES: frozenset[str] = frozenset(
    (*STATUS_VARIABLES, *KIND_VARIABLES, "warning-text", "figure-value", "party-marker", "bookmark-marker")
)
"""Variables used as text colours: they must contrast with the background."""

MIN_CONTRAST = 4.5
"""WCAG AA contrast for normal text."""

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


# -- Contrast ------------------------------------------------------------------


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _luminance(color: Color) -> float:
    return 0.2126 * _channel(color.r) + 0.7152 * _channel(color.g) + 0.0722 * _channel(color.b)


def contrast_ratio(first: Color | str, second: Color | str) -> float:
    """WCAG 2 contrast ratio (1 to 21) of two opaque colours.

    A translucent `first` is composited over `second` first.
    """
    back = Color.parse(second)
    fore = Color.parse(first)
    if fore.a < 1:
        fore = back + fore
    lighter, darker = sorted((_luminance(fore), _luminance(back)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _readable(color: Color, *backgrounds: Color, minimum: float = MIN_CONTRAST) -> Color:
    """`color`, lightened or darkened (keeping its hue) until it reads on every background.

    The first background is the one a translucent `color` is composited on,
    and the one whose lightness decides between lightening and darkening.
    """
    base = backgrounds[0]
    if color.a < 1:
        color = base + color

    def reads(candidate: Color) -> bool:
        return all(contrast_ratio(candidate, back) >= minimum for back in backgrounds)

    if reads(color):
        return color
    lighten = _luminance(base) < 0.18
    for step in range(1, 51):
        amount = step * 0.02
        candidate = color.lighten(amount) if lighten else color.darken(amount)
        if reads(candidate):
            return candidate
    return base.get_contrast_text(1.0)


# -- Defaults derived from a theme's own colours ---------------------------------


def _ansi_variables(theme: Theme) -> dict[str, str]:
    """For ANSI themes: named terminal colours, which the terminal's palette decides."""
    fg = theme.foreground or "ansi_default"
    primary = theme.primary
    secondary = theme.secondary or primary
    warning = theme.warning or "ansi_yellow"
    error = theme.error or "ansi_red"
    success = theme.success or "ansi_green"
    accent = theme.accent or "ansi_magenta"
    status = {
        ClaimStatus.ASSERTED: fg,
        ClaimStatus.CONFIRMED: success,
        ClaimStatus.UNVERIFIED: secondary,
        ClaimStatus.ALLEGED: warning,
        ClaimStatus.DISPUTED: "ansi_magenta",
        ClaimStatus.DENIED: error,
    }
    kinds = {
        SourceKind.GOVERNMENT: primary,
        SourceKind.STATE_MEDIA: error,
        SourceKind.INTELLIGENCE: "ansi_magenta",
        SourceKind.MILITARY: "ansi_bright_red",
        SourceKind.WIRE: success,
        SourceKind.OUTLET: secondary,
        SourceKind.WATCHDOG: "ansi_cyan",
        SourceKind.NGO: "ansi_bright_green",
        SourceKind.EXPERT: "ansi_bright_blue",
        SourceKind.COMPANY: warning,
        SourceKind.DOCUMENT: fg,
        SourceKind.ANONYMOUS: "ansi_bright_black",
        SourceKind.SELF: fg,
    }
    variables = {status_variable(s): v for s, v in status.items()}
    variables.update({kind_variable(k): v for k, v in kinds.items()})
    variables.update(
        {
            "claim-focus-background": theme.variables.get("screen-selection-background", "ansi_bright_black"),
            "claim-mark-background": "ansi_default",
            "party-marker": warning,
            "warning-text": warning,
            "figure-value": accent,
            "bookmark-marker": accent,
            "find-match-background": theme.variables.get("input-selection-background", "ansi_yellow"),
        }
    )
    return variables


def app_variables_for(theme: Theme) -> dict[str, str]:
    """Our app variables derived from `theme`'s own colours (its variables ignored).

    Works for any Textual theme, e.g. the built-in "textual-dark", "nord" or
    "gruvbox": status colours follow the theme's semantic colours (success
    for confirmed, warning for alleged, error for denied), kinds are spread
    over its palette, and every text colour is nudged until it has at least
    `MIN_CONTRAST` against the theme's background.
    """
    if theme.ansi:
        return _ansi_variables(theme)
    colors = theme.to_color_system().generate()

    def get(name: str) -> Color:
        return Color.parse(colors[name])

    background = get("background")
    foreground = get("foreground")
    if foreground.a < 1:
        foreground = background + foreground
    primary, secondary = get("primary"), get("secondary")
    warning, error, success, accent = get("warning"), get("error"), get("success"), get("accent")
    muted = foreground.blend(background, 0.3)

    def distinct(a: Color, b: Color) -> bool:
        return sum(abs(x - y) for x, y in zip(a.rgb, b.rgb, strict=True)) > 60

    disputed = accent if distinct(accent, warning) and distinct(accent, error) else warning.blend(error, 0.5)
    text: dict[str, Color] = {
        status_variable(ClaimStatus.ASSERTED): foreground,
        status_variable(ClaimStatus.CONFIRMED): success,
        status_variable(ClaimStatus.UNVERIFIED): primary,
        status_variable(ClaimStatus.ALLEGED): warning,
        status_variable(ClaimStatus.DISPUTED): disputed,
        status_variable(ClaimStatus.DENIED): error,
        kind_variable(SourceKind.GOVERNMENT): primary,
        kind_variable(SourceKind.STATE_MEDIA): primary.blend(error, 0.5),
        kind_variable(SourceKind.INTELLIGENCE): secondary,
        kind_variable(SourceKind.MILITARY): secondary.blend(warning, 0.5),
        kind_variable(SourceKind.WIRE): success,
        kind_variable(SourceKind.OUTLET): success.blend(primary, 0.5),
        kind_variable(SourceKind.WATCHDOG): accent,
        kind_variable(SourceKind.NGO): accent.blend(success, 0.5),
        kind_variable(SourceKind.EXPERT): accent.blend(primary, 0.5),
        kind_variable(SourceKind.COMPANY): warning,
        kind_variable(SourceKind.DOCUMENT): foreground.blend(primary, 0.25),
        kind_variable(SourceKind.ANONYMOUS): muted,
        kind_variable(SourceKind.SELF): foreground,
        "party-marker": warning,
        "warning-text": warning,
        "figure-value": accent,
        "bookmark-marker": accent,
    }
    # Text colours must read on the page and on both claim highlights.
    focus = background.blend(primary, 0.25)
    mark = background.blend(foreground, 0.06)
    variables = {name: _readable(color, background, focus, mark).hex6 for name, color in text.items()}
    find = background.blend(warning, 0.35)
    for factor in (0.3, 0.25, 0.2, 0.15, 0.1):
        if contrast_ratio(foreground, find) >= MIN_CONTRAST:
            break
        find = background.blend(warning, factor)
    variables.update(
        {
            "claim-focus-background": focus.hex6,
            "claim-mark-background": mark.hex6,
            "find-match-background": find.hex6,
        }
    )
    return variables


def with_app_variables(theme: Theme) -> Theme:
    """A copy of `theme` whose variables include ours; the theme's own values win."""
    return dataclasses.replace(theme, variables={**app_variables_for(theme), **theme.variables})


def register_themes(app: App[Any], themes: Iterable[Theme] = ()) -> None:
    """Give every theme `app` can switch to our variables, and register `themes`.

    Call it in the App's `__init__`, after `super().__init__()`: Textual
    builds the stylesheet's variables in `App.__init__` from the theme active
    then, and parses CSS with them before `on_mount`, so registering later is
    too late for the first parse (a `$status-...` would be undefined). The
    last line hands the stylesheet the variables of the theme now active.
    """
    for name in list(app.available_themes):
        theme = app.get_theme(name)
        if theme is not None:
            app.register_theme(with_app_variables(theme))
    for theme in themes:
        app.register_theme(with_app_variables(theme))
    app.stylesheet.set_variables(app.get_css_variables())


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


_TYPE_NAMES = {
    "str": "a string",
    "int": "an integer",
    "float": "a number",
    "bool": "true or false",
    "object": "a table",
    "array": "an array",
    "null": "nothing",
    "datetime": "a date-time",
    "date": "a date",
    "time": "a time",
}


def _type_name(value: Any) -> str:
    names = {str: "str", bool: "bool", int: "int", float: "float", dict: "object", list: "array"}
    return _TYPE_NAMES.get(names.get(type(value), ""), type(value).__name__)


def _at(text: str, path: str) -> str:
    return f"line {line_of(text, path)}: "


# Theme keys are short: only a close match is worth suggesting.
_hint = functools.partial(did_you_mean, cutoff=0.75, lead="; ")


def _syntax_reason(error: tomllib.TOMLDecodeError, text: str) -> str:
    where = toml_syntax_position(error, text)
    return f"line {where.line}:{where.column}: {where.message}" if where.line else where.message


def _schema_reason(message: str, text: str, data: dict[str, Any]) -> str:
    message, path = split_validation_message(message)
    unknown = re.match(r"Object contains unknown field `([^`]+)`", message)
    if unknown:
        field = unknown[1]
        known = [f.name for f in msgspec.structs.fields(ThemeSpec)]
        hint = _hint(field, known) or "; app colours go in the [variables] table"
        return f"{_at(text, field)}unknown key '{field}'{hint}"
    missing = re.match(r"Object missing required field `([^`]+)`", message)
    if missing:
        return f"missing required key '{missing[1]}'"
    expected = re.match(r"Expected `(\w+)`, got `(\w+)`", message)
    if expected:
        want, got = (_TYPE_NAMES.get(t, t) for t in expected.groups())
        return f"{_at(text, path)}{path}: expected {want}, got {got}"
    if path == "name" and "regex" in message:
        return (
            f"{_at(text, path)}name {data.get('name')!r}: use letters, digits, '-' and '_' only, "
            "starting with a letter (at most 64 characters)"
        )
    return f"{_at(text, path) if path else ''}{path + ': ' if path else ''}{message}"


def _css_problem(variables: dict[str, str], known: dict[str, str]) -> str | None:
    """Why Textual's CSS would reject one of `variables`, or None if it takes them all."""
    rules = "".join(
        f"Widget {{ {'text-style' if name.endswith('-style') else 'color'}: ${name}; }}\n"
        for name in variables
    )
    stylesheet = Stylesheet(variables={**known, **variables})
    stylesheet.add_source(rules, read_from=("theme", "variables"))
    try:
        stylesheet.parse()
    except StylesheetError:
        return "not valid"
    except Exception as error:  # the tokenizer has exceptions of its own
        return f"not valid CSS ({clean_text(str(error))})"
    return None


def _variable_problem(name: str, value: str, known: dict[str, str]) -> str | None:
    """Why Textual's CSS would reject `value` for variable `name`, or None."""
    if _css_problem({name: value}, known) is None:
        return None
    return "not a valid text style" if name.endswith("-style") else "not a valid colour"


def _read_text(path: Path) -> str:
    try:
        if path.stat().st_size > MAX_THEME_BYTES:
            raise ThemeError(path, f"file is larger than {MAX_THEME_BYTES // 1024} KiB")
        data = path.read_bytes()
    except OSError as error:
        raise ThemeError(path, f"cannot read: {clean_text(error.strerror or str(error))}") from error
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ThemeError(path, f"line {line}: not UTF-8 text; save the file as UTF-8") from error


def load_theme_file(path: Path, *, complete: bool = False) -> Theme:
    """Read and validate one theme file.

    Variables the file leaves out are derived from its own colours
    (`app_variables_for`); with `complete=True` (bundled themes) leaving any
    of `REQUIRED_VARIABLES` out is an error instead.

    Raises:
        ThemeError: with a reason that names the line, key or variables at fault.
    """
    text = _read_text(path)
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ThemeError(path, _syntax_reason(error, text)) from error
    except RecursionError:  # tomllib recurses once per nesting level
        raise ThemeError(path, "values nested too deeply") from None
    data: dict[str, Any] = clean_tree(raw)

    variables = data.get("variables")
    if isinstance(variables, dict):
        for key, value in variables.items():
            if not isinstance(value, str):
                raise ThemeError(
                    path,
                    f"{_at(text, f'variables.{key}')}variables.{key}: expected a string "
                    f'such as "#d04040", got {_type_name(value)}',
                )
    try:
        spec = msgspec.convert(data, ThemeSpec)
    except msgspec.ValidationError as error:
        raise ThemeError(path, _schema_reason(str(error), text, data)) from error

    for key in COLOR_FIELDS:
        value = getattr(spec, key)
        if value is None:
            continue
        try:
            Color.parse(value)
        except ColorParseError as error:
            raise ThemeError(path, f"{_at(text, key)}{key} = {value!r} is not a colour: {error}") from error

    known = _textual_variables()
    unknown = sorted(set(spec.variables) - REQUIRED_VARIABLES - known)
    if unknown:
        hints = "".join(_hint(name, REQUIRED_VARIABLES | known) for name in unknown[:1])
        raise ThemeError(
            path,
            f"{_at(text, f'variables.{unknown[0]}')}unknown variable"
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
        return f"{_at(text, f'variables.{name}')}variables.{name} = {spec.variables[name]!r}"

    for name in sorted(REQUIRED_VARIABLES & set(spec.variables)):
        try:
            Color.parse(spec.variables[name])  # our variables are plain colours
        except ColorParseError as error:
            raise ThemeError(path, f"{where(name)} is not a colour: {error}") from error
    # Textual's own variables need its CSS parser to check; ours were checked above.
    # Skipping the parse when there are none keeps start-up fast (bundled themes).
    textual_variables = {k: v for k, v in spec.variables.items() if k not in REQUIRED_VARIABLES}
    if textual_variables:
        try:
            generated = theme.to_color_system().generate()
        except Exception as error:  # colours parsed; this is belt and braces
            raise ThemeError(path, f"Textual cannot use these colours: {clean_text(str(error))}") from error
        # One parse for all; then one per variable only to name the bad one.
        if _css_problem(textual_variables, generated) is not None:
            for name, value in textual_variables.items():
                problem = _variable_problem(name, value, generated)
                if problem:
                    raise ThemeError(path, f"{where(name)} is {problem}")

    if set(spec.variables) >= REQUIRED_VARIABLES:
        return dataclasses.replace(theme, variables=dict(spec.variables))
    return dataclasses.replace(theme, variables={**app_variables_for(theme), **spec.variables})


def _load_folder(
    files: Iterable[Path], *, complete: bool, themes: dict[str, Theme], errors: list[ThemeError]
) -> None:
    seen: dict[str, Path] = {}
    for path in files:
        try:
            theme = load_theme_file(path, complete=complete)
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
    _load_folder(bundled_theme_files(), complete=True, themes=themes, errors=errors)
    try:
        user_files = _theme_files(user_dir)
    except OSError as error:
        errors.append(ThemeError(user_dir, f"cannot list themes: {clean_text(str(error))}"))
        user_files = []
    _load_folder(user_files, complete=False, themes=themes, errors=errors)
    return list(themes.values()), errors
