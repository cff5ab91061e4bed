"""What a careful reader wants to know about each claim's sourcing."""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from tui.model.format.records import Briefing, Claim, ClaimStatus, Figure, Section, Source, SourceKind


class SourcingWarning(enum.StrEnum):
    """What a reader should know about how a claim is sourced."""

    UNSOURCED = "unsourced"
    SINGLE_SOURCE = "single source"
    ANONYMOUS_ONLY = "anonymous only"
    PARTY_ONLY = "rests only on a party to the story"


def explain(warning: SourcingWarning) -> str:
    """Why `warning` matters, in a phrase."""
    return _EXPLANATIONS[warning]


_EXPLANATIONS = {
    SourcingWarning.UNSOURCED: "the outlet gives no source: it asserts this itself",
    SourcingWarning.SINGLE_SOURCE: "one claimant, no independent corroboration",
    SourcingWarning.ANONYMOUS_ONLY: "every source behind it is unnamed",
    SourcingWarning.PARTY_ONLY: "every source behind it is a party to the story",
}


@dataclass(frozen=True)
class Sourcing:
    """A loaded briefing with the look-ups every screen needs, built once."""

    briefing: Briefing

    @cached_property
    def sources(self) -> dict[str, Source]:
        return {s.id: s for s in self.briefing.sources}

    @cached_property
    def sections(self) -> dict[str, Section]:
        return {s.id: s for s in self.briefing.sections}

    @cached_property
    def claims(self) -> dict[str, Claim]:
        return {c.id: c for c in self.briefing.claims}

    @cached_property
    def section_index(self) -> dict[str, int]:
        """Section id → its 0-based position in the briefing."""
        return {s.id: n for n, s in enumerate(self.briefing.sections)}

    @cached_property
    def claims_in_reading_order(self) -> list[Claim]:
        """Claims ordered by section, paragraph and position of the quote."""

        def key(claim: Claim) -> tuple[int, int, int]:
            section = self.sections[claim.section]
            paragraph = section.paragraphs[claim.paragraph - 1]
            return (self.section_index[claim.section], claim.paragraph, paragraph.find(claim.quote))

        return sorted(self.briefing.claims, key=key)

    @cached_property
    def reading_position(self) -> dict[str, int]:
        """Claim id → its 0-based position in `claims_in_reading_order`."""
        return {claim.id: n for n, claim in enumerate(self.claims_in_reading_order)}

    @cached_property
    def figures_by_claim(self) -> dict[str, list[Figure]]:
        grouped: dict[str, list[Figure]] = {}
        for figure in self.briefing.figures:
            grouped.setdefault(figure.claim, []).append(figure)
        return grouped

    def chain(self, claim: Claim) -> list[Source]:
        return [self.sources[s] for s in claim.attribution if s in self.sources]

    def corroboration(self, claim: Claim) -> list[Source]:
        return [self.sources[s] for s in claim.corroborated_by if s in self.sources]

    def warnings(self, claim: Claim) -> list[SourcingWarning]:
        chain = self.chain(claim)
        if not chain:
            return [SourcingWarning.UNSOURCED]
        found: list[SourcingWarning] = []
        # Relays (AFP passing on a ministry's words) do not corroborate.
        backers = [chain[0], *self.corroboration(claim)]
        if len(backers) == 1:
            found.append(SourcingWarning.SINGLE_SOURCE)
        if all(s.kind is SourceKind.ANONYMOUS for s in backers):
            found.append(SourcingWarning.ANONYMOUS_ONLY)
        if all(s.party for s in backers):
            found.append(SourcingWarning.PARTY_ONLY)
        return found

    @cached_property
    def overview(self) -> Overview:
        warnings: Counter[SourcingWarning] = Counter()
        for claim in self.briefing.claims:
            warnings.update(self.warnings(claim))
        return Overview(
            sources_by_kind=Counter(s.kind for s in self.briefing.sources),
            claims_by_status=Counter(c.status for c in self.briefing.claims),
            warnings=warnings,
            source_count=len(self.briefing.sources),
        )


@dataclass(frozen=True)
class Overview:
    sources_by_kind: Counter[SourceKind]
    claims_by_status: Counter[ClaimStatus]
    warnings: Counter[SourcingWarning]
    source_count: int

    @property
    def one_line(self) -> str:
        """e.g. '6 sources · 14 unsourced · 10 single-source'."""
        return sourcing_line(
            self.source_count,
            self.warnings[SourcingWarning.UNSOURCED],
            self.warnings[SourcingWarning.SINGLE_SOURCE],
        )


def sourcing_line(sources: int, unsourced: int, single: int) -> str:
    noun = "source" if sources == 1 else "sources"
    return f"{sources} {noun} · {unsourced} unsourced · {single} single-source"
