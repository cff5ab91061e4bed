"""Checks that types cannot express: unique ids, references, quotes."""

from __future__ import annotations

from tui.model.format.records import FORMAT_VERSION, Briefing, ClaimKind, ReviewState, SourceKind
from tui.model.text import did_you_mean, shorten

# (path, message) pairs; the loader turns them into located Problems.
Finding = tuple[str, str]


def check_format_version(version: int) -> list[Finding]:
    if version > FORMAT_VERSION:
        return [
            (
                "format",
                f"format {version} is newer than this briefing understands "
                f"(up to {FORMAT_VERSION}); upgrade briefing",
            )
        ]
    return []


def _features(briefing: Briefing) -> list[tuple[str, str, int]]:
    """(path, feature, the format that added it) for every value newer than format 1."""
    used: list[tuple[str, str, int]] = []
    if briefing.meta.rests_on:
        used.append(("briefing.rests_on", "rests_on", 2))
    for index, section in enumerate(briefing.sections):
        if section.rests_on:
            used.append((f"sections[{index}].rests_on", "rests_on", 2))
        if not section.heading:
            used.append((f"sections[{index}].heading", "a section with no heading", 2))
    for index, claim in enumerate(briefing.claims):
        if claim.kind is not ClaimKind.FACTUAL:
            used.append((f"claims[{index}].kind", "kind", 2))
        if claim.review is not ReviewState.CHECKED:
            used.append((f"claims[{index}].review", "review", 2))
    for index, source in enumerate(briefing.sources):
        if source.kind is SourceKind.PERSON:
            used.append((f"sources[{index}].kind", 'kind = "person"', 3))
    return used


def _newer_features(briefing: Briefing) -> list[Finding]:
    """Values of a newer format than the file says it is written in: they would mean something
    else to a reader of that format (or nothing), so the file must say which format it uses."""
    return [
        (
            path,
            f"{feature} needs format {needed}, but this file says format = {briefing.format}; "
            f"set format = {needed}",
        )
        for path, feature, needed in _features(briefing)
        if briefing.format < needed
    ]


def lowest_format(briefing: Briefing) -> int:
    """The oldest format that can hold `briefing`: what a file written for it should say."""
    return max((needed for _path, _feature, needed in _features(briefing)), default=1)


def _duplicates(kind: str, ids: list[str]) -> list[Finding]:
    seen: set[str] = set()
    findings: list[Finding] = []
    for index, item_id in enumerate(ids):
        if item_id in seen:
            findings.append((f"{kind}[{index}].id", f"duplicate {kind[:-1]} id '{item_id}'"))
        seen.add(item_id)
    return findings


def validate(briefing: Briefing) -> list[Finding]:
    """Every cross-reference problem in `briefing`, in file order."""
    findings = check_format_version(briefing.format)
    findings += _newer_features(briefing)
    findings += _duplicates("sources", [s.id for s in briefing.sources])
    findings += _duplicates("sections", [s.id for s in briefing.sections])
    findings += _duplicates("claims", [c.id for c in briefing.claims])
    findings += _duplicates("figures", [f.id for f in briefing.figures])

    sources = {s.id for s in briefing.sources}
    sections = {s.id: s for s in briefing.sections}
    claims = {c.id for c in briefing.claims}

    for index, claim in enumerate(briefing.claims):
        here = f"claims[{index}]"
        for field in ("attribution", "corroborated_by"):
            chain: tuple[str, ...] = getattr(claim, field)
            for link, source_id in enumerate(chain):
                if source_id not in sources:
                    findings.append(
                        (
                            f"{here}.{field}[{link}]",
                            f"unknown source '{source_id}'{did_you_mean(source_id, sources)}",
                        )
                    )
        if len(set(claim.attribution)) != len(claim.attribution):
            findings.append((f"{here}.attribution", "a source appears twice in the chain"))
        section = sections.get(claim.section)
        if section is None:
            findings.append(
                (
                    f"{here}.section",
                    f"unknown section '{claim.section}'{did_you_mean(claim.section, sections)}",
                )
            )
            continue
        if claim.paragraph > len(section.paragraphs):
            findings.append(
                (
                    f"{here}.paragraph",
                    f"section '{section.id}' has {len(section.paragraphs)} paragraphs, not {claim.paragraph}",
                )
            )
            continue
        if claim.quote not in section.paragraphs[claim.paragraph - 1]:
            findings.append(
                (
                    f"{here}.quote",
                    f"quote not found in section '{section.id}' paragraph {claim.paragraph}: "
                    f"'{shorten(claim.quote, 60)}'",
                )
            )

    for here, rests_on in [("briefing", briefing.meta.rests_on)] + [
        (f"sections[{index}]", section.rests_on) for index, section in enumerate(briefing.sections)
    ]:
        for link, claim_id in enumerate(rests_on):
            if claim_id not in claims:
                findings.append(
                    (
                        f"{here}.rests_on[{link}]",
                        f"unknown claim '{claim_id}'{did_you_mean(claim_id, claims)}",
                    )
                )

    for index, figure in enumerate(briefing.figures):
        if figure.claim not in claims:
            findings.append(
                (
                    f"figures[{index}].claim",
                    f"unknown claim '{figure.claim}'{did_you_mean(figure.claim, claims)}",
                )
            )
    return findings
