"""The words figures are made of (number words, scales, currencies, units) and the periods they cover."""

from __future__ import annotations

from functools import lru_cache

from tui.model.ingest import lazy_re as re

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip


SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "lakh": 100_000, "crore": 10_000_000}  # fmt: skip


SHORT_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
                "bln": 1_000_000_000, "tn": 1_000_000_000_000, "trln": 1_000_000_000_000,
                "trn": 1_000_000_000_000}  # fmt: skip


# Vague plurals, read as their lower bound.
VAGUE = {"dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
         "billions": 1_000_000_000, "trillions": 1_000_000_000_000}  # fmt: skip


FRACTIONS = {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25, "quarters": 0.25,
             "fifth": 0.2, "fifths": 0.2, "sixth": 1 / 6, "sixths": 1 / 6, "eighth": 0.125, "eighths": 0.125,
             "tenth": 0.1, "tenths": 0.1}  # fmt: skip


CURRENCY_SYMBOLS = {"$": "$", "US$": "$", "€": "€", "£": "£", "¥": "¥", "₩": "₩", "₹": "₹"}


CURRENCY_WORDS = {"dollars": "$", "euros": "€", "pounds": "£", "yen": "¥", "won": "₩", "yuan": "yuan",
                  "rubles": "rubles", "roubles": "rubles", "rupees": "₹", "francs": "francs",
                  "hryvnias": "hryvnias"}  # fmt: skip
# Currencies written after the number and named as they are written ("4.5 million pesos").
for _currency in (
    "pesos tenge rand lira zlotys kronor kroner dinars dirhams naira shekels baht reais shillings "
    "cedis kwacha ringgit rupiah taka riyals rials"
).split():
    CURRENCY_WORDS[_currency] = _currency


KNOWN_UNITS = {
    "tonnes", "tons", "tonne", "ton", "km", "kilometres", "kilometers", "miles", "metres", "meters",
    "kg", "kilograms", "pounds", "barrels", "megawatts", "mw", "gw", "gigawatts", "kwh", "hectares",
    "acres", "litres", "liters", "gallons", "degrees", "votes", "seats", "years", "months", "weeks",
    "days", "hours", "minutes", "people", "children", "women", "men", "staff", "personnel", "police",
    "cattle", "sheep", "aircraft", "equipment", "ammunition", "feet", "inches", "yards", "ounces", "crew",
    "livestock",
    "horsepower", "hp",
    # Plural demonyms and groups in -is, which the plural test leaves out (it skips "crisis", "basis").
    "israelis", "iraqis", "saudis", "pakistanis", "qataris", "bangladeshis", "emiratis", "nazis", "somalis",
    "yemenis", "kuwaitis", "omanis", "afghanis", "bahrainis", "azerbaijanis", "nepalis", "bengalis",
    "punjabis", "kashmiris", "israelites",
}  # fmt: skip


APPROX_WORDS = (
    "an estimated",
    "estimated",
    "more than",
    "less than",
    "fewer than",
    "at least",
    "up to",
    "as many as",
    "as much as",
    "close to",
    "nearly",
    "almost",
    "around",
    "about",
    "approximately",
    "roughly",
    "some",
    "over",
    "under",
    "upwards of",
    "in excess of",
    "exceeding",  # "gusts exceeding 100 mph": a bound, as "in excess of" is
    "well over",
    "just over",
    "just under",
    "circa",
    "below",
    "above",
    "over a",
    "about a",
    "nearly a",
    "almost a",
    "roughly a",
    "more than a",
    "at most",
    "a maximum of",
    "a minimum of",
    "no more than",
    "no fewer than",
    "not more than",
    "as few as",
    "as little as",
    "just shy of",
    "a little over",
    "a little more than",
    "slightly more than",
    "slightly over",
    "several",  # "several hundred", "a few thousand": vague, read as the scale itself
    "a few",
)


MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
).split()


