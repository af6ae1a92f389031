"""Issue 11, nineteenth session, rounds 143-146 (older customers, work and money, road and holiday, living): readings
and routes fixed from their misses, each tested in new wordings (not the eval sets' lines) with the seed's article."""

from __future__ import annotations

from decimal import Decimal

import pytest
from testkit.coverage_form import check, joined

from flexbot.flexpolis import conversation, dialogue, faq_turn, kind_reader, story_facts
from flexbot.flexpolis.dialogue_amounts import amount_in_text

# ---------------------------------------------------------------- readings (seed 004's article per kind)
READINGS = [
    # 11n: the deceased's claim on a company, or the deceased's creditor claiming from the heirs
    (
        "Mijn vader is overleden en nu wil ik als erfgenaam de aanbetaling terug van de tuinman die nooit kwam.",
        "overgenomen_vordering",
    ),
    (
        "Sinds mijn oom overleed vordert zijn energieleverancier 900 euro van mij als erfgenaam.",
        "overgenomen_vordering",
    ),
    # 11k: a law itself, named by its compound, or the pension age
    ("Ik ben tegen die nieuwe huurwet en wil dat ARAG daartegen procedeert.", "wetgeving"),
    ("De AOW-leeftijd gaat alweer omhoog. Kunnen jullie daar namens mij iets tegen doen?", "wetgeving"),
    # C&W 2c: the landlord refusing an adaptation the council pays for
    ("De woningcorporatie weigert toestemming voor een traplift die de gemeente wil betalen.", "huur_woning"),
    # Inkomen 3a / C&W 1: registered as a business, a customer as the other side
    (
        "Ik ben ingeschreven bij de KvK voor mijn fotografie en een klant betaalt mijn rekening van 400 euro niet.",
        "zzp_opdracht",
    ),
    # Eigen woning: the home received from its seller, or the deed named with the seller
    (
        "Na de sleuteloverdracht bleek de cv-ketel kapot, de verkoper zegt dat het niet zijn probleem is.",
        "eigen_woning",
    ),
    ("De verkoper zou de schutting nog vervangen, dat staat in de koopakte, maar hij doet niets.", "eigen_woning"),
    # C&W 2d: building before the contract is signed
    (
        "We laten op onze bouwkavel bouwen en nog voor het tekenen van het aanneemcontract verhoogt de aannemer zijn prijs.",
        "woning_kopen_voor_tekenen",
    ),
    # C&W 2e: the tenancy told beside the neighbours' nuisance
    (
        "De onderburen roken op hun balkon en alles komt bij mij binnen. Ik huur zelf, zij hebben gekocht.",
        "burenconflict",
    ),
    # Eigen woning: a permit given to the neighbours, a wind farm near the village, land given another use
    (
        "De buren hebben een vergunning gekregen voor een dakterras dat op onze tuin uitkijkt.",
        "vergunning_eigen_woning",
    ),
    (
        "Er komt een zonnepark op 400 meter van ons huis en de provincie heeft alles al goedgekeurd.",
        "vergunning_eigen_woning",
    ),
    ("De gemeente wil het veld naast ons huis bestemmen voor een parkeergarage.", "vergunning_eigen_woning"),
    # Verkeer 3b: a crash after the garage's work; a dent in a car part
    ("Een week na de reparatie van mijn stuurinrichting ben ik van de weg geraakt.", "schade_vervoermiddel"),
    ("Iemand heeft met zijn fiets een deuk in mijn motorkap gemaakt, 120 euro schade.", "schade_vervoermiddel"),
    # Verkeer 3a: a car by its make behind the customer, the other's insurer refusing
    ("Bij de afrit van de A2 reed een BMW achterop. Zijn verzekeraar wil niet betalen.", "verkeersongeval"),
    # Verkeer 4a: not allowed by law to drive alone
    (
        "Mijn dochter doet 2toDrive en reed zonder begeleider naar school; toen botste een fietser op haar.",
        "onder_invloed",
    ),
    # Inkomen 2c: a patient's complaint before the disciplinary board
    ("Ik ben tandarts in loondienst en een patiënt is naar het tuchtcollege gestapt.", "beroepsklacht"),
    # C&W 2b: a boat rented for a day, a stay rented for the summer
    ("We hadden een kano gehuurd in de Ardennen en het verhuurbedrijf houdt de borg in.", "consumentenkoop"),
    ("Ik huur een huisje in Italië voor de zomer en de eigenaar wil ineens meer geld.", "consumentenkoop"),
    # C&W 2k: a neighbour's claim for a leak
    (
        "De bovenburen zeggen dat de lekkage uit mijn badkamer hun plafond verpestte. Ze willen 1.800 euro van mij.",
        "aansprakelijk_gesteld",
    ),
    # Inkomen 2a: the employer's report beside a dismissal; a contract not made permanent
    (
        "Mijn werkgever heeft me op staande voet ontslagen wegens fraude en aangifte gedaan, ik heb niets gedaan.",
        "arbeidsovereenkomst",
    ),
    ("De kliniek zegt dat mijn contract niet wordt omgezet naar vast als ik mijn bijbaan houd.", "arbeidsovereenkomst"),
]


