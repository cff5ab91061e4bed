"""Themes as data: shipped themes load and read well; bad files are reported.

Also pins down how Textual 8.2.8 turns `Theme.variables` into CSS variables:
a `$name` the active theme lacks fails the stylesheet parse, so every theme
must carry our variables before the app's CSS is first parsed.
"""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path
from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.color import Color
from textual.css.errors import UnresolvedVariableError
from textual.theme import BUILTIN_THEMES, Theme
from textual.widgets import Static

import tui.themes as themes
import tui.themes.files as theme_files
from tui.model.format.records import ClaimStatus, SourceKind
from tui.themes import (
    KIND_VARIABLES,
    READABLE_VARIABLES,
    REQUIRED_VARIABLES,
    STATUS_VARIABLES,
    ThemeError,
    app_variables_for,
    bundled_theme_files,
    contrast_ratio,
    load_all_themes,
    load_theme_file,
)

SHIPPED = ("newsprint", "briefing-night")

# -- WCAG contrast, computed here independently of tui.themes ------------------


def wcag_luminance(color: Color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)


def wcag_contrast(first: str, second: str) -> float:
    a, b = Color.parse(first), Color.parse(second)
    assert a.a == 1 and b.a == 1, "contrast is checked on opaque colours"
    hi, lo = sorted((wcag_luminance(a), wcag_luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def shipped() -> dict[str, Theme]:
    loaded, errors = load_all_themes(Path("/nonexistent-user-themes"))
    assert errors == []
    return {theme.name: theme for theme in loaded}


def write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


MINIMAL = 'name = "{name}"\ndark = true\nprimary = "#3b6ea5"\n'


# -- Shipped themes ---------------------------------------------------------------


def test_variable_names() -> None:
    assert {f"status-{s.value}" for s in ClaimStatus} == set(STATUS_VARIABLES)
    assert {f"kind-{k.value}" for k in SourceKind} == set(KIND_VARIABLES)
    assert {
        "claim-focus-background",
        "claim-mark-background",
        "claim-draft-background",
        "party-marker",
        "warning-text",
        "figure-value",
        "bookmark-marker",
        "find-match-background",
        "claim-opinion",
    } | set(STATUS_VARIABLES) | set(KIND_VARIABLES) == REQUIRED_VARIABLES
    assert len(REQUIRED_VARIABLES) == 6 + 14 + 9
    assert themes.status_variable(ClaimStatus.ALLEGED) == "status-alleged"
    assert themes.kind_variable(SourceKind.STATE_MEDIA) == "kind-state-media"


def test_bundled_files_are_beside_the_package() -> None:
    files = bundled_theme_files()
    assert {p.stem for p in files} >= set(SHIPPED)
    assert all(p.parent == Path(themes.__file__).resolve().parents[2] / "themes" for p in files)


def test_shipped_themes_load() -> None:
    loaded = shipped()
    assert set(SHIPPED) <= set(loaded)
    assert loaded["newsprint"].dark is False
    assert loaded["briefing-night"].dark is True
    for name in SHIPPED:
        theme = loaded[name]
        assert set(theme.variables) >= REQUIRED_VARIABLES
        for field in ("primary", "secondary", "accent", "foreground", "background", "surface", "panel"):
            assert getattr(theme, field) is not None, (name, field)
        theme.to_color_system().generate()  # Textual accepts it


@pytest.mark.parametrize("path", bundled_theme_files(), ids=lambda p: p.stem)
def test_shipped_files_spell_out_every_variable(path: Path) -> None:
    """Bundled themes choose every colour; nothing is left to derivation."""
    raw = tomllib.loads(path.read_text(encoding="utf-8"))
    assert set(raw["variables"]) >= REQUIRED_VARIABLES
    # With Textual's variables checked too: start-up skips that for the bundled themes.
    load_theme_file(path, complete=True, check_textual=True)


def _contrast_cases() -> list[tuple[str, str]]:
    return [(name, var) for name in SHIPPED for var in sorted(READABLE_VARIABLES)]


@pytest.mark.parametrize(("theme_name", "variable"), _contrast_cases())
def test_shipped_text_colours_contrast_with_background(theme_name: str, variable: str) -> None:
    theme = shipped()[theme_name]
    assert theme.background is not None
    ratio = wcag_contrast(theme.variables[variable], theme.background)
    assert ratio >= 4.5, f"{theme_name}: {variable} {theme.variables[variable]} is {ratio:.2f}:1"


@pytest.mark.parametrize("theme_name", SHIPPED)
def test_shipped_claim_highlights_keep_status_readable(theme_name: str) -> None:
    theme = shipped()[theme_name]
    assert theme.foreground is not None and theme.background is not None
    assert wcag_contrast(theme.foreground, theme.background) >= 7
    for back in ("claim-focus-background", "claim-mark-background", "claim-draft-background"):
        for variable in STATUS_VARIABLES:
            ratio = wcag_contrast(theme.variables[variable], theme.variables[back])
            assert ratio >= 4.5, (theme_name, variable, back, ratio)
    assert wcag_contrast(theme.foreground, theme.variables["find-match-background"]) >= 4.5


def test_contrast_ratio() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21)
    assert contrast_ratio("#777777", "#777777") == pytest.approx(1)
    assert contrast_ratio("#2f4f7a", "#f6f1e7") == pytest.approx(wcag_contrast("#2f4f7a", "#f6f1e7"))


# -- Textual's built-in themes ----------------------------------------------------


@pytest.mark.parametrize("name", sorted(BUILTIN_THEMES))
def test_app_variables_for_builtin_theme(name: str) -> None:
    theme = BUILTIN_THEMES[name]
    variables = app_variables_for(theme)
    assert set(variables) == REQUIRED_VARIABLES
    for value in variables.values():
        Color.parse(value)
    if theme.ansi:
        return  # the terminal's palette decides; nothing to measure
    colors = theme.to_color_system().generate()
    for variable in READABLE_VARIABLES:
        ratio = wcag_contrast(variables[variable], colors["background"])
        assert ratio >= 4.5, (name, variable, variables[variable], ratio)
        for back in ("claim-focus-background", "claim-mark-background", "claim-draft-background"):
            assert wcag_contrast(variables[variable], variables[back]) >= 4.5, (name, variable, back)


def test_app_variables_follow_theme_semantics() -> None:
    gruvbox = BUILTIN_THEMES["gruvbox"]
    variables = app_variables_for(gruvbox)
    colors = gruvbox.to_color_system().generate()  # Textual's own reading of the theme
    assert variables["status-confirmed"] == Color.parse(colors["success"]).hex6
    dark = BUILTIN_THEMES["textual-dark"]
    dark_colors = dark.to_color_system().generate()
    assert app_variables_for(dark)["status-alleged"] == Color.parse(dark_colors["warning"]).hex6
    assert variables["status-denied"] != variables["status-confirmed"]
    assert variables["status-alleged"] != variables["status-confirmed"]


# -- User themes -------------------------------------------------------------------


def test_user_theme_with_some_variables_gets_the_rest_derived(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "mine.toml",
        MINIMAL.format(name="mine")
        + 'background = "#101418"\nwarning = "#e0a030"\n\n[variables]\nstatus-denied = "#ff5050"\n',
    )
    theme = load_theme_file(path)
    assert theme.name == "mine"
    assert set(theme.variables) >= REQUIRED_VARIABLES
    assert theme.variables["status-denied"] == "#ff5050"
    assert theme.variables["status-alleged"] == app_variables_for(theme)["status-alleged"]
    assert wcag_contrast(theme.variables["status-alleged"], "#101418") >= 4.5


def test_textual_variables_are_allowed_and_checked(tmp_path: Path) -> None:
    good = write(
        tmp_path,
        "good.toml",
        MINIMAL.format(name="good")
        + "[variables]\n"
        + 'input-selection-background = "#81a1c1 35%"\n'
        + 'block-cursor-text-style = "bold reverse"\n',
    )
    theme = load_theme_file(good)
    assert theme.variables["input-selection-background"] == "#81a1c1 35%"
    bad = write(
        tmp_path,
        "bad.toml",
        MINIMAL.format(name="bad") + '[variables]\nblock-cursor-text-style = "sparkly"\n',
    )
    with pytest.raises(ThemeError) as caught:
        load_theme_file(bad)
    assert "variables.block-cursor-text-style" in caught.value.reason
    assert "text style" in caught.value.reason


INVALID: dict[str, tuple[str, tuple[str, ...]]] = {
    "syntax": (
        'name = "a"\ndark = true\nprimary = "#123456"\nsecondary = \n',
        ("line 4:13", "TOML syntax"),
    ),
    "unterminated": ('name = "a\n', ("TOML syntax",)),
    "bad-colour": (
        'name = "b"\ndark = true\nprimary = "blu"\n',
        ("line 3", "primary = 'blu' is not a colour", "did you mean 'blue'"),
    ),
    "bad-variable-colour": (
        'name = "c"\ndark = true\nprimary = "#123456"\n\n[variables]\nstatus-alleged = "#ggg"\n',
        ("line 6", "variables.status-alleged = '#ggg' is not a colour"),
    ),
    "unknown-key": (
        'name = "d"\ndark = true\nprimery = "#123456"\n',
        ("line 3", "unknown key 'primery'", "did you mean 'primary'"),
    ),
    "unknown-variable": (
        'name = "e"\ndark = true\nprimary = "#123456"\n[variables]\nstatus-aleged = "#ffffff"\n',
        ("line 5", "unknown variable: status-aleged", "did you mean 'status-alleged'"),
    ),
    "wrong-type": (
        'name = "f"\ndark = "yes"\nprimary = "#123456"\n',
        ("line 2", "dark: expected true or false, got a string"),
    ),
    "wrong-type-variable": (
        'name = "g"\ndark = true\nprimary = "#123456"\n[variables]\nkind-wire = 3\n',
        ("line 5", "variables.kind-wire: expected a string", "got an integer"),
    ),
    "variables-not-table": (
        'name = "h"\ndark = true\nprimary = "#123456"\nvariables = ["#fff"]\n',
        ("variables: expected a table, got an array",),
    ),
    "missing-name": ('dark = true\nprimary = "#123456"\n', ("missing required key 'name'",)),
    "missing-primary": ('name = "i"\ndark = true\n', ("missing required key 'primary'",)),
    "bad-name": (
        'name = "two words"\ndark = true\nprimary = "#123456"\n',
        ("name 'two words'", "letters, digits"),
    ),
    "fraction": (
        'name = "j"\ndark = true\nprimary = "#123456"\ntext_alpha = 2.0\n',
        ("line 4", "text_alpha"),
    ),
}


@pytest.mark.parametrize("case", sorted(INVALID))
def test_invalid_file_gives_clear_reason(tmp_path: Path, case: str) -> None:
    text, expected = INVALID[case]
    path = write(tmp_path, f"{case}.toml", text)
    with pytest.raises(ThemeError) as caught:
        load_theme_file(path)
    error = caught.value
    assert error.path == path
    for fragment in expected:
        assert fragment in error.reason, (fragment, error.reason)
    assert str(error).startswith(str(path))
    assert error.reason.isprintable()


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes(b'name = "a"\ndark = true\nprimary = "caf\xe9"\n')
    with pytest.raises(ThemeError, match="line 3: not UTF-8"):
        load_theme_file(path)


def test_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "big.toml", MINIMAL.format(name="big") + "#" * themes.MAX_THEME_BYTES)
    with pytest.raises(ThemeError, match="larger than"):
        load_theme_file(path)


