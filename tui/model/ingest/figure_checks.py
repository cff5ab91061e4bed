"""Which matched numbers are data: a bare numeral that is a year, a day, an age, a clock time or part of
a name is not ("in 2016", "May 4", "Smith, 45,", "10 a.m.", "Resolution 2231"), nor a number word that is a
pronoun ("one of the"), a pick ("the first two states") or a reference back ("the two nations")."""

from __future__ import annotations

from tui.model.ingest import figure_marks as marks
from tui.model.ingest import lazy_re as re
from tui.model.ingest.figure_forms import (
    day_range_end,
    first_few,
    label_appositive,
    labels_not_counts,
    year_as_adjective,
)
from tui.model.ingest.figure_people import counts_people, counts_things, one_counts
from tui.model.ingest.figure_units import counts_something
from tui.model.ingest.figure_words import (
    LEADING_OK,
    MONTH,
    MONTHS,
    PERSON_NOUNS,
    SCALES,
    YEAR,
    hyphen_unit,
    is_age,
)

# "the March 3, 1998 floods": the year of a date, whatever it is followed by.
_AFTER_DAY_OF_MONTH = re.compile(rf"(?:{MONTH})\.?\s+\d{{1,2}},?\s+$")
# Who an age set off by commas describes: people by kin or role, and by trade or fame ("the singer, 29,").
_AGED_NOUNS = (
    PERSON_NOUNS + "|star|singer|actor|actress|rapper|musician|artist|author|writer|director|producer|"
    "presenter|comedian|model|player|athlete|coach|striker|goalkeeper|quarterback|pitcher|boxer|golfer|"
    "chef|founder|executive|entrepreneur|billionaire|businessman|businesswoman|politician|senator|mayor|"
    "lawyer|pastor|priest|teenager|youngster|grandmother|grandfather|mum|mom|dad|veteran|pilot|official|"
    "president|candidate|leader"
)
# "the mother of three", "a father-of-two": a person described by their children, not a count of data.
PARENT_OF = re.compile(
    r"\b(?:mother|father|mum|mom|dad|parent|grandmother|grandfather|grandparent)[- ]of[- ]$", re.IGNORECASE
)
# "the mother of two children": the count is written out with its noun, so it stays a figure.
_CHILDREN_AFTER = re.compile(
    r"[\s-]+(?:(?:young|grown|adult|small)\s+)?(?:children|kids|sons|daughters|boys|girls)\b"
)
# How far before a number its qualifiers can be ("aged", "Resolution"): checks look only this far back,
# so a sentence of thousands of numbers stays linear.
_WINDOW = 40
# "10 a.m.", "five o'clock", "at six in the morning": a time of day.
# "two or three a.m.", "10 to 11 p.m.": the first time of a span of the clock is a time too.
_CLOCK_AFTER = re.compile(
    r"(?:\s*(?:or|to|and|-|–)\s*(?:\d{1,2}(?:[:.]\d\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve))?(?:\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|UTC|o’clock|o'clock)"
    r"|\s+in\s+the\s+(?:morning|afternoon|evening)\b)",
    re.IGNORECASE,
)
# "Saturday night at 8", "tonight at 9", "Friday at 10": a day, then "at" and the hour.
_DAY_AT = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|tonight|tomorrow)(?:\s+(?:morning|afternoon|evening|night))?"
    r"\s+at\s+$",
    re.IGNORECASE,
)


def _day_then_at(before: str, following: str, numeral: str) -> bool:
    """ "on Saturday night at 8 on HBO": the hour of a day named just before, when no noun it counts follows
    ("Friday at 10 stores" counts stores) and it reads as an hour ("closed Friday at 41" is a price)."""
    hour = re.fullmatch(r"(?:[1-9]|1[0-2])(?:[:.][0-5]\d)?", numeral) is not None
    return hour and _DAY_AT.search(before) is not None and not counts_something(following)


