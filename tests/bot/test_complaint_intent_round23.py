"""Round 23 routings of bot/components/complaint_intent.py and bot/components/third_party.py (issue 11), in new
wordings (not the blind lines of conversations16):
- an English story about another driver, with no one of ARAG named, is no complaint (a coverage question);
- a provider's or supplier's own customer service named in a coverage story is not ARAG's: no complaint;
- a premium increase the customer finds unfair and wants to fight with this insurance is a complaint about ARAG,
  its question answered by art. 11q and art. 16 (no question of its own);
- dissatisfaction with the Klachtenbureau's decision on an earlier complaint is a complaint (the next step, the
  Kifid, is told with the acknowledgement);
- no rapport with ARAG's own jurist or handler is a sure complaint (art. 5 is told with the acknowledgement);
- a mail address asked after a complaint's intake has ended is marked, so the contact answer adds the
  Klachtenbureau's details."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from testkit.complaint_nlu import nlu
from testkit.complaint_nlu import parsed as message

from bot import conversation_context
from bot.components import complaint_intent as ci
from bot.components.third_party import coverage_story, their_service_blanked
from flexbot.dutch import fold


def _detection(m):
    return m.get(ci.PARSE_KEY)


# 1. English: another driver's claim -------------------------------------------------------------------------------
ENGLISH_STORIES = [
    "Hello, a van hit my bike at a crossing in Utrecht and the driver says it was my fault. Repairs are about 800 euros.",
    "Last week someone backed into my parked car and now the other driver claims I was parked illegally.",
    "A taxi cut me off on the ring road and the driver refuses to give me his insurance details, damage is 1,500 euros.",
]


@pytest.mark.parametrize("text", ENGLISH_STORIES)
@pytest.mark.parametrize("intent", ["check_coverage", "other_language", "inform"])
def test_an_english_story_about_another_driver_is_no_complaint(text: str, intent: str) -> None:
    for decision in ("complaint", "ask"):
        m = message(text, intent, decision)
        ci.no_complaint_in_an_english_story(m)
        detection = _detection(m)
        assert detection["decision"] == "none" and not detection["complaint"], detection
        assert "intent:third_party" in detection["reasons"]
        assert ci.complaint_intent(m) is None


@pytest.mark.parametrize(
    "text",
    [
        "Your lawyer never called me back about the accident with the other driver, this is terrible.",
        "The other driver hit me and your staff still have not answered my emails after three weeks.",
    ],
)
def test_an_english_complaint_naming_arag_stays_one(text: str) -> None:
    m = message(text, "other_language", "complaint")
    ci.no_complaint_in_an_english_story(m)
    ci.review(m)
    assert _detection(m)["decision"] == "complaint", _detection(m)


# 2. A provider's own customer service ------------------------------------------------------------------------------
PROVIDER_STORIES = [
    "Mijn energieleverancier heeft zonder overleg mijn voorschot verdubbeld en de klantenservice neemt nooit op.",
    "De internetprovider blijft een opzegboete van 180 euro innen, hun helpdesk wimpelt me steeds af.",
    "Al drie maanden stuurt mijn telefoonaanbieder dubbele facturen en de klantendienst reageert gewoon niet, "
    "belachelijk.",
    "De webshop levert mijn bank niet en de klantenservice van die winkel is onbereikbaar, echt waardeloos.",
]


@pytest.mark.parametrize("text", PROVIDER_STORIES)
def test_a_providers_customer_service_is_not_arags(text: str) -> None:
    m = message(text, "check_coverage", "complaint")
    ci.review(m)
    detection = _detection(m)
    assert detection["decision"] == "none" and not detection["complaint"], detection
    assert "intent:third_party" in detection["reasons"]


@pytest.mark.parametrize(
    "text",
    [
        "Ik bel al een week jullie klantenservice en niemand neemt op, belachelijk.",
        "De klantenservice doet helemaal niks met mijn vraag, waardeloos.",  # no third party named before it
        "De winkel stuurde me door, maar de klantenservice van ARAG heeft me drie keer verkeerd doorverbonden.",
    ],
)
def test_arags_customer_service_stays_named(text: str) -> None:
    plain = fold(text).lower()
    assert their_service_blanked(plain).count("klantenservice") == plain.count("klantenservice")
    m = message(text, "check_coverage", "complaint")
    ci.review(m)
    assert _detection(m)["decision"] == "complaint", _detection(m)


def test_a_provider_story_with_a_question_is_a_coverage_story() -> None:
    text = (
        "Mijn internetaanbieder rekent al een half jaar te veel en de klantenservice doet niks. Kan ARAG dit regelen?"
    )
    assert coverage_story(text)


# 3. A premium increase fought with this insurance -------------------------------------------------------------------
PREMIUM_DISPUTES = [
    "Vanaf maart betaal ik ineens 20% meer premie. Kan ik via mijn polis bezwaar maken tegen die verhoging? Dit vind "
    "ik onredelijk.",
    "Jullie verhogen mijn premie per 1 juli weer. Helpt mijn rechtsbijstand me om die verhoging aan te vechten? Ik ben "
    "het er niet mee eens.",
    "de premie gaat volgend jaar flink omhoog, belachelijk. kan ik met jullie rechtsbijstand daartegen in beroep?",
]


@pytest.mark.parametrize("text", PREMIUM_DISPUTES)
@pytest.mark.parametrize("decision", ["complaint", "ask", "none"])
def test_a_premium_increase_fought_with_this_insurance_is_a_complaint(text: str, decision: str) -> None:
    m = message(text, "check_coverage", decision, question=True)
    ci.premium_dispute_complaint(m)
    detection = _detection(m)
    assert detection["decision"] == "complaint" and detection["complaint"], detection
    assert not detection["question"]  # art. 11q and art. 16 answer it with the acknowledgement
    assert ci.PREMIUM_DISPUTE in detection["reasons"]
    assert ci.complaint_intent(m)["name"] == ci.COMPLAIN


@pytest.mark.parametrize(
    "text",
    [
        "Mijn premie gaat omhoog, kan ik met mijn rechtsbijstand daartegen in gaan?",  # no dissatisfaction said
        "Mijn huurverhoging is onredelijk, kan ik met mijn rechtsbijstand daartegen in gaan?",  # the landlord's rent
        "De premie van mijn zorgverzekering stijgt, wat vindt u daarvan?",
    ],
)
def test_no_premium_dispute(text: str) -> None:
    assert not ci.premium_dispute(text)


# 4. The Klachtenbureau's decision ------------------------------------------------------------------------------------
BUREAU_DECISIONS = [
    "Het klachtenbureau heeft mijn klacht ongegrond verklaard, maar daar ben ik het echt niet mee eens.",
    "In mei diende ik een klacht in over mijn behandelaar. De uitkomst kreeg ik gisteren en ik ben er allesbehalve "
    "tevreden over.",
    "jullie klachtenafdeling heeft gereageerd op mijn klacht maar ik ben nog steeds ontevreden",
]


@pytest.mark.parametrize("text", BUREAU_DECISIONS)
@pytest.mark.parametrize("decision", ["complaint", "ask", "none"])
def test_dissatisfaction_with_the_bureaus_decision_is_a_complaint(text: str, decision: str) -> None:
    m = message(text, "faq_complaints", decision)
    ci.bureau_decision_complaint(m)
    detection = _detection(m)
    assert detection["decision"] == "complaint" and ci.BUREAU_DECISION in detection["reasons"], detection


@pytest.mark.parametrize(
    "text",
    [
        "Ik ben ontevreden over mijn jurist en wil een klacht indienen.",  # a first complaint
        "De rechter heeft mijn klacht over de buren afgewezen, ik ben het er niet mee eens.",
        "Het Kifid heeft mijn klacht over jullie afgewezen en ik ben nog steeds niet tevreden.",
    ],
)
def test_no_bureau_decision(text: str) -> None:
    assert not ci.unhappy_with_bureau_decision(text)


# 5. No rapport with ARAG's handler -------------------------------------------------------------------------------------
NO_RAPPORT = [
    "Mijn zaak tegen de werkgever loopt via ARAG, maar met die jurist botst het constant en hij neemt me niet serieus.",
    "ik heb echt geen klik met mijn behandelaar, ze luistert niet en doet haar eigen ding",
    "De juriste van jullie die mijn burenruzie doet begrijpt me gewoon niet.",
]


@pytest.mark.parametrize("text", NO_RAPPORT)
@pytest.mark.parametrize("decision", ["ask", "none", "complaint"])
def test_no_rapport_with_arags_handler_is_a_sure_complaint(text: str, decision: str) -> None:
    m = message(text, "check_coverage", decision)
    ci.handler_rapport_complaint(m)
    detection = _detection(m)
    assert detection["decision"] == "complaint" and ci.NO_RAPPORT in detection["reasons"], detection
    assert ci.complaint_intent(m)["name"] == ci.COMPLAIN


@pytest.mark.parametrize(
    "text",
    [
        "De advocaat van mijn ex luistert niet naar de rechter, kan ik via jullie iets doen?",
        "Zijn advocaat neemt me niet serieus en stuurt dreigbrieven.",
        "Het klikt niet met mijn nieuwe collega's op het werk.",
    ],
)
def test_someone_elses_lawyer_is_no_rapport_complaint(text: str) -> None:
    assert not ci.no_rapport_with_handler(text)


# With the detector model -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "intent", "decision"),
    [
        (ENGLISH_STORIES[1], "check_coverage", "none"),
        (PROVIDER_STORIES[0], "check_coverage", "none"),
        (PREMIUM_DISPUTES[0], "check_coverage", "complaint"),
        (BUREAU_DECISIONS[1], "faq_complaints", "complaint"),
        (NO_RAPPORT[0], "check_coverage", "complaint"),
    ],
)
def test_through_the_pipeline(text: str, intent: str, decision: str) -> None:
    detection = _detection(nlu(text, intent))
    assert detection["decision"] == decision, detection


# The mail address after the intake ------------------------------------------------------------------------------------
def _conversation(events: list, loop: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(active_loop_name=loop, events=events, get_slot=lambda name: None)


HAD_COMPLAINT = [
    SimpleNamespace(key="complaint_id", value="KL-2026-000123"),
    SimpleNamespace(key="complaint_id", value=None),
]


@pytest.mark.parametrize(
    "text", ["Wat is het mailadres?", "en jullie e-mailadres?", "Naar welk adres kan ik schrijven?"]
)
def test_a_mail_address_after_a_complaint_is_marked(text: str) -> None:
    m = message(text, "faq_contact", "none")
    with conversation_context.parsing(_conversation(HAD_COMPLAINT)):
        ci.details_after_complaint(m)
    assert ci.AFTER_COMPLAINT in _detection(m)["reasons"]


@pytest.mark.parametrize(
    ("text", "events", "loop"),
    [
        ("Wat is het mailadres?", [], None),  # no complaint in the conversation
        ("Wat is het mailadres van het Kifid?", HAD_COMPLAINT, None),  # another body
        ("mijn mailadres is an@voorbeeld.nl", HAD_COMPLAINT, None),  # the customer's own
        ("Wat is het mailadres?", HAD_COMPLAINT, "complaint_form"),  # the intake answers it itself
    ],
)
def test_not_marked(text: str, events: list, loop: str | None) -> None:
    m = message(text, "faq_contact", "none")
    with conversation_context.parsing(_conversation(events, loop)):
        ci.details_after_complaint(m)
    assert ci.AFTER_COMPLAINT not in _detection(m)["reasons"]
