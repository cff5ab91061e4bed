"""Attribution recall on ordinary news pages (issue 11, session 15, recall26): wire copy and national
and regional papers. Every sentence here is invented; each new reading sits next to one the same rule
must leave alone.
"""

from __future__ import annotations

from attribution_helpers import claims

# ------------------------------------------- a pronoun's colon tag before a quotation that repeats it


def test_he_added_colon_keeps_its_speaker_when_the_quotation_says_he_too() -> None:
    found = claims(
        "Inspector Nilda Varga said a driver was found beside the quarry road.",
        "She added: “She was walking home from the bakery when the van struck her.”",
        "They said: “They will close the quarry road until Friday.”",
    )
    chains = dict(found)
    assert chains["“She was walking home from the bakery when the van struck her.”"] == (
        "Inspector Nilda Varga",
    )
    assert any(quote.startswith("“They will close") for quote, _chain in found)


def test_a_speaker_named_only_inside_the_quotation_still_is_not_its_speaker() -> None:
    found = claims(
        "Councillor Orla Penn spoke at the depot on Monday.",
        "“The depot lacks buses, which hurts drivers who say the routes are too long,” Penn said.",
    )
    assert [chain for _quote, chain in found] == [("Councillor Orla Penn",)]
