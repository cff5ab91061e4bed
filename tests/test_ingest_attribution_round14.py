"""Attribution precision (issue 11, round 14): who "she" is, who only heard, and mentions that name no one.
Every sentence here is invented; each wrong reading sits next to the right one the same rule keeps.
"""

from __future__ import annotations

from attribution_helpers import claims, claims_in

from tui.model.ingest.first_names import first_name_gender
from tui.model.ingest.mention_repair import repaired_mention
from tui.model.ingest.speaker_evidence import names_a_group

# ---------------------------------------------------------------- first names and pronouns


def test_a_first_name_of_one_gender_says_who_she_is() -> None:
    assert first_name_gender("Michelle Ruiz") == "f"
    assert first_name_gender("Tom Vell") == "m"
    # Names used for both, and a name of one word, say nothing.
    assert first_name_gender("Jordan Vell") == ""
    assert first_name_gender("Grace") == ""


def test_a_stray_he_in_reported_words_does_not_make_her_a_he() -> None:
    found = claims(
        "In an interview with Dora Pell, Michelle Ruiz said he believes the plan worked.",
        '"We are feeling it now," she said.',
    )
    assert found[-1] == ('"We are feeling it now,"', ("Michelle Ruiz",))


def test_she_is_the_woman_who_spoke_not_an_earlier_one() -> None:
    found = claims(
        "One witness, Anna Brill, said the doors were locked.",
        "Another witness, Polly Sheppard, told the court the man was calm.",
        'When the man asked, she said: "I stayed on the floor."',
    )
    assert found[-1][1] == ("Polly Sheppard",)


def test_he_is_never_a_group() -> None:
    assert names_a_group("Con Edison officials") and names_a_group("two of the executives")
    assert not names_a_group("one of the officials") and not names_a_group("Ross Vell")
    found = claims(
        "Ross Vell, who runs the plant, said the pipes were old.",
        "Harbour officials said the pipes would be replaced.",
        '"It also lets steam escape," he said.',
    )
    assert found[-1] == ('"It also lets steam escape,"', ("Ross Vell",))


# ---------------------------------------------------------------- who only heard


def test_a_jury_that_heard_testimony_relays_nothing() -> None:
    found = claims("Another witness, Rhea Moss, told the jury Kell stood over her with a gun.")
    assert [chain for _quote, chain in found] == [("Rhea Moss",)]
    found = claims("Rhea Moss told investigators the car was blue.")
    assert [chain for _quote, chain in found] == [("Rhea Moss",)]
    # A publication told something publishes it: a relay still.
    found = claims("Rhea Moss told the Harbour Gazette that the car was blue.")
    assert [chain for _quote, chain in found] == [("Rhea Moss", "the Harbour Gazette")]


# ---------------------------------------------------------------- mentions mended from their sentence


def test_an_initial_is_the_full_name_after_it() -> None:
    sentence = "“It is a worry,” said C. Evan Stroud, a fellow at the institute."
    assert repaired_mention("C", sentence) == "C. Evan Stroud"
    assert claims(sentence)[0][1] == ("C. Evan Stroud",)


def test_a_sentence_adverb_is_not_part_of_the_speaker() -> None:
    assert repaired_mention("Now research", "Now research shows the opposite is true.") == "research"
    assert repaired_mention("Nowak", "Nowak said so.") == "Nowak"


def test_a_participle_or_relative_clause_names_the_subject_it_hangs_on() -> None:
    sentence = "“It was an honour,” Ms. Vell, seated next to the mayor, told reporters."
    assert repaired_mention("seated next to the mayor", sentence) == "Ms. Vell"
    sentence = "The company that provides the ferries said the route would reopen."
    assert repaired_mention("provides the ferries", sentence) == "The company"
    # A title before a name is no clause: "says certified trainer Jo Brill".
    sentence = "Stretching helps, says certified trainer Jo Brill."
    assert repaired_mention("certified trainer Jo Brill", sentence) == "certified trainer Jo Brill"


