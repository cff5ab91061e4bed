"""The words of attribution: speech verbs and the status each gives a claim, participles, relays."""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.name_patterns import MONTH, WEEKDAY

# Verbs of speech and belief that report a statement only with a that-clause or after a quotation
# ("feared that the toll would rise", "“…,” she joked"), never with an object ("hoped to finish").
_HOPES_AND_FEARS = (
    "speculate speculates speculated assure assures assured reassure reassures reassured fear fears feared "
    "hope hopes hoped worry worries worried suspect suspects suspected promise promises promised vow vows "
    "vowed pledge pledges pledged mention mentions mentioned comment comments commented signal signals "
    "signalled signaled imply implies implied recommend recommends recommended rule rules ruled guarantee "
    "guarantees guaranteed boast boasts boasted joke jokes joked quip quips quipped continue continues "
    "continued recount recounts recounted lament laments lamented narrate narrates narrated"
)
# More verbs of saying and thinking from the usual reporting-verb lists (with their tense forms). Each
# has a common non-speech use ("objected to the plan", "repeated the test"), so it reports only with a
# that-clause, a zero-that clause ("reckons the price will fall") or after a quotation, as the verbs
# above do. "feel" is left out: a feeling is not a statement, and it cost precision on held-out pages.
_SAYING_WITH_CLAUSE = (
    "reiterate reiterates reiterated inform informs informed relate relates related affirm "
    "affirms affirmed reaffirm reaffirms reaffirmed reckon reckons reckoned reason reasons reasoned opine "
    "opines opined surmise surmises surmised object objects objected aver avers averred attest attests "
    "attested concur concurs concurred posit posits posited theorise theorises theorised theorize theorizes "
    "theorized repeat repeats repeated underline underlines underlined clarify clarifies clarified confide "
    "confides confided protest protests protested brag brags bragged grumble grumbles grumbled remember "
    "remembers remembered advise advises advised remind reminds reminded notify notifies notified doubt "
    "doubts doubted divulge divulges divulged fret frets fretted determine determines determined profess "
    "professes professed demonstrate demonstrates demonstrated proclaim proclaims proclaimed"
)
# "reaffirmed its commitment to the treaty", "reiterated its support": restating a position is a statement
# with an object too.
_STATES_A_POSITION = set("reiterate reiterates reiterated reaffirm reaffirms reaffirmed".split())
# Manner-of-speaking verbs: a statement only as the tag of a quotation ("“…,” she shouted") or with a
# that-clause ("whispered that …"); otherwise a sound or an act ("the crowd shouted", "she laughed").
_MANNER_OF_SAYING = (
    "exclaim exclaims exclaimed shout shouts shouted yell yells yelled scream screams screamed whisper "
    "whispers whispered mutter mutters muttered murmur murmurs murmured laugh laughs laughed sigh sighs "
    "sighed retort retorts retorted snap snaps snapped scoff scoffs scoffed muse muses mused cry cries "
    "cried chuckle chuckles chuckled gush gushes gushed sneer sneers sneered grin grins grinned "
    # Questions, orders and pleas in direct speech are claims too (the annotated pages count them), and
    # social-media copy tags a post: "“…?” Kell asked.", "“…,” she shared.", "“…,” she captioned it."
    # Forms that are also nouns ("orders", "shares", "the answer") are left out: "so many shares they …".
    "ask asks asked answered plead pleads pleaded beg begs begged ordered demanded shared captioned "
    "penned tease teases teased confess confesses confessed raved elaborate elaborates elaborated "
    "interject interjects interjected blasted slammed"
)
# "“…,” read one.", "“…,” the sign reads": a text's words, only after a quotation ("She read that …"
# is what she learnt, not what she says).
# "“…,” the email began.", "“…,” the letter ends.": where a text's words stand in it, the same way.
QUOTE_ONLY = {"read", "reads", "began", "begins", "ended", "ends"}
# Speech verbs by the status their wording gives a claim (briefings/README.md).
VERB_STATUS: dict[str, ClaimStatus] = {}
for _status, _verbs in (
    (ClaimStatus.ALLEGED, "claim claims claimed allege alleges alleged accuse accuses accused insist insists "
     "insisted maintain maintains maintained charge charges charged"),
    (ClaimStatus.DENIED, "deny denies denied dismiss dismisses dismissed refute refutes refuted"),
    (ClaimStatus.DISPUTED, "dispute disputes disputed contest contests contested reject rejects rejected "
     "challenge challenges challenged doubt doubts doubted"),
    (ClaimStatus.CONFIRMED, "confirm confirms confirmed verify verifies verified acknowledge acknowledges "
     "acknowledged admit admits admitted"),
    (ClaimStatus.UNVERIFIED, "say says said tell tells told add adds added report reports reported estimate "
     "estimates estimated announce announces announced warn warns warned state states stated note notes "
     "noted explain explains explained argue argues argued believe believes believed predict predicts "
     "predicted write writes wrote declare declares declared reveal reveals revealed disclose discloses "
     "disclosed testify testifies testified tweet tweets tweeted post posts posted conclude concludes "
     "concluded find finds found show shows showed suggest suggests suggested indicate indicates indicated "
     "shown project projects projected forecast forecasts expect expects expected caution cautions cautioned "
     "stress stresses stressed emphasise emphasises emphasised emphasize emphasizes emphasized recall "
     "recalls recalled reply replies replied respond responds responded counter counters countered concede "
     "concedes conceded agree agrees agreed complain complains complained describe describes described "
     "assert asserts asserted think thinks thought contend contends contended observe observes observed "
     "remark remarks remarked insist point points pointed hint hints hinted underscore underscores "
     "underscored highlight highlights highlighted spotlight spotlights spotlighted "
     "read reads began begins ended ends "
     + " ".join((_HOPES_AND_FEARS, _SAYING_WITH_CLAUSE, _MANNER_OF_SAYING))),
):  # fmt: skip
    for _verb in _verbs.split():
        VERB_STATUS.setdefault(_verb, _status)
