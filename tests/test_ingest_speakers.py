"""Who speaks in real reporting: quotations over several sentences, pronouns by gender, listeners, parties."""

from __future__ import annotations

from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Analysis, Article, ArticleMeta, ArticleSection
from tui.model.ingest.figures import find_figures
from tui.model.ingest.quotes import quote_runs


def analysis_of(*paragraphs: str, title: str = "A title") -> Analysis:
    return analyze(Article(ArticleMeta(title=title), (ArticleSection("", paragraphs),)))


def chains(*paragraphs: str, title: str = "A title") -> list[tuple[str, tuple[str, ...]]]:
    """(quote, chain of source names) for every attributed claim, in order."""
    analysis = analysis_of(*paragraphs, title=title)
    names = {s.id: s.name for s in analysis.sources}
    return [(c.quote, tuple(names[i] for i in c.attribution)) for c in analysis.claims if c.attribution]


def test_a_quotation_over_three_sentences_is_all_the_tagged_speakers() -> None:
    found = chains(
        '"Because our country is so far back now. So Joe Biden worked for eight years with Barack Obama. '
        'We need somebody who can hit the ground running," Bernice Scott said.'
    )
    assert [chain for _quote, chain in found] == [("Bernice Scott",)] * 3
    assert found[0][0].startswith("Because our country")


def test_a_closing_straight_quote_ends_a_quotation_opened_before() -> None:
    found = chains('"We still have more time. I need to know," Renada Chisholm said.')
    assert found[-1] == ("I need to know", ("Renada Chisholm",))


def test_quote_runs_group_the_sentences_of_one_quotation() -> None:
    runs = quote_runs(["“It was late.", "We left.", "Then,” she said.", "Nothing else.", "“One.” Two."])
    assert runs == [1, 1, 1, None, None]


def test_asked_clause_is_not_the_statement_the_quotation_after_said_is() -> None:
    found = chains(
        'Asked why he settled on Sanders, Alex Blocker said, "He is a candidate who has fought for the '
        'civil rights movement."'
    )
    assert found == [('"He is a candidate who has fought for the civil rights movement."', ("Alex Blocker",))]


def test_an_untagged_quoted_question_is_not_a_claim() -> None:
    found = chains('"No, not really," Bernice Scott said.', '"Are you worried about your candidate?"')
    assert [quote for quote, _chain in found] == ['"No, not really,"']


def test_she_means_the_woman_who_spoke_not_the_man_who_spoke_last() -> None:
    found = chains(
        "Meghan said she felt unprotected by the palace.",
        "Harry said that he did not broach the topic with his family.",
        "She added that she raised those issues with the palace.",
    )
    assert found[-1] == ("she raised those issues with the palace", ("Meghan",))


def test_a_speaker_who_says_I_is_a_person() -> None:
    analysis = analysis_of('"I went to the institution and asked for help," Meghan said.')
    assert [(s.name, s.kind.value) for s in analysis.sources] == [("Meghan", "person")]


def test_a_person_told_something_listens_and_passes_nothing_on() -> None:
    found = chains(
        "Meghan spoke to Oprah Winfrey on Sunday.",
        "The duchess said she had reached out to a friend.",
        "Meghan told Winfrey that she was scared.",
    )
    assert found[-1] == ("she was scared", ("Meghan",))


def test_a_wire_told_something_still_relays_it() -> None:
    found = chains("A rebel spokesman told AFP that the group had accepted a pause.")
    assert found == [("the group had accepted a pause", ("a rebel spokesman", "AFP"))]


def test_told_someone_about_something_is_an_act_not_a_statement() -> None:
    found = chains(
        'She told Harry about the ordeal because "I did not want to be alive anymore," Meghan said.'
    )
    assert [chain for _quote, chain in found] == [("Meghan",)]


def test_mr_and_a_surname_are_one_name() -> None:
    found = chains("Saturday’s peak demand, according to Mr. Marcus, reached 44,947 megawatts.")
    assert found[0][1] == ("Mr. Marcus",)


def test_a_courtroom_role_between_commas_is_the_speakers_role() -> None:
    found = chains('James Townsend, prosecuting, said: "It is obvious what effect the death has had."')
    assert found[0][1] == ("James Townsend",)


def test_a_tag_inside_the_clause_attributes_the_whole_clause() -> None:
    found = chains(
        "Usman Hasib said he runs the salon.",
        "Hasib talked through his camera, which, he said, scared the man off.",
    )
    assert found[-1] == (
        "Hasib talked through his camera, which, he said, scared the man off",
        ("Usman Hasib",),
    )


def test_a_government_of_the_country_a_story_is_about_is_a_party() -> None:
    analysis = analysis_of(
        "In a statement, the North Korean Foreign Ministry claimed the alliance protects peace.",
        "South Korean intelligence said troops had been killed.",
        title="North Korean Troops Are the Reason Europe Is Peaceful",
    )
    parties = {s.name: s.party for s in analysis.sources}
    assert parties == {"North Korean Foreign Ministry": True, "South Korean intelligence": False}


def test_a_body_that_speaks_of_itself_is_a_party() -> None:
    analysis = analysis_of(
        "The grid operator Calgrid said it acted after three plants shut down.",
        "Analysts at Ember said the cuts were avoidable.",
    )
    assert {s.name: s.party for s in analysis.sources} == {"Calgrid": True, "Analysts at Ember": False}