# "raising 2016 elections", "after 2019 protests": a year naming an event, report or season; nobody counts
# elections or protests by the thousand without a comma ("2,000 protests").
_YEAR_EVENTS = re.compile(
    r"\s+(?:elections?|polls|midterms|primaries|caucuses|campaigns?|protests|riots|uprisings?|attacks|bombings|"
    r"olympics|playoffs|finals|championships|talks|negotiations|accords|sanctions|tariffs|reforms|budgets?|"
    r"lockdowns|remarks|allegations|investigations|hearings|earnings|results|outcomes|races|contests|ballots|"
    r"forecasts|census|season|war|"
    r"crisis|pandemic|outbreak|floods|wildfires|hurricanes|summit|world\s+cup)\b",
    re.IGNORECASE,
)
# A loan or bond named by its term: "the 10-year Treasury note", "the two-year yield", "a 30-year mortgage".
_SECURITY_TERM = re.compile(
    r"-(?:year|month|week)\s+(?:U\.?S\.?\s+)?(?:Treasury|Treasuries|T-bills?|T-notes?|notes?|bonds?|yields?|gilts?|"
    r"bunds?|bills?|mortgages?|loans?|fixed|swaps?|paper|debt)\b",
    re.IGNORECASE,
)
# "four years ago", "five months later", "a decade earlier": when something happened, told from another
# time, not how many of anything.
_AGO = re.compile(
    r"\s+(?:years?|months?|weeks?|days?|decades?|hours?|minutes?|mins?|hrs?)\s+(?:ago|earlier|later)\b"
)


# "| 2210 | 3 | 0 |": a cell of a table row flattened into text, ruled by pipes.
_CELL_OPENS = re.compile(r"(?:^|\|)\s*[-−+]?$")
_CELL_CLOSES = re.compile(r"\s*(?:\||$)")


# "buyers over 19", "drivers under 25", "Britons over 70": people named by what they do or where they are
# from, limited by age as "children under five" are (figure_words.is_age has the plain nouns of people).
_ROLE_AGE_BEFORE = re.compile(
    r"\b(?:(?i:buyers|drivers|smokers|drinkers|users|customers|consumers|shoppers|students|applicants|"
    r"participants|tourists|visitors|travell?ers|passengers|athletes|players|members|employees|citizens|"
    r"seniors|viewers|gamers|fans|guests|riders|cyclists|motorists|individuals|persons|anybody|someone|"
    r"somebody)|[A-Z][a-z]+(?:ans|ons|ers|ese|is))\s+(?:under|over|above|below|older\s+than|younger\s+than)\s+"
    r"(?:the\s+age\s+of\s+)?$"
)


def role_age(before: str, after: str, value: float) -> bool:
    """ "buyers over 19", "Canadians over 65": an age limit, a whole number below 100 that no noun follows
    ("members over 30 countries" and "customers over 500" count)."""
    next_word = re.match(r"\s*([\w’'-]+)", after)
    following = next_word.group(1) if next_word else ""
    return (
        value < 100
        and value == int(value)
        and _ROLE_AGE_BEFORE.search(before) is not None
        and (following.lower() in ("years", "year") or not counts_something(following))
    )


def table_cell(sentence: str, before: str, after: str) -> bool:
    """A bare number alone in a cell of a table row ("Reyes | 2210 | 3"): a table's entry, with no noun to
    say what it counts; the row is not a sentence a figure can be tied to."""
    return sentence.count("|") >= 2 and bool(_CELL_OPENS.search(before)) and bool(_CELL_CLOSES.match(after))


# "Ann Roe (", "her son Tom (": a person's full name, or a given name after kin or role, then the bracket an
# age stands in ("the Greens (12)" counts seats: one name alone is no person).
_NAME_THEN_BRACKET = re.compile(
    r"(?:\b[A-Z][a-z][\w’'-]*|\b(?:" + _AGED_NOUNS + r"))\s+[A-Z][a-z][\w’'-]*\s+\($"
)
# "Smith, " or "the singer, ": who an age set off by commas describes; ", 45," or "45." closes it.
# "the prince, also 38,": "also" carries an age over from a person just aged; "The clerk, then 25," and
# "Roe, now 19,": the age at the time told, or today's.
_AGED_BEFORE = re.compile(
    r"(?:[A-Z][\w.’'-]*|\b(?:" + _AGED_NOUNS + r")),\s+(?:(?:then|now)\s+)?$|\w,\s+also\s+$"
)
# "the oldest president at 81,": a person, "at" and the age, closed as an age set off is; "when Roe was 59,":
# a named person's age as the time something happened (a pronoun's is figure_words.is_age's).
_AGED_AT = re.compile(
    r"\b(?:" + _AGED_NOUNS + r")\s+at\s+$"
    r"|\b(?:when|since|until|till)\s+(?-i:[A-Z][a-z][\w’'-]*)\s+(?:was|were)\s+(?:only\s+|just\s+)?$",
    re.IGNORECASE,
)
_AGE_CLOSES = re.compile(r",|[.;]?[”\"’)]*\s*$|\s+[–—]\s|\s+-\s")


