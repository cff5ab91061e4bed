"""The seed's briefing is faithful to the scraped article, character for character."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.model.format.loader import load_briefing
from tui.model.format.records import Briefing, ClaimKind, ClaimStatus
from tui.model.format.sourcing import Sourcing, SourcingWarning

REPO = Path(__file__).resolve().parents[1]
SEED = REPO / "seeds" / "000_584a956c93e6e3ce.txt"
BRIEFING = REPO / "briefings" / "north-korea-russia-alliance.toml"

# Site furniture that is not part of the article.
BOILERPLATE = ("Others are reading now", "Also read", "Share the article", "Homepage World", "Did you find")
TITLE = "Kim Jong Un Makes Wild Claim: North Korean Troops Are the Reason Europe Is Peaceful"
DEK = "They called the partnership with Moscow “the cream of interstate relations.”"
CREDIT = "Kremlin.ru, CC BY 4.0, via Wikimedia Commons"


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return load_briefing(BRIEFING)


def seed_lines() -> list[str]:
    return [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


def seed_body() -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) read from the seed alone, without the briefing.

    The article starts after the second dek (the one under "Others are reading
    now"); headings are the lines that do not end a sentence.
    """
    lines = seed_lines()
    start = len(lines) - lines[::-1].index(DEK)
    body = [line for line in lines[start:] if not line.startswith(BOILERPLATE)]
    sections: list[tuple[str, list[str]]] = []
    for line in body:
        if line.endswith((".", ".”")):
            sections[-1][1].append(line)
        else:
            sections.append((line, []))
    return sections


def all_strings(briefing: Briefing) -> list[str]:
    meta = briefing.meta
    strings = [meta.title, meta.dek, meta.outlet, meta.category, meta.url, meta.image_credit]
    strings += [*meta.authors, *meta.tags, *briefing.editor_notes]
    for source in briefing.sources:
        strings += [source.name, source.description]
    for section in briefing.sections:
        strings += [section.heading, *section.paragraphs]
    for claim in briefing.claims:
        strings += [claim.text, claim.quote, claim.note]
    for figure in briefing.figures:
        strings += [figure.display, figure.label, figure.unit, figure.period, figure.note]
    return strings


def test_seed_reading_is_sane() -> None:
    sections = seed_body()
    assert len(sections) == 7
    assert all(len(paragraphs) == 3 for _, paragraphs in sections)


def test_metadata_is_the_articles(briefing: Briefing) -> None:
    lines = seed_lines()
    meta = briefing.meta
    assert meta.id == "north-korea-russia-alliance"
    assert meta.title == TITLE and TITLE in lines
    assert meta.dek == DEK and DEK in lines
    assert meta.image_credit == CREDIT and CREDIT in lines
    assert meta.category == "World" and lines[0].startswith("Homepage World ")
    assert meta.language == "en"
    # The page names no outlet, author, date or URL: none may be invented.
    assert (meta.outlet, meta.url, meta.authors, meta.published) == ("", "", (), None)
    assert briefing.format == 2


def test_seven_sections_with_the_seed_headings(briefing: Briefing) -> None:
    assert len(briefing.sections) == 7
    seed = seed_lines()
    for section in briefing.sections:
        assert section.heading in seed
    assert [s.heading for s in briefing.sections] == [heading for heading, _ in seed_body()]


def test_every_paragraph_verbatim_and_nothing_else(briefing: Briefing) -> None:
    ours = [(s.heading, list(s.paragraphs)) for s in briefing.sections]
    assert ours == seed_body()
    seed = set(seed_lines())
    for section in briefing.sections:
        for paragraph in section.paragraphs:
            assert paragraph in seed


def test_no_boilerplate_anywhere(briefing: Briefing) -> None:
    for text in all_strings(briefing):
        for furniture in BOILERPLATE:
            assert furniture not in text
    headings_and_paragraphs = [s.heading for s in briefing.sections]
    headings_and_paragraphs += [p for s in briefing.sections for p in s.paragraphs]
    assert TITLE not in headings_and_paragraphs
    assert DEK not in headings_and_paragraphs


def test_typographic_characters_kept(briefing: Briefing) -> None:
    text = "\n".join(p for s in briefing.sections for p in s.paragraphs)
    assert "Pyongyang’s" in text and "“illegal”" in text
    assert "'" not in text and '"' not in text


def test_four_key_figures(briefing: Briefing) -> None:
    figures = {(f.display, f.claim): f for f in briefing.figures}
    sourcing = Sourcing(briefing)
    killed = figures["around 600", "troop-casualties"]
    assert killed.value == 600 and killed.approximate and killed.unit == "soldiers"
    injured = figures["thousands", "troop-casualties"]
    assert injured.value == 1000 and injured.approximate
    nations = figures["11", "coalition-condemned"]
    assert nations.value == 11 and nations.unit == "nations"
    # `period` is the time a figure covers; the coalition's founding date is not one.
    assert nations.period == ""
    rounds = figures["nine million", "nine-million-rounds"]
    assert rounds.value == 9_000_000 and rounds.period == "since the start of 2024"
    assert len(briefing.figures) == 4
    # Each figure's display is written in the paragraph of its claim.
    for figure in briefing.figures:
        claim = sourcing.claims[figure.claim]
        paragraph = sourcing.sections[claim.section].paragraphs[claim.paragraph - 1]
        assert figure.display in paragraph


