"""Around a candidate speech verb: is it the verb, and does a tag close the clause before it?

"a police report states …" (a noun before the verb), "advised caution" (a verb's object),
"The pier was unsafe, the inspector noted." (a tag after a whole clause), "used her speech
to warn that …" (a statement as an act's purpose).
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.documents import document_subject
from tui.model.ingest.phrases import quoted_spans, subject_before, trim_end
from tui.model.ingest.speech import MANNER_OF_SAYING, QUOTE_ONLY, TAG_END, VERB_STATUS


def advice(verb: str, after: str) -> bool:
    """ "recommends keeping the bedroom cool", "The board recommended the merger": advice is a claim (the
    annotated pages count calls and suggestions); "suggests" takes a gerund, "recommends" any object."""
    if verb in ("recommend", "recommends", "recommended"):
        return re.match(r"\s+(?!to\b|for\b|him\b|her\b|them\b|me\b|us\b)[\w$£€]", after) is not None
    if verb in ("suggest", "suggests", "suggested", "advise", "advises", "advised"):
        return re.match(r"\s+(?:not\s+)?[a-z]+ing\b", after) is not None
    return False


def said_of_something(verb: str, before_verb: str, after: str) -> bool:
    """ "said of the building: “…”", "said of the loss that …", "“…,” Moss said of his line.": what it was
    said of, not a noun's "claims of"."""
    if re.match(r"\s+of\s+(?:[^:“\"]{2,80}:\s*[“\"]|(?:[\w’'-]+\s+){1,5}that\b)", after):
        return True
    of_after_tag = verb in ("said", "says") and re.match(r"\s+of\s", after) is not None
    return of_after_tag and quote_then_speaker(before_verb)


def quote_then_speaker(before_verb: str) -> bool:
    """ "“…,” Mayer, the studio's chairman, said": a quotation, then only its speaker before the verb. A
    term in scare quotes ("his “tough” stance, which holds …") is followed by more of the sentence."""
    # The match ends the text and is at most 152 characters long (a speaker with a long appositive: "“…,”
    # Ana Ruiz, deputy director for science at the agency’s climate office, said of …"): search only those.
    found = re.search(r"(.)([”\"])([^”\"“]{1,150})$", before_verb[-152:])
    if found is None:
        return False
    between = found.group(3)
    spoken = found.group(1) in ",.!?…-—–" or between.lstrip().startswith(",")
    return spoken and re.search(r"\b(?:which|that|who|whom|where|when|while|because)\b", between) is None


def bare_tag(verb: str, verb_start: int, after: str) -> bool:
    """ "“…?” / Kell asked.": the splitter ends a quoted question at its mark, so a manner-of-saying
    tag stands alone as a short sentence with nothing after the verb."""
    return verb in MANNER_OF_SAYING and verb_start < 40 and re.fullmatch(r"\s*[.!?]?\s*", after) is not None


# ", she continued, Government has cut …": a pronoun and its verb alone between commas, the clause going
# on after them (not "his voice breaking", "walking on"); clauses.parenthetical then asks for its verb.
_PRONOUN_ASIDE = re.compile(r",\s+(?:he|she|they)\s+$")
_ASIDE_GOES_ON = re.compile(
    r",\s+(?!(?:and|but|then|as|while|with|without|before|after|until|his|her|their|its)\b)(?![a-z]+ing\b)[\w“\"]"
)


# Right after a sentence's opening subject: a pronoun's tag between commas ("The Central Bank, he said, …").
PRONOUN_TAG_NEXT = re.compile(r",\s+(?:he|she|they)\s+(?:[a-z]+ly\s+)?[a-z]+,")


def pronoun_aside(sentence: str, verb_start: int, after: str) -> bool:
    """ "The Central Bank, he continued, intervenes …": a pronoun's tag set inside the claim reports with
    every speech verb, as a named one does ("The issue, Lee notes, matters …"); "Undeterred, they
    continued, walking north" goes on with the act."""
    return _PRONOUN_ASIDE.search(sentence, max(0, verb_start - 8), verb_start) is not None and (
        _ASIDE_GOES_ON.match(after) is not None
    )


