"""The clause after a mid-sentence tag: "The plan is “a good start,” Pell said, but more money is
needed." The quotation before the tag is one claim; the clause the speaker goes on with after the tag's
comma is a second one, when it is a clause of its own (a finite verb) and not the outlet's aside ("…,
Pell said, as the storm approached"; "…, the council said, the third closure this year").

A quotation split by its tag ("“The bridge is safe,” Pell said, “and it will reopen in May.”") is one
quoted sentence: the claim runs on through the tag to the second part's closing mark.
"""

from __future__ import annotations

from dataclasses import replace

from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import trim_end

# ", Pell said, but …": the tag between the quotation's closing mark and the clause.
_TAG = re.compile(
    r"\s*,?\s*(?:(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*|he|she|they)\s+(?:said|says|added|argued|insisted)"
    r"(?:\s+(?:on|last)\s+\w+)?\s*,\s+"
)
# The clause opens on its subject or a joining word, never on an aside's first word.
_ASIDE = re.compile(
    r"(?:as|when|while|after|before|since|until|adding|noting|saying|according|who|which|whose|where|"
    r"in|on|at|during|with|without|for|from|and|then|one|two|three|days?|weeks?|hours?)\b",
    re.IGNORECASE,
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|will|would|can|could|should|must|has|have|had|do|does|did|may|might)\b"
)


# ", Pell said, “…", ", said Pell, “…", ", he said of the patients, “…", ", Page said approvingly, “…":
# a tag, then the quotation goes on.
_NAME = r"(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*"
# "“…,” Pell had announced on a radio show before the vote, “…”": the tag's verb (with "had", "has",
# "later") and where or when it was said, up to the quotation going on.
_SPLIT_VERB = (
    r"(?:(?:had|has|have|later|then|also)\s+)?(?:said|says|added|explained|continued|recalled|announced|"
    r"wrote|writes|insisted|argued|warned|noted|declared|replied|answered|stated|posted|tweeted|shouted|"
    r"joked|admitted|concluded|told\s+[^,“”\"]{2,40}?)"
)
_WHERE_SAID = r"\s+(?:on|in|at|before|after|during|from|via|to|last)\s+[^,“”\"]{2,60}?"
_SPLIT_TAG = re.compile(
    rf"\s*,?\s*(?:(?:{_NAME}|he|she|they|we|I)\s+{_SPLIT_VERB}|(?:said|says|added|explained|continued)\s+"
    rf"{_NAME})(?:\s+[a-z]+ly|{_WHERE_SAID}|\s+(?:on|last)\s+\w+|\s+of\s+[^,“”\"]{{2,40}}?)?\s*,\s*"
    r"(?=[“\"])"
)


def tail_after_tag(sentence: str, cue: Cue) -> Cue:
    """The cue with `also` set to the clause after a mid-sentence tag, when one follows its quotation;
    with its claim run on to the end of a quotation the tag splits."""
    end = cue.content[1]
    if cue.also is not None or cue.relays_previous or sentence[end - 1 : end] not in ("”", '"'):
        return cue
    split = _SPLIT_TAG.match(sentence, end)
    if split is not None and cue.content[0] < end and sentence[cue.content[0]] in ("“", '"'):
        # The second part closes on its own mark, or at the sentence's end when the splitter cut it there.
        close = re.search(r"[”\"]", sentence[split.end() + 1 :])
        new_end = split.end() + 1 + close.end() if close is not None else trim_end(sentence, len(sentence))
        return replace(cue, content=(cue.content[0], new_end))
    tag = _TAG.match(sentence, end)
    if tag is None:
        return cue
    # "…, Pell said, but …" goes on with her; "…, and the crowd was silent" is the outlet's narration.
    rest = re.sub(r"^(?:but|yet)\s+", "", sentence[tag.end() :])
    rest_start = len(sentence) - len(rest)
    if _ASIDE.match(rest) or not _FINITE.search(rest) or len(rest.split()) < 4 or re.search(r"[“”\"]", rest):
        return cue
    return replace(cue, also=(rest_start, trim_end(sentence, len(sentence))))
