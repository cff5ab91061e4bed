"""What each status and kind means, in the words of briefings/README.md, for pickers."""

from __future__ import annotations

from tui.model.format.records import ClaimKind, ClaimStatus

# The article… / typical wording, as the format's README gives them.
STATUS_WORDING: dict[ClaimStatus, str] = {
    ClaimStatus.ASSERTED: "states it in its own voice, with no source — plain statements, commentary",
    ClaimStatus.CONFIRMED: "says it has been confirmed — “confirmed”, “verified”, “acknowledged”",
    ClaimStatus.UNVERIFIED: "attributes it and does not vouch for it — “according to”, “said”, “reported”",
    ClaimStatus.ALLEGED: "reports that someone claims it — “claims”, “alleges”, “accused”, “calling it …”",
    ClaimStatus.DISPUTED: "reports that others contest it — “disputed”, “contested”, “rejected by”",
    ClaimStatus.DENIED: "reports a denial of it — “denied”, “dismissed as false”",
}

KIND_MEANING: dict[ClaimKind, str] = {
    ClaimKind.FACTUAL: "a checkable statement of what is or happened",
    ClaimKind.OPINION: "a judgement or characterisation",
    ClaimKind.PREDICTION: "a statement about the future",
}
