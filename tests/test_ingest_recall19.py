"""Attribution recall (issue 11, session 12, recall19): statements no cue reached on unseen news pages.
Every sentence here is invented; each new reading sits next to one the same rule must leave alone.
"""

from __future__ import annotations

from attribution_helpers import claims

# ---------------------------------------------------------------- what a court or an inquest heard


def test_the_inquest_heard_that_names_the_inquest() -> None:
    assert claims("The inquest heard that the driver had not slept for two days.") == [
        ("the driver had not slept for two days", ("the inquest",))
    ]


def test_a_closing_court_heard_tag_names_the_court() -> None:
    assert claims("Tom Dale, 31, kept the stash in a shed near his home, Exeter Crown Court heard.") == [
        ("Tom Dale, 31, kept the stash in a shed near his home", ("Exeter Crown Court",))
    ]


def test_an_inquest_has_heard_after_the_claim() -> None:
    [(quote, chain)] = claims("The driver had not slept for two days, an inquest has heard.")
    assert (quote, chain) == ("The driver had not slept for two days", ("an inquest",))


def test_the_court_previously_heard_without_that() -> None:
    assert claims("The court previously heard Mr Dale sustained injuries to his head.") == [
        ("Mr Dale sustained injuries to his head", ("the court",))
    ]


def test_a_council_meeting_that_heard_is_not_a_hearing() -> None:
    assert claims("The council heard that the budget was short.") == []


# ---------------------------------------------------------------- a censure with its reason


def test_blasted_someone_for_a_deed_is_the_speakers_charge() -> None:
    assert claims("Ann Pell blasted the mayor for ignoring the flood warnings.") == [
        ("blasted the mayor for ignoring the flood warnings", ("Ann Pell",))
    ]


def test_made_fun_of_someone_for_a_deed() -> None:
    [(quote, chain)] = claims("Ann Pell also made fun of Tom Vale for allegedly wearing a wig.")
    assert "Tom Vale for allegedly wearing a wig" in quote and chain == ("Ann Pell",)


def test_an_attack_that_lasts_days_is_violence_not_speech() -> None:
    assert claims("The rebels attacked the town for three days.") == []
    assert claims("The army attacked the town for its port.") == []


# ---------------------------------------------------------------- a person noun and a given name


def test_her_mum_and_a_given_name_speaks() -> None:
    assert claims('Her mum Ami said: "She was the kindest girl in the village."') == [
        ('"She was the kindest girl in the village."', ("Her mum Ami",))
    ]


def test_after_a_participle_opener_the_mum_still_speaks() -> None:
    [(_quote, chain)] = claims("Speaking later, her coach Tom said the girl was brilliant.")
    assert chain == ("her coach Tom",)


def test_a_day_after_the_person_noun_is_no_given_name() -> None:
    found = claims("His team Saturday said it would appeal.")
    assert all(chain != ("His team Saturday",) for _q, chain in found)


# ---------------------------------------------------------------- highlighted that, "But as X pointed out"


def test_highlighted_that_is_a_statement_but_highlighted_a_noun_is_not() -> None:
    assert claims("Ann Pell highlighted that the city has no money left.") == [
        ("the city has no money left", ("Ann Pell",))
    ]
    assert claims("Ann Pell highlighted the need for more money.") == []


def test_but_as_the_doctor_pointed_out_frames_the_clause_after() -> None:
    assert claims("But as Dr Vale pointed out, the clinic has been short of staff for years.") == [
        ("the clinic has been short of staff for years", ("Dr Vale",))
    ]


# ---------------------------------------------------------------- "issued a statement, which reads: “…”"


def test_a_statement_which_reads_is_the_issuers_words_and_runs_on() -> None:
    found = claims(
        "The Reed family issued a statement last week, which reads: “We are overwhelmed by the support.",
        "“Tom is now out of hospital.”",
    )
    assert [chain for _q, chain in found] == [("Reed family",), ("Reed family",)]
    assert "out of hospital" in found[1][0]


def test_which_reads_as_follows_has_no_words_here() -> None:
    assert claims("The club posted a message, which reads as follows.") == []