for _verb in (
    "call calls called dub dubs dubbed brand brands branded label labels labelled labeled term termed".split()
):
    VERB_STATUS.setdefault(_verb, ClaimStatus.ALLEGED)
# "views privacy as “a fundamental human right”", "introduced her as “someone who …”": the speaker's words
# for a thing, only when "as" and a quotation follow (clauses.named_quote); "saw the sign" says nothing.
AS_NAMING_VERBS = set(
    "view views viewed see sees saw regard regards regarded introduce introduces introduced "
    # "portrayed him as “a man of mystery”", "framed the vote as “a test”": a label, the same way
    # ("identified", "hailed", "touted", "characterised … as" are speech_acts').
    "portray portrays portrayed depict depicts depicted frame frames framed".split()
)
for _verb in sorted(AS_NAMING_VERBS):  # sorted: a pattern built from this dict reads the same every run
    VERB_STATUS.setdefault(_verb, ClaimStatus.UNVERIFIED)
# "called the film “a masterpiece”": the quotation is the claim.
NAMING_VERBS = (
    set(
        "call calls called describe describes described dub dubs dubbed brand brands branded label labels "
        "labelled labeled term termed".split()
    )
    | AS_NAMING_VERBS
)
# Verbs that are statements only with a that-clause or a quotation ("agreed that …", not "agreed to …").
NEEDS_THAT = (
    set(
        "agree agrees agreed point points pointed post posts posted counter counters countered "
        "recall recalls recalled observe observes observed show shows showed shown project "
        "projects projected state states stated note notes noted reveal reveals revealed "
        "disclose discloses disclosed hint hints hinted maintain maintains maintained declare "
        "declares declared testify testifies testified highlight highlights highlighted spotlight spotlights "
        "spotlighted".split()
        # "They usually do charge way more", "charged him with fraud": a price or a count, not words; an
        # accusation is "charged that …" or a zero-that clause.
        + "charge charges charged".split()
    )
    | set(_HOPES_AND_FEARS.split())
    | (set(_SAYING_WITH_CLAUSE.split()) - _STATES_A_POSITION)
)
MANNER_OF_SAYING = set(_MANNER_OF_SAYING.split())
# "lamented the fact that …", "pointed to the fact that …": the that-clause is still the statement.
THE_FACT = r"(?:\s+(?:to\s+)?the\s+(?:very\s+)?fact)"
# "asked that the county provide …" is a request; a question is asked in quotation marks.
ASKING = {"ask", "asks", "asked"}
# "shared that sentiment on Wednesday": "that" is a determiner, no clause follows.
DEMONSTRATIVE_THAT = re.compile(
    r"\s*that\s+[a-z]+(?:\s+(?:on|in|at|with|to|for|from|again|too)\b[^.,;]*)?\s*[.,;]?\s*$"
)
NEEDS_THAT |= MANNER_OF_SAYING | QUOTE_ONLY
# "Records revealed her domain was registered …": a document reveals or notes without "that".
REPORTING_VERBS = set("reveal reveals revealed note notes noted state states stated disclose discloses "
                      "disclosed show shows showed shown".split())  # fmt: skip
