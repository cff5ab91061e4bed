"""Attribution (issue 11, session 16, refs27): a speaker named again by a description of their role.
Every sentence here is invented; each new reading sits next to one the same rule must leave alone.
"""

from __future__ import annotations

from attribution_helpers import claims

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