def test_the_watchdog_group_is_the_coalition_named_before() -> None:
    found = chains(
        "A coalition of 11 nations has condemned the transfers, calling them “illegal”.",
        "The watchdog group reported that nine million rounds have been delivered since January.",
    )
    assert {chain for _quote, chain in found} == {("a coalition of 11 nations",)}


def test_ages_are_not_counts() -> None:
    for sentence in (
        "Malnutrition kills children under five in the region.",
        "People over 65 must stay home.",
        "He is a five-year-old boy.",
    ):
        assert find_figures(sentence) == [], sentence
    assert [(f.display, f.label) for f in find_figures("Some 40% of children under five are stunted.")] == [
        ("Some 40%", "children under five")
    ]


def test_a_hyphenated_count_takes_its_noun_as_unit() -> None:
    found = find_figures("The two-hour special, a 50-second clip and a 20-mile line.")
    assert [(f.display, f.value, f.unit) for f in found] == [
        ("two", 2, "hours"),
        ("50", 50, "seconds"),
        ("20-mile", 20, "miles"),
    ]


def test_a_telephone_number_is_no_figure() -> None:
    assert find_figures("In the US, call the Lifeline at 1-800-273-8255.") == []


def test_they_means_the_people_the_sentence_before_names() -> None:
    found = chains(
        "The blackouts left some of the state’s energy experts bewildered.",
        "They said that the utilities had plenty of power available.",
    )
    assert found == [("the utilities had plenty of power available", ("some of the state’s energy experts",))]


def test_an_infinitive_is_no_statement() -> None:
    assert chains("The man in red shorts led employees to believe his girlfriend was on the way.") == []


def test_what_a_court_heard_someone_do_is_not_their_statement() -> None:
    found = chains('The court previously heard Hartley admit to "forgetting" to secure the boiler.')
    assert all("heard" not in name for _quote, chain in found for name in chain)


def test_adding_that_after_a_tagged_quotation_is_a_second_claim() -> None:
    found = chains(
        '"I logged into our camera system," Usman Hasib said, adding that he was scared for his employees.'
    )
    assert found == [
        ('"I logged into our camera system,"', ("Usman Hasib",)),
        ("he was scared for his employees", ("Usman Hasib",)),
    ]


def test_a_title_full_stop_ends_no_sentence() -> None:
    found = chains("“Many will focus on the history of this,” Gov. Inslee said.")
    assert found == [("“Many will focus on the history of this,”", ("Gov. Inslee",))]


def test_she_replied_after_a_man_spoke_is_the_woman_the_article_calls_she() -> None:
    found = chains(
        "Raquel Montoya-Lewis was born in Spain. She attended law school in Washington.",
        "“The most important thing is that I not be the last,” Raquel Montoya-Lewis said.",
        "“She is the best person for the job,” Governor Jay Inslee said.",
        "“The biggest hurdle is bias,” she replied.",
    )
    assert found[-1] == ("“The biggest hurdle is bias,”", ("Raquel Montoya-Lewis",))


def test_he_told_sets_a_speakers_gender() -> None:
    found = chains(
        "Sergio Pedemonte is a trainer.",
        '"Vitamins help," he told The List.',
        "Lina Velikova is an immunologist.",
        '"Antioxidants help," she explained.',
    )
    assert found[-1][1] == ("Lina Velikova",)


def test_as_noted_by_names_the_source() -> None:
    found = chains("Our bodies require a variety of vitamins, as noted by Harvard Medical School.")
    assert found[0][1] == ("Harvard Medical School",)


def test_said_of_something_then_a_quotation() -> None:
    found = chains("As Montoya-Lewis herself said of the building: “These steps were not built for me.”")
    assert found == [("“These steps were not built for me.”", ("Montoya-Lewis",))]


def test_a_closing_curly_quote_ends_a_quotation_opened_before() -> None:
    found = chains(
        "“I was raised to remember. My ancestors survived,” Montoya-Lewis said after the ceremony."
    )
    assert [chain for _quote, chain in found] == [("Montoya-Lewis",)] * 2
    assert found[-1][0] == "My ancestors survived"


def test_verbs_of_hope_and_fear_report_a_that_clause_or_tag_a_quotation() -> None:
    assert chains("Police feared that the toll would rise.") == [("the toll would rise", ("police",))]
    assert chains("The court ruled that the law was void.") == [("the law was void", ("the court",))]
    assert chains("The trust hoped to finish the line by June.") == []
    found = chains("Sara Lund is a comedian.", "“It is over,” she joked.")
    assert found == [("“It is over,”", ("Sara Lund",))]


def test_a_capitalised_verb_is_part_of_a_name() -> None:
    assert chains("She won the 1988 Eurovision Song Contest with “Ne partez pas sans moi.”") == []


def test_she_means_the_subject_the_article_gives_her() -> None:
    found = chains(
        "And Dion seemed to adopt a more mature tone after the birth of her son.",
        "“Becoming a mother makes you a grown-up,” she told VH1 in 2002.",
    )
    assert found == [("“Becoming a mother makes you a grown-up,”", ("Dion", "VH1"))]


def test_after_someone_said_a_clause_is_still_their_claim() -> None:
    found = chains("The business acted after the owner said a man entered one of their salons.")
    assert found == [("a man entered one of their salons", ("the owner",))]
    assert chains("The crowd cheered when the coach announced the lineup.") == []


def test_a_newspaper_with_an_article_in_its_name_is_no_person() -> None:
    found = chains(
        "“We are fully mobilized,” said Laurence des Cars, the director, in an interview with Le Figaro."
    )
    assert found == [("“We are fully mobilized,”", ("Laurence des Cars", "Le Figaro"))]
