"""Whether a quotation with no tag of its own goes on with the speaker quoted last.

A quotation that opens mid-sentence after words the analysis read no tag in ("… allowing the prisoner
to speak: “…", "So, days before the vote, Lund quit, telling a town hall, “…") is not the last
speaker's by default: the words before it may name who speaks. Its later sentences go on with the
last speaker only when those words name no one else ("Lund went on, “…" after Lund, "She added, “…").
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.drafts import Draft
from tui.model.ingest.name_patterns import MONTH, WEEKDAY
from tui.model.ingest.opening_subjects import NOT_A_NAME
from tui.model.ingest.sentences import Sentence

_OPENING_MARK = re.compile(r"[“\"]")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'.-]*[\w.]")
_WHEN_WORD = re.compile(rf"{MONTH}|{WEEKDAY}")
_OPENING_ADVERB = re.compile(r"^\s*[A-Z][a-z]+,")


def owned_opening(drafts: list[Draft], sentence: Sentence, last: Draft) -> bool:
    """Whether the quotation that opens in `sentence` may go on with `last`'s speaker."""
    mark = _OPENING_MARK.search(sentence.text)
    opener = sentence.text[: mark.start()] if mark is not None else ""
    if not opener.strip():
        return True  # the quotation opens the sentence: nothing before it names anyone
    if any(d.sentence is sentence and d.chain for d in drafts[-12:]):
        return True  # its tag was read: the sentence has a speaker
    if opener.rstrip().endswith(":"):
        return False  # "… allowing the prisoner to speak: “…": an introduction with no speaker read
    return not _names_another(opener, last)


def _names_another(opener: str, last: Draft) -> bool:
    """The words before the quotation name someone, and none of the names is the last speaker's."""
    opener = _OPENING_ADVERB.sub("", opener)  # "Indeed, she went on, “…": capitalised as it opens
    names = {
        word.rstrip(".")
        for word in _CAPITALISED.findall(opener)
        if word not in NOT_A_NAME and not _WHEN_WORD.fullmatch(word)
    }
    if not names or not last.chain:
        return False
    speaker = last.chain[0].root()
    spoken = set(f"{speaker.name} {last.chain[0].name}".replace("’s", "").split())
    return not names & spoken
