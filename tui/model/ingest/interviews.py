"""Interviews, Q&As and transcripts: answers carry no speech tag, so the page's structure names who speaks.

Three forms, read over the whole article before the sentences are:

- Transcript lines, "Vera Lund: …", "LUND: …", "Vera Lund (mayor): …": the text is the labelled
  person's words. The label must be a person: a full name that recurs as a label or that the
  article names elsewhere, or a surname (first name) of such a full name. "Note:", "Update:",
  "Price:", "Thunder:" (a team) are not; a line label seen once, with a name found nowhere else
  ("Jo Reyes: two warrants" in a police log), is not either.
- Labelled Q&A, "Q: …" then "A: …": the answer is the interviewee's, the person the introduction
  names ("an interview with Vera Lund", "Lund spoke to …") or the title or dek names.
- Unlabelled Q&A: where the introduction says the page is an interview, a paragraph (or a section
  heading: a bold question often becomes one) that ends in "?" is a question and the paragraphs
  after it, up to the next question, are the interviewee's answer.

Unlabelled paragraphs after a labelled answer go on with it when another labelled line follows
them (an answer of several paragraphs); after the last labelled line they are the article's own.
Who the labels and the interviewee are is interview_names's.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import Article
from tui.model.ingest.embedded_posts import embedded_posts
from tui.model.ingest.interview_names import (
    INTERVIEW_NOTE,
    LINE,
    QUESTION_LABEL,
    Line,
    Place,
    full_names,
    is_interviewer,
    is_question,
    label_person,
    named_interviewee,
    spelled_label,
)

_QA_LINE = re.compile(r"^(?P<label>Q|A|Question|Answer|Frage|Antwort)\s*[:.]\s+(?=\S)")
_ANSWER_LABEL = re.compile(r"A|Answer|Antwort")
_OPENS_QUOTATION = re.compile(r"^[“\"‘«]")
_WORDS = re.compile(r"[\w’'-]+")
# "— Name (@handle) date", "* More on …", "Read the full transcript:": furniture among the answers.
_NOT_ANSWER = re.compile(r"^\s*[—–•*@>]|:\s*$|\(@\w+\)")
_MAX_CONTINUED = 4
_MIN_WORDS = 2
_MIN_TURNS = 3
# The questions that close a line, after its last full stop.
_QUESTION_TAIL = re.compile(r"(?<=[.!])\s+[^.!]*\?[\s”\"’)]*$")
_QUESTION_LENGTH = 400
_MIN_PAIRS = 2


@dataclass(frozen=True)
class Answer:
    """An answer or transcript line: whose words, and where they start in the paragraph (after the label)."""

    speaker: str
    start: int
    role: str = ""
    end: int | None = None  # where the words end, if a question closes the line; else the paragraph's end


def interview_answers(article: Article) -> dict[Place, Answer]:
    """The article's answer paragraphs and transcript lines, with their speakers; empty for an article."""
    paragraphs = [
        ((index, number), text)
        for index, section in enumerate(article.sections)
        for number, text in enumerate(section.paragraphs, 1)
    ]
    lines: list[Line] = []
    for place, text in paragraphs:
        line = _QA_LINE.match(text) or LINE.match(text)
        if line is not None:
            lines.append((place, line["label"], line.end(), line.groupdict().get("role") or ""))
    found = _labelled(article, paragraphs, lines) if len(lines) >= _MIN_PAIRS else {}
    if found:
        return found
    # Most articles ask no question of their own: nothing more to read (this runs on every article).
    headings = (s.heading for s in article.sections)
    if sum(1 for text in (*headings, *(t for _p, t in paragraphs)) if is_question(text)) < _MIN_PAIRS:
        return {}
    return _unlabelled(article, paragraphs)


def _labelled(
    article: Article, paragraphs: list[tuple[Place, str]], lines: list[Line]
) -> dict[Place, Answer]:
    """Transcript lines and labelled Q&A answers, with the paragraphs that go on with them."""
    counts = Counter(label for _p, label, _s, _r in lines)
    questions = {label for label in counts if is_interviewer(label, article)}
    # "Q: …" set in bold often becomes the heading over its answer.
    questions |= {
        q["label"]
        for s in article.sections
        if (q := _QA_LINE.match(s.heading)) and QUESTION_LABEL.fullmatch(q["label"])
    }
    interviewee = named_interviewee(
        article, paragraphs, structured=bool(questions) and any(_ANSWER_LABEL.fullmatch(x) for x in counts)
    )
    names = full_names(article)
    speakers: dict[str, str] = {}
    for label in counts:
        if label in questions:
            continue
        if _ANSWER_LABEL.fullmatch(label):
            if interviewee is not None and questions:
                speakers[label] = interviewee
            continue
        person = label_person(label, names, interviewee, lines)
        if person is not None:
            speakers[label] = person
    # A person speaks on two lines or more ("Ida Brandt:" then "BRANDT:"), or the text names them: a name
    # given on one line only may be a list's item ("Jo Reyes: two warrants").
    lines_of = Counter(speakers.get(label) for _p, label, _s, _r in lines)
    speakers = {
        label: p
        for label, p in speakers.items()
        if lines_of[p] >= 2 or (p in names and spelled_label(label) == p)
    }
    labelled = _in_runs(
        [entry for entry in lines if entry[1] in speakers or entry[1] in questions], paragraphs
    )
    if len(labelled) < _MIN_PAIRS or not _talk(
        article, labelled, speakers, questions, interviewee, paragraphs
    ):
        return {}
    found: dict[Place, Answer] = {}
    order = [place for place, _t in paragraphs]
    at = {place: position for position, place in enumerate(order)}
    texts = dict(paragraphs)
    posts = {(i, n) for i, section in enumerate(article.sections) for n in embedded_posts(section.paragraphs)}
    for (place, label, start, role), following in zip(labelled, [*labelled[1:], None], strict=True):
        if label in questions:
            continue
        speaker = speakers[label]
        text = texts[place]
        # "It cracked in May. Have you read it?": what the line says, not the question it closes on.
        asked = _QUESTION_TAIL.search(text, start) if is_question(text) else None
        if asked is not None:
            found[place] = Answer(speaker, start, role, asked.start())
        elif not is_question(text):
            found[place] = Answer(speaker, start, role)
        if following is None:
            continue  # after the last labelled line the paragraphs are the article's own
        position = at[place] + 1
        gap = at[following[0]] - position
        # An answer of several paragraphs runs up to the next labelled line, in the same section; a long
        # gap is something else between two turns (related links, an introduction to the transcript).
        while gap <= _MAX_CONTINUED and order[position] != following[0] and order[position][0] == place[0]:
            text = texts[order[position]]
            if is_question(text) or not _answer_text(text, speaker) or order[position] in posts:
                break  # a question, a note, or a post embedded between the turns (its credit line follows)
            found[order[position]] = Answer(speaker, 0, role)
            position += 1
    return found