def test_a_share_or_an_indefinite_word_names_no_one() -> None:
    assert repaired_mention("97 percent", "All insiders, 97 percent, expect a win.") is None
    assert repaired_mention("All", "All told, this wastes time.") is None
    assert repaired_mention("Anyone", "Anyone will tell you that it rains.") is None


def test_the_office_of_an_abbreviated_role_speaks_for_itself() -> None:
    found = claims("Two men are being held in the county jail, according to the AG's office.")
    assert found[0][1] == ("AG's office",)


def test_he_is_not_the_thing_the_sentence_before_opened_on() -> None:
    found = claims(
        "“I was shocked to see that price,” said Tyler Brisk, who runs a fish market.",
        "Fresh halibut fillets routinely sell for $24 a pound.",
        "He said there is little room for a profit at that price.",
    )
    assert found[-1] == ("there is little room for a profit at that price", ("Tyler Brisk",))


# ---------------------------------------------------------------- people at large inside a quotation


def test_people_in_general_inside_a_quotation_are_no_source_of_their_own() -> None:
    found = claims("“People think it is all safe, but it is not,” said Pat Mourne, an engineer.")
    assert {chain for _quote, chain in found} == {("Pat Mourne",)}
    # A named speaker quoted inside the quotation still is one.
    found = claims("“The mayor said the pipes were safe,” said Pat Mourne, an engineer.")
    assert ("the mayor", "Pat Mourne") in {chain for _quote, chain in found}


# ---------------------------------------------------------------- number agreement of descriptions


def test_the_official_is_not_the_group_that_spoke_last() -> None:
    assert names_a_group("the bomb technicians involved in the inquiry")
    found = claims(
        "One police official said the devices were small.",
        "The bomb technicians involved in the inquiry said the devices were crude.",
        "“He is a pretty good bombmaker,” the official said.",
    )
    assert found[-1] == ("“He is a pretty good bombmaker,”", ("one police official",))


def test_the_executives_are_all_of_them_not_the_two_who_spoke_last() -> None:
    found = claims(
        "All four executives said vendors had called them.",
        "Two of the executives also said vendors lied to their staff.",
        "Such pitches often work on board members, the executives said.",
    )
    assert found[-1] == ("Such pitches often work on board members", ("all four executives",))


# ---------------------------------------------------------------- a body named like a person, roles


def test_a_firm_named_by_two_capitalised_words_is_it_not_he() -> None:
    found = claims(
        "Harbour Gazette reported the port's figures on Monday.",
        "Vell Intel, a Lagos intelligence firm, says the port is at risk.",
        "“If demand falls, the port will suffer,” it says.",
    )
    assert found[-1] == ("“If demand falls, the port will suffer,”", ("Vell Intel",))


def test_a_role_between_commas_after_a_name_is_that_named_person() -> None:
    sentence = (
        "Officers arrested the men near the border, Jake Brill, special agent for the attorney general, said."
    )
    assert repaired_mention("special agent for the attorney general", sentence) == "Jake Brill"


# ---------------------------------------------------------------- acts that use a speech verb's form


def test_calling_a_press_conference_or_charging_ahead_is_an_act() -> None:
    assert claims("The ministry has called a press conference on Wednesday to discuss the tour.") == []
    assert claims("The university has charged ahead with its building contracts.") == []
    # Calling the meeting something is a naming, a call for something a demand, a charge an accusation.
    assert claims("The council called the vote “a sham” and the meeting illegal.") != []
    assert claims("The union called for the minister to resign.") != []
    assert claims("Prosecutors charged that the firm hid its losses.") != []


def test_a_statement_still_to_come_is_no_claim_yet() -> None:
    assert claims("On Friday, the ministry will announce a new harbour strategy.") == []
    found = claims("The minister will tell parliament that the harbour is safe.")
    assert [quote for quote, _chain in found] == ["the harbour is safe"]


