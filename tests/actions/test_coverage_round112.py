"""Issue 11, rounds 112-113 (anger at the other party; the practical questions after a conflict) fixed in the thirteenth
session: readings, routes and turns from their misses, each tested in new wordings (not the eval sets' lines) with the
seed's article."""

from __future__ import annotations

from testkit.coverage_form import check
from testkit.stories import kind

from bot.components.complaint_rules_service import case_decision_complaint
from bot.components.third_party import coverage_story
from flexbot.flexpolis import conversation, dialogue


def _all(*turns: str) -> str:
    _, replies = check(*turns)
    return " ".join(replies[-1])


# ---------------------------------------------------------------- anger at the other party is no complaint
def test_stories_of_anger_at_the_other_party_are_coverage_questions() -> None:
    assert coverage_story(
        "Een bus reed achterop mijn auto. Zijn verzekeraar traineert alles, niemand reageert op mijn mails. Wat een "
        "waardeloze club. Kan ARAG dat oppakken?"
    )
    assert coverage_story(
        "Die cowboys van de botenstalling hebben mijn sloep beschadigd en lachen erom. Zijn jullie daarvoor?"
    )
    assert coverage_story(
        "Mijn dochter betaalde 600 euro voor een rijopleiding bij een school die na drie lessen failliet ging. Schandalig."
    )
    assert coverage_story(
        "Een fietser zegt dat hij over mijn stoepbord viel en eist 1.200 euro. Mijn WA-verzekeraar zegt dat het buiten de "
        "dekking valt. Ik heb niks fout gedaan."
    )


def test_art_17_asked_as_a_hypothesis_is_no_complaint() -> None:
    assert not case_decision_complaint("Stel dat jullie mijn zaak kansloos vinden en ik ben het niet eens, wat dan?")
    assert case_decision_complaint("Jullie jurist stopt mijn zaak want kansloos, dat pik ik niet.")


# ---------------------------------------------------------------- readings of angry stories
def test_readings_of_angry_stories() -> None:
    assert kind("Een brommer sneed me af op de rotonde, ik viel en mijn fiets is stuk.") == "verkeersongeval"
    assert kind("Ik kan de 3.000 euro aan achterstallige huur echt niet betalen, ik zit financieel aan de grond.") == (
        "schulden"
    )
    assert (
        kind("Mijn motor is gestolen en mijn eigen motorverzekeraar weigert uit te keren.") == "contract_motorrijtuig"
    )
    assert kind("Bij rellen is mijn auto in brand gestoken en mijn autoverzekering keert niet uit.") == "molest"
    assert kind("Ik betaalde 900 euro voor een opleiding tot yogadocent, na twee weken ging de school failliet.") == (
        "consumentenkoop"
    )
    assert kind("De buurman beweert dat mijn kat zijn vis heeft opgegeten en eist 400 euro.") == "aansprakelijk_gesteld"
    assert kind("De gemeente wil vanaf 2028 in de hele stad vuurwerk verbieden.") == "wetgeving"
    assert kind("We hadden mondeling akkoord over het appartement en nu verkoopt de makelaar het aan een ander.") == (
        "woning_kopen_voor_tekenen"
    )
    assert kind("Zij en ik zouden samen een koffiebar beginnen en nu is ze met mijn inleg vertrokken.") == (
        "bedrijf_starten"
    )


def test_an_ex_still_living_in_is_a_conflict_between_insured_people() -> None:
    assert (
        kind("Mijn ex woont nog bij ons en heeft mijn fiets gesloopt; we staan op dezelfde polis.") == "medeverzekerde"
    )


def test_a_repairer_who_ruined_it_is_the_repair_contract() -> None:
    assert kind("De reparateur heeft mijn telefoon erger kapot gemaakt dan hij was.") == "consumentenkoop"


