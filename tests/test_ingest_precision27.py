"""Round prec27: what a reviewer sees wrong in drafts of real pages.

Every name, body, place and number here is invented.
"""

from __future__ import annotations

from tui.model.format.records import SourceKind
from tui.model.ingest import dek
from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection
from tui.model.ingest.figures import find_figures
from tui.model.ingest.kinds import classify


def kinds_of(*paragraphs: str) -> dict[str, SourceKind]:
    analysis = analyze(Article(ArticleMeta(title="Quarter results"), (ArticleSection("", paragraphs),)))
    return {source.name: source.kind for source in analysis.sources}


def test_a_name_written_with_a_firm_s_shares_or_board_is_a_company() -> None:
    # A lone name the pronoun after it would make a person, and two capitalised words read as a name.
    kinds = kinds_of(
        "Vollmark shares fell 4 percent on Tuesday.",
        "Vollmark said the plant would close in May. “It was a hard call,” he said.",
    )
    assert kinds["Vollmark"] is SourceKind.COMPANY
    kinds = kinds_of(
        "Shares of hardware chain Brisk Harrow dropped before the bell.",
        "Brisk Harrow said it expects sales to grow 2 percent next year.",
    )
    assert kinds["Brisk Harrow"] is SourceKind.COMPANY
    kinds = kinds_of(
        "The plant belongs to Quenby Marsh Inc., a maker of pumps.",
        "Quenby Marsh said the plant would close in May.",
    )
    assert kinds["Quenby Marsh"] is SourceKind.COMPANY
    kinds = kinds_of(
        "Tarnley’s board met on Monday.", "Tarnley said the plant would close. “We had no choice,” she said."
    )
    assert kinds["Tarnley"] is SourceKind.COMPANY


def test_a_person_s_shares_do_not_make_them_a_company() -> None:
    kinds = kinds_of(
        "Oskar Brunvik’s shares rose after the sale.",
        "“I sold nothing,” Oskar Brunvik said.",
    )
    assert kinds["Oskar Brunvik"] is SourceKind.PERSON


def test_number_words_inside_a_name_are_no_figure() -> None:
    # Number words capitalised one after another inside a sentence, or a quoted name: names.
    assert find_figures("She backed programs in the town, including Nine Forty, a seed fund for farms.") == []
    assert find_figures("Fans called the trio the “Four Winds” for years.") == []
    assert find_figures("The cabin stands by the “Seven Pines” on Lake Orrel.") == []
    # At a sentence's start, or opening a quotation, a capitalised number word still counts.
    assert find_figures("Nine Forty people came.")[0].value == 49
    assert find_figures("She said, “Two Velmarans were hurt.”")[0].value == 2


_BODY = (
    "The Orrel mill will shut in June, its owners said on Monday, after forty years of making paper "
    "for the valley's printers. Workers were told at a meeting that the plant no longer pays. " * 3
)
_DESCRIPTION = "The Orrel paper mill will shut in June after forty years, its owners said."


def _settled_dek(lead: str, description: str, shown: bool = False) -> str:
    meta = ArticleMeta(title="Orrel mill to shut", dek=description)
    sections = (ArticleSection("", (_BODY,)),)
    settled, _sections = dek.settle(
        meta, sections, lead=lead, description=description, description_shown=shown, standfirsts={lead}
    )
    return settled.dek


def test_a_site_notice_is_no_dek_and_the_description_stays() -> None:
    # A rights notice or a call to watch the site, set where a standfirst goes, does not replace the
    # page's description.
    notice = "This story may not be published or redistributed. ©2031 Kestrel Media. All rights reserved."
    assert _settled_dek(notice, _DESCRIPTION) == _DESCRIPTION
    call = "Watch Kestrel News anytime, anywhere with our digital network. Stream it live on your phone."
    assert _settled_dek(call, _DESCRIPTION) == _DESCRIPTION
    # A notice that is the only candidate leaves the dek empty.
    assert _settled_dek("", "Visit the post for more.") == ""


def test_a_share_text_before_the_description_is_dropped() -> None:
    shared = f"Read 'Orrel mill to shut' on Kestrel News! {_DESCRIPTION}"
    assert _settled_dek("", shared) == _DESCRIPTION


def test_a_share_of_a_people_is_no_company() -> None:
    # A share of a people is a group of people, not a firm the article fails to describe.
    assert classify("a majority of Velmarans") == (SourceKind.PERSON, True)
    assert classify("an overwhelming 70 percent of Orrelians") == (SourceKind.PERSON, True)


def test_a_name_keeps_the_full_stop_of_its_abbreviation() -> None:
    # "the U.S." and "Jr." keep their full stop; a middle initial does not end the name.
    names = kinds_of(
        "Still, the U.S. sees the treaty as a trap for Velmara as it strives to isolate Orrel.",
        "Ortho Brand Jr., 61, said the town had waited too long. “We are tired,” Brand said.",
    )
    assert "U.S." in names and "U.S" not in names
    assert "Ortho Brand Jr." in names
    names = kinds_of(
        "The harbour is not what billionaire Teodor K. Vasse had hoped for.",
        "The billionaire said the port would need 12 more cranes.",
    )
    assert "Teodor K. Vasse" in names


def test_a_description_s_html_is_not_shown() -> None:
    # A "Read More" link after the description's words, inline tags around some of them.
    linked = f'{_DESCRIPTION} <a class="more-link" href="https://example.org/orrel-mill/">Read More</a>'
    assert _settled_dek("", linked) == _DESCRIPTION
    tagged = "The Orrel paper mill will shut in June. <i>Ada Pell looks back on forty years.</i>"
    assert (
        _settled_dek("", tagged)
        == "The Orrel paper mill will shut in June. Ada Pell looks back on forty years."
    )


def test_an_authority_and_ministries_are_government() -> None:
    assert classify("Orrel Prosecution Authority")[0] is SourceKind.GOVERNMENT
    assert classify("the Tarn health authority")[0] is SourceKind.GOVERNMENT
    assert classify("Velmaran and Orrelian defence ministries")[0] is SourceKind.GOVERNMENT
    # "an authority on" a subject is someone who knows it.
    assert classify("Ada Moll", "a leading authority on glaciers")[0] is not SourceKind.GOVERNMENT
