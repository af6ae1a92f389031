"""Issue 11, round 56: classes from the misses of a held-out pair written blind from seed 004 (a week of chats from a
small town: neighbours, local shops, the municipality, farmers, commuters, care for family), each tested in new
wordings with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import check
from testkit.stories import first, kind

from flexbot.flexpolis import conversation, dialogue, faq_turn, story_facts
from flexbot.flexpolis.cost_questions import cost_keys


def test_land_a_car_and_a_home_by_what_they_are() -> None:
    # C&W 3a: land or a stable rented for a hobby is no home; Verkeer 4d: a car bought from a neighbour privately is
    # about the car, not the neighbours; C&W 2d: a home wanted, the seller went back before anything was signed
    assert kind("Wij pachten een stuk grond van de gemeente voor onze moestuin en nu wordt de pacht opgezegd.") == (
        "andere_woning"
    )
    assert kind("Van mijn zwager zijn oude Opel gekocht, zonder garantie; na een week is de motor kapot.") == (
        "contract_motorrijtuig"
    )
    assert kind(
        "We wilden de boerderij aan de dijk kopen, maar voor we getekend hadden koos de verkoper een ander."
    ) == ("woning_kopen_voor_tekenen")


def test_exclusions_by_what_the_customer_does() -> None:
    # art. 11h: a business opened in rented premises; 11n: an heir collecting the deceased's claim; 11o: one photo
    assert kind("Ik wil aan de Dorpsstraat een kapsalon openen, maar de verhuurder trekt zich terug.") == (
        "bedrijf_starten"
    )
    assert kind(
        "Ik ben erfgenaam van mijn tante. Zij had nog 2.500 euro tegoed van haar schilder en dat wil ik innen."
    ) == ("overgenomen_vordering")
    assert kind("De krant heeft zonder toestemming mijn tekening van de molen afgedrukt.") == "intellectueel_eigendom"


def test_work_and_harm_outside_traffic() -> None:
    # Inkomen 2c: a complaint about how the customer did the job; C&W 2j: prosecuted for harm from a falling branch, not
    # in traffic; Verkeer 4c: delivering for a shop with one's own car
    assert (
        kind("Een ouder heeft een klacht ingediend bij de klachtencommissie over hoe ik de les gaf.") == "beroepsklacht"
    )
    assert "2j" in first(
        "Bij het kappen van een boom viel een tak op een voetganger; ik word vervolgd voor letsel door schuld."
    )
    answer = first("Ik bezorg op zaterdag voor de bakker met mijn eigen busje. Vanochtend reed er iemand mij aan.")
    assert "4c" in answer and "Verkeer" in answer, answer


def test_lawyers_and_shared_costs_in_the_story() -> None:
    # art. 11a: a lawyer hired to write a letter; art. 10: a neighbourhood association's one lawyer (your share)
    told = story_facts.circumstances_in_story("Ik heb mijn advocaat al een brief laten sturen. Betalen jullie dat?")
    assert told.get("facts.advocaat_ingeschakeld") is True, told
    assert cost_keys("We willen met de hele vereniging één advocaat nemen. Betalen jullie die?") == [
        "gezamenlijk_belang"
    ]


def test_questions_about_the_answer() -> None:
    # art. 7: report at once; art. 9: the expert report paid afterwards ("alsnog"); Inleiding: what ARAG still offers;
    # art. 5: the other side insured with ARAG; the lawyer of a conflict abroad registered there
    assert conversation.faq_topic_in("Moet ik snel melden?") == "report"
    assert "alsnog" in faq_turn.answer_faq("faq_costs", "Wie betaalt het deskundigenrapport?", None, True).messages[0]
    assert conversation.faq_topic_in("Wat kan ik dan nog wel verwachten van jullie?") == "not_covered"
    answer = conversation.fallback_answer("Mijn buurman is ook verzekerd bij ARAG. Hoe gaat dat?") or ""
    assert "belangenconflict" in answer, answer
    check_abroad = {"question": {"conflict": "verkeersongeval", "country": "DE"}}
    turn = faq_turn.answer_faq(
        "faq_own_lawyer", "Mag ik een advocaat uit mijn eigen dorp?", None, True, check=check_abroad
    )
    assert "buitenland" in turn.messages[0], turn.messages


def test_answers_in_later_turns() -> None:
    # art. 13: "dus dat geld krijg ik niet?" in a bail check is the loan, repaid; Inkomen 3a: "het gaat eigenlijk om
    # mijn eigen praktijk als zzp'er" replaces the employee's complaint; C&W with Eigen woning told as one phrase
    _, replies = check(
        "In Spanje een voetganger geraakt met de auto; de politie wil 5.000 euro borg.",
        "Ik heb Verkeer.",
        "Dus dat bedrag krijg ik niet zomaar van jullie?",
    )
    assert "terugbetalen" in " ".join(replies[-1]), replies[-1]
    _, replies = check(
        "Ik ben verpleegkundige in loondienst en een patiënt heeft een tuchtklacht tegen mij ingediend.",
        "Het gaat eigenlijk om mijn eigen praktijk als zzp'er, op zaterdag.",
    )
    assert "3a" in " ".join(replies[-1]), replies[-1]
    assert dialogue.parse_modules("Consument & Wonen met eigen woning") == frozenset({"consument_wonen"})
    assert dialogue.MODULES_ON_POLICY.search("wij hebben een koophuis en consument & wonen met eigen woning")
