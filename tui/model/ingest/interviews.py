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
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass

from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import Article
from tui.model.ingest.embedded_posts import embedded_posts
from tui.model.ingest.first_names import first_name_gender
from tui.model.ingest.kinds import TITLES, looks_like_person

_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*"
_PARTICLE = r"(?:de|da|dos|del|van|von|der|al|bin|la|le)\b"
# "Vera Lund:", "Prof. Carlos:", "LUND:", "Vera Lund (mayor):", "Q:", "Q.", "A:".
_LINE = re.compile(
    rf"^(?P<label>(?:(?:Prof|Dr|Mr|Mrs|Ms|Sen|Rep|Gov)\.?\s+)?{_WORD}(?:\s+(?:{_WORD}|{_PARTICLE})){{0,3}})"
    r"\s*(?:\((?P<role>[^()]{1,60})\))?\s*:\s+(?=\S)"
)
_QA_LINE = re.compile(r"^(?P<label>Q|A|Question|Answer|Frage|Antwort)\s*[:.]\s+(?=\S)")
_QUESTION_LABEL = re.compile(r"Q|Question|Frage|Interviewer")
_ANSWER_LABEL = re.compile(r"A|Answer|Antwort")
# Labels that open furniture, lists and headings, never a speaker's line.
_FURNITURE = re.compile(
    r"(?:Note|Notes|Update|Updated|Photo|Photos|Picture|Image|Video|Watch|Listen|Related|Read|See|Also|More|"
    r"Source|Sources|Credit|Credits|Caption|Price|Prices|Cost|Location|Address|Date|Time|Where|When|Tickets|"
    r"Hours|Contact|Email|Phone|Website|Tags|Category|Ingredients|Directions|Step|Tip|Tipp|Warning|"
    r"Disclaimer|Correction|Clarification|Summary|Verdict|Pros|Cons|Result|Results|Score|Editor|Breaking|"
    r"Live|Exclusive|Opinion|Analysis|Background|Context|Dear|Profile|Bottom|Key|Why|What|How|Who|New|"
    r"Dates?|Ort|Preis|Hinweis|Merke|Quelle|Fazit|"
    r"Can|Do|Does|Is|Are|Should|Could|Would|The|This|That|It|I)\b",  # a question's or sentence's opening
    re.IGNORECASE,
)
_FULL_NAME = re.compile(rf"\b{_WORD}(?:\s+(?:{_WORD}|{_PARTICLE})){{1,3}}")
_INITIALS = re.compile(r"[A-Z]{2,3}")
# The introduction says the page is an interview and may name who answers.
_NAME = rf"{_WORD}(?:\s+{_WORD}){{1,3}}"
_INTERVIEWEE = re.compile(
    r"\b(?:[Ii]nterview(?:ed)?\s+(?:with|mit)|[Ii]m\s+Gespräch\s+mit|Q\s?&\s?A\s+with|"
    r"[Ii]n\s+conversation\s+with|sat\s+down\s+with|(?:spoke|spoken|talked|speaks|talks)\s+(?:to|with))\s+"
    # "with former minister Vera Lund", not "with the Harbour Post"
    rf"(?:(?!the\s|dem\s|der\s|die\s|den\s)[a-z][\w’'-]*\s+){{0,4}}?(?P<after>{_NAME})"
    rf"|(?P<before>{_NAME}),?\s+(?:[^.?!]{{0,80}}?\s)?(?:spoke|talked|speaks|talks)\s+(?:to|with)\b"
)
# "This interview has been edited for length": the page is an interview, whoever it names first answers.
_EDITED_NOTE = re.compile(
    r"\b(?:interview|conversation)\s+(?:has\s+been|was|have\s+been)\s+(?:lightly\s+|slightly\s+)?"
    r"(?:edited|condensed)|\bedited\s+for\s+(?:length|clarity)",
    re.IGNORECASE,
)
_INTERVIEW_NOTE = re.compile(
    rf"{_EDITED_NOTE.pattern}|\bQ\s?&\s?A\b|\binterview\b|\bim\s+Gespräch\b|"
    r"\bentrevista\b|\bentretien\b|\bin\s+conversation\s+with\b|\bsat\s+down\s+with\b",
    re.IGNORECASE,
)
_OPENS_QUOTATION = re.compile(r"^[“\"‘«]")
_WORDS = re.compile(r"[\w’'-]+")
# "— Name (@handle) date", "* More on …", "Read the full transcript:": furniture among the answers.
_NOT_ANSWER = re.compile(r"^\s*[—–•*@>]|:\s*$|\(@\w+\)")
_MAX_CONTINUED = 4
_MIN_WORDS = 2
_MIN_TURNS = 3
# The questions that close a line, after its last full stop.
_QUESTION_TAIL = re.compile(r"(?<=[.!])\s+[^.!]*\?[\s”\"’)]*$")
_TITLE_LABEL = re.compile(rf"^(?P<label>{_NAME}):\s")
_ADDRESSED = re.compile(
    r"^(?:Herr|Frau|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Professor|Prof\.)\s+(?P<surname>[A-ZÀ-ÖØ-Þ][\w’'-]+),"
)
_COURTESY = re.compile(r"^(?:Herr|Frau|Monsieur|Madame|Señor|Señora)\s+")
_ROLE_LENGTH = 9
_QUESTION_LENGTH = 400
_INTRO_PARAGRAPHS = 4
_MIN_PAIRS = 2


