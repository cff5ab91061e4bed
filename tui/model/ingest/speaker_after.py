"""The speaker named after a speech verb or "according to": "…, said Superintendent Jane Smith, a former
teacher", "according to the Centre for Disease Control (CDC) in the US, …"."""

from __future__ import annotations

from tui.model.ingest import lazy_re as re
from tui.model.ingest.name_patterns import MONTH, SHORT_NAME_THEN_PLACE
from tui.model.ingest.phrases import Mention
from tui.model.ingest.speaker_words import CLOSE_QUOTES, OPEN_QUOTES

# ", the cost has been high": a clause of its own (a verb before any "who"/"which"), not a role.
_CLAUSE = re.compile(
    r"(?:(?!\b(?:who|which|that|whose)\b)[^,])*?\b(?:is|are|was|were|has|have|had|will|would|could|can|"
    r"should|may|might|must|did|does)\b",
    re.IGNORECASE,
)


def np_after(sentence: str, position: int) -> tuple[Mention, int] | None:
    """The speaker named from `position` to a clause boundary, with a following appositive as its role."""
    rest = sentence[position:]
    stop = re.search(
        r"\s*(?:[,;:()—–]|\s-\s|(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bRep)(?<!\bSen)(?<!\bGov)(?<!\bGen)(?<!\bSgt)(?<!\bLt)(?<!\bCol)(?<!\bProf)(?<!\s[A-Z])(?<!^[A-Z])(?<!\.[A-Z])[.!?](?:\s|$|[”\"])|\s(?:that|who|which|on|in\s+(?:a|an|its|his|her|their|partnership|collaboration|cooperation)|last|as|citing|while|"
        r"after|when|but|because|to|through|via|and\s+(?=[a-z])|in\s+" + MONTH + r")\b|$)",
        rest,
    )
    end = position + (stop.start() if stop else len(rest))
    text = sentence[position:end].strip()
    # "the Centre for Disease Control (CDC) in the US, …": the short name and the place end the phrase.
    short = SHORT_NAME_THEN_PLACE.match(sentence, end)
    if short is not None:
        end = short.end()
    words = text.split()
    if not words:
        return None
    role = ""
    if len(words) > 10:
        # "said planetary geologist Ada Lind of the Polar Institute in Oslo": the person; where they work
        # is their role.
        cut = re.match(r"(.*?[A-Z][\w.’'-]*\s+[A-Z][\w.’'-]*)\s+((?:of|at|from|with)\s+.+)$", text)
        if cut is None or len(cut.group(1).split()) > 6:
            return None
        text, role = cut.group(1), cut.group(2)
    appositive = re.match(r",\s*((?:a|an|the|who|its|his|her)\s[^,.;]{2,80})(?:,|\.|$)", sentence[end:])
    # The full stop after the name ends the sentence: "the Ledger, Sen. Mara Voss …" names no "Sen".
    named = re.match(
        r",\s*([A-Z][\w.&’'-]*(?:\s+[A-Z&][\w.&’'-]*){0,4})\s*(?:,|\.(?!\s*[A-Z])|$)", sentence[end:]
    )
    if appositive and text[:1].isupper() and not _CLAUSE.match(appositive.group(1)):
        role = appositive.group(1).strip()
    elif named and re.match(r"(?:the|a|an|its|their)\s", text, re.IGNORECASE):
        # "the production company, Barunson E&A": the name, described.
        role = text
        text = named.group(1)
        end = end + named.end(1)
    name = text.strip(OPEN_QUOTES + CLOSE_QUOTES)
    # ", said “": a lone quotation mark after the verb names nobody.
    return (Mention(name, role), end) if name.strip() else None
