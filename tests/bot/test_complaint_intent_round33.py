"""Round 33 routings (issue 11), in new wordings: anger at a third party is no complaint about ARAG (seeds 000/001:
a complaint is dissatisfaction with ARAG's service), also when the customer names their own policy, writes that they
never reported it, wants "een klacht indienen" about the other side, or disputes a fine; after a 'not covered' a
question what ARAG can still do is answered, not registered. ARAG's side named keeps the complaint."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from testkit.complaint_nlu import parsed as message

from bot import conversation_context
from bot.components import complaint_intent as ci
from bot.components.complaint_rules_cleared import criminal_charge, english_story_of_another
from bot.components.third_party import coverage_story


@pytest.mark.parametrize(
    "text",
    [
        # a company's own customer service, without an article, after the company is named
        "Wat een boeven bij dat telecombedrijf! Ze rekenen 400 euro te veel. Klantenservice legt gewoon de hoorn "
        "neer. Ik wil dat iemand ze aanpakt.",
        # a complaint the customer wants to make about someone else
        "Ik wil een klacht indienen over mijn leidinggevende. Ze schreeuwt tegen me waar iedereen bij is.",
        # the customer's own policy named as theirs, the anger at the executor
        "Mijn vader is overleden en de executeur doet helemaal niks, al maanden. Ik heb jullie polis al acht jaar.",
        # "een klacht indienen" named without whom it is about, after a third party
        "Ik ben het zo zat met die huisbaas! Al drie keer gebeld over de kapotte cv en er komt niemand. Ik wil een "
        "klacht indienen!",
    ],
)
def test_anger_at_a_third_party_is_no_complaint_about_arag(text: str) -> None:
    assert ci.not_about_arag(text, "check_coverage", 0.9) == "third_party" or coverage_story(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ik heb sinds een maand een Flexpolis. De buurvrouw bouwt al sinds vorig jaar een schuur op mijn grond; ik "
        "heb haar toen al een brief gestuurd. Nu wil ik dat jullie het overnemen.",
        "Al twee jaar gedoe met de loodgieter, maar ik heb het nooit bij jullie gemeld. Kan dat nog?",
    ],
)
def test_a_coverage_story_naming_the_own_policy_or_reporting_is_no_complaint(text: str) -> None:
    assert coverage_story(text)


def test_arags_side_named_keeps_the_complaint() -> None:
    assert (
        ci.not_about_arag("De aannemer doet niks. Ik wil een klacht indienen over jullie jurist.", "inform", 0.9)
        is None
    )
    assert ci.not_about_arag("Ik wil een klacht indienen, niemand belt me terug.", "inform", 0.9) is None


def test_a_disputed_fine_is_art_12s_question() -> None:
    assert criminal_charge("parkeerboete van 95 euro maar ik stond er helemaal niet, kunnen jullie bezwaar maken")
    assert not criminal_charge("de boete is onterecht en jullie jurist doet er niks aan")


def test_an_english_story_about_a_travel_agency_is_no_complaint() -> None:
    assert english_story_of_another(
        "We booked a trip to Rhodes through a travel agency and the hotel was dirty. The agency won't refund us. "
        "Does my ARAG policy cover this?"
    )


def after_verdict() -> SimpleNamespace:
    state = {"last": {"covered": False, "articles": ["Algemene regels 11g"]}}
    return SimpleNamespace(active_loop_name=None, get_slot=lambda name: state if name == "cc_state" else None)


@pytest.mark.parametrize(
    "text", ["Jammer. Kan ik dan helemaal niks van jullie krijgen?", "Dus jullie kunnen echt niks voor me doen?"]
)
def test_asking_what_is_left_after_a_verdict_is_no_complaint(text: str) -> None:
    # Inleiding: the first advice is free, then a discount; the question is answered, not registered
    m = message(text, "faq_not_covered", "complaint", question=True)
    with conversation_context.parsing(after_verdict()):
        ci.ComplaintIntent.step(None, m)  # type: ignore[arg-type]
    assert m.get(ci.PARSE_KEY)["decision"] == "none", m.get(ci.PARSE_KEY)


def test_round_38_no_complaints() -> None:
    # art. 16: a question about ARAG's premium going up, without blame, asks the rule; a pension fund is another party
    from bot.components.complaint_rules_policy import premium_rise_question

    assert premium_rise_question("De premie gaat in maart omhoog, heb ik gelezen. Mag dat, en kan ik dan opzeggen?")
    assert not premium_rise_question("Schandalig dat de premie alweer omhoog gaat, waarom?")
    assert coverage_story(
        "Het pensioenfonds rekent met een verkeerd salaris en mijn pensioen valt lager uit. Kunnen jullie helpen?"
    )


def test_displeasure_with_the_premium_stays_a_complaint() -> None:
    from bot.components.complaint_rules_policy import premium_rise_question

    assert not premium_rise_question("Mijn premie gaat alweer omhoog. Waarom? Ik vind dat echt niet netjes.")


def test_round_40_no_complaints() -> None:
    from bot.components.complaint_detector import holds_question

    # "Wat een ..." exclaims; it asks nothing
    assert not holds_question("De stomerij heeft mijn jas verpest. Wat een prutsers zijn dat.")
    assert holds_question("Wat een gedoe. Wat kan ik nu doen?")
    # a temp agency is another party; ARAG named only as the policy the customer has
    assert coverage_story(
        "Het uitzendbureau betaalt mijn uren van vorige maand niet. Ik heb een ARAG polis. Wat kan ik doen?"
    )


def test_a_complaint_against_them_after_naming_a_third_party_is_about_them() -> None:
    text = (
        "Die loodgieter komt al weken niet opdagen en neemt de telefoon niet op. Ik wil een klacht tegen hem indienen!"
    )
    assert ci.not_about_arag(text, "check_coverage", 0.9) == "third_party"


def test_round_42_routing() -> None:
    from bot.components.complaint_rules_service import case_decision_complaint

    # the other side's insurer leaving mails unanswered, and "kan ARAG daar ook iets?"
    assert coverage_story(
        "Een Belg reed op de parkeerplaats tegen onze auto aan. Zijn verzekering reageert niet op mijn mails. "
        "Kan ARAG daar ook iets?"
    )
    # ARAG's own decision objected to ("Ik vind dit niet kunnen ... wat kan ik hiertegen doen?") is a complaint (art. 17)
    assert case_decision_complaint(
        "De jurist schrijft dat mijn zaak onvoldoende kans van slagen heeft. Ik vind dit niet kunnen. Wat kan ik hiertegen doen?"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Mijn baas houdt mijn bonus in, echt diefstal. Ik wil een klacht tegen ze indienen, waar moet ik zijn?",
        "Mijn energieleverancier is de slechtste, ik heb al twee klachten bij ze ingediend. Kan ik daar iets tegen doen?",
        "Mijn pensioen is lager dan het fonds had beloofd. Kan ik hierover juridische hulp krijgen?",
        "Ik won de loterij van onze tennisclub maar ze geven de prijs niet. Kan ARAG helpen?",
    ],
)
def test_round_43_44_stories_about_others(text: str) -> None:
    assert coverage_story(text)
