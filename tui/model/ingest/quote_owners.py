"""A quotation's speaker named in the sentence after it: "“The port stays closed.” Those were the words of
harbour master Tom Reed on Monday.", "“It is a disaster.” So said Ana Ruiz, the mayor." The sentence quotes
nothing itself; it says whose the quotation before it was."""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.phrases import Mention
from tui.model.ingest.speaker_words import valid_speaker

# Who: a name (with a role before it) or a description, up to a comma, a full stop or a circumstance.
_WHO = (
    r"(?P<who>(?:(?:the|a|an)\s+)?(?:(?!(?:on|in|at|as|last|this)\s)[a-z][\w’'-]*\s+){0,3}?"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|"
    r"(?:the|a|an)\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,2}?)"
    r"(?=\s*[,.;]|\s+(?:on|as|who|in|at|after|during|when|before|while|last|this|put\b|described|called)\b)"
)
_OWNER = re.compile(
    r"^(?:(?:Those|These|Such)\s+(?:were|are)\s+the\s+(?:words|views|thoughts|verdict)\s+of\s+"
    r"|So\s+(?:said|says)\s+"
    r"|(?:The|Those|These)\s+words\s+(?:came|come)\s+from\s+"
    r"|(?:That|This)\s+(?:was|is)\s+the\s+(?:message|verdict|view|warning)\s+(?:of|from)\s+"
    r"|(?:That|This)\s+(?:was|is)\s+how\s+(?=.+\s+(?:put|described|called)\s+it\b))" + _WHO
)


def quote_owner(sentence: str) -> Mention | None:
    """The speaker a sentence names as the owner of the quotation just before it, if it does."""
    found = _OWNER.match(sentence)
    if found is None or not valid_speaker(found["who"]):
        return None
    return Mention(found["who"])
