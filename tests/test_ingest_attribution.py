"""Each attribution cue ingest reads, the chains it builds and the statuses it gives."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.model.format.records import ClaimKind, ClaimStatus, ReviewState
from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Analysis, Article, ArticleMeta, ArticleSection


def article(*paragraphs: str, heading: str = "", title: str = "A title") -> Article:
    return Article(ArticleMeta(title=title), (ArticleSection(heading, paragraphs),))


def claims(*paragraphs: str) -> list[tuple[str, tuple[str, ...], ClaimStatus]]:
    """(quote, chain of source names, status) for every claim, in order."""
    analysis = analyze(article(*paragraphs))
    names = {s.id: s.name for s in analysis.sources}
    return [(c.quote, tuple(names[i] for i in c.attribution), c.status) for c in analysis.claims]


def only(*paragraphs: str) -> tuple[str, tuple[str, ...], ClaimStatus]:
    found = claims(*paragraphs)
    assert len(found) == 1, found
    return found[0]


def test_according_to_at_the_start_quotes_what_follows() -> None:
    quote, chain, status = only(
        "According to the health ministry, the outbreak has spread to four districts."
    )
    assert quote == "the outbreak has spread to four districts"
    assert chain == ("the health ministry",)
    assert status is ClaimStatus.UNVERIFIED


def test_according_to_at_the_end_quotes_what_precedes() -> None:
    quote, chain, _status = only("The outbreak has spread to four districts, according to Reuters.")
    assert quote == "The outbreak has spread to four districts"
    assert chain == ("Reuters",)


@pytest.mark.parametrize(
    ("verb", "status"),
    [
        ("said", ClaimStatus.UNVERIFIED),
        ("says", ClaimStatus.UNVERIFIED),
        ("added", ClaimStatus.UNVERIFIED),
        ("reported", ClaimStatus.UNVERIFIED),
        ("estimated", ClaimStatus.UNVERIFIED),
        ("announced", ClaimStatus.UNVERIFIED),
        ("warned", ClaimStatus.UNVERIFIED),
        ("claimed", ClaimStatus.ALLEGED),
        ("alleged", ClaimStatus.ALLEGED),
        ("denied", ClaimStatus.DENIED),
        ("confirmed", ClaimStatus.CONFIRMED),
        ("disputed", ClaimStatus.DISPUTED),
    ],
)
def test_speaker_then_speech_verb(verb: str, status: ClaimStatus) -> None:
    quote, chain, found_status = only(
        f"The Interior Ministry {verb} that the border crossing had been closed."
    )
    assert quote == "the border crossing had been closed"
    assert chain == ("Interior Ministry",)
    assert found_status is status


def test_tag_after_the_statement() -> None:
    quote, chain, _status = only("The dam will open in May, the energy ministry said on Tuesday.")
    assert quote == "The dam will open in May"
    assert chain == ("the energy ministry",)


def test_speaker_with_a_who_clause() -> None:
    quote, chain, _status = only(
        "Maria Lopez, who has led the union since 2019, said the strike would continue."
    )
    assert quote == "the strike would continue"
    assert chain == ("Maria Lopez",)


def test_speaker_with_an_appositive_role_gives_the_kind() -> None:
    analysis = analyze(article("John Smith, a professor of economics at Yale, said prices would rise."))
    (source,) = analysis.sources
    assert source.name == "John Smith"
    assert source.kind.value == "expert"
    assert "professor" in source.description


def test_quotation_with_the_speaker_after() -> None:
    quote, chain, _status = only("“We will not back down,” said Anna Berg, the party’s leader.")
    assert quote == "“We will not back down,”"
    assert chain == ("Anna Berg",)


def test_quotation_with_the_speaker_after_then_the_verb() -> None:
    quote, chain, _status = only("“We will not back down,” Anna Berg told reporters on Monday.")
    assert quote == "“We will not back down,”"
    assert chain == ("Anna Berg",)


def test_quotation_with_the_speaker_before() -> None:
    quote, chain, _status = only("Anna Berg said: “We will not back down.”")
    assert quote == "“We will not back down.”"
    assert chain == ("Anna Berg",)


def test_reported_by_and_cited_by_extend_the_previous_claim() -> None:
    found = claims(
        "North Korea said the alliance was meant to keep the peace.",
        "The claim, reported by AFP and cited by Agerpres, drew criticism.",
    )
    assert [c[1] for c in found] == [("North Korea", "AFP", "Agerpres")]


def test_shared_by_makes_the_sharer_the_relay() -> None:
    found = claims(
        "According to South Korean intelligence, around 600 soldiers have been killed.",
        "These figures were shared by a South Korean lawmaker and add to the toll.",
    )
    assert found[0][1] == ("South Korean intelligence", "a South Korean lawmaker")
    assert len(found) == 1


def test_told_a_news_outlet_relays_the_speaker() -> None:
    _quote, chain, _status = only("A rebel commander told Reuters that his fighters had withdrawn.")
    assert chain == ("a rebel commander", "Reuters")


def test_told_reporters_is_not_a_relay() -> None:
    _quote, chain, _status = only("The mayor told reporters that the bridge was safe.")
    assert chain == ("the mayor",)


def test_citing_puts_the_cited_source_first() -> None:
    _quote, chain, _status = only(
        "Troops have left the town, state news agency KCNA reported on Friday, citing a military official."
    )
    assert chain == ("a military official", "KCNA")


def test_quoted_by_between_commas_is_a_relay() -> None:
    quote, chain, _status = only(
        "The foreign ministry, quoted by the newspaper Daily Courier, said it was “cautiously optimistic.”"
    )
    assert chain == ("the foreign ministry", "Daily Courier")
    assert "cautiously optimistic" in quote


def test_participle_takes_the_sentence_subject() -> None:
    quote, chain, status = only("North Korea defended the pact by claiming it would ensure peace in Asia.")
    assert quote == "it would ensure peace in Asia"
    assert chain == ("North Korea",)
    assert status is ClaimStatus.ALLEGED


def test_calling_it_is_alleged_and_the_act_stays_asserted_with_its_figure() -> None:
    found = claims("A coalition of 11 nations has condemned the deal, calling it “illegal”.")
    assert found[0][2] is ClaimStatus.ASSERTED and "11 nations" in found[0][0]
    assert found[1][1] == ("a coalition of 11 nations",)
    assert found[1][2] is ClaimStatus.ALLEGED


def test_a_speech_verb_inside_a_quotation_is_not_a_tag() -> None:
    quote, chain, _status = only("“He said he would come back,” Maria Lopez said.")
    assert chain == ("Maria Lopez",)
    assert quote == "“He said he would come back,”"


def test_agreed_to_is_an_act_not_a_statement() -> None:
    assert claims("Rebel forces agreed to a ceasefire on Tuesday.") == []


def test_a_plain_sentence_without_figures_is_not_a_claim() -> None:
    assert claims("The talks resumed in Geneva.") == []


def test_a_sentence_with_a_figure_in_the_outlets_voice_is_asserted() -> None:
    quote, chain, status = only("The plant employs 1,800 people.")
    assert quote == "The plant employs 1,800 people"
    assert chain == ()
    assert status is ClaimStatus.ASSERTED


def test_every_claim_is_a_draft_with_a_kind() -> None:
    analysis = analyze(
        article(
            "The minister said prices will rise next year.",
            "The opposition leader said the policy was a disgrace.",
            "Officials said 40 people were hurt.",
        )
    )
    assert {c.review for c in analysis.claims} == {ReviewState.DRAFT}
    assert [c.kind for c in analysis.claims] == [ClaimKind.PREDICTION, ClaimKind.OPINION, ClaimKind.FACTUAL]


def test_an_untagged_quotation_continues_the_previous_speaker() -> None:
    found = claims("“We need a corridor,” said Grace Mbeki. “Not three days.”")
    assert [c[1] for c in found] == [("Grace Mbeki",), ("Grace Mbeki",)]


def test_figures_belong_to_the_claim_of_their_sentence() -> None:
    analysis = analyze(
        article("Officials said about 40 people were hurt and 3 killed.", "The bridge opened in 1990.")
    )
    (claim,) = analysis.claims
    assert [(f.display, f.claim) for f in analysis.figures] == [("about 40", claim.id), ("3", claim.id)]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=200).filter(lambda t: t.strip()), min_size=1, max_size=4))
def test_any_text_gives_quotes_that_are_in_their_paragraph(paragraphs: list[str]) -> None:
    text = tuple(paragraphs)
    analysis: Analysis = analyze(article(*text))
    claim_ids = {c.id for c in analysis.claims}
    source_ids = {s.id for s in analysis.sources}
    for claim in analysis.claims:
        assert claim.quote and claim.quote in text[claim.paragraph - 1]
        assert set(claim.attribution) <= source_ids
    assert all(f.claim in claim_ids for f in analysis.figures)


# Words the attribution rules key on, with the punctuation between them: sentences made of these reach
# the rules' corners (an empty speaker after ", advises “" raised IndexError) where arbitrary text does not.
_RULE_TEXT = (
    "the of and to a in said says told urged pleaded with for as unveiled advises protested ruled out touted "
    "praised apologised raised alarm reporting are is has have been Ministry Trade Energy Dr. Ana Ruiz State "
    "Department who did not according AFP posted wrote officers he she they concluded that found revealed "
    "March (CDC) US however noted by phone via email Arguing adding: 30-600 $0.23/W five-year"
)
RULE_WORDS = [*_RULE_TEXT.split(" "), ",", ",", ";", ":", "“", "”", '"', "'", "—", "."]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(RULE_WORDS), min_size=1, max_size=60), min_size=1, max_size=3))
def test_sentences_of_rule_words_give_quotes_that_are_in_their_paragraph(paragraphs: list[list[str]]) -> None:
    text = tuple(" ".join(words) for words in paragraphs)
    analysis = analyze(article(*text))
    source_ids = {s.id for s in analysis.sources}
    for claim in analysis.claims:
        assert claim.quote and claim.quote in text[claim.paragraph - 1]
        assert set(claim.attribution) <= source_ids


@pytest.mark.parametrize("text", [", advises “", "The plan, said “", "Rates rose, says ”."])
def test_a_tag_before_a_lone_quotation_mark_names_no_empty_speaker(text: str) -> None:
    analysis = analyze(article(text))
    assert all(source.name.strip() for source in analysis.sources)


def test_passive_speech_has_no_speaker() -> None:
    assert claims("It was reported that the talks had failed.") == []


def test_a_possessive_statement_speaks_for_its_owner() -> None:
    _quote, chain, _status = only("The ministry's statement said the border would reopen on Monday.")
    assert chain == ("the ministry",)


def test_quoted_by_as_saying_puts_the_speaker_first() -> None:
    quote, chain, _status = only("Kim was quoted by KCNA as saying the country would expand its arsenal.")
    assert chain == ("Kim", "KCNA")
    assert quote == "the country would expand its arsenal"


def test_two_speech_verbs_in_one_sentence_make_two_claims() -> None:
    found = claims(
        "Senator Joan Whitfield called the bill “a blank check” and said it would do nothing to stop them."
    )
    assert [(q, c) for q, c, _s in found] == [
        ("“a blank check”", ("Joan Whitfield",)),
        ("it would do nothing to stop them", ("Joan Whitfield",)),
    ]


def test_a_spokesperson_of_a_body_speaks_for_the_body() -> None:
    found = claims(
        "Varex Technologies said revenue rose sharply.",
        "A company spokeswoman said in an email that Varex “complies with all applicable laws.”",
    )
    assert found[1][1] == ("Varex Technologies",)


def test_mid_sentence_tag_closes_the_clause_before_it() -> None:
    quote, chain, _status = only(
        "North Korea fired a missile on Thursday, South Korea's Joint Chiefs of Staff said, the third in May."
    )
    assert quote == "North Korea fired a missile on Thursday"
    assert chain == ("South Korea's Joint Chiefs of Staff",)


def test_dateline_is_not_part_of_the_claim() -> None:
    quote, _chain, _status = only("KINSALA, June 12 (AFP) - Rebels agreed to a truce, state media reported.")
    assert quote == "Rebels agreed to a truce"


def test_a_rejection_with_saying_makes_the_act_and_the_words_two_claims() -> None:
    found = claims("China's delegation rejected that demand, saying rich countries bore responsibility.")
    assert [(q, s) for q, _c, s in found] == [
        ("China's delegation rejected that demand", ClaimStatus.DISPUTED),
        ("rich countries bore responsibility", ClaimStatus.UNVERIFIED),
    ]
    assert {c for _q, c, _s in found} == {("China's delegation",)}


def test_the_subject_of_a_relative_clause_speaks() -> None:
    found = claims(
        "The draft proposed $250 billion, a figure the African Group of Negotiators called “an insult.”"
    )
    assert found[-1][1] == ("African Group of Negotiators",)


def test_a_described_station_is_a_relay_and_the_quote_before_a_described_speaker_is_the_claim() -> None:
    quote, chain, _status = only(
        "“He was not a robber,” his sister, Dana Ellis, told local television station KRVT."
    )
    assert quote == "“He was not a robber,”"
    assert chain == ("Dana Ellis", "KRVT")


def test_the_club_said() -> None:
    _quote, chain, _status = only("Moreira will undergo a medical on Thursday, the club said.")
    assert chain == ("the club",)
