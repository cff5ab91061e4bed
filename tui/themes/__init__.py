"""Themes as data: TOML files in `themes/` (and the user's themes folder).

A theme file holds Textual's theme colours plus a `[variables]` table with the
app's own variables (`$status-alleged`, `$kind-wire`, ...), so the app's TCSS
never hard-codes a colour. Textual turns every entry of `Theme.variables` into
a CSS variable, but a stylesheet that names a variable the active theme lacks
fails to parse; so every theme the app can switch to must carry our variables.
Ours have them in their files; Textual's built-in ones get them from their own
colours (`app_variables_for`) through the app's variable-defaults hook.

`variables` names the app's variables and derives them from any theme;
`files` reads and validates theme files; `problems` words why one was refused.
"""

from __future__ import annotations

from tui.themes.files import (
    MAX_THEME_BYTES,
    ThemeError,
    ThemeSpec,
    bundled_theme_files,
    bundled_themes_dir,
    load_all_themes,
    load_theme_file,
)
from tui.themes.variables import (
    HIGHLIGHT_VARIABLES,
    KIND_VARIABLES,
    MIN_CONTRAST,
    OTHER_VARIABLES,
    READABLE_VARIABLES,
    REQUIRED_VARIABLES,
    STATUS_VARIABLES,
    app_variables_for,
    contrast_ratio,
    kind_variable,
    status_variable,
)

__all__ = [
    "HIGHLIGHT_VARIABLES",
    "KIND_VARIABLES",
    "MAX_THEME_BYTES",
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
    "status_variable",
]
