"""Acts of speech with no that-clause: what a speaker urges, pleads for, unveils, advises, protests, rules
out, touts, praises or apologises for, and news they are reporting.

"A group of nurses is urging the county to reopen the clinic", "The doctors pleaded with the board to
reconsider", "The ministry has unveiled a plan to …", "The agency advises the sooner patients seek care,
the better", "Teachers have protested the longer day", "The council has ruled out a fee rise", "The
mayor touted the budget as a step toward …", "The premier complimented the envoy for …", "He apologised
for the delay", "State officials are reporting a third death". Each states the speaker's position or
news in their own act of speaking, so the clause from the verb (with its auxiliary) to the end of the
clause is their claim. Every form of the verb counts: simple, progressive ("is urging"), perfect ("have
protested"). A passive ("were urged to", "was ruled out") has no speaker before it and does not fire;
neither does an infinitive ("plans to unveil": not done yet) nor a verb inside a quotation.
"""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.coordinated import joint_speakers
from tui.model.ingest.documents import document_subject
from tui.model.ingest.phrases import inside, quoted_spans, sane, subject_before, trim_end
from tui.model.ingest.speech import SAYING

# Progressive and perfect auxiliaries, with the adverbs that sit between them and the verb.
_AUX = (
    r"(?P<aux>(?:(?:is|are|was|were)\s+(?:\w+ly\s+|now\s+|also\s+|still\s+|again\s+)*(?=\w+ing\b)|"
    r"(?:has|have|had)\s+(?:\w+ly\s+|now\s+|also\s+|already\s+|again\s+|long\s+)*(?!been\b))?)"
    r"(?:\w+ly\s+|also\s+|now\s+|again\s+|repeatedly\s+)*"
)
# A listener then what they are asked to do: "urged the county to …", "pleaded with the board to …".
_LISTENER_TO = r"(?:[\w’'.,-]+\s+){1,8}?to\s+(?:not\s+)?[a-z]"
_ACTS = re.compile(
    rf"\b{_AUX}(?P<verb>"
    rf"(?:urg(?:e|es|ed|ing)|implor(?:e|es|ed|ing)|beg(?:s|ged|ging)?)\s+(?={_LISTENER_TO})"
    rf"|(?:plead(?:s|ed|ing)?|pled)\s+with\s+(?={_LISTENER_TO}|(?:[\w’'.-]+\s+){{1,8}}?for\s)"
    r"|unveil(?:s|ed|ing)?\s+(?=(?:a|an|the|its|their|his|her|plans?|new|details)\b)"
    # "advises the sooner patients seek care, the better": advice given as a clause, not an adviser's job
    # ("advised the president on trade").
    r"|advis(?:e|es|ed|ing)\s+(?=that\b|against\b|the\s+\w+er\s|(?:people|residents|travell?ers|parents|"
    r"patients|the\s+public|everyone|anyone|those|consumers|drivers)\b)"
    # "have protested longer detention periods": an objection to a thing, not a march through a place.
    r"|protest(?:s|ed|ing)?\s+(?!(?:outside|in|at|near|on|through|along|across|around|after|before|during|"
    r"for|to|with|peacefully|again)\b)(?=(?:against\s+)?(?:the|a|an|its|their|his|her|this|these|any|[a-z]+er|"
    r"new|plans?)\b)"
    r"|rul(?:e|es|ed|ing)\s+out\s+(?=\S)"
    # "touted the budget as …", "described the video as satire": the speaker's characterisation.
    r"|(?:tout(?:s|ed|ing)?|hail(?:s|ed|ing)?|describ(?:e|es|ed)|characteri[sz](?:e|es|ed))\s+"
    r"(?=(?:[\w’'.-]+\s+){1,8}?as\s)"
    # "identified the plan as “a reckless gamble”": a label in the speaker's words ("identified the man as
    # Tom Reed" names someone; no claim).
    r"|identif(?:y|ies|ied)\s+(?=(?:[\w’'.-]+\s+){1,8}?as\s+[“\"])"
    # "welcomed the court’s decision": a view of news, not a guest at the door.
    r"|welcom(?:e|es|ed|ing)\s+(?=(?:the|a|an|this|that|its|his|her|their)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:move|decision|ruling|verdict|news|announcement|report|plan|proposal|deal|agreement|step|vote|result|"
    r"outcome|findings|bill|measure|policy|initiative|ceasefire|truce|reforms?|talks|offer|judg(?:e)?ment)\b)"
    # "pledged to take action", "vowed to appeal": a commitment, stated ("pledged $5 million" gives money).
    # "The UN considers Gaza occupied territory as …", "considered the vote to be void": a view, stated (not
    # "is considered to be", a passive with no holder, nor "considered it as soon as …").
    r"|(?<!is\s)(?<!was\s)(?<!are\s)(?<!were\s)(?<!be\s)(?<!been\s)(?<!ly\s)consider(?:s|ed)\s+"
    r"(?=(?:(?!as\b)[\w’'.-]+\s+){1,8}?(?:as\s+(?!soon|well|part|much|long|far|early|many|such|of)|to\s+be\s)[\w“\"])"
    r"|(?:pledg(?:e|es|ed)|vow(?:s|ed)?|promis(?:e|es|ed)|threaten(?:s|ed)?)\s+"
    # "vowed in its campaign pledges to …": where the commitment was made may come first.
    r"(?:in\s+(?:its|their|his|her|a|an|the)\s+[^,.;:“”\"]{2,70}?\s+)?"
    # "vowed to “abolish …”": the commitment in the speaker's own words.
    r"(?=to\s+[“\"]?(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|my\b|our\b)[a-z]+)"
    # "pressed the minister to resign", "pressed Lund for answers": a demand put to a person or a body
    # ("pressed the button to start" is no one's words).
    r"|press(?:es|ed|ing)\s+(?=(?:him|her|them|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}|the\s+(?:[A-Z][\w’'.-]*\s+)"
    r"{0,3}?(?:government|council|board|ministry|company|administration|authorities|minister|president|"
    r"leader|party|police|committee|regulator|state|city|county|department))\s+(?:to\s+[a-z]|for\s))"
    # "has long advocated revising the pact", "advocated for a ban": a position, stated.
    r"|advocated\s+(?:for\s+)?(?=(?:the|a|an|more|greater|stronger|[a-z]+ing)\b)"
    # "The pair pleaded not guilty": a plea in court is the defendant's statement.
    r"|(?:plead(?:s|ed)?|pled)\s+(?=(?:not\s+)?guilty\b)"
    # "The White House called the process a sham": a naming in the speaker's words, unquoted.
    r"|call(?:s|ed)\s+(?!(?:for|on|off|in|out|up|back|it\s+a\s+(?:day|night|career|season))\b)"
    # "called the court decision on the ferry contract a historic win": the object may run to 9 words.
    # "called her brother a few times a week" is a phone call: no naming in "a few", "a week".
    r"(?=(?:[\w’'.-]+\s+){1,9}?(?:a|an)\s+(?!(?:few|couple|lot|bit|while|number|day|week|month|year)\b)"
    r"[\w’'-]+(?:\s+[\w’'-]+){0,3}\s*[.;]?$)"
    # "Lind attributed the fall in fares to the ruling": a cause, stated.
    r"|attribut(?:e|es|ed)\s+(?=(?:the|a|an|this|that|its|his|her|their)\s+(?:[\w’'.-]+\s+){0,8}?to\s)"
    # "attacked each other’s policies", "slammed the plan": criticism of a stance, stated ("attacked the
    # village" is violence, not speech).
    r"|(?:attack(?:s|ed)|slam(?:s|med)|blast(?:s|ed)|lambast(?:s|ed)|denounc(?:e|es|ed))\s+"
    r"(?=(?:the|a|an|his|her|their|its|each\s+other[’']s|one\s+another[’']s)\s+(?:[\w’'-]+\s+){0,3}?(?:polic(?:y|ies)|"
    r"plans?|record|decision|handling|proposals?|comments|remarks|stance|position|bill|budget|deal|ruling)\b)"
    # "made clear the plan was dead", "cast doubt on the figures": a position or a doubt, stated.
    r"|made\s+(?:it\s+)?clear\s+(?=\S)|cast(?:s|ing)?\s+doubt\s+(?=on|over|about)"
    # "The analyst points out a couple of reasons …": what the speaker draws attention to.
    r"|point(?:s|ed)?\s+out\s+(?!the\s+(?:window|door|way)\b)"
    r"(?=(?:a|an|the|some|several|two|three|many|one|his|her|their|its)\b)"
    r"|(?:prais(?:e|es|ed|ing)|complement(?:s|ed)?|compliment(?:s|ed|ing)?|commend(?:s|ed|ing)?|"
    r"criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|fault(?:s|ed)?|thank(?:s|ed)?|blam(?:e|es|ed|ing))\s+"
    r"(?=(?:[\w’'.-]+\s+){1,6}?(?:for|as)\s)"
    # "blasted the mayor for ignoring …", "mocked the rival as …": a censure with its reason. "attacked
    # the town for three days" is violence: the reason must be a deed (a verb in -ing, "being", "his …").
    r"|(?:blast(?:s|ed)|slam(?:s|med)|attack(?:s|ed)|lambast(?:s|ed)|mock(?:s|ed)|derid(?:e|es|ed)|"
    r"berat(?:e|es|ed)|chastis(?:e|es|ed)|scold(?:s|ed)|rebuk(?:e|es|ed)|made\s+fun\s+of|"
    # "assailed Williams as part of the “Never Trumpers”", "condemned his relatives for failing to …".
    r"assail(?:s|ed)|condemn(?:s|ed)|castigat(?:e|es|ed)|excoriat(?:e|es|ed)|denounc(?:e|es|ed))\s+"
    r"(?=(?:[\w’'.-]+\s+){1,6}?(?:for\s+(?:[a-z]+ly\s+)?(?:[a-z]{2,}ing|not)\b|as\s))"
    r"|apologi[sz](?:e|es|ed|ing)\s+(?=(?:to\s+(?:[\w’'.-]+\s+){1,4}?)?for\s)"
    r"|rais(?:e|es|ed|ing)\s+(?:the\s+)?alarms?\s+(?=at|over|about|that|on)"
    r"|reporting\s+(?!to\b|for\b|on\s+behalf\b)(?=(?:a|an|the|\d|\w+\s+(?:new|more|fewer))\b)"
    r")"
)
# ", alarmed that the clinic is closing, …": a feeling between the subject and its verb.
_FEELING_ASIDE = re.compile(
    r",\s+(?:alarmed|concerned|worried|angered|frustrated|convinced)\s+(?:that\s+(?P<held>[^,]{8,200})|"
    r"(?:by|about|over)\s[^,]{3,200}),\s*$"
)
# "Residents are urged to …", "It was ruled out": nobody before the verb speaks.
_NOT_SPEAKING = {"it", "there", "this", "that", "which", "what", "who"}


