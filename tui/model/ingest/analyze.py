"""From an article's paragraphs to draft claims, sources and figures.

Sentence by sentence: an attribution cue makes a claim whose chain runs from
the original claimant to the source the outlet cites; a sentence that refers
back to the previous claim ("The claim, reported by AFP and cited by
Agerpres") extends that claim's chain; a sentence in the outlet's own voice
that carries a figure becomes an asserted claim, so every figure has a claim.
Headings and the title that state what a claim says rest on it, and an
editor's note says so when the body only attributes it.
"""

from __future__ import annotations

from dataclasses import replace

from tui.model.format.records import ClaimStatus
from tui.model.ingest import lazy_re as re
from tui.model.ingest.article import Analysis, Article
from tui.model.ingest.attribution import find_cues
from tui.model.ingest.belief_cues import Cue
from tui.model.ingest.businesses import businesses_named
from tui.model.ingest.chains import known_pair, speaker_chain
from tui.model.ingest.colon_blocks import (
    ColonBlock,
    block_after,
    block_cue,
    item_cue,
    next_block,
    reach,
    told_apart,
)
from tui.model.ingest.dialogue import SubjectChain, closing_name_tag, opening_subject, unquoted_cues
from tui.model.ingest.draft_records import finish_analysis
from tui.model.ingest.drafts import OPEN_QUOTE, Draft, asserted, continued_quote, nested, open_quotations
from tui.model.ingest.embedded_posts import embedded_posts, post_cue
from tui.model.ingest.figures import FigureMention, find_figures
from tui.model.ingest.interview_drafts import answer_cue, fold_into_answer
from tui.model.ingest.interviews import Answer, interview_answers
from tui.model.ingest.kinds import looks_like_person
from tui.model.ingest.languages import in_outlet_voice, reads_as_english, with_language_note
from tui.model.ingest.list_intros import list_intro
from tui.model.ingest.names import SourceEntry
from tui.model.ingest.phrases import Mention, subject_name
from tui.model.ingest.quiet_gaps import quiet_since
from tui.model.ingest.quote_openers import owned_opening
from tui.model.ingest.quote_owners import quote_owner
from tui.model.ingest.quotes import is_question, mend_quote_marks, quote_runs
from tui.model.ingest.sentences import DEFAULT_SPLITTER, Sentence, Splitter, split_sentences
from tui.model.ingest.sources import SourceBook
from tui.model.ingest.speaker_context import (
    acted,
    introduces_quotation,
    learn_gender_after_tag,
    role_subject,
    tag_only,
    tagged_by_name,
)
from tui.model.ingest.split_tags import split_off_tag
from tui.model.ingest.statement_intros import statement_giver
from tui.model.ingest.titled_names import office_holder
from tui.model.ingest.verb_context import PRONOUN_TAG_NEXT

# A pure quotation with no tag continues the previous speaker within this many paragraphs.
_QUOTE_CONTINUES_WITHIN = 1
_VIEWPOINT = re.compile(r"(?:For|To)\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),")
# "“…,” she remembered telling Harry": a tag the rules do not read still names someone.
_UNREAD_TAG = re.compile(r"[”\"’],?\s+(?:he|she|they|[A-Z][\w’'-]+)\s+[a-z]+")


