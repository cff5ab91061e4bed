"""A mention split into the name and the role the article puts around it.

"Prime Minister Luka Jovic", "critic Owen Gleiberman", "grid operator Red Eléctrica", "Senator Joan
Whitfield of Kansas", "Tarvo CEO Ana Ruiz": the person's or body's name, then the title, trade, description
or place that goes with it (`split_title`).
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.kinds import DETERMINERS, looks_like_person

# Titles that go before a name ("Prime Minister Luka Jovic"): the role, not the name.
TITLE_WORDS = set(
    "President Vice Prime Minister Foreign Interior Defence Defense Finance Economy Health Justice Senator "
    "Governor Mayor General Chancellor Secretary Judge Professor Dr. Dr Chief Ambassador Rep. Sen. Gov. Lt. "
    "Col. Gen. Sgt. Pope King Queen Prince Princess Sheikh Archbishop Bishop Speaker Commissioner Director "
    "Deputy State Lawmaker Sir Dame Mr. Mrs. Ms. Mr Mrs Ms Senate House Majority Minority Leader Whip "
    "Chairman Chairwoman Chair Attorney Surgeon National Security Adviser Advisor Press Foreign Home "
    "Trade Labour Labor Education Transport Environment Energy Agriculture Opposition Party "
    # Trades that sports, arts and business copy put before a full name: "Singer Mara Voss".
    "Singer Rapper Actor Actress Striker Quarterback Coach Midfielder Goalkeeper Defender Pitcher Comedian "
    "Musician Chef Rookie Designer Activist Artist Novelist Filmmaker Presenter Producer "
    # Trades and offices news copy capitalises at a sentence's start: "Economist Priya Nand argued …".
    "Economist Analyst Councillor Councilor Councilman Councilwoman Engineer Pollster Critic Shopkeeper "
    "Lawyer Historian Researcher Scientist Author Writer Journalist Strategist Entrepreneur Investor "
    "Physician Teacher Architect Photographer Builder Farmer Fisherman Nurse Pastor Premier Auditor "
    "MP MEP MPP MLA MSP".split()
)


DESCRIBED_BODY = re.compile(
    r"^((?:.*\s)?(?:maker|firm|company|group|agency|operator|carrier|giant|retailer|producer|broadcaster|"
    r"newspaper|airline|bank|watchdog|union|media|outlet|channel|network|think[- ]tank|consultancy|insurer|"
    r"lender|miner|automaker|developer|regulator|charity|organi[sz]ation|institute|website|magazine|daily|"
    r"tabloid|station|monitor|party))\s+"
    # The name, with the small words a body's name holds ("the group Citizens for a Clean Tarn").
    r"([A-Z][\w.&’'-]*(?:\s+(?:(?:of|for|the|and|a|an|against|without|on|to)\s+)*[A-Z][\w.&’'-]*){0,5})$"
)


_PLACE_PREPOSITION = re.compile(
    # Places only: "a spokeswoman for Mayor Ana Lund", "an adviser to …" keep their own reading.
    r"(?:^|\s)(?:in|at|from|near|across|throughout|inside|outside|around|atop|under|above|below|beside|"
    r"behind|aboard|beyond)$"
)


# "People for the Ethical Treatment", "Citizens for a Clean Tarn": capitalised words and their
# connectors up to an article, then capitals, are one name; no role puts "the" before a person.
_NAME_UP_TO_ARTICLE = re.compile(
    r"^[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and|against|without|on|in|to))*\s+(?:the|a|an)$"
)


def _continues_a_name(before: str) -> bool:
    return bool(_NAME_UP_TO_ARTICLE.match(before)) and not TITLE_WORDS.intersection(before.split())


_NAME_THEN_OF = re.compile(r"[A-Z][\w’'.-]+\s+[A-Z][\w’'-]+\s+of(?:\s+the)?$")


def split_title(text: str) -> tuple[str, str]:
    """("Luka Jovic", "Prime Minister") from "Prime Minister Luka Jovic"; ("Owen Gleiberman", "critic")."""
    words = text.strip().split()
    lowered_role = re.match(
        r"^(.*(?:^|\s)[a-z][\w’'-]*)\s+((?:[A-Z][\w.’'-]*)(?:\s+[A-Z][\w.’'-]*){1,3})$", text.strip()
    )
    if (
        lowered_role
        and looks_like_person(lowered_role.group(2))
        and not DETERMINERS.match(text.strip())
        # "officials in Hong Kong": a name after a preposition is its object, where they are, not who.
        and not _PLACE_PREPOSITION.search(lowered_role.group(1))
        and not _continues_a_name(lowered_role.group(1))
        # "leader Ana Ruiz of New York": the place a named person is from (the branch below), not who.
        and not _NAME_THEN_OF.search(lowered_role.group(1))
    ):
        # "Senator the Hon. Ada Brisk": the honorific goes with the role.
        honorific = re.match(r"(?:(?:Rt|Hon)\.?\s+)+", lowered_role.group(2))
        cut_at = (
            honorific.end()
            if honorific and looks_like_person(lowered_role.group(2)[honorific.end() :])
            else 0
        )
        return lowered_role.group(2)[
            cut_at:
        ], f"{lowered_role.group(1)} {lowered_role.group(2)[:cut_at]}".strip()
    described_body = DESCRIBED_BODY.match(text.strip())
    if described_body:
        # "grid operator Red Eléctrica", "state media KCNA", "the newspaper Daily Courier".
        return described_body.group(2), described_body.group(1)
    place = re.match(
        r"^(.*?)\s+((?:of|with|at|from)\s+(?:the\s+)?[A-Z][\w’'.-]*"
        r"(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w’'.-]*){0,5})$",
        text.strip(),
    )
    if place and (looks_like_person(place.group(1)) or split_title(place.group(1))[1]):
        # "Senator Joan Whitfield of Kansas", "Patrol Chief Ada Vole with the Brenn Police": where they
        # are from, or whom they work for, is part of the role.
        name, title = split_title(place.group(1))
        return name, f"{title} {place.group(2)}".strip()
    cut = 0
    while cut < len(words) - 2 and words[cut] in TITLE_WORDS:
        cut += 1
    if cut and looks_like_person(" ".join(words[cut:])):
        return " ".join(words[cut:]), " ".join(words[:cut])
    owned = _BODY_TITLE_NAME.match(text.strip())
    if owned is not None and (looks_like_person(owned["name"]) or " " not in owned["name"]):
        # "Harlow Union President Ana Ruiz", "Tarvo spokesperson Ruiz": a body's title, then the person.
        return owned["name"], owned["title"].strip()
    return text, ""


# A body's name, a title of its people, a person's name: "Vale Union President Ana Ruiz", "Tarvo CEO Ana
# Ruiz", "Tarvo spokesperson Ruiz" (a surname alone only after a spokesperson's title).
_BODY_TITLE_NAME = re.compile(
    r"(?P<title>(?:[A-Z][\w&.’'-]*\s+){1,4}(?:(?:President|Chairman|Chairwoman|Chair|CEO|Director|"
    r"Administrator|Commissioner|Secretary|Chief|Leader|Executive|Spokes(?:man|woman|person)|"
    r"[Ss]pokes(?:man|woman|person))\s+)+)"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}"
    r"|(?<=[Ss]pokesman\s)[A-Z][\w’'-]+|(?<=[Ss]pokeswoman\s)[A-Z][\w’'-]+|(?<=[Ss]pokesperson\s)[A-Z][\w’'-]+)$"
)
