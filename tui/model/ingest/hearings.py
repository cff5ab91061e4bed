"""What a court or an inquest heard: British court reporting's tag for evidence given there.

"The inquest heard that the driver had not slept", "The court previously heard the pier was unsafe",
"The driver had not slept for two days, an inquest has heard." The hearing is the source the outlet
cites: the words were said before it, and the report names the hearing, not the witness. Only a body
that hears evidence counts (a court, an inquest, a jury, a tribunal, a hearing, a trial): "the
council heard that" is a meeting, read by the other rules or not at all.
"""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention, inside, quoted_spans, sane, trim_end

# "the inquest at Stoke Town Hall", "York Crown Court", "Ashby Magistrates' Court", "the jury".
_BODY = (
    r"(?:(?:[Tt]he|[Aa]n?)\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:inquest|court|jury|tribunal|hearing|trial)"
    r"(?:\s+(?:at|in)\s+(?:[A-Z][\w’'-]*\s*){1,4}?)?"
    r"|(?:[A-Z][\w’'-]*\s+){1,3}(?:Crown|Magistrates[’']?|Coroner[’']?s[’']?|Sheriff|High|District|County|"
    r"Youth|Criminal|Supreme|Superior)\s+Court)"
)
_HEARD = r"(?:has\s+|had\s+|have\s+)?(?:previously\s+|also\s+|earlier\s+|now\s+)*(?:heard|was\s+told)"
# "The inquest heard that …": the hearing first, at the sentence's start.
_FIRST = re.compile(
    rf"^(?P<body>{_BODY})\s+{_HEARD}(?:\s+on\s+\w+(?:\s+\d{{1,2}})?)?,?\s+(?:that\s+|how\s+)?"
)
# "…, an inquest has heard." / "…, York Crown Court heard on Monday.": the hearing as a closing tag.
_LAST = re.compile(rf",\s+(?P<body>{_BODY})\s+{_HEARD}(?:\s+(?:on|this|last)\s+[\w ]{{1,20}}?)?[.!]?\s*$")


def hearing_heard(sentence: str) -> Cue | None:
    """ "The inquest heard that …" / "…, the court heard.": the hearing is the claim's source."""
    quoted = quoted_spans(sentence)
    first = _FIRST.match(sentence)
    if first is not None:
        end = trim_end(sentence, len(sentence))
        if len(sentence[first.end() : end].split()) < 3:
            return None
        return Cue((_body(first["body"]),), ClaimStatus.UNVERIFIED, sane(sentence, (first.end(), end)))
    last = _LAST.search(sentence)
    if last is None or inside(quoted, last.start()) or len(sentence[: last.start()].split()) < 3:
        return None
    return Cue((_body(last["body"]),), ClaimStatus.UNVERIFIED, sane(sentence, (0, last.start())))


def _body(text: str) -> Mention:
    return Mention(text.strip())