def test_complete_requires_every_variable_and_names_the_missing(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "partial.toml",
        MINIMAL.format(name="partial") + '[variables]\nstatus-alleged = "#e6b45c"\n',
    )
    load_theme_file(path)  # fine as a user theme
    with pytest.raises(ThemeError) as caught:
        load_theme_file(path, complete=True)
    reason = caught.value.reason
    assert "missing" in reason
    assert "status-denied" in reason and "kind-wire" in reason and "find-match-background" in reason
    assert "status-alleged" not in reason


def test_control_characters_are_cleaned(tmp_path: Path) -> None:
    # TOML escapes put real control characters into the parsed strings.
    path = write(
        tmp_path,
        "ctrl.toml",
        'name = "night\\u001b\\u0007owl"\ndark = true\nprimary = "#3b6ea5"\n'
        '[variables]\n"status-\\u009balleged" = "#e6b45c\\u0000"\n',
    )
    theme = load_theme_file(path)
    assert theme.name == "nightowl"
    assert theme.variables["status-alleged"] == "#e6b45c"
    assert all(value.isprintable() for value in theme.variables.values())


def test_control_characters_never_reach_the_reason(tmp_path: Path) -> None:
    path = write(tmp_path, "ctrl.toml", 'name = "a\\u001b[31m"\ndark = true\nprimary = "#3b6ea5"\n')
    with pytest.raises(ThemeError) as caught:
        load_theme_file(path)
    assert caught.value.reason.isprintable()
    assert "\x1b" not in str(caught.value)


