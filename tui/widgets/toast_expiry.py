"""A toast whose notification ran out before the toast was mounted goes at once, not via a timer.

Textual 8.2.8's `ToastRack.show` (run on every notify and every screen switch, for each toast the
new screen's rack lacks) checks that a notification has not expired, then builds its `Toast`,
which reads the time left again. If the notification runs out in between (a busy machine, a
garbage collection), the toast holds a negative time left and `Toast._on_mount` calls
`set_timer()` with it. For a negative delay `Timer._run` never awaits: its catch-up branch
recomputes the same count and loops forever, so the event loop spins at full CPU and the app
freezes for good (a full hostile test run hung 43 minutes in it). A zero delay divides by zero
in the same branch instead, and the toast stays up. So a toast with no time left expires on the
next turn of its message loop, as Textual means an expired notification to (it is not shown).
tests/test_toast_expiry.py reproduces the race and hangs (to its time limit) without this.
"""

from __future__ import annotations

from textual import events
from textual.widgets._toast import Toast

# Textual's own handler, run for every toast that still has time left.
TEXTUAL_TOAST_MOUNT = Toast._on_mount
# Below this a one-shot timer may never fire (Textual skips a tick that is already late).
SHORTEST_TOAST_TIMER = 0.01
_installed = False


def _mount_toast(toast: Toast, event: events.Mount) -> None:
    if toast._timeout >= SHORTEST_TOAST_TIMER:
        TEXTUAL_TOAST_MOUNT(toast, event)
    else:
        toast.call_later(toast._expire)


def install_toast_expiry_guard() -> None:
    """Route every toast's mount through `_mount_toast` (once; before any notification)."""
    global _installed
    if _installed:
        return
    Toast._on_mount = _mount_toast  # type: ignore[method-assign, assignment]
    _installed = True
