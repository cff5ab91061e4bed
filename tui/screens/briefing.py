"""The briefing screen: outline, article and figures+sourcing side by side.

It owns the focused claim and the bookmark marks as reactives; the panes are bound to them and
redraw in `watch_` methods. The article owns find; the outline and figure lists post what was chosen.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from tui.context import ReaderContext
from tui.model.format.records import Claim
from tui.model.format.sourcing import Sourcing
from tui.model.state.bookmarks import Bookmark
from tui.model.state.marks import Marks
from tui.model.state.reading import Position
from tui.screens.briefing_actions import copy_citation, open_source_url, remember_position
from tui.screens.briefing_bookmarks import edit_note, focused_bookmark, toggle_bookmark
from tui.screens.briefing_keys import BRIEFING_KEYS
from tui.screens.briefing_navigation import resolve_target, status_text, step_claim
from tui.widgets.article import ArticleView
from tui.widgets.find_bar import FindBar
from tui.widgets.focus import focus_text_box
from tui.widgets.side_lists import FigureList, OutlineList
from tui.widgets.sourcing_panel import SourcingPanel

# Below this width the three panes do not fit side by side.
WIDE_LAYOUT_MIN_COLUMNS = 120


class BriefingScreen(Screen[None]):
    CSS_PATH = "../styles/briefing.tcss"
    BINDINGS = BRIEFING_KEYS

    focused_claim: reactive[Claim | None] = reactive(None, init=False)
    """The claim the reader is on; the article and sourcing panes are bound to it."""
    marks: reactive[Marks] = reactive(Marks, init=False)
    """What is bookmarked in this briefing; every pane that draws ⚑ is bound to it."""

    def __init__(
        self, sourcing: Sourcing, context: ReaderContext, *, target: tuple[str, str] | None = None
    ) -> None:
        super().__init__()
        self.sourcing = sourcing
        self.context = context
        self.target = target  # (kind, item id) to show first, e.g. from the bookmarks screen
        self.claim_order = sourcing.claims_in_reading_order
        self.set_reactive(BriefingScreen.marks, context.bookmarks.marks(self.briefing_id))

    @property
    def briefing_id(self) -> str:
        return self.sourcing.briefing.meta.id

    def compose(self) -> ComposeResult:
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
        self.article.focus()
        position = self.context.reading.position(self.briefing_id)
        if self.target is not None:
            self.call_after_refresh(self.go_to, *self.target)
        elif position is not None:
            self.call_after_refresh(self._restore, position)
        self._update_status()

    @property
    def article(self) -> ArticleView:
        return self.query_one(ArticleView)

    def go_to(self, kind: str, item_id: str) -> None:
        """Show a claim, figure or section (as a bookmark points at it)."""
        target = resolve_target(self.sourcing, kind, item_id)
        if isinstance(target, Claim):
            self.show_claim(target)
        elif target is not None:
            self.article.scroll_to_section(target)
            self.query_one(OutlineList).highlighted = target
            self._update_status()

    def _restore(self, position: Position) -> None:
        claim = self.sourcing.claims.get(position.claim)
        if claim is not None:
            self.show_claim(claim, scroll=False)
        self.article.scroll_to(y=position.scroll, animate=False)

    # Layout ---------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        self.set_class(event.size.width < WIDE_LAYOUT_MIN_COLUMNS, "-narrow")

    def action_toggle_pane(self, pane: str) -> None:
        # Narrow screens hide the outline until asked for; everything else starts shown.
        if pane == "outline" and self.has_class("-narrow"):
            self.toggle_class("-show-outline")
        else:
            self.toggle_class(f"-hide-{pane}")

    # Claims ---------------------------------------------------------------

    def show_claim(self, claim: Claim | None, *, scroll: bool = True) -> None:
        self.focused_claim = claim
        if claim is not None and scroll:
            self.article.scroll_to_claim(claim)

    def watch_focused_claim(self, claim: Claim | None) -> None:
        if claim is not None:
            self.query_one(OutlineList).highlighted = self.sourcing.section_index[claim.section]
        self._update_status()

    @property
    def claim_number(self) -> int | None:
        """The focused claim's place in reading order (0-based), or None."""
        claim = self.focused_claim
        return self.sourcing.reading_position[claim.id] if claim is not None else None

    def action_step_claim(self, step: int) -> None:
        if self.claim_order:
            self.show_claim(self.claim_order[step_claim(len(self.claim_order), self.claim_number, step)])
        elif step > 0:
            self.notify("This briefing has no claims.", severity="warning")

    def action_clear_claim(self) -> None:
        self.show_claim(None)

    @on(ArticleView.ClaimClicked)
    def _claim_clicked(self, message: ArticleView.ClaimClicked) -> None:
        self.show_claim(self.sourcing.claims[message.claim_id], scroll=False)

    @on(FigureList.FigureSelected)
    def _figure_selected(self, message: FigureList.FigureSelected) -> None:
        self.show_claim(self.sourcing.claims[message.figure.claim])

    # Bookmarks ------------------------------------------------------------

    def _focused_bookmark(self) -> Bookmark:
        section = self.query_one(OutlineList).highlighted or 0
        return focused_bookmark(self.sourcing, self.focused, self.focused_claim, section)

    def action_toggle_bookmark(self) -> None:
        if toggle_bookmark(self, self.context.bookmarks, self._focused_bookmark()):
            self.refresh_marks()

    def action_edit_note(self) -> None:
        edit_note(self, self.context.bookmarks, self._focused_bookmark(), self.refresh_marks)

    def refresh_marks(self) -> None:
        for message in self.context.bookmarks.take_messages():
            self.notify(message, title="Bookmarks", severity="warning", timeout=10, markup=False)
        self.marks = self.context.bookmarks.marks(self.briefing_id)

    def on_screen_resume(self) -> None:
        # Bookmarks may have changed on the bookmarks screen or in another reader.
        self.refresh_marks()

    # Sections and scrolling -----------------------------------------------

    @on(OutlineList.SectionSelected)
    def _section_selected(self, message: OutlineList.SectionSelected) -> None:
        self.article.scroll_to_section(message.index)
        self.article.focus()

    @on(ArticleView.SectionEntered)
    def _section_entered(self, message: ArticleView.SectionEntered) -> None:
        self.query_one(OutlineList).highlighted = message.section_index
        self._update_status()

    def action_next_section(self) -> None:
        if not self.article.step_section(1):
            self.notify("Last section.", timeout=2)

    def action_previous_section(self) -> None:
        self.article.previous_section()

    def action_scroll_article(self, lines: int) -> None:
        self.article.scroll_lines(lines)

    def action_half_page(self, direction: int) -> None:
        self.article.scroll_lines(direction * max(1, self.article.size.height // 2))

    def action_article_end(self, direction: int) -> None:
        if direction > 0:
            self.article.scroll_end(animate=False)
        else:
            self.article.scroll_home(animate=False)

    # Find -----------------------------------------------------------------

    def action_open_find(self) -> None:
        focus_text_box(self, self.query_one("#find", FindBar))

    def action_close_find(self) -> None:
        self.query_one("#find", FindBar).display = False
        self.set_focus(self.article)

    @on(Input.Changed, "#find")
    def _find_changed(self, message: Input.Changed) -> None:
        self.article.search(message.value)
        self._update_status()

    @on(Input.Submitted, "#find")
    def _find_submitted(self) -> None:
        self.action_step_match(1)

    def action_step_match(self, step: int) -> None:
        if self.article.step_match(step):
            self._update_status()
        elif self.article.find_text:
            self.notify("No matches.", timeout=2)

    # Other actions --------------------------------------------------------

    def action_open_url(self) -> None:
        open_source_url(self, self.sourcing)

    def action_copy_claim(self) -> None:
        copy_citation(self, self.sourcing, self.focused_claim)

    def action_back(self) -> None:
        self.save_position()
        self.dismiss()

    def save_position(self) -> None:
        claim = self.focused_claim
        position = Position(claim=claim.id if claim else "", scroll=self.article.scroll_y)
        remember_position(self, self.context.reading, self.briefing_id, position)

    def _update_status(self) -> None:
        # The outline's highlight is the current section: it follows both scrolling and claims.
        section = self.query_one(OutlineList).highlighted or 0
        text = status_text(self.sourcing, section, self.claim_number, self.article.find_state)
        self.query_one("#status-line", Static).update(Content(text))
