"""Who says so: the focused claim's attribution chain, or the briefing's overview."""

from __future__ import annotations

from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Static

from tui.model.format.records import Claim, ClaimKind, ClaimStatus, ReviewState, Source, SourceKind
from tui.model.format.sourcing import Sourcing, explain
from tui.model.state.marks import FLAG, Marks
from tui.widgets.pane import BriefingPane

ContentPart = str | Content | tuple[str, str]


def status_badge(status: ClaimStatus) -> Content:
    return Content.assemble((f" {status.value.upper()} ", f"bold reverse $status-{status.value}"))


def _source_lines(source: Source, role: str) -> list[ContentPart]:
    parts: list[ContentPart] = [
        ("● ", f"$kind-{source.kind.value}"),
        (f"{role}: " if role else "", "dim"),
        (source.name, "bold"),
        "\n  ",
        (source.kind.label, f"$kind-{source.kind.value}"),
    ]
    if source.party:
        parts += ["\n  ", ("▲ party to the story", "bold $party-marker")]
    if source.description:
        parts += ["\n  ", (source.description, "dim italic")]
    parts.append("\n")
    return parts


KIND_LABELS = {
    ClaimKind.FACTUAL: "factual — a checkable statement of what is or happened",
    ClaimKind.OPINION: "opinion — a judgement or characterisation, to weigh rather than source",
    ClaimKind.PREDICTION: "prediction — about the future",
}


def kind_badge(kind: ClaimKind) -> Content:
    """OPINION / PREDICTION beside the status; a factual claim needs no badge."""
    if kind is ClaimKind.FACTUAL:
        return Content("")
    colour = "$claim-opinion" if kind is ClaimKind.OPINION else "$secondary"
    return Content.assemble(" ", (f" {kind.value.upper()} ", f"bold reverse {colour}"))


def chain_line(sourcing: Sourcing, claim: Claim) -> list[ContentPart]:
    """STATUS [KIND] · origin ▲ → relay → this outlet, in one line."""
    outlet = sourcing.briefing.meta.outlet or "this outlet"
    parts: list[ContentPart] = [status_badge(claim.status), kind_badge(claim.kind), " · "]
    for source in sourcing.chain(claim):
        parts += [(source.name, f"bold $kind-{source.kind.value}")]
        if source.party:
            parts.append((" ▲", "bold $party-marker"))
        parts.append((" → ", "dim"))
    parts.append((outlet, "bold $kind-self"))
    if not claim.attribution:
        parts.append((" (own view)" if claim.kind is ClaimKind.OPINION else " (no source)", "dim"))
    return parts


def _warning_lines(sourcing: Sourcing, claim: Claim) -> list[ContentPart]:
    parts: list[ContentPart] = []
    warnings = sourcing.warnings(claim)
    if warnings:
        parts += [
            "\n",
            ("⚠ ", "$warning-text"),
            (" · ".join(w.value for w in warnings), "bold $warning-text"),
        ]
    # The heading of the claim's section, when it overstates what the body says.
    number = sourcing.section_index[claim.section] + 1
    for item in sourcing.overstated_by_section.get(claim.section, ()):
        parts += ["\n", ("⚠ ", "$warning-text"), (f"§ {number} {item.message}", "$warning-text")]
    return parts


def claim_sourcing(sourcing: Sourcing, claim: Claim, *, bookmarked: bool = False) -> Content:
    """Status and chain on one line and the warnings first; then the claim and the details."""
    outlet = sourcing.briefing.meta.outlet or "this outlet (not named)"
    position = sourcing.reading_position[claim.id] + 1
    total = len(sourcing.briefing.claims)
    parts: list[ContentPart] = [*chain_line(sourcing, claim), *_warning_lines(sourcing, claim), "\n\n"]
    parts += [
        (claim.text, "bold italic" if claim.kind is ClaimKind.OPINION else "bold"),
        "\n",
        (f"Claim {position} of {total}", "dim"),
        (f"  {FLAG} bookmarked" if bookmarked else "", "$bookmark-marker"),
        "\n",
        ("Kind: ", "dim"),
        (KIND_LABELS[claim.kind], "$claim-opinion" if claim.kind is ClaimKind.OPINION else ""),
        ("  · draft — not yet checked" if claim.review is ReviewState.DRAFT else "", "italic $warning-text"),
        "\n\n",
        ("Who says so", "bold underline"),
        "\n",
    ]
    chain = sourcing.chain(claim)
    if not chain:
        parts += [("● ", "$kind-self"), (outlet, "bold"), (" asserts this itself", "dim"), "\n"]
    for number, source in enumerate(chain):
        role = "origin" if number == 0 else "via"
        parts += _source_lines(source, role)
        parts.append(("  │\n  ▼\n", "dim"))
    if chain:
        parts += [("● ", "$kind-self"), ("reported by: ", "dim"), (outlet, "bold"), "\n"]
    corroboration = sourcing.corroboration(claim)
    if corroboration:
        parts += ["\n", ("Also backed by", "bold underline"), "\n"]
        for source in corroboration:
            parts += _source_lines(source, "")
    if claim.note:
        parts += ["\n", ("Note: ", "bold"), claim.note, "\n"]
    for warning in sourcing.warnings(claim):
        parts += [
            "\n",
            ("⚠ ", "$warning-text"),
            (warning.value, "bold $warning-text"),
            f" — {explain(warning)}",
        ]
    figures = sourcing.figures_by_claim.get(claim.id, [])
    if figures:
        parts += ["\n\n", ("Figures from this claim", "bold underline")]
        for figure in figures:
            parts += ["\n  ", (figure.display, "bold $figure-value"), f" {figure.label}"]
    return Content.assemble(*parts)


