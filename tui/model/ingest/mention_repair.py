"""Mend the words a cue read as its speaker, from the sentence they came from, before they name a source.

A cue reader that stops at the wrong word leaves a mention no reader would call
a name: "C" from "said C. Ana Lund", "Now research" from "Now research
shows", "seated next to Mr. Vey" from "Ms. Dale, seated next to Mr. Vey,
told reporters", "provides video platforms" from "The company that provides
video platforms said", "97 percent" from "all Democratic insiders, 97 percent,
expect", "an allegation his lawyers" from "…, an allegation his lawyers deny".
Each is mended from the sentence (the full name, the noun the clause hangs
on) or refused, so no false source is opened and the claim keeps the speaker
it has.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.appositive_owner import appositive_owner
from tui.model.ingest.dialogue import name_before_setting
from tui.model.ingest.name_patterns import MONTH, WEEKDAY
from tui.model.ingest.names import ABBREVIATED_END

# Words that open a sentence without being part of its subject: "Now research shows …".
_SENTENCE_ADVERB = re.compile(
    r"^(?:Now|Then|Still|Also|Yet|So|Meanwhile|Instead|Later|Earlier|Finally|Indeed|Moreover|Today|Furthermore|"
    r"Perhaps|Maybe|Nevertheless|Nonetheless|Besides|Additionally|Likewise|Thus|Hence|Therefore),?\s+(?=\S)"
)
_INITIAL = re.compile(r"[A-Z]\.?")
_NAME_WORD = r"[A-Z][\w’'-]*\.?"
# "97 percent", "74%", "two-thirds": a share of a group, not a speaker.
_SHARE = re.compile(r"^(?:about\s+|nearly\s+|almost\s+)?[\d.,]+\s*(?:percent|per\s+cent|%)$", re.IGNORECASE)
# "…, an allegation his lawyers deny.", "…, a charge Mayor Roe denies.": the noun is what the verb
# denies (an object relative clause), so the words before it are no one's claim.
_CONTENT_NOUN = (
    r"(?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[a-z-]+\s+)?(?:allegations?|charges?|claims?|"
    r"accusations?|assertions?|characteri[sz]ations?|descriptions?|accounts?|versions?|suggestions?|"
    r"notions?|theory|theories|narratives?|labels?|rumou?rs?|interpretations?|portrayals?)\s+"
)
# Verbs that take such a noun as their object and deny it ("a claim Roe repeated" is Roe's own).
_DENIAL = (
    r"(?:deny|denies|denied|dispute|disputes|disputed|reject|rejects|rejected|contest|contests|contested|"
    r"refute|refutes|refuted)\b"
)
_DENIAL_NEXT = re.compile(rf"\s+(?:[a-z]+ly\s+)?(?:has\s+|have\s+|had\s+)?{_DENIAL}")
_CONTENT_THEN_SUBJECT = re.compile(
    rf"^{_CONTENT_NOUN}(?:(?:his|her|their|its|the|my|our|your|he|she|they|it|we|many|some|most)\b|[A-Z])"
)
# …and what comes before a mention that is the clause's subject, or its last part ("a charge her family
# and [supporters] deny"); never an agent ("a claim repeated by [Ms. Roe]" is hers).
_CONTENT_BEFORE = re.compile(
    rf"\b{_CONTENT_NOUN}(?:(?!(?:by|from|of|to|in|on|at|with)\b)[\w’'-]+\s+){{0,4}}$"
)
# "…, a charge his family and supporters strongly deny." at a sentence's end: an object relative clause.
_DENIED_TAIL = re.compile(
    rf"[,;:–—-]\s+{_CONTENT_NOUN}(?:that\s+|which\s+)?(?:[\w’'.-]+\s+){{1,6}}?(?:[a-z]+ly\s+)?"
    rf"{_DENIAL}[\s.!”\"’]*$"
)


def denied_content_tail(sentence: str) -> int | None:
    """Where a closing "…, a charge X denies." starts (at its punctuation), if the sentence ends in one."""
    found = _DENIED_TAIL.search(sentence)
    return found.start() if found is not None else None


# "filings Friday", "the report last Tuesday": a day after a lowercase noun dates the words, it names no one
# ("Ann Friday" is a name).
_TIME_TAIL = re.compile(rf"\s[a-z][\w’'-]*(\s+(?:on\s+|last\s+|this\s+|early\s+|late\s+)?{WEEKDAY})$")
# "5pm on Wednesday", "On March 3", "Update: On May 2": a time alone is never a speaker ("May" alone may be).
_TIME_ONLY = re.compile(
    rf"^(?:Update:\s*)?(?:(?:[Aa]fter|[Bb]efore|[Bb]y|[Aa]t|[Oo]n|[Ii]n|[Uu]ntil|[Ss]ince)\s+)?"
    rf"(?:\d{{1,2}}(?:[:.]\d\d)?\s*[ap]\.?m\.?(?:\s+on\s+{WEEKDAY})?|{WEEKDAY}|{MONTH}\s+\d{{1,2}})$"
    rf"|^(?:[Aa]fter|[Bb]efore|[Bb]y|[Oo]n|[Ii]n|[Uu]ntil|[Ss]ince)\s+{MONTH}$"
)
# Words that are never a whole speaker: "All told, …", "Anyone who …".
_NO_ONE = {"all", "anyone", "anybody", "everyone", "everybody", "someone", "somebody", "nobody", "none"}


def repaired_mention(mention: str, sentence: str) -> str | None:
    """The mention as a speaker's name, mended from its sentence; None when it can name no one."""
    text = mention.strip()
    if ABBREVIATED_END.search(text) and f"{text}." in sentence:
        text += "."  # the mention was cut before the abbreviation's full stop
    if _INITIAL.fullmatch(text):
        # "said C. Ana Lund": the cue stopped at the initial's full stop.
        full = re.search(rf"(?<![\w.]){text[0]}\.\s+((?:{_NAME_WORD}\s+){{0,2}}[A-Z][\w’'-]+)", sentence)
        return f"{text[0]}. {full.group(1)}" if full is not None else None
    text = _SENTENCE_ADVERB.sub("", text)
    owner = appositive_owner(text, sentence)
    if owner is not None:
        return owner  # "Ada Lind, a nurse at the clinic told …": the description's owner
    embedded = _speaker_inside(text, sentence)
    if embedded is not None:
        return embedded
    if _DOCUMENT.fullmatch(text):
        # "according to a report issued last year by the Office of the Budget Analyst": its author.
        author = re.search(re.escape(text) + _BY_AUTHOR, sentence)
        if author is not None:
            return author.group(1).rstrip(".")
    if _TIME_ONLY.match(text):
        return None
    dated = _TIME_TAIL.search(text)  # "court filings Friday": the filings, on a day
    text = text[: dated.start(1)] if dated is not None else text
    at = sentence.find(text)
    if text.lower() in _NO_ONE or _SHARE.match(text):
        return None
    denies = at >= 0 and _DENIAL_NEXT.match(sentence, at + len(text)) is not None
    if denies and (_CONTENT_THEN_SUBJECT.match(text) or (at > 0 and _CONTENT_BEFORE.search(sentence[:at]))):
        return None  # "…, an allegation his lawyers deny": no one claims the words before it
    if text[:1].islower() and " " in text and text.split()[0] not in _NOT_A_VERB and at > 0:
        before = sentence[:at]
        relative = _RELATIVE_HEAD.search(before) if _VERB_FORM.fullmatch(text.split()[0]) else None
        if relative is not None:
            return relative.group(1)  # "The company that provides …": the company
        appositive = _APPOSED_NAME.search(before)
        if appositive is not None and (_PARTICIPLE_FIRST.match(text) or _ROLE_AFTER_NAME.search(sentence)):
            # "Ms. Dale, seated next to Mr. Vey, told …", "…, Tom Ovett, special agent for the
            # attorney general's office, said.": the name the words describe.
            return appositive.group(1)
        described = _DESCRIBED_NOUN.search(before) if _PARTICIPLE_FIRST.match(text) else None
        if described is not None:
            return described.group(1)  # "The plan, widely criticised by residents, warned …": the plan
    return name_before_setting(text)


