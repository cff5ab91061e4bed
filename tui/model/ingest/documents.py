"""Documents and data as speakers: "the study found", "figures released by the ministry show"."""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.phrases import Mention
from tui.model.ingest.speaker_words import valid_speaker


def document_subject(text: str) -> bool:
    return DOCUMENT.search(text) is not None


DOCUMENT = re.compile(
    r"(?i)\b(?:reports?|study|studies|surveys?|documents|data|figures|analysis|polls?|polling|research|review|assessment|investigation|audit|"
    r"statistics|findings|estimates?|document|paper|tally|count|database|records|statement|release|results|"
    r"projections?|calculations?|filings?|images|analysis|tests|post[- ]mortem|autopsy|inspection|petition|"
    r"letter|affidavit|complaint|indictment|lawsuit|suit|tracker|regulations|legislation|bill|rules|guidance|"
    r"guidelines|law|scans?|x-rays?|blood\s*work|biops(?:y|ies)|samples|swabs|"
    # Papers seen by a reporter: "an internal memo obtained by the Ledger shows", "emails reviewed by …".
    r"memos?|e-?mails|text\s+messages|transcripts?|minutes|contracts?|"
    # "A slide deck for investors indicated …", "the prospectus shows": papers a body issued.
    r"presentations?|slides|slideshows?|slide\s+decks?|prospectus|disclosures?|forecasts?|filings|memorandum|dossier|charts?|"
    # "Verified video footage shows police …": recordings show what happened, as documents do.
    r"footage|photos|photographs|recordings)\b"
)


# "Ruiz and her team found a likely cause", "Researchers found a link": people whose finding is their work.
FINDERS = re.compile(
    r"(?i)\b(?:team|researchers|scientists|investigators|inspectors|auditors|doctors|physicians|analysts|"
    r"pathologists|engineers)$"
)


def document_by(mention: Mention) -> Mention:
    """The author of a document: "figures released by the ministry" -> the ministry, "a Pentagon memo
    seen by Reuters" -> Pentagon."""
    found = _document_by(mention)
    # "a Pentagon memo", "a Reuters report", "the White House statement": the body named before the noun.
    owned = None if re.search(r"[’']s\b", found.text) else _OWNER_FIRST.fullmatch(found.text)  # "X’s review"
    if owned is not None and not _NOT_AN_OWNER.fullmatch(owned["owner"]):
        return Mention(owned["owner"], found.role)
    return found


def _document_by(mention: Mention) -> Mention:
    # "A Gallup poll released Tuesday shows": the day went with the verb, the participle stays behind.
    trimmed = re.sub(r"\s+(?:released|published|issued|conducted|out)$", "", mention.text)
    if trimmed != mention.text and document_subject(trimmed):
        mention = Mention(trimmed, mention.role)
    # "eyewitness accounts corroborated by video footage": the accounts speak; what backs them does not.
    backed = re.search(
        r"\s+(?:corroborated|backed(?:\s+up)?|supported|confirmed|verified)\s+by\s+.+$", mention.text
    )
    if backed is not None and re.search(r"[a-z]{3}", mention.text[: backed.start()]):
        return Mention(mention.text[: backed.start()], mention.role)
    # "an internal memo obtained by the Ledger": the paper got hold of it, the memo speaks.
    seen = re.search(r"\s+(?:obtained|reviewed|seen|viewed)\s+by\s+.+$", mention.text)
    if seen is not None and document_subject(mention.text[: seen.start()]):
        return Mention(mention.text[: seen.start()], mention.role)
    # "a survey of farms by the Institute": the author after "by", not what was surveyed after "of".
    by = re.search(r"\bby\s+(.+)$", mention.text)
    if by and document_subject(mention.text[: by.start()]) and valid_speaker(by.group(1)):
        return Mention(by.group(1), mention.role)
    # "a report in the Ledger of Lindon": the paper the report ran in, not the place after it.
    match = re.search(r"\b(?:by|from|of|in(?=\s+the\s+[A-Z]))\s+(.+)$", mention.text)
    if match and document_subject(mention.text[: match.start()]) and valid_speaker(match.group(1)):
        return Mention(match.group(1), mention.role)
    return mention


_OWNER_FIRST = re.compile(
    r"(?:[Aa]n?|[Tt]he)\s+(?:(?:new|internal|leaked|secret|confidential|draft|recent|latest|classified)\s+)?"
    r"(?P<owner>[A-Z][\w&.’'-]*(?:\s+[A-Z][\w&.’'-]*){0,3})\s+"
    # Papers a body writes; a survey, poll or study often bears a name of its own ("the Harbor survey").
    r"(?:memo|memos|report|statement|letter|document|documents|analysis|email|e-mail|filing|assessment|briefing)"
)
# Not a body: a time ("a March report", "a Monday statement"), a nationality or a place's adjective ("a
# British study"), an illness ("a Covid study").
_NOT_AN_OWNER = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"[A-Z][a-z]+day|[A-Z][a-z]*(?:ish|ese|ian|ean|an|ic|i)|Covid(?:-19)?|New\s+Year|Christmas|\d.*|"
    r"(?:[A-Z][\w.’'-]*\s+)*(?:Annual|Quarterly|Weekly|Monthly|Daily|Special|Final|Interim|Joint))"
)
