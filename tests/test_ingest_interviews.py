"""Interviews, Q&As and transcripts (issue 11, session 15, interview25): an answer has no speech tag, the
page's structure says who speaks. Every page here is invented; each reading sits next to look-alike
furniture ("Note:", "Price:", a police log, a team's line) that must stay no one's words.
"""

from __future__ import annotations

from tui.model.ingest.analyze import analyze
from tui.model.ingest.article import Article, ArticleMeta, ArticleSection
from tui.model.ingest.interviews import interview_answers


def _article(
    *sections: tuple[str, list[str]], title: str = "A title", dek: str = "", outlet: str = ""
) -> Article:
    meta = ArticleMeta(title=title, dek=dek, outlet=outlet)
    return Article(
        meta, tuple(ArticleSection(heading, tuple(paragraphs)) for heading, paragraphs in sections)
    )


def _claims(article: Article) -> list[tuple[str, tuple[str, ...]]]:
    analysis = analyze(article)
    names = {s.id: s.name for s in analysis.sources}
    return [(c.quote, tuple(names[i] for i in c.attribution)) for c in analysis.claims if c.attribution]


_LUND_INTRO = (
    "Vera Lund has run the Kessel ferry yard for eleven years. We spoke to Vera Lund about the new harbour "
    "fees and the storms of last winter."
)

# ---------------------------------------------------------------- "Q:" and "A:"


def test_labelled_answers_are_the_interviewees_without_their_label() -> None:
    found = _claims(
        _article(
            (
                "",
                [
                    _LUND_INTRO,
                    "Q: How bad was the winter for the yard?",
                    "A: We lost two cranes in one night. Nobody had seen water that high.",
                    "Q: Will the new fees help?",
                    "A: They will pay for the sea wall, and that is all we have asked for.",
                ],
            )
        )
    )
    assert ("We lost two cranes in one night. Nobody had seen water that high", ("Vera Lund",)) in found
    assert ("They will pay for the sea wall, and that is all we have asked for", ("Vera Lund",)) in found
    assert not any(quote.startswith(("A:", "Q:", "How bad", "Will the")) for quote, _chain in found)


def test_q_labels_set_as_headings_still_ask() -> None:
    found = _claims(
        _article(
            ("", ["Introducing Odile Marsh, the new head of the Brenna ferry line, in her own words."]),
            ("Q: What surprised you in your first week?", ["A: How many of our crews are still volunteers."]),
            ("Q: What comes next?", ["A: A second boat for the island run before the summer."]),
        )
    )
    assert ("How many of our crews are still volunteers", ("Odile Marsh",)) in found
    assert ("A second boat for the island run before the summer", ("Odile Marsh",)) in found


# ---------------------------------------------------------------- transcripts: "NAME: text"


def test_transcript_lines_are_their_speakers_and_a_surname_label_is_the_full_name() -> None:
    found = _claims(
        _article(
            (
                "",
                [
                    "Tarn's mayor, Ida Brandt, and the engineer Tomas Okafor debated the dam on the radio.",
                    "Ida Brandt: The dam will hold for another twenty years.",
                    "Tomas Okafor: The spillway has cracked twice since May. Have you read my report?",
                    "BRANDT: I have read every page of it.",
                    "OKAFOR: Then you know the spillway is cracked.",
                ],
            )
        )
    )
    assert ("The dam will hold for another twenty years", ("Ida Brandt",)) in found
    assert ("I have read every page of it", ("Ida Brandt",)) in found
    assert ("Then you know the spillway is cracked", ("Tomas Okafor",)) in found
    # A line that ends on a question still says what comes before it.
    assert ("The spillway has cracked twice since May", ("Tomas Okafor",)) in found


def test_the_outlets_own_label_asks_and_says_nothing_of_the_interviewee() -> None:
    found = _claims(
        _article(
            (
                "",
                [
                    "An interview with Petra Holm, author of a history of the Vell canal.",
                    "The Harbour Post: Why did the canal close?",
                    "Petra Holm: The railway came, and the barges could not compete on price.",
                    "The Harbour Post: Could it open again?",
                    "Mrs Holm: Only for boats that carry visitors, not coal.",
                ],
            )
        )
    )
    assert ("The railway came, and the barges could not compete on price", ("Petra Holm",)) in found
    assert ("Only for boats that carry visitors, not coal", ("Petra Holm",)) in found
    assert not any("Harbour Post" in " ".join(chain) for _quote, chain in found)


def test_an_answer_of_several_paragraphs_runs_to_the_next_turn_and_no_further() -> None:
    article = _article(
        (
            "",
            [
                "The ferry captain Jonas Feld talked to us about the crossing.",
                "Q: What changed this year?",
                "A: The tides. They come in faster than any chart says.",
                "We now leave twenty minutes earlier on every run.",
                "Q: And the passengers?",
                "A: They have noticed, and most of them like the early boat.",
                "Jonas Feld, 61, has sailed the crossing since 1990.",
            ],
        )
    )
    answers = interview_answers(article)
    assert answers[(0, 4)].speaker == "Jonas Feld"  # the second paragraph of the first answer
    assert (0, 7) not in answers  # after the last turn: the outlet's note on him


