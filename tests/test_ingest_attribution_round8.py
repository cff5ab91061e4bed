"""Attribution forms of news writing in general (issue 11, round 8): rules stated as language, each
with invented sentences that show the form and look-alikes that must not be read as it.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection
from tui.model.ingest.sources import SourceBook

# ---------------------------------------------------------------- embedded posts


def test_an_embedded_post_belongs_to_the_name_on_its_credit_line() -> None:
    found = claims(
        "The ferry plan drew jeers online.",
        "Nobody asked for a ferry to nowhere. Fix the buses first https://t.co/AbC123",
        "— Wren Kolar 🌊 (@wrenkolar) March 3, 2024",
        "The council meets again on Monday.",
    )
    assert found == [
        ("Nobody asked for a ferry to nowhere.", ("Wren Kolar",)),
        ("Fix the buses first", ("Wren Kolar",)),
    ]


def test_a_post_reaches_above_a_bare_link_or_an_unclosed_line() -> None:
    found = claims(
        "Residents shared their views.",
        "The tide came in over the sea wall again tonight",
        "Second time this month pic.twitter.com/XyZ987",
        "— Harbour Watch (@harbourwatch) May 9, 2023",
    )
    assert [chain for _, chain in found] == [("Harbour Watch",), ("Harbour Watch",)]
    found = claims(
        "Residents shared their views.",
        "Walk the sea wall tonight and see for yourself.",
        "⬇️⬇️ https://t.co/Qw12",
        "— Harbour Watch (@harbourwatch) May 9, 2023",
    )
    assert found == [("Walk the sea wall tonight and see for yourself.", ("Harbour Watch",))]


def test_prose_above_a_post_stays_the_outlets() -> None:
    # A closed sentence of prose above the post is the article's own voice, and a dash line
    # without a handle credits nobody.
    found = claims(
        "Another resident wondered why the town bothered at all.",
        "This is the worst timetable yet pic.twitter.com/Ab12",
        "— Lee Park (@leepark) June 1, 2022",
    )
    assert found == [("This is the worst timetable yet", ("Lee Park",))]
    assert (
        claims(
            "The buses will run every ten minutes from June.",
            "— Lee Park, June 1, 2022",
        )
        == []
    )


# ---------------------------------------------------------------- "said, citing Y, that …"


def test_said_citing_a_source_then_that_claims_the_clause_for_the_cited_source() -> None:
    found = claims(
        "The minister said, citing figures from the statistics office, that exports fell by a third."
    )
    assert found == [("exports fell by a third", ("the statistics office", "the minister"))]
    found = claims("The agency reported, citing two officials, that the talks had stalled overnight.")
    assert found == [("the talks had stalled overnight", ("two officials", "the agency"))]
    # Citing nobody who can be a source leaves the speaker alone with the clause.
    found = claims("The minister said, citing his own notes, that the meeting never happened.")
    assert found == [("the meeting never happened", ("the minister",))]


# ---------------------------------------------------------------- a description never closed


def test_a_description_left_open_before_the_verb_still_names_the_speaker() -> None:
    found = claims(
        "“The river is rising fast,” Lina Moor, a researcher at the Institute for Water, Soil and Air "
        "told the Ledger."
    )
    assert found == [("“The river is rising fast,”", ("Lina Moor", "the Ledger"))]
    found = claims(
        "“The river is rising fast,” Lina Moor, a researcher at the Institute for Water told the Ledger."
    )
    assert found == [("“The river is rising fast,”", ("Lina Moor", "the Ledger"))]
    # A second subject after "and" is not a description of the speaker.
    found = claims("“The river is rising fast,” Lina Moor said, and the Water Board agreed.")
    assert found == [("“The river is rising fast,”", ("Lina Moor",))]


# ---------------------------------------------------------------- "told the magazine"


def test_told_the_magazine_points_back_to_the_outlet_named_before() -> None:
    found = claims(
        "Nadia Sorel, in an interview with Vogue, said she had never voted. "
        "She told the magazine she had no regrets about it."
    )
    assert found == [
        ("she had never voted", ("Nadia Sorel", "Vogue")),
        ("she had no regrets about it", ("Nadia Sorel", "Vogue")),
    ]
    # No outlet named before: the words are still hers, and "the paper" opens no source of its own.
    assert claims("Nadia Sorel told the paper that the plant would close.") == [
        ("the plant would close", ("Nadia Sorel",))
    ]


def test_the_website_as_the_claimant_stays_a_source() -> None:
    found = claims("According to the website, the bar opened in the spring of last year.")
    assert found == [("the bar opened in the spring of last year", ("the website",))]


# ---------------------------------------------------------------- two speakers, one verb


def backed(*paragraphs: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(quote, chain, sources that back it beside the chain) for every attributed claim."""
    analysis = analyze(Article(ArticleMeta(title="A title"), (ArticleSection("", paragraphs),)))
    names = {s.id: s.name for s in analysis.sources}
    return [
        (c.quote, tuple(names[i] for i in c.attribution), tuple(names[i] for i in c.corroborated_by))
        for c in analysis.claims
        if c.attribution
    ]