# "assured members that …", "promised voters that …": a listener between the verb and "that".
LISTENER_THAT = set("assure assures assured reassure reassures reassured promise promises promised warn "
                    "warns warned inform informs informed advise advises advised remind "
                    "reminds reminded".split())  # fmt: skip
# The listener between such a verb and "that" ("assured members that …"); where they said it may follow the
# listener ("assured the public on Weibo, a social media site, that …").
LISTENER_BEFORE_THAT = (
    r"(?:\s+(?:[\w’'-]+\s+){1,3}?(?:(?:on|in|via)\s+[^,“”\"]{1,40},\s+[^,“”\"]{1,60},\s+)?(?=that\b))?"
)
# Verbs that are attribution only after a document or data subject ("the study found").
DOCUMENT_VERBS = {"find", "finds", "found", "show", "shows", "showed", "shown", "suggest", "suggests",
                   "suggested", "indicate", "indicates", "indicated"}  # fmt: skip
# "found it was locked", "showed they were wrong": what was found, not a that-less statement; a person
# "suggested he would stay" or "indicated she would run" says so (subject_verb's pronoun clauses).
FINDING_VERBS = DOCUMENT_VERBS - set("suggest suggests suggested indicate indicates indicated".split())
PARTICIPLES: dict[str, ClaimStatus] = {
    "claiming": ClaimStatus.ALLEGED, "alleging": ClaimStatus.ALLEGED, "accusing": ClaimStatus.ALLEGED,
    "insisting": ClaimStatus.ALLEGED, "calling": ClaimStatus.ALLEGED, "describing": ClaimStatus.ALLEGED,
    "saying": ClaimStatus.UNVERIFIED, "arguing": ClaimStatus.UNVERIFIED, "warning": ClaimStatus.UNVERIFIED,
    "noting": ClaimStatus.UNVERIFIED, "adding": ClaimStatus.UNVERIFIED, "stating": ClaimStatus.UNVERIFIED,
    "denying": ClaimStatus.DENIED, "rejecting": ClaimStatus.DISPUTED, "disputing": ClaimStatus.DISPUTED,
    "confirming": ClaimStatus.CONFIRMED, "acknowledging": ClaimStatus.CONFIRMED,
    "citing": ClaimStatus.UNVERIFIED, "telling": ClaimStatus.UNVERIFIED,
}  # fmt: skip
RELAY_VERBS = (r"reported|shared|cited|published|released|confirmed|provided|quoted|relayed|carried|"
                r"disclosed|revealed|issued|compiled|obtained|seen|made public|announced|noted|stated|"
                r"explained|highlighted|pointed out|recommended|documented")  # fmt: skip
