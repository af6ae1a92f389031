"""Issue 11, round 65 (young adults): students and adult children, first jobs and homes, tickets, trips abroad; each in
new wordings (not the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import Chat, check
from testkit.stories import kind

from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue
from flexbot.flexpolis.dialogue_policy import parse_modules


def joined(replies: list[list[str]], turn: int) -> str:
    return " ".join(replies[turn])


def test_who_is_insured_among_the_young() -> None:
    # art. 1: a child living on their own and working is not on the parents' policy; a brother at home is insured too
    found = dialogue.facts_in_description(
        "Mijn ouders hebben een Flexpolis. Ik ben 26, woon zelfstandig in Zwolle en werk. Mijn verhuurder houdt de borg."
    )
    assert found.get("involved") == "other", found
    _, replies = check(
        "Ik woon nog thuis en heb mijn fiets aan mijn zus verkocht, zij woont ook hier. Ze betaalt niet. Kan ik iets via "
        "de polis van mijn ouders?"
    )
    assert "ook verzekerd" in joined(replies, 0) and "art. 1" in joined(replies, 0), replies


def test_where_the_customer_will_be_is_not_where_the_conflict_is() -> None:
    # C&W 2b in the Netherlands; "volgend jaar woon ik in Japan" names no country of the conflict (C&W 4)
    found = dialogue.facts_in_description(
        "Het concert in Utrecht is afgelast en ik krijg alleen een voucher; volgend jaar woon ik in Japan."
    )
    assert found.get("country") in (None, "NL") and found.get("conflict") == "consumentenkoop", found


def test_moving_abroad_is_said_with_the_answer() -> None:
    # art. 15: the policy ends when the policyholder no longer lives in the Netherlands
    _, replies = check(
        "Ik ga in Lissabon werken en verhuis er in maart heen. Helpen jullie als mijn werkgever daar niet betaalt?"
    )
    assert "art. 15" in joined(replies, 0) and "niet meer in Nederland woont" in joined(replies, 0), replies


def test_kinds_of_round_65() -> None:
    # Inkomen 2a (wages abroad), Verkeer 4c (rides for an app), C&W 3e (a giveaway), C&W 3g (the end of living together),
    # art. 11l (debts one cannot pay), art. 11n (a guarantor), C&W 2b (a festival day cancelled), Verkeer 3a (hit by a
    # truck, knocked off a rental bike), C&W Eigen woning (a contractor's leak to the neighbours)
    assert kind("Mijn laatste weekloon van de pizzeria in Gent is nooit overgemaakt.") == "arbeidsovereenkomst"
    assert kind("Wie won de giveaway van die streamer? Ik! Maar de prijs komt maar niet.") == "kansspel"
    assert kind("Na drie jaar samenwonen is het uit; mijn ex-vriend houdt de wasmachine.") == "echtscheiding"
    assert kind("Ik heb schulden bij webshops en kan het niet meer betalen, nu dreigt beslag op mijn uitkering.") == (
        "schulden"
    )
    assert kind("Ik ben garantsteller voor de kamer van mijn broer; de verhuurder eist nu 1.800 euro van mij.") == (
        "overgenomen_vordering"
    )
    assert kind("De tweede festivaldag ging niet door en de organisatie weigert geld terug te geven.") == (
        "consumentenkoop"
    )
    assert kind("Ik werd op de rotonde geraakt door een bestelbus.") in (
        "verkeersongeval",
        "ongeval_zonder_motorrijtuig",
    )
    assert kind("In Lyon ben ik van mijn deelfiets gereden door een scooter.") in (
        "verkeersongeval",
        "ongeval_zonder_motorrijtuig",
    )
    assert kind("De loodgieter heeft in ons net gekochte huis de cv vervangen en nu lekt het bij de onderburen.") == (
        "eigen_woning"
    )


def test_a_rider_for_an_app_and_a_passenger() -> None:
    # Verkeer 4c: passengers driven for an app; Verkeer 2: a passenger who does not live with the customer
    _, replies = check(
        "In het weekend rij ik als bijbaan taxi voor een app. Iemand reed op me in toen ik een klant ophaalde."
    )
    assert "4c" in joined(replies, 0), replies
    _, replies = check(
        "Ik reed met mijn collega naast me en een busje knalde op ons. Zij heeft een hersenschudding. Kan zij via mijn "
        "verkeersmodule iets?"
    )
    assert "passagier" in joined(replies, 0), replies


def test_wonen_alone_is_the_module_only_as_a_module() -> None:
    assert parse_modules("verkeer en wonen") == frozenset({"verkeer", "consument_wonen"})
    assert parse_modules("Kan hij via mijn verkeer-module iets? We wonen niet samen.") == frozenset({"verkeer"})


def test_general_questions_of_round_65() -> None:
    # C&W 2d 'Let op': a first home bought, the policy to change; Inleiding: what ARAG still offers
    assert talk.faq_topic_in(
        "Net de koopovereenkomst van ons eerste appartement getekend, moet ik iets aanpassen aan mijn polis?"
    ) == ("new_home")
    assert talk.faq_topic_in("Dus ik sta er helemaal alleen voor?") == "not_covered"


def test_harm_asked_for_someone_of_the_story() -> None:
    # Verkeer 2: the driver with permission's injury is the same matter, not a new C&W question
    chat = Chat()
    chat.say(
        "Mijn neef leende mijn auto en werd op de A2 geraakt door een vrachtwagen; hij heeft nekklachten.",
        "check_coverage",
    )
    replies = chat.say("Ik heb Verkeer. Kan hij ook hulp krijgen voor zijn letsel?", "check_coverage")
    assert not any("Consument & Wonen, en die staat niet op uw polis" in reply for reply in replies), replies
    assert any("art. 2 Verkeer" in reply for reply in replies), replies
