"""Data, not code: installed as the package `tui.bundled_themes` (see pyproject.toml)."""