# ---------------------------------------------------------------- practical questions beside a story or mid-check
def test_practical_questions_find_their_topic() -> None:
    topic = conversation.faq_topic_in
    assert topic("Kan ik u ook opbellen?") == "contact"
    assert topic("hoi, kan ik jullie in het weekend bellen?") == "report"
    assert topic("Moet de brief van de gemeente in het origineel naar jullie?") == "report"
    assert topic("Kan dat ook online?") == "report"
    assert topic("De bezwaartermijn verloopt volgende week, is dat erg?") == "report"
    assert topic("Krijg ik iemand die verstand heeft van huurrecht?") == "after_report"
    assert topic("Belt jullie jurist de werkgever of moet ik dat doen?") == "after_report"
    assert topic("Kunnen jullie het zonder rechter oplossen?") == "costs"
    assert topic("En als ik op eigen kosten doorga en win, wat dan?") == "disagreement"
    assert topic("Wat als de kosten hoger zijn dan wat de zaak oplevert?") == "after_report"


def test_an_indirect_question_in_a_letter_and_two_questions() -> None:
    text = (
        "Geachte heer, ik heb Inkomen. Graag verneem ik wie mijn zaak behandelt en of ik zelf een advocaat mag kiezen."
    )
    first = conversation.second_faq_topic(text)
    assert {first, conversation.other_faq_topic(text, first or "")} == {"after_report", "own_lawyer"}


def test_the_other_side_insured_with_arag_is_no_answer_to_who_has_the_conflict() -> None:
    assert dialogue.parse_involved("Ik hoor dat de verhuurder eveneens bij ARAG verzekerd is.") == (None, None)
    assert conversation.faq_topic_in("Is de buurman ook bij jullie verzekerd? Hoe gaat dat dan?") == "own_lawyer"


def test_a_story_beside_a_cost_question_gets_its_verdict_too() -> None:
    reply = _all(
        "Als ik de zaak tegen de schilder verlies, moet ik dan zijn advocaat betalen? Hij heeft ons huis slordig "
        "geschilderd. Ik heb C&W met eigen woning."
    )
    assert "Eigen woning" in reply, reply


def test_the_module_article_is_named_with_an_exclusion() -> None:
    reply = _all(
        "Ik heb zelf al een advocaat ingeschakeld voor mijn ontslag. Betalen jullie zijn rekening? Ik heb Inkomen."
    )
    assert "11a" in reply and "2a Inkomen" in reply, reply


def test_the_policyholders_partner_asks_for_herself() -> None:
    assert dialogue.involved_in_description("Ik ben de vriend van de verzekeringnemer en mijn baas betaalt niet.") == (
        "partner"
    )


# ---------------------------------------------------------------- rounds 114-115: the policy, the people, the regions
def test_a_rhetorical_reproach_is_no_question() -> None:
    from bot.components.complaint_detector import is_rhetorical

    assert is_rhetorical("Dit is toch belachelijk?")


def test_the_people_around_the_customer() -> None:
    assert conversation.faq_topic_in("Mijn dochter wordt volgende maand 18. Valt ze dan uit de verzekering?") == (
        "who_is_insured"
    )
    assert dialogue.facts_in_description("Ik heb al sinds 2021 Inkomen bij jullie, mijn werkgever betaalt niet.")[
        "modules"
    ] == frozenset({"inkomen"})
    assert conversation.faq_topic_in("Als ik de optie Eigen woning nu bijsluit, helpen jullie dan alsnog?") == (
        "waiting_period"
    )


def test_readings_across_the_regions() -> None:
    assert kind("Ik verpacht een weiland aan de buurman en hij betaalt al een jaar geen pacht.") == "verhuur"
    assert kind(
        "Als opvarende op de boot van mijn zwager werden we geramd door een speedboot; mijn arm is gebroken."
    ) != ("pleziervaartuig")
    assert kind("We hadden een vakantiehuisje in Oostenrijk gehuurd, maar het was dubbel geboekt.") == "consumentenkoop"
    assert (
        dialogue.facts_in_description("Ik ben geboren in Gent en mijn verhuurder in Breda houdt de borg in.").get(
            "country"
        )
        != "BE"
    )


def test_a_move_abroad_told_without_a_question_gets_art_15() -> None:
    answer = conversation.fallback_answer("Wij verhuizen binnenkort naar Portugal voor het werk van mijn vrouw.")
    assert answer is not None and "art. 15" in answer, answer
    assert conversation.faq_topic_in("We verhuizen naar Spanje en de verhuizer heeft onze kast beschadigd?") != (
        "start_change_end"
    )
