"""An article not in English: no claim says whose words it is (the rules read English reporting), its
figures stand in claims of the outlet's own voice, and an editor's note says so. Invented text."""

from __future__ import annotations

from tui.model.format.records import ClaimStatus
from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection
from tui.model.ingest.languages import NOT_ENGLISH_NOTE, reads_as_english

# Without the language check the English rules made "Mit Sorge", "Zum Vergleich" and "Mit Entsetzen"
# the speakers of these quotations.
_GERMAN = (
    "Mit Sorge blicken die Händler in Kelsdorf auf das kommende Jahr. “Die Lage ist angespannt, und die "
    "Kunden kaufen weniger”, sagte Verbandschef Jonas Weil am Montag.",
    "Zum Vergleich: Im vergangenen Jahr schlossen 42 Geschäfte in der Region, in diesem Jahr sind es "
    "bereits 57. Der Verband zählt 9.000 Mitglieder.",
    "“Wir brauchen endlich Entlastung.” Das muss in die Köpfe. “Sonst kommt die Wirtschaft nicht in "
    "Schwung”, sagte Weil.",
    "Mit Entsetzen reagierte der Verband auf die Zahlen. “Wir sind tief erschüttert”, sagte die "
    "Vorsitzende Anna Roth.",
)
_ITALIAN = (
    "Il sindaco di Valmora ha annunciato ieri un piano da 12 milioni di euro per le strade della città. "
    "«Non possiamo più aspettare», ha detto durante la conferenza stampa in municipio.",
    "Secondo i tecnici del comune, i lavori dureranno circa due anni e coinvolgeranno quasi tutti i "
    "quartieri, compreso il centro storico, dove le strade sono più strette e antiche.",
)
_ENGLISH = (
    "Shopkeepers in Kelsdorf fear the coming year. “Customers are buying less,” said Jonas Weil, who "
    "heads the traders' association.",
    "Last year 42 shops closed in the region, and 57 have closed this year so far, the association said. "
    "The town council will discuss new aid in the spring.",
)


def _article(*paragraphs: str) -> Article:
    return Article(ArticleMeta(title="Titel"), (ArticleSection("", paragraphs),))


def test_german_and_italian_do_not_read_as_english() -> None:
    assert not reads_as_english(_article(*_GERMAN))
    assert not reads_as_english(_article(*_ITALIAN))


def test_english_reads_as_english_and_too_little_text_is_read() -> None:
    assert reads_as_english(_article(*_ENGLISH))
    assert reads_as_english(_article("Zum Vergleich: 42 Geschäfte."))  # too short to tell


def test_a_page_not_in_english_drafts_no_speakers_and_keeps_its_figures() -> None:
    analysis = analyze(_article(*_GERMAN))
    assert analysis.sources == ()
    assert all(not claim.attribution and claim.status is ClaimStatus.ASSERTED for claim in analysis.claims)
    assert {(figure.display, figure.value) for figure in analysis.figures} >= {
        ("42", 42),
        ("57", 57),
        ("9.000", 9000),  # a dot groups thousands
    }
    claim_ids = {claim.id for claim in analysis.claims}
    assert all(figure.claim in claim_ids for figure in analysis.figures)
    assert NOT_ENGLISH_NOTE in analysis.editor_notes


def test_an_english_page_keeps_its_speakers_and_has_no_language_note() -> None:
    analysis = analyze(_article(*_ENGLISH))
    assert any(claim.attribution for claim in analysis.claims)
    assert NOT_ENGLISH_NOTE not in analysis.editor_notes
