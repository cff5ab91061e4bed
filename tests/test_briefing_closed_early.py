"""A briefing screen closed before its first frame: the work it scheduled for that frame must not run on it.

Opening a briefing schedules, for after its first refresh, the jump to a bookmarked claim (or the
return to the last reading position). On a loaded machine the user's escape can close the screen
before that refresh comes; the jump then ran on the closed screen, whose widgets were gone, and
crashed the reader (NoMatches for its ArticleView: seen once in the full hostile pty run). The
callbacks are called here as the scheduler calls them, after the screen has closed.
"""

from __future__ import annotations

from helpers import seed_file
from reader_helpers import make_app, until, wait_for_library

from tui.model.format.loader import load_briefing
from tui.model.format.sourcing import Sourcing
from tui.model.state.reading import Position
from tui.screens.briefing import BriefingScreen


async def test_first_frame_callbacks_do_nothing_on_a_closed_briefing_screen() -> None:
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for_library(pilot)
        sourcing = Sourcing(load_briefing(seed_file()))
        claim = next(iter(sourcing.claims))
        screen = BriefingScreen(sourcing, app.context, target=("claim", claim))
        await app.push_screen(screen)
        app.pop_screen()
        await until(pilot, lambda: not screen.is_attached and not screen.children)
        screen.go_to("claim", claim)
        screen._restore(Position(claim=claim, scroll=0))
        screen._restore(Position(claim="", scroll=3))
        await pilot.pause()
        assert app.is_running
        assert app.screen is not screen