def test_an_answer_reporting_someone_else_chains_them_to_the_interviewee() -> None:
    found = _claims(
        _article(
            (
                "",
                [
                    _LUND_INTRO,
                    "Q: Did the council warn you?",
                    "A: No. Councillor Ada Pryce told me the wall was safe until 2030.",
                    "Q: And now?",
                    "A: Now we wait for the money.",
                ],
            )
        )
    )
    assert any(len(chain) == 2 and "Ada Pryce" in chain[0] and chain[1] == "Vera Lund" for _q, chain in found)
    assert any(chain == ("Vera Lund",) and quote.startswith("No.") for quote, chain in found)


def test_an_answers_figures_rest_on_the_answer() -> None:
    article = _article(
        (
            "",
            [
                _LUND_INTRO,
                "Q: How many boats use the yard?",
                "A: About 40 boats a month, most of them from the islands.",
                "Q: And in winter?",
                "A: Fewer than ten.",
            ],
        )
    )
    analysis = analyze(article)
    claim = next(c for c in analysis.claims if c.quote.startswith("About 40 boats"))
    assert claim.attribution
    assert any(f.claim == claim.id for f in analysis.figures)


# ---------------------------------------------------------------- no labels: questions and what follows


def test_unlabelled_answers_follow_their_questions_in_an_interview() -> None:
    found = _claims(
        _article(
            (
                "",
                [
                    "Mira Santos runs the only bakery on Skarra island. This interview has been edited for "
                    "length and clarity.",
                    "Why did you stay on the island?",
                    "Because the island stayed with me. I tried the city for a year and missed the wind.",
                    "What is the hardest part of the work?",
                    "The flour comes on the Tuesday boat, and when the boat does not sail, neither do I.",
                ],
            ),
            title="“The island stayed with me”: a baker on Skarra",
        )
    )
    assert any(q.startswith("Because the island stayed with me") and c == ("Mira Santos",) for q, c in found)
    assert any(
        q.startswith("The flour comes on the Tuesday boat") and c == ("Mira Santos",) for q, c in found
    )
    assert not any(q.startswith(("Why did", "What is")) for q, _c in found)


def test_question_headings_over_answers_in_an_interview() -> None:
    found = _claims(
        _article(
            ("", ["In conversation with Aurel Dassin, who restores lighthouse lenses for a living."]),
            (
                "How did you start?",
                ["My grandfather kept the light at Cape Orm, and I cleaned the lens as a boy."],
            ),
            ("Is the work dying out?", ["There are four of us left in the country, and I am the youngest."]),
        )
    )
    assert any(q.startswith("My grandfather kept the light") and c == ("Aurel Dassin",) for q, c in found)
    assert any(q.startswith("There are four of us left") and c == ("Aurel Dassin",) for q, c in found)


# ---------------------------------------------------------------- look-alikes: no one speaks


def test_furniture_labels_are_no_speakers() -> None:
    article = _article(
        (
            "",
            [
                "Note: The ferry timetable changes on Monday.",
                "Update: The Tuesday boat is cancelled.",
                "Price: $5 for adults, $2 for children.",
                "Location: Pier 4, Kessel harbour.",
                "Photo: Kessel harbour at dawn.",
                "Why it matters: The island has one boat a day.",
                "Note: Tickets are sold on board.",
                "Price: $3 for bicycles.",
            ],
        )
    )
    assert interview_answers(article) == {}
    assert not any(chain for _quote, chain in _claims(article))


def test_a_police_log_of_names_is_no_transcript() -> None:
    article = _article(
        (
            "",
            [
                "The following people were booked at the Tarn county jail this week.",
                "Dana R. Holt: Possession of a stolen boat, failure to appear.",
                "Marcus T. Vey: Two county warrants.",
                "Ilse Brandvold: Driving without a licence.",
            ],
        )
    )
    assert interview_answers(article) == {}


def test_team_lines_and_list_labels_are_no_talk() -> None:
    article = _article(
        (
            "",
            [
                "The Vell Otters beat the Tarn Gulls 101-98 on Sunday.",
                "Otters: Forward Ben Ash missed his third game with a sore knee.",
                "Gulls: Guard Rui Pao scored 30 points.",
                "Otters: Host the Gulls on Friday.",
                "Gulls: Visit the Otters on Friday.",
                "Portion Plan: one green, one red.",
                "Portion Plan: one purple.",
            ],
        )
    )
    assert interview_answers(article) == {}


def test_rhetorical_questions_in_a_report_ask_no_one() -> None:
    article = _article(
        (
            "",
            [
                "The Kessel council voted on Monday to raise harbour fees by a fifth.",
                "What does that mean for the ferry?",
                "The ferry company said it would pass the cost on to passengers.",
                "Who pays in the end?",
                "Islanders, who have no other way to reach the mainland.",
            ],
        )
    )
    assert interview_answers(article) == {}


def test_a_labelled_line_far_from_the_talk_is_not_a_turn() -> None:
    article = _article(
        (
            "",
            [
                "Ida Brandt: “Rivers remember” A new book on the Tarn floods",
                "The Tarn dam was built in 1961.",
                "It has flooded the valley twice since.",
                "Engineers inspect it every spring.",
                "The last inspection found two cracks.",
                "The council has not yet published the report.",
                "The full debate, as broadcast on the radio:",
                "Tomas Okafor: The spillway has cracked twice since May. Will you publish the report?",
                "Ida Brandt: We will publish it in June.",
                "OKAFOR: That is too late for the farmers.",
                "BRANDT: It is the earliest the engineers can finish it.",
            ],
        )
    )
    answers = interview_answers(article)
    assert (0, 1) not in answers
    assert answers[(0, 9)].speaker == "Ida Brandt"
