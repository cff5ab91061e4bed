"""The subject a sentence opens with, read without a parser.

`subject_name` is the proper name a sentence opens with ("Bong, 56, laughed"), after a dateline
and an opening phrase ("In May, …"); `sentence_subject` is the main clause's subject, the words up
to its first verb, to whom a participle tag ("…, saying …") gives its words.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.kinds import PERSON_ROLE
from tui.model.ingest.mentions import Mention
from tui.model.ingest.speaker_words import DET_WORDS, PREPOSITIONS, SPEAKER_HEADS, valid_speaker

# "In May, …", "Asked about the vote, …": an opening phrase up to its comma, before the subject.
INTRO = re.compile(
    r"^(?:In|After|Despite|Though|Although|While|As|On|At|For|With|Without|Since|Following|Amid|"
    r"Earlier|Later|Meanwhile|However|Still|Yet|But|And|Last|This|During|Before|Until|Under|By|From|"
    r"Speaking|Asked|Responding|In response|According)\b[^,]*,\s*"
)


VERBISH = re.compile(
    r"^(?:has|have|had|is|was|were|are|will|would|can|could|may|might|should|did|does|do|also|even|then|"
    r"has|already|now|still|just|earlier|later|recently|[a-z]{3,}ed|[a-z]{3,}s|[a-z]{3,}ing|[a-z]{3,}ly|"
    r"[a-z]+n[’']t|"  # "Sowers didn’t know …": a negated auxiliary ends the subject too
    # Irregular past tenses ("Lund went further, saying …"): the subject ends before them.
    r"went|took|made|gave|came|got|put|left|held|kept|told|said|wrote|spoke|stood|sat|ran|brought|met|sent|"
    r"spent|won|lost|became|began|sought|thought|felt|knew|saw|found|paid|fell|rose|drew|broke|chose|drove|"
    r"grew|threw|fought|built|bought|taught|caught|struck|shook|forgot|hit|issued|cut|let|shut|spread|quit)$"
)


DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]+(?:,\s+[A-Z][\w .]+?)?(?:,?\s+\w+\.?\s+\d{1,2})?\s*(?:\([^)]*\))?\s+[—–-]+\s+"
)


NOT_A_NAME = {
    "The", "A", "An", "In", "It", "He", "She", "They", "We", "I", "You", "This", "That", "These", "Those",
    "But", "And", "Or", "So", "Yet", "If", "When", "While", "After", "Before", "As", "At", "On", "For",
    "With", "By", "From", "To", "Of", "Not", "No", "Every", "Each", "Some", "Many", "Most", "All", "Few",
    "More", "Still", "There", "Here", "Its", "His", "Her", "Their", "Our", "Such", "What", "Why", "How",
    "Who", "Under", "Over", "Among", "Despite", "Though", "Although", "Nobody", "Everyone",
    "According", "Following", "Meanwhile", "However", "Earlier", "Later", "Last", "Next", "Today",
    "Yesterday", "Asked", "Speaking", "Instead", "Also", "Then", "Now", "Once", "Since", "Until", "During",
    "Amid", "Across", "Inside", "Outside", "Like", "Unlike", "Even", "Only", "Just", "Both", "Neither",
    "Because", "Unless", "Whether", "Whereas", "Without", "Against", "Through",
    # Linking adverbs open a sentence as "However" does: "Furthermore, he said …", "Perhaps Lund knew".
    "Furthermore", "Moreover", "Perhaps", "Maybe", "Nevertheless", "Nonetheless", "Besides",
    "Additionally", "Likewise", "Thus", "Hence", "Therefore", "Consequently", "Otherwise",
    # A question opens on its auxiliary: "Is Lund a good leader?" names Lund, not "Is Lund". ("Will",
    # "May" and "Can" are first names too.)
    "Is", "Are", "Was", "Were", "Do", "Does", "Did", "Has", "Have", "Had", "Should", "Could", "Would",
    "Shall", "Must", "Where", "Which",
}  # fmt: skip


def subject_name(sentence: str) -> str | None:
    """The proper name a sentence opens with ("Bong, 56, laughed" -> "Bong"), after any dateline."""
    text = DATELINE.sub("", sentence)
    named = re.match(
        r"(?:The|A|An|His|Her|Their|Its|[A-Z][\w’'-]*[’']s)\s[^,]{1,50},\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){1,3}),",
        text,
    )
    if named:
        return named.group(1)  # "The town's mayor, Serik Tulegenov, wants …"
    intro = INTRO.match(text)
    if intro:
        # "Following their hit “Black Water,” Simmons …": the comma closing a quoted title ends the opener.
        rest = re.sub(r"^[”\"]\s*", "", text[intro.end() :])
        # "While Lund, 36, waits for a buyer, Reyes hands …": an age between commas is inside the fronted
        # clause, whose own comma comes later.
        aged = _AGED_IN_CLAUSE.match(rest) if _FRONTED_CLAUSE.match(text) else None
        text = rest[aged.end() :] if aged else rest
    text = re.sub(r"^(?:And|But|So|Yet|Then|Still)\s+(?=[A-Z])", "", text)  # "And Dion seemed …"
    text = re.sub(r"^The\s+(?=[A-Z])", "", text)
    match = re.match(r"[A-Z][\w.&’'-]*(?:\s+(?:[A-Z][\w.&’'-]*|(?:de|van|von|bin|al|der|la|le)\b))*", text)
    if match is None:
        return None
    if re.match(r"[’']s\b", text[match.end() :]) or re.search(r"s[’']$", match.group(0)):
        return None  # "Halden's mayor, Ola Strand, said": the mayor is the subject, not Halden
    titled = _ROLE_THEN_NAME.match(text, match.end())
    if titled is not None and re.match(r"\s+(?:and|&|or)\s", text[titled.end() :]):
        titled = None  # "Harbour minister Vera Lund and transport minister Tom Reyes": two people
    if titled is not None and re.search(r"\b(?:at|of|from|in|for|with|on|by)\s+$", titled.group(1)):
        titled = None  # "The workers at Brenna Mills walked out": the workers, not a person Brenna Mills
    if titled is not None and (PERSON_ROLE.search(titled.group(1)) or _POSITION.search(titled.group(1))):
        return titled.group(2)  # "Labour leader Keir Starmer", "Storm defenseman Ari Lund": the person
    name = match.group(0).rstrip(".")
    first = name.split()[0]
    if first in _AUXILIARIES and sentence.rstrip(' ”"’)').endswith("?"):
        return None  # "Is Reyes a good mayor?": a question opens on its verb, no one is named there
    adverb = re.fullmatch(r"[A-Z][a-z]+ly,", first + text[len(first) :][:1])  # "Critically, however, it …"
    if first in NOT_A_NAME or len(name) < 2 or adverb:
        return None
    return name


# The verbs a yes-no question opens with ("Will", "Can" are names too, but not before a question's end).
_AUXILIARIES = set(
    "Is Are Was Were Do Does Did Has Have Had Can Could Will Would Should Shall May Might Must".split()
)
_FRONTED_CLAUSE = re.compile(
    r"(?:While|As|When|After|Before|Though|Although|Since|Because|Until|Once)\s+[A-Z]"
)
_AGED_IN_CLAUSE = re.compile(r"\d{1,3},[^,“”\"]{1,120},\s*")

_POSITION = re.compile(
    r"\b(?:defen[cs]eman|winger|forward|goaltender|goalie|catcher|shortstop|outfielder|infielder|receiver|"
    r"cornerback|linebacker|guard|center|centre|running\s+back|tight\s+end|safety|tackle)\b"
)
_ROLE_THEN_NAME = re.compile(
    r"\s+((?:[a-z][\w-]*\s+){1,3})([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}\b|"
    # "Tarvo spokesperson Lund disagrees": a spokesperson is named by surname alone.
    r"(?<=spokesman\s)[A-Z][\w’'-]+\b|(?<=spokesperson\s)[A-Z][\w’'-]+\b|(?<=spokeswoman\s)[A-Z][\w’'-]+\b)"
)


def sentence_subject(sentence: str) -> Mention | None:
    """The subject of the main clause, for participles: words up to the first verb-like word."""
    conjunction = re.match(r"(?:But|And|So|Yet|Still)\s+(?=[a-z]|[A-Z][a-z]+\s+[a-z])", sentence)
    intro = None if conjunction else INTRO.match(sentence)  # "But vice-chancellors have …, saying …"
    start = conjunction.end() if conjunction else intro.end() if intro else 0
    linked = _LINKED_OPENER.match(sentence)
    if linked is not None:  # "So, with days to go, Kirk quit …": the linking word, then the opening phrase
        rest = sentence[linked.end() :]
        fronted = INTRO.match(rest[:1].upper() + rest[1:])
        start = linked.end() + (fronted.end() if fronted else 0)
    if intro is not None or linked is not None:
        # "With days to go in Iowa, and fewer in Ohio, Kirk quit …": a second opening phrase joined on.
        joined = _JOINED_OPENER.match(sentence, start)
        start = joined.end() if joined else start
    words: list[str] = []
    for match in re.finditer(r"[^\s,—–]+|,", sentence[start:]):  # "Kirk quit—telling …": a dash ends a word
        word = match.group(0)
        if word == ",":
            named = _NAME_APPOSED.match(sentence, start + match.start())
            if named is not None and re.match(r"(?:The|A|An|Its|His|Her|Their)\s", " ".join(words)):
                return Mention(named.group(1))  # "The leader of the party, Rafi Ghanem, condemned …"
            break
        lowered = word.lower()
        verb = bool(words) and VERBISH.match(lowered) is not None and not word[:1].isupper()
        verb = verb and not noun_after(words[-1], lowered)
        # "White House press secretary Ann Vey": "press" names her job, it is no verb.
        if verb and not _TITLE_HEAD.match(sentence, start + match.end()):
            break
        words.append(word)
        if lowered in ("it", "he", "she", "they", "we"):
            break
        if len(words) > 8:
            return None
    text = " ".join(words)
    if not text or not valid_speaker(text):
        return None
    return Mention(text)


_LINKED_OPENER = re.compile(r"(?:But|And|So|Yet|Still|Then|Now),\s+")
_JOINED_OPENER = re.compile(r"(?:and|or)\s+[^,“”\"]{3,120},\s+(?=[A-Z])")
# ", Rafi Ghanem, condemned": a person's name set between commas after a description, then its verb.
_NAME_APPOSED = re.compile(r",\s+((?:[A-Z][\w.’'-]*\s+){1,3}[A-Z][\w’'-]*),\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b")
# A job a word before it qualifies: "press secretary", "news editor", "sales manager".
_TITLE_HEAD = re.compile(
    r"\s+(?:secretary|officer|editor|manager|director|chief|minister|spokesman|spokeswoman|spokesperson|"
    r"correspondent|commissioner|coordinator|adviser|advisor|aide)\s+[A-Z]"
)


def noun_after(previous: str, word: str) -> bool:
    """A plural noun, not a verb, after a number or article: "11 nations", "the officials"."""
    lowered = previous.lower()
    return word.endswith("s") and (
        lowered.replace(",", "").isdigit()
        or lowered in DET_WORDS
        or lowered in PREPOSITIONS
        or word in SPEAKER_HEADS
    )