def test_casualty_chain(briefing: Briefing) -> None:
    claim = Sourcing(briefing).claims["troop-casualties"]
    assert claim.attribution == ("sk-intelligence", "sk-lawmaker")
    assert claim.status is ClaimStatus.UNVERIFIED
    assert (claim.section, claim.paragraph) == ("casualties", 2)


def test_peace_chain(briefing: Briefing) -> None:
    sourcing = Sourcing(briefing)
    claim = sourcing.claims["peace-and-stability"]
    assert claim.attribution == ("nk-foreign-ministry", "afp", "agerpres")
    assert claim.status is ClaimStatus.ALLEGED
    # AFP and Agerpres only relay the ministry, a party to the story.
    assert SourcingWarning.PARTY_ONLY in sourcing.warnings(claim)
    assert SourcingWarning.SINGLE_SOURCE in sourcing.warnings(claim)


def test_every_quote_is_in_its_paragraph(briefing: Briefing) -> None:
    sections = {s.id: s for s in briefing.sections}
    for claim in briefing.claims:
        assert claim.quote in sections[claim.section].paragraphs[claim.paragraph - 1], claim.id


def test_every_paragraph_has_a_claim(briefing: Briefing) -> None:
    covered = {(c.section, c.paragraph) for c in briefing.claims}
    for section in briefing.sections:
        for number in range(1, len(section.paragraphs) + 1):
            assert (section.id, number) in covered, (section.id, number)


def test_attributed_wording_is_not_asserted(briefing: Briefing) -> None:
    for claim in briefing.claims:
        if claim.status is ClaimStatus.ASSERTED:
            assert claim.attribution == (), claim.id
        else:
            assert claim.attribution, claim.id


def test_only_north_korean_bodies_are_parties(briefing: Briefing) -> None:
    assert [s.id for s in briefing.sources if s.party] == ["nk-foreign-ministry"]


OPINIONS = {
    "brutal-costs",
    "steep-human-price",
    "international-concern",
    "cream-of-relations",
    "global-power-ambition",
    "broader-vision",
    "echoes-russian-rhetoric",
    "rearmament-effort",
    "strategic-barter",
    "defiance-of-norms",
}


def test_characterisations_are_opinion_and_get_no_warning(briefing: Briefing) -> None:
    sourcing = Sourcing(briefing)
    assert {c.id for c in briefing.claims if c.kind is ClaimKind.OPINION} == OPINIONS
    assert [c.id for c in briefing.claims if c.kind is ClaimKind.PREDICTION] == ["multipolar-order"]
    for claim_id in OPINIONS:
        assert sourcing.warnings(sourcing.claims[claim_id]) == []
    # What stays unsourced is checkable: the outlet's own factual statements.
    unsourced = [c.id for c in briefing.claims if SourcingWarning.UNSOURCED in sourcing.warnings(c)]
    assert unsourced == [
        "direct-involvement",
        "international-condemnation",
        "coalition-condemned",
        "coalition-formed",
        "russian-flagged-vessels",
        "transfers-unconfirmed",
    ]


def test_headings_rest_on_claims_of_their_own_or_the_next_section(briefing: Briefing) -> None:
    rests = {s.id: s.rests_on for s in briefing.sections}
    assert rests["casualties"] == ("troop-casualties",)
    assert rests["artillery"] == ("nine-million-rounds",)
    assert rests["weapons-back"] == ("air-defence-in-return",)
    assert all(rests.values())
    notes = " ".join(briefing.editor_notes)
    assert "“advanced” is nowhere in the body" in notes
    for loaded in ("“Wild Claim”", "“lofty rhetoric”", "“bloody reality”", "“war machine”", "“Dreams Of”"):
        assert loaded in notes


def test_corrections_a_careful_editor_made(briefing: Briefing) -> None:
    sourcing = Sourcing(briefing)
    claims = sourcing.claims
    # The article says the claims *suggest* a barter, not that the transfers happened.
    barter = claims["strategic-barter"]
    assert barter.text.startswith("The watchdog group’s claims suggest")
    assert "not that the transfers happened" in barter.note
    assert "evidence the article gives later is attributed" in claims["direct-involvement"].note
    assert "editor’s inference" in claims["peace-and-stability"].note
    assert "true respect for sovereignty" in claims["multipolar-order"].text
    assert claims["rearmament-effort"].text.startswith("The shipments")
    sources = sourcing.sources
    assert "editor’s knowledge" in sources["afp"].description
    assert "editor’s knowledge" in sources["agerpres"].description
    ministry = sources["nk-foreign-ministry"].description
    assert "“an official statement" in ministry and "“the same Foreign Ministry spokesperson”" in ministry
    notes = briefing.editor_notes
    assert any("author, publication date or URL" in note for note in notes)
    assert any(note.startswith("South Korea, the source of the casualty figures") for note in notes)


def test_every_quoted_phrase_in_notes_is_the_articles(briefing: Briefing) -> None:
    """A phrase in “…” in a note or description claims to be the article's words."""
    article = SEED.read_text(encoding="utf-8").replace("“", "").replace("”", "").casefold()
    written = [
        *briefing.editor_notes,
        *(s.description for s in briefing.sources),
        *(s.name for s in briefing.sources),
    ]
    written += [c.note for c in briefing.claims] + [f.note for f in briefing.figures]
    quoted = [phrase for text in written for phrase in re.findall(r"“([^“”]+)”", text)]
    assert len(quoted) > 20
    for phrase in quoted:
        assert phrase.casefold() in article, phrase
