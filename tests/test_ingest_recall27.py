"""Attribution recall on ordinary news pages (issue 11, session 16, recall27): wire copy and national
and regional papers. Every sentence here is invented; each new reading sits next to one the same rule
must leave alone.
"""

from __future__ import annotations

from attribution_helpers import claims

# ------------------------------------- "according to X" between a clause's subject and its verb


def test_according_to_between_subject_and_verb_gives_the_whole_clause() -> None:
    found = claims(
        "Tuesday's river level, according to the Harlow Basin Authority, reached 6.2 metres above "
        "the weir at Emberton.",
    )
    assert found == [
        (
            "Tuesday's river level, according to the Harlow Basin Authority, reached 6.2 metres above "
            "the weir at Emberton",
            ("Harlow Basin Authority",),
        )
    ]


def test_according_to_before_a_new_clause_or_after_an_opening_phrase_is_read_as_before() -> None:
    found = dict(
        claims(
            "Ticket sales fell, according to the Orvane Theatre Trust, and the bar closed early.",
            "In March, according to the Orvane Theatre Trust, ticket sales rose by a third.",
        )
    )
    assert found["Ticket sales fell"] == ("Orvane Theatre Trust",)
    assert found["ticket sales rose by a third"] == ("Orvane Theatre Trust",)


# ------------------------------- "X, in a statement issued on behalf of Y, said": a text sent out


def test_a_statement_issued_or_posted_between_speaker_and_verb_keeps_the_speaker() -> None:
    found = dict(
        claims(
            "Ada Lund, in a letter posted on the Kelmer trust's website on Friday, said the ferry would "
            "stop in May.",
            "Board chair Idris Moyo, in a statement issued on behalf of the Kelmer trust, said Lund's "
            "“patience saved the crossing.”",
        )
    )
    assert found["the ferry would stop in May"] == ("Ada Lund",)
    assert found["Lund's “patience saved the crossing.”"] == ("Idris Moyo",)


def test_an_interview_with_an_outlet_between_speaker_and_verb_is_read_as_before() -> None:
    found = dict(claims("Ada Lund, in a phone interview with the Kelmer Courier, said the ferry would stop."))
    assert found["the ferry would stop"] == ("Ada Lund",)


# ------------------------------------------- a quotation split by its tag is one quoted sentence


def test_a_quotation_split_by_its_tag_runs_on_to_its_second_part() -> None:
    found = claims(
        "“The Kelmer ferry is safe,” Ada Lund said on Monday, “and it will sail again in May.”",
        "“Our nets were empty,” said Omar Teague, “so we sold the boat.”",
        "“The tide was late,” she said of the crossing, “but nobody was hurt.”",
    )
    assert found == [
        (
            "“The Kelmer ferry is safe,” Ada Lund said on Monday, “and it will sail again in May.”",
            ("Ada Lund",),
        ),
        ("“Our nets were empty,” said Omar Teague, “so we sold the boat.”", ("Omar Teague",)),
        ("“The tide was late,” she said of the crossing, “but nobody was hurt.”", ("Ada Lund",)),
    ]


def test_a_clause_after_the_tag_without_quotation_marks_stays_a_second_claim() -> None:
    found = claims("The plan is “a good start,” Ada Lund said, but more money is needed for the Kelmer pier.")
    assert found == [
        ("“a good start,”", ("Ada Lund",)),
        ("more money is needed for the Kelmer pier", ("Ada Lund",)),
    ]


# ------------------------------------- a censure with its reason: "assailed X as …", "condemned X for …"


def test_assailed_or_condemned_with_a_reason_is_the_speakers_censure() -> None:
    found = dict(
        claims(
            "Mayor Ines Vallo assailed the harbour board as a “club of absent landlords.”",
            "Councillor Omar Teague condemned the board for ignoring the flood warnings at Kelmer.",
        )
    )
    assert found["assailed the harbour board as a “club of absent landlords.”"] == ("Ines Vallo",)
    assert found["condemned the board for ignoring the flood warnings at Kelmer"] == ("Omar Teague",)


def test_a_sentence_or_an_assault_is_no_censure() -> None:
    found = claims(
        "The court condemned Teague to ten years for the Kelmer robbery.",
        "Rebels assailed the hill fort for three days.",
    )
    assert found == []


# ---------------------------- a speaker with an appositive inside a report: "As X reported, Y, a …, told"


def test_a_described_speaker_inside_a_report_is_the_claimant_and_the_reporter_relays() -> None:
    found = claims(
        "As the Kelmer Courier reported, Ines Vallo, the harbour board's treasurer, told investors that "
        "the pier would be sold in May.",
        "But according to Holm, Omar Teague, a doctor at Lindby Hospital, wrote in a blog post that the "
        "ward had closed on Friday.",
    )
    assert found == [
        ("the pier would be sold in May", ("Ines Vallo", "the Kelmer Courier")),
        ("the ward had closed on Friday", ("Omar Teague", "Holm")),
    ]


# ----------------------------- "One estimate …", "The report and …": a noun after its determiner


def test_an_estimate_or_report_after_a_determiner_is_a_noun_and_the_tag_speaks() -> None:
    found = claims(
        "One estimate put the loss at a third of the Kelmer fleet, said Omar Teague, head of the "
        "boatmen's guild.",
        "The report and the mayor's letter come as the harbour board weighs a pier sale.",
    )
    assert found == [("One estimate put the loss at a third of the Kelmer fleet", ("Omar Teague",))]


def test_a_speaker_who_reports_or_estimates_is_still_read() -> None:
    found = claims("Ada Lund estimates the loss at 40 boats, and the guild reports that prices fell.")
    assert found[0][1] == ("Ada Lund",)


# ------------------------- "While …, <clause>, X said.": the tag at the end is no main clause alone


def test_a_concessive_sentence_closed_by_a_tag_gives_its_clause_not_the_tag() -> None:
    found = claims(
        "While the cause is unknown, the fire started in the Kelmer bakery's kitchen, fire chief Ana Lund "
        "said.",
        "While officials often say that ferries are safe, there is a risk in winter storms, says pilot "
        "Omar Teague.",
    )
    assert found == [
        ("While the cause is unknown, the fire started in the Kelmer bakery's kitchen", ("Ana Lund",)),
        ("ferries are safe", ("officials",)),
        ("there is a risk in winter storms", ("Omar Teague",)),
    ]


def test_a_concessive_sentence_whose_main_clause_opens_on_its_speaker_is_read_as_before() -> None:
    found = claims("Although the guild disputed it, Ada Lund told the council the pier was unsafe.")
    assert ("the pier was unsafe", ("Ada Lund",)) in found


# ------------------- a that-less clause whose subject carries its name in commas: "declared his X, Y, would"


def test_declared_with_a_named_subject_in_commas_is_a_clause_of_speech() -> None:
    found = claims(
        "Mayor Ines Vallo declared her deputy, Omar Teague, would run the Kelmer harbour board from May."
    )
    assert found == [
        ("her deputy, Omar Teague, would run the Kelmer harbour board from May", ("Ines Vallo",))
    ]


def test_a_question_about_someone_named_in_commas_is_no_clause_of_speech() -> None:
    found = claims("Ada Lund asked Teague about worries his deputy, Omar Vance, might have had.")
    assert found == []
