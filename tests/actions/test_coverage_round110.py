"""Issue 11, rounds 110-111 (stories corrected as they go; reputation, privacy and the internet) fixed in the thirteenth
session: readings and turns from their misses, each tested in new wordings (not the eval sets' lines) with the seed's
article."""

from __future__ import annotations

from decimal import Decimal

from testkit.coverage_form import check
from testkit.stories import kind

from flexbot.complaints.rules import self_blame_only
from flexbot.dutch import fold
from flexbot.flexpolis import conversation, dialogue, dialogue_amounts
from flexbot.flexpolis.dialogue_dates import first_event_in_text
from flexbot.flexpolis.dialogue_people import child_living_apart


def _last(*turns: str) -> str:
    _, replies = check(*turns)
    return " ".join(replies[-1])


# ---------------------------------------------------------------- corrections within a message
def test_a_correction_within_the_message_replaces_the_amount() -> None:
    found = dialogue.facts_in_description(
        "De stofzuiger van 400 euro is stuk. Correctie: het onderdeel dat kapot is kostte 90 euro, de rest werkt."
    )
    assert found["amount"] == Decimal(90), found


def test_a_belief_let_go_is_dropped() -> None:
    found = dialogue.facts_in_description(
        "Ik dacht dat we alleen Inkomen hadden, maar we hebben toch ook Verkeer. Een scooter reed mij aan."
    )
    assert found["modules"] == frozenset({"verkeer"}), found


def test_the_country_corrected_within_the_message() -> None:
    found = dialogue.facts_in_description(
        "Laptop gekocht bij een winkel in Utrecht. Nee sorry, ik haal dingen door elkaar: het was een winkel in België."
    )
    assert found["country"] == "BE", found


def test_one_amount_instead_of_another() -> None:
    assert dialogue_amounts.stake_changed(Decimal(100), "nee, het was geen 100 maar 260 euro") == Decimal(260)


def test_a_mistake_of_ones_own_is_no_complaint() -> None:
    assert self_blame_only(fold("o nee, ik keek naar de verkeerde factuur"))
    assert self_blame_only(fold("ik heb me vergist, het was in mei"))


def test_the_person_corrected_is_not_insured() -> None:
    reply = _last(
        "Mijn zoon is zijn borg van 800 euro kwijt aan een bemiddelaar die met het geld is verdwenen.",
        "Ik bedoelde mijn broer, niet mijn zoon. Hij woont in Breda. Wij hebben C&W.",
    )
    assert "niet verzekerd" in reply and "art. 1" in reply, reply


def test_a_grown_up_child_living_apart() -> None:
    assert child_living_apart("Mijn dochter wordt lastiggevallen. Ze is 27 en woont zelfstandig.")
    assert not child_living_apart("Mijn dochter studeert in Delft en woont daar op zichzelf.")


def test_a_civil_servant_told_later_is_inkomen_2b() -> None:
    reply = _last("Mijn werkgever schorst mij zonder reden.", "Ik heb Inkomen, ik ben ambtenaar bij de provincie.")
    assert "2b Inkomen" in reply, reply


def test_a_surety_told_later_is_11n() -> None:
    reply = _last(
        "De bank stuurt mij aanmaningen voor 6.000 euro.", "Ik heb C&W. Ik heb borg gestaan voor mijn zwager."
    )
    assert "11n" in reply, reply


def test_the_kind_asked_after_a_vague_start_is_read_with_it() -> None:
    reply = _last("Het dak lekt al weken en de eigenaar komt niet.", "We huren het huis. C&W.")
    assert "2c Consument & Wonen" in reply and "Welke modules" not in reply, reply


def test_a_friend_on_the_back_seat_is_a_passenger() -> None:
    reply = _last(
        "In mijn auto reed een bus op ons in, mijn vriendin op de achterbank heeft whiplash.",
        "Ik heb Verkeer. Is zij ook verzekerd? We wonen niet samen.",
    )
    assert "passagiers" in reply, reply