# rounds 147-149 (digital life, a week, health)
READINGS_147 = [
    # 11o: the maker's claim for a picture found online; one's own photos taken by a shop
    (
        "Namens een fotograaf eist een incassobureau 400 euro omdat er op mijn vereniging-site een foto staat die ik online had gevonden.",
        "intellectueel_eigendom",
    ),
    ("Een kledingmerk gebruikt foto's die ik als amateur heb gemaakt, zonder te vragen.", "intellectueel_eigendom"),
    # Verkeer 3e / C&W 3c: a speed pedelec is a motor vehicle
    ("Mijn speed pedelec van de dealer is na een maand kapot en ze weigeren de garantie.", "contract_motorrijtuig"),
    # C&W 2g: protection asked for a parent who is cheated
    (
        "Mijn vader wordt telkens opgelicht door babbeltrucs. Ik wil onderbewindstelling voor hem aanvragen.",
        "familierecht",
    ),
    # art. 12: the customer named as the suspect after a fraud through their account
    (
        "Via mijn rekening is geld van oplichting gegaan. Ik ben nu verdachte en moet voor de rechter komen.",
        "strafzaak",
    ),
    # art. 1: two children at home against each other, told by the parent
    (
        "Mijn dochter heeft de laptop van haar broer laten vallen. Ze wonen allebei nog thuis en hij wil het geld terug.",
        "medeverzekerde",
    ),
    # 11n: the deceased's own conflict carried on by the heir
    (
        "Mijn vader had nog een conflict met zijn aannemer toen hij overleed. Ik ben erfgenaam en wil dat nu afmaken.",
        "overgenomen_vordering",
    ),
    # 11k: a rule the government wants to bring in
    ("De overheid wil een verplichte digitale identiteit invoeren. Kan ARAG daartegen procederen?", "wetgeving"),
]


@pytest.mark.parametrize(("text", "kind"), [*READINGS, *READINGS_147])
def test_readings(text: str, kind: str) -> None:
    assert dialogue.facts_in_description(text)["conflict"] == kind


@pytest.mark.parametrize(
    "text",
    [
        "Mijn zus woont sinds de zomer bij mij. Is zij ook verzekerd?",  # art. 1: no household member, no conflict
        "Ik verhuis naar een verzorgingshuis en wil mijn polis opzeggen. Hoe doe ik dat?",  # art. 15: no conflict
    ],
)
def test_no_conflict_read_in_facts_alone(text: str) -> None:
    assert "conflict" not in dialogue.facts_in_description(text)


def test_background_alone_is_no_story_for_the_learned_reader() -> None:
    assert kind_reader.learned_kind("Mijn neef logeert een paar maanden bij ons in huis.") is None


# ---------------------------------------------------------------- amounts, places, people, circumstances
def test_the_difference_disputed_is_the_stake() -> None:
    # art. 11g: 80 charged against 45 on the price list, the difference refused
    text = (
        "De kapper rekende 80 euro terwijl op de prijslijst 45 euro staat; hij weigert het verschil terug te betalen."
    )
    assert amount_in_text(text) == Decimal("35")


def test_collection_costs_alone_are_no_stake() -> None:
    # art. 11g: interest and collection costs never count
    assert amount_in_text("Hij rekent er nu ook 60 euro aanmaningskosten bij.") is None
    assert amount_in_text("De factuur was 120 euro, plus 40 euro incassokosten.") == Decimal("120")


