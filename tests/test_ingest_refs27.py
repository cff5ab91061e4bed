"""Attribution (issue 11, session 16, refs27): a speaker named again by a description of their role,
and a speaker's words set out as the items of an HTML list. Every sentence and page here is invented;
each new reading sits next to one the same rule must leave alone.
"""

from __future__ import annotations

from attribution_helpers import claims

from tui.model.ingest.analyze import analyze
from tui.model.ingest.html import extract_html
from tui.model.ingest.role_references import fits, role_holder

# ---------------------------------------------------------------- a description of one person's role


def test_the_pentagon_chief_is_the_defence_secretary_named_before() -> None:
    found = claims(
        "Defense Secretary Mara Quist said on Monday that the fleet would shrink by a fifth.",
        "Admiral Tomas Vey said the navy had not been consulted about the cuts.",
        "The Pentagon chief said the cuts were needed to pay for new ships.",
    )
    assert dict(found)["the cuts were needed to pay for new ships"] == ("Mara Quist",)


def test_the_senator_is_the_one_person_titled_sen() -> None:
    found = claims(
        "Sen. Ivo Brandt, a Republican from Ohio, said the plan was reckless. Mayor Rita Lund said the "
        "port would suffer. The senator added that jobs would be lost in his state.",
    )
    assert dict(found)["jobs would be lost in his state"] == ("Ivo Brandt",)


def test_the_45_year_old_is_the_person_given_that_age() -> None:
    found = claims(
        "Coach Tilda Marr, 45, said her team had trained hard all winter. Captain Olga Fenn said the "
        "players were ready. The 45-year-old said the final would be close.",
    )
    assert dict(found)["the final would be close"] == ("Tilda Marr",)


def test_a_description_two_people_fit_or_none_fits_is_left_alone() -> None:
    found = dict(
        claims(
            "Sen. Ivo Brandt said the plan was reckless. Sen. Olga Fenn said the plan was fair. Mayor "
            "Rita Lund said the port would suffer. The senator added that jobs would be lost.",
        )
    )
    assert found["jobs would be lost"] not in {("Ivo Brandt",), ("Olga Fenn",)}
    assert not fits("the defence secretary", "Ana Vey", "Foreign Secretary")  # no foreign secretary
    assert role_holder("the senator", {"Ivo Brandt": ("Sen.", ""), "Olga Fenn": ("Sen.", "")}) is None


def test_of_two_people_who_fit_the_one_named_just_now_is_meant() -> None:
    found = claims(
        "Republican Gov. Ida Holm and leaders of the Legislature have avoided criticism of teachers, as "
        "Kentucky Gov. Tom Berg did not last year.",
        "Union leader Bo Hart said teachers would march again in the spring. The march would start at "
        "the river. It would end at the Statehouse. Hart said thousands would come.",
        "The union has 40,000 members across the state. Most of them teach in public schools.",
        "Teachers did not see Holm at the Statehouse on Tuesday. She was at a conference in Florida.",
        "The governor said she was waiting for a pay commission to report.",
    )
    assert dict(found)["she was waiting for a pay commission to report"] == ("Ida Holm",)


def test_plural_descriptions_and_descriptions_that_introduce_someone_are_not_role_references() -> None:
    people = {"Ivo Brandt": ("Sen.", ""), "Dana Ruiz": ("Acme Marine chief executive", "")}
    assert role_holder("the senators", people) is None
    assert role_holder("the senator", people) == "Ivo Brandt"
    assert not fits("the 45-year-old", "Dana Ruiz", "Acme Marine chief executive", "52")
    found = dict(
        claims(
            "Acme Marine chief executive Dana Ruiz said the yard would close. The company's chief "
            "executive, Jane Roe, said profits would fall.",
        )
    )
    assert found["profits would fall"] == ("Jane Roe",)


# ---------------------------------------------------------------- a speaker's words as list items


_AFTER = "The council will vote on the repairs next month, when the budget for the coming year is set."


def _page(intro: str, items: tuple[str, ...], after: str = "") -> str:
    listed = "".join(f"<li>{item}</li>" for item in items)
    return (
        "<html><head><title>Harbour letter warns of closures</title></head><body><article>"
        "<h1>Harbour letter warns of closures</h1>"
        "<p>The harbour board sent a long letter to the council of Quenby on Monday evening, and the "
        "council published it in full on Tuesday morning after a stormy meeting.</p>"
        "<p>The board's chair, Vera Lund, said the town had waited too long to repair its sea wall and "
        "that the cost would now be far higher than anyone had planned.</p>"
        f"<p>{intro}</p><ul>{listed}</ul><p>{after or _AFTER}</p>"
        "</article></body></html>"
    )


def _html_claims(page: str) -> dict[str, tuple[str, ...]]:
    analysis = analyze(extract_html(page))
    names = {s.id: s.name for s in analysis.sources}
    return {c.quote: tuple(names[i] for i in c.attribution) for c in analysis.claims}


_ITEMS = (
    "If nothing is done the sea wall at Quenby will fail within three winters.",
    "The ferry to Orlin will have to stop running from the north pier.",
    '"Urgent and costly" repairs must start before the spring tides.',
)


def test_every_item_of_a_list_under_a_speakers_colon_tag_is_the_speakers() -> None:
    found = _html_claims(_page("Speaking to reporters after the meeting on Tuesday, Lund said:", _ITEMS))
    assert found["If nothing is done the sea wall at Quenby will fail within three winters"] == ("Vera Lund",)
    assert found["The ferry to Orlin will have to stop running from the north pier"] == ("Vera Lund",)
    assert found['"Urgent and costly" repairs must start before the spring tides'] == ("Vera Lund",)
    assert not any(quote.startswith("The council will vote") and chain for quote, chain in found.items())


def test_a_short_bold_tag_over_a_list_is_kept_as_the_storys_tag() -> None:
    found = _html_claims(_page("<b>The letter warned:</b>", _ITEMS))
    assert found["The ferry to Orlin will have to stop running from the north pier"] == ("the letter",)
    assert found['"Urgent and costly" repairs must start before the spring tides'] == ("the letter",)


def test_a_list_after_a_colon_sentence_that_is_not_speech_claims_nothing() -> None:
    found = _html_claims(_page("The measures include:", _ITEMS))
    assert all(
        not chain for quote, chain in found.items() if quote.rstrip(".") in {i.rstrip(".") for i in _ITEMS}
    )
