"""Data, not code: installed as the package `tui.bundled_briefings` (see pyproject.toml)."""
