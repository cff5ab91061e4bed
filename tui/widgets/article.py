"""The article pane: title, dek, metadata, sections and paragraphs with claims marked.

Text reaches the screen only as `Content` built from plain strings, so markup
in an article is shown literally. Claim marks are spans styled by status via
theme variables; the focused claim and find matches are extra spans. The
focused claim and the bookmark marks arrive through reactives bound to the
screen; the find text, its matches and the current match live here only.
"""

from __future__ import annotations

from functools import partial
from typing import TypeAlias

from textual.content import Content, Span
from textual.geometry import Region
from textual.message import Message
from textual.style import Style
from textual.widgets import Static

from tui.model.format.records import Claim, ClaimKind, ReviewState
from tui.model.format.sourcing import Sourcing
from tui.model.state.marks import Marks
from tui.widgets.article_text import BOOKMARK_MARK as BOOKMARK_MARK  # where side lists find it
from tui.widgets.article_text import Match, find_matches, meta_line, with_marks
from tui.widgets.pane import BriefingPane
from tui.widgets.paragraph import ClaimClicked
from tui.widgets.paragraph import Paragraph as Paragraph  # where screens and tests find it
from tui.widgets.paragraph_chunk import PARAGRAPH_GAP, ParagraphChunk, chunk_ranges, line_at, mount_near

# A briefing with at most this many paragraphs mounts them all at once (under 50 ms); a longer
# one mounts only the chunks near the view.
EAGER_PARAGRAPHS = 100

# Closing punctuation a claim's ⚑ goes after ("price.⚑", not "price ⚑.").
_TRAILING = ".,;:!?…”’)\"'"
# After a title or heading that states as fact what the body attributes.
OVERSTATED_MARK = "⚠"
OVERSTATED_LABEL = f"  {OVERSTATED_MARK} overstated"


