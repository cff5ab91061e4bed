"""A quotation after a colon, its speaker the subject before it: "Vera Lund was blunt: “…”".

News English often introduces words with a colon and no speech verb: a bare name
("Vera Lund: “…”"), a manner ("She was blunt: “…”"), or a message ("Lund had a
simple message for the council: “…”"). The clause before the colon names who
speaks; the quotation after it, running to the sentence's end, is the claim.
Only a proper name or a personal pronoun opening the clause counts: "The rules
are simple: “No dogs.”" quotes a text, not a speaker.
"""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention, looks_like_name, subject_name
from tui.model.ingest.posted_quotes import TIME_OPENER
from tui.model.ingest.speaker_words import valid_speaker

_COLON_QUOTE = re.compile(r"(?P<pre>[^“”\"]{2,160}?):\s*(?P<quote>[“\"][^“”\"]{12,}[”\"])\s*\.?\s*$")
_WHEN = re.compile(
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Update|Editor"
)
_PRONOUN = re.compile(r"(?:He|She|They)\b")
# "The headline:", "Her message read:": a text or a title before the colon, not a speaker's clause.
# "The company, in a statement:", "A spokeswoman, in an email to the Ledger:": the aside names a text,
# so a description before it speaks as a name would.
_IN_A_TEXT = re.compile(
    r"(?P<who>(?:[Tt]he|[Aa]n?)\s+[^,]{2,60}?),\s+(?:in|via)\s+(?:a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?"
    r"(?:statement|e-?mail|post|tweet|letter|message|interview|release|speech|filing)\b[^,]{0,60}"
)
_TEXT_BEFORE = re.compile(r"\b(?:headline|title|slogan|motto|caption|sign|banner|subject\s+line)s?\b", re.I)


def colon_quotation(sentence: str) -> Cue | None:
    """The subject of the clause before a colon, and the quotation after it."""
    match = _COLON_QUOTE.match(sentence)
    if match is None or _TEXT_BEFORE.search(match["pre"]) or match["quote"].rstrip('”"').endswith("?"):
        return None  # "She had one question: “Who will pay?”": a question claims nothing
    pre = match["pre"].strip()
    opener = TIME_OPENER.match(pre)
    if opener is not None and len(pre) > opener.end():
        pre = pre[opener.end() :]  # "Months later, Lund was blunt: “…”": she speaks, not "Months"
    pronoun = _PRONOUN.match(pre)
    in_a_text = _IN_A_TEXT.fullmatch(pre)
    if in_a_text is not None:
        speaker = in_a_text["who"]
    elif looks_like_name(pre) and len(pre.split()) >= 2:
        speaker = pre  # "Vera Lund: “…”"
    elif pronoun is not None:
        speaker = pronoun.group(0).lower()
    else:
        named = subject_name(pre)
        if named is None or not pre.startswith(named) or len(pre.split()) < 3 or _WHEN.match(named):
            return None  # "Lund was blunt:" has a clause; a lone "Monday:" or "Update:" has none
        speaker = named
    if not valid_speaker(speaker):
        return None
    return Cue((Mention(speaker),), ClaimStatus.UNVERIFIED, match.span("quote"))