@dataclass(frozen=True)
class Answer:
    """An answer or transcript line: whose words, and where they start in the paragraph (after the label)."""

    speaker: str
    start: int
    role: str = ""
    end: int | None = None  # where the words end, if a question closes the line; else the paragraph's end


Place = tuple[int, int]  # (section index, paragraph number from 1), as analysis counts them
Line = tuple[Place, str, int, str]  # a labelled paragraph: place, label, where its text starts, role


def interview_answers(article: Article) -> dict[Place, Answer]:
    """The article's answer paragraphs and transcript lines, with their speakers; empty for an article."""
    paragraphs = [
        ((index, number), text)
        for index, section in enumerate(article.sections)
        for number, text in enumerate(section.paragraphs, 1)
    ]
    lines: list[Line] = []
    for place, text in paragraphs:
        line = _QA_LINE.match(text) or _LINE.match(text)
        if line is not None:
            lines.append((place, line["label"], line.end(), line.groupdict().get("role") or ""))
    found = _labelled(article, paragraphs, lines) if len(lines) >= _MIN_PAIRS else {}
    if found:
        return found
    # Most articles ask no question of their own: nothing more to read (this runs on every article).
    headings = (s.heading for s in article.sections)
    if sum(1 for text in (*headings, *(t for _p, t in paragraphs)) if _is_question(text)) < _MIN_PAIRS:
        return {}
    return _unlabelled(article, paragraphs)


def _full_names(article: Article) -> list[str]:
    """Full names of people the article's text gives, in order, each once."""
    seen: dict[str, None] = {}
    texts = [article.meta.title, article.meta.dek]
    texts += [s.heading for s in article.sections]
    texts += [p for s in article.sections for p in s.paragraphs]
    for text in texts:
        label = _LINE.match(text)
        if label is not None:  # a line's label is no evidence the article knows the name
            text = text[label.end() :]
        for match in _FULL_NAME.finditer(text):
            name = _trimmed(match.group(0))
            if looks_like_person(name) and not _FURNITURE.match(name):
                seen.setdefault(name, None)
    return list(seen)


def _trimmed(name: str) -> str:
    """A name without a title or role before it: "Geschäftsführer Bernhard Mosbacher" is his name."""
    words = _COURTESY.sub("", TITLES.sub("", name.strip().rstrip("."))).split()
    # A long word before a first name and surname is a role ("Schriftstellerin"), not a first name.
    while (
        len(words) > 2
        and not _first_name(words[0])
        and (_first_name(words[1]) or len(words[0]) >= _ROLE_LENGTH)
    ):
        del words[0]
    return " ".join(words)


def _first_name(word: str) -> bool:
    return bool(first_name_gender(f"{word} Lund"))


