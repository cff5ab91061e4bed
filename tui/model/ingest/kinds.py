"""What kind of source a name is, and the words that make up names: titles, roles, bodies.

Rules read the name as the article words it ("a South Korean lawmaker",
"grid operator Red Eléctrica", "Prime Minister Luka Jovic") and any role an
appositive gives; the first rule that matches decides the kind. Splitting a mention into its
name and the title around it is title_split's.
"""

from __future__ import annotations

from functools import lru_cache

from tui.model.format.records import SourceKind
from tui.model.ingest import lazy_re as re
from tui.model.ingest.document_heads import names_a_document
from tui.model.ingest.employers import employer_bodies
from tui.model.ingest.places import countries_named_in, country_of_metonym

TITLES = re.compile(r"^(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|Gen|Col|Lt|Sgt|Rep|Sen|Gov)\.?\s+")


DETERMINERS = re.compile(r"^(?:the|a|an|this|that|these|those|its|his|her|their|our)\s+", re.IGNORECASE)


# Words that name a role, not who holds it: "the same Foreign Ministry spokesperson" is the ministry.
ROLE_WORDS = {
    "spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative", "statement",
    "official", "officials", "press", "office", "secretary", "same", "senior", "top", "chief",
}  # fmt: skip


# What each kind of source is called, in order: the first rule that matches a name decides its kind.
# A rule is a paragraph: the kind ("(case)" when capitals matter), then the words and phrases of a
# regular-expression alternation, its lines joined by "|". Agencies, parties and their committees are
# government; the acronyms come after "expert" ("NASA's scientists") and before "company" ("DNC chairman").
_KIND_WORDS = r"""
state_media
KCNA|Xinhua|TASS|RIA(?: Novosti)?|CCTV|RT|Sputnik|state[- ](?:run |owned )?(?:media|television|TV
broadcaster|news|newspaper)|Global Times|People’s Daily|IRNA|Rodong Sinmun|KCTV|Press TV|SANA

wire (case)
AFP|Reuters|AP|Associated Press|Agence France[- ]Presse|Agerpres|Yonhap|Kyodo|dpa|ANSA|EFE|PTI|ANI
Anadolu|Ukrinform|Interfax|UNIAN|PAP|Bernama|Antara|news agency|newswire|wire service

intelligence
intelligence|spy agency|spy chief|NIS|CIA|MI6|MI5|FSB|SVR|GRU|HUR|GUR|Mossad|Shin Bet|DGSE|BND|ISI
MSS

government
(?:defen[cs]e|foreign|home|interior|treasury|health|energy|transport(?:ation)?|agriculture|commerce
education|labou?r|justice|culture|environment|trade|business|navy|army|air force) secretary
secretary of (?:state|defen[cs]e|the treasury|the interior|health|labou?r|energy|education|commerce
agriculture|transportation|homeland security|the (?:army|navy|air force))
U\.S\. attorney|district attorney|federal reserve|homeland security|centers? for disease control
national committee|[\w’']+[’']s campaign|campaign (?:spokes(?:man|woman|person)|manager|chair(?:man|woman)?)
ministr(?:y|ies)|minister|ministers|department|government|cabinet|president|prime minister|premier
chancellor|embassy|ambassador|mayor|governor|parliament|congress|senate|senator|lawmakers?|leader
central bank|inspectorate|directorate|electoral|legislators?|MPs?|congress(?:wo)?man|council|kremlin
white house|downing street|state department|foreign office|authorit(?:y(?!\s+on\b)|ies)|administration|regime
prosecutors?|police|court|judge|united nations|U\.N\.|UN|EU|European Union|European Commission|NATO
commission|agency|(?:World|International)\s+[\w\s]*Organi[sz]ation|weather service|meteorological
met office|Office|Bureau|White House|Senate|House|Congress|national\s+\w+\s+service
Gov(?=\.)|Sen(?=\.)|Rep(?=\.)|Supt(?=\.)|superintendent|commissioner|attorney general|sheriff
nations?|countries|states|African Union|Arab League|ASEAN|OPEC|Commonwealth|Gulf Cooperation Council

military
Lt\.? Col|Lt\.? Gen|Maj\.? Gen|Brig\.? Gen|Col(?=\.)|Gen(?=\.)|Adm(?=\.)|Vice Adm|Rear Adm
military|army|navy|air force|armed forces|defen[cs]e forces|general staff|joint chiefs|pentagon|IDF
commander|general(?!\s+(?:secretariat|secretary|manager|counsel|assembly|council|elections?|director|partners?|practitioners?|public|contractors?|hospital|store|interest|population|motors|electric))|colonel|troops|brigade|battalion|rebels?|militias?|insurgents?|guerrillas?|Front
Movement

watchdog
watchdog|monitors?|monitoring|inspectors?|IAEA|observatory|ombudsman|regulator|auditors?
panel of experts|sanctions committee|OSCE

ngo
NGO|charity|Amnesty|Human Rights Watch|Red Cross|Red Crescent|MSF|Médecins|Oxfam|Save the Children
foundation|advocacy|campaigners?|campaign group|group|association|union|activists?|coalition

expert
professor|analysts?|researchers?|economists?|experts?|scholars?|fellow|think[- ]tank|institute
university|scientists?|academics?|historians?|lecturer|specialists?|consultants?|strategists?|Dr\.?

government (case)
NASA|CDC|CBP|DOJ|FDA|EPA|FEMA|NOAA|NIH|USDA|FAA|NTSB|TSA|DHS|IRS|WHO|IMF|Fed|DNC|RNC|GOP
Party|Democrats|Republicans

company
company|companies|firm|corporation|Inc|Corp|Ltd|LLC|PLC|bank|airline|manufacturer|maker
chief executive|CEO|CFO|founder|chairman|retailer|carrier|operator|producer
(?-i:Records|Productions|Studios|Pictures)

document
reports?|stud(?:y|ies)|surveys?|polls?|polling|filings?|documents?|data|figures|statistics|census|paper|letter|memo|assessment
audit|index|records|estimates?

outlet (case)
newspaper|broadcaster|magazine|Times|Post|Journal|Herald|Tribune|Guardian|Telegraph|BBC|CNN|NBC|CBS
ABC|Fox News|Al Jazeera|Bloomberg|Politico|Axios|Economist|Le Monde|Spiegel|NHK|outlet|radio
television|TV|channel|daily|news site|Gazette|Independent|[Mm]edia|Ledger|Chronicle|Observer|Courier
Record|Standard|Express|Mirror|Inquirer|Dispatch|Bulletin|Register|Variety|Reuters
News|Rolling Stone|Billboard|Forbes|Wired|Verge|TechCrunch|Engadget|Eurogamer|Newsweek|Vanity Fair
HuffPost|BuzzFeed|TMZ|CNBC|MSNBC|NPR|PBS
Hollywood Reporter|Deadline|Digital Foundry|Playbook
Radio|Television
Insider|New Yorker|Slate|Daily Beast|ProPublica|Intercept|Semafor|Quartz|Mashable|Gizmodo
Magazine|Daily Mail|Mail on Sunday|Mail\s?Online|(?<=[Tt]he\s)(?:Sun|Mail)(?!\s+[A-Z])|Scottish Sun
Sun on Sunday|(?:Daily|Sunday|Toronto)\s+Star|Page Six|Entertainment Tonight|Access Hollywood
Us Weekly|In Touch Weekly|E! Online
ITV|LBC|talkSPORT|Good Morning (?:Britain|America)|Radio Times|Sunday People

person
residents?|witness(?:es)?|mother|father|parents?|wife|husband|widow(?:er)?|daughter|son|sister|brother
siblings?|grand(?:mother|father|son|daughter|parents?)|aunt|uncle|cousin|relatives?|family|families
neighbou?rs?|friends?|survivors?|victims?|passengers?|fans?|students?|pupils?|farmers?|villagers?
elders?|tribes?|communit(?:y|ies)|protesters?|demonstrators?|voters?|customers?|shoppers?|commuters?
homeowners?|tenants?|patients?|bystanders?|locals|volunteers?|pilgrims?|refugees?|migrants?
athletes?|players?|singer|actor|actress|artists?|musicians?|rapper|comedian|novelist|poet|filmmaker
politicians|men|women|members|attendees|speakers|gamers|traders|investors|consumers|users|commenters
followers|proponents|advocates|backers|attorneys|detectives
(?:majority|minority|most|percent|per\s+cent|half|third|quarter|share)\s+of\s+(?-i:[A-Z])[\w’'-]+s
"""


