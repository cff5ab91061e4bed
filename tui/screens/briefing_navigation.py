"""Moving through the briefing screen: claim to claim, section to section, scrolling, and showing or
hiding a pane without losing the place.

Where a move lands is worked out by pure functions over the briefing (no widgets); `ArticleMoves` is
a mixin for BriefingScreen that makes the moves, so their bindings stay on the screen (ids, keymap,
footer, help). Nothing here imports the screen: what the mixin uses is declared in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tui.model.format.records import Claim
from tui.model.format.sourcing import Sourcing

if TYPE_CHECKING:
    from textual.screen import Screen

    from tui.widgets.article import ArticleView

    Base = Screen[None]
else:
    Base = object

FindState = tuple[str, int, int | None]  # find text, number of matches, current match


def step_claim(count: int, current: int | None, step: int) -> int:
    """The claim `step` on from `current` in reading order, stopping at either end.
    From no claim, forward starts at the first and back at the last."""
    if current is None:
        return 0 if step > 0 else count - 1
    return max(0, min(count - 1, current + step))


def resolve_target(sourcing: Sourcing, kind: str, item_id: str) -> Claim | int | None:
    """What a bookmark points at: a claim (a figure means its claim), a section index, or None."""
    if kind == "figure":
        figure = next((f for f in sourcing.briefing.figures if f.id == item_id), None)
        kind, item_id = ("claim", figure.claim) if figure else (kind, item_id)
    if kind == "claim":
        return sourcing.claims.get(item_id)
    if kind == "section":
        return sourcing.section_index.get(item_id)
    return None


def claim_from_view(
    order: list[Claim], rows: dict[str, tuple[int, int]], view: tuple[int, int], step: int
) -> int:
    """Where n (step 1) or p (step -1) lands when the focused claim is not on screen: the first
    claim on screen or below it, or the last claim above it. `rows` gives each claim's paragraph
    as (top, bottom) lines in the article, `view` the lines on screen."""
    top = view[0]
    if step > 0:
        return next((n for n, claim in enumerate(order) if rows[claim.id][1] > top), len(order) - 1)
    above = [n for n, claim in enumerate(order) if rows[claim.id][1] <= top]
    return above[-1] if above else 0


def status_text(
    sourcing: Sourcing, view_section: int, claim_section: int | None, claim: int | None, find: FindState
) -> str:
    """claim n/N · its § (or N claims · the § in view) · the § in view when it differs · find."""
    text, matches, match = find
    sections = sourcing.briefing.sections
    count = len(sourcing.briefing.claims)

    def section(index: int) -> str:
        heading = sections[index].heading
        # An overstated heading carries the same ⚠ as in the outline.
        if sections[index].id in sourcing.overstated_by_section:
            heading = f"⚠ {heading}"
        return f"§ {index + 1}/{len(sections)}" + (f" {heading}" if heading else "")

    # Numbers first, the heading last: on a narrow terminal the heading is what gets cut.
    if claim is None or claim_section is None:
        parts = [f"{count} claims"]
        where = section(view_section)
    elif view_section == claim_section:
        parts = [f"claim {claim + 1}/{count}"]
        where = section(claim_section)
    else:  # scrolled away from the focused claim: say where each is
        parts = [f"claim {claim + 1}/{count} in § {claim_section + 1}/{len(sections)}"]
        where = "viewing " + section(view_section)
    if text:
        parts.append(f"match {(match or 0) + 1}/{matches}" if matches else f"no matches for “{text}”")
    return "  ·  ".join([*parts, where])


class ArticleMoves(Base):
    """n and p step through claims, ] and [ through sections; j, k, ctrl+d/u, g and G scroll."""

    if TYPE_CHECKING:
        sourcing: Sourcing
        claim_order: list[Claim]
        focused_claim: Claim | None

        @property
        def article(self) -> ArticleView: ...
        def show_claim(self, claim: Claim | None, *, scroll: bool = True) -> None: ...

    def action_toggle_pane(self, pane: str) -> None:
        # The article re-wraps: keep the focused claim (if on screen) or the top paragraph in view.
        claim = self.focused_claim
        anchor = claim if claim is not None and self.article.claim_on_screen(claim) else None
        # At the very top (title and dek in view) there is nothing to keep but the top itself.
        top = self.article.paragraph_at_top() if self.article.scroll_y > 0 else None
        # Narrow screens hide the outline until asked for; everything else starts shown.
        if pane == "outline" and self.has_class("-narrow"):
            self.toggle_class("-show-outline")
        else:
            self.toggle_class(f"-hide-{pane}")
        if anchor is not None:
            self.call_after_refresh(self.article.scroll_to_claim, anchor)
        elif top is not None:
            self.call_after_refresh(self.article.scroll_to_paragraph, *top)

    @property
    def claim_number(self) -> int | None:
        """The focused claim's place in reading order (0-based), or None."""
        claim = self.focused_claim
        return self.sourcing.reading_position[claim.id] if claim is not None else None

    def action_step_claim(self, step: int) -> None:
        """From the focused claim while it is on screen; else from what is on screen."""
        if not self.claim_order:
            if step > 0:
                self.notify("This briefing has no claims.", severity="warning")
            return
        claim = self.focused_claim
        if claim is not None and self.article.claim_on_screen(claim):
            index = step_claim(len(self.claim_order), self.claim_number, step)
        else:
            index = claim_from_view(
                self.claim_order, self.article.claim_rows(), self.article.view_rows(), step
            )
        self.show_claim(self.claim_order[index])

    def action_clear_claim(self) -> None:
        self.show_claim(None)

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
            self.article.scroll_to_text_end()
        else:
            self.article.scroll_home(animate=False)