def test_the_country_moved_to_is_not_where_the_home_is() -> None:
    facts = dialogue.facts_in_description(
        "We verkopen ons huis in Deventer omdat we naar Frankrijk verhuizen; de koper wil van de koop af."
    )
    assert facts.get("country") != "FR"


def test_the_widow_or_widower_of_an_accident_is_a_surviving_relative() -> None:
    # art. 1: "Overlijdt een verzekerde door een ongeval? ... nabestaanden"
    told = "Mijn vrouw is omgekomen toen een bus haar aanreed. Kan ik als weduwnaar iets met haar verzekering?"
    assert dialogue.facts_in_description(told)["involved"] == "surviving_relative"
    assert (
        dialogue.facts_in_description(
            "Mijn man is vorige week verongelukt toen een vrachtwagen hem op de fiets raakte."
        )["involved"]
        == "surviving_relative"
    )


def test_a_travel_companion_who_asks_is_the_passenger() -> None:
    # Verkeer 2: the passengers of the customer's vehicle
    told = (
        "Ik had een autorondreis door Italië geboekt voor mezelf en twee collega's. Ik reed en een Italiaan ramde ons. "
        "Mijn collega vraagt of hij via mijn verzekering hulp krijgt."
    )
    assert story_facts.vehicle_user(told) == "passenger"


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        (
            "Ik heb de premie van mijn rechtsbijstand een tijdje laten liggen en nu ruzie met de verhuurder.",
            "premie_niet_betaald",
        ),
        ("Afgelopen maand heb ik de module Inkomen afgesloten en nu doet mijn baas moeilijk.", "module_pas_erbij"),
        ("Ik had de verhuurder er al over gemaild voordat ik bij jullie verzekerd was.", "bekend_bij_afsluiten"),
    ],
)
def test_circumstances_told_by_the_way(text: str, fact: str) -> None:
    # art. 14, art. 9 (a module added, a conflict known before)
    assert story_facts.circumstances_in_story(text).get(f"facts.{fact}") is True


def test_options_and_modules_in_other_words() -> None:
    assert dialogue.options_in_text("ik koos er destijds voor om conflicten met buren uit te sluiten") == {
        "uitsluiting_burenrecht": True
    }
    facts = dialogue.facts_in_description("Onze buurman zaagt onze boom om. Mijn polis: Consument & Wonen.")
    assert facts["modules"] == frozenset({"consument_wonen"})


# ---------------------------------------------------------------- routes of side questions and follow-ups
@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Is het bedrag wel hoog genoeg voor jullie?", "minimum"),  # art. 11g
        ("Wat kunnen we dan nog wel?", "not_covered"),  # inleiding: free first advice, a discount
        ("Kan ik dan wel een jurist bellen?", "contact"),
        ("Wie regelt dat dan?", "after_report"),  # art. 5: ARAG's specialist acts for the customer
        ("Blijft mijn verzekering dan doorlopen?", "start_change_end"),  # art. 15
        ("Ik heb nu betaald; gaat de dekking met terugwerkende kracht in?", "premium"),  # art. 14
    ],
)
def test_side_questions_find_their_topic(text: str, topic: str) -> None:
    assert conversation.faq_topic_in(text) == topic


@pytest.mark.parametrize(
    ("heard", "text", "topic"),
    [
        ("countries", "Geldt dat maximum van 10.000 ook in Marokko?", "maximum"),  # art. 6
        (
            "own_lawyer",
            "De verkoper heeft een advocaat genomen en wil dat ik zijn kosten betaal. Doen jullie dat?",
            "costs",
        ),
        ("answer_time", "Is mijn bedrag wel hoog genoeg om het op te pakken?", "minimum"),
        ("own_lawyer", "Als het doorgaat en we tekenen, moeten we dan iets regelen bij jullie?", "new_home"),  # C&W 2d
    ],
)
def test_keyword_routes_override_the_heard_topic(heard: str, text: str, topic: str) -> None:
    assert conversation.overriding_topic(heard, text) == topic


