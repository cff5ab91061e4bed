"""A notification that runs out while its toast is being made must not freeze the app.

Textual 8.2.8 checks a notification's time left, then builds its toast, which reads it again; a
stall in between (a busy machine) left a toast with a negative time, whose timer never yields: the
event loop spun for good (a full hostile run hung 43 minutes). tui/widgets/toast_expiry.py expires
such a toast at once. Here the stall is made exact with a clock that jumps between the two reads;
without the guard this test hangs until its time limit fails it.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import textual.notifications
from textual.widget import Widget
from textual.widgets._toast import Toast, ToastRack

from tui.app import BriefingApp
from tui.screens.help import HelpScreen


@pytest.mark.timeout(60)  # a few seconds when it works; without the guard it never returns
async def test_a_toast_whose_notification_ran_out_before_mounting_goes_at_once(
    monkeypatch: pytest.MonkeyPatch, bundled: Path
) -> None:
    clock = [textual.notifications.time()]
    monkeypatch.setattr(textual.notifications, "time", lambda: clock[0])
    made: list[float] = []
    textual_mount_all = ToastRack.mount_all

    def stall_then_mount(rack: ToastRack, widgets: Iterable[Widget], **where: Any) -> Any:
        # ToastRack.show has just found the notification unexpired; it runs out before the toast
        # reads its time left (the holders, and their toasts, are built from `widgets` here).
        clock[0] += 10
        holders = list(widgets)
        made.extend(c._timeout for h in holders for c in h._pending_children if isinstance(c, Toast))
        return textual_mount_all(rack, holders, **where)

    monkeypatch.setattr(ToastRack, "mount_all", stall_then_mount)
    app = BriefingApp([bundled])
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        app.notify("Bookmarked the claim.", timeout=5)
        await pilot.pause()
        await pilot.pause()
        assert made and all(left < 0 for left in made), made  # the race happened
        assert not list(app.query(Toast)), "an expired toast is still shown"
        await pilot.press("question_mark")  # the app still answers keys and switches screens
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert app.is_running