def closing_tag(sentence: str, verb_start: int, after: str, verb: str) -> bool:
    """ "The pier had been unsafe for years, the inspector noted.": a short subject and its verb close a
    whole clause after a comma, so the clause is what they said. A fronted phrase ("After a long debate,
    the council agreed.") is not a clause, and a sound ("…, the crowd laughed") is not a tag."""
    if verb in MANNER_OF_SAYING or not TAG_END.match(after):
        return False
    tag = re.search(r",\s+((?:[\w’'.-]+\s+){1,6})$", sentence[:verb_start])
    if tag is None or re.search(r"\b(?:and|but|or|then|who|which|that)\b", tag.group(1)):
        return False
    clause = sentence[: tag.start()]
    return len(clause.split()) >= 4 and not _FRONTED.match(clause) and not quoted_spans(clause)


def clause_before_tag(sentence: str, np_start: int) -> bool:
    """ "The roads will reopen by noon, the mayor said …": a whole clause (not a fronted phrase) ends at a
    comma right before the speaker, so it is what they said."""
    clause = sentence[:np_start].rstrip()
    if not clause.endswith(","):
        return False
    if _FRONTED.match(clause) and clause.count(",") >= 2:
        # "After the bridge opened, traders moved their stalls, Reed said": the clause after the opener.
        clause = clause[clause.index(",") + 1 :]
    return len(clause.split()) >= 4 and not _FRONTED.match(clause) and not quoted_spans(clause)


def circumstance_only(sentence: str, content_start: int) -> bool:
    """ "…, the coach said after the game.", "…, she told reporters outside the court.": the words after
    the verb give a time or a place, with no clause of their own."""
    rest = sentence[content_start : trim_end(sentence, len(sentence))]
    if not rest.strip(" ,"):
        return True
    return _CIRCUMSTANCE.match(rest) is not None and _CLAUSE_WORD.search(rest) is None


_CIRCUMSTANCE = re.compile(
    r"\s*(?:after|before|during|at|in|on|outside|inside|from|via|through|over|when|while|following|"
    # "…, Symonette said yesterday, adding that …": the day before the paper's, as dailies write it.
    r"yesterday|today|tonight|"
    r"ahead\s+of|late|early|last|this|near|by\s+(?:phone|email|e-mail|text|telephone))\b[^“”\"]{0,90}$"
)
# "’s" is a verb after a pronoun ("it’s shut"); after a name it is a possessive ("at Salesforce's event").
_CLAUSE_WORD = re.compile(
    r"\b(?:that|is|are|was|were|will|would|has|have|had|could|should|can|may|might|must|"
    r"(?:it|he|she|that|there|what|who|here)[’']s|[’']re)\b",
    re.IGNORECASE,
)


_FRONTED = re.compile(
    r"\W*(?:After|Before|When|While|Although|Though|Because|As|Since|Once|Until|If|Unless|Despite|"
    r"Following|During|Without|With|In|On|At|For|By|Under|Over|Amid|Asked|Speaking|Having)\b"
)


# "used her speech to warn that …", "took to Twitter to say that …", "went on television to argue …":
# an act of communication whose purpose is the statement; the sentence's subject makes it.
PURPOSE = re.compile(
    r"\b(?:used|uses|took\s+to|takes\s+to|turned\s+to|turns\s+to|went\s+on|goes\s+on|appeared\s+on|posted\s+on|wrote\s+(?:on|in)|"
    r"issued|released|held|convened|gave|called|sent|published|spoke\s+(?:on|to|at))\s+"
    r"(?:[\w’'.-]+\s+){0,5}to\s+$"
)


def noun_before_verb(sentence: str, verb_start: int, verb_end: int) -> bool:
    """ "The report states …", "a police report says …": after a determiner, and with a speech verb
    right after it, the word is a noun."""
    following = re.match(r"\s+([a-z]+)\b", sentence[verb_end : verb_end + 20])
    if following is None or following.group(1) not in VERB_STATUS or following.group(1) in QUOTE_ONLY:
        return False
    if re.match(r"\s+(?:claims|reports|charges)\s+(?:that|of)\b", sentence[verb_end : verb_end + 30]):
        return False  # "The council rejected claims that …": the verb, and the claims it rejects
    return _DETERMINED.search(sentence, max(0, verb_start - 40), verb_start) is not None


# A verb with its object where a subject should be: "aggressively challenged his party's stance".
_PREDICATE = re.compile(r"[a-z]+ly\s+[a-z]+ed\s+(?:the|a|an|his|her|its|their|our|my)\b")


