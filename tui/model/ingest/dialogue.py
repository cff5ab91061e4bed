"""Who speaks in an exchange: the subject a sentence really opens on, for the "he"/"she" of the next tag.

News writing about debates and interviews alternates speakers, and a tag's pronoun ("…,” she said")
means the person the sentence before was about. `opening_subject` mends the subject the generic
reader (phrases.subject_name, speaker_context.role_subject) takes from openings it misreads:

- "Commenting on the war, Lund declared …": a participle clause opens the sentence; its subject is
  the name after the comma, not the "-ing" word;
- "And Lund, a critic of the plan, again accused …": a conjunction then a name with an appositive;
- "Her brother Jack went on to …": a kin word, then the name of the person the sentence is about;
- "As Lund shrugged off the boos he faced, she added …": a fronted clause whose name the clause
  itself already calls "he" is not the "she" of the main clause; otherwise ("Though Lund doubts it,
  she says …") the main clause's pronoun is that name;
- "“… which hurts women who want to work …”": a cue whose speaker stands inside a quotation is part
  of the quoted speaker's words (`unquoted_cues`), so the quotation stays with its speaker;
- "Lund was the outlier. She broke with her rivals …": a sentence opening on "he"/"she" goes on with the
  subject of the sentence before (`SubjectChain`), so the tag after it still means that person.
"""

from __future__ import annotations

from collections.abc import Callable

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.names import SourceEntry, plural_looking
from tui.model.ingest.phrases import NOT_A_NAME, Mention, subject_name

_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
# "Commenting on the stalemate, Lund declared …": the participle clause ends at its first comma.
_PARTICIPLE_OPENER = re.compile(r"([A-Z][a-z]+ing)\b[^,“”\"]{1,150},\s+(?=[A-Z])")
# "And Lund, a critic of the plan, again accused …": a name, then an appositive set off by commas.
_CONJUNCTION_NAME = re.compile(
    r"(?:And|But|Yet|Still|So)\s+(" + _NAME + r"),\s+(?:a|an|the|who|whose)\s[^,]{2,120},\s+[a-z]"
)
# "Her brother Jack went on to …": a kin word owned by someone named before, then the person's name.
_KIN_THEN_NAME = re.compile(
    r"(?:His|Her|Their|[A-Z][\w’'-]+[’']s)\s+(?:[a-z]+\s+)?(?:(?P<f>daughter|sister|mother|wife|aunt|grandmother|"
    r"niece)|(?P<m>son|brother|father|husband|uncle|grandfather|nephew)|partner|cousin),?\s+(?P<name>"
    + _NAME
    + r")\b(?!’s|'s)"
)
# "As Lund shrugged off the boos he faced, she added": the fronted clause, then the main clause's pronoun.
_FRONTED = re.compile(
    r"(?:When|After|As|Once|Before|While|Although|Though|Because|Since|Until)\s+(" + _NAME + r")\s+"
    r"([^,]{1,100}),\s+(he|she)\s"
)
_MALE = re.compile(r"\b(?:he|him|his|himself)\b")
_FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b")


# A sentence whose first quotation mark closes one: it opens inside a quotation begun before it.
_OPENS_INSIDE_QUOTATION = re.compile(r"[^“”\"]+”")


def opening_subject(text: str, subject: str | None) -> str | None:
    """The person or body the sentence opens on, mending `subject` (the generic reader's) where the
    opening is one of the forms above; `subject` unchanged otherwise."""
    if _OPENS_INSIDE_QUOTATION.match(text):
        # "Larkfield is acting fast,” he said.": the sentence carries on a quotation opened before it, so
        # the name it opens with is the speaker's words, not the subject a pronoun after it means.
        return None
    participle = _PARTICIPLE_OPENER.match(text)
    if participle is not None and subject == participle.group(1):
        return subject_name(text[participle.end() :])
    kin = _KIN_THEN_NAME.match(text)
    if kin is not None:
        return kin.group("name")
    if subject is None:
        joined = _CONJUNCTION_NAME.match(text)
        if joined is not None:
            return joined.group(1)
    fronted = _FRONTED.match(text)
    if fronted is not None and subject == fronted.group(1):
        return None if _other_gender(fronted.group(2), fronted.group(3)) else subject
    if fronted is not None and subject is None and not _other_gender(fronted.group(2), fronted.group(3)):
        # "Though Lund doubts the plan, she says …": the main clause's pronoun is the fronted clause's
        # subject, when nothing in that clause calls its subject by the other pronoun.
        return fronted.group(1)
    return subject


def _other_gender(clause: str, pronoun: str) -> bool:
    """Whether the fronted clause calls its own subject by the pronoun of the other gender."""
    other = _FEMALE if pronoun == "he" else _MALE
    same = _MALE if pronoun == "he" else _FEMALE
    return other.search(clause) is not None and same.search(clause) is None


# "Lund tore into Reyes over her record": a pronoun within a few words after another name is that
# person's, so it tells nothing of the subject's gender.
_NAME_THEN_PRONOUN = re.compile(
    r"(?<=[a-z,] )[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*(?:[’']s)?(?:\s+[a-z]+){0,3}"
    r"\s+(?:he|she|him|her|his|hers)\b"
)


