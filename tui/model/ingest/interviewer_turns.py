"""The writer's questions between an interviewee's quotations, in a feature written as an interview.

Profiles told in prose set the writer's questions between the answers: "“…,” says Lund." / "Is the
plan dead?" / "“Not yet. We start again in May.”" or "When I suggest the deal was rushed, she laughs."
/ "“Rushed? It took a year.”" The untagged quotation after the question answers it, so it is the
interviewee's, the speaker quoted just before. A question may name its topic ("Is Reyes a good mayor?")
without handing the turn to that person, which a line of plain narration naming someone would.

A line is the writer's turn when it holds no quotation and either ends in "?" or is the writer putting
something to the speaker in the first person ("I ask", "I suggest", "I put it to her"). "I asked a
neighbour …", "I told Tom Hale …" hand the next words to someone new, so they are no such turn.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re

# How many of the writer's lines an answer may follow, and how long each may be.
_TURN_PARAGRAPHS = 2
_TURN_CHARS = 400
_QUOTATION = re.compile(r"[“”\"]")
_QUESTION_END = re.compile(r"\?[)’]?\s*$")
# "I ask", "I suggest", "I put it to him", "I point out", "I say": the writer's turn to speak.
_WRITER_ASKS = re.compile(
    r"(?:^|[\s,(])I\s+(?:\w+ly\s+)?(?:then\s+|also\s+|again\s+)?"
    r"(?P<verb>ask|asked|say|said|suggest|suggested|put\s+it\s+to|point\s+out|pointed\s+out|wonder|"
    r"wondered|mention|mentioned|raise|raised|press|pressed|remind|reminded|venture|ventured|"
    r"counter|countered|challenge|challenged|probe|probed|tell|told|note|noted|observe|observed)\b"
    r"(?P<rest>[^.;!?]*)"
)
# The verbs whose object is the one who answers: "I ask him", "I told her"; a new person there
# ("I asked a neighbour", "I told Tom Hale") answers instead.
_ASKS_SOMEONE = {"ask", "asked", "press", "pressed", "tell", "told", "remind", "reminded", "challenge",
                 "challenged", "probe", "probed"}  # fmt: skip
_ASKED_IS_THE_SPEAKER = re.compile(
    r"\s*(?:[,.;?]|$|him\b|her\b|them\b|if\b|whether\b|what\b|why\b|how\b|when\b|where\b|who\b|which\b|"
    r"about\b|again\b|once\b|later\b|finally\b)"
)


def writer_turn(paragraph: str) -> bool:
    """Whether the paragraph is the writer's question or remark to the person interviewed."""
    text = paragraph.strip()
    if not text or len(text) > _TURN_CHARS or _QUOTATION.search(text):
        return False
    if _QUESTION_END.search(text):
        return True
    for match in _WRITER_ASKS.finditer(text):
        verb = re.sub(r"\s+", " ", match["verb"])
        if verb not in _ASKS_SOMEONE or _ASKED_IS_THE_SPEAKER.match(match["rest"]):
            return True
    return False


def answers_the_writer(paragraphs: list[str], quiet: list[bool]) -> bool:
    """Whether `paragraphs`, between a speaker's words and an untagged quotation, are the writer's
    turns (each a question or remark to the speaker, or else a quiet line of narration, `quiet`), with
    at least one turn among them: the quotation after them answers, so it is the speaker's."""
    if not 0 < len(paragraphs) <= _TURN_PARAGRAPHS:
        return False
    turns = [writer_turn(p) for p in paragraphs]
    return any(turns) and all(turn or still for turn, still in zip(turns, quiet, strict=True))