def analyze(article: Article, splitter: Splitter = DEFAULT_SPLITTER) -> Analysis:
    """Draft claims (review = draft), their sources and figures, and what the headings rest on."""
    book = SourceBook()
    book.proper_words = _proper_words(article)
    book.common_words = _common_words(article)
    book.businesses = businesses_named(article)
    book.things |= book.businesses
    book.outlet = article.meta.outlet
    drafts: list[Draft] = []
    position = 0  # paragraphs read so far, for how far back a relay may reach
    prose = [p for section in article.sections for p in section.paragraphs]  # each paragraph at position - 1
    last_attributed: tuple[int, Draft] | None = None
    previous_text = ""  # the sentence before, across paragraph breaks ("They said …")
    introducer: str | None = None  # a person the sentence before named, with no words of theirs yet
    opening: Cue | None = None  # "Jo Bell said:" with its quotation still to come
    left_open = False  # the paragraph before ended inside a quotation
    block: ColonBlock | None = None  # "Reyes said:" closing a paragraph: the words set out or listed below
    subjects = SubjectChain()
    answers = interview_answers(article)  # an interview's answers and a transcript's lines: whose words
    for section_index, (section_id, section) in enumerate(
        zip(article.section_ids(), article.sections, strict=True)
    ):
        posts = embedded_posts(section.paragraphs)  # "— Name (@handle) date" credits the post above
        for number, paragraph in enumerate(section.paragraphs, 1):
            position += 1
            answer = answers.get((section_index, number))
            answered = _answer_draft(section_id, number, paragraph, answer, book) if answer else None
            if answered is not None:
                last_attributed = (position, answered)  # a quotation with no tag in it is the answer's too
            first_of_paragraph = len(drafts)
            sentences = split_sentences(mend_quote_marks(paragraph), splitter)
            listed = paragraph in article.list_items  # an <li> of the page: as good as a bullet
            here = reach(block, position, paragraph, len(sentences), listed)
            block = next_block(here, paragraph, listed)
            # 'The ministry said: “The bridge is unsafe.' then 'It must close.”': a quotation left open at
            # the end of the paragraph before goes on until its closing mark.
            pending = left_open and not OPEN_QUOTE.match(paragraph) and bool(re.search(r"[”\"]", paragraph))
            left_open = _left_open(paragraph)
            texts = [s.text for s in sentences]
            if pending and texts:  # the quotation is open as the paragraph starts: its next mark closes it
                texts[0] = ("“" if "”" in paragraph else '"') + texts[0]
            runs = quote_runs(texts)
            # "“… which hurts women who want to work …”": a speaker inside the quotation is not its speaker.
            all_cues = unquoted_cues(
                [s.text for s in sentences], runs, [find_cues(s.text) for s in sentences]
            )
            here, block = told_apart(here, block, any(not c.relays_previous for cs in all_cues for c in cs))
            item = item_cue(here, texts)
            if item is not None:  # an item of the list: the words of whoever introduced it
                all_cues[0] = all_cues[0] or [item]
            # Sentences of a quotation whose tag comes later in the paragraph wait for it.
            waiting: list[tuple[Sentence, list[FigureMention]]] = []
            for index, sentence in enumerate(sentences):
                book.next_sentence(previous_text)
                previous_text = sentence.text
                figures = find_figures(sentence.text)
                cues = all_cues[index]
                cue = cues[0] if cues else None
                if cue is None and number in posts:
                    cue = post_cue(sentence.text, posts[number])
                cue = cue or closing_name_tag(sentence.text)
                if cue is None and index > 0:  # "“… sign?’” Holmes testified.": the splitter cut the tag off
                    cue = split_off_tag(sentence.text, sentences[index - 1].text)
                book.observe_people(sentence.text)
                subject = opening_subject(sentence.text, subject_name(sentence.text))
                book.genders.next_sentence(sentence.text, subject)
                # "The mayor was asked …"
                subject = opening_subject(sentence.text, subject or role_subject(sentence.text))
                # "Chief Education Officer Dr Ramona Best …", "Managing Director of Acme, Rita Hollis says":
                # the holder, not the office, is whom a later "she" means.
                subject = office_holder(sentence.text, subject)
                subject = subjects.carry(sentence.text, subject)  # "Lund was … She broke with …"
                if subject is not None:
                    after = sentence.text[sentence.text.find(subject) + len(subject) :]
                    # "The Central Bank, he said, intervenes …": the pronoun is someone else, the speaker.
                    if not PRONOUN_TAG_NEXT.match(after):
                        book.observe_subject(subject, described=after.startswith(","))
                if cue is not None and cue.relays_previous and last_attributed is not None:
                    _extend(last_attributed[1], cue, book)
                    cue = None
                    if not figures:
                        continue
                opened, opening = opening, None
                intro = cue is not None and not figures and introduces_quotation(sentence.text, cue)
                prior = sentences[index - 1].text if index else ""  # "Economists studied … They found that:"
                listing = list_intro(sentence.text, cue, intro, prior) if not figures else None
                opening = listing or (cue if intro else None)
                if opening is not None:  # the quotation or list that follows is the claim; the tag is none
                    last = index == len(sentences) - 1
                    block = block_after(opening, position, last, items=listing is not None)
                    continue
                cue = cue or block_cue(here, sentence.text, listed)
                owner = quote_owner(sentence.text) if cue is None and index > 0 else None
                if owner is not None and re.search(r"[”\"]\W*$", sentences[index - 1].text):
                    # "“…” Those were the words of Tom Reed.": whose the quotation before was.
                    cue = Cue((owner,), ClaimStatus.UNVERIFIED, (0, len(sentence.text.rstrip(" ."))))
                owned = owner is not None and cue is not None
                if cue is not None and index > 0 and not figures and (owned or tag_only(sentence.text, cue)):
                    # "“…” Deyal told this newspaper.": the tag of the quotation before, no claim of its own.
                    previous = drafts[-1] if drafts and drafts[-1].sentence is sentences[index - 1] else None
                    tagged = _draft(section_id, number, paragraph, sentence, cue, [], book)
                    before = sentences[index - 1]
                    if previous is None and tagged is not None and re.search(r"[”\"]\W*$", before.text):
                        previous = continued_quote(section_id, number, paragraph, before, tagged, [])
                        drafts.append(previous)
                    if not owned and tagged_by_name(all_cues[index - 1]):
                        previous = None  # "Orr said …. Ruiz said she agreed.": Orr's words stay his
                    if previous is not None and tagged is not None and tagged.chain:
                        previous.chain = list(tagged.chain)
                        last_attributed = (position, previous)
                    continue
                if cue is not None and cue.main_clause is not None:
                    # Figures in the main clause belong to the outlet's own report of the act.
                    start, end = cue.main_clause
                    own = [f for f in figures if start <= f.start and f.end <= end]
                    if own:
                        drafts.append(asserted(section_id, number, paragraph, sentence, (start, end), own))
                        figures = [f for f in figures if f not in own]
                run = runs[index]
                in_run = run is not None and index > 0 and runs[index - 1] == run
                if cue is None and run is not None and _tagged_later(runs, all_cues, index):
                    waiting.append((sentence, figures))
                    continue
                if (
                    cue is None
                    and OPEN_QUOTE.match(sentence.text)
                    and not in_run
                    and introducer is not None
                    and not is_question(sentence.text)
                    and not _UNREAD_TAG.search(sentence.text)
                ):
                    # "Bolger’s lawyer, Jeremy Robinson, had a statement. “It is …”": the person just named.
                    end = len(sentence.text.rstrip(" ."))
                    cue = Cue((Mention(introducer),), ClaimStatus.UNVERIFIED, (0, end))
                if cue is None and opened is not None and OPEN_QUOTE.match(sentence.text) and not in_run:
                    cue = replace(opened, content=(0, len(sentence.text.rstrip(" ."))), also=None)
                introducer = _introducer(sentence.text, subject, cue, book.met_by_surname(subject or ""))
                carried, pending = pending, pending and not re.search(r"[”\"]", sentence.text)
                if (
                    cue is None
                    and (OPEN_QUOTE.match(sentence.text) or in_run or carried)
                    and last_attributed is not None
                    # A question goes on with the speaker only in their own paragraph ("“…,” Lund said.
                    # “Why did nobody listen?”"); one that opens a paragraph may be the interviewer's.
                    and (not is_question(sentence.text) or last_attributed[0] == position)
                    and (
                        position - last_attributed[0] <= _QUOTE_CONTINUES_WITHIN
                        or (index == 0 and quiet_since(prose, last_attributed, position, book.proper_words))
                    )
                    # Inside a quotation only if someone owns its start: the quotation that opens in
                    # "… allowing the prisoner to speak: “…" is not the last speaker's.
                    and (not in_run or owned_opening(drafts, sentences[runs.index(run)], last_attributed[1]))
                ):
                    # A quotation with no tag goes on with the speaker just quoted.
                    draft: Draft | None = continued_quote(
                        section_id, number, paragraph, sentence, last_attributed[1], figures
                    )
                else:
                    draft = _draft(section_id, number, paragraph, sentence, cue, figures, book)
                if draft is None:
                    # The main claim is none ("the outlet's own editor said …"); a later clause's own
                    # speaker still speaks ("He vowed to keep trying, but the editor said …").
                    drafts += _other_speakers(section_id, number, paragraph, sentence, cue, cues[1:], book)
                    continue
                for held, held_figures in waiting if draft.chain else ():
                    # A question inside the quotation is the speaker's too ("“Why wait? We start now,” she
                    # said."): the tag later in the same quotation says whose it is.
                    drafts.append(continued_quote(section_id, number, paragraph, held, draft, held_figures))
                if draft.chain:
                    waiting = []
                drafts.append(draft)
                if draft.chain:
                    last_attributed = (position, draft)
                    drafts += nested(draft, sentence, book)
                for extra in cues[1:]:
                    # "… called it “a blank check” and said it would do nothing": same speakers, second claim.
                    start, end = extra.content
                    moved = [f for f in draft.figures if start <= f.start and f.end <= end]
                    draft.figures = [f for f in draft.figures if f not in moved]
                    second = asserted(section_id, number, paragraph, sentence, (start, end), moved)
                    second.chain, second.status = list(draft.chain), extra.status
                    if cue is not None and extra.speakers != cue.speakers:
                        # "…, but trust members said …": the later clause names its own speaker.
                        named = _draft(section_id, number, paragraph, sentence, extra, moved, book)
                        second.chain = named.chain if named is not None else []
                    drafts.append(second)
            for held, held_figures in waiting:
                # The tag never came: what the sentences count is still the outlet's.
                draft = _draft(section_id, number, paragraph, held, None, held_figures, book)
                if draft is not None:
                    drafts.append(draft)
            if answered is not None:
                drafts[first_of_paragraph:] = fold_into_answer(answered, drafts[first_of_paragraph:])
    # A closing quotation mark split off on its own ("… with that. ”") quotes no words.
    drafts = [d for d in open_quotations(article, drafts, splitter) if re.search(r"\w", d.quote_text)]
    if not reads_as_english(article):
        return with_language_note(finish_analysis(article, in_outlet_voice(drafts), book))
    return finish_analysis(article, drafts, book)