# ---------------------------------------------------------------- a tag after a fronted phrase


def test_a_tag_after_a_fronted_phrase_sits_inside_the_claim() -> None:
    found = claims("To ease the threat, the officials said, the utility vented most of its covers.")
    assert found == [
        ("To ease the threat, the officials said, the utility vented most of its covers", ("the officials",))
    ]
    found = claims("If all sets met the standard, Rider added, the state could avoid building a plant.")
    assert found[0][0].endswith("the state could avoid building a plant")
    # A whole clause before the tag is the claim on its own.
    found = claims("The roads will reopen by noon, the mayor said, the first time in a week.")
    assert found[0][0] == "The roads will reopen by noon"


# ---------------------------------------------------------------- documents, the page's own outlet, prices


def test_a_report_by_someone_is_that_author() -> None:
    found = claims(
        "The city expects to lose $5 million on the stadium, according to a report issued last year by the"
        " Office of the Budget Analyst."
    )
    assert found[0][1] == ("Office of the Budget Analyst",)


def test_the_short_name_of_the_page_outlet_relays_nothing() -> None:
    found = claims_in("Harbour Evening Times", "“We had to act,” Vell told The Times.")
    assert found == [("“We had to act,”", ("Vell",))]
    # Another outlet's short name is a relay still.
    found = claims_in("Harbour Evening Post", "“We had to act,” Vell told The Times.")
    assert found[0][1][0] == "Vell" and len(found[0][1]) == 2


def test_charging_a_price_is_no_accusation() -> None:
    assert claims("They usually charge way more for everything than anywhere else.") == []


def test_what_a_group_would_say_is_the_writers_guess() -> None:
    assert claims("Growth may reach 7%, but most observers will find that estimate too high.") == []
    assert claims("Anyone who has closed a deal will tell you that it takes time.") == []
    # What the group did say is its claim.
    found = claims("Most observers said the estimate was too high.")
    assert found == [("the estimate was too high", ("most observers",))]


# ---------------------------------------------------------------- a tag inside the mention's own clause


def test_a_tag_inside_the_subjects_clause_names_the_speaker() -> None:
    sentence = "The man who the police said set the fires was found asleep in a doorway."
    assert repaired_mention("The man", sentence) == "the police"
    sentence = "The combination, say economists, marks a journey into unknown territory."
    assert repaired_mention("The combination", sentence) == "economists"
    # "who" as the subject, a complementiser "that", a tag's own clause: nothing inside.
    sentence = "They sell it to other firms who mistakenly believe the model works."
    assert repaired_mention("other firms", sentence) == "other firms"
    sentence = "Winfrey told CBS that Harry had said the royal was not the Queen."
    assert repaired_mention("CBS", sentence) == "CBS"
    sentence = "The union, Baltic Dockers, said its 6,500 members want a rise."
    assert repaired_mention("Baltic Dockers", sentence) == "Baltic Dockers"


def test_the_data_are_no_company_named_before() -> None:
    found = claims(
        "Acme said it paid $10 billion in taxes last year.",
        "Acme, which has doubled its holdings since 2012, received the most in interest, the data show.",
    )
    assert found[-1][1] == ("the data",)


def test_a_kin_word_before_a_full_name_gives_the_pronoun() -> None:
    found = claims(
        "“I felt strange after the operation,” Steen said.",
        "“I could not focus,” she said.",
        "Steen’s son, filmmaker Charlie Dowd, remembers it too. “It was a trying time,” Dowd laughed.",
        "“I had really liked music,” she said.",
    )
    assert found[-1] == ("“I had really liked music,”", ("Steen",))


def test_industry_analysts_in_a_relative_clause_are_the_speakers() -> None:
    sentence = "More cars are coming in the next two years that industry analysts say will lift sales."
    assert repaired_mention("industry analysts", sentence) == "industry analysts"