class ArticleView(BriefingPane, can_focus=True):
    """Scrollable article body. Posts ClaimClicked and SectionEntered."""

    ClaimClicked: TypeAlias = ClaimClicked  # posted by its paragraphs

    class SectionEntered(Message):
        """The section at the top of the view changed while scrolling."""

        def __init__(self, section_index: int) -> None:
            super().__init__()
            self.section_index = section_index

    def __init__(self, sourcing: Sourcing, *, id: str | None = None) -> None:
        super().__init__(sourcing, id=id)
        self.find_text = ""
        self.matches: list[Match] = []
        self.current_match: int | None = None
        # A long briefing's, worked out in the worker that read it (Sourcing.prepare).
        self._claims_by_paragraph = sourcing.claims_by_paragraph
        self._current_section = -1
        # The chunks in reading order and by paragraph key, filled in compose.
        self._chunks: list[ParagraphChunk] = []
        self._chunk_of: dict[tuple[int, int], ParagraphChunk] = {}
        paragraphs = sum(len(section.paragraphs) for section in sourcing.briefing.sections)
        self.lazy = paragraphs > EAGER_PARAGRAPHS
        self._near_view_pending = False
        self._headings: list[Static] = []
        self._matches_by_paragraph: dict[tuple[int, int], list[int]] = {}
        self._claim_meta: dict[str, Style] = {}

    @property
    def focused_claim(self) -> str | None:
        return self.claim.id if self.claim else None

    @property
    def bookmarked(self) -> frozenset[tuple[str, str]]:
        return self.marks.items

    def compose(self):  # type: ignore[no-untyped-def]
        meta = self.sourcing.briefing.meta
        title = Content(meta.title)
        if None in self.sourcing.overstated_by_section:
            title = Content.assemble(title, (OVERSTATED_LABEL, "$warning-text"))
        yield Static(title, classes="title", markup=False)
        if meta.dek:
            yield Static(Content(meta.dek), classes="dek", markup=False)
        yield Static(meta_line(meta), classes="meta-line", markup=False)
        for s_index, section in enumerate(self.sourcing.briefing.sections):
            heading = Static(self._heading(s_index), id=f"heading-{s_index}", classes="heading", markup=False)
            self._headings.append(heading)
            yield heading
            for first, last, by_line in chunk_ranges(section.paragraphs, lazy=self.lazy):
                # Styled when first drawn, not here: most paragraphs start off screen.
                chunk = ParagraphChunk(
                    s_index,
                    first,
                    last,
                    plain=self.paragraph_text,
                    styled=self.paragraph_content,
                    expanded=not self.lazy,
                    by_line=by_line,
                )
                self._chunks.append(chunk)
                for p_index in range(chunk.first, chunk.last):
                    self._chunk_of[s_index, p_index] = chunk
                yield chunk
        # Room after the last section, so any heading can be scrolled to the top.
        yield Static(Content("— end of briefing —"), classes="end-spacer", markup=False)

    def _heading(self, s_index: int) -> Content:
        section = self.sourcing.briefing.sections[s_index]
        text = Content(section.heading)
        if section.id in self.sourcing.overstated_by_section:
            text = Content.assemble(text, (OVERSTATED_LABEL, "not bold $warning-text"))
        if self.marks.has("section", section.id):
            text = Content.assemble(text, (BOOKMARK_MARK, "$bookmark-marker"))
        return text

    def paragraph_text(self, s_index: int, p_index: int) -> str:
        """The paragraph's text as drawn (with its bookmark marks), without building its styles."""
        claims = self._claims_by_paragraph.get((s_index, p_index), ())
        if self.marks.items and any(self.marks.has("claim", claim.id) for claim in claims):
            return self.paragraph_content(s_index, p_index).plain
        return Content(self.sourcing.briefing.sections[s_index].paragraphs[p_index]).plain

    def paragraph_content(self, s_index: int, p_index: int) -> Content:
        """The paragraph with claim, focus, find and bookmark spans applied.

        The spans are listed in one pass (stylizing span by span copies the list each time:
        quadratic in a paragraph with hundreds of claims)."""
        text = Content(self.sourcing.briefing.sections[s_index].paragraphs[p_index]).plain
        spans: list[Span] = []
        marks: list[int] = []
        focused = self.claim.id if self.claim is not None else None
        for claim in self._claims_by_paragraph.get((s_index, p_index), ()):
            start = text.find(claim.quote)
            end = start + len(claim.quote)
            if start < 0 or start >= end:
                continue
            # Opinions read apart from statements of fact: their own colour, in italics.
            style = (
                "italic $claim-opinion"
                if claim.kind is ClaimKind.OPINION
                else f"$status-{claim.status.value}"
            )
            # A draft (not yet checked by a person) is underlined on its own background.
            draft = claim.review is ReviewState.DRAFT
            if claim.id == focused:
                style = f"bold {style} on $claim-focus-background"
            else:
                style = f"{style} on $claim-{'draft' if draft else 'mark'}-background"
            style += " underline" if draft else ""
            spans += (Span(start, end, style), Span(start, end, self._meta(claim.id)))
            if self.marks.has("claim", claim.id):
                after = end
                while after < len(text) and text[after] in _TRAILING:
                    after += 1
                marks.append(after)
        for number in self._matches_by_paragraph.get((s_index, p_index), ()):
            match = self.matches[number]
            style = "reverse" if number == self.current_match else "on $find-match-background"
            spans.append(Span(match.start, min(match.end, len(text)), style))
        if marks:
            return with_marks(text, spans, sorted(marks))
        return Content(text, spans, strip_control_codes=False)

    def _meta(self, claim_id: str) -> Style:
        meta = self._claim_meta.get(claim_id)
        if meta is None:
            meta = self._claim_meta[claim_id] = Style.from_meta({"claim": claim_id})
        return meta

    def refresh_paragraph(self, s_index: int, p_index: int, *, layout: bool = False) -> None:
        """Draw one paragraph again (only its lines on screen are rendered). Focus and find
        change only styles, never the wrapping, so they skip the layout pass; bookmark marks
        add text and pass layout=True."""
        chunk = self._chunk_of.get((s_index, p_index))
        if chunk is not None:
            chunk.forget(p_index, layout=layout)

    def watch_marks(self, old: Marks, new: Marks) -> None:
        """Re-render only the paragraphs and headings whose marks changed."""
        section_index = self.sourcing.section_index
        for kind, item_id in old.items ^ new.items:
            if kind == "section" and item_id in section_index:
                s_index = section_index[item_id]
                if s_index < len(self._headings):
                    self._headings[s_index].update(self._heading(s_index))
            elif kind == "claim" and item_id in self.sourcing.claims:
                self.refresh_paragraph(*self.paragraph_of(self.sourcing.claims[item_id]), layout=True)

    def paragraph_of(self, claim: Claim) -> tuple[int, int]:
        return self.sourcing.section_index[claim.section], claim.paragraph - 1

    def watch_claim(self, old: Claim | None, new: Claim | None) -> None:
        """Only the lines of the two claims are drawn again (n and p: no paragraph re-renders)."""
        if old is new:
            return  # the binding's first call: compose drew this already
        quotes: dict[tuple[int, int], list[str]] = {}
        for claim in (old, new):
            if claim is not None:
                quotes.setdefault(self.paragraph_of(claim), []).append(claim.quote)
        for key, changed in quotes.items():
            chunk = self._chunk_of.get(key)
            if chunk is not None:
                chunk.restyle(key[1], changed)

    def paragraph_region(self, s_index: int, p_index: int) -> Region:
        """Where the paragraph is in the article (its blank row above included), mounted or not."""
        chunk = self._chunk_of[s_index, p_index]
        region = chunk.virtual_region
        if chunk.always_expanded:  # laid out by Paragraph as Static lays it out
            widget = chunk.widgets[p_index].virtual_region  # relative to the chunk
            return widget.translate((region.x, region.y))
        if not chunk.size.width:  # not laid out yet
            return Region(region.x, region.y, 0, 0)
        top, bottom = chunk.paragraph_rows(p_index, chunk.size.width)
        return Region(region.x, region.y + top, region.width, bottom - top)

    def scroll_to_claim(self, claim: Claim) -> None:
        # At once: the next n must see the claim on screen (keys can arrive before a refresh).
        region = self.paragraph_region(*self.paragraph_of(claim))
        lines = self._claim_lines(claim, region)
        if lines is None:  # as scroll_to_center(paragraph) would
            self.scroll_to_region(region, animate=False, center=True, origin_visible=True, immediate=True)
        else:  # a paragraph taller than the view: centre the claim's own lines
            top, bottom = lines
            region = Region(0, top, 1, bottom - top)
            self.scroll_to_region(region, animate=False, center=True, immediate=True)

    def _claim_lines(self, claim: Claim, region: Region) -> tuple[int, int] | None:
        """The claim's own article lines when its paragraph (at `region`) is taller than the
        view, else None."""
        if region.height <= self.scrollable_content_region.height:
            return None
        s_index, p_index = self.paragraph_of(claim)
        chunk = self._chunk_of[s_index, p_index]
        if chunk.always_expanded:
            paragraph = chunk.widgets[p_index]
            text, line_of = paragraph.content.plain, paragraph.line_of
        else:
            lines = chunk.wrapped(p_index, chunk.size.width)
            text, line_of = chunk.text(p_index), partial(line_at, lines)
        start = text.find(claim.quote)
        if start < 0:
            return None
        top = region.y + PARAGRAPH_GAP
        first = line_of(start)
        last = line_of(start + max(0, len(claim.quote) - 1))
        return top + first, top + last + 1

    def scroll_to_paragraph(self, s_index: int, p_index: int) -> None:
        self.scroll_to(y=self.paragraph_region(s_index, p_index).y, animate=False)

    def view_rows(self) -> tuple[int, int]:
        """The article lines on screen: (first, one past the last)."""
        top = round(self.scroll_y)
        return top, top + self.scrollable_content_region.height

    def claim_rows(self) -> dict[str, tuple[int, int]]:
        """Each claim's paragraph as (top, one past the bottom) article lines."""
        rows: dict[str, tuple[int, int]] = {}
        height = self.scrollable_content_region.height
        for key, claims in self._claims_by_paragraph.items():
            region = self.paragraph_region(*key)
            tall = region.height > height
            for claim in claims:
                lines = self._claim_lines(claim, region) if tall else None
                rows[claim.id] = lines if lines is not None else (region.y, region.bottom)
        return rows

    def claim_on_screen(self, claim: Claim) -> bool:
        region = self.paragraph_region(*self.paragraph_of(claim))
        first, after = self._claim_lines(claim, region) or (region.y, region.bottom)
        top, bottom = self.view_rows()
        return first < bottom and after > top

    def paragraph_at_top(self) -> tuple[int, int] | None:
        """The first paragraph at least partly on screen."""
        top, _ = self.view_rows()
        for chunk in self._chunks:
            if chunk.virtual_region.bottom > top:
                for p_index in range(chunk.first, chunk.last):
                    if self.paragraph_region(chunk.section, p_index).bottom > top:
                        return chunk.section, p_index
        return None

    # Mounting only what is near the view ------------------------------------

    def mount_near_view(self) -> None:
        """Mount the paragraphs near the view (a long briefing only). Called after the frame
        that scrolled is painted: the chunks draw the same lines meanwhile."""
        self._near_view_pending = False
        if self.lazy and self.size.height:
            mount_near(self._chunks, *self.view_rows())

    def on_mount(self) -> None:
        self._mount_after_refresh()

    def on_resize(self) -> None:
        self._mount_after_refresh()

    def _mount_after_refresh(self) -> None:
        if self.lazy and not self._near_view_pending:
            self._near_view_pending = True
            self.call_after_refresh(self.mount_near_view)

    def action_scroll_home(self) -> None:
        # Instant, like g: the default animation left the view moving for most of a second.
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self.scroll_to_text_end()

    def scroll_to_text_end(self) -> None:
        """The last lines of the text with the end marker on the view's bottom row. The room below the
        marker is there so the last claim can come to the top; scrolled to the very end, a short pane
        (80×24) showed nothing but that room."""
        spacer = self.query_one(".end-spacer")
        marker_bottom = spacer.virtual_region.y + spacer.styles.padding.top + 1
        self.scroll_to(y=max(0, marker_bottom - self.scrollable_content_region.height), animate=False)

    def scroll_to_section(self, s_index: int) -> None:
        # immediate: a second `]` pressed before the next refresh counts from this section.
        self.scroll_to(y=self._headings[s_index].virtual_region.y, animate=False, immediate=True)

    def step_section(self, step: int) -> bool:
        """Scroll `step` headings on (0: this section's heading); False when already at the end."""
        last = len(self.sourcing.briefing.sections) - 1
        at_end = step > 0 and self.scroll_y >= self.max_scroll_y
        self.scroll_to_section(max(0, min(last, self.section_at_top() + step)))
        return not at_end

    def previous_section(self) -> None:
        """Inside a section the first press goes to its heading, the next to the one before."""
        heading_y = self._headings[self.section_at_top()].virtual_region.y
        self.step_section(0 if self.scroll_y > heading_y + 1 else -1)

    def scroll_lines(self, lines: float) -> None:
        self.scroll_to(y=self.scroll_y + lines, animate=False)

    def section_at_top(self) -> int:
        """Index of the last heading at or above the top of the view (0 if none)."""
        top = self.scroll_offset.y + 1
        current = 0
        for s_index, heading in enumerate(self._headings):
            if heading.virtual_region.y <= top:
                current = s_index
            else:
                break
        return current

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
        self._mount_after_refresh()
        section = self.section_at_top()
        if section != self._current_section:
            self._current_section = section
            self.post_message(self.SectionEntered(section))

    # Find -----------------------------------------------------------------

    @property
    def find_state(self) -> tuple[str, int, int | None]:
        """The find text, how many matches, and which is current."""
        return self.find_text, len(self.matches), self.current_match

    def search(self, text: str) -> None:
        """Find `text` and go to its first match (or clear the matches)."""
        self.find_text = text
        self._show_matches(find_matches(self.sourcing, text), 0)

    def step_match(self, step: int) -> bool:
        """Go to the next (1) or previous (-1) match, wrapping; False if there is none."""
        if not self.matches:
            return False
        current = -step if self.current_match is None else self.current_match
        self._show_matches(self.matches, (current + step) % len(self.matches))
        return True

    def _show_matches(self, matches: list[Match], current: int) -> None:
        before = self.current_match
        touched = set(self._matches_by_paragraph)
        if matches is not self.matches:
            self._matches_by_paragraph = {}
            for number, match in enumerate(matches):
                self._matches_by_paragraph.setdefault((match.section, match.paragraph), []).append(number)
            touched |= set(self._matches_by_paragraph)
        else:  # stepping: only the old and the new current match change
            touched = {(m.section, m.paragraph) for n, m in enumerate(matches) if n in (before, current)}
        self.matches, self.current_match = matches, (current if matches else None)
        for key in sorted(touched):
            self.refresh_paragraph(*key)
        if self.current_match is not None:
            match = matches[self.current_match]
            region = self.paragraph_region(match.section, match.paragraph)
            self.scroll_to_region(region, animate=False, center=True, origin_visible=True)
