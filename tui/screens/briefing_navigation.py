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


def status_text(sourcing: Sourcing, section: int, claim: int | None, find: FindState) -> str:
    """§ section · claim n/N (or N claims) · find: m/M while finding."""
    text, matches, match = find
    sections = sourcing.briefing.sections
    count = len(sourcing.briefing.claims)
    parts = [
        f"§ {section + 1}/{len(sections)} {sections[section].heading}",
        f"claim {claim + 1}/{count}" if claim is not None else f"{count} claims",
    ]
    if text:
        parts.append(f"find: {(match or 0) + 1}/{matches}" if matches else "find: 0")
    return "  ·  ".join(parts)