def test_load_all_themes_reports_bad_files_and_goes_on(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    for index, (text, _) in enumerate(INVALID.values()):
        write(user, f"bad{index:02}.toml", text)
    write(user, "zz-good.toml", MINIMAL.format(name="zz-good"))
    write(user, "aa-good.toml", MINIMAL.format(name="aa-good"))
    write(user, "notes.txt", "not a theme")
    loaded, errors = load_all_themes(user)
    names = [theme.name for theme in loaded]
    assert names[:2] == ["briefing-night", "newsprint"]  # bundled first
    assert names[2:] == ["aa-good", "zz-good"]
    assert len(errors) == len(INVALID)
    assert {e.path.name for e in errors} == {f"bad{i:02}.toml" for i in range(len(INVALID))}
    assert all(e.reason for e in errors)


def test_load_all_themes_with_missing_user_folder(briefing_home: Path) -> None:
    from tui.model.state.paths import state_paths

    loaded, errors = load_all_themes(state_paths().themes)
    assert errors == []
    assert {t.name for t in loaded} == set(SHIPPED)


def test_duplicate_names(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    write(user, "a.toml", MINIMAL.format(name="twin"))
    write(user, "b.toml", MINIMAL.format(name="twin"))
    write(user, "newsprint.toml", MINIMAL.format(name="newsprint").replace("true", "false"))
    loaded, errors = load_all_themes(user)
    by_name = {t.name: t for t in loaded}
    assert len(by_name) == len(loaded)
    assert by_name["newsprint"].primary == "#3b6ea5"  # the user's replaces the bundled one
    assert [(e.path.name, "already used by a.toml" in e.reason) for e in errors] == [("b.toml", True)]


def test_load_all_themes_never_raises(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    user = tmp_path / "themes"
    write(user, "boom.toml", MINIMAL.format(name="boom"))
    write(user, "fine.toml", MINIMAL.format(name="fine"))
    real = themes.app_variables_for

    def explode(theme: Theme) -> dict[str, str]:
        if theme.name == "boom":
            raise RuntimeError("\x1b]52;c;boom\x07")
        return real(theme)

    monkeypatch.setattr(theme_files, "app_variables_for", explode)
    loaded, errors = load_all_themes(user)
    assert "fine" in {t.name for t in loaded}
    assert [e.path.name for e in errors] == ["boom.toml"]
    assert "unexpected error" in errors[0].reason and "\x1b" not in errors[0].reason


def test_unreadable_theme_file(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    (user / "folder.toml").mkdir(parents=True)
    write(user, "ok.toml", MINIMAL.format(name="ok"))
    loaded, errors = load_all_themes(user)
    assert "ok" in {t.name for t in loaded}
    assert [e.path.name for e in errors] == ["folder.toml"]
    assert "cannot read" in errors[0].reason


# -- Theme variables as CSS variables in a running app ----------------------------

CSS = """
#alleged { color: $status-alleged; background: $kind-wire; }
"""


def with_variables(theme: Theme) -> Theme:
    """`theme` carrying our variables as the app derives them; its own values win."""
    return dataclasses.replace(theme, variables={**app_variables_for(theme), **theme.variables})


class ThemedApp(App[None]):
    """Themes the way BriefingApp does it: ours registered in __init__ (then the
    stylesheet told), Textual's built-in ones through the variable-defaults hook."""

    CSS = CSS

    def __init__(self, extra: list[Theme], start: str | None = None) -> None:
        super().__init__()
        for theme in extra:
            self.register_theme(theme)
        if start is not None:
            self.theme = start
        self.stylesheet.set_variables(self.get_css_variables())

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return {**super().get_theme_variable_defaults(), **app_variables_for(self.current_theme)}

    def compose(self) -> ComposeResult:
        yield Static("alleged", id="alleged")


def rendered_colours(app: App[Any]) -> tuple[str, str]:
    """(computed style, first rendered cell) colours of the #alleged widget."""
    widget = app.query_one("#alleged", Static)
    styles = widget.styles
    segment = next(s for s in widget.render_line(0) if s.text.strip())
    assert segment.style is not None and segment.style.color is not None
    assert segment.style.color.triplet is not None
    rendered = Color.from_rich_color(segment.style.color).hex6
    assert rendered == styles.color.hex6
    return styles.color.hex6, styles.background.hex6


def expected(theme: Theme) -> tuple[str, str]:
    return (
        Color.parse(theme.variables["status-alleged"]).hex6,
        Color.parse(theme.variables["kind-wire"]).hex6,
    )


async def test_loaded_theme_variables_become_css_variables() -> None:
    loaded = shipped()
    night = loaded["briefing-night"]
    app = ThemedApp(list(loaded.values()), start="briefing-night")
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.theme == "briefing-night"
        assert rendered_colours(app) == expected(night) == ("#E6B45C", "#6FC6D0")
        app.theme = "newsprint"
        await pilot.pause()
        assert rendered_colours(app) == expected(loaded["newsprint"])


async def test_same_css_under_builtin_themes() -> None:
    app = ThemedApp([])
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.theme == "textual-dark"
        assert rendered_colours(app) == expected(with_variables(BUILTIN_THEMES["textual-dark"]))
        for name in ("nord", "gruvbox", "textual-light", "ansi-dark"):
            app.theme = name
            await pilot.pause()
            assert set(app.get_css_variables()) >= REQUIRED_VARIABLES
            if not app.current_theme.ansi:
                assert rendered_colours(app) == expected(with_variables(BUILTIN_THEMES[name]))


class PlainApp(App[None]):
    CSS = CSS

    def compose(self) -> ComposeResult:
        yield Static("alleged", id="alleged")


async def test_undefined_variable_fails_the_stylesheet() -> None:
    """Textual 8.2.8: a `$name` the active theme lacks is a parse error; the app exits."""
    app = PlainApp()
    with pytest.raises(UnresolvedVariableError, match=r"\$status-alleged"):
        async with app.run_test():
            pass
    assert app.return_code == 1


class RegisterTooLate(PlainApp):
    def on_mount(self) -> None:
        for name in list(self.available_themes):
            self.register_theme(with_variables(BUILTIN_THEMES[name]))


class RegisterWithoutRefresh(PlainApp):
    def __init__(self) -> None:
        super().__init__()
        for name in list(self.available_themes):
            self.register_theme(with_variables(BUILTIN_THEMES[name]))


@pytest.mark.parametrize("app_class", [RegisterTooLate, RegisterWithoutRefresh])
async def test_registering_needs_init_and_a_variables_refresh(app_class: type[App[None]]) -> None:
    """The stylesheet's variables are taken in App.__init__ and the CSS parsed before on_mount."""
    app = app_class()
    with pytest.raises(UnresolvedVariableError):
        async with app.run_test():
            pass


class DefaultsApp(PlainApp):
    """The alternative: Textual's hook for app-defined variable defaults."""

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return app_variables_for(self.current_theme)


async def test_theme_variable_defaults_hook_covers_any_theme() -> None:
    app = DefaultsApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert rendered_colours(app) == expected(with_variables(BUILTIN_THEMES["textual-dark"]))
        raw = Theme(name="raw", primary="#ff0000", dark=True)
        app.register_theme(raw)  # registered late, carries none of our variables
        app.theme = "raw"
        await pilot.pause()
        assert rendered_colours(app) == expected(with_variables(raw))
        night = shipped()["briefing-night"]
        app.register_theme(night)
        app.theme = "briefing-night"
        await pilot.pause()
        assert rendered_colours(app) == expected(night)  # the theme's own values win


def test_hidden_files_are_skipped_and_paths_cleaned(tmp_path: Path) -> None:
    user = tmp_path / "themes"
    write(user, ".#mine.toml", "editor lock file")
    write(user, "mine.toml", MINIMAL.format(name="mine"))
    loaded, errors = load_all_themes(user)
    assert errors == [] and "mine" in {t.name for t in loaded}
    error = ThemeError(tmp_path / "evil\x1b]0;x\x07.toml", "reason")
    assert "\x1b" not in str(error) and str(error).endswith("evil]0;x.toml: reason")


class Badge(Static):
    DEFAULT_CSS = "Badge { color: $kind-wire; }"


class LateMountApp(App[None]):
    """A widget whose DEFAULT_CSS uses our variables, mounted after start-up."""

    def __init__(self) -> None:
        super().__init__()
        for theme in shipped().values():
            self.register_theme(theme)
        self.theme = "newsprint"
        self.stylesheet.set_variables(self.get_css_variables())

    async def on_mount(self) -> None:
        await self.mount(Badge("wire"))


async def test_widget_default_css_may_use_app_variables() -> None:
    app = LateMountApp()
    async with app.run_test() as pilot:
        await pilot.pause()
        assert app.query_one(Badge).styles.color.hex6 == Color.parse("#1d5e6e").hex6
        app.theme = "briefing-night"
        await pilot.pause()
        assert app.query_one(Badge).styles.color.hex6 == Color.parse("#6fc6d0").hex6