def _unlabelled(article: Article, paragraphs: list[tuple[Place, str]]) -> dict[Place, Answer]:
    """Answers after question paragraphs or under question headings, in a page saying it is an interview."""
    interviewee = named_interviewee(article, paragraphs)
    if interviewee is None:
        return {}
    runs: list[list[Place]] = []  # the answers, each the paragraphs after one question
    answering: int | None = None  # the section in which a question was asked and its answer runs
    last: Place | None = None
    for place, text in paragraphs:
        index, number = place
        if number == 1:
            # A bold question set as a heading: its paragraphs answer it; another heading ends the answer.
            answering = index if article.sections[index].heading.rstrip().endswith("?") else None
        if is_question(text) and len(text) <= _QUESTION_LENGTH and not _OPENS_QUOTATION.match(text):
            answering = index
            continue
        if answering != index or _OPENS_QUOTATION.match(text):
            continue  # an opening quotation has its own tag: the article reports, no one answers
        if not _answer_text(text, interviewee):
            answering = None  # the interviewee's bio, a note or links: the answers are over
            continue
        if last != (index, number - 1):
            runs.append([])
        runs[-1].append(place)
        last = place
    if len(runs) < _MIN_PAIRS:
        return {}
    # Nothing but the page's end closes the last answer: it runs no longer than the longest one before,
    # so the related stories and teasers after it stay the site's own.
    runs[-1] = runs[-1][: max(len(run) for run in runs[:-1])]
    return {place: Answer(interviewee, 0) for run in runs for place in run}


def _answer_text(text: str, speaker: str) -> bool:
    """Whether an unlabelled paragraph can be the speaker's answer: not a note on the interview, not a
    line that introduces what follows or credits a post, not one naming the speaker ("Lund, 54, is …")."""
    if INTERVIEW_NOTE.search(text) or _NOT_ANSWER.search(text) or len(text.split()) < _MIN_WORDS:
        return False  # "S": a drop capital the page set apart
    return speaker.split()[-1] not in _WORDS.findall(text)


def _in_runs(labelled: list[Line], paragraphs: list[tuple[Place, str]]) -> list[Line]:
    """The lines that stand among other turns: one far from any other ("Lund: “A new book”" in a
    box of links above the transcript) is not part of the talk."""
    at = {place: position for position, (place, _t) in enumerate(paragraphs)}
    gaps = [at[later[0]] - at[earlier[0]] for earlier, later in itertools.pairwise(labelled)]
    near = [gap <= _MAX_CONTINUED + 1 for gap in gaps]
    return [entry for index, entry in enumerate(labelled) if any(near[max(index - 1, 0) : index + 1])]


def _talk(
    article: Article,
    labelled: list[Line],
    speakers: dict[str, str],
    questions: set[str],
    interviewee: str | None,
    paragraphs: list[tuple[Place, str]],
) -> bool:
    """Whether labelled lines are a conversation, not a list of labelled items ("Lakers: …", "Rome: …"):
    a question label, the page saying it is an interview, or turns that questions come before."""
    if questions or interviewee is not None:
        return True
    texts = [text for _p, text in paragraphs]
    order = {place: position for position, (place, _t) in enumerate(paragraphs)}
    asked = 0
    for (index, number), _label, start, _role in labelled:
        before = texts[order[(index, number)] - 1] if number > 1 else article.sections[index].heading
        # A question paragraph, a bold question set as the heading, or a question on a line of the talk.
        asked += is_question(before) or is_question(texts[order[(index, number)]][start:])
    # Two people taking turns, back and forth, one asking: "Carlos: … o quê? Eugênio: … Carlos: …".
    turns = sum(1 for one, other in itertools.pairwise(labelled) if speakers[one[1]] != speakers[other[1]])
    return asked >= _MIN_PAIRS or (asked > 0 and turns >= _MIN_TURNS)
