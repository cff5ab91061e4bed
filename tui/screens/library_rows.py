"""How the library draws a briefing's row and its broken-file notice, and which rows a filter keeps.

Kept apart from the screen so the row's wording can be read (and tested) without the screen's
workers and key handling.
"""

from __future__ import annotations

from pathlib import Path

import msgspec
from textual.content import Content

from tui.model.format.clean import escape_controls
from tui.model.format.problems import display_path
from tui.model.state.entry import Entry
from tui.model.state.marks import FLAG


def matches(entry: Entry, words: list[str]) -> bool:
    """Every word of the filter occurs in the title, dek, outlet or tags."""
    if entry.summary is None:
        haystack = f"{entry.path} broken".casefold()
    else:
        s = entry.summary
        haystack = " ".join((s.title, s.dek, s.outlet, " ".join(s.tags))).casefold()
    return all(word in haystack for word in words)


def broken_file_notice(path: str, problems: int) -> str:
    """One short line; the row and `briefing check` give the problems themselves."""
    noun = "problem" if problems == 1 else "problems"
    return f"{escape_controls(Path(path).name)}: {problems} {noun} — see its row or run `briefing check`"


def entry_prompt(entry: Entry, *, read: bool, bookmarked: bool, duplicate: bool = False) -> Content:
    if entry.summary is None:
        problem = entry.problems[0] if entry.problems else None
        # The row already names the file: show it without its folder.
        detail = (
            str(msgspec.structs.replace(problem, file=Path(problem.file).name)) if problem else "unreadable"
        )
        more = f" (+{len(entry.problems) - 1} more)" if len(entry.problems) > 1 else ""
        return Content.assemble(
            ("✗ BROKEN  ", "bold $error"),
            (escape_controls(Path(entry.path).name), "bold"),  # a file name is someone else's text
            "\n   ",
            (detail + more, "$error"),
        )
    s = entry.summary
    date = s.published.isoformat() if s.published else "date not given"  # the reader's words
    return Content.assemble(
        ("  " if read else "● ", "bold $accent"),
        # Before the title: a long title is cut at the right edge, and the ⚑ with it.
        (f"{FLAG} " if bookmarked else "", "$bookmark-marker"),
        (s.title, "bold" if not read else ""),
        "\n   ",
        (s.outlet or "outlet not named", "italic"),
        (f" · {date} · {s.sections} sections · {s.claims} claims · {s.figures} figures", "dim"),
        (f" · {s.drafts} wait for review" if s.drafts else "", "bold $warning-text"),
        "\n   ",
        # Two files with one id look identical otherwise (and share bookmarks): name the file.
        (f"{display_path(Path(entry.path))} · same id as another file · ", "$warning-text")
        if duplicate
        else "",
        (s.sourcing_line, "$warning-text" if s.has_warnings else "dim"),
    )
