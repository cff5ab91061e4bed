"""A sentence that hands the story a statement without quoting it yet: "Later, I got an email reply from
a company spokesperson.", "The ministry issued a statement on Friday." The quotation that opens the
next paragraph, with no tag of its own, is that statement: the giver named here is its speaker.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.speaker_words import names_a_giver

_WRITTEN = r"(?:(?:brief|short|written|emailed|email|e-mail|lengthy|joint|formal)\s+)?"
_NOUN = r"(?:reply|replies|response|statement|comment|answer|email|e-mail|message)"
_WHEN = r"(?:\s*,?\s*(?:on|last|this|late|earlier|later)\s+[\w-]+(?:\s+\w+)?)?"
# "… got an email reply from a Google representative.", "… received a statement from the ministry."
_FROM = re.compile(
    rf"\b(?:an?|the)\s+{_WRITTEN}{_NOUN}\s+from\s+(?P<who>[^,;:“”\"()]{{3,80}}?){_WHEN}\s*\.?$"
)
# "The ministry issued a statement on Friday.", "A spokesperson for the firm sent a short response."
_GAVE = re.compile(
    r"^(?:(?:Later|Then|Afterwards|Instead|Separately|In\s+response),?\s+)?(?P<who>[^,;:“”\"()]{2,60}?)\s+"
    rf"(?:later\s+|also\s+|instead\s+)?(?:issued|released|sent|provided|emailed|put\s+out)\s+(?:an?|the)\s+"
    rf"{_WRITTEN}(?:statement|response|comment|reply)\b(?:\s+(?:to|on|late|earlier|later|this|last)\s+"
    r"[^,;:“”\"()]{1,40}?)?\s*\.?$"
)


def statement_giver(sentence: str) -> str | None:
    """Who a sentence says gave a statement or a reply, not yet quoted; None if it says no such thing."""
    text = sentence.strip()
    if re.search(r"[“”\"]", text):
        return None
    match = _FROM.search(text) or _GAVE.match(text)
    if match is None:
        return None
    who = match["who"].strip()
    if not names_a_giver(who):
        return None
    return who
