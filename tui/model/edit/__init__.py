"""Editing a briefing file in place: style-preserving edits, safe saves, undo."""