def subject_pronoun_span(rest: str) -> str:
    """The part of a sentence after its subject whose pronouns may be the subject's: up to a name that a
    pronoun follows closely ("… tore into Reyes over her record")."""
    found = _NAME_THEN_PRONOUN.search(rest)
    return rest if found is None else rest[: found.start()]


# "“Keep my son out of this,” Marsh shot back in a reply that drew jeers from Tarrow.": a quotation
# closed by a comma, question or exclamation mark and followed at once by a name and its verb is that
# person's, however long the tag's tail (which may name others). British pages quote in single marks
# ("‘Storms will worsen,’ said Dr Ana Pell, of the institute."), which the same tags close.
_QUOTATION = r"([“\"][^“”\"]{8,}[,?!]\s*[”\"]|‘[^‘“”\"]{8,}?[,?!]’)"
_TAG_VERB = r"(?:[a-z]{3,}ed|said|says|told|wrote|shot|fired|hit|spoke|went|bit|swung)\b"
_CLOSING_NAME_TAG = re.compile(
    _QUOTATION
    + r"\s+("
    + _NAME
    + r"|he|she)(?:,\s+(?:who|a|an|the)\s[^,“”\"]{2,80},)?\s+(?:[a-z]+ly\s+)?"
    + _TAG_VERB
)
# "‘…,’ said Dr Ana Pell, of the institute.": the verb first, then the speaker's name and title.
_INVERTED_TAG = re.compile(
    _QUOTATION + r"\s+(?:said|says|added|adds|explained|continued|warned|told\s+[A-Z][\w’'-]+)\s+"
    r"((?:Dr|Prof|Mr|Mrs|Ms|Sir|Dame)\.?\s+" + _NAME + r"|" + _NAME + r")\b"
)


def closing_name_tag(text: str) -> Cue | None:
    """A cue for a quotation that opens the sentence and whose tag names its speaker right after it,
    when the cue readers found none."""
    found = _CLOSING_NAME_TAG.match(text) or _INVERTED_TAG.match(text)
    if found is None or found.group(2).split()[0] in NOT_A_NAME:
        return None
    return Cue((Mention(found.group(2)),), ClaimStatus.UNVERIFIED, (0, found.end(1)))


_OPENING_PRONOUN = re.compile(r"(?:(?:And|But|Yet|Still|So|Then),?\s+)?(He|She)\s+[a-z]")


class SubjectChain:
    """The named subject a run of sentences keeps: "Lund was the outlier. She broke with her rivals …"."""

    def __init__(self) -> None:
        self._last: str | None = None

    def carry(self, text: str, subject: str | None) -> str | None:
        """`subject`, or, for a sentence that opens on he/she, the named subject of the sentence before."""
        if subject is None and _OPENING_PRONOUN.match(text) is not None:
            subject = self._last
        else:
            self._last = None if subject is None else owned_name(subject)
        return subject


# "Canada’s Ann Vole", "Tarn Council’s Ann Vole": a place or body's possessive before a name says where
# the person belongs; the person's name is what follows it.
_OWNER_THEN_NAME = re.compile(r"(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s\s+(" + _NAME + r")")


def owned_name(subject: str) -> str:
    """The person's name of a subject a possessive opens ("Canada’s Ann Vole" -> "Ann Vole")."""
    found = _OWNER_THEN_NAME.fullmatch(subject)
    return subject if found is None else found.group(1)


def unquoted_cues(texts: list[str], runs: list[int | None], cues: list[list[Cue]]) -> list[list[Cue]]:
    """Each sentence's cues, less those whose speaker stands inside a quotation: "“Velm lacks
    homes, which hurts women who want to work …”" is the quoted speaker's sentence, not the women's."""
    kept: list[list[Cue]] = []
    for index, (text, found) in enumerate(zip(texts, cues, strict=True)):
        open_before = runs[index] is not None and index > 0 and runs[index - 1] == runs[index]
        kept.append(
            [
                cue
                for cue in found
                if not _quoted(
                    text,
                    cue.speakers[0].text,
                    open_before and _runs_on(texts[index - 1], text, cue.speakers[0].text),
                    cue.content[0],
                )
            ]
        )
    return kept


def _runs_on(before: str, text: str, speaker: str) -> bool:
    """Whether a quotation left open by the sentence before still runs in this one. Not when this one
    opens a double-mark quotation of its own (a quotation inside another takes single marks, so the
    one before has ended: '“poppycock.? In 2013, he wrote that X had “whined” …'). Nor when the one
    before opened inside its sentence's clause ('charged that "we've lost.', 'called it “illegitimate.')
    and this one opens on its own tag's speaker ('He then demanded …'): a partial quotation woven into
    the writer's sentence seldom runs on, and a writer's sentence about the speaker is no quoted one."""
    marks = re.findall(r"[“”]", text)
    if marks and marks[0] == "“":
        return False
    last = max(before.rfind("“"), before.rfind('"'))
    if last < 0 or before.rfind("”") > last or not speaker or not text.startswith(speaker):
        return True
    return re.search(r"(?:^|[:,—–-])\s*$", before[:last]) is not None