def _kind_rules(table: str) -> list[tuple[SourceKind, re.Pattern[str]]]:
    rules: list[tuple[SourceKind, re.Pattern[str]]] = []
    for rule in table.strip().split("\n\n"):
        head, *lines = rule.splitlines()
        kind, _, case = head.partition(" ")
        flags = 0 if case == "(case)" else re.IGNORECASE
        rules.append((SourceKind[kind.upper()], re.compile(r"\b(?:" + "|".join(lines) + r")\b", flags)))
    return rules


KIND_RULES = _kind_rules(_KIND_WORDS)


ANONYMOUS = re.compile(
    r"^(?:(?:one|two|three|four|several|some|many|other|senior|top|high-ranking|western|local|"
    r"government|military|security|intelligence|administration|industry|diplomatic|[A-Z][\w.]*|\w+ese|"
    r"\w+an)\s+)*(?:officials?|sources?|people|persons?|diplomats?|insiders?|aides?|residents?|"
    r"witnesses?|observers?|critics?|officers?|figures|commenters|users|followers)"
    r"(?:\s+(?:familiar|close|with knowledge|briefed|who|speaking|aware|involved|in|at|from|of)\b.*)?$",
    re.IGNORECASE,
)


def normalise(name: str) -> str:
    """The words that identify a speaker: no leading article, title or trailing punctuation."""
    text = re.sub(r"\s+", " ", name).strip(" ,.;:“”\"'’")
    text = re.sub(r"[’']s$", "", text)
    previous = None
    while previous != text:
        previous = text
        text = DETERMINERS.sub("", text)
        text = TITLES.sub("", text)
        text = re.sub(r"^same\s+", "", text, flags=re.IGNORECASE)
    return text.lower()