def test_two_people_joined_by_and_both_say_it() -> None:
    found = backed("Oona Brisk and Teodor Lane said the bridge was unsafe.")
    assert found == [("the bridge was unsafe", ("Oona Brisk",), ("Teodor Lane",))]
    found = backed("“The water is rising,” Brisk and her team wrote in the paper.")
    assert found == [("“The water is rising,”", ("Brisk",), ("her team",))]


def test_a_company_named_with_and_stays_one_speaker() -> None:
    found = backed("Marsh and Pickett said sales rose in the spring quarter.")
    assert [(chain, also) for _, chain, also in found] == [(("Marsh and Pickett",), ())]
    found = backed("The Board and its staff said the water was rising.")
    assert [also for _, _, also in found] == [()]


# ---------------------------------------------------------------- "…, X wrote in the paper, which …"


def test_a_relative_clause_about_the_paper_is_not_the_claim() -> None:
    found = claims(
        "The ice is thinning faster than thought, Lund wrote in the new paper, which was published today."
    )
    assert found == [("The ice is thinning faster than thought", ("Lund",))]
    found = claims("Lund wrote in the paper, which was published today, that the ice is thinning fast.")
    assert found == [("the ice is thinning fast", ("Lund",))]
    # A relative clause inside the reported clause stays part of it.
    found = claims("Lund said the report, which was published today, was wrong about the ice.")
    assert found == [("the report, which was published today, was wrong about the ice", ("Lund",))]


# ---------------------------------------------------------------- "X cited a study showing …"


def test_a_cited_finding_is_its_authors_passed_on_by_the_speaker() -> None:
    found = claims("Hale cited a survey by the Ferry Trust that found most riders wanted earlier boats.")
    assert found == [("most riders wanted earlier boats", ("Ferry Trust", "Hale"))]
    found = claims(
        "The report cited data from the port authority showing that cargo volumes fell by a fifth."
    )
    assert found == [("cargo volumes fell by a fifth", ("the port authority", "the report"))]
    found = claims("Hale cited her own survey showing that most riders wanted earlier boats.")
    assert found == [("most riders wanted earlier boats", ("Hale",))]
    found = claims("Hale cited the backlash as proof that the campaign was working.")
    assert found == [("the campaign was working", ("Hale",))]


def test_citing_a_study_without_its_finding_is_no_claim() -> None:
    assert claims("Hale cited a survey of riders in his speech on Monday.") == []
    assert claims("Hale cited a study from last spring as her main source.") == []


# ---------------------------------------------------------------- documents and participles


def test_a_poll_released_on_a_day_is_named_without_the_participle() -> None:
    found = claims("A Gallup poll released Tuesday shows that most voters back the plan.")
    assert found == [("most voters back the plan", ("A Gallup poll",))]


def test_a_report_released_by_someone_that_found_something_is_a_new_claim() -> None:
    found = claims("The report released Tuesday by the port authority found that cargo fell sharply.")
    assert found == [("cargo fell sharply", ("the port authority",))]
    # Without a finding of its own it still points back to the claim before.
    found = claims(
        "Officials said the pier would close. The claim, reported by the Ledger, could not be checked."
    )
    assert found == [("the pier would close", ("officials", "the Ledger"))]


