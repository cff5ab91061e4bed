"""The briefing screen: outline, article and figures+sourcing side by side."""

from __future__ import annotations

from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.events import Resize
from textual.screen import Screen
from textual.widgets import Footer, Input, OptionList, Static

from tui.context import ReaderContext
from tui.model.format.records import Claim
from tui.model.format.sourcing import Sourcing
from tui.model.state.reading import Position
from tui.screens.briefing_bookmarks import BookmarkMarks
from tui.widgets.article import ArticleView, Match
from tui.widgets.focus import focus_text_box
from tui.widgets.side_lists import FigureList, OutlineList
from tui.widgets.sourcing_panel import SourcingPanel

# Below this width the three panes do not fit side by side.
WIDE_LAYOUT_MIN_COLUMNS = 120


def citation(sourcing: Sourcing, claim: Claim) -> str:
    """A claim as plain text with who says so, for the clipboard."""
    meta = sourcing.briefing.meta
    chain = " → ".join(f"{s.name} ({s.kind.label})" for s in sourcing.chain(claim))
    who = chain or f"{meta.outlet or 'the outlet'} (own assertion)"
    where = ", ".join(p for p in (meta.outlet, meta.published.isoformat() if meta.published else "") if p)
    cite = f"“{meta.title}”" + (f", {where}" if where else "") + (f", {meta.url}" if meta.url else "")
    return f"{claim.text}\n— {who} · {claim.status.value}\n{cite}"


class FindBar(Input):
    """Find in the briefing; enter and the arrows move between matches."""

    BINDINGS = [
        Binding("down", "screen.next_match", "Next match", show=False, id="find.next"),
        Binding("up", "screen.previous_match", "Previous match", show=False, id="find.previous"),
        Binding("escape", "screen.close_find", "Close find", id="find.close"),
    ]


