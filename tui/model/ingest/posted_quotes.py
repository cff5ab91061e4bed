"""Words a person posts, quoted after the post: "Orr posted a photo with the caption “Home at last”",
"The following month she posted asking for help: “…”", "…, sharing a clip and giving it a heading that
said: “…”". A post's caption, heading or text is its poster's claim; the poster is the subject of the
clause that posts (after an opening phrase of time such as "Months later,").

A title is no claim: "posted a video titled “…”" or "called “…”" is left alone.
"""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention, sentence_subject, subject_before
from tui.model.ingest.speaker_words import names_a_giver

_POST_VERB = r"(?:re)?post(?:ed|ing)|shar(?:ed|ing)|tweet(?:ed|ing)|upload(?:ed|ing)"
_POSTED = re.compile(
    rf"\b(?P<verb>{_POST_VERB})\b(?P<mid>[^“”\"]{{0,120}}?)"
    r"(?:\b(?:with|under|and)\s+(?:the|a)\s+caption\s*:?|\bcaptioned(?:\s+it)?\s*:?|"
    r"\b(?:heading|caption|message|note|text|status)\s+(?:that|which)\s+(?:said|read|says|reads)\s*[:,]?|"
    r"\b(?:saying|writing)\s*[:,]?|:)"
    r"\s*(?P<quote>[“\"][^“”\"]{3,}[”\"])"
)
# "The following month she posted", "In May, Orr posted": the poster right before the verb.
_RIGHT_BEFORE = re.compile(
    r"(?:^|\s)(?P<who>he|she|they|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})\s+(?:also\s+|later\s+|then\s+)?$"
)
# "Months later,", "Several months into the job,", "In May,": when, before the subject.
TIME_OPENER = re.compile(
    r"^(?:(?:In|On|By|During|After|Before|Since|Later|Earlier|Then|The\s+following|Several|Some|A\s+few|"
    r"Months|Weeks|Days|Years|Hours|Moments|Minutes|Two|Three|Four)\b[^,“”\"]{0,50}),\s+"
)
_TIME_PREFIX = re.compile(
    r"^(?:The\s+(?:following|next|same)\s+\w+|(?:Last|This|That|Later\s+that|Earlier\s+that)\s+\w+|"
    r"\w+\s+later)\s+(?=\S)"
)


def posted_quote(sentence: str) -> Cue | None:
    """The poster and the quoted caption or text of their post, or None."""
    match = _POSTED.search(sentence)
    if match is None or re.search(r"\b(?:titled|entitled|called|named)\s*$", match["mid"]):
        return None
    who = _poster(sentence, match.start("verb"))
    if who is None or not names_a_giver(who):
        return None
    start, end = match.span("quote")
    return Cue((Mention(who),), ClaimStatus.UNVERIFIED, (start, end))


def _poster(sentence: str, verb_start: int) -> str | None:
    participle = sentence[verb_start:].split(" ", 1)[0].endswith("ing")
    # "…, sharing a clip": a participle's subject is the sentence's, not the words right before it.
    found = None if participle else subject_before(sentence, verb_start)
    if found is not None:
        # "The following month she posted": the time phrase written with no comma is not the poster.
        return _TIME_PREFIX.sub("", found[0].text) or None
    right = None if participle else _RIGHT_BEFORE.search(sentence[:verb_start])
    if right is not None:
        return right["who"]
    opener = TIME_OPENER.match(sentence)
    rest = sentence[opener.end() :] if opener is not None else sentence
    subject = sentence_subject(rest)
    # A subject of more than four words ran on into the clause: no poster read.
    return None if subject is None or len(subject.text.split()) > 4 else subject.text
