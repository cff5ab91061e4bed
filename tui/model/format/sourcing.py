"""What a careful reader wants to know about each claim's sourcing."""

from __future__ import annotations

import enum
from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from tui.model.format.cues import attribution_cue
from tui.model.format.records import (
    Briefing,
    Claim,
    ClaimKind,
    ClaimStatus,
    Figure,
    Section,
    Source,
    SourceKind,
)
from tui.model.format.sourcing_text import sourcing_line as sourcing_line  # kept importable from here

# A headline may state these as fact; any other status is someone else's word.
STATED_AS_FACT = frozenset({ClaimStatus.ASSERTED, ClaimStatus.CONFIRMED})


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
class Overstatement:
    """A title or heading that states as fact a claim the body only attributes."""

    section: str | None  # the heading's section id; None for the title
    claim: Claim
    what: str  # "states as fact what paragraph 2 attributes to …"

    @property
    def message(self) -> str:
        """e.g. 'heading states as fact what paragraph 2 attributes to … (unverified)'."""
        return f"{'title' if self.section is None else 'heading'} {self.what}"


@dataclass(frozen=True)
class Sourcing:
    """A loaded briefing with the look-ups every screen needs, built once."""

    briefing: Briefing

    def prepare(self) -> None:
        """Work out now the look-ups a briefing's screen reads to draw its first frame (a long
        briefing's are worked out in a worker thread, before the screen is made)."""
        _worked_out = (  # each is a cached property: reading it works it out once
            self.claims,
            self.sections,
            self.sources,
            self.section_index,
            self.reading_position,  # and the claims in reading order
            self.figures_by_claim,
            self.claims_by_paragraph,
            self.claims_per_section,
            self.overstated_by_section,
            self.overview,
        )

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

    @cached_property
    def claims_by_paragraph(self) -> dict[tuple[int, int], list[Claim]]:
        """(section index, 0-based paragraph) → the claims quoted from it, in the file's order."""
        grouped: dict[tuple[int, int], list[Claim]] = {}
        section_index = self.section_index
        for claim in self.briefing.claims:
            grouped.setdefault((section_index[claim.section], claim.paragraph - 1), []).append(claim)
        return grouped

    @cached_property
    def claims_per_section(self) -> dict[str, int]:
        """Section id → how many claims it holds (sections without claims left out)."""
        counts: dict[str, int] = {}
        for claim in self.briefing.claims:
            counts[claim.section] = counts.get(claim.section, 0) + 1
        return counts

    def chain(self, claim: Claim) -> list[Source]:
        return [self.sources[s] for s in claim.attribution if s in self.sources]

    def corroboration(self, claim: Claim) -> list[Source]:
        return [self.sources[s] for s in claim.corroborated_by if s in self.sources]

    def warnings(self, claim: Claim) -> list[SourcingWarning]:
        """Sourcing warnings for a factual claim or prediction; none for an opinion,
        which is a judgement to weigh, not a fact to source."""
        if claim.kind is ClaimKind.OPINION:
            return []
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
    def overstatements(self) -> list[Overstatement]:
        """Overstated title first, then headings, in reading order."""
        found = self._overstated(None, self.briefing.meta.title, self.briefing.meta.rests_on)
        for section in self.briefing.sections:
            found += self._overstated(section.id, section.heading, section.rests_on)
        return found

    @cached_property
    def overstated_by_section(self) -> dict[str | None, list[Overstatement]]:
        """Section id (None: the title) → its overstatements; absent when none."""
        grouped: dict[str | None, list[Overstatement]] = {}
        for item in self.overstatements:
            grouped.setdefault(item.section, []).append(item)
        return grouped

    def _overstated(self, section: str | None, text: str, rests_on: tuple[str, ...]) -> list[Overstatement]:
        if not text.strip() or attribution_cue(text) is not None:
            return []
        found: list[Overstatement] = []
        for claim_id in rests_on:
            claim = self.claims.get(claim_id)
            if claim is None or claim.status in STATED_AS_FACT:
                continue
            where = f"paragraph {claim.paragraph}"
            if claim.section != section:
                where = f"section {self.section_index[claim.section] + 1}, {where}"
            chain = self.chain(claim)
            if chain:
                what = f"attributes to {chain[0].name} ({claim.status.value})"
            else:
                what = f"presents as {claim.status.value}"
            found.append(Overstatement(section, claim, f"states as fact what {where} {what}"))
        return found

    @cached_property
    def overview(self) -> Overview:
        warnings: Counter[SourcingWarning] = Counter()
        for claim in self.briefing.claims:
            warnings.update(self.warnings(claim))
        return Overview(
            sources_by_kind=Counter(s.kind for s in self.briefing.sources),
            claims_by_status=Counter(c.status for c in self.briefing.claims),
            claims_by_kind=Counter(c.kind for c in self.briefing.claims),
            warnings=warnings,
            source_count=len(self.briefing.sources),
            overstated=len({item.section for item in self.overstatements}),
        )


@dataclass(frozen=True)
class Overview:
    sources_by_kind: Counter[SourceKind]
    claims_by_status: Counter[ClaimStatus]
    claims_by_kind: Counter[ClaimKind]
    warnings: Counter[SourcingWarning]
    source_count: int
    # How many headings (the title counts as one) are overstated.
    overstated: int

    @property
    def one_line(self) -> str:
        """e.g. '6 sources · 4 unsourced facts · 9 opinion · 8 single-source'."""
        return sourcing_line(
            self.source_count,
            unsourced=self.warnings[SourcingWarning.UNSOURCED],
            opinion=self.claims_by_kind[ClaimKind.OPINION],
            single=self.warnings[SourcingWarning.SINGLE_SOURCE],
            overstated=self.overstated,
        )