@lru_cache(maxsize=4096)
def classify(name: str, role: str = "") -> tuple[SourceKind, bool]:
    """(kind, is a person) from the name and any role the article gives ("a professor at …")."""
    text = f"{name} {role}".strip()
    plain = DETERMINERS.sub("", name.strip())
    if ANONYMOUS.match(plain) and not has_proper_name(plain):
        return SourceKind.ANONYMOUS, True
    if country_of_metonym(name):
        return SourceKind.GOVERNMENT, False
    if names_a_document(plain) and rule_kind(plain) not in _PUBLISHERS:
        return SourceKind.DOCUMENT, False  # "court records": the records, before "court" makes a court
    person = looks_like_person(name) or PERSON_ROLE.search(name) is not None
    # "Sir Tom", "Mr Lund": an honorific makes one name a person's (a full name for note_people it is not).
    person = person or _HONORIFIC_THEN_NAME.fullmatch(name.strip()) is not None
    if person and role and _role_is_body(role):
        person = False  # "SBM Intel, a Lagos intelligence firm": two capitalised words, and a firm
    employer = _employer_kind(role)
    if employer is not None:
        return employer, person  # "vice president of product for Tarvo": the company's, not a state's
    for kind, pattern in KIND_RULES:
        if pattern.search(role) if role else False:
            return kind, person or kind is SourceKind.PERSON  # "Fiona, her mother": a person
    if OUTLET_SHAPED.search(plain.strip()):
        return SourceKind.OUTLET, False
    for kind, pattern in KIND_RULES:
        if pattern.search(text):
            return kind, (person or kind is SourceKind.PERSON) and kind is not SourceKind.DOCUMENT
    # Imported here: first_names reaches kinds again through speaker_evidence and phrases.
    from tui.model.ingest.first_names import is_first_name

    if is_first_name(plain.strip()):
        return SourceKind.PERSON, True  # "Jack", for a Jack the article names in full: not a firm
    # A person the article gives no role is someone speaking for themselves until a reviewer says
    # otherwise; "expert" would claim an expertise the article never states.
    return (SourceKind.PERSON if person else SourceKind.COMPANY), person