def _other_speakers(
    section_id: str,
    number: int,
    paragraph: str,
    sentence: Sentence,
    cue: Cue | None,
    extras: list[Cue],
    book: SourceBook,
) -> list[Draft]:
    """Drafts of the sentence's further cues that name speakers of their own."""
    named = [
        _draft(section_id, number, paragraph, sentence, extra, [], book)
        for extra in extras
        if cue is not None and extra.speakers != cue.speakers
    ]
    return [draft for draft in named if draft is not None and draft.chain]


def _left_open(paragraph: str) -> bool:
    """Whether a quotation opened in the paragraph is still open at its end."""
    if "“" in paragraph or "”" in paragraph:
        return paragraph.count("“") > paragraph.count("”")
    return paragraph.count('"') % 2 == 1


def _introducer(text: str, subject: str | None, cue: Cue | None, surname: bool) -> str | None:
    """The person a sentence without a quotation or tag opens on, who may speak in the next one."""
    viewpoint = _VIEWPOINT.match(text)  # "For Vera Lund, the answer is simple." then her quotation
    if viewpoint is not None and looks_like_person(viewpoint.group(1)):
        subject = viewpoint.group(1)
    if cue is None and (giver := statement_giver(text)) is not None:
        return giver  # "Later, I got an email reply from a company spokesperson." then the reply
    if cue is not None or subject is None or re.search(r"[“”\"]", text):
        return None
    return subject if looks_like_person(subject) or (surname and acted(text, subject)) else None


