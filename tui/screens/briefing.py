"""The briefing screen: outline, article and figures+sourcing side by side.

It owns the focused claim and the bookmark marks as reactives; the panes are bound to them and
redraw in `watch_` methods. The article owns find; the outline and figure lists post what was chosen.
"""

from __future__ import annotations

import dataclasses
import gc
import os
from pathlib import Path

from textual import on
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.reactive import reactive
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Static

from tui.context import ReaderContext
from tui.model.format.records import Claim
from tui.model.format.sourcing import Sourcing
from tui.model.state.bookmarks import Bookmark
from tui.model.state.marks import Marks
from tui.model.state.reading import Position
from tui.screens.briefing_actions import OutsideActions
from tui.screens.briefing_bookmarks import BookmarkActions
from tui.screens.briefing_find import FindActions
from tui.screens.briefing_keys import BRIEFING_KEYS
from tui.screens.briefing_navigation import ArticleMoves, resolve_target, status_text
from tui.screens.briefing_review import REVIEW_KEYS, REVIEW_TOGGLE, ReviewMode
from tui.screens.briefing_review_details import ReviewDetails
from tui.widgets.article import ArticleView
from tui.widgets.find_bar import FindBar
from tui.widgets.focus import fit_footer
from tui.widgets.side_lists import FigureList, OutlineList
from tui.widgets.sourcing_panel import SourcingPanel

# Below this width the three panes do not fit side by side.
WIDE_LAYOUT_MIN_COLUMNS = 120

# The reading position is written this long after the focused claim last changed: every change
# is kept (a killed terminal loses at most this much) without a write per key-repeat.
POSITION_SAVE_DELAY = 0.4

# A briefing with this many claims (or too many paragraphs to mount at once) is frozen out of
# the garbage collector's way while it is open (BriefingScreen._freeze).
FREEZE_CLAIMS = 1000


def read_briefing_css(app: App[object]) -> None:
    """Add this screen's stylesheet to the app's ahead of the screen's first push.

    Textual reads a screen's CSS_PATH when it is first pushed and then parses every source of the
    app's stylesheet again (9 ms); added as a source here, only this file is parsed (3 ms), and
    the push finds it read. The key is the one `Stylesheet.read` gives the file."""
    path = os.path.abspath((Path(__file__).parent / BriefingScreen.CSS_PATH).resolve())
    if app.stylesheet.has_source(path):
        return
    app.stylesheet.add_source(Path(path).read_text("utf-8"), read_from=(path, ""))
    app.stylesheet.update(app)


