"""Attribution recall (issue 11, round 13): classes of statements the analysis missed on annotated
pages, each written here in the project's own invented sentences, with the near misses the same rule
must leave alone.
"""

from __future__ import annotations

from attribution_helpers import claims

# ---------------------------------------------------------------- a quotation's tag with a long appositive


def test_a_quotation_tagged_by_a_speaker_with_a_long_role_said_of_something() -> None:
    found = claims(
        "“We had hoped to wait a year, but the drought moved us,” Ana Ruiz, deputy director for water "
        "planning in the county’s public works department, said of the new reservoir at a briefing.",
        "The first basin, she said, could hold water by spring.",
    )
    assert [chain for _quote, chain in found] == [("Ana Ruiz",), ("Ana Ruiz",)]
    assert found[0][0].startswith("“We had hoped to wait a year")


def test_a_term_in_scare_quotes_far_before_said_of_is_no_quotation() -> None:
    found = claims(
        "The “pilot” scheme, which the council funded for two years before the drought and the floods "
        "that followed it, is what Ana Ruiz said of the plan.",
    )
    assert all(not quote.startswith("“pilot”") for quote, _chain in found)
