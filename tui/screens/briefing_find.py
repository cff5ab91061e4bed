"""Find on the briefing screen: open the bar, step through matches, close back to where find started.

A mixin for BriefingScreen, so its bindings stay on the screen (ids, keymap, footer, help);
the article owns the matches. It never imports the screen: what it uses is declared below.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.widgets.find_bar import FindBar
from tui.widgets.focus import focus_text_box

if TYPE_CHECKING:
    from textual.screen import Screen

    from tui.widgets.article import ArticleView

    Base = Screen[None]
else:
    Base = object


class FindActions(Base):
    """/ opens find; enter, ↓ and ↑ go through the matches; esc closes it."""

    # The article's scroll offset when find opened, and whether a match was gone to since.
    _find_origin: tuple[float, bool] | None = None

    if TYPE_CHECKING:

        @property
        def article(self) -> ArticleView: ...
        def _update_status(self) -> None: ...

    def action_open_find(self) -> None:
        if self._find_origin is None:
            self._find_origin = (self.article.scroll_y, False)
        focus_text_box(self, self.query_one("#find", FindBar))

    def action_close_find(self) -> None:
        """esc: back to where find started, unless a match was gone to (enter, ↓, ↑)."""
        self.query_one("#find", FindBar).display = False
        origin = self._find_origin
        self._find_origin = None
        if origin is not None and not origin[1]:
            self.article.scroll_to(y=origin[0], animate=False)
        self.set_focus(self.article)

    def find_text_changed(self, text: str) -> None:
        """The find bar's text changed: search again."""
        self.article.search(text)
        if not self.article.matches and self._find_origin is not None:
            # Nothing found: the view goes back to where find started, not to the last partial hit.
            self.article.scroll_to(y=self._find_origin[0], animate=False)
        self._update_status()

    def action_step_match(self, step: int) -> None:
        before = self.article.current_match
        if self.article.step_match(step):
            if self._find_origin is not None:
                self._find_origin = (self._find_origin[0], True)
            after = self.article.current_match
            if before is not None and after is not None and (after - before) * step < 0:
                where = "first" if step > 0 else "last"
                self.notify(f"Wrapped around to the {where} match.", timeout=2)
            self._update_status()
        elif self.article.find_text:
            self.notify(f"No matches for “{self.article.find_text}”.", timeout=2, markup=False)
