"""A description that refers back to the one person whose role it names: "the Pentagon chief" after
"Defense Secretary Ana Vey", "the senator" after "Sen. Ivo Brandt", "the 45-year-old" after "Tilda Marr,
45,", "the Acme founder" after "Dana Ruiz, the founder of Acme".

The role is what the article gave the person: a title before the name, an appositive, the role a speech
tag named, an age between commas. A description fits a person when its head noun is the head of their
role (or an abbreviation or a synonym of it) and every word before the head is in their role or name
("the defence secretary" is not the foreign secretary). Only when exactly one person fits: with two
("the president" of two presidents) or none, the description does not say who, and the older rules
read it.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.kinds import PERSON_ROLE
from tui.model.ingest.title_split import TITLE_WORDS

# "the Pentagon chief", "the new senator", "the 45-year-old": up to three words before a role noun.
_DESCRIPTION = re.compile(r"[Tt]he\s+((?:[\w’'.&-]+\s+){0,3}?)([\w-]+)")
_AGE = re.compile(r"(\d{1,3})-year-old")
# "Tilda Marr, 45, …": an age between commas after a full name.
AGED_NAME = re.compile(r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),\s+(\d{1,3}),")

# People's roles that kinds.PERSON_ROLE leaves out (it also decides a source's kind), read here only to
# find the one person an article gave the role: "the prosecutor" after "Prosecutor Dalia Nunez", "the
# landlord" after "her landlord, Hal Moss,", "the boy" after "the rescued boy, Timo Ash".
MORE_ROLES = re.compile(
    r"(?:prosecutor|defendant|victim|porter|landlord|tenant|pensioner|banker|detective|architect|chef|"
    r"passenger|boy|girl|pupil|attorney|solicitor|barrister|paramedic|firefighter|soldier|priest|bishop|"
    r"activist|campaigner|lobbyist|consultant|journalist|reporter|photographer|treasurer|investor|"
    r"grandmother|grandfather|widow|survivor|designer|accountant|plaintiff|claimant|juror|referee|jockey|"
    r"cyclist|swimmer|golfer)s?",
    re.IGNORECASE,
)


def is_role_noun(word: str) -> bool:
    """A noun naming a person by what they are or do: "senator", "prosecutor", "45-year-old"."""
    return PERSON_ROLE.fullmatch(word) is not None or MORE_ROLES.fullmatch(word) is not None


# Words before the head that say nothing about which person is meant.
_NEUTRAL = {"new", "top", "veteran", "longtime", "long-time", "current", "embattled", "outgoing", "incoming"}
# Abbreviated titles and the role noun a description uses for them.
_ABBREVIATIONS = {
    "sen": "senator",
    "gov": "governor",
    "rep": "congressman",
    "gen": "general",
    "supt": "superintendent",
    "insp": "inspector",
    "det": "detective",
    "ceo": "executive",
}
# Roles a description names with other words: "the Pentagon chief" is the defence secretary.
_DEFENCE_SECRETARY = re.compile(r"\b(?:defen[cs]e\s+secretary|secretary\s+of\s+defen[cs]e)\b", re.IGNORECASE)
_SYNONYMS = {
    "pentagon chief": _DEFENCE_SECRETARY,
    "pentagon boss": _DEFENCE_SECRETARY,
    "chief executive": re.compile(r"\b(?:CEO|chief\s+executive)\b", re.IGNORECASE),
    "lawmaker": re.compile(
        r"\b(?:sen\.?|senator|rep\.?|representative|congress(?:wo)?man|MP|assembly(?:wo)?man|legislator)\b",
        re.IGNORECASE,
    ),
}
# A role's parts ("Sen., a Republican from Ohio") and, in each, the words before what it is of or for.
_ROLE_PARTS = re.compile(r"\s*[,;]\s*")
_OBJECT = re.compile(r"\s+(?:of|at|for|in|with|on|from|to|who|whose|and|since)\s+", re.IGNORECASE)


def without_title(name: str) -> str:
    """ "Coach Tilda Marr" -> "Tilda Marr": the name as the article's people are known by."""
    words = name.split()
    while len(words) > 2 and words[0] in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def _words(text: str) -> list[str]:
    return [w.strip(".’'").lower() for w in text.split() if w.strip(".’'")]


