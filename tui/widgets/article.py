"""The article pane: title, dek, metadata, sections and paragraphs with claims marked.

Text reaches the screen only as `Content` built from plain strings, so markup
in an article is shown literally. Claim marks are spans styled by status via
theme variables; the focused claim and find matches are extra spans. The
focused claim and the bookmark marks arrive through reactives bound to the
screen; the find text, its matches and the current match live here only.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import events
from textual.content import Content
from textual.message import Message
from textual.style import Style
from textual.widgets import Static

from tui.model.format.records import Claim, ClaimKind, ReviewState
from tui.model.format.sourcing import Sourcing
from tui.model.state.marks import FLAG, Marks
from tui.widgets.pane import BriefingPane

# A no-break space: the ⚑ never wraps onto a line of its own after a heading or claim.
BOOKMARK_MARK = f"\u00a0{FLAG}"
# Closing punctuation a claim's ⚑ goes after ("price.⚑", not "price ⚑.").
_TRAILING = ".,;:!?…”’)\"'"
# After a title or heading that states as fact what the body attributes.
OVERSTATED_MARK = "⚠"
OVERSTATED_LABEL = f"  {OVERSTATED_MARK} overstated"


@dataclass(frozen=True)
class Match:
    """A find match: paragraph key and character range."""

    section: int
    paragraph: int
    start: int
    end: int


class Paragraph(Static):
    """One paragraph; clicking a claim in it asks the screen to focus that claim."""

    def __init__(self, section: int, paragraph: int, content: Content) -> None:
        super().__init__(content, id=f"para-{section}-{paragraph}", classes="paragraph", markup=False)
        self.key = (section, paragraph)

    def on_click(self, event: events.Click) -> None:
        claim_id = event.style.meta.get("claim")
        if isinstance(claim_id, str):
            self.post_message(ArticleView.ClaimClicked(claim_id))


class ArticleView(BriefingPane, can_focus=True):
    """Scrollable article body. Posts ClaimClicked and SectionEntered."""

    class ClaimClicked(Message):
        def __init__(self, claim_id: str) -> None:
            super().__init__()
            self.claim_id = claim_id

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
        self._claims_by_paragraph: dict[tuple[int, int], list[Claim]] = {}
        for claim in sourcing.briefing.claims:
            key = (sourcing.section_index[claim.section], claim.paragraph - 1)
            self._claims_by_paragraph.setdefault(key, []).append(claim)
        self._current_section = -1

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
        yield Static(self._meta_line(), classes="meta-line", markup=False)
        for s_index, section in enumerate(self.sourcing.briefing.sections):
            yield Static(self._heading(s_index), id=f"heading-{s_index}", classes="heading", markup=False)
            for p_index in range(len(section.paragraphs)):
                yield Paragraph(s_index, p_index, self.paragraph_content(s_index, p_index))
        # Room after the last section, so any heading can be scrolled to the top.
        yield Static(Content("— end of briefing —"), classes="end-spacer", markup=False)

    def _meta_line(self) -> Content:
        meta = self.sourcing.briefing.meta
        parts = [meta.outlet or "outlet not named"]
        parts.append(meta.published.isoformat() if meta.published else "date not given")
        if meta.authors:
            parts.append(", ".join(meta.authors))
        if meta.category:
            parts.append(meta.category)
        line = " · ".join(parts)
        if meta.image_credit:
            line += f"\nImage: {meta.image_credit}"
        return Content(line)

    def _heading(self, s_index: int) -> Content:
        section = self.sourcing.briefing.sections[s_index]
        text = Content(section.heading)
        if section.id in self.sourcing.overstated_by_section:
            text = Content.assemble(text, (OVERSTATED_LABEL, "not bold $warning-text"))
        if self.marks.has("section", section.id):
            text = Content.assemble(text, (BOOKMARK_MARK, "$bookmark-marker"))
        return text

    def paragraph_content(self, s_index: int, p_index: int) -> Content:
        """The paragraph with claim, focus, find and bookmark spans applied."""
        text = self.sourcing.briefing.sections[s_index].paragraphs[p_index]
        content = Content(text)
        marks: list[tuple[int, str]] = []
        for claim in self._claims_by_paragraph.get((s_index, p_index), ()):
            start = text.find(claim.quote)
            if start < 0:
                continue
            end = start + len(claim.quote)
            # Opinions read apart from statements of fact: their own colour, in italics.
            style = (
                "italic $claim-opinion"
                if claim.kind is ClaimKind.OPINION
                else f"$status-{claim.status.value}"
            )
            # A draft (not yet checked by a person) is underlined on its own background.
            draft = claim.review is ReviewState.DRAFT
            if self.claim is not None and claim.id == self.claim.id:
                style = f"bold {style} on $claim-focus-background"
            else:
                style = f"{style} on $claim-{'draft' if draft else 'mark'}-background"
            style += " underline" if draft else ""
            content = content.stylize(style, start, end).stylize(
                Style.from_meta({"claim": claim.id}), start, end
            )
            if self.marks.has("claim", claim.id):
                after = end
                while after < len(text) and text[after] in _TRAILING:
                    after += 1
                marks.append((after, BOOKMARK_MARK))
        for number, match in enumerate(self.matches):
            if (match.section, match.paragraph) == (s_index, p_index):
                style = "reverse" if number == self.current_match else "on $find-match-background"
                content = content.stylize(style, match.start, match.end)
        # Markers go in last, from the end, so the offsets above stay valid.
        for offset, mark in sorted(marks, reverse=True):
            content = Content.assemble(content[:offset], (mark, "$bookmark-marker"), content[offset:])
        return content

    def refresh_paragraph(self, s_index: int, p_index: int, *, layout: bool = False) -> None:
        """Re-render one paragraph. Focus and find change only styles, never the wrapping,
        so they skip the layout pass; bookmark marks add text and pass layout=True."""
        # Before compose there is nothing to re-render: compose draws the current state.
        for paragraph in self.query(f"#para-{s_index}-{p_index}").results(Paragraph):
            paragraph.update(self.paragraph_content(s_index, p_index), layout=layout)

    def watch_marks(self, old: Marks, new: Marks) -> None:
        """Re-render only the paragraphs and headings whose marks changed."""
        section_index = self.sourcing.section_index
        for kind, item_id in old.items ^ new.items:
            if kind == "section" and item_id in section_index:
                s_index = section_index[item_id]
                for heading in self.query(f"#heading-{s_index}").results(Static):
                    heading.update(self._heading(s_index))
            elif kind == "claim" and item_id in self.sourcing.claims:
                self.refresh_paragraph(*self.paragraph_of(self.sourcing.claims[item_id]), layout=True)

    def paragraph_of(self, claim: Claim) -> tuple[int, int]:
        return self.sourcing.section_index[claim.section], claim.paragraph - 1

    def watch_claim(self, old: Claim | None, new: Claim | None) -> None:
        """Only the two affected paragraphs re-render."""
        if old is new:
            return  # the binding's first call: compose drew this already
        for claim in (old, new):
            if claim is not None:
                self.refresh_paragraph(*self.paragraph_of(claim))

    def scroll_to_claim(self, claim: Claim) -> None:
        s_index, p_index = self.paragraph_of(claim)
        widget = self.query_one(f"#para-{s_index}-{p_index}", Paragraph)
        # At once: the next n must see the claim on screen (keys can arrive before a refresh).
        self.scroll_to_center(widget, animate=False, immediate=True)

    def scroll_to_paragraph(self, s_index: int, p_index: int) -> None:
        paragraph = self.query_one(f"#para-{s_index}-{p_index}", Paragraph)
        self.scroll_to(y=paragraph.virtual_region.y, animate=False)

    def view_rows(self) -> tuple[int, int]:
        """The article lines on screen: (first, one past the last)."""
        top = round(self.scroll_y)
        return top, top + self.scrollable_content_region.height

    def claim_rows(self) -> dict[str, tuple[int, int]]:
        """Each claim's paragraph as (top, one past the bottom) article lines."""
        rows: dict[str, tuple[int, int]] = {}
        for (s_index, p_index), claims in self._claims_by_paragraph.items():
            region = self.query_one(f"#para-{s_index}-{p_index}", Paragraph).virtual_region
            for claim in claims:
                rows[claim.id] = (region.y, region.bottom)
        return rows

    def claim_on_screen(self, claim: Claim) -> bool:
        s_index, p_index = self.paragraph_of(claim)
        region = self.query_one(f"#para-{s_index}-{p_index}", Paragraph).virtual_region
        top, bottom = self.view_rows()
        return region.y < bottom and region.bottom > top

    def paragraph_at_top(self) -> tuple[int, int] | None:
        """The first paragraph at least partly on screen."""
        top, _ = self.view_rows()
        for paragraph in self.query(Paragraph):
            if paragraph.virtual_region.bottom > top:
                return paragraph.key
        return None

    def action_scroll_home(self) -> None:
        # Instant, like g: the default animation left the view moving for most of a second.
        self.scroll_home(animate=False)

    def action_scroll_end(self) -> None:
        self.scroll_end(animate=False)

    def scroll_to_section(self, s_index: int) -> None:
        heading = self.query_one(f"#heading-{s_index}", Static)
        self.scroll_to(y=heading.virtual_region.y, animate=False)

    def step_section(self, step: int) -> bool:
        """Scroll `step` headings on (0: this section's heading); False when already at the end."""
        last = len(self.sourcing.briefing.sections) - 1
        at_end = step > 0 and self.scroll_y >= self.max_scroll_y
        self.scroll_to_section(max(0, min(last, self.section_at_top() + step)))
        return not at_end

    def previous_section(self) -> None:
        """Inside a section the first press goes to its heading, the next to the one before."""
        heading_y = self.query_one(f"#heading-{self.section_at_top()}", Static).virtual_region.y
        self.step_section(0 if self.scroll_y > heading_y + 1 else -1)

    def scroll_lines(self, lines: float) -> None:
        self.scroll_to(y=self.scroll_y + lines, animate=False)

    def section_at_top(self) -> int:
        """Index of the last heading at or above the top of the view (0 if none)."""
        top = self.scroll_offset.y + 1
        current = 0
        for s_index in range(len(self.sourcing.briefing.sections)):
            if self.query_one(f"#heading-{s_index}", Static).virtual_region.y <= top:
                current = s_index
            else:
                break
        return current

    def watch_scroll_y(self, old: float, new: float) -> None:
        super().watch_scroll_y(old, new)
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
        touched = {(m.section, m.paragraph) for m in self.matches}
        self.matches, self.current_match = matches, (current if matches else None)
        touched |= {(m.section, m.paragraph) for m in matches}
        for key in sorted(touched):
            self.refresh_paragraph(*key)
        if self.current_match is not None:
            match = matches[self.current_match]
            widget = self.query_one(f"#para-{match.section}-{match.paragraph}", Paragraph)
            self.scroll_to_center(widget, animate=False)


def find_matches(sourcing: Sourcing, needle: str) -> list[Match]:
    """Case-insensitive matches of `needle` in every paragraph, in reading order."""
    if not needle:
        return []
    folded = needle.casefold()
    found: list[Match] = []
    for s_index, section in enumerate(sourcing.briefing.sections):
        for p_index, text in enumerate(section.paragraphs):
            haystack = text.casefold()
            # casefold can change lengths (ß -> ss); only trust offsets when it does not.
            if len(haystack) != len(text):
                haystack = text.lower()
            start = haystack.find(folded)
            while start >= 0:
                found.append(Match(s_index, p_index, start, start + len(needle)))
                start = haystack.find(folded, start + max(1, len(needle)))
    return found
