"""An interview's answer as one claim of the person answering, and the sentences inside it.

`interviews` finds the answer paragraphs; here the answer (without its label) becomes a claim whose
chain is the interviewee. The sentence rules still read the answer: a sentence in which the
interviewee reports someone else's words keeps that speaker, with the interviewee after them (they
pass the words on); a sentence that only the outlet would otherwise own (a figure, a quotation with
no tag) is already the answer's, and its figures go to the answer.
"""

from __future__ import annotations

from dataclasses import replace

from tui.model.format.records import ClaimStatus
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.drafts import Draft
from tui.model.ingest.interviews import Answer
from tui.model.ingest.names import SourceEntry
from tui.model.ingest.phrases import Mention
from tui.model.ingest.sentences import Sentence


def answer_cue(paragraph: str, answer: Answer) -> tuple[Sentence, Cue] | None:
    """The answer's text as one span of the paragraph, and a cue naming who answers; None if empty."""
    text = paragraph[answer.start :]
    end = len(text[: None if answer.end is None else answer.end - answer.start].rstrip(" ."))
    if not any(c.isalnum() for c in text[:end]):
        return None
    sentence = Sentence(answer.start, len(paragraph), text)
    return sentence, Cue((Mention(answer.speaker, answer.role),), ClaimStatus.UNVERIFIED, (0, end))


def fold_into_answer(answer: Draft, inside: list[Draft]) -> list[Draft]:
    """The drafts the sentence rules made of an answer paragraph, with the answer: other speakers'
    claims chained on to the interviewee, the rest (the outlet's or the interviewee's own) folded in."""
    speaker = answer.chain[0]
    kept: list[Draft] = []
    for draft in inside:
        others = [e for e in draft.chain if not _same_person(e, speaker)]
        if others:
            draft.chain = [*others, speaker]
            kept.append(draft)
            continue
        # No one but the interviewee (or the outlet): the answer says it already, with its figures, as
        # the sentence rules read them (a figure opening a sentence reads differently mid-paragraph).
        shift = draft.sentence.start - answer.sentence.start
        answer.figures += [replace(f, start=f.start + shift, end=f.end + shift) for f in draft.figures]
    return [answer, *kept]


def _same_person(entry: SourceEntry, speaker: SourceEntry) -> bool:
    """ "Rick" read from the label "Rick:" by the sentence rules is Rick Terrill, who answers."""
    root, own = entry.root(), speaker.root()
    return root is own or set(root.name.split()) <= set(own.name.split())
