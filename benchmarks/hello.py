"""The floor for start-up: the smallest Textual app, one Static saying "hello".

    python benchmarks/hello.py

`run.py` times it on a pty exactly as it times `python -m tui`, so the ratio
between the two is what briefing itself adds to Python + Textual start-up.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Static


class Hello(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("hello")


if __name__ == "__main__":
    Hello().run()