# Words a noun phrase opens with, which a relative clause's verb never is.
_DETERMINERS = "the a an this that these those some many most one two"
_NOT_A_VERB = set(f"{_DETERMINERS} he she they it we i you his her their its our my".split())


def _speaker_inside(text: str, sentence: str) -> str | None:
    """The speaker of a tag set inside the mention's own clause: "The man who the police said sowed
    terror …" (the police), "The combination, say economists, marks …" (economists)."""
    at = sentence.find(text)
    if at < 0:
        return None
    rest = sentence[at + len(text) :]
    found = _RELATIVE_TAG.match(rest) or _INVERTED_TAG.match(rest)
    return found.group(1) if found is not None else None


# "… who the police said …", "… whom officials say …": the relative clause's own subject and verb ("who
# mistakenly believe" has none: the antecedent is the subject; "told CBS that Harry had said" is no
# relative clause).
_RELATIVE_TAG = re.compile(
    r"\s+(?:who|whom|which)\s+((?:the\s+[\w’'.-]+|[A-Z][\w’'.-]*|police|officials|authorities|prosecutors|"
    r"investigators|witnesses|experts|analysts)(?:\s+[A-Z][\w’'.-]*){0,2})\s+"
    r"(?:said|say|says|believe|believed|believes|allege|alleged|alleges)\b"
)
# "…, say economists, …", "…, according to analysts, …": an inverted tag between commas.
_INVERTED_TAG = re.compile(
    r",\s+(?:say|says|said|according\s+to)\s+(?!(?:its|his|her|their|that|it|he|she|they)\b)"
    r"((?:the\s+|some\s+|many\s+)?[\w’'.-]+(?:\s+[\w’'.-]+){0,3}?),(?!\d)"
)  # not "…, said its 6,500 members were …": the tag's clause, not an inverted tag


