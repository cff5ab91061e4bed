"""Claims being built from an article's sentences: a draft's chain can still grow ("These figures
were shared by …"); a quotation with no tag goes on with the speaker just quoted, inside a paragraph,
into the next paragraph when a paragraph leaves its quotation open, and around a quotation nested in
another speaker's words.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import Article
from tui.model.ingest.attribution import find_cues
from tui.model.ingest.chains import speaker_chain
from tui.model.ingest.figures import FigureMention
from tui.model.ingest.names import SourceEntry
from tui.model.ingest.nested_quotes import inner_cues
from tui.model.ingest.quotes import unclosed_quotation
from tui.model.ingest.sentences import Sentence, Splitter, split_sentences
from tui.model.ingest.sources import SourceBook
from tui.model.ingest.speaker_words import people_at_large

OPEN_QUOTE = re.compile(r"^(?:[“\"‘«]|'(?=[A-Z]))")


@dataclass
class Draft:
    """A claim being built; its chain can still grow ("These figures were shared by …")."""

    section: str
    paragraph: int
    paragraph_text: str
    sentence: Sentence
    quote: tuple[int, int]  # span in the paragraph
    chain: list[SourceEntry]
    status: ClaimStatus
    figures: list[FigureMention] = field(default_factory=list)
    cue_text: str = ""
    joint: list[SourceEntry] = field(default_factory=list)  # say it too, beside the chain

    @property
    def quote_text(self) -> str:
        return self.paragraph_text[self.quote[0] : self.quote[1]]


def asserted(
    section_id: str,
    number: int,
    paragraph: str,
    sentence: Sentence,
    span: tuple[int, int],
    figures: list[FigureMention],
) -> Draft:
    return Draft(
        section=section_id,
        paragraph=number,
        paragraph_text=paragraph,
        sentence=sentence,
        quote=(sentence.start + span[0], sentence.start + span[1]),
        chain=[],
        status=ClaimStatus.ASSERTED,
        figures=figures,
    )


def continued_quote(
    section_id: str,
    number: int,
    paragraph: str,
    sentence: Sentence,
    previous: Draft,
    figures: list[FigureMention],
) -> Draft:
    end = len(sentence.text.rstrip(" ."))
    return Draft(
        section=section_id,
        paragraph=number,
        paragraph_text=paragraph,
        sentence=sentence,
        quote=(sentence.start, sentence.start + end),
        chain=list(previous.chain),
        status=ClaimStatus.UNVERIFIED,
        figures=figures,
    )


def nested(draft: Draft, sentence: Sentence, book: SourceBook) -> list[Draft]:
    """Claims quoted inside the speaker's quotation, chained from the inner speaker to the speaker."""
    span = (draft.quote[0] - sentence.start, draft.quote[1] - sentence.start)
    found = []
    for inner in inner_cues(sentence.text, span, find_cues):
        if inner.speakers and people_at_large(inner.speakers[0].text):
            continue  # "“People think it is safe,” said Vell": Vell's claim, no one else's
        chain = [e for e in speaker_chain(inner, sentence.text, book) if e.root() not in draft.chain]
        if chain:
            start, end = inner.content
            quote = (sentence.start + start, sentence.start + end)
            found.append(
                replace(draft, quote=quote, chain=chain + draft.chain, status=inner.status, figures=[])
            )
    if found and draft.chain:
        book.mentioned(draft.chain[0])  # "the statement concluded" next is the speaker's, not the one quoted
    return found


def open_quotations(article: Article, drafts: list[Draft], splitter: Splitter) -> list[Draft]:
    """A paragraph that opens a quotation and never closes it goes on into the next one, which opens
    with a quotation mark: the speaker tagged there said the unclosed paragraph too."""
    by_paragraph: dict[tuple[str, int], list[Draft]] = {}
    for draft in drafts:
        by_paragraph.setdefault((draft.section, draft.paragraph), []).append(draft)
    for section, content in zip(article.section_ids(), article.sections, strict=True):
        for number, text in enumerate(content.paragraphs, 1):
            own = by_paragraph.get((section, number), [])
            after = by_paragraph.get((section, number + 1), [])
            if any(d.chain for d in own) or not unclosed_quotation(text) or not after or not after[0].chain:
                continue
            if not OPEN_QUOTE.match(after[0].paragraph_text) or after[0].quote[0] > 2:
                continue  # the next paragraph's first claim must be its opening quotation
            drafts = [d for d in drafts if d not in own]
            at = drafts.index(after[0])  # in reading order, before the paragraph that closes the quotation
            for sentence in reversed(split_sentences(text, splitter)):
                figures = [f for d in own if d.sentence.start == sentence.start for f in d.figures]
                drafts.insert(at, continued_quote(section, number, text, sentence, after[0], figures))
    return drafts
