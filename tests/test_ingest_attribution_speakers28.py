"""Who the speaker is when a passage has several people (session 28, speakers sweep): invented
sentences for each form fixed, and for each a sentence that must not be read as it."""

from __future__ import annotations

from attribution_helpers import claims

# --- "X said Y had told her: “…”" / "Y told staff the plan was …": Y's words, passed on by X ---


def test_told_listener_then_colon_quotation_is_the_inner_speakers() -> None:
    found = claims("Pia Lund said her boss, Hugo Berg, told her: “The deal is fair.”")
    assert found == [("“The deal is fair.”", ("Hugo Berg", "Pia Lund"))]


def test_told_listener_then_clause_without_that_is_the_inner_speakers() -> None:
    found = claims("According to Lena Ravel, the mayor told staff the plan was “dead”.")
    assert found == [("the plan was “dead”", ("the mayor", "Lena Ravel"))]
    found = claims("Pia Lund said Hugo Berg had told her the deal was “fair”.")
    assert found == [("the deal was “fair”", ("Hugo Berg", "Pia Lund"))]


def test_a_speaker_telling_a_listener_alone_is_no_relay() -> None:
    found = claims("Pia Lund told her: “The deal is fair.”")
    assert found == [("“The deal is fair.”", ("Pia Lund",))]


# --- "… at Oxbridge Labs. The lab said …": the body named in passing just before ---


def test_the_head_of_a_body_named_in_passing_is_that_body() -> None:
    found = claims(
        "Dr Hana Kwei leads the research team at Oxbridge Labs.", "The lab said more trials were “needed”."
    )
    assert found == [("more trials were “needed”", ("Oxbridge Labs",))]
    found = claims(
        "The White Lake council voted to close the library.", "The council said it had “no money left”."
    )
    assert found == [("it had “no money left”", ("White Lake council",))]


def test_two_bodies_of_the_head_or_an_unnamed_one_leave_the_description_alone() -> None:
    found = claims(
        "The White Lake council and the Brook council voted to close the library.",
        "The council said it had “no money left”.",
    )
    assert found == [("it had “no money left”", ("the council",))]
    found = claims("Tom Bell works for a group of volunteers.", "The group said the river was “filthy”.")
    assert found == [("the river was “filthy”", ("the group",))]


# --- "Orr said …. Ruiz said she agreed.": a tag-only sentence does not take a named speaker's words ---


def test_a_tag_only_sentence_after_a_named_speakers_words_leaves_them_theirs() -> None:
    found = claims("Tim Orr said inflation was “under control”. Ruiz said she agreed.")
    assert found == [("inflation was “under control”", ("Tim Orr",))]
    found = claims("Tim Orr said inflation was “under control”. Ana Ruiz told reporters.")
    assert found == [("inflation was “under control”", ("Tim Orr",))]


def test_a_tag_only_sentence_still_names_the_speaker_of_an_untagged_quotation() -> None:
    assert claims("“We are done.” Deyal told this newspaper.") == [("“We are done.”", ("Deyal",))]


# --- "the prosecutor", "the landlord", "the boy": a role the article gave one person, outside PERSON_ROLE ---


def test_a_role_given_once_names_its_one_holder() -> None:
    found = claims(
        "Prosecutor Dalia Nunez questioned the defendant, Rick Amos.",
        "“You knew the gun was loaded,” the prosecutor said.",
        "“I did not,” the defendant replied.",
    )
    assert found == [
        ("“You knew the gun was loaded,”", ("Prosecutor Dalia Nunez",)),
        ("“I did not,”", ("Rick Amos",)),
    ]
    found = claims(
        "The mayor, Ken Ash, hugged the rescued boy, Timo Ash.", "“I was so scared,” the boy said."
    )
    assert found == [("“I was so scared,”", ("Timo Ash",))]


def test_a_role_given_to_no_one_or_to_many_names_no_one() -> None:
    found = claims(
        "Prosecutor Dalia Nunez questioned a witness.", "The prosecutors said the case was “strong”."
    )
    assert found == [("the case was “strong”", ("the prosecutors",))]
    found = claims("Tom Bell, a tenant, and Ada Roe, a tenant, met.", "“We will appeal,” the tenant said.")
    assert found == [("“We will appeal,”", ("the tenant",))]


# --- "Pruitt shook his head. “…”": a surname met in full opens the narration before an untagged quotation ---


def test_a_quotation_after_a_sentence_on_a_surname_met_in_full_is_that_persons() -> None:
    found = claims(
        "Council member Rosa Delmar clashed with Mayor Evan Pruitt at the hearing.",
        "“This budget is a fantasy,” Delmar said.",
        "Pruitt shook his head. “It is balanced to the dollar.”",
    )
    assert found == [
        ("“This budget is a fantasy,”", ("Rosa Delmar",)),
        ("“It is balanced to the dollar.”", ("Evan Pruitt",)),
    ]


def test_a_surname_never_met_in_full_does_not_open_a_quotation() -> None:
    found = claims(
        "Council member Rosa Delmar spoke at the hearing.",
        "“This budget is a fantasy,” Delmar said.",
        "Brampton is a small town. “It is balanced to the dollar.”",
    )
    assert found == [
        ("“This budget is a fantasy,”", ("Rosa Delmar",)),
        ("“It is balanced to the dollar.”", ("Rosa Delmar",)),
    ]


# --- "Mr Eze … Mrs Eze": an honorific's gender tells two people of one surname apart ---


def test_mr_and_mrs_of_one_surname_are_two_people() -> None:
    found = claims(
        "Jacob Eze and Linda Eze have been married 50 years.",
        "“She still makes me laugh,” Mr Eze said.",
        "“He still snores,” Mrs Eze said.",
    )
    assert found == [("“She still makes me laugh,”", ("Jacob Eze",)), ("“He still snores,”", ("Linda Eze",))]


def test_an_honorific_of_either_gender_still_finds_the_one_full_name() -> None:
    found = claims(
        "Linda Eze has run the shop for years.",
        "“He still snores,” Mrs Eze said.",
        "“I sleep badly,” Ms Eze said.",
    )
    assert found == [("“He still snores,”", ("Linda Eze",)), ("“I sleep badly,”", ("Linda Eze",))]


# --- "The workers at Brenna Mills walked out.": the workers, not a person named Brenna Mills ---


def test_people_at_a_body_are_not_a_person_of_the_bodys_name() -> None:
    found = claims(
        "The workers at Brenna Mills walked out on Monday.", "They said the new shifts were “impossible”."
    )
    assert found == [("the new shifts were “impossible”", ("the workers",))]


def test_a_role_then_a_name_is_still_the_person() -> None:
    found = claims("Labour leader Keir Starmer spoke on Monday.", "He said the shifts were “impossible”.")
    assert found == [("the shifts were “impossible”", ("Keir Starmer",))]