def ends_in_a_verb(subject: str) -> bool:
    """ "The board advised caution": a subject that ends in a past-tense speech verb was cut at its verb
    ("the accused", "the alleged victim" stay nouns after their determiner)."""
    words = subject.split()
    if _PREDICATE.match(subject):
        return True  # "…, a campaign that openly challenged his party, identified …": no subject
    return (
        len(words) >= 2
        and words[-1].endswith("ed")
        and words[-1].lower() in VERB_STATUS
        and not (
            re.search(
                r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+$", subject[: subject.rindex(words[-1])]
            )
        )
    )


_DETERMINED = re.compile(
    r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Tt]his|[Tt]hese|[Tt]hose|[Oo]ur|"
    # "Many reports suggest …", "Several studies show …": a quantity of them, then their verb.
    r"[Mm]any|[Ss]ome|[Ss]everal|[Nn]umerous|[Rr]ecent|[Ee]arlier)\s+(?:[\w’'-]+\s+){0,2}$"
)


def clause_follows(sentence: str, verb_end: int) -> bool:
    """A reported clause after the verb ("after the owner said a man entered …"), not an object."""
    # A partial quotation may open on the verb: "after the coach said they “may have lied”".
    words = [w.strip('“”"‘’') for w in sentence[verb_end:].split()[:12]]
    return any(
        re.fullmatch(r"(?:that|should|would|will|was|were|is|are|had|has|could|may|might|[a-z]{3,}ed)", w)
        for w in words
    )


def document_subject_before(sentence: str, verb_start: int) -> bool:
    """ "The survey of 900 firms shows …": the subject before the verb is data or a document."""
    found = subject_before(sentence, verb_start)
    return found is not None and document_subject(found[0].text)


def document_before(sentence: str, verb_start: int) -> bool:
    """ "Her clinic's records show …": data or a document right before the verb may show without "that"."""
    return document_subject(sentence[max(0, verb_start - 30) : verb_start])


# "Gold added 0.1% to $1,472", "the index added 12 points": "add" and an amount is a rise; "added to his
# collection of titles", "added to its lead": "add" and "to" a thing of the subject's own is an act.
_ADDED_AS_ACT = re.compile(
    r"\s+(?:(?:another\s+|nearly\s+|almost\s+|about\s+|more\s+than\s+)?[$€£¥]?\d[\d.,]*\s*"
    r"(?:%|percent\b|per\s+cent\b|points?\b|cents?\b|pence\b|basis\s+points\b|to\s+[$€£¥]?\d)"
    r"|to\s+(?:his|her|its|their|our)\s+(?![\w’'-]+\s+(?:that|[“\"]))[a-z]"
    # "NASA also added smaller landers to the contract": something put into something, and no words.
    r"|(?!(?:in|on|at|during|after|before|later|today|yesterday|that|this|it|in)\b)(?:[a-z][\w-]*\s+){1,4}"
    r"to\s+(?:the|its|his|her|their|our|a|an)\s(?![^.;]*(?:\bthat\b|[“\"])))"
)
# "The inspector released two critical reports that …": after a verb of making a text, the speech-verb
# form ending in -s is that text's plural noun, the object, not a verb of the subject.
_MADE_TEXTS = re.compile(
    r"\b(?:released|published|issued|filed|produced|sent|posted|compiled|prepared|submitted|commissioned|"
    r"received|obtained)\s+(?!by\s)(?:[\w’'-]+\s+){0,4}$"
)
# Speech-verb forms that are also plural nouns for texts ("two reports", "new claims", "her notes").
_PLURAL_TEXT_NOUNS = {
    "reports",
    "claims",
    "charges",
    "notes",
    "comments",
    "remarks",
    "estimates",
    "tweets",
    "posts",
}


# "The tour concludes October 10th in Houston", "The festival concluded on Sunday with a parade": "conclude"
# with a time, a place or "with" and no clause after it is "end"; "concluded in May that …" is a finding.
_CONCLUDED_AS_END = re.compile(
    r"\s+(?:on|in|at|with|after|before|early|late|last|this|next|tonight|today|yesterday|\d|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b(?![^.;:“\"]*\bthat\b)"
)


