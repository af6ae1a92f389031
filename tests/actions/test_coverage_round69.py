"""Issue 11, round 69: readings of kinds left from round 68's conversations and found in round 69's first run; each in
new wordings (not the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.complaint_nlu import after_an_answer, routed
from testkit.coverage_form import check, joined
from testkit.stories import kind

from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue, faq_turn
from flexbot.flexpolis.answers import faq_answer

ART_13 = (
    "Moet u voor een verzekerd conflict een borgsom betalen aan een buitenlandse overheid, dan leent ARAG u dat bedrag, "
    "tot maximaal € 50.000; dit geld moet u terugbetalen, maar u betaalt geen rente. (art. 13 Algemene regels)"
)


def test_a_report_against_the_customer_makes_no_victim() -> None:
    # Inkomen 2c / art. 12: a disciplinary complaint and a police report against the customer; they are no victim (C&W 2a)
    told = "Ik ben verpleegkundige in loondienst. Een cliënt heeft een klacht tegen mij ingediend bij het tuchtcollege en ook aangifte gedaan."
    assert kind(told) == "beroepsklacht"
    assert kind("Mijn buurman heeft aangifte tegen mij gedaan wegens bedreiging, maar het klopt niet.") == "strafzaak"
    assert kind("Ik ben op straat mishandeld en heb aangifte gedaan.") == "slachtoffer"


def test_own_work_sold_by_another_is_intellectual_property() -> None:
    # 11o: the customer's own work used or sold without paying them
    assert (
        kind(
            "Ik heb in mijn vrije tijd een lesmethode voor gitaar geschreven en nu verkoopt de muziekschool die zonder mij iets te betalen."
        )
        == "intellectueel_eigendom"
    )
    assert kind("Heb ik zelf een app gebouwd, gebruikt mijn oud-werkgever hem gewoon zonder toestemming.") == (
        "intellectueel_eigendom"
    )


def test_the_uwv_deciding_on_a_payment_is_a_benefit() -> None:
    # Inkomen 2d: the UWV's loongarantie after the employer's bankruptcy; a dismissal permit stays Inkomen 2a
    assert kind("Na het faillissement van mijn werkgever betaalt het UWV maar een deel van mijn loon.") == "uitkering"
    assert kind("Mijn baas is failliet, het UWV heeft mijn aanvraag voor achterstallig loon afgewezen.") == "uitkering"
    assert kind("Mijn werkgever vroeg een ontslagvergunning aan bij het UWV en het UWV keurt die goed.") == (
        "arbeidsovereenkomst"
    )


def test_costs_refunded_after_a_dropped_case_are_said_as_refunded() -> None:
    # art. 12: "betalen wij u wel de kosten terug": the answer says the costs are refunded
    answer = faq_answer("criminal")
    assert "achteraf wel vergoed" in answer and "betaalt ze terug" in answer and "niet verder te vervolgen" in answer


def test_a_follow_up_on_the_loan_just_explained_is_no_complaint() -> None:
    # art. 13 just answered; asking whether the money must go back to ARAG is a question about that rule
    text = "Is die borgsom dan van jullie, of moet hij later terug naar jullie? Kost ons dat iets?"
    found = routed(text, "faq_costs", "complaint", question=True, context=after_an_answer(ART_13), confidence=0.82)
    assert found["detection"]["decision"] == "none", found
    without = routed(text, "faq_costs", "complaint", question=True, context=None, confidence=0.82)
    assert without["detection"]["decision"] == "complaint"
    blamed = "Is die borgsom dan van jullie, wat een gedoe! Moet hij later terug naar jullie?"
    after = routed(blamed, "faq_costs", "complaint", question=True, context=after_an_answer(ART_13), confidence=0.82)
    assert after["detection"]["decision"] == "complaint"


def test_the_driver_over_the_limit_told_in_a_reply_decides_at_once() -> None:
    # Verkeer 4a: a breath figure over the limit told while the modules are asked; the exclusion, no module question
    _, replies = check(
        "Mijn dochter (22, woont thuis) heeft met mijn auto een scooterrijder geschept, het OM vervolgt haar voor letsel "
        "door schuld.",
        "Ze had wel wat gedronken, de politie mat 0,9 promille.",
    )
    assert "art. 4a Verkeer" in joined(replies, 1) and "Welke modules" not in joined(replies, 1), replies
    assert joined(replies, 1).startswith("Dit conflict is niet verzekerd"), replies
    # below the limit it may matter, but it decides nothing yet
    _, replies = check(
        "Mijn dochter (22, woont thuis) heeft met mijn auto een scooterrijder geschept, het OM vervolgt haar voor letsel "
        "door schuld.",
        "Ze had één glas wijn op, de politie mat 0,2 promille.",
    )
    assert not joined(replies, 1).startswith("Dit conflict is niet verzekerd"), replies


# Round 69's first run (holidays, travel, second homes, border regions) --------------------------------------------
def test_countries_told_in_brackets_and_by_region() -> None:
    # C&W 4 / Eigen woning: a hotel "in Kemer (Turkije)" is outside the EU; a chalet in the Ardennes is not in NL
    found = dialogue.facts_in_description("Wij boekten zelf een hotel in Kemer (Turkije) en kregen een vieze kamer.")
    assert found.get("country") == "TR", found
    found = dialogue.facts_in_description(
        "Onze stacaravan staat op een park in de Ardennen, de uitbater verdubbelt de huur."
    )
    assert found.get("country") == "BE", found
    assert (
        dialogue.facts_in_description("We gingen naar de spa in Zandvoort en de sauna was dicht.").get("country")
        is None
    )


def test_the_option_told_as_insured_is_no_question_who_is_insured() -> None:
    # C&W Eigen woning: "eigen woning bij jullie meeverzekerd" names the option, not a person (art. 1)
    _, replies = check(
        "Onze stacaravan heeft een vaste standplaats op een camping bij Ommen. De nieuwe eigenaar van de camping wil ons "
        "eraf hebben. We hebben de eigen woning bij jullie meeverzekerd. Wat nu?"
    )
    assert "Eigen woning" in joined(replies, 0) and "particulier" not in joined(replies, 0), replies


def test_calling_now_at_the_weekend_gets_the_emergency_line() -> None:
    # art. 7: by phone, in emergencies day and night; a police officer at a crash makes no criminal case
    _, replies = check(
        "Op de autobahn bij Keulen is er iemand achterop mij geknald, de politie is er nu. Het is zaterdagnacht. "
        "Mag ik jullie nu nog bellen?"
    )
    assert "art. 3a Verkeer" in joined(replies, 0) and "24 uur" in joined(replies, 0), replies
    assert "strafbaar feit" not in joined(replies, 0), replies


def test_kinds_of_a_holiday() -> None:
    assert kind(
        "Mijn auto stond bij een parkeerservice op Eindhoven Airport en kwam terug met krassen op de bumper."
    ) == ("schade_vervoermiddel")  # Verkeer 3b
    assert kind("Op de parkeerplaats van de Lidl tikte een man mijn spiegel eraf en reed weg.") == "verkeersongeval"
    assert kind(
        "Mijn reisverzekering weigert de gestolen telefoon te vergoeden, ik zou hem onbeheerd hebben gelaten."
    ) == ("consumentenkoop")  # C&W 2b: the own insurer
    assert kind("Ik heb mijn collega 800 euro voorgeschoten voor zijn vliegticket en hij betaalt niet terug.") == (
        "geld_uitgeleend"
    )  # C&W 3f
    assert kind("De verhuurder van ons vakantieappartement in Nice houdt de borg in.") == "consumentenkoop"  # C&W 2b
    assert (
        kind("Een Duitse garage heeft de distributieriem vervangen en nu is de motor kapot.") == "contract_motorrijtuig"
    )
    assert kind("In Noorwegen reed een camper tegen onze geparkeerde huurauto, wij willen de schade verhalen.") == (
        "verkeersongeval"
    )  # Verkeer 3a, not the rental (C&W 3c)
    assert kind("Op Lombok werd ik op mijn huurscooter aangereden door een busje.") == "verkeersongeval"
    assert kind("Ik heb ook gedoe met het Finanzamt over mijn Steuererklärung.") == "belastingrecht"  # 11j


def test_money_lent_for_a_trip_is_not_in_the_trip_country() -> None:
    found = dialogue.facts_in_description(
        "Ik heb mijn buurvrouw 900 euro voorgeschoten voor haar deel van onze reis naar Bali."
    )
    assert found.get("conflict") == "geld_uitgeleend" and found.get("country") is None, found


def test_a_child_working_abroad_is_not_on_the_parents_policy() -> None:
    # art. 1: a child who works and rents a home of their own is not insured; one away for a study is
    _, replies = check(
        "Onze dochter van 26 werkt sinds vorig jaar in Wenen. Haar verhuurder daar houdt haar borg in. Zij valt toch "
        "onder onze polis?"
    )
    assert "art. 1 Algemene regels" in joined(replies, 0) and "niet verzekerd" in joined(replies, 0), replies
    _, replies = check(
        "Onze zoon zit een semester in Lissabon voor zijn studie, via Erasmus. Zijn verhuurder daar houdt de borg in."
    )
    assert "dagstudie" in joined(replies, 0) and "in Nederland staan" in joined(replies, 0), replies


def test_a_lawyer_of_the_country_hired_by_the_customer() -> None:
    # art. 11a: hired without ARAG's permission; art. 5: asked by the foreign name
    _, replies = check(
        "Na gedoe met de verhuurder van ons gehuurde huisje in Frankrijk heb ik zelf een Franse avocat ingeschakeld. "
        "Kan ik zijn rekening bij jullie indienen?"
    )
    assert "art. 11a" in joined(replies, 0), replies
    assert talk.faq_topic_in("Mag ik een Duitse Anwalt nemen?") == "own_lawyer"
    assert talk.faq_topic_in("Wat staat er in dat clausuleblad?") == "terrorism"


def test_travel_companions_asked_about() -> None:
    # C&W 1: companions on a holiday the customer booked are insured for the journey
    _, replies = check(
        "We hebben een huisje in Zweden gehuurd en het was onbewoonbaar.",
        "Alleen Consument & Wonen.",
        "Mijn broer en schoonzus waren er ook bij; ik had alles geboekt. Tellen zij ook mee?",
    )
    assert "reisgenoten" in joined(replies, 2), replies
    assert talk.faq_topic_in("In mei gaan we samen naar Kreta en ik boek alles. Is zij dan ook gedekt?") == (
        "who_is_insured"
    )


def test_the_modules_told_after_the_countries_answer() -> None:
    # C&W 4, Verkeer 5: where each module named applies, for the country asked about
    where = talk.where_modules_apply(frozenset({"consument_wonen", "verkeer"}), "CA")
    assert "Europese Unie" in where and "alle landen van de wereld" in where and "€ 10.000" in where, where


def test_a_share_in_the_case_asked_as_all_costs_is_art_10() -> None:
    # art. 10: others with an interest; only the customer's share, whatever the classifier heard
    for intent in ("faq_costs", "faq_maximum"):
        turn = faq_turn.answer_faq(
            intent, "Mijn broer wil ook meedoen met de zaak, betalen jullie dan alle kosten?", None, True, check=None
        )
        assert "aandeel" in turn.messages[0].split(". ")[0], turn


def test_a_relative_who_rode_along_is_a_passenger_also_when_living_elsewhere() -> None:
    # Verkeer 2: passengers are insured; "hij woont niet bij ons" makes no partner out of him (art. 1)
    _, replies = check(
        "In Portugal reed een busje tegen onze huurauto, mijn man heeft whiplash.",
        "We hebben Verkeer.",
        "mijn zwager zat ook in de auto, hij woont niet bij ons. is hij ook verzekerd?",
    )
    assert "passagiers" in joined(replies, 2) and "iemand anders" not in joined(replies, 2), replies