ANAPHORIC_SUBJECT = re.compile(
    r"^(?:The|These|This|Those|That|Such)\s+(?:same\s+)?(?:\w+\s+)?(?:claims?|statements?|figures?|numbers?|"
    r"reports?|remarks?|comments?|allegations?|assessments?|estimates?|accounts?|information|data|"
    r"findings|account|casualty figures|toll|tally|count|assertions?)\b"
)
RELAY = re.compile(
    r"(?:^|[\s,(—–-])"
    r"(?:(?:were|was|is|are|had been|have been|has been|being|first|later|then|also|and|as)\s+)*"
    rf"(?P<verb>{RELAY_VERBS})\s+(?:\w+\s+)?by\s+"
)
SAYING = re.compile(
    r",\s+(?:(?:saying|adding|arguing|insisting|claiming|noting|warning|stressing)(?:\s+(?:that\s+)?|\s*:\s*(?=[“\"]))|"
    r"(?:writing|explaining|admitting|acknowledging|conceding|confirming|predicting|contending|maintaining|"
    r"emphasi[sz]ing|pointing\s+out)\s+that\s+|"
    # "…,” Sasse told her, repeatedly calling for an explanation": a demand made while speaking.
    r"(?:\w+ly\s+)?calling\s+for\s+(?=\S)|"
    # "…,” Benioff said, telling Cook, “…”": the listener, then the words.
    r"telling\s+(?:[\w’'.-]+\s+){0,3}?[\w’'.-]+(?:\s+that\s+|,\s*(?=[“\"])))"
)
TELL_VERBS = {"tell", "tells", "told"}
# "…, the Joint Chiefs said, the third launch this month.": the tag closes the clause before it.
TAG_END = re.compile(
    r"\s*(?:(?:on|in|last|this|late|early)\s+\w+(?:\s+\w+)?\s*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s*|"
    r"(?:yesterday|today|tonight)\s*)?"
    r"(?:[,;]|[.!?]?$)"
)

# ---------------------------------------------------------------- around a speech verb