def _overstated_lines(sourcing: Sourcing, section: int | None) -> list[ContentPart]:
    """This section's overstated heading first, then every overstated heading."""
    items = sourcing.overstatements
    if not items:
        return []
    parts: list[ContentPart] = []
    current = sourcing.briefing.sections[section].id if section is not None else None
    for item in sourcing.overstated_by_section.get(current, []) if current else []:
        parts += [("⚠ This section: ", "bold $warning-text"), (item.message, "$warning-text"), "\n"]
    if parts:
        parts.append("\n")
    parts += [("Overstated headings", "bold"), "\n"]
    for item in items:
        if item.section is None:
            where, heading = "title", sourcing.briefing.meta.title
        else:
            where, heading = (
                f"§ {sourcing.section_index[item.section] + 1}",
                sourcing.sections[item.section].heading,
            )
        parts += [
            (f"  {where} ", "bold"),
            Content(heading),
            "\n    ",
            ("⚠ ", "$warning-text"),
            item.what,
            "\n",
        ]
    return [*parts, "\n"]


def overview(sourcing: Sourcing, section: int | None = None) -> Content:
    """Overstated headings, sources by kind, claims by status and kind, warnings, editor's notes."""
    data = sourcing.overview
    parts: list[ContentPart] = [("Sourcing overview", "bold underline"), "\n", (data.one_line, "dim"), "\n\n"]
    parts += _overstated_lines(sourcing, section)
    parts += [("Sources by kind", "bold"), "\n"]
    for kind in SourceKind:
        count = data.sources_by_kind.get(kind, 0)
        if count:
            names = ", ".join(s.name for s in sourcing.briefing.sources if s.kind is kind)
            parts += [
                (f"  {count} ", "bold"),
                (kind.label, f"$kind-{kind.value}"),
                (f"  {names}", "dim"),
                "\n",
            ]
    parts += ["\n", ("Claims by status", "bold"), "\n"]
    for status in ClaimStatus:
        count = data.claims_by_status.get(status, 0)
        if count:
            parts += [f"  {count:>3} ", status_badge(status), "\n"]
    parts += ["\n", ("Claims by kind", "bold"), "\n"]
    for claim_kind in ClaimKind:
        count = data.claims_by_kind.get(claim_kind, 0)
        if count:
            style = "$claim-opinion" if claim_kind is ClaimKind.OPINION else ""
            parts += [f"  {count:>3} ", (claim_kind.value, style), "\n"]
    if data.warnings:
        parts += ["\n", ("Warnings", "bold"), "\n"]
        for warning, count in data.warnings.most_common():
            parts += [f"  {count:>3} ", ("⚠ ", "$warning-text"), (warning.value, "$warning-text"), "\n"]
    notes = sourcing.briefing.editor_notes
    if notes:
        parts += ["\n", ("Editor's notes", "bold"), "\n"]
        for note in notes:
            parts += ["  • ", note, "\n"]
    parts += ["\n", ("n / p step through the claims", "dim italic")]
    return Content.assemble(*parts)


class SourcingPanel(BriefingPane):
    """Shows the focused claim's sourcing, or the overview when none is focused."""

    section: reactive[int] = reactive(0, init=False)
    """The current section's index: the overview leads with its overstated heading."""

    def __init__(self, sourcing: Sourcing, *, id: str | None = None) -> None:
        super().__init__(sourcing, id=id)
        self.border_title = "Sourcing"

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(self._body(), id="sourcing-body", markup=False)

    def _body(self) -> Content:
        claim = self.claim
        if claim is None:
            return overview(self.sourcing, self.section)
        return claim_sourcing(self.sourcing, claim, bookmarked=self.marks.has("claim", claim.id))

    def _redraw(self) -> None:
        for body in self.query("#sourcing-body").results(Static):
            content = self._body()
            # A layout pass lays out the whole screen (every paragraph of a long article): only
            # when the new text takes a different number of lines.
            width, height = body.size
            same_height = bool(width) and content.get_height(body.styles.get_rules(), width) == height
            body.update(content, layout=not same_height)

    def watch_claim(self, old: Claim | None, new: Claim | None) -> None:
        if old is new:
            return  # the binding's first call: compose drew this already
        self.border_title = "Who says so" if new is not None else "Sourcing overview"
        self._redraw()
        self.scroll_home(animate=False)

    def watch_section(self, old: int, new: int) -> None:
        sections = self.sourcing.briefing.sections
        overstated = self.sourcing.overstated_by_section
        if self.claim is None and any(sections[n].id in overstated for n in (old, new)):
            self._redraw()

    def watch_marks(self, old: Marks, new: Marks) -> None:
        claim = self.claim
        if claim is not None and old.has("claim", claim.id) != new.has("claim", claim.id):
            self._redraw()