def _quoted(text: str, speaker: str, open_before: bool, words_start: int = 0) -> bool:
    """Whether the speaker's mention stands inside a quotation (open from the sentence before, or opened
    in this one and not yet closed)."""
    # The last mention: "“… the pills she took,” she said" names its speaker after the quotation.
    found = list(re.finditer(rf"(?<!\w){re.escape(speaker)}(?!\w)", text)) if speaker else []
    if not found:
        return False
    # Unless one stands before the words: in "He added: “He was at work …”" the tag's "He" speaks, the
    # quotation's own "He" is someone it talks about.
    leading = [m for m in found if m.end() <= words_start]
    mention = leading[-1] if leading else found[-1]
    depth = int(open_before)
    before = text[: mention.start()]
    if not re.search(r"[“”\"]", text):
        # Single marks only: one opens after a space or the start, and closes before a space, the end or
        # the comma of a tag (an apostrophe, "that’s", sits between letters). British papers set quotations
        # in single marks and close them before the tag's comma: "… on ‘fairness for all’, Lund said."
        before = re.sub(r"(?:(?<=^)|(?<=\s))‘", "“", before)
        before = re.sub(r"(?<=[\w,.?!])’(?=\s|$|[,;:](?:\s|$))", "”", before)
    for mark in re.findall(r"[“”\"]", before):
        # A straight mark closes an open quotation ("“somebody ought to …," the office said") else opens one.
        depth += 1 if mark == "“" or (mark == '"' and depth == 0) else -1
    return depth > 0


def kin_speaker(
    mention: str, gender: str, full: str | None, recent: list[SourceEntry], gender_of: Callable[[str], str]
) -> SourceEntry | None:
    """For "Ms Varn" (`gender`, her honorific's) when the full name of that surname is a man's ("Peter
    Varn"): the recent speaker of the same family whom the honorific fits ("Mr Varn's daughter Ada")."""
    surname = mention.split()[-1]
    if not gender or full is None or gender_of(full) in ("", gender):
        return None
    kin = _KIN_F if gender == "f" else _KIN_M
    for entry in recent[:6]:
        fits = kin.search(entry.name) is not None or (
            entry.gender == gender and not re.search(r"[’']s\s", entry.name)
        )
        if entry.person and re.search(rf"\b{re.escape(surname)}\b", entry.name) and fits:
            return entry
    return None


# "Mr Varn's daughter Ada": the kin word, not the honorific of the relative, is the speaker's.
_KIN_F = re.compile(r"[’']s\s+(?:daughter|wife|widow|mother|sister|granddaughter|niece|aunt)\b")
_KIN_M = re.compile(r"[’']s\s+(?:son|husband|widower|father|brother|grandson|nephew|uncle)\b")


# "said Moss during a video call with Radio Tarn": the inverted tag's name, then where or when it was said.
# The setting is a common noun ("during a video call", "at the rally") or a day: "at the State
# Department" after "Officials" says whom they work for, which is part of who speaks.
_NAME_THEN_SETTING = re.compile(
    r"((?:(?:Dr|Prof|Mr|Mrs|Ms|Sen|Rep|Gov)\.?\s+)?"
    + _NAME
    + r")\s+(?:during|at|in|on|after|before|while|outside)\s+"
    r"(?:(?:a|an|the|his|her|their|its)\s+[a-z]|[a-z]+day\b|[A-Z][a-z]+day\b)"
)
# A character no name holds (U+FFFD left by a broken encoding, a bullet, a bar) ends a name:
# "Rep. Ann Vole\ufffdof Tarn" is "Rep. Ann Vole".
_NOT_IN_NAME = re.compile(r"\s*[\ufffd•|]+\s*")


def name_before_setting(mention: str) -> str:
    """The name alone of a mention that runs on into the setting of the words ("Moss during a video
    call with Radio Tarn" -> "Moss") or past a character no name holds; the mention unchanged otherwise.
    A plural common noun ("Officials during …") is no name: a named group is never cut to a generic one."""
    parts = [part for part in _NOT_IN_NAME.split(mention) if part]
    if len(parts) > 1 and re.fullmatch(r"[A-Z][a-z]{1,3}\.", parts[0]):
        parts[:2] = [f"{parts[0]} {parts[1]}"]  # "Sen.\ufffdAnn Vole": the title's space was lost
    if len(parts) > 1 and parts[0][:1].isupper():
        return parts[0]
    mention = parts[0] if parts else mention
    found = _NAME_THEN_SETTING.fullmatch(mention) or _NAME_THEN_SETTING.match(mention)
    if found is None or found.group(1).split()[0] in NOT_A_NAME or plural_looking(found.group(1)):
        return mention
    return found.group(1)


def kin_subject_gender(text: str) -> tuple[str, str] | None:
    """ "Her brother Jack went on …": (the name, "m" or "f") the kin word gives the sentence's subject."""
    kin = _KIN_THEN_NAME.match(text)
    if kin is None or not (kin.group("f") or kin.group("m")):
        return None
    return kin.group("name"), "f" if kin.group("f") else "m"