# "Asked why she called it that, Scott said …": the question before the statement.
ASKED = re.compile(r"(?:When\s+|After\s+being\s+|Once\s+)?(?:asked|Asked)\b[^,]*,")
# "declared the painting should be listed": a clause with no "that"; "declared victory on Monday" is an act.
ZERO_THAT = re.compile(
    # "promised players would be able to …": a bare plural opens the clause too.
    r"\s+(?:the|a|an|his|her|its|their|this|these|[A-Z][\w’'-]*|[a-z]{3,}s(?=\s+(?:would|will|could|can|were|"
    r"are|had|have|should|must|might|may)\b))\s+(?:(?!that|which|who|to)[\w’'-]+\s+){0,3}?"
    r"(?:should|would|will|was|were|is|are|had|has|have|could|must|can|might|may)\b"
    # "declared his Russian counterpart, Dmitri Medvedev, would help …": the subject's name in commas,
    # right after its determiner and up to two words (no preposition in between).
    r"|\s+(?:the|his|her|its|their)\s+(?:(?!(?:of|about|for|with|from|in|on|at|to)\s)[A-Za-z][\w’'-]*\s+){0,2}"
    r"[a-z][\w’'-]*,\s+(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*,\s+"
    r"(?:should|would|will|was|were|is|are|had|has|have|could|must|can|might|may)\b"
)
# "noted there’s no evidence", "admitted she had lied": a pronoun subject right before its verb (people
# say this; data "shown they were" is not read so).
ZERO_THAT_PRONOUN = re.compile(
    r"\s+(?:he|she|they|it|we|there)(?:[’']s\b|[’']d\b|\s+(?:\w+ly\s+|not\s+|never\s+)?"
    r"(?:should|would|will|was|were|is|are|had|has|have|could|must|can|might|may|did|does|do)\b)"
)
THINKING = {"think", "thinks", "thought", "believe", "believes", "believed", "expect", "expects", "expected"}
# "the direction that they thought …", "a place which she believed …": the clause describes the noun.
OBJECT_RELATIVE = re.compile(r"\b(?:the|a|an|this|that)\s+[a-z]+\s+(?:that|which)\s+$")
INTENDS = {"expect", "expects", "expected", "hope", "hopes", "hoped", "promise", "promises", "promised"}
GUESS = re.compile(r"\b(?:probably|presumably|perhaps|maybe|surely|must\s+have|may|might)\s+(?:\w+\s+){0,3}$")
THAT_SAID = re.compile(r"(?:That|This|Having|That\s+being|All\s+that)\s+said\b,?\s*")
PASSIVE_BEFORE = re.compile(r"\b(?:is|was|were|are|been|being|be)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "In a Facebook post at the time she …", "In a statement on Monday the ministry …": an opener with no comma
# before the subject (ends on the space the comma would precede).
OPENING_TEXT = re.compile(
    r"^In\s+(?:a|an|the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?(?:post|tweet|statement|interview|letter|"
    r"e-?mail|message|video|speech|op-ed|column|essay|memo)"
    r"(?:\s+(?:at\s+the\s+time|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:last|this|earlier\s+this)\s+"
    r"(?:week|month|year)))?"
    r"\s(?=(?:he|she|they|it|the|[A-Z][\w’'.-]*)\s)"
)
# "In 2009 Lund told The Courier that …", "Last week Pell revealed the plan, saying …": a time opener news
# copy often writes without its comma; the comma goes in (in place) so the subject after it is read.
# Not before "alone", "of", a verb of its own ("Last year saw …") or "'s" ("Last year's …"); nor before a
# pronoun, which the speaker book too often gives to the last source named rather than the person the
# paragraph is about ("Alley … Back in 2009 she told Oprah" went to the expert quoted before).
OPENING_TIME = re.compile(
    r"^(?:(?:Back|And|But|Then|Also)\s+)?(?:"
    r"(?:[Ii]n|[Bb]y|[Ss]ince|[Dd]uring)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:" + MONTH + r"(?:\s+\d{4})?|(?:19|20)\d\d)"
    r"|(?:Last|This|Earlier\s+this|Later\s+that|Earlier\s+that|Late\s+last|Early\s+last)\s+"
    r"(?:week|month|year|weekend|spring|summer|fall|autumn|winter|season|" + WEEKDAY + r")"
    r"|On\s+" + WEEKDAY + r"(?:\s+(?:morning|afternoon|evening|night))?"
    r")\s(?!(?:alone|only|and|or|to|through|until|of|is|was|were|when|while|as|at|after|before|for|with|"
    r"in|on|by|from|saw|marks|marked|he|she|they|we|it|I)\b)(?=[A-Za-z][\w’'.-]*\s)"
)
# "X went on to say that …", "“…,” X went on.": the verb (group v) reads as "said". Phrasal verbs of
# speaking tag a quotation the same way: "“…,” X weighed in / chimed in / shot back / piped up."
WENT_ON = re.compile(
    r"\b(?P<v>(?:went|goes)\s+on\s+to\s+(?:say|add|tell|note|warn|argue|claim|explain|insist)|"
    # "X continues to insist …", "X kept saying …": the speaking goes on; it reads as "said" too.
    r"(?:continues|continued|has\s+continued|have\s+continued|continue)\s+to\s+(?:say|insist|argue|claim|maintain|"
    r"deny|warn)|(?:keeps|kept|keep)\s+(?:saying|insisting|arguing|claiming|warning))(?=\s)"
    r"|(?<=[”\"] )(?:(?:[A-Z][\w’'-]*\s+){1,3}|(?:he|she|they)\s+|(?:the|one)\s+[a-z][\w’'-]*\s+)"
    r"(?P<w>(?:went|goes)\s+on|(?:weighed|weighs|chimed|chimes|cut|cuts|jumped|jumps)\s+in|"
    r"(?:shot|shoots|fired|fires|hit|hits)\s+back|(?:piped|pipes|spoke|speaks)\s+up)(?=\s*[,.])"
)


def as_said(match: re.Match[str]) -> str:
    """The match with its verb replaced by "said", padded to the same length."""
    group = "v" if match.group("v") else "w"
    before = match.group(0)[: match.start(group) - match.start()]
    return before + " " * (len(match.group(group)) - 4) + "said"