def speech_act(sentence: str) -> Cue | None:
    """ "The nurses pleaded with the board to reconsider": the plea, from its verb to the clause's end."""
    quoted = quoted_spans(sentence)
    for match in _ACTS.finditer(sentence):
        start = match.start("aux") if match.group("aux") else match.start("verb")
        if inside(quoted, match.start("verb")) or re.search(r"\bto\s+$", sentence[max(0, start - 4) : start]):
            continue  # "plans to unveil a tax": not done yet
        if match.group("verb").startswith("reporting") and not match.group("aux"):
            continue
        found = subject_before(sentence, match.start())  # "he quietly apologised": past the adverb
        aside = _FEELING_ASIDE.search(sentence, 0, match.start())
        if found is None and aside is not None:
            # "A group of doctors, alarmed that X, is urging …": the subject before the aside urges, and
            # the aside says what they fear.
            found = subject_before(sentence, aside.start() + 1)
        if found is None:
            continue
        mention = found[0]
        if mention.text.lower() in _NOT_SPEAKING or (
            document_subject(mention.text) and not match.group("verb").startswith(("advis", "unveil"))
        ):
            continue  # "the plan praises …": a document does not plead or apologise
        saying = SAYING.search(sentence, match.end())
        end = trim_end(sentence, saying.start() if saying is not None else len(sentence))
        also = (saying.end(), trim_end(sentence, len(sentence))) if saying is not None else None
        if aside is not None and aside["held"] and found[1] < aside.start():
            also = aside.span("held")
        if len(sentence[match.end() : end].split()) < 2:
            continue
        cue = Cue((mention,), ClaimStatus.UNVERIFIED, sane(sentence, (start, end)), also=also)
        return joint_speakers(sentence, found[1], cue)  # "The mayor and council leaders touted …"
    return None
