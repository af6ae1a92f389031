"""Issue 11, rounds 45-46: classes from the misses of two held-out sets written blind from seed 004 (a first week
of December, an afternoon in the countryside), each tested in new wordings with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import check

from flexbot.flexpolis import conversation, cost_questions, dialogue, english
from flexbot.flexpolis.conflicts import normalise_conflict


def _kind(text: str) -> str | None:
    return normalise_conflict(text).kind


def test_a_farm_or_business_next_door_is_a_neighbour() -> None:
    # C&W 2e: "een conflict met uw buren"; the other side's plot is no other property of the customer (C&W 3a)
    assert _kind(
        "De varkenshouder naast ons laat de mest vlak bij onze schutting liggen, het stinkt verschrikkelijk."
    ) == ("burenconflict")
    assert _kind("De tuinder naast mij heeft een hek op zijn perceel gezet dat half op mijn grond staat.") == (
        "burenconflict"
    )


def test_farm_vehicles_in_traffic_are_verkeer() -> None:
    # Verkeer 3a: "schade of letsel doordat iemand een verkeersfout maakte"
    assert (
        _kind("Een tractor met aanhanger duwde me op de dijk van de weg, mijn bumper ligt eraf.") == "verkeersongeval"
    )
    assert _kind("De shovel van de gemeente heeft mijn geparkeerde auto opengehaald.") == "verkeersongeval"
    assert _kind("In Kroatie reden we in een huurauto toen een busje ons van achteren ramde.") == "verkeersongeval"


def test_a_board_member_told_by_the_task_is_c_w_2h() -> None:
    # C&W 2h: "als bestuurder van een vereniging of stichting", only unpaid
    assert _kind("Ik doe de kas van onze hengelsportvereniging en nu eist een lid geld van mij terug.") == (
        "bestuurder_vereniging"
    )
    assert _kind("Voorzitter van de plaatselijke toneelvereniging, en een oud-lid klaagt mij aan.") == (
        "bestuurder_vereniging"
    )
    _, replies = check(
        "Ik ben vrijwillig penningmeester van onze korfbalclub en een sponsor wil mij aansprakelijk stellen.",
        "Consument & Wonen.",
        "Volgend jaar krijg ik een vaste vergoeding per maand van de club. Maakt dat uit?",
    )
    said = " ".join(replies[-1])
    assert "niet betaald" in said and "art. 2h Consument & Wonen" in said, said


def test_pay_from_the_employer_and_local_taxes() -> None:
    # Inkomen 2a (an end-of-year payment is wage, no benefit of Inkomen 2d); art. 11j (taxes, also local levies)
    assert _kind("De werkgever keert de vakantie-uitkering dit jaar niet uit.") != "uitkering"
    assert _kind("Mijn baas wil de eindejaarsuitkering niet betalen omdat ik ziek was.") == "arbeidsovereenkomst"
    assert _kind("De rioolheffing is verdubbeld en mijn bezwaar is afgewezen.") == "belastingrecht"


def test_letting_told_verb_second_and_a_deposit_kept_by_a_campsite() -> None:
    # C&W 3b: letting property is excluded; C&W 2b: a deposit kept under a contract
    assert _kind("Het chalet aan het meer verhuren we in de zomer. Nu weigert een huurder de schade te betalen.") == (
        "verhuur"
    )
    assert (
        _kind("Het vakantiepark hield 300 euro borg in voor schade aan de bungalow die er al was.") == "consumentenkoop"
    )


def test_a_business_of_ones_own_by_its_kind_is_not_private() -> None:
    # C&W 1: only "in uw rol als particulier"
    for text in (
        "Ik heb een snackbar en de groothandel levert al weken te weinig.",
        "Als eigenaar van de bakkerij heb ik ruzie met de leverancier van de oven.",
    ):
        assert dialogue.facts_in_description(text).get("role") == "zakelijk", text
    assert _kind("De brouwerij wil het leveringscontract opzeggen en dreigt met een boete van 5.000 euro.") != "boete"


def test_the_end_of_a_policy_told_as_until_a_month_is_no_start() -> None:
    # art. 11c (reported more than a month after the end), not art. 9 (before the start)
    found = dialogue.facts_in_description(
        "Tot eind maart was ik bij jullie verzekerd, toen ben ik overgestapt. Mijn werkgever betaalde in februari "
        "mijn overuren niet. Kan ik dat nog melden?"
    )
    assert found.get("first_event_after_start") is not False, found
    ended = dialogue.facts_in_description(
        "Per 1 maart heb ik de rechtsbijstand bij jullie opgezegd. Nu, in juli, heb ik ruzie met mijn huisbaas."
    )
    assert ended.get("facts.gemeld_na_einde") is True, ended


def test_english_rental_car_hit_abroad_is_verkeer_3a_worldwide() -> None:
    # Verkeer 3a, Verkeer 5 (all countries) and art. 6 (EUR 10,000 outside Europe)
    gist = english.gist("On a trip to California a truck crashed into our rental car. We have the Verkeer module.")
    answer = conversation.coverage_first(gist) or ""
    assert "art. 3a Verkeer" in answer and "10.000" in answer, answer


def test_who_is_insured_asked_beside_the_story() -> None:
    # Verkeer 2 (a driver with permission); art. 1 (a child away for a dagstudie, a relative not insured)
    assert dialogue.facts_in_description(
        "Is mijn zus ook verzekerd? Ze reed met mijn toestemming in mijn auto en werd aangereden. Ze woont niet bij mij."
    ).get("involved") == ("driver_with_permission")
    assert dialogue.facts_in_description(
        "Ik studeer in Utrecht en mijn huisbaas houdt mijn borg in. Mijn vader heeft een Flexpolis."
    ).get("involved") == ("child_studying")
    assert dialogue.facts_in_description(
        "Mijn vader woont in een verpleeghuis en ze rekenen te veel. Ik ben zijn mantelzorger. Kan ik mijn "
        "rechtsbijstand gebruiken om dat voor hem aan te vechten?"
    ).get("involved") == ("other")


def test_follow_up_questions_about_costs_and_the_lawyer() -> None:
    # art. 9 (the expert report), art. 6 (the other side's costs as the court finds), art. 5 (a lawyer for a case abroad)
    assert cost_questions.cost_keys("En wie betaalt dat rapport?") == ["deskundigenrapport"]
    assert "rechter vindt" in (cost_questions.cost_answer("Moeten we de kosten van de tegenpartij betalen?") or "")
    answer = conversation.answer_text("own_lawyer", "Mag ik een advocaat uit Nederland nemen voor die Spaanse zaak?")
    assert answer.startswith("Gaat het om een conflict in het buitenland") or "buitenland" in answer.split(".")[0], (
        answer
    )
    assert conversation.faq_topic_in("Is het nu al te laat?") == "report"