# A text that speaks for whoever wrote or holds it: "a report", "the new study", "a transcript".
_DOCUMENT = re.compile(
    r"(?i)(?:a|an|the)\s+(?:[\w-]+\s+)?(?:report|study|transcript|analysis|memo|letter|survey|review|audit|"
    r"document|filing)"
)
# "… issued last year by the Office of X": the text's author ("obtained by" or "seen by" an outlet is not:
# the text still speaks for itself).
_BY_AUTHOR = (
    r"\s+(?:(?:issued|published|released|prepared|written|compiled|commissioned|produced)\s+)?"
    r"(?:(?:last|this|earlier|in|on)\s+[\w ]{0,20}?\s*)?by\s+"
    r"((?:the\s+)?[A-Z][\w’'.&-]*(?:(?:\s+(?:of|for|and|on)(?:\s+the)?)?\s+[A-Z][\w’'.&-]*)*)"
)
# "The company that [provides …]": the noun phrase a relative clause read as the mention hangs on.
_RELATIVE_HEAD = re.compile(
    r"\b((?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)\s+(?:that|who|which)\s+$"
)
# A relative clause's verb ("provides", "owned", "making"), not the subject of one ("industry analysts",
# "company executives": "… the next two years that industry analysts say …").
_VERB_FORM = re.compile(
    r"(?!(?:employees|executives|companies|businesses|sources|agencies|authorities|parties|"
    r"services|offices|communities|families|cities|states|countries)\b)[a-z]+(?:es|ed|ing)"
)
# "seated next to …", "speaking at …": a participle phrase set off after the subject.
_PARTICIPLE_FIRST = re.compile(r"^(?:[a-z]+ly\s+)?[a-z][a-z]+(?:ed|ing)\s")
# "The plan, [widely criticised …]": the noun phrase that opens the sentence, which the words describe.
_DESCRIBED_NOUN = re.compile(
    r"^((?:The|A|An|This|That|Its|His|Her|Their)\s+[\w’'-]+(?:\s+[\w’'-]+){0,3}),\s*$"
)
# "…, Tom Ovett, special agent for the office, said.": a role between commas after a name, then the verb.
_ROLE_AFTER_NAME = re.compile(r",\s+[a-z][^,]*,\s+(?:said|says|added|told|explained|noted|wrote)\b")
_APPOSED_NAME = re.compile(rf"((?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}),\s*$")