def _labelled(
    article: Article, paragraphs: list[tuple[Place, str]], lines: list[Line]
) -> dict[Place, Answer]:
    """Transcript lines and labelled Q&A answers, with the paragraphs that go on with them."""
    counts = Counter(label for _p, label, _s, _r in lines)
    questions = {label for label in counts if _is_interviewer(label, article)}
    # "Q: …" set in bold often becomes the heading over its answer.
    questions |= {
        q["label"]
        for s in article.sections
        if (q := _QA_LINE.match(s.heading)) and _QUESTION_LABEL.fullmatch(q["label"])
    }
    interviewee = _interviewee(
        article, paragraphs, structured=bool(questions) and any(_ANSWER_LABEL.fullmatch(x) for x in counts)
    )
    names = _full_names(article)
    speakers: dict[str, str] = {}
    for label in counts:
        if label in questions:
            continue
        if _ANSWER_LABEL.fullmatch(label):
            if interviewee is not None and questions:
                speakers[label] = interviewee
            continue
        person = _person(label, names, interviewee, lines)
        if person is not None:
            speakers[label] = person
    # A person speaks on two lines or more ("Ida Brandt:" then "BRANDT:"), or the text names them: a name
    # given on one line only may be a list's item ("Jo Reyes: two warrants").
    lines_of = Counter(speakers.get(label) for _p, label, _s, _r in lines)
    speakers = {
        label: p for label, p in speakers.items() if lines_of[p] >= 2 or (p in names and _spelled(label) == p)
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
        asked = _QUESTION_TAIL.search(text, start) if _is_question(text) else None
        if asked is not None:
            found[place] = Answer(speaker, start, role, asked.start())
        elif not _is_question(text):
            found[place] = Answer(speaker, start, role)
        if following is None:
            continue  # after the last labelled line the paragraphs are the article's own
        position = at[place] + 1
        gap = at[following[0]] - position
        # An answer of several paragraphs runs up to the next labelled line, in the same section; a long
        # gap is something else between two turns (related links, an introduction to the transcript).
        while gap <= _MAX_CONTINUED and order[position] != following[0] and order[position][0] == place[0]:
            text = texts[order[position]]
            if _is_question(text) or not _answer_text(text, speaker) or order[position] in posts:
                break  # a question, a note, or a post embedded between the turns (its credit line follows)
            found[order[position]] = Answer(speaker, 0, role)
            position += 1
    return found


def _unlabelled(article: Article, paragraphs: list[tuple[Place, str]]) -> dict[Place, Answer]:
    """Answers after question paragraphs or under question headings, in a page saying it is an interview."""
    interviewee = _interviewee(article, paragraphs)
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
        if _is_question(text) and len(text) <= _QUESTION_LENGTH and not _OPENS_QUOTATION.match(text):
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
    if _INTERVIEW_NOTE.search(text) or _NOT_ANSWER.search(text) or len(text.split()) < _MIN_WORDS:
        return False  # "S": a drop capital the page set apart
    return speaker.split()[-1] not in _WORDS.findall(text)


def _is_question(text: str) -> bool:
    return text.rstrip(' ”"’)').endswith("?")


def _is_interviewer(label: str, article: Article) -> bool:
    """The label of the questions: "Q", "Interviewer", the outlet's name, an author's name or initials."""
    if _QUESTION_LABEL.fullmatch(label):
        return True
    lowered = label.lower()
    outlet = article.meta.outlet.lower()
    if outlet and (lowered == outlet or lowered == f"the {outlet}" or lowered.removeprefix("the ") == outlet):
        return True
    for author in article.meta.authors:
        parts = author.split()
        if lowered in (author.lower(), parts[-1].lower()) or label == "".join(
            p[0] for p in parts if p[:1].isupper()
        ):
            return True
    return False


def _person(label: str, names: list[str], interviewee: str | None, lines: list[Line]) -> str | None:
    """The full name a line label stands for, None if it is no person's."""
    if _FURNITURE.match(label):
        return None
    bare = TITLES.sub("", label).strip()
    spelled = _spelled(bare)
    words = spelled.split()
    if _INITIALS.fullmatch(bare):
        initials = [n for n in names if "".join(w[0] for w in n.split()) == bare]
        return initials[0] if len(initials) == 1 else None
    if len(words) >= 2:
        return None if words[0] == "The" or not looks_like_person(spelled) else spelled
    # A surname or first name: the full name given earlier, in the text or as another line's label.
    labels = [_spelled(TITLES.sub("", entry[1]).strip()) for entry in lines]
    candidates = [n for n in [*labels, *names] if " " in n and looks_like_person(n) and words[0] in n.split()]
    if interviewee is not None and words[0] in interviewee.split():
        candidates.insert(0, interviewee)
    # The full name given first: "Thomas Malone" before "Thomas W. Malone" of a book's credit; a title
    # with the name says it is a person's ("Prof. Carlos") when no full name is given.
    return candidates[0] if candidates else label if label != bare else None


def _in_runs(labelled: list[Line], paragraphs: list[tuple[Place, str]]) -> list[Line]:
    """The lines that stand among other turns: one far from any other ("Lund: “A new book”" in a
    box of links above the transcript) is not part of the talk."""
    at = {place: position for position, (place, _t) in enumerate(paragraphs)}
    gaps = [at[later[0]] - at[earlier[0]] for earlier, later in itertools.pairwise(labelled)]
    near = [gap <= _MAX_CONTINUED + 1 for gap in gaps]
    return [entry for index, entry in enumerate(labelled) if any(near[max(index - 1, 0) : index + 1])]


def _spelled(label: str) -> str:
    """ "BRANDT" as "Brandt": transcripts set labels in capitals (initials, "JS", stay as they are)."""
    return label.title() if label.isupper() and len(label) > 3 else label


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
        asked += _is_question(before) or _is_question(texts[order[(index, number)]][start:])
    # Two people taking turns, back and forth, one asking: "Carlos: … o quê? Eugênio: … Carlos: …".
    turns = sum(1 for one, other in itertools.pairwise(labelled) if speakers[one[1]] != speakers[other[1]])
    return asked >= _MIN_PAIRS or (asked > 0 and turns >= _MIN_TURNS)


def _interviewee(
    article: Article, paragraphs: list[tuple[Place, str]], structured: bool = False
) -> str | None:
    """The person the introduction says is interviewed, if the page says it is an interview or
    (`structured`) sets out "Q:" and "A:" lines, which say so themselves."""
    intro = [article.meta.title, article.meta.dek, *(text for _p, text in paragraphs[:_INTRO_PARAGRAPHS])]
    said = any(_INTERVIEW_NOTE.search(text) for text in [*intro, *(t for _p, t in paragraphs[-3:])])
    if not said and not structured:
        return None
    for text in intro:  # "an interview with Vera Lund", "Lund spoke to …"
        for match in _INTERVIEWEE.finditer(text):
            name = _trimmed(match["after"] or match["before"])
            if looks_like_person(name):
                return name
    titled = _TITLE_LABEL.match(article.meta.title)  # "Vera Lund: “The harbour can wait”"
    if titled is not None and _person_named(_trimmed(titled["label"]), paragraphs):
        return _trimmed(titled["label"])
    for _place, text in paragraphs:  # "Herr Wirth, was …?": the question addresses the interviewee
        addressed = _ADDRESSED.match(text)
        if addressed is not None and _is_question(text):
            surname = addressed["surname"]
            full = [n for n in _full_names(article) if n.split()[-1] == surname]
            return full[0] if full else _trimmed(addressed.group(0).rstrip(","))
    for text in (article.meta.title, article.meta.dek):  # the one person the title or dek names
        people = {_trimmed(m.group(0)) for m in _FULL_NAME.finditer(text)}
        people = {p for p in people if looks_like_person(p) and _first_name(p.split()[0])}
        if len(people) == 1:
            return people.pop()
    # "Introducing Vera Lund, our new CEO" over "Q:" and "A:"; "Vera Lund runs …" over the note that the
    # interview was edited: the first person the introduction names.
    edited = any(_EDITED_NOTE.search(text) for text in [*intro, *(t for _p, t in paragraphs[-3:])])
    for text in intro[2:] if structured or edited else ():
        for match in _FULL_NAME.finditer(text):
            if _person_named(_trimmed(match.group(0)), paragraphs):
                return _trimmed(match.group(0))
    return None


def _person_named(name: str, paragraphs: list[tuple[Place, str]]) -> bool:
    """A person's name that the text gives, not a title's words ("Buggy Python Code: …", "How To Grow")."""
    if not looks_like_person(name) or _FURNITURE.match(name):
        return False
    return any(name in text for _p, text in paragraphs[:_INTRO_PARAGRAPHS] + paragraphs[-3:])