# "a Reuters report": the wire's reporting, for the rules; a firm's or a court's report is a document.
_PUBLISHERS = (SourceKind.WIRE, SourceKind.OUTLET, SourceKind.STATE_MEDIA)


def _employer_kind(role: str) -> SourceKind | None:
    """The kind of the body a business title names: its rule's ("Harlow Builders Association": ngo),
    else a company's ("Tarvo President"); None when the role names no such body."""
    bodies = employer_bodies(role) if role else []
    for body in bodies:
        kind = rule_kind(body)
        if kind is not None and kind not in (SourceKind.PERSON, SourceKind.DOCUMENT):
            return kind
    return SourceKind.COMPANY if bodies else None


# Words that make a mention one person ("a spokesman for …", "the South Korean director").
PERSON_ROLE = re.compile(
    r"\b(?:spokes(?:man|woman|person)|minister|president|premier|lawmaker|legislator|senator|analyst|"
    r"professor|economist|researcher|scientist|director|actor|actress|leader|chairman|chairwoman|chief|"
    r"executive|CEO|founder|governor|mayor|ambassador|envoy|general|commander|official|officer|judge|"
    r"lawyer|negotiator|critic|author|writer|doctor|expert|historian|head|secretary|adviser|advisor|"
    r"aide|man|woman|resident|witness|mother|father|farmer|worker|student|teacher|owner|manager|"
    r"captain|coach|player|singer|artist|candidate|investigator|inspector|engineer|ecologist|"
    r"hydrologist|physician|epidemiologist|economist|strategist|diplomat|commentator|duchess|duke|prince|"
    r"princess|queen|king|spokeswoman|chairwoman|congressman|congresswoman|actress|wife|husband|"
    r"daughter|son|sister|brother|girlfriend|boyfriend|neighbou?r|friend|voter|volunteer|supporter|"
    r"organi[sz]er|nurse|teacher|parent|MP|MEP|MSP|councill?or|council(?:wo)?man|alderman|deputy|sheriff|"
    # Sports, arts and health copy names people by role or age: "the rookie", "the 28-year-old".
    r"quarterback|rookie|striker|goalkeeper|midfielder|defender|pitcher|rapper|comedian|musician|surgeon|"
    r"psychologist|nutritionist|dietitian|entrepreneur|billionaire|filmmaker|novelist|poet|"
    r"(?:\d+|[a-z]+(?:-[a-z]+)?)-year-old)s?\b",
    re.IGNORECASE,
)


# Heads of a description that names a body, not a person ("the company", "the ministry").
BODY_HEADS = re.compile(
    r"\b(?:company|firm|group|ministry|department|agency|government|union|association|council|"
    r"commission|committee|organi[sz]ation|institute|authority|service|office|party|bank|court|"
    r"coalition|alliance|federation|network|charity|foundation|campaign|operator|producer|maker|"
    r"studio|team|club|board|regulator|watchdog|monitor|broadcaster|newspaper|agency)\b",
    re.IGNORECASE,
)


