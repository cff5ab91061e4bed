"""Attribution recall (round 21, dev 28a): a quotation split by a tag that says where or when, an
"according to" aside right after "is", a question inside a tagged quotation, a statement handed over
before it is quoted, a post's caption, a report's quoted title, plural descriptions, "professed" and
"demonstrated" that-clauses. Every sentence here is invented.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.ingest.attribution import find_cues
from tui.model.ingest.posted_quotes import posted_quote
from tui.model.ingest.statement_intros import statement_giver


def _cue_text(sentence: str) -> list[tuple[str, str]]:
    return [(c.speakers[0].text, sentence[c.content[0] : c.content[1]]) for c in find_cues(sentence)]


# ---------------------------------------------------------------- a split quotation's tag


def test_a_split_tag_with_had_and_where_it_was_said_runs_the_claim_on() -> None:
    sentence = (
        "“We are about to open the plant,” Mara Quill had announced on a radio show before the vote, "
        "“but the town has not been told.”"
    )
    [(speaker, quote)] = _cue_text(sentence)
    assert speaker == "Mara Quill"
    assert quote.endswith("has not been told.”")


def test_a_split_tag_with_wrote_runs_the_claim_on() -> None:
    sentence = "“I have been wrong before,” they wrote, “and I will be wrong again.”"
    assert _cue_text(sentence)[0][1] == sentence


def test_a_tag_then_the_outlets_own_clause_is_not_run_on() -> None:
    sentence = "“We lost,” Ada Roe said on Monday, as the storm approached."
    assert _cue_text(sentence)[0][1] == "“We lost,”"


# ---------------------------------------------------------------- "is, according to X, …"


def test_according_to_after_is_gives_the_quotation_that_completes_the_clause() -> None:
    sentence = 'The new bridge is, according to city engineer Tom Vale, "the safest crossing in the region."'
    assert _cue_text(sentence) == [("city engineer Tom Vale", '"the safest crossing in the region."')]


def test_according_to_after_were_without_a_quotation_gives_the_whole_clause() -> None:
    sentence = "Prices were, according to the bank, rising faster than wages."
    assert _cue_text(sentence) == [("the bank", sentence.rstrip("."))]


def test_according_to_between_subject_and_verb_is_unchanged() -> None:
    sentence = 'The plan, according to Mayor Ida Holm, is "a first step toward cleaner air."'
    assert _cue_text(sentence)[0] == ("Mayor Ida Holm", sentence.rstrip("."))


# ---------------------------------------------------------------- questions inside a tagged quotation


def test_a_question_inside_a_quotation_tagged_later_is_the_speakers() -> None:
    found = claims(
        "Author Lina Osei said she reads crime novels.",
        "\"With prices so high, why can't we have a cheap treat? I don't apologise for it,\" she said.",
    )
    quotes = [quote for quote, _chain in found]
    assert "With prices so high, why can't we have a cheap treat?" in quotes
    assert all(chain == ("Lina Osei",) for _quote, chain in found)


def test_an_interviewers_question_in_its_own_paragraph_still_claims_nothing() -> None:
    found = claims("“Was the plan ever costed?”", "“It was,” Tam Roe said.")
    assert found == [("“It was,”", ("Tam Roe",))]


# ---------------------------------------------------------------- a statement handed over, then quoted


def test_an_email_reply_from_someone_is_the_quotation_below() -> None:
    found = claims(
        "I asked whether users could switch it off. Later, I got an email reply from an Acme representative.",
        '"The new panel gives you quick access to tools. Using it does not mean you lose the old menu."',
    )
    assert [chain for _quote, chain in found] == [("Acme",), ("Acme",)]


def test_a_body_that_issued_a_statement_speaks_the_quotation_below() -> None:
    found = claims(
        "The ministry issued a statement on Friday.", "“We regret the delay and will pay in full.”"
    )
    assert [chain for _quote, chain in found] == [("the ministry",)]


def test_statement_giver_reads_only_a_giver() -> None:
    assert statement_giver("Harbour Freight sent a short response.") == "Harbour Freight"
    assert statement_giver("Later, I got a reply from the council.") == "the council"
    assert statement_giver("I sent a statement to the council.") is None
    assert statement_giver("The council issued a fine to the owner.") is None
    assert statement_giver("The council said it would reply.") is None


# ---------------------------------------------------------------- a post's caption


def test_a_posted_caption_is_the_posters() -> None:
    found = claims(
        "Dana Orr, a nurse from Leeds, joined the army in 2021.",
        "The following month she posted asking for help: “Need a loan, about to lose the flat.”",
        "In May, Dana Orr posted a photo with the caption “Off to camp, see you all soon”.",
        "Months later, Dana Orr seemed thrilled, sharing a clip of a jet and giving it a heading that said: "
        "“This is the best job ever.”",
    )
    assert [chain for _quote, chain in found] == [("Dana Orr",)] * 3


def test_a_posted_video_title_is_no_claim() -> None:
    assert posted_quote("Dana Orr posted a video titled “My Year at Sea”.") is None


def test_a_time_opener_is_no_speaker_before_a_colon() -> None:
    assert _cue_text("Months later, Dana Orr was blunt: “This is the worst job ever.”")[0][0] == "Dana Orr"


# ---------------------------------------------------------------- a report's quoted title


def test_a_reports_quoted_title_is_part_of_its_name() -> None:
    found = claims(
        "According to data released by the Roads Safety Bureau (RSB), the county has led for years.",
        "The RSB’s “Roads in Numbers 2024” report shows that Kent has had the most crashes in five years.",
    )
    assert found[1] == ("Kent has had the most crashes in five years", ("Roads Safety Bureau",))


def test_another_named_report_is_another_source() -> None:
    found = claims(
        "The Power Access Report, 2016 Kelo Coast report indicates solar is the second source of light.",
        "While the 2012 Population and Housing Census report indicates that Varo has a population of "
        "864,652, prices rose.",
    )
    assert found[1][1] == ("the 2012 Population and Housing Census report",)


# ---------------------------------------------------------------- plural descriptions


def test_the_authors_are_not_the_one_author_named_before() -> None:
    found = claims(
        "Moderator and author Kira Belmont asked why the genre was mocked.",
        'The authors concurred that it was a "quiet" genre.',
    )
    assert found == [('it was a "quiet" genre', ("the authors",))]


def test_the_economist_is_still_the_economist_named_before() -> None:
    found = claims(
        "Kira Belmont, the bank's chief economist, spoke first.", "The economist said rates would rise."
    )
    assert found == [("rates would rise", ("Kira Belmont",))]


# ---------------------------------------------------------------- profess, demonstrate


def test_professed_and_demonstrated_report_a_that_clause() -> None:
    assert _cue_text("Tom Hale professed that he would never sign.") == [("Tom Hale", "he would never sign")]
    assert _cue_text(
        "Over three seasons, the two engineers demonstrated that the soil held water longer."
    ) == [("the two engineers", "the soil held water longer")]


def test_demonstrated_without_a_that_clause_is_an_act() -> None:
    assert _cue_text("Protesters demonstrated outside the embassy on Sunday.") == []
    assert _cue_text("The pilots demonstrated the new landing system to reporters.") == []
