"""Numbers that mark or place rather than count, and the cases that look like them but count.

Marks: a citation marker ("[2]"), a list item's number ("1) boiled, 2) fried"), the score of a game ("won
3-0", "rolled past the Owls, 41-13"), a tiebreak after a set score ("7-6 (5)"), the later sets of a score
list ("6-4, 7-6"), a team's record in brackets after its name ("the Owls (6-5, 3-4)"). Counts that
look like marks: a big reading before "in the morning" is no clock time ("closed at 31,204.57 in the
morning"), and an instruction's first word is no name ("Rest 20–30 minutes before serving").
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re

# "[2]" in running text or a reference list: which note, not how many.
_OPENS_MARK = re.compile(r"\[\s*$")
_CLOSES_MARK = re.compile(r"\s*\]")
# "7-6 (5)": the tiebreak's points in brackets right after a set score.
_AFTER_SET_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\s*\(\s*$")
_CLOSES_BRACKET = re.compile(r"\s*\)")


# "are: 1) boiled, 2) fried": a list item's number closed by a bracket it never opened.
_ITEM_STARTS = re.compile(r"(?:^|[\s:;,])$")
_ITEM_CLOSES = re.compile(r"\)\s+\S")


def list_item_mark(before: str, after: str) -> bool:
    """ "1) boiled, 2) fried": the number of an item in a list written in the sentence, not a count."""
    return (
        _ITEM_STARTS.search(before) is not None
        and _ITEM_CLOSES.match(after) is not None
        and before.rfind("(") <= before.rfind(")")
    )


# "a 527(c) group", "Section 14(b)": a section of a law, named with its lettered subsection.
_SUBSECTION_AFTER = re.compile(r"\((?-i:[a-z]{1,3})\)")


def reference_mark(before: str, after: str) -> bool:
    """ "[2]" (a citation), the "(5)" of "7-6 (5)" (a tiebreak), the "2)" of a list or the "501" of
    "527(c)" (a section of a law): a mark, not a count."""
    if _OPENS_MARK.search(before) and _CLOSES_MARK.match(after):
        return True
    if _SUBSECTION_AFTER.match(after):
        return True
    if list_item_mark(before, after):
        return True
    return _AFTER_SET_SCORE.search(before) is not None and _CLOSES_BRACKET.match(after) is not None


# "City won 3-0", "a 7-2 record", "6-4, 6-3": the score of a game, not a count. A vote ("passed 61-39",
# "a majority verdict of 10-2") has no word of play around it and stays a figure.
_PLAY_BEFORE = re.compile(
    r"\b(?:won|win|wins|winning|beat|beats|beaten|lost|lose|loses|losing|defeated|defeat|drew|draw|drawn|"
    r"trailed|trailing|led|leading|edged|thrashed|routed|victory|scored|score|sets?|went|tied|"
    r"rolled|cruised|downed|blanked|outlasted|hammered|outscored)"
    r"(?:\s+[\w’'.,-]+){0,4}\s+$",
    re.I,
)
_PLAY_AFTER = re.compile(
    r"(?:\s+|-)(?:record|win|victory|loss|defeat|draw|lead|bulge|margin\s+at|home|away|scoreline|aggregate|"
    r"at\s+half-?time|(?:this\s+|last\s+)?season|series|"
    r"in\s+(?:the|their|its|a)\s+(?:final|match|game|series|semi|quarter))\b",
    re.I,
)


# Verbs of play no vote takes: "rolled past", "cruised to", "routed".
_GAME_ONLY_BEFORE = re.compile(
    r"\b(?:rolled|cruised|routed|thrashed|hammered|blanked|outscored|outlasted|downed)(?:\s+[\w’'.,-]+){0,4}\s+$",
    re.I,
)


def game_score(before: str, after: str, low: float, high: float) -> bool:
    """ "won 3-0", "6-4, 6-3", "a 7-2 record": two small numbers joined as a score of play. A bigger score
    is written winner first after a verb only games use or before a word of play ("rolled past the Owls,
    41-13", "a 35-7 bulge"); "won 61-39" may be a vote."""
    if low > 30 or high > 30:
        return low > high and (
            _GAME_ONLY_BEFORE.search(before) is not None or _PLAY_AFTER.match(after) is not None
        )
    return _PLAY_BEFORE.search(before) is not None or _PLAY_AFTER.match(after) is not None


# "6-4, 7-6 (5)": a score right after another score (a list of sets or of records).
_AFTER_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}(?:\s*\(\d{1,2}\))?,\s+$")
# "level the series 1-1", "a series 2-0": a series' score.
_SERIES_BEFORE = re.compile(r"\bseries\s+$", re.I)
# "the Owls (6-5, 3-4)", "the Rams (2-8)": a record in brackets right after a name.
_NAME_THEN_BRACKET = re.compile(r"[A-Z][\w.’'-]*\s+\(\s*$")
_RECORD_CLOSES = re.compile(r"\s*\)|,\s*\d{1,2}-\d{1,2}\s*\)")


def listed_score(before: str, after_high: str, low: float, high: float) -> bool:
    """A score by where it stands: after another score, after "series", or a team's record in brackets."""
    if low > 30 or high > 30:
        return False
    if _AFTER_SCORE.search(before) or _SERIES_BEFORE.search(before):
        return True
    return _NAME_THEN_BRACKET.search(before) is not None and _RECORD_CLOSES.match(after_high) is not None


def could_be_clock(numeral: str) -> bool:
    """A clock reading has no thousands separator and stays under 2400 ("10.30", "0100 GMT")."""
    if "," in numeral:
        return False
    try:
        return float(numeral) < 2400
    except ValueError:
        return True


# "Bake 25 minutes", "Rest 20–30 minutes before serving": an instruction's verb, then a duration.
_FIRST_WORD_ONLY = re.compile(r"\s*[A-Z][a-z]+\s+")
_DURATION_AFTER = re.compile(
    r"(?:\s*[-–]\s*\d{1,3}|\s+(?:to|or)\s+\d{1,3})?\s+(?:seconds?|minutes?|hours?|days?|weeks?)\b"
    r"(?!\s+(?:a|an|per|each|every)\b)"  # "Open 7 days a week": a rate, not a step's time
)


def instruction_duration(before: str, after: str, whole_prefix: bool) -> bool:
    """The number follows the sentence's first word and gives a duration: a step's time, not a name."""
    return (
        whole_prefix
        and _FIRST_WORD_ONLY.fullmatch(before) is not None
        and _DURATION_AFTER.match(after) is not None
    )


# "scores of people", "scores more", "killed scores": a vague count; "test scores", "their scores", "lower
# scores to evaluate": the plural of a score.
_SCORES_COUNT_AFTER = re.compile(r"\s+(?:of|more|upon)\b")
_SCORES_COUNT_BEFORE = re.compile(
    r"(?:^\s*|\b(?:[a-z]+ed|killing|injuring|wounding|leaving|and|with|among)\s+)$"
)


def scores_count(vague_word: str, before: str, after: str) -> bool:
    """ "Scores" counts (at least 20) when "of" follows it or it follows a verb of what happened to them;
    other vague words always count."""
    if vague_word.lower() != "scores":
        return True
    return _SCORES_COUNT_AFTER.match(after) is not None or _SCORES_COUNT_BEFORE.search(before) is not None
