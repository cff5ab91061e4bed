"""Smoke test of an installed (non-editable) copy: open the reader headless and check the bundled briefings.

Run with the installed interpreter from outside the repository, with BRIEFING_HOME set to an empty
folder. Exits non-zero, saying why, if the copy cannot find its themes, styles or bundled briefings.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import sys

import tui
from tui.app import BriefingApp
from tui.cli import build_parser, library_folders, main
from tui.model.state.paths import bundled_briefings


async def open_reader() -> None:
    app = BriefingApp(library_folders(build_parser().parse_args([])))
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(200):
            await pilot.pause()
            entries = app.context.library.entries
            if entries:
                break
        assert app.theme == "briefing-night", f"theme is {app.theme!r}"
        titles = [entry.title for entry in app.context.library.entries if not entry.broken]
        assert titles, "the library lists no bundled briefing"
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "BriefingScreen", f"enter opened {type(app.screen).__name__}"
    print(f"reader: opened “{titles[0]}” with theme {app.theme}")


def check_bundled() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(["check", str(bundled_briefings())])
    print(f"briefing check: {out.getvalue().strip()}")
    assert status == 0 and "no problems" in out.getvalue(), "briefing check failed"
    assert not out.getvalue().startswith("0 "), "briefing check found no bundled briefings"


print(f"installed at {tui.__file__}; bundled briefings at {bundled_briefings()}")
asyncio.run(open_reader())
check_bundled()
sys.exit(0)