def _tagged_later(runs: list[int | None], cues: list[list[Cue]], index: int) -> bool:
    """Whether a later sentence of the same quotation carries a tag that names who speaks."""
    return any(
        runs[later] == runs[index] and any(not c.relays_previous for c in cues[later])
        for later in range(index + 1, len(runs))
    )


def _draft(
    section_id: str,
    number: int,
    paragraph: str,
    sentence: Sentence,
    cue: Cue | None,
    figures: list[FigureMention],
    book: SourceBook,
) -> Draft | None:
    chain: list[SourceEntry] = []
    if cue is not None:
        cue = known_pair(cue, book)
        chain = speaker_chain(cue, sentence.text, book)
        # The claimant is named last in the book, so "he"/"it" that follows means the claimant.
        if chain:
            start, end = cue.content
            book.learn(chain[0], sentence.text, sentence.text[start:end])
            learn_gender_after_tag(chain[0], sentence.text, cue.speakers[0].text)
            book.mentioned(chain[0])
    joint: list[SourceEntry] = []
    if chain and cue is not None:
        start, end = cue.content
        status = cue.status
        resolved = [book.resolve(m.text, m.role) for m in cue.joint]
        joint = [e for e in resolved if e is not None and e.root() not in [c.root() for c in chain]]
    elif figures:
        start, end = 0, len(sentence.text.rstrip(" ."))
        status = ClaimStatus.ASSERTED
    else:
        return None
    return Draft(
        section=section_id,
        paragraph=number,
        paragraph_text=paragraph,
        sentence=sentence,
        quote=(sentence.start + start, sentence.start + end),
        chain=chain,
        status=status,
        figures=figures,
        cue_text=sentence.text,
        joint=joint,
    )


def _answer_draft(
    section_id: str, number: int, paragraph: str, answer: Answer, book: SourceBook
) -> Draft | None:
    """The interviewee's claim: the whole answer, its label left out."""
    found = answer_cue(paragraph, answer)
    if found is None:
        return None
    sentence, cue = found
    draft = _draft(section_id, number, paragraph, sentence, cue, [], book)  # figures: fold_into_answer
    return draft if draft is not None and draft.chain else None


def _extend(draft: Draft, cue: Cue, book: SourceBook) -> None:
    for speaker in cue.speakers:
        entry = book.resolve(speaker.text, speaker.role)
        if entry is not None and entry.root() not in [e.root() for e in draft.chain]:
            draft.chain.append(entry)


def _common_words(article: Article) -> set[str]:
    """Words the article writes in lower case somewhere."""
    words: set[str] = set()
    for section in article.sections:
        for paragraph in section.paragraphs:
            words.update(re.findall(r"\b[a-z][a-z’'-]*", paragraph))
    return words


def _proper_words(article: Article) -> set[str]:
    """Words the article capitalises after a lower-case word: names, not sentence openers."""
    words: set[str] = set()
    for section in article.sections:
        for paragraph in section.paragraphs:
            words.update(re.findall(r"(?<=[a-z,”\"] )[A-Z][\w&’'-]*", paragraph))
    return {re.sub(r"[’']s$", "", w) for w in words}