class BriefingScreen(Screen[None]):
    CSS_PATH = "../styles/briefing.tcss"

    BINDINGS = [
        Binding("escape", "back", "Library", id="briefing.back"),
        Binding("n", "next_claim", "Next claim", id="briefing.next_claim"),
        Binding("p", "previous_claim", "Prev claim", id="briefing.previous_claim"),
        Binding("j,down", "scroll_article(1)", "Down", show=False, id="briefing.scroll_down"),
        Binding("k,up", "scroll_article(-1)", "Up", show=False, id="briefing.scroll_up"),
        Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="briefing.half_page_down"),
        Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="briefing.half_page_up"),
        Binding("g,home", "article_top", "Top", show=False, id="briefing.top"),
        Binding("G,end", "article_bottom", "Bottom", show=False, id="briefing.bottom"),
        Binding(
            "right_square_bracket,right_curly_bracket",
            "next_section",
            "Next section",
            show=False,
            id="briefing.next_section",
        ),
        Binding(
            "left_square_bracket,left_curly_bracket",
            "previous_section",
            "Previous section",
            show=False,
            id="briefing.previous_section",
        ),
        Binding("slash", "open_find", "Find", id="briefing.find", priority=True),
        Binding("m", "next_match", "Next match", show=False, id="briefing.next_match"),
        Binding("M", "previous_match", "Previous match", show=False, id="briefing.previous_match"),
        Binding("c", "clear_claim", "Overview", show=False, id="briefing.overview"),
        Binding("t", "toggle_pane('outline')", "Sections", id="briefing.toggle_outline"),
        Binding("f", "toggle_pane('side')", "Sourcing", id="briefing.toggle_side"),
        Binding("o", "open_url", "Open URL", show=False, id="briefing.open_url"),
        Binding("y", "copy_claim", "Copy claim", show=False, id="briefing.copy_claim"),
        Binding("b", "toggle_bookmark", "Bookmark", id="briefing.bookmark"),
        Binding("a", "edit_note", "Note", show=False, id="briefing.note"),
    ]

    def __init__(
        self,
        sourcing: Sourcing,
        path: Path,
        context: ReaderContext,
        *,
        target: tuple[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.sourcing = sourcing
        self.path = path
        self.context = context
        self.target = target  # (kind, item id) to show first, e.g. from the bookmarks screen
        self.bookmarks = BookmarkMarks(self, context.bookmarks)
        self.claim_order = sourcing.claims_in_reading_order
        self.claim_index: int | None = None
        self.matches: list[Match] = []
        self.match_index: int | None = None

    def compose(self) -> ComposeResult:
        marks = self.bookmarks.marks()
        with Horizontal(id="panes"):
            yield OutlineList(self.sourcing, id="outline", bookmarked=marks.sections)
            yield ArticleView(self.sourcing, id="article", bookmarked=marks.items)
            with Vertical(id="side"):
                if self.sourcing.briefing.figures:
                    yield FigureList(self.sourcing, id="figures", bookmarked=marks.figures)
                yield SourcingPanel(self.sourcing, id="sourcing")
        yield FindBar(placeholder="Find in briefing — enter/↓ next, ↑ previous, esc close", id="find")
        yield Static(id="status-line", markup=False)
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#find", FindBar).display = False
        self._apply_width(self.size.width)
        self.query_one(ArticleView).focus()
        position = self.context.reading.position(self.sourcing.briefing.meta.id)
        if self.target is not None:
            self.call_after_refresh(self.go_to, *self.target)
        elif position is not None:
            self.call_after_refresh(self._restore, position)
        self._update_status()

    def go_to(self, kind: str, item_id: str) -> None:
        """Show a claim, figure or section (as a bookmark points at it)."""
        claims = self.sourcing.claims
        if kind == "figure":
            figure = next((f for f in self.sourcing.briefing.figures if f.id == item_id), None)
            kind, item_id = ("claim", figure.claim) if figure else (kind, item_id)
        if kind == "claim" and item_id in claims:
            self._focus_claim(self.sourcing.reading_position[item_id])
        elif kind == "section" and item_id in self.sourcing.sections:
            index = self.sourcing.section_index[item_id]
            self.query_one(ArticleView).scroll_to_section(index)
            self.query_one(OutlineList).highlighted = index
            self._update_status()

    def _restore(self, position: Position) -> None:
        article = self.query_one(ArticleView)
        if position.claim in self.sourcing.claims:
            self._focus_claim(self.sourcing.reading_position[position.claim], scroll=False)
        article.scroll_to(y=position.scroll, animate=False)

    # Layout ---------------------------------------------------------------

    def on_resize(self, event: Resize) -> None:
        self._apply_width(event.size.width)

    def _apply_width(self, width: int) -> None:
        self.set_class(width < WIDE_LAYOUT_MIN_COLUMNS, "-narrow")

    def action_toggle_pane(self, pane: str) -> None:
        # Narrow screens hide the outline until asked for; everything else starts shown.
        if pane == "outline" and self.has_class("-narrow"):
            self.toggle_class("-show-outline")
        else:
            self.toggle_class(f"-hide-{pane}")

    # Claims ---------------------------------------------------------------

    def _focus_claim(self, index: int | None, *, scroll: bool = True) -> None:
        self.claim_index = index
        claim = self.claim_order[index] if index is not None else None
        self.query_one(ArticleView).focus_claim(claim.id if claim else None, scroll=scroll)
        self.query_one(SourcingPanel).show(
            claim, bookmarked=self.is_bookmarked("claim", claim.id) if claim else False
        )
        if claim is not None:
            s_index = self.query_one(ArticleView).paragraph_of(claim)[0]
            self.query_one(OutlineList).highlighted = s_index
        self._update_status()

    def is_bookmarked(self, kind: str, item_id: str) -> bool:
        return self.context.bookmarks.is_bookmarked(self.sourcing.briefing.meta.id, kind, item_id)

    def action_toggle_bookmark(self) -> None:
        self.bookmarks.toggle_focused()

    def action_edit_note(self) -> None:
        self.bookmarks.edit_focused_note()

    def on_screen_resume(self) -> None:
        # Bookmarks may have changed on the bookmarks screen or in another reader.
        self.bookmarks.refresh_marks()

    @property
    def focused_claim(self) -> Claim | None:
        return self.claim_order[self.claim_index] if self.claim_index is not None else None

    def action_next_claim(self) -> None:
        if not self.claim_order:
            self.notify("This briefing has no claims.", severity="warning")
            return
        index = 0 if self.claim_index is None else min(self.claim_index + 1, len(self.claim_order) - 1)
        self._focus_claim(index)

    def action_previous_claim(self) -> None:
        if not self.claim_order:
            return
        index = len(self.claim_order) - 1 if self.claim_index is None else max(self.claim_index - 1, 0)
        self._focus_claim(index)

    def action_clear_claim(self) -> None:
        self._focus_claim(None, scroll=False)

    @on(ArticleView.ClaimClicked)
    def _claim_clicked(self, message: ArticleView.ClaimClicked) -> None:
        self._focus_claim(self.sourcing.reading_position[message.claim_id], scroll=False)

    @on(OptionList.OptionSelected, "#figures")
    def _figure_selected(self, message: OptionList.OptionSelected) -> None:
        figure = next(f for f in self.sourcing.briefing.figures if f.id == message.option_id)
        self._focus_claim(self.sourcing.reading_position[figure.claim])

    # Sections and scrolling -----------------------------------------------

    @on(OptionList.OptionSelected, "#outline")
    def _section_selected(self, message: OptionList.OptionSelected) -> None:
        self.query_one(ArticleView).scroll_to_section(message.option_index)
        self.query_one(ArticleView).focus()

    @on(ArticleView.SectionEntered)
    def _section_entered(self, message: ArticleView.SectionEntered) -> None:
        outline = self.query_one(OutlineList)
        outline.highlighted = message.section_index
        self._update_status()

    def _step_section(self, step: int) -> None:
        article = self.query_one(ArticleView)
        sections = len(self.sourcing.briefing.sections)
        target = max(0, min(sections - 1, article.section_at_top() + step))
        if step > 0 and article.scroll_y >= article.max_scroll_y:
            self.notify("Last section.", timeout=2)
        article.scroll_to_section(target)

    def action_next_section(self) -> None:
        self._step_section(1)

    def action_previous_section(self) -> None:
        article = self.query_one(ArticleView)
        current = article.section_at_top()
        heading_y = article.query_one(f"#heading-{current}").virtual_region.y
        # If we are inside a section, the first press goes to its heading.
        self._step_section(0 if article.scroll_y > heading_y + 1 else -1)

    def action_scroll_article(self, lines: int) -> None:
        article = self.query_one(ArticleView)
        article.scroll_to(y=article.scroll_y + lines, animate=False)

    def action_half_page(self, direction: int) -> None:
        article = self.query_one(ArticleView)
        article.scroll_to(y=article.scroll_y + direction * max(1, article.size.height // 2), animate=False)

    def action_article_top(self) -> None:
        self.query_one(ArticleView).scroll_home(animate=False)

    def action_article_bottom(self) -> None:
        self.query_one(ArticleView).scroll_end(animate=False)

    # Find -----------------------------------------------------------------

    def action_open_find(self) -> None:
        focus_text_box(self, self.query_one("#find", FindBar))

    def action_close_find(self) -> None:
        find = self.query_one("#find", FindBar)
        find.display = False
        self.set_focus(self.query_one(ArticleView))

    @on(Input.Changed, "#find")
    def _find_changed(self, message: Input.Changed) -> None:
        article = self.query_one(ArticleView)
        self.matches = article.find(message.value)
        self.match_index = 0 if self.matches else None
        article.set_matches(self.matches, self.match_index)
        self._update_status()

    @on(Input.Submitted, "#find")
    def _find_submitted(self) -> None:
        self.action_next_match()

    def _step_match(self, step: int) -> None:
        if not self.matches:
            if self.query_one("#find", FindBar).value:
                self.notify("No matches.", timeout=2)
            return
        current = -step if self.match_index is None else self.match_index
        self.match_index = (current + step) % len(self.matches)
        self.query_one(ArticleView).set_matches(self.matches, self.match_index)
        self._update_status()

    def action_next_match(self) -> None:
        self._step_match(1)

    def action_previous_match(self) -> None:
        self._step_match(-1)

    # Other actions --------------------------------------------------------

    def action_open_url(self) -> None:
        url = self.sourcing.briefing.meta.url
        if url:
            from tui.handoff import open_url

            message, opened = open_url(self.app, url)
            self.notify(message, timeout=3 if opened else 10, markup=False)
        else:
            self.notify("This briefing has no source URL.", severity="warning")

    def action_copy_claim(self) -> None:
        claim = self.focused_claim
        if claim is None:
            self.notify("Focus a claim first (n / p).", severity="warning")
            return
        from tui.handoff import copy_text

        self.notify(copy_text(self.app, citation(self.sourcing, claim), "the claim with its citation"))

    def action_back(self) -> None:
        self.save_position()
        self.dismiss()

    def save_position(self) -> None:
        claim = self.focused_claim
        position = Position(claim=claim.id if claim else "", scroll=self.query_one(ArticleView).scroll_y)
        try:
            self.context.reading.remember(self.sourcing.briefing.meta.id, position)
        except OSError as error:
            self.notify(f"Could not save the reading position: {error.strerror}", severity="warning")

    def _update_status(self) -> None:
        sections = self.sourcing.briefing.sections
        # The outline's highlight is the current section: it follows both scrolling and claims.
        current = self.query_one(OutlineList).highlighted or 0
        parts = [f"§ {current + 1}/{len(sections)} {sections[current].heading}"]
        if self.claim_index is not None:
            parts.append(f"claim {self.claim_index + 1}/{len(self.claim_order)}")
        else:
            parts.append(f"{len(self.claim_order)} claims")
        if self.query_one("#find", FindBar).value:
            found = len(self.matches)
            where = f"{(self.match_index or 0) + 1}/{found}" if found else "0"
            parts.append(f"find: {where}")
        self.query_one("#status-line", Static).update(Content("  ·  ".join(parts)))
