"""Round kinds26: business titles, parties and campaigns, agencies by name, a first name alone.

Every name, body and place here is invented.
"""

from __future__ import annotations

from tui.model.format.records import SourceKind
from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection
from tui.model.ingest.kinds import classify


def kinds_of(*paragraphs: str) -> dict[str, SourceKind]:
    analysis = analyze(Article(ArticleMeta(title="Depot plans"), (ArticleSection("", paragraphs),)))
    return {source.name: source.kind for source in analysis.sources}


def test_a_business_title_with_its_body_is_the_body_s_not_a_state_s() -> None:
    # "president" alone is a head of state's; "vice president of … for Tarvolex" is a company's.
    assert classify("Lena Marsh", "vice president of depot planning for Tarvolex")[0] is SourceKind.COMPANY
    assert classify("Orrin Tade", "president and chief operating officer of Quellby")[0] is SourceKind.COMPANY
    assert classify("Orrin Tade", "Kelvane President")[0] is SourceKind.COMPANY
    # The body's own rule decides when it has one; a country keeps the head of state.
    assert classify("Ida Pell", "the president of the Brindle Growers Association")[0] is SourceKind.NGO
    assert classify("Ida Pell", "French President")[0] is SourceKind.GOVERNMENT
    assert classify("Ida Pell", "former President")[0] is SourceKind.GOVERNMENT
    kinds = kinds_of(
        "“The depot will open in May,” said Lena Marsh, a vice president of planning at Tarvolex."
    )
    assert kinds == {"Lena Marsh": SourceKind.COMPANY}


def test_a_party_its_committee_and_a_campaign_are_political() -> None:
    assert classify("Rolf Danner", "the chairman of the Weston Republican Party")[0] is SourceKind.GOVERNMENT
    assert classify("Rolf Danner", "Liberty National Committee Chairman")[0] is SourceKind.GOVERNMENT
    assert classify("Danner's campaign")[0] is SourceKind.GOVERNMENT
    assert classify("Democrats")[0] is SourceKind.GOVERNMENT
    # A company's chairman stays the company's.
    assert classify("Rolf Danner", "chairman of Quellby Foods")[0] is SourceKind.COMPANY


def test_agencies_named_by_name_or_acronym_are_government() -> None:
    assert classify("NASA")[0] is SourceKind.GOVERNMENT
    assert classify("Hal Brisco", "Federal Reserve Chairman")[0] is SourceKind.GOVERNMENT
    assert classify("U.S. Attorney Mara Quill")[0] is SourceKind.GOVERNMENT
    assert classify("Hal Brisco", "the acting associate administrator at NASA")[0] is SourceKind.GOVERNMENT
    # The agency's scientists are still experts: the acronym rule comes after the expert rule.
    assert classify("NASA’s scientists")[0] is SourceKind.EXPERT


def test_a_known_first_name_alone_is_a_person_not_a_firm() -> None:
    assert classify("Walter") == (SourceKind.PERSON, True)
    assert classify("Velmora")[0] is SourceKind.COMPANY  # no first name: still a guess at a body


def test_an_acronym_s_president_is_left_to_the_kind_rules() -> None:
    # "Brenco President" is a firm's; "BPUC President" may be a commission's or a union's.
    assert classify("Ada Moll", "BPUC President")[0] is SourceKind.GOVERNMENT
    assert classify("Ada Moll", "BPUC CEO")[0] is SourceKind.COMPANY


def test_a_cabinet_secretary_is_government() -> None:
    assert classify("Orla Venn", "Defense Secretary")[0] is SourceKind.GOVERNMENT
    assert classify("Orla Venn", "Foreign Secretary")[0] is SourceKind.GOVERNMENT
    # A union's general secretary stays the union's.
    assert classify("Orla Venn", "general secretary of the dockers' union")[0] is SourceKind.NGO


def test_an_abbreviated_military_rank_is_military() -> None:
    assert classify("Piet Garrow", "Lt. Col.")[0] is SourceKind.MILITARY
    assert classify("Lt Col Piet Garrow")[0] is SourceKind.MILITARY
    assert classify("Piet Garrow", "Lt.")[0] is SourceKind.PERSON  # a lieutenant may be police


def test_a_name_whose_head_is_a_paper_is_a_document() -> None:
    assert classify("court records")[0] is SourceKind.DOCUMENT
    assert classify("court papers obtained by the Brenton Gazette")[0] is SourceKind.DOCUMENT
    assert classify("the affidavit")[0] is SourceKind.DOCUMENT
    assert classify("a multiple-claimant lawsuit")[0] is SourceKind.DOCUMENT
    # A capitalised head is a name for the other rules: a record label stays a company.
    assert classify("Velvet Kiln Records")[0] is SourceKind.COMPANY
    assert classify("the court")[0] is SourceKind.GOVERNMENT


def test_a_report_study_or_research_named_by_its_head_is_a_document() -> None:
    assert classify("a new Harwell Company report")[0] is SourceKind.DOCUMENT
    assert classify("a growing body of research")[0] is SourceKind.DOCUMENT
    assert classify("research on tidal erosion")[0] is SourceKind.DOCUMENT
    # An outlet's or a wire's report is its reporting: the rules keep the publisher.
    assert classify("a Reuters report")[0] is SourceKind.WIRE
    assert classify("the authors of the research")[0] is not SourceKind.DOCUMENT  # the head is "authors"
