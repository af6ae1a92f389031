"""English stories of later life, round 86 (flexbot/flexpolis/english.py, language_answer.py): a care or
nursing home and home care are a consumer contract (C&W 2b), a death with an executor, heirs or a will is
the inheritance (C&W 2i), and the aids and pensions of old age are read by their Dutch words."""

from __future__ import annotations

import pytest

from flexbot.flexpolis import dialogue, english, language_answer


def conflict(text: str) -> str | None:
    return dialogue.facts_in_description(english.gist(text)).get("conflict")


def test_a_care_home_raising_its_fee_unannounced_for_a_parent_is_c_and_w_2b():
    text = (
        "Good morning, I'm contacting you for my mother, who is 91. She has a Flexpolis with ARAG including "
        "Consument & Wonen. Her residential care home put up the monthly price by 450 euros without warning, "
        "while her agreement promises two months' notice of any change. What can she do?"
    )
    assert conflict(text) == "consumentenkoop"
    answer = language_answer.dutch_only_answer(text)
    assert "Wat ik uit uw vraag begrijp" in answer, answer
    assert "2b Consument & Wonen" in answer and "U bent hiervoor verzekerd" in answer, answer


def test_the_module_of_the_parent_told_in_a_second_message():
    story = "My dad lives in an old people's home in Apeldoorn and they increased his fees from May without telling us."
    assert "2b Consument & Wonen" in (language_answer.what_follows(story) or "")
    answer = language_answer.follow_up_answer(story, "He has had the Consumer and Housing module for ages.")
    assert answer and "U bent hiervoor verzekerd" in answer and "2b Consument & Wonen" in answer, answer


@pytest.mark.parametrize(
    "text",
    [
        "The home care organisation bills my grandmother for visits nobody made. Can ARAG help?",
        "We paid for a stair lift for my husband, it was never delivered and the company will not refund us.",
        "My new hearing aids stopped working within a month and the hearing care shop refuses to repair them.",
        "I bought a mobility scooter, it is defective and the seller won't fix it under the guarantee.",
    ],
)
def test_care_services_and_aids_of_old_age_are_consumer_contracts(text):
    assert conflict(text) == "consumentenkoop", english.gist(text)
    assert "2b Consument & Wonen" in (language_answer.what_follows(text) or "")


def test_a_mobility_scooter_is_no_scooter_and_a_day_care_centre_no_care_home():
    assert "scootmobiel" in english.gist("Can you help me? The dealer of my mobility scooter does not answer.")
    assert "verzorgingshuis" not in english.gist("Our son's day care centre cancelled the contract with us.")


def test_a_resident_who_fell_in_the_nursing_home_is_harm_done_c_and_w_2a():
    text = "In her nursing home the nurses dropped my mother while washing her and she fractured her wrist."
    assert "2a Consument & Wonen" in (language_answer.what_follows(text) or "")


STORY = (
    "Hi, my aunt died in February in Zwolle. Her stepson is the executor of the estate and will not show me "
    "any of the accounts, nor share anything out among us. I'm insured with ARAG. What now?"
)


def test_an_executor_who_shares_nothing_out_is_the_inheritance_c_and_w_2i():
    assert conflict(STORY) == "erfenis", english.gist(STORY)
    answer = language_answer.dutch_only_answer(STORY)
    assert "2i Consument & Wonen" in answer and "2b Consument & Wonen" not in answer, answer


def test_the_module_since_a_year_after_the_inheritance_story_gives_the_2i_verdict():
    answer = language_answer.follow_up_answer(STORY, "We've had Consument & Wonen since 2013.")
    assert answer and "U bent hiervoor verzekerd" in answer and "2i Consument & Wonen" in answer, answer


def test_a_death_before_the_module_began_is_not_covered():
    story = "My grandmother passed away in 2012 and the other heirs still quarrel about dividing her savings."
    answer = language_answer.follow_up_answer(story, "I have had the Consumer & Housing module since 2018.")
    assert answer and "niet verzekerd" in answer and "2i Consument & Wonen" in answer, answer


@pytest.mark.parametrize(
    "text",
    [
        "My sister and I inherited the family house, but she will not agree to sell it.",
        "My late father's last will leaves nearly everything to his carer, which my brothers and I contest.",
        "The co-heirs want to sell the holiday cottage of my deceased uncle without consulting me.",
    ],
)
def test_heirs_a_will_and_an_inherited_house_are_the_inheritance(text):
    assert conflict(text) == "erfenis", english.gist(text)
    assert "2i Consument & Wonen" in (language_answer.what_follows(text) or "")


def test_will_the_verb_real_estate_and_a_thing_that_died_stay_what_they_were():
    assert "testament" not in english.gist("The shop will not take back the blender, it will not even answer.")
    assert "testament" not in english.gist("The care home kept my aunt in her room against her will.")
    assert conflict("We bought real estate in Portugal and the seller hid the defects.") != "erfenis"
    gist = english.gist("My tablet died after a week and the store refuses to repair it.")
    assert "overleden" not in gist and conflict("My tablet died after a week and the store refuses to repair it.") == (
        "consumentenkoop"
    ), gist


def test_the_state_pension_is_inkomen_2d_and_the_pension_fund_2e():
    assert "2d Inkomen" in (language_answer.what_follows("The SVB cut my state pension after I moved house.") or "")
    assert "2e Inkomen" in (
        language_answer.what_follows("My pension fund lowered my pension without any reason.") or ""
    )


def test_home_care_hours_cut_are_a_social_provision_not_the_care_contract():
    text = "My father is 88 and the council has cut his home care hours in half. Who can help him object?"
    assert conflict(text) == "sociale_voorziening", english.gist(text)
    answer = language_answer.what_follows(text) or ""
    assert "2d Inkomen" in answer and "2b Consument & Wonen" not in answer, answer


def test_a_guardian_named_in_a_will_is_family_law_not_the_inheritance():
    text = "My brother died and his will names me guardian of his daughter, but her mother's family contests it."
    assert conflict(text) == "familierecht", english.gist(text)
    assert "2g Consument & Wonen" in (language_answer.what_follows(text) or "")


def test_an_age_beside_a_vague_sum_is_no_amount():
    text = (
        "I'm asking for my dad (79). His brother passed away and the executor says dad's part of the estate is "
        "only a couple of hundred euros, which cannot be right."
    )
    answer = language_answer.what_follows(text) or ""
    assert "2i Consument & Wonen" in answer and "11g" not in answer, answer
