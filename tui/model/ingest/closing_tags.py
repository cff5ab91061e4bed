"""A report inside a report: a clause with its own speaker, closed by a tag that names another.

"The Kremlin believes that the U.S. has meddled, observers of Russia say." and "A poll showed the
premier's rating at 13%, The Harbour Times reported, down from 19%." The clause's speaker (the Kremlin, the
poll) is the claimant; the one in the closing tag says so, so the chain runs claimant -> tag's speaker.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention, inside, quoted_spans, trim_end
from tui.model.ingest.speaker_words import valid_speaker

# ", observers of Russia say." / ", The Harbour Times reported, …": the tag's subject, then its verb, then
# the sentence's end or a comma (what follows is an aside to the claim: "down from 19%").
_CLOSING_TAG = re.compile(
    r",\s+(?P<np>(?:the\s+|The\s+)?(?:[\w.’'&-]+\s+){0,5}?[\w.’'&-]+)\s+(?:also\s+)?"
    r"(?:said|say|says|reported|reports|wrote|added)"
    r"(?:\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?\s*(?=[,.;]|$)"
)


def closing_tag(sentence: str, cue: Cue) -> Cue:
    """The cue with the closing tag's speaker ending its chain, and its claim stopping before the tag."""
    if cue.relays_previous or not cue.speakers:
        return cue
    start, end = cue.content
    quoted = quoted_spans(sentence)
    for found in _CLOSING_TAG.finditer(sentence, start):
        if found.start() >= end or inside(quoted, found.start()):
            continue
        np = found["np"]
        if not valid_speaker(np) or np.split()[0].lower() in _NOT_A_SUBJECT:
            continue
        if np.lower() in {m.text.lower() for m in cue.speakers}:
            return cue
        if sentence.find(cue.speakers[0].text) >= found.start():
            return cue  # the cue's speaker is in the tag or after it: one report, not two
        claim_end = trim_end(sentence, found.start())
        if len(sentence[start:claim_end].split()) < 3:
            return cue
        return replace(cue, content=(start, claim_end), speakers=(*cue.speakers, Mention(np)))
    return cue


# ", which he said" / ", and he said": a relative or a new clause, not a tag that closes the report.
_NOT_A_SUBJECT = {"which", "who", "and", "but", "as", "that", "he", "she", "it", "they", "we", "i", "so"}


# "…, the regional government was quoted as saying late Thursday by the Kinsala news agency." and "The
# ministry was quoted as saying by Kinpress that …": the quoting agency comes after "as saying".
_QUOTED_SAYING_BY = re.compile(
    r"(?P<lead>,\s+|^)(?P<np>(?:[\w.’'&-]+\s+){0,5}?[\w.’'&-]+)\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:also\s+)?(?:quoted|cited)\s+as\s+saying\s+(?:(?:late\s+|early\s+|on\s+)?(?:(?:Mon|Tues|Wednes|Thurs|"
    r"Fri|Satur|Sun)day|today|yesterday)(?:\s+(?:morning|afternoon|evening|night))?\s+)?by\s+"
    r"(?P<by>(?:the\s+)?(?:[A-Z][\w.’'&-]*\s+){0,3}[A-Z][\w.’'&-]*(?:\s+(?:news\s+)?agency)?)"
    r"(?P<tail>\s*[.!?]?\s*$|\s*,?\s+(?:that\s+)?)"
)


def quoted_saying_by(sentence: str, inner: Callable[[str], Cue | None]) -> Cue | None:
    """The cue of a "was quoted as saying by <agency>" tag, closing the sentence or opening its claim; a
    claimant of the clause before a closing tag (`inner`, "Local people reported …") heads the chain."""
    match = _QUOTED_SAYING_BY.search(sentence)
    if match is None or not valid_speaker(match["np"]) or inside(quoted_spans(sentence), match.start()):
        return None
    # "the Kinsala news agency": the agency's name is what names it ("the … agency" reads as a description).
    agency = re.fullmatch(r"(?:the\s+)?(?P<name>.+?)\s+(?:news\s+)?agency", match["by"])
    speakers: tuple[Mention, ...] = (Mention(match["np"]), Mention(agency["name"] if agency else match["by"]))
    if match["lead"].strip():  # a closing tag: the claim is the clause before it
        content = (0, trim_end(sentence, match.start()))
        before = inner(sentence[: match.start()])
        if before is not None and before.content[0] < content[1] and not before.relays_previous:
            speakers = (*before.speakers, *speakers)
    elif match["tail"].strip(" .!?"):
        content = (match.end(), trim_end(sentence, len(sentence)))
    else:
        return None
    if len(sentence[content[0] : content[1]].split()) < 3:
        return None
    return Cue(speakers, ClaimStatus.UNVERIFIED, content)