def role_heads(role: str) -> set[str]:
    """The head nouns of a role: "executive" in "Acme Marine chief executive", "senator" for "Sen.",
    "lawyer" in "a lawyer for the mayor" (the mayor is someone else)."""
    heads = set()
    for part in _ROLE_PARTS.split(role):
        words = _words(_OBJECT.split(part)[0])
        if words:
            heads.add(_ABBREVIATIONS.get(words[-1], words[-1]))
    return heads


def _plural(head: str) -> bool:
    """ "the senators", "the officials": all of them, not one person."""
    return head.endswith("s") and not head.endswith(("ss", "us")) and is_role_noun(head[:-1])


def fits(description: str, name: str, role: str, age: str = "") -> bool:
    """Whether the description names the person by their role (`role`: titles and descriptions the
    article gave them; `age` the one it gave between commas)."""
    match = _DESCRIPTION.fullmatch(description.strip())
    if match is None:
        return False
    modifiers, head = _words(match.group(1)), match.group(2).lower()
    aged = _AGE.fullmatch(head)
    if aged is not None:  # the age between commas, or one a speech tag's role kept ("Coach, 45")
        return not modifiers and aged.group(1) in {age, *(p.strip() for p in _ROLE_PARTS.split(role))}
    known = f"{role} {name}"
    synonym = _SYNONYMS.get(" ".join([*modifiers[-1:], head])) or _SYNONYMS.get(head)
    if synonym is not None:
        consumed = 1 if " ".join([*modifiers[-1:], head]) in _SYNONYMS else 0
        rest = modifiers[: len(modifiers) - consumed]
        return synonym.search(role) is not None and _modifiers_fit(rest, known)
    if not is_role_noun(head) or _plural(head):
        return False
    # "the prosecutor" after "Prosecutor Dalia Nunez": a title the name kept as its first word.
    titled = len(name.split()) > 2 and name.split()[0].lower() == head
    return (head in role_heads(role) or titled) and _modifiers_fit(modifiers, known)


def _modifiers_fit(modifiers: list[str], known: str) -> bool:
    """Each word before the head is in the person's role or name: "the Facebook founder", "the former
    mayor", "the defence secretary"."""
    words = set(_words(known.replace("’s", "").replace("'s", "")))
    words |= {_ABBREVIATIONS[w] for w in words if w in _ABBREVIATIONS}
    bare = [word.removesuffix("’s").removesuffix("'s") for word in modifiers]
    return all(word in words or word in _NEUTRAL for word in bare)


def describes_role(description: str) -> bool:
    """A singular definite description by a role or an age: the only ones this module reads."""
    match = _DESCRIPTION.fullmatch(description.strip())
    if match is None:
        return False
    head = match.group(2).lower()
    phrase = " ".join([*_words(match.group(1))[-1:], head])
    return (
        _AGE.fullmatch(head) is not None
        or phrase in _SYNONYMS
        or head in _SYNONYMS
        or (is_role_noun(head) and not _plural(head))
    )


def role_holder(
    description: str,
    people: dict[str, tuple[str, str]],
    in_view: frozenset[str] = frozenset(),
    recent: frozenset[str] = frozenset(),
) -> str | None:
    """The one person (`people`: name -> (role, age)) the description fits, or None. Of two who fit,
    the one named in the sentences just read (`in_view`) when no other was named for a while (`recent`):
    "Gov. Ida Holm" read just now, "Gov. Tom Berg" paragraphs back."""
    if not describes_role(description):
        return None
    fitting = [name for name, (role, age) in people.items() if fits(description, name, role, age)]
    if len(fitting) > 1:
        seen = [name for name in fitting if name in in_view]
        fitting = seen if len([name for name in fitting if name in recent | in_view]) == 1 else []
    return fitting[0] if len(fitting) == 1 else None