# Capitalised words before a number that make it a name or reference ("Resolution 2231").
# Anything else capitalised before a number is checked by `_inside_name`.
LEADING_OK = {
    "In", "Since", "About", "Around", "Some", "Nearly", "Almost", "Over", "Under", "The", "Of", "By",
    "And", "To", "At", "For", "From", "With", "Only", "Just", "More", "Less", "Fewer", "Roughly",
    "Approximately", "Up", "As", "Another", "An", "A", "Than", "Least", "Estimated", "All", "But",
    "Those", "These", "Its", "Their", "His", "Her", "Our", "Until", "Between", "According", "On", "Well",
    "Close", "Upwards", "Exactly", "Perhaps", "Maybe", "Today", "Yesterday", "Altogether", "Overall", "Now",
    "Then", "Still", "Each", "Including", "After", "Before", "During", "Within", "Across", "Among", "Against",
    "Like", "Unlike", "Barely", "Fully", "If", "Once", "So", "Yet", "Although", "Because", "Despite",
    "Beyond", "Below", "Above", "Add", "Take", "Use", "Worldwide", "Nationwide", "Globally", "Nationally",
    "Statewide", "Together", "Combined", "Collectively", "Currently", "Already", "Meanwhile", "Elsewhere",
    "Separately", "Annually", "Every", "Last", "This", "That",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
}  # fmt: skip


NOT_PLURAL_NOUNS = {
    "was", "has", "is", "does", "says", "this", "its", "his", "hers", "ours", "yours", "theirs", "less",
    "across", "perhaps", "always", "whereas", "thus", "plus", "us", "as", "yes", "unless", "besides",
    "towards", "afterwards", "sometimes", "nevertheless", "news", "series", "means", "species", "gas",
    "bus", "alias", "bias", "status", "campus", "census", "virus", "focus", "basis", "crisis", "analysis",
    "thesis", "emphasis", "politics", "economics", "seems", "remains", "goes", "comes", "makes", "takes",
    "gets", "shows", "suggests", "includes", "continues", "appears", "becomes", "stands",
    "physics", "mathematics", "ethics", "athletics", "logistics", "electronics", "genetics", "aesthetics",
    "dynamics", "linguistics", "gymnastics", "optics", "semantics", "graphics", "statistics", "analytics",
}  # fmt: skip


OUTCOME_PARTICIPLES = re.compile(
    r"^(?:(?:have|has|had)\s+been\s+|(?:were|was|are|is|been|being)\s+)?(?:more\s+)?"
    r"(killed|injured|wounded|dead|displaced|arrested|detained|evacuated|missing|captured|"
    r"delivered|shipped|sold|exported|imported|produced|deployed|sent|fired|launched|destroyed|"
    r"lost|hurt|infected|vaccinated|affected|employed|hired|laid off|raised|spent|invested|"
    r"allocated|pledged|approved|seized|recovered|rescued|returned)\b",
    re.IGNORECASE,
)


MONTH = "|".join(MONTHS)


YEAR = r"(?:1[5-9]\d\d|20\d\d)"


PERIOD = re.compile(
    rf"""\b(?:
        since\s+(?:the\s+(?:start|beginning|end|middle|outbreak)\s+of\s+(?:the\s+\w+|{YEAR}|\w+)
                  |(?:early|late|mid-?)\s*{YEAR}|(?:(?:{MONTH})\.?\s+)?{YEAR}|(?:{MONTH})\b
                  |last\s+(?:year|month|week|summer|winter|spring|autumn|fall)|then)
      | (?:in|during|throughout|for|by|over)\s+(?:the\s+(?:first|second|third|fourth|last|past)\s+
            (?:half|quarter|three\s+months|six\s+months|nine\s+months)\s+of\s+)?(?:(?:{MONTH})\.?\s+)?{YEAR}
      | in\s+(?:early\s+|late\s+|mid-?)?(?:{MONTH})\b
      | (?:last|this|next|the\s+past|the\s+previous)\s+(?:year|month|week|quarter|decade|summer|winter)
      | (?:over|in|during)\s+the\s+(?:past|last|next|previous)\s+(?:\w+\s+)?
            (?:years?|months?|weeks?|days?|decades?)
      | between\s+{YEAR}\s+and\s+{YEAR} | from\s+{YEAR}\s+to\s+{YEAR}
      | (?:a|per|each|every)\s+(?:year|month|week|day) | annually | (?:so\s+far\s+)?this\s+year
      | (?:{YEAR}-(?:\d\d|{YEAR}))
    )""",
    re.VERBOSE | re.IGNORECASE,
)


PERSON_NOUNS = (
    "man|woman|boy|girl|mother|father|son|daughter|wife|husband|brother|sister|grandmother|grandfather|"
    "child|resident|driver|teacher|farmer|victim|student|worker|officer|soldier|nurse|doctor|owner|"
    "friend|neighbour|neighbor|widow|pensioner|retiree|survivor|suspect|defendant|patient"
)


CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\s")


def period(sentence: str, start: int, end: int, next_figure: int | None = None) -> str:
    """The period phrase nearest the figure within its clause (after it preferred); a phrase after the next
    figure (`next_figure`, where it starts) is that figure's ("25% now, up from 18% in 2010")."""
    phrases, breaks = _periods_and_breaks(sentence)
    clause_start = max((b_end for b_start, b_end in breaks if b_end <= start), default=0)
    clause_end = min((b_start for b_start, b_end in breaks if b_start >= end), default=len(sentence))
    if next_figure is not None and next_figure >= end:
        clause_end = min(clause_end, next_figure)
    best = ""
    best_distance = float("inf")  # a phrase before the figure counts 40 more, even in a short sentence
    for p_start, p_end, text in phrases:
        if p_start < clause_start or p_end > clause_end or p_start <= start < p_end:
            continue  # another clause, or the figure itself ("2024-25" is a period, not data)
        distance = p_start - end if p_start >= end else start - p_end + 40
        if distance < best_distance:
            best, best_distance = text, distance
    return best


@lru_cache(maxsize=32)
def _periods_and_breaks(sentence: str) -> tuple[list[tuple[int, int, str]], list[tuple[int, int]]]:
    """Every period phrase and clause break of a sentence, found once for all its figures."""
    phrases = [(m.start(), m.end(), m.group(0)) for m in PERIOD.finditer(sentence)]
    return phrases, [m.span() for m in CLAUSE_BREAK.finditer(sentence)]


# "children under five", "people over 65", "those aged 18 to 24", "she turned 40": an age, not a count.
_AGE_BEFORE = re.compile(
    r"\b(?:children|kids|babies|infants|toddlers|people|adults|those|men|women|boys|girls|anyone|"
    r"patients|pupils|teenagers|voters|residents|workers|everyone|ones)\s+(?:(?:aged|age|ages)\s+(?:between\s+|from\s+)?"
    r"|(?:under|over|above|below|older\s+than|younger\s+than)\s+(?:the\s+age\s+of\s+)?)$"
    r"|\b(?:aged|ages?(?:\s+of)?|turned|turns|turning|(?:will|to|they|I|we|you)\s+turn)\s+(?:between\s+|from\s+)?(?:\d{1,2}(?:,\s*|,?\s+(?:and|or|to)\s+))*$"
    r"|\b(?:retired?|retiring|died|dies|passed\s+away)\s+at\s+(?:the\s+age\s+of\s+)?$",
    re.IGNORECASE,
)
# "At 50, she started running", "the child, now 4, is safe": an age set off by a comma.
_AGE_SET_OFF = (
    re.compile(r"(?:^|[,;:]\s*|\.\s+)(?-i:At)\s+$|,\s+now\s+$", re.IGNORECASE),
    re.compile(r",\s+(?:he|she|I|we|they|his|her|is|was)\b"),
)
# "she was 34 when she left", "he was 17 at the time": an age told as the time something happened.
_WHEN_WAS = re.compile(
    r"\b(?:when|since|until|till)\s+(?:he|she|I|they|we|you)\s+(?:was|were)\s+(?:only\s+|just\s+)?$", re.I
)
_AGE_WHEN = (
    re.compile(r"\b(?:was|were|is|am)\s+(?:only\s+|just\s+)?$"),
    re.compile(r"\s+(?:when|at\s+the\s+time)\b"),
)

# "a five-year-old", "a seven-month-old baby", "by 11 months of age": an age in years, months or weeks; the
# low end of a span of ages ("between 5 and 11 years old", "18- to 34-year-olds", its hyphen left hanging);
# "65 and older", "18 or younger"; "a 40-yr-old man" as listings and police notices shorten it.
_AGE_AFTER = re.compile(
    r"(?:-?\s*(?:and|to|or)\s+\d{1,3}|\s*[-–]\s*\d{1,3})?"
    r"(?:(?:-|\s+)(?:years?|yrs?|months?|mos?|weeks?|wks?|days?)[-\s]olds?\b"
    r"|\s+(?:years?|months?|weeks?)\s+of\s+age\b)"
    r"|\s+(?:and|or)\s+(?:older|younger)\b",
    re.IGNORECASE,
)
# "Doe, who is 52, denied it": an age in a clause set off by commas.
_WHO_IS = re.compile(r",\s+who\s+(?:is|was|turned|turns)\s+(?:now\s+)?$", re.IGNORECASE)
# The clause ends at the age: a comma, the sentence's end, or "and" and the next thing said of the person.
_WHO_IS_ENDS = re.compile(r",|[.;]|\s+and\s+(?!\d)")
# "voters 18 to 24", "adults 65 and over": people, then a span of ages or an age with an open end.
_PEOPLE = (
    r"\b(?:children|kids|people|adults|those|men|women|boys|girls|voters|residents|workers|Americans)\s+"
)
_PEOPLE_UPPER_AGE = re.compile(_PEOPLE + r"\d{1,2}\s*(?:to|-|–)\s*$", re.IGNORECASE)
_PEOPLE_LOWER_AGE = (
    re.compile(_PEOPLE + r"$", re.IGNORECASE),
    re.compile(r"\s*(?:to|-|–)\s*\d{1,2}\b|\s+(?:and|or)\s+(?:over|up|above|under|older|younger)\b", re.I),
)


