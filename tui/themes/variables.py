"""The app's theme variables: their names, and how any theme's own colours give them.

Status colours follow a theme's semantic colours, source kinds are spread over
its palette, and every text colour is nudged until it reads on the background.
"""

from __future__ import annotations

from textual.color import Color
from textual.theme import Theme

from tui.model.format.records import ClaimStatus, SourceKind


def status_variable(status: ClaimStatus) -> str:
    """The CSS variable name (without `$`) for a claim status."""
    return f"status-{status.value}"


def kind_variable(kind: SourceKind) -> str:
    """The CSS variable name (without `$`) for a source kind."""
    return f"kind-{kind.value}"


STATUS_VARIABLES: tuple[str, ...] = tuple(status_variable(s) for s in ClaimStatus)
KIND_VARIABLES: tuple[str, ...] = tuple(kind_variable(k) for k in SourceKind)
HIGHLIGHT_VARIABLES: tuple[str, ...] = (
    "claim-focus-background",
    "claim-mark-background",
    # Claims still in draft (made by `briefing ingest`, not yet checked by a person).
    "claim-draft-background",
)
OTHER_VARIABLES: tuple[str, ...] = (
    "party-marker",
    "warning-text",
    "figure-value",
    "bookmark-marker",
    "find-match-background",
    "claim-opinion",
)

REQUIRED_VARIABLES: frozenset[str] = frozenset(
    STATUS_VARIABLES + KIND_VARIABLES + HIGHLIGHT_VARIABLES + OTHER_VARIABLES
)
"""Every app variable our TCSS may use; a bundled theme must define them all."""

READABLE_VARIABLES: frozenset[str] = frozenset(
    (
        *STATUS_VARIABLES,
        *KIND_VARIABLES,
        "warning-text",
        "figure-value",
        "party-marker",
        "bookmark-marker",
        "claim-opinion",
    )
)
"""Variables used as text colours: they must contrast with the background."""

MIN_CONTRAST = 4.5
"""WCAG AA contrast for normal text."""


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
        SourceKind.PERSON: "ansi_bright_yellow",
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
            "claim-draft-background": "ansi_default",
            "party-marker": warning,
            "warning-text": warning,
            "figure-value": accent,
            "bookmark-marker": accent,
            "find-match-background": theme.variables.get("input-selection-background", "ansi_yellow"),
            "claim-opinion": "ansi_bright_cyan",
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
        kind_variable(SourceKind.PERSON): success.blend(warning, 0.5),
        kind_variable(SourceKind.DOCUMENT): foreground.blend(primary, 0.25),
        kind_variable(SourceKind.ANONYMOUS): muted,
        kind_variable(SourceKind.SELF): foreground,
        "party-marker": warning,
        "warning-text": warning,
        "figure-value": accent,
        "bookmark-marker": accent,
        # Opinions: between the page's text and its secondary colour, apart from every status.
        "claim-opinion": secondary.blend(foreground, 0.35),
    }
    # Text colours must read on the page and on both claim highlights.
    focus = background.blend(primary, 0.25)
    mark = background.blend(foreground, 0.06)
    draft = background.blend(warning, 0.12)
    variables = {name: _readable(color, background, focus, mark, draft).hex6 for name, color in text.items()}
    find = background.blend(warning, 0.35)
    for factor in (0.3, 0.25, 0.2, 0.15, 0.1):
        if contrast_ratio(foreground, find) >= MIN_CONTRAST:
            break
        find = background.blend(warning, factor)
    variables.update(
        {
            "claim-focus-background": focus.hex6,
            "claim-mark-background": mark.hex6,
            "claim-draft-background": draft.hex6,
            "find-match-background": find.hex6,
        }
    )
    return variables