def _role_is_body(role: str) -> bool:
    """ "a Lagos intelligence firm" names a body; "a member of the council" and "head of the agency" a
    person: the role's own head noun, before any "of"/"at"/"for", decides."""
    before = re.split(r"\s(?:of|at|for|in|from|with|based|that|which|who)\s|,", role.strip(), maxsplit=1)[0]
    words = before.split()
    return bool(words) and BODY_HEADS.fullmatch(words[-1]) is not None


def has_proper_name(text: str) -> bool:
    """A capitalised word that is not a country, demonym or generic role ("U.S. officials" has none)."""
    for index, word in enumerate(re.findall(r"\b[A-Z][\w.’'-]*", text)):
        if country_of_metonym(word) or countries_named_in(word) or word.lower() in ROLE_WORDS:
            continue
        if index == 0 and text.startswith(word) and ANONYMOUS.match(word.lower() + text[len(word) :]):
            continue  # "Diplomats said": capitalised only because it opens the sentence
        return True
    return False


# Words in a capitalised name that make it a body, not a person ("Human Rights Watch").
ORG_WORDS = re.compile(
    r"\b(?:Ministry|Department|Agency|Group|Watch|International|Council|Commission|Committee|Institute|"
    r"University|Bank|Company|Corporation|Association|Union|Party|Front|Movement|Organi[sz]ation|"
    r"Foundation|Fund|Office|Service|Court|Police|Army|Forces?|News|Times|Post|Press|Network|Coalition|"
    r"Alliance|Federation|Authority|Board|Cent(?:er|re)|Programme|Program|Project|Research|Consulting|"
    r"Capital|Partners|Holdings|Ltd|Inc|Corp|Group|Society|Trust|Club|League|Assembly|Parliament|"
    r"Government|Administration|Observatory|Monitor|Media|Agency|Bureau|Institution|School|College|"
    r"Chiefs|Staff|Command|Guard|Corps|Fleet|Navy|Department|Technologies|Systems|Industries|Motors)\b"
)


# Outlets named by what they cover or where they are, read on a name alone ("Brian Manning, Finance" is a
# role after a person): "Yahoo Finance", "Radar Online", "Marlow Today", "the Sun Sentinel".
OUTLET_SHAPED = re.compile(r"\b[A-Z][\w!.-]*\s+(?:Finance|Online|Today|Sentinel)$")


@lru_cache(maxsize=4096)
def looks_like_person(name: str) -> bool:
    words = TITLES.sub("", name.strip()).split()
    if not 2 <= len(words) <= 4 or countries_named_in(name) or ORG_WORDS.search(name):
        return False
    if OUTLET_SHAPED.search(name.strip()):
        return False
    if words[0] in ("Le", "La", "Les", "El", "Los", "Las", "Il", "Die", "Der", "Das", "De"):
        return False  # "Le Figaro", "El País", "Die Zeit": a title with an article, not a person
    if words[-1] in _PLACE_HEADS or words[0] in ("Mount", "Lake", "Cape", "Fort"):
        return False  # "Whangārei Harbour", "Stewart Island", "Mount Vernon": a place, not a person
    return all(w[:1].isupper() or w in ("de", "van", "von", "bin", "al", "der", "la", "le") for w in words)


_HONORIFIC_THEN_NAME = re.compile(
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame)\.?\s+[A-Z][\w’'-]*[a-z][\w’'-]*"
)
# Last words of place names that are no one's surname ("Park", "Hill", "Lake" are, and stay out).
_PLACE_HEADS = set(
    "Harbour Harbor Beach Island Islands Avenue Boulevard River Valley Square Airport Peninsula Strait "
    "Canyon Creek Desert Ocean Sea Mountains Coast Reservoir Stadium".split()
)


def rule_kind(text: str) -> SourceKind | None:
    """The kind a rule gives the name, or None when only the fallback would."""
    for kind, pattern in KIND_RULES:
        if pattern.search(text):
            return kind
    return SourceKind.OUTLET if OUTLET_SHAPED.search(text.strip()) else None