def test_two_questions_after_twee_vragen() -> None:
    text = "Ik heb Inkomen. Twee vragen: hoe meld ik dit, en wat is het maximum?"
    assert conversation.other_faq_topic(text, conversation.faq_topic_in(text) or "") == "report"


def test_verkeer_4d_said_again_after_the_modules() -> None:
    reply = _last("Ik kocht een gebruikte motor en de versnellingsbak is na twee weken stuk.", "Ik heb Verkeer.")
    assert "4d Verkeer" in reply, reply


def test_last_years_season_before_this_years_policy() -> None:
    text = "Sinds vorig voorjaar pest de buurman ons. Ik heb de verzekering, afgesloten in april van dit jaar."
    assert first_event_in_text(text) is False


# ---------------------------------------------------------------- reputation, privacy and the internet
def test_harm_online_is_c_w_2a() -> None:
    assert kind("Iemand heeft een nepprofiel met mijn foto's aangemaakt en stuurt mijn collega's berichten.") == (
        "onrechtmatige_daad"
    )
    assert kind("De tandarts had een datalek en mijn gegevens liggen op straat.") == "onrechtmatige_daad"
    assert kind("Een oud-klasgenoot zet foto's van mij online met gemene teksten.") == "onrechtmatige_daad"


def test_an_ex_who_spreads_photos_is_no_divorce_matter() -> None:
    assert (
        kind("Mijn ex-vriendin heeft intieme foto's van mij doorgestuurd naar mijn vrienden.") == "onrechtmatige_daad"
    )
    assert kind("Mijn ex wil geen alimentatie betalen en zet foto's van mij online.") == "echtscheiding"


def test_bullying_at_work_or_school_keeps_its_reading() -> None:
    assert kind("Ik word gepest op mijn werk") == "arbeidsovereenkomst"
    assert kind("Een bedrijf gebruikt zonder toestemming mijn foto's op hun website") == "intellectueel_eigendom"


def test_a_portrait_used_commercially_is_11o() -> None:
    assert kind("Een kledingmerk gebruikt een foto van mij in een advertentie zonder te vragen.") == (
        "intellectueel_eigendom"
    )


def test_the_bank_refusing_a_refund_is_its_contract() -> None:
    # C&W 2b
    assert kind("Mijn rekening is leeggehaald via phishing en nu weigert de bank het geld terug te storten.") == (
        "consumentenkoop"
    )


def test_paid_content_on_ones_own_channel_is_income() -> None:
    found = dialogue.facts_in_description("Een merk betaalt de sponsordeal voor mijn TikTok-filmpjes niet uit.")
    assert found.get("role") == "zakelijk", found
    bought = dialogue.facts_in_description("Ik kocht een cursus van een influencer en kreeg nooit toegang.")
    assert bought.get("role") != "zakelijk", bought


def test_a_suspicious_login_is_no_suspect() -> None:
    assert kind(
        "Het online casino blokkeert mijn account wegens een verdachte inlog en betaalt mijn winst niet uit."
    ) == ("kansspel")


def test_a_threat_to_sue_for_a_review_is_c_w_2k() -> None:
    assert kind("Na mijn eerlijke review dreigt de aannemer mij aan te klagen voor 2.500 euro.") == (
        "aansprakelijk_gesteld"
    )


def test_alleenstaand_told_with_someone_elses_story() -> None:
    reply = _last(
        "Op onze polis staat 'alleenstaand'. Mijn vriend wordt online bedreigd door een oud-collega. Kan hij de polis "
        "gebruiken?"
    )
    assert "alleenstaand" in reply and "art. 1" in reply, reply


def test_advice_after_all_is_the_inleiding_offer() -> None:
    assert conversation.overriding_topic("disagreement", "Kan ik dan toch wel advies krijgen van jullie?") == (
        "not_covered"
    )
