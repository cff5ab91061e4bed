"""The editor's note on sources the article never names ("officials", "a South Korean lawmaker")."""

from __future__ import annotations

from tui.model.format.records import Claim, Source, SourceKind
from tui.model.ingest import lazy_re as re
from tui.model.ingest.kinds import has_proper_name
from tui.model.ingest.places import countries_named_in


def is_unnamed(source: Source) -> bool:
    """Officials, "a South Korean lawmaker", "the watchdog group"; not "Japan's defence ministry"."""
    if source.kind is SourceKind.ANONYMOUS or re.match(
        r"(?:an?|some|two|three|several)\s", source.name, re.I
    ):
        return True
    generic_kinds = (
        SourceKind.WATCHDOG,
        SourceKind.NGO,
        SourceKind.EXPERT,
        SourceKind.PERSON,
        SourceKind.COMPANY,
        SourceKind.DOCUMENT,
    )
    return (
        source.kind in generic_kinds
        and not has_proper_name(source.name)
        and not countries_named_in(source.name)
    )


def unnamed_note(sources: list[Source], claims: list[Claim]) -> tuple[str, ...]:
    """Sources in chains the article never names ("a South Korean lawmaker", "officials"), said once."""
    claimants = {source_id for c in claims for source_id in c.attribution}
    unnamed = [s.name for s in sources if s.id in claimants and is_unnamed(s)]
    if not unnamed:
        return ()
    names = ", ".join(f"“{name}”" for name in unnamed)
    return (f"The article does not name these sources: {names}.",)