class BriefingScreen(
    ReviewDetails, ReviewMode, BookmarkActions, FindActions, ArticleMoves, OutsideActions, Screen[None]
):
    CSS_PATH = "../styles/briefing.tcss"
    BINDINGS = [*REVIEW_KEYS, *BRIEFING_KEYS, REVIEW_TOGGLE]

    # repaint=False: the bound panes redraw what changed; a repaint here would redraw the whole
    # screen on every n and p (a full frame, every pane, on top of the panes' own updates).
    focused_claim: reactive[Claim | None] = reactive(None, init=False, repaint=False)
    """The claim the reader is on; the article and sourcing panes are bound to it."""
    marks: reactive[Marks] = reactive(Marks, init=False, repaint=False)
    """What is bookmarked in this briefing; every pane that draws ⚑ is bound to it."""

    def __init__(
        self,
        sourcing: Sourcing,
        context: ReaderContext,
        *,
        target: tuple[str, str] | None = None,
        back_to: str = "Library",
    ) -> None:
        super().__init__()
        self.sourcing = sourcing
        self.context = context
        self.target = target  # (kind, item id) to show first, e.g. from the bookmarks screen
        self.claim_order = sourcing.claims_in_reading_order
        self.set_reactive(BriefingScreen.marks, context.bookmarks.marks(self.briefing_id))
        self.removed: list[Bookmark] = []  # bookmarks `b` removed here, for `u`
        self._saved: Position | None = None  # what this screen last wrote or restored
        self._save_timer: Timer | None = None
        self._froze = False  # this screen put the collector's objects out of its way (see _freeze)
        if back_to != "Library":
            # The footer says where esc goes (the binding's id, and so the user's keymap, stay).
            bindings = self._bindings.key_to_bindings
            for key, listed in bindings.items():
                bindings[key] = [
                    dataclasses.replace(b, description=back_to) if b.id == "briefing.back" else b
                    for b in listed
                ]

    @property
    def briefing_id(self) -> str:
        return self.sourcing.briefing.meta.id

    def compose(self) -> ComposeResult:
        if len(self.claim_order) >= FREEZE_CLAIMS:
            # The briefing read in a worker is out of the collector's way already in its first
            # frame (a full pass then walked all of it); its widgets follow after that frame.
            gc.freeze()
            self._froze = True
        bound = {"claim": BriefingScreen.focused_claim, "marks": BriefingScreen.marks}
        with Horizontal(id="panes"):
            yield OutlineList(self.sourcing, id="outline").data_bind(BriefingScreen.marks)
            yield ArticleView(self.sourcing, id="article").data_bind(**bound)
            with Vertical(id="side"):
                if self.sourcing.briefing.figures:
                    yield FigureList(self.sourcing, id="figures").data_bind(BriefingScreen.marks)
                yield SourcingPanel(self.sourcing, id="sourcing").data_bind(**bound)
        yield FindBar(placeholder="Find in briefing — enter/↓ next, ↑ previous, esc close", id="find")
        yield Static(id="status-line", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#find", FindBar).display = False
        self.set_class(self.size.width < WIDE_LAYOUT_MIN_COLUMNS, "-narrow")
        fit_footer(self.query_one(Footer), self.size.width)
        self.article.focus()
        position = self.context.reading.position(self.briefing_id)
        if self.target is not None:
            self.call_after_refresh(self.go_to, *self.target)
        elif position is not None:
            self.call_after_refresh(self._restore, position)
        self._update_status()
        if self.article.lazy or len(self.claim_order) >= FREEZE_CLAIMS:
            self.call_after_refresh(self._freeze)

    def _freeze(self) -> None:
        """A long briefing's objects (claims, chunks, their styles) live as long as this screen,
        and a full pass of the collector walked them all: 50-75 ms inside one frame, the worst
        frames of n in a 5,000-claim briefing. Frozen, its passes skip them; they are handed
        back when the screen goes (a closed screen's cycles must stay collectable)."""
        if not self.is_attached:  # closed before its first frame
            return
        gc.freeze()
        self._froze = True

    def on_unmount(self) -> None:
        if self._froze:
            gc.unfreeze()

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    def go_to(self, kind: str, item_id: str) -> None:
        """Show a claim, figure or section (as a bookmark points at it)."""
        if not self.is_attached:  # closed before the first frame this jump waited for
            return
        target = resolve_target(self.sourcing, kind, item_id)
        if isinstance(target, Claim):
            self.show_claim(target)
        elif target is not None:
            self.article.scroll_to_section(target)
            self._highlight_section(target)
            self._update_status()

    def _restore(self, position: Position) -> None:
        """Back to the claim (centred, whatever the terminal's size now); the scroll offset
        only when no claim was focused."""
        if not self.is_attached:  # closed before its first frame
            return
        self._saved = position
        claim = self.sourcing.claims.get(position.claim)
        if claim is not None:
            self.show_claim(claim)
        else:
            self.article.scroll_to(y=position.scroll, animate=False)

    # Layout ---------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < WIDE_LAYOUT_MIN_COLUMNS, "-narrow")
        fit_footer(self.query_one(Footer), event.size.width)

    # Claims ---------------------------------------------------------------

    def show_claim(self, claim: Claim | None, *, scroll: bool = True) -> None:
        self.focused_claim = claim
        if claim is not None and scroll:
            self.article.scroll_to_claim(claim)
            self._update_status()

    def watch_focused_claim(self, claim: Claim | None) -> None:
        if claim is not None:
            self._highlight_section(self.sourcing.section_index[claim.section])
        self._update_status()
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(POSITION_SAVE_DELAY, self.save_position)

    @on(ArticleView.ClaimClicked)
    def _claim_clicked(self, message: ArticleView.ClaimClicked) -> None:
        self.show_claim(self.sourcing.claims[message.claim_id], scroll=False)

    @on(FigureList.FigureSelected)
    def _figure_selected(self, message: FigureList.FigureSelected) -> None:
        self.show_claim(self.sourcing.claims[message.figure.claim])

    # Sections and find ----------------------------------------------------

    @on(OutlineList.SectionSelected)
    def _section_selected(self, message: OutlineList.SectionSelected) -> None:
        self.article.scroll_to_section(message.index)
        self.article.focus()

    @on(ArticleView.SectionEntered)
    def _section_entered(self, message: ArticleView.SectionEntered) -> None:
        self._highlight_section(message.section_index)
        self._update_status()

    def _highlight_section(self, index: int) -> None:
        outline = self.query_one(OutlineList)
        if outline.highlighted != index:  # setting it redraws the outline, even to the same value
            outline.highlighted = index

    @on(Input.Changed, "#find")
    def _find_changed(self, message: Input.Changed) -> None:
        self.find_text_changed(message.value)

    @on(Input.Submitted, "#find")
    def _find_submitted(self) -> None:
        self.action_step_match(1)

    # Leaving and coming back ----------------------------------------------

    def action_back(self) -> None:
        self.save_position()
        self.dismiss()

    def on_screen_resume(self) -> None:
        # Bookmarks may have changed on the bookmarks screen or in another reader.
        self.refresh_marks()
        # A reader opened on top (from Bookmarks) may have moved on in this briefing: follow it,
        # so this screen never writes an older position over the newer one.
        stored = self.context.reading.position(self.briefing_id)
        if stored is not None and stored != self._saved:
            self._restore(stored)

    def on_screen_suspend(self) -> None:
        # A pending save is written now, before a screen on top can write a newer one.
        if self._save_timer is not None:
            self.save_position()

    def _update_status(self) -> None:
        # Before the first layout every heading sits at 0: the view is then at the start.
        view = self.article.section_at_top() if self.article.size.height else 0
        claim = self.focused_claim
        claim_section = None
        if claim is not None:
            claim_section = self.sourcing.section_index[claim.section]
            if self.article.size.height and self.article.claim_on_screen(claim):
                view = claim_section  # one truth while the claim is in sight
        self.query_one(SourcingPanel).section = view
        text = status_text(self.sourcing, view, claim_section, self.claim_number, self.article.find_state)
        # One line of fixed size: a new text needs no layout pass.
        self.query_one("#status-line", Static).update(Content(self.review_prefix() + text), layout=False)
