"""A quotation with no tag after a short stretch of narration that names no one else.

Features and interviews set a speaker's words apart by a line of scene between them: "“The plan is
dead,” said Ana Ruiz." / "She looked tired." / "“We will start again next year.”" The quotation
after the scene is still Ruiz's: nobody else was named, nobody else was quoted. A line that names
another person ("Her rival, Tom Hale, disagreed.") or holds a quotation of its own ends the speaker's
turn, as does more than a short stretch of narration, or a line that is no sentence (a credit, a label).
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.drafts import Draft
from tui.model.ingest.interviewer_turns import answers_the_writer

# How many paragraphs of narration, and how long each, a speaker's turn outlasts.
QUIET_PARAGRAPHS = 2
_QUIET_CHARS = 220
_QUOTATION = re.compile(r"[“”\"]")
# Narration is sentences: words in lower case among them, a stop at the end.
_SENTENCES = re.compile(r"[^\n]*\b[a-z][^\n]*[.!?][)’]?")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*")
# A sentence opens with a capital whatever it is; after ". " too.
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+)([A-Z][\w’'-]*)")


def quiet_narration(paragraphs: list[str], speaker_name: str, proper_words: set[str] | None) -> bool:
    """Whether `paragraphs` (between the speaker's words and an untagged quotation) leave the turn
    with the speaker: few and short, no quotation, no name but the speaker's."""
    if not 0 < len(paragraphs) <= QUIET_PARAGRAPHS:
        return False
    own = set(speaker_name.replace("’s", "").split())
    for text in paragraphs:
        if len(text) > _QUIET_CHARS or _QUOTATION.search(text) or not _SENTENCES.fullmatch(text):
            return False  # a credit line ("Engadget"), a label ("Details"): no narration, a new part
        openers = {m.start(1) for m in _SENTENCE_START.finditer(text)}
        for word in _CAPITALISED.finditer(text):
            name = re.sub(r"[’']s$", "", word.group(0))
            if name in own:
                continue
            # A capital that only opens a sentence is no name, unless the article writes it as one.
            if word.start() in openers and (proper_words is None or name not in proper_words):
                continue
            return False
    return True


def quiet_since(
    paragraphs: list[str], last: tuple[int, Draft], position: int, proper_words: set[str] | None
) -> bool:
    """Only a line or two of narration naming no one else since the speaker's last words (`last`: the
    paragraph they were in, counted from 1, and the claim; `position`: this paragraph's, counted from 1,
    in the article's `paragraphs`); or only the writer's questions to the speaker (interviewer_turns)."""
    if not last[1].chain:
        return False
    between = paragraphs[last[0] : position - 1]
    speaker = last[1].chain[0].root().name
    if quiet_narration(between, speaker, proper_words):
        return True
    # "Is the plan dead?" between two of Lund's answers: the writer asked, the quotation answers.
    return answers_the_writer(between, [quiet_narration([p], speaker, proper_words) for p in between])