def test_follow_ups_after_the_policy_answer() -> None:
    # art. 15: it stops by itself abroad; the partner tells the servicecenter
    assert (
        faq_turn.context_topic("cancel", "Moet ik hem dan nog zelf opzeggen?", "start_change_end") == "start_change_end"
    )
    assert faq_turn.context_topic("report", "Hoe laat ik dat weten?", "start_change_end") == "contact"
    assert conversation.answer_text("start_change_end", "Moet ik hem dan nog zelf opzeggen?").startswith(
        "De verzekering stopt automatisch"
    )


def test_answers_lead_with_what_was_asked() -> None:
    # art. 6: no maximum for Verkeer in the Netherlands; art. 13 with art. 7: the phone number in an emergency
    assert conversation.answer_text("maximum", "Ik heb Verkeer en botste op de A7. Wat is het maximum?").startswith(
        "Voor de module Verkeer geldt geen maximum"
    )
    assert conversation.answer_text("borgsom", "Help, ik zit vast in Turkije en moet een borg betalen").startswith(
        "Is het dringend, bel ARAG dan meteen"
    )


def test_that_module_is_a_yes_to_the_module_named() -> None:
    # "Die module heb ik." after "Met de module Consument & Wonen bent u verzekerd ...": the module is on the policy
    _, replies = check("Mijn bestelling van 300 euro bij een webwinkel is nooit geleverd.", "Die module heb ik.")
    assert "Welke modules" not in joined(replies, 1)
    assert "2b" in joined(replies, 1)


def test_a_price_difference_below_the_minimum_is_said_at_once() -> None:
    told = "De schoonheidsspecialiste rekende 250 euro, volgens haar prijslijst 120 euro. Ze geeft het verschil niet terug."
    _, replies = check(told)
    assert "€ 130" in joined(replies, 0) and "11g" in joined(replies, 0)


# ---------------------------------------------------------------- round 147-149 (digital life, a week, health)


def test_notes_beside_a_charge_and_bail_after_a_crash() -> None:
    # Inkomen 2c beside a charge over the job; art. 13 with the phone number when bail is asked after a crash abroad
    at_work = conversation.coverage_first(
        "Het OM vervolgt me voor letsel door schuld. Ik ben verpleegkundige in loondienst en er ging iets mis met een tillift."
    )
    assert at_work and "2c Inkomen" in at_work
    dismissed = conversation.coverage_first(
        "Mijn baas beschuldigt me van diefstal, ik ben op staande voet ontslagen en moet voor de politierechter komen."
    )
    assert dismissed and "2a Inkomen" in dismissed
    bail = conversation.coverage_first(
        "Na een aanrijding in Tunesië laten ze me pas gaan als ik een borgsom betaal. Ik heb Verkeer. Help!"
    )
    assert bail and "434 23 42" in bail and "art. 13" in bail


def test_the_recent_policy_and_the_trouble_told_before_it() -> None:
    # art. 9: taken out last month, the trouble told "in maart al"
    facts = story_facts.circumstances_in_story(
        "Vorige maand heb ik de verzekering afgesloten. De buurman klaagde in maart al over mijn schutting."
    )
    assert facts.get("facts.bekend_bij_afsluiten") is True


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Moet ik die foto's en mails ook opsturen?", "report"),  # art. 7: copies, sent digitally
        ("De brief kwam drie weken geleden, ben ik nu te laat?", "report"),
        ("Als ik weer een zaak meld, gooien jullie me er dan uit?", "start_change_end"),  # art. 15: notice after cases
        ("Kunnen jullie me dan tegen betaling helpen?", "not_covered"),  # inleiding: ARAG Legal Services
    ],
)
def test_side_questions_147(text: str, topic: str) -> None:
    assert conversation.faq_topic_in(text) == topic


def test_a_relative_not_listed_is_told_not_insured() -> None:
    # art. 1: a parent living in is no insured person
    answer = conversation.answer_text("who_is_insured", "Mijn moeder woont bij ons. Is zij ook verzekerd?")
    assert answer.startswith("Uw moeder is niet meeverzekerd")


def test_the_complaints_outcome_disputed_is_the_kifid() -> None:
    assert (
        faq_turn.context_topic("disagreement", "En als ik het niet eens ben met de uitkomst?", "complaints")
        == "complaints"
    )
