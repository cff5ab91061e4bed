"""A claim as plain text with who says so, for the clipboard."""

from __future__ import annotations

from tui.model.format.records import Claim, ClaimKind
from tui.model.format.sourcing import Sourcing


def citation(sourcing: Sourcing, claim: Claim) -> str:
    meta = sourcing.briefing.meta
    chain = " → ".join(f"{s.name} ({s.kind.label})" for s in sourcing.chain(claim))
    who = chain or f"{meta.outlet or 'the outlet'} (own assertion)"
    where = ", ".join(p for p in (meta.outlet, meta.published.isoformat() if meta.published else "") if p)
    cite = f"“{meta.title}”" + (f", {where}" if where else "") + (f", {meta.url}" if meta.url else "")
    # A pasted opinion or prediction must not read as a sourced fact.
    kind = "" if claim.kind is ClaimKind.FACTUAL else f" · {claim.kind.value}"
    return f"{claim.text}\n— {who} · {claim.status.value}{kind}\n{cite}"
