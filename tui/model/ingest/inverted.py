"""Tags with the speaker after the verb: "“We will win,” said Smith, the mayor.", "…, says John Smith."

A tag may also sit between commas in the middle of a sentence: "There are 400 buses
in the county, said Director Jane Smith, and the county signed a deal for more."
The words before the tag are the speaker's; so is a clause joined to the tag by
"and" (the speaker goes on), as news writing uses the pattern.
"""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.phrases import Mention, inside, quoted_spans, sane, trim_end
from tui.model.ingest.speaker_after import np_after
from tui.model.ingest.speaker_words import DET_WORDS, SPEAKER_HEADS, valid_speaker
from tui.model.ingest.speech import DOCUMENT_VERBS, NAMING_VERBS, QUOTE_ONLY, SAYING, TELL_VERBS, VERB_STATUS

INVERTED_TAG = re.compile(
    r"(?P<mark>[,.!?]?[”\"]|,)\s*(" + "|".join(v for v in VERB_STATUS if v not in DOCUMENT_VERBS) + r")\s+"
)
# ", and the district signed …": a clause that goes on after a mid-sentence tag.
_GOES_ON = re.compile(r",\s+and\s+(?=(?:the|a|an|its|his|her|their|[A-Z])\w*\s)")


def inverted(sentence: str) -> Cue | None:
    """The speaker after the verb, the claim before it (and a clause joined to the tag by "and")."""
    for match in INVERTED_TAG.finditer(sentence):
        # "Wider than the first draft" tabled in May, said Tom Reed.": a verb of the quoted words' own
        # clause ("tabled in May") comes first; the tag is the next one.
        found = np_after(sentence, match.end())
        if found is None:
            return None
        mention, np_end = found
        if match.group(2).lower() in QUOTE_ONLY and match["mark"] == ",":
            return None  # "…, read the letter and left": a text reads only after its quoted words
        if match.group(2).lower() in NAMING_VERBS and match["mark"] == ",":
            return None  # "The event, called the Fan Day, was set to …": a participle names the thing
        if _WHEN.match(mention.text) and match["mark"] != ",":
            continue
        if (
            not valid_speaker(mention.text)
            or described_subject(sentence, match.start(2))
            or _WHEN.match(mention.text)
        ):
            return None
        return _tag_cue(sentence, match, mention, np_end)
    return None


def _tag_cue(sentence: str, match: re.Match[str], mention: Mention, np_end: int) -> Cue:
    """The claim before the tag `match`, spoken by `mention`."""
    # A quotation keeps its closing mark (and the comma inside it); a bare clause drops the comma.
    end = match.end("mark") if match["mark"] != "," else trim_end(sentence, match.start())
    also = _goes_on(sentence, np_end)
    return Cue((mention,), VERB_STATUS[match.group(2).lower()], sane(sentence, (0, end)), also=also)


def tag_between_commas(sentence: str, verb_start: int, verb_end: int) -> bool:
    """ "…, said Superintendent Jane Smith, and …" / "…, says the mayor.": the verb opens an inverted tag,
    so the words before the comma are the claim, not the speaker."""
    if sentence[verb_start:verb_end].lower() in TELL_VERBS or described_subject(sentence, verb_start):
        return False  # "…, Dana Petrov, told the broadcaster VRT": "told" takes a listener, not a speaker
    if not sentence[:verb_start].rstrip().endswith(",") or inside(quoted_spans(sentence), verb_start):
        return False
    found = np_after(sentence, verb_end)
    if found is None:
        return False
    mention, np_end = found
    if _WHEN.match(mention.text):
        return False  # "…,” Mayer, the chairman, said Tuesday at …": a time, then the place
    words = mention.text.split()
    # "…, say economists, marks …": a bare plural of people who speak names them too.
    plural = len(words) <= 2 and words[-1] in SPEAKER_HEADS and words[-1].endswith("s")
    named = words[0][:1].isupper() or words[0].lower() in DET_WORDS or plural
    closes = re.match(r"\s*(?:,|[.!?]?[”\"]?\s*$)", sentence[np_end:]) is not None
    return named and closes and len(words) <= 8 and valid_speaker(mention.text)


def described_subject(sentence: str, verb_start: int) -> bool:
    """ "The complaint, filed in federal court, claims the firm …": a subject and a participle or relative
    clause between commas, then the verb in its usual place; the words after the verb are the claim."""
    return _DESCRIBED_SUBJECT.match(sentence[:verb_start]) is not None


_WHEN = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?!\s+[A-Z])|[Tt]oday|[Yy]esterday|[Tt]onight|on|last|this|earlier|"
    r"later|in|at|during|after|before)\b"
)
_DESCRIBED_SUBJECT = re.compile(
    # "The thaw, much welcomed by many, worried Tam": an adverb may come before the participle.
    r"\s*(?:[A-Z][\w.’'-]*)(?:\s+[\w.’'-]+){0,5},\s+(?:(?:much|widely|long|once|still|often|already|"
    r"[a-z]+ly)\s+)?(?:who|which|[a-z]+ed|seen|written|shown|given|made|"
    r"set|sent|led|run|held|taken)\b[^,]{0,80},\s*$"
)


def _goes_on(sentence: str, np_end: int) -> tuple[int, int] | None:
    """The clause after ", and" that follows the tag's speaker (and an appositive of theirs), or after
    ", adding that" ("“We are ready,” said Ana Ruiz, the governor, adding that …")."""
    join = _GOES_ON.match(sentence, np_end)
    end = trim_end(sentence, len(sentence))
    if join is None:
        saying = SAYING.search(sentence, np_end)
        if saying is None or _appositive_words(sentence[np_end : saying.start()]) is None:
            return None
        if inside(quoted_spans(sentence), saying.start()) or len(sentence[saying.end() : end].split()) < 3:
            return None
        return saying.end(), end
    if inside(quoted_spans(sentence), join.start()):
        return None
    if len(sentence[join.end() : end].split()) < 4:
        return None
    return join.end(), end


def _appositive_words(between: str) -> str | None:
    """The words between the speaker and ", adding": nothing, or an appositive ("the governor") with no
    quotation or clause break of its own."""
    if not between.strip():
        return between
    if re.search(r"[“”\";.:]", between) or len(between.split()) > 12:
        return None
    return between if between.lstrip().startswith(",") else None


__all__ = ["INVERTED_TAG", "Mention", "inverted", "tag_between_commas"]
