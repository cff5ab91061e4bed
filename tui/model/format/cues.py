"""Does a headline attribute what it states, or state it as fact?

A headline that says "X Says …", "… According to Y", quotes the claim, or asks
a question does not vouch for the claim itself; one that does none of these
states the claim in the outlet's voice. Pure text functions, shared by the
reader's overstated-heading warning and by ingest.
"""

from __future__ import annotations

import re

# Verbs and phrases that put a statement in someone else's mouth or hedge it,
# in the forms headlines use. Matched as whole words, case-insensitively.
ATTRIBUTION_WORDS: tuple[str, ...] = (
    "according to",
    "accuse",
    "accused",
    "accuses",
    "alleged",
    "allegedly",
    "alleges",
    "alleging",
    "argue",
    "argues",
    "asserts",
    "believe",
    "believes",
    "called",
    "calling",
    "calls",
    "claim",
    "claimed",
    "claiming",
    "claims",
    "deny",
    "denied",
    "denies",
    "insist",
    "insisted",
    "insists",
    "reportedly",
    "reports",
    "reported",
    "said",
    "say",
    "saying",
    "says",
    "slam",
    "slammed",
    "slams",
    "sources",
    "suggest",
    "suggests",
    "told",
    "warn",
    "warned",
    "warns",
)

# Hedges: the headline does not claim it happened. Not "may": in a title-cased
# headline it is as often the month ("Dam to Open in May").
HEDGE_WORDS: tuple[str, ...] = (
    "apparently",
    "could",
    "likely",
    "maybe",
    "might",
    "perhaps",
    "possibly",
    "suspected",
)

_WORDS = re.compile(
    r"\b(" + "|".join(re.escape(w) for w in ATTRIBUTION_WORDS + HEDGE_WORDS) + r")\b", re.IGNORECASE
)
# Double quotation marks of any style, or a typographic single-quoted phrase
# (‘…’ opened after a non-letter, so the apostrophe in "It’s" is not one).
_QUOTED = re.compile(r"[“”„«»\"]|(?<!\w)‘[^‘’]+’(?!\w)|(?<!\w)'[^']+'(?!\w)")


def attribution_cue(text: str) -> str | None:
    """The first sign that `text` attributes or hedges what it states, or None.

    Returns the cue as found ("says", "According to", "Could"), "quotation
    marks", or "question" for a headline that ends in a question mark.
    """
    words = _WORDS.search(text)
    if words:
        return words.group(1)
    if _QUOTED.search(text):
        return "quotation marks"
    if text.rstrip().endswith("?"):
        return "question"
    return None
