"""A claim as plain text with who says so, for the clipboard."""

from __future__ import annotations

from tui.model.format.records import Claim
from tui.model.format.sourcing import Sourcing


def citation(sourcing: Sourcing, claim: Claim) -> str:
    meta = sourcing.briefing.meta
    chain = " → ".join(f"{s.name} ({s.kind.label})" for s in sourcing.chain(claim))
    who = chain or f"{meta.outlet or 'the outlet'} (own assertion)"
    where = ", ".join(p for p in (meta.outlet, meta.published.isoformat() if meta.published else "") if p)
    cite = f"“{meta.title}”" + (f", {where}" if where else "") + (f", {meta.url}" if meta.url else "")
    return f"{claim.text}\n— {who} · {claim.status.value}\n{cite}"