def act_not_speech(verb: str, before: str, after: str) -> bool:
    """A speech verb's form used for an act: "added 0.1%", "added to its lead", "released … reports",
    "the tour concludes October 10th"."""
    if verb in ("add", "adds", "added") and _ADDED_AS_ACT.match(after):
        return True
    if verb in ("conclude", "concludes", "concluded") and _CONCLUDED_AS_END.match(after):
        return True
    if _NO_COMMENT.match(after):
        return True
    if verb in _RULINGS and _RULED_ON.match(after):
        return True
    if verb.startswith("call") and _CALLED_AS_ACT.match(after):
        return True  # "called a press conference", "called in to report": convened, phoned
    if verb.startswith("charg") and _CHARGED_A_PRICE.match(after):
        return True  # "They usually do charge way more for everything": a price, not an accusation
    if verb.startswith("charg") and re.match(r"\s+(?:ahead|forward|into|through|past|across|on)\b", after):
        return True  # "the university has charged ahead with its report": moved, not accused
    if _HYPOTHETICAL_HOLDER.search(before[-120:]):
        return True  # "most observers will find that estimate too high": the writer's guess, no one's claim
    if _FUTURE_BEFORE.search(before[-60:]) and not re.match(r"[^.;]*?(?:\bthat\b|[:“\"])", after):
        return True  # "the administration will announce a new strategy": what it will say is not said yet
    return verb in _PLURAL_TEXT_NOUNS and _MADE_TEXTS.search(before[-80:]) is not None


# "called a press conference", "called an election", "called in to report", "called off the search".
_CALLED_AS_ACT = re.compile(
    r"\s+(?:(?:in|off|back|out)\b|(?:(?:a|an|the|its|his|her|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:press\s+conference|news\s+conference|conference|meeting|summit|session|election|vote|referendum|"
    r"recess|ambulance|hearing)s?\b(?!\s*[“\"]|\s+(?:an?|the)\s|\s+[a-z]+(?:al|ful|ous|ive|ic|ent|ant)\b))"
)  # "called the meeting a success", "called the vote “a sham”", "called the session illegal": a naming
_CHARGED_A_PRICE = re.compile(
    r"\s+(?:(?:way|much|far|even|a\s+lot)\s+)?(?:more|less|extra|[$€£]|\d|fees?|prices?|rent|customers|"
    r"consumers|users|passengers|patients|for)\b"
)
# "most observers will find", "Anyone who has closed a deal will tell you": what a group would say if
# asked, which the writer supposes; no one said it.
_HYPOTHETICAL_HOLDER = re.compile(
    r"(?:^|[,;]\s+|\bbut\s+|\band\s+)(?i:anyone|anybody|everyone|everybody|most|many|few)\b[^.;,]{0,80}?"
    r"\b(?:will|would|could|might|may)\s+(?:[a-z]+ly\s+)?$"
)
# "will announce", "is set to unveil", "plans to release": a statement still to come.
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|(?:is|are)\s+(?:set|expected|due|scheduled|poised)\s+to|plans?\s+to)\s+(?:[a-z]+ly\s+)?$"
)


# "a judge rejected Lund's attempt to delay the hearing", "denied bail": a ruling on a request, an act.
_RULINGS = {"reject", "rejects", "rejected", "deny", "denies", "denied", "dismiss", "dismisses", "dismissed"}
_RULED_ON = re.compile(
    r"\s+(?:(?:the|a|an|his|her|its|their|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*[’']s?)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:attempts?|bids?|requests?|applications?|appeals?|motions?|offers?|petitions?|pleas?|bail|"
    r"lawsuits?|suits?|challenges?)\b(?![^.;]*(?:\bthat\b|[“\"]))"
)


# "said she couldn't comment on the investigation": a refusal to say anything, like "declined to comment";
# "… could not comment but that the guards were suspended" goes on to say something.
_NO_COMMENT = re.compile(
    r"(?:\s+that)?\s+(?:he|she|it|they|the\s+\w+)\s+(?:could|would|will|can|did|does|do)(?:n[’']t|\s+not)\s+"
    r"(?:immediately\s+|publicly\s+)?(?:comment|discuss\s+(?:it|the\s+\w+))\b(?:(?!\s(?:but|as|because|although|while|and\s+(?:that|said|added|says|he|she|it|they))\s)[^,;:“”\"])*[.]?\s*$"
)


# "If the mayor says …", "unless officials confirm …": the subject of a condition, right before it.
CONDITIONAL_BEFORE = re.compile(r"(?:^|[\s,“\"(])(?:[Ii]f|[Uu]nless|[Ee]ven\s+if)\s+$")


def tag_verb_first(mention: str) -> bool:
    """ "wrote Fadem in a Tuesday research": words read as a later verb's subject that open with a speech
    verb's past or present form are the tag of a quotation, so that later word ("report") is a noun."""
    first = re.match(r"(?:[a-z]+ed|wrote|said|told|says|writes|tells|adds)(?=\s)", mention)
    return first is not None and first.group(0) in VERB_STATUS
