"""What the title and each heading state, and whether they state as fact what the body attributes.

A heading rests on the claims of its section (the title on any claim) that
share most of its content words or a figure with it. A heading that carries no
attribution of its own (no "says", "claims", no quotation marks) but rests on
an attributed claim overstates it: an editor's note says so.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.model.format.records import Claim, ClaimStatus, Source
from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import Article
from tui.model.ingest.figures import find_figures

# Share of a heading's content words a claim must contain to be what it states.
_MIN_OVERLAP = 0.5
# …and at least this many of them, so a two-word title does not rest on any claim sharing one word.
_MIN_SHARED = 2
# A heading of fewer content words is a label ("Her one regret"), not a statement.
_MIN_STATEMENT = 3
# Share of the claim's own content words the heading must hold: a long quotation that shares a few
# words with the headline is not what the headline states.
_MIN_CLAIM_SHARE = 0.25
_STOPWORDS = set(
    "a an the of in on at to for from by with and or but as is are was were be been it its this that these "
    "those their his her our your they them he she we you i not no all about into over after before than "
    "so if how why what who which when where while up out new says said against between through during "
    "under amid despite without within onto upon via per more most will would can has have had do does "
    "did".split()
)
_ATTRIBUTING = re.compile(
    # Quotation marks (curly, or straight single ones around words: 'concerns'), a question, a colon,
    # and the verbs with which headlines attribute: "Court rules", "Study finds", "Police confirm".
    r"[“”\"‘’?]|:|(?<![\w'])'[^']+'(?![\w'])|"
    r"\b(?:says?|said|claims?|claimed|alleges?|alleged|accuses?|insists?|slams?|warns?|denies|"
    r"rules|ruled|finds|reveals?|confirms?|confirmed|admits?|admitted|announces?|announced|"
    r"denied|according|reportedly|report|reports|suggests?|believes?|calls?|urges?|vows?|threatens?|"
    r"questions?|disputes?|rejects?|maybe|may|might|could|possibly|allegedly)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class HeadingLinks:
    title_rests_on: tuple[str, ...] = ()
    section_rests_on: dict[str, tuple[str, ...]] = field(default_factory=dict)
    notes: tuple[str, ...] = ()


def heading_links(article: Article, claims: list[Claim], sources: dict[str, Source]) -> HeadingLinks:
    notes: list[str] = []
    title = article.meta.title
    title_claims = _rests_on(title, claims) if title.strip() else []
    if title_claims:
        notes.extend(_overstated("headline", title, title_claims, sources))
    section_rests: dict[str, tuple[str, ...]] = {}
    for section_id, section in zip(article.section_ids(), article.sections, strict=True):
        if not section.heading.strip():
            continue
        own = [c for c in claims if c.section == section_id]
        found = _rests_on(section.heading, own)
        if found:
            section_rests[section_id] = tuple(c.id for c in found)
            notes.extend(_overstated("heading", section.heading, found, sources))
    return HeadingLinks(tuple(c.id for c in title_claims), section_rests, tuple(notes))


def _rests_on(heading: str, claims: list[Claim]) -> list[Claim]:
    """The claim that best states the heading, if one shares enough with it."""
    heading_stems = _stems(heading)
    if len(heading_stems) < _MIN_STATEMENT:
        return []
    heading_values = {f.value for f in find_figures(heading)}
    best: tuple[float, Claim] | None = None
    for claim in claims:
        claim_stems = _stems(claim.quote)
        shared = len(heading_stems & claim_stems)
        if shared < _MIN_SHARED or shared < _MIN_CLAIM_SHARE * len(claim_stems):
            continue
        overlap = shared / len(heading_stems)
        if heading_values and heading_values & {f.value for f in find_figures(claim.quote)}:
            overlap += 0.5
        if overlap >= _MIN_OVERLAP and (best is None or overlap > best[0]):
            best = (overlap, claim)
    return [best[1]] if best else []


def _overstated(what: str, heading: str, claims: list[Claim], sources: dict[str, Source]) -> list[str]:
    if _ATTRIBUTING.search(heading):
        return []
    notes = []
    for claim in claims:
        if claim.status is ClaimStatus.ASSERTED or not claim.attribution:
            continue
        chain = [sources[s].name for s in claim.attribution if s in sources]
        who = chain[0] + (f" (passed on by {', '.join(chain[1:])})" if len(chain) > 1 else "")
        where = "the section" if what == "heading" else "the body"
        quote = _short(claim.quote)
        notes.append(f"The {what} “{heading}” states as fact what {where} attributes to {who}: “{quote}”.")
    return notes


def _stems(text: str) -> set[str]:
    stems = set()
    for word in re.findall(r"[A-Za-z][A-Za-z’'-]+", text.lower()):
        word = re.sub(r"[’']s$", "", word)
        if word in _STOPWORDS or len(word) < 3:
            continue
        stems.add(_stem(word))
    return stems


def _stem(word: str) -> str:
    for suffix in ("ings", "ing", "ied", "ies", "ed", "es", "s", "n"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            word = word[: -len(suffix)]
            break
    return word[:6]


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