def not_data(sentence: str, match: re.Match[str]) -> bool:
    """A bare numeral that is a year, a day, an age, a time or part of a name."""
    numeral = match["numeral"]
    start, end = match.span("numeral")
    before = sentence[max(0, start - _WINDOW) : start]
    after = sentence[end : end + _WINDOW * 3]
    if table_cell(sentence, before, after):
        return True
    next_word = re.match(r"\s*([\w’'-]+)", after)
    following = next_word.group(1) if next_word else ""
    if re.fullmatch(YEAR, numeral) and (
        not counts_something(following)
        or re.search(r"\b(?:in|since|by|from|until|of|during|before|after|year)\s+$", before, re.IGNORECASE)
        or year_as_adjective(before)
        or _AFTER_DAY_OF_MONTH.search(before) is not None
        or _YEAR_EVENTS.match(after) is not None
    ):
        return True  # "reopened in 2016 employs …", "the 2020 elections": a year, whatever word follows
    if re.search(rf"(?:{MONTH})\.?\s+$", before) or re.match(rf"\s+(?:{MONTH})\b", after):
        return True  # a day of the month
    if (
        day_range_end(before)
        or labels_not_counts(before)
        or first_few(before, after)
        or label_appositive(before, after)
        or marks.reference_mark(before, after)
    ):
        return True  # "May 4 to 9"; "level 3", "per 100,000 people"; "the first 20 stores"
    if _CLOCK_AFTER.match(after) and marks.could_be_clock(numeral):
        return True
    if _day_then_at(before, following, numeral):
        return True  # "Saturday night at 8"
    if _AGO.match(after):
        return True  # "four years ago": when, not how many
    if _SECURITY_TERM.match(after):
        return True  # "the 10-year Treasury note", "a 30-year mortgage": the name of a loan's kind
    if is_age(before, after) or role_age(before, after, float(numeral) if numeral.isdigit() else 100.0):
        return True
    if (
        PARENT_OF.search(before)
        and numeral.isdigit()
        and int(numeral) < 20
        and not _CHILDREN_AFTER.match(after)
    ):
        return True  # "a mother of 3": who the person is
    if (
        (_AGED_BEFORE.search(before) or _AGED_AT.search(before))
        and _AGE_CLOSES.match(after)
        and float(numeral) < 120
    ):
        return True  # "Smith, 45, said", "said the owner, Dana Ruiz, 47.", "Braun, 38 – who": an age
    if _NAME_THEN_BRACKET.search(before) and after.startswith(")") and float(numeral) < 120:
        return True  # "Ann Roe (45) and her son, Tom (19),": an age in brackets after a name, as Irish and
        # British papers write it
    if marks.instruction_duration(before, after, start <= _WINDOW):
        return False  # "Rest 20 minutes": the sentence's first word is a verb, not a name
    if _CHAMBER_BEFORE.search(before) and _SPLIT_AFTER.match(after):
        return False  # "passed the House 220-207": a chamber's vote, not a name
    return "," not in numeral and inside_name(before)  # "Peru 12,400": a name has no thousands


# "passed the House 220-207", "cleared the Senate 52-48": the split of a chamber's vote after its name.
_CHAMBER_BEFORE = re.compile(
    r"\b(?:House|Senate|Assembly|Commons|Lords|Congress|Parliament|Council|Committee|Legislature|Knesset|"
    r"Duma|Bundestag)\s+$"
)
_SPLIT_AFTER = re.compile(r"[-–]\d{1,3}\b")


# "3.2GHz 14-inch", "256GB 6-core": a number with its unit glued, just before.
_MEASURE_BEFORE = re.compile(r"(?:^|\s)\d[\d.,]*[A-Za-z]{1,4}\s+$")


def inside_name(before: str) -> bool:
    previous = re.search(r"([A-Z][\w.]*)\s+$", before)
    if previous is None or _MEASURE_BEFORE.search(before):
        return False  # "3.2GHz 14-inch": the unit of a measure just given is no name
    word = previous.group(1)
    return word not in LEADING_OK and word.rstrip(".") not in MONTHS


# A capitalised number word inside a sentence, before another capitalised word, names something ("on
# Ninety Mile Beach", "the Three Gorges Dam"); at a sentence's start it is only capitalised ("Two gunmen").
# A name in quotation marks is inside the sentence too ("at the “Eight Lakes”"), not a quotation's
# opening sentence ("said, “Two Americans died”").
_NAME_WORD_AFTER = re.compile(r"[ -](?-i:[A-Z][a-z])")
_MID_SENTENCE = re.compile(r"[a-z0-9,]\s+$|[a-z]\s+[\"“‘]$")
# Number words capitalised one after another inside a sentence: a name ("Six Thirty", "Seven Eleven").
_CAPITALISED_WORDS = re.compile(r"(?-i:[A-Z][a-z]+)(?:[\s-]+(?-i:[A-Z][a-z]+))+")
# "a thing or two", "a one-two punch", "a one-stop shop", "a one-off payment": set phrases that count nothing.
_IDIOM = re.compile(r"\ba\s+thing\s+or\s+two\b|\bone-(?:two|stop|off)\b", re.IGNORECASE)