def is_age(before: str, after: str) -> bool:
    """An age, not a count: "children under five", "aged 18", "a five-year-old"."""
    if (_AGE_WHEN[1].match(after) and _AGE_WHEN[0].search(before)) or (
        before.rstrip().endswith(("was", "were", "only", "just")) and _WHEN_WAS.search(before)
    ):
        return True
    if _AGE_SET_OFF[1].match(after) and _AGE_SET_OFF[0].search(before):
        return True
    if _WHO_IS.search(before) and _WHO_IS_ENDS.match(after):
        return True  # "Doe, who is 52, denied it", "Roe, who is 38 and runs a farm"
    if _PEOPLE_UPPER_AGE.search(before) or (
        _PEOPLE_LOWER_AGE[0].search(before) and _PEOPLE_LOWER_AGE[1].match(after)
    ):
        return True  # "voters 18 to 24", "adults 65 and over"
    return _AGE_AFTER.match(after) is not None or _AGE_BEFORE.search(before) is not None


# "a two-hour special", "a 20-mile line", "the four-term congressman": the noun after the hyphen counts.
_HYPHEN_NOUN = re.compile(
    r"-(second|minute|hour|day|night|week|month|year|decade|term|mile|kilometre|kilometer|metre|meter|"
    r"foot|inch|yard|acre|storey|story|station|seat|member|nation|country|page|game|match|point|man|"
    r"person|bed|room|lane|car|stop|step|round|count|episode|part|city|state|team|player|"
    r"liter|litre|gallon|horsepower|cylinder|ton|tonne|kilogram|pound|degree)\b(?!-old)",
    re.IGNORECASE,
)


def hyphen_unit(after: str) -> str:
    """The plural unit of a hyphenated count right after a number ("-hour" -> "hours"), else ""."""
    match = _HYPHEN_NOUN.match(after)
    if match is None:
        return ""
    noun = match.group(1).lower()
    irregular = {"foot": "feet", "story": "storeys", "country": "countries", "city": "cities",
                 "man": "men", "person": "people", "inch": "inches", "horsepower": "horsepower"}  # fmt: skip
    return irregular.get(noun, f"{noun}s")


# "a 30-date tour", "a two-goal lead", "a 12-song set": any noun after the hyphen that a noun follows counts,
# unless the word says how (long, strong, old) rather than what.
_ANY_HYPHEN_NOUN = re.compile(r"-([a-z]{3,})\s+[a-z]")
_HYPHEN_NOT_COUNTED = frozenset(
    "old year-old plus odd fold strong long wide high low deep tall thick time way ish and some something "
    "thirds quarters fifths tenths half".split()
)
_IRREGULAR_PLURALS = {"man": "men", "woman": "women", "person": "people", "child": "children", "foot": "feet"}


def hyphen_noun(sentence: str, end: int) -> str:
    """The plural of the noun a hyphen joins to a number ending at `end` ("30-date tour" -> "dates")."""
    match = _ANY_HYPHEN_NOUN.match(sentence, end)
    if match is None:
        return ""
    noun = match.group(1)
    if noun in _HYPHEN_NOT_COUNTED or noun.endswith(("ed", "ing", "ly", "like", "s")):
        return ""
    if noun in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[noun]
    if noun.endswith("y") and noun[-2] not in "aeiou":
        return f"{noun[:-1]}ies"
    return f"{noun}es" if noun.endswith(("ch", "sh", "x", "z")) else f"{noun}s"
