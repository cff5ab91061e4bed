"""A source named by a paper, not by who wrote it: "court records", "the affidavit", "CBP's guidelines".

The kind rules take the first body word anywhere in a name, so "court papers obtained by our
correspondent" was a court (government) and "a multiple-claimant lawsuit" a person. The head noun of
the name, before any "by …", "obtained …", "from …", says what it is.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re

# Where the head of a name ends: the words that open what follows it ("… obtained by …", "… that …").
_AFTER_HEAD = re.compile(
    r"\s(?:by|from|obtained|provided|published|seen|filed|released|prepared|issued|sent|written|"
    r"presented|signed|that|which|who|of|to|for|in|on|at|with|about|against|,)(?:\s|$)"
)

# "a series of …", "a growing body of …": the head is what follows "of" (elsewhere, what comes before).
_QUANTITY_OF = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:growing\s+)?(?:series|copy|copies|set|batch|cache|trove|stack|pile|pages?|body)\s+of\s+",
    re.IGNORECASE,
)

# Lowercase nouns only: "Def Jam Records" and "the Panama Papers" are names for the rules to read.
_DOCUMENT_HEADS = re.compile(
    r"(?:papers|records|documents?|filings?|affidavits?|lawsuits?|complaints?|indictments?|transcripts?|"
    r"memos?|letters?|emails|messages|guidelines|guidance|regulations|requirements?|reports?|reviews?|"
    r"research|stud(?:y|ies)|surveys?|polls?|data|estimates?)"
)


def names_a_document(name: str) -> bool:
    """ "court records", "the affidavit", "CBP’s guidelines": a name whose head noun is a paper."""
    head = _AFTER_HEAD.split(_QUANTITY_OF.sub("", name.strip()), maxsplit=1)[0]
    words = head.split()
    return bool(words) and _DOCUMENT_HEADS.fullmatch(words[-1].strip(".,;:’'\"”")) is not None
