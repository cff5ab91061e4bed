"""Who speaks in an interview: the full names a page gives, whom a line's label stands for ("LUND:",
"VL:", "Q:"), and the person the introduction, title or dek says is interviewed. interviews reads which
paragraphs are whose answers.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import Article
from tui.model.ingest.first_names import first_name_gender
from tui.model.ingest.kinds import TITLES, looks_like_person

_WORD = r"[A-ZÀ-ÖØ-Þ][\w’'.-]*"
_PARTICLE = r"(?:de|da|dos|del|van|von|der|al|bin|la|le)\b"
# "Vera Lund:", "Prof. Carlos:", "LUND:", "Vera Lund (mayor):", "Q:", "Q.", "A:".
LINE = re.compile(
    rf"^(?P<label>(?:(?:Prof|Dr|Mr|Mrs|Ms|Sen|Rep|Gov)\.?\s+)?{_WORD}(?:\s+(?:{_WORD}|{_PARTICLE})){{0,3}})"
    r"\s*(?:\((?P<role>[^()]{1,60})\))?\s*:\s+(?=\S)"
)
QUESTION_LABEL = re.compile(r"Q|Question|Frage|Interviewer")
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
INTERVIEW_NOTE = re.compile(
    rf"{_EDITED_NOTE.pattern}|\bQ\s?&\s?A\b|\binterview\b|\bim\s+Gespräch\b|"
    r"\bentrevista\b|\bentretien\b|\bin\s+conversation\s+with\b|\bsat\s+down\s+with\b",
    re.IGNORECASE,
)
_TITLE_LABEL = re.compile(rf"^(?P<label>{_NAME}):\s")
_ADDRESSED = re.compile(
    r"^(?:Herr|Frau|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Professor|Prof\.)\s+(?P<surname>[A-ZÀ-ÖØ-Þ][\w’'-]+),"
)
_COURTESY = re.compile(r"^(?:Herr|Frau|Monsieur|Madame|Señor|Señora)\s+")
_ROLE_LENGTH = 9
_INTRO_PARAGRAPHS = 4


Place = tuple[int, int]  # (section index, paragraph number from 1), as analysis counts them
Line = tuple[Place, str, int, str]  # a labelled paragraph: place, label, where its text starts, role


def full_names(article: Article) -> list[str]:
    """Full names of people the article's text gives, in order, each once."""
    seen: dict[str, None] = {}
    texts = [article.meta.title, article.meta.dek]
    texts += [s.heading for s in article.sections]
    texts += [p for s in article.sections for p in s.paragraphs]
    for text in texts:
        label = LINE.match(text)
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


def is_question(text: str) -> bool:
    return text.rstrip(' ”"’)').endswith("?")


def is_interviewer(label: str, article: Article) -> bool:
    """The label of the questions: "Q", "Interviewer", the outlet's name, an author's name or initials."""
    if QUESTION_LABEL.fullmatch(label):
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


def label_person(label: str, names: list[str], interviewee: str | None, lines: list[Line]) -> str | None:
    """The full name a line label stands for, None if it is no person's."""
    if _FURNITURE.match(label):
        return None
    bare = TITLES.sub("", label).strip()
    spelled = spelled_label(bare)
    words = spelled.split()
    if _INITIALS.fullmatch(bare):
        initials = [n for n in names if "".join(w[0] for w in n.split()) == bare]
        return initials[0] if len(initials) == 1 else None
    if len(words) >= 2:
        return None if words[0] == "The" or not looks_like_person(spelled) else spelled
    # A surname or first name: the full name given earlier, in the text or as another line's label.
    labels = [spelled_label(TITLES.sub("", entry[1]).strip()) for entry in lines]
    candidates = [n for n in [*labels, *names] if " " in n and looks_like_person(n) and words[0] in n.split()]
    if interviewee is not None and words[0] in interviewee.split():
        candidates.insert(0, interviewee)
    # The full name given first: "Thomas Malone" before "Thomas W. Malone" of a book's credit; a title
    # with the name says it is a person's ("Prof. Carlos") when no full name is given.
    return candidates[0] if candidates else label if label != bare else None


def spelled_label(label: str) -> str:
    """ "BRANDT" as "Brandt": transcripts set labels in capitals (initials, "JS", stay as they are)."""
    return label.title() if label.isupper() and len(label) > 3 else label


def named_interviewee(
    article: Article, paragraphs: list[tuple[Place, str]], structured: bool = False
) -> str | None:
    """The person the introduction says is interviewed, if the page says it is an interview or
    (`structured`) sets out "Q:" and "A:" lines, which say so themselves."""
    intro = [article.meta.title, article.meta.dek, *(text for _p, text in paragraphs[:_INTRO_PARAGRAPHS])]
    said = any(INTERVIEW_NOTE.search(text) for text in [*intro, *(t for _p, t in paragraphs[-3:])])
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
        if addressed is not None and is_question(text):
            surname = addressed["surname"]
            full = [n for n in full_names(article) if n.split()[-1] == surname]
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
