"""Where the briefing screen's moves land: pure functions over the briefing, no widgets."""

from __future__ import annotations

from tui.model.format.records import Claim
from tui.model.format.sourcing import Sourcing

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