def test_writing_that_after_a_tag_is_a_second_statement_writing_off_is_not() -> None:
    found = claims("“The vote was rigged,” Voss said, writing that the board had lied.")
    assert found == [("“The vote was rigged,”", ("Voss",)), ("the board had lied", ("Voss",))]
    found = claims("“The vote was rigged,” Voss said, writing off the board as a lost cause.")
    assert found == [("“The vote was rigged,”", ("Voss",))]


def test_a_participle_that_says_something_only_with_that() -> None:
    found = claims("Hale confessed to the theft in an interview, admitting that he had taken the van.")
    assert found == [("he had taken the van", ("Hale",))]
    found = claims("Hale ran the numbers again, pointing out that the budget was short.")
    assert found == [("the budget was short", ("Hale",))]
    assert claims("Hale spent the summer maintaining the roads, writing a book about the valley.") == []
    assert claims("Hale spent the summer at home, stressing the importance of rest.") == []


def test_after_someone_said_a_long_subject_before_its_verb() -> None:
    found = claims(
        "This comes after police said the protesters inside the old town hall on the main square "
        "had no choice."
    )
    assert found == [
        ("the protesters inside the old town hall on the main square had no choice", ("police",))
    ]
    assert claims("This comes after police said goodbye to the last of the protesters in the square.") == []


def test_a_possessive_role_before_a_full_name_names_the_person() -> None:
    text = "Layoffs will be announced this week, said the Ledger Company’s newly named chair Dana Ruiz."
    analysis = analyze(Article(ArticleMeta(title="A title"), (ArticleSection("", (text,)),)))
    assert [(s.name, s.description) for s in analysis.sources] == [
        ("Dana Ruiz", "the Ledger Company’s newly named chair")
    ]
    # A role with no name after it is the body speaking through them, as before.
    found = claims("The Ledger’s spokesman said layoffs would come in the spring.")
    assert found == [("layoffs would come in the spring", ("The Ledger",))]


def test_a_role_ending_in_a_preposition_is_not_split_before_a_name() -> None:
    book = SourceBook()
    # "to Britain" goes with the role: no person called "Britain Ama Rell".
    entry = book.resolve("Norland’s ambassador to Britain Ama Rell")
    assert entry is not None and entry.name != "Britain Ama Rell"
    entry = book.resolve("Norland’s new envoy Ama Rell")
    assert entry is not None and (entry.name, entry.description) == ("Ama Rell", "Norland’s new envoy")


def test_polls_and_pollsters_can_say_what_they_found() -> None:
    assert claims("Recent polls show most voters back the plan.") == [
        ("most voters back the plan", ("recent polls",))
    ]
    assert claims("Pollsters say the race is too close to call.") == [
        ("the race is too close to call", ("pollsters",))
    ]
    assert claims("The polls close at eight o'clock tonight.") == []


def test_posted_on_a_platform_then_a_participle_is_the_posters_claim() -> None:
    found = claims("Then, last week, Mara Voss posted on Twitter accusing the board of silencing her.")
    assert found == [("accusing the board of silencing her", ("Mara Voss",))]
    found = claims("Mara Voss posted on Instagram on Sunday claiming that the board had lied.")
    assert found == [("the board had lied", ("Mara Voss",))]
    assert claims("Mara Voss posted on Instagram showing her new kitchen.") == []


def test_an_opening_text_phrase_without_its_comma_still_finds_the_speaker() -> None:
    found = claims("In a statement on Monday the ministry said the border would reopen soon.")
    assert found == [("the border would reopen soon", ("the ministry",))]
    found = claims("In an interview last week Mara Voss said the border would reopen soon.")
    assert found == [("the border would reopen soon", ("Mara Voss",))]
    # A room is no text: the officers said nothing there.
    assert claims("In the interview room the officers said nothing at all.") == []


def test_a_closing_quotation_mark_on_its_own_is_no_claim() -> None:
    found = claims(
        "“The line is slow,” said Ana Lund, a rider. “The buses are late. And nobody tells us why. ”"
    )
    assert [quote for quote, _ in found] == [
        "“The line is slow,”",
        "The buses are late",
        "And nobody tells us why",
    ]
