"""Who a tag or pronoun in one sentence means, read from that sentence alone.

"“…” Deyal told this newspaper." is only a tag; "“…,” Woodard said, though he
stressed …" says Woodard is a he; "remarks by the schools minister, Piet
Maas, about what he called …" says he is Maas; "she told Winfrey" names who
heard it, not who passed it on.
"""

from __future__ import annotations

from tui.model.format.records import SourceKind
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.kinds import PERSON_ROLE
from tui.model.ingest.names import SourceEntry
from tui.model.ingest.verb_context import circumstance_only


def tag_only(text: str, cue: Cue) -> bool:
    """A sentence that is only a speaker and a verb ("Deyal told this newspaper."): it quotes nothing.
    A longer one may describe the speaker and say where ("Ada Brill, a former director at the fund, said
    at an event in Washington."), after a quoted question the splitter ended at its mark."""
    start, end = cue.content
    words = text.split()
    if (start, end) != (0, len(text.rstrip(" ."))) or re.search(r"[“”\"]", text):
        return False
    if len(words) <= 6:
        return True
    speaker = cue.speakers[0].text
    if len(words) > 30 or not speaker or not text.startswith(speaker):
        return False
    verb = _TAG_VERB.search(text, len(speaker))
    return verb is not None and circumstance_only(text, verb.end())


def tagged_by_name(cues: list[Cue]) -> bool:
    """Whether a sentence's own tag names its speaker ("Tim Orr said …", not "he said"): the tag-only
    sentence after it ("Ruiz said she agreed.", "Ruiz told reporters.") is someone else's, not its tag."""
    return any(m.text and m.text.lower() not in PLAIN_PRONOUNS for c in cues for m in c.speakers)


# A past act right after a surname: "Pruitt shook his head.", "Draper meanwhile wrapped up his win".
_PAST_ACT = re.compile(
    r"\s+(?:(?:then|later|meanwhile|also|just|only|[a-z]+ly)\s+)?(?:[a-z]{2,}ed|shook|took|made|gave|came|"
    r"went|sat|stood|fell|rose|drew|threw|broke|ran|held|kept|left|put|set|got|felt|saw|grew|lost|won)\b"
)


def acted(text: str, surname: str) -> bool:
    """Whether the sentence opens on `surname` doing something in the past ("Pruitt shook his head."): a
    narration whose person may speak next, not "Zelensky considering … comes after …" nor a game's
    "Penny confesses her feelings" before the player's reply."""
    return bool(surname) and text.startswith(surname) and _PAST_ACT.match(text, len(surname)) is not None


# The verb of a long tag: after the speaker and a description between commas.
_TAG_VERB = re.compile(
    r",?\s+(?:said|says|added|adds|asked|asks|told\s+(?:reporters|journalists)|explained|noted)\b"
)


_APPOSED_NAME = re.compile(r"\b(?:the|a|an)\s+[a-z][\w -]{2,40},\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),")


PLAIN_PRONOUNS = ("he", "she", "they", "it")


def named_in_apposition(sentence: str, speaker: str, cue: Cue) -> str:
    """ "threats by the education secretary, Gavin Williamson, … what he called …": he is Williamson."""
    if speaker.lower() not in ("he", "she"):
        return speaker
    pronoun = re.search(rf"\b{speaker}\b", sentence[: cue.content[0]] or sentence)
    named = list(_APPOSED_NAME.finditer(sentence[: pronoun.start()] if pronoun else ""))
    return named[-1].group(1) if named else speaker


def learn_gender_after_tag(entry: SourceEntry, sentence: str, mention: str) -> None:
    """ "“…,” Woodard said, though he stressed …": the pronoun right after a named speaker is theirs."""
    root = entry.root()
    at = sentence.find(mention)
    if (
        (not root.person and root.kind_from_rule)
        or root.gender
        or at < 0
        or mention.lower() in PLAIN_PRONOUNS
    ):
        return
    after = re.sub(r"“[^”]*”|\"[^\"]*\"", " ", sentence[at + len(mention) :])
    pronoun = re.match(
        # "told the court": the listener is a whole word ("told t|he court" is no pronoun).
        r"\W*(?:said|says|added|told\s+\S+(?!\S))?\W*(?:(?:though|although|but|and|adding|as)\s+)?(he|she)\b",
        after,
    )
    if pronoun is not None:
        root.gender = "f" if pronoun.group(1) == "she" else "m"
        if not root.person:  # a name of no known kind that the article calls "he": a person
            root.person, root.kind = True, SourceKind.PERSON


def listener(sentence: str, name: str) -> bool:
    """Whether `name` heard the words: "told Winfrey", "in an interview with Winfrey", "speaking to
    Winfrey". (The chain drops a person who heard; an outlet heard so as to publish: a relay.)"""
    heard = (
        r"\b(?:told|tells|tell|telling|(?:e-?mailed|sent|given|provided)\s+to"
        r"|interview\s+with|(?:[Ss]peaking|[Tt]alking|[Ss]poke|[Tt]alked)\s+(?:to|with)|in\s+conversation\s+with)"
    )
    return re.search(rf"{heard}\s+{re.escape(name)}", sentence) is not None


# "The mayor was asked …", "The company's chief executive declined …": a person by their role.
_ROLE_SUBJECT = re.compile(
    r"^(?:But\s+|And\s+)?((?:The|the)\s+(?:[\w’'-]+\s+){0,2}?(?:"
    + PERSON_ROLE.pattern.removeprefix(r"\b")
    + r"))"
    r"\s+(?:was|is|has|had|did|does|would|will|could|[a-z]{3,}(?:ed|s))\b"
)


def role_subject(sentence: str) -> str | None:
    """A definite role that opens a sentence, so "she replied" next can mean that person; or the name in
    a fronted clause that the main clause goes on with "he"/"she" ("When Berrow was stopped, he said …")."""
    match = _ROLE_SUBJECT.match(sentence) or _FRONTED_NAME.match(sentence)
    return match.group(1) if match is not None else None


_FRONTED_NAME = re.compile(
    r"(?:When|After|As|Once|Before|While|Although|Though|Because|Since|Until)\s+"
    r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:was\s+|had\s+|has\s+|is\s+)?[a-z][^,]{0,160},\s+(?:he|she)\s"
)


def introduces_quotation(text: str, cue: Cue) -> bool:
    """ "Health minister Jo Bell said:", "In a statement, Acme said:": a tag that opens the quotation
    after it, with no words of its own (a claim before the colon, "said the plan had three parts:", stays)."""
    if not text.rstrip().endswith(":") or re.search(r"[“”\"]", text):
        return False
    start, end = cue.content
    speaker_at = text.find(cue.speakers[0].text)
    whole = start == 0 and end >= len(text.rstrip(" :")) - 1
    return whole or (speaker_at >= 0 and end <= speaker_at)