# "splits the valley in two", "broke it in two": the halves something is divided into.
_SPLIT_IN = re.compile(
    r"\b(?:split|splits|splitting|cut|cuts|cutting|broke|broken|break|breaks|snapped|tore|torn|divided|"
    r"divides|dividing|sliced)\b(?:\s+[\w’'-]+){0,5}\s+in\s+$",
    re.IGNORECASE,
)


def words_are_a_figure(sentence: str, match: re.Match[str], value: float) -> bool:
    words = match["words"].lower().split()
    before = sentence[max(0, match.start() - _WINDOW) : match.start()]
    after = sentence[match.end() : match.end() + _WINDOW]
    if match["words"][:1].isupper() and (
        inside_name(before)
        or (
            (_NAME_WORD_AFTER.match(after) or _CAPITALISED_WORDS.fullmatch(match["words"]))
            and _MID_SENTENCE.search(before)
        )
    ):
        return (
            False  # "World War Two", "BBC Two", "Formula One", "on Ninety Mile Beach", "Six Thirty": a name
        )
    if _SECURITY_TERM.match(after):
        return False  # "the two-year yield": the name of a loan's kind
    if _IDIOM.search(sentence, max(0, match.start() - 12), min(len(sentence), match.end() + 8)):
        return False  # "a thing or two", "a one-two punch": no count of anything
    if words == ["two"] and _SPLIT_IN.search(before) and not re.match(r"(?:-|\s+)[a-z]", after):
        return False  # "splits the valley in two": how something is divided, not a count
    if (
        len(words) == 1
        and words[0] in ("one", "zero")
        and not (match["words_half"] or one_counts(before, after) or hyphen_unit(after))
    ):
        return False  # "one of the", "one that sees": a pronoun, not a count ("a one-day strike" counts)
    if labels_not_counts(before) or first_few(before, after):
        return False  # "days two and five", "the top three", "the first two states"
    if is_age(before, after) or role_age(before, after, value):
        return False  # "children under five", "drivers under twenty-five"
    if value < 20 and PARENT_OF.search(before) and not _CHILDREN_AFTER.match(after):
        return False  # "the mother of three", "a father of two": who the person is, as an age says
    if value < 120 and _AGED_BEFORE.search(before) and after.startswith(","):
        return False  # "their sons Tom, four, and Ben, two,": an age in words set off by commas
    # "the 12 months", "the four bridges" count, from three up ("the two platforms" compares two things just
    # named); "these three weeks" points back at a count already given.
    things = (
        value >= 3 and counts_things(after) and not re.search(r"\b(?:these|those)\s+$", before, re.IGNORECASE)
    )
    # "in the two years since the attack": a span measured up to now, however many.
    span_since = re.match(r"\s+(?:years|months|weeks|days|decades)\s+since\b", after) is not None
    counted_here = (
        hyphen_unit(sentence[match.end() : match.end() + 20]) or counts_people(after) or things or span_since
    )
    if not counted_here and re.search(r"\b(?:the|these|those|both|all)\s+$", before, re.IGNORECASE):
        return False  # "the two nations": a reference to things already counted ("the two men" counts)
    if _AGO.match(sentence, match.end()) or _CLOCK_AFTER.match(after):
        return False  # "four years ago", "at five in the morning": when, not how many
    if value < 10 and re.match(
        r"\s+(?:\w+\s+)?(?:people|sources|officials|diplomats|persons)\s+(?:familiar|close|with\s+knowledge|"
        r"briefed|who\s+(?:spoke|asked|declined|requested))",
        sentence[match.end() : match.end() + _WINDOW * 3],
    ):
        return False  # "two people familiar with the talks": who the sources are, not a count of anything
    vague_scale = re.search(r"\b(?:several|a\s+few)\s+$", before, re.IGNORECASE) is not None
    if (
        (words[-1] in SCALES or words[-1] == "dozen")
        and len(words) == 1
        and words[0] != "hundred"
        and not vague_scale
    ):
        return False  # a bare "million" without a count ("several thousand" has one)
    return value > 0
