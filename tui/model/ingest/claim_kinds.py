"""What kind of statement a claim makes: a prediction, an opinion, or a factual claim, by its wording."""

from __future__ import annotations

from tui.model.format.records import ClaimKind
from tui.model.ingest import lazy_re as re

_PREDICTION = re.compile(
    r"\b(?:will|would|could|may|might|is expected to|are expected to|plans? to|is set to|are set to|"
    r"likely to|forecasts?|predicts?|is poised to|aims? to|going to)\b",
    re.IGNORECASE,
)
_OPINION = re.compile(
    r"\b(?:should|must|ought to|need to|needs to|believes?|thinks?|in my view|I think|wrong|right to|"
    r"illegal|shameful|outrageous|ridiculous|absurd|disastrous|unacceptable|reckless|dangerous|brutal|"
    r"wild|lofty|great|terrible|best|worst|failure|disgrace|cream of|good|bad|unfair|unjust|justice)\b",
    re.IGNORECASE,
)


def claim_kind(text: str) -> ClaimKind:
    if _PREDICTION.search(text):
        return ClaimKind.PREDICTION
    if _OPINION.search(text):
        return ClaimKind.OPINION
    return ClaimKind.FACTUAL
