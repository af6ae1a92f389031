"""Round 24 routings of bot/components/complaint_intent.py and bot/components/third_party.py (issue 11), in new
wordings (not the lines of first_answers22 / conversations18):
- "jij", "jullie" or "u" inside what the other party said to the customer ("nu zegt ie: jullie ...", "hij zei 'jij
  ...'", "zijn antwoord was: u ...") is not addressed to ARAG: a coverage story told with such a quote is no
  complaint;
- a premium increase by ARAG the customer wants to fight "juridisch" or with this very insurance, registered as a
  complaint by the detector (or with a word of blame such as "zonder te vragen"), is the premium dispute of round
  23: no question of its own, art. 11q and art. 16 with the acknowledgement."""

from __future__ import annotations

import pytest
from testkit.complaint_nlu import nlu
from testkit.complaint_nlu import parsed as message

from bot.components import complaint_intent as ci
from bot.components.third_party import coverage_story, quoted_speech_blanked
from flexbot.dutch import fold


def _detection(m):
    return m.get(ci.PARSE_KEY)


# 1. Quoted speech of the other party ---------------------------------------------------------------------------------
QUOTED_STORIES = [
    # informal, the quote without marks after an inverted "zei ie"
    "ik heb mn zwager 1500 euro voorgeschoten voor z'n verbouwing. nu zei ie jullie hebben toch niks op papier dus ik "
    "hoef niks terug te betalen. kan arag dat geld voor me terughalen?",
    # a quote in marks after "zei letterlijk"
    "Mijn huisbaas houdt de hele borg in en zei letterlijk 'jij hebt de vloer verpest, eigen schuld'. Kunnen jullie "
    "me helpen die borg terug te krijgen?",
    # formal, a colon after "zijn antwoord was"
    "Mijn voormalige werkgever weigert mijn laatste salaris uit te betalen. Zijn antwoord was: u heeft zelf ontslag "
    "genomen, dus u krijgt niets. Kan ARAG mij hierin bijstaan?",
    # the speaker first, a colon, and "jij" twice
    "Een maat van me heeft mijn scooter total loss gereden. Hij zegt: jij had hem toch aan mij uitgeleend, jij bent "
    "zelf verantwoordelijk. Valt dit onder mijn rechtsbijstand?",
]


@pytest.mark.parametrize("text", QUOTED_STORIES)
def test_a_quote_of_the_other_party_names_nobody_of_arag(text: str) -> None:
    assert coverage_story(text)


@pytest.mark.parametrize("text", QUOTED_STORIES)
@pytest.mark.parametrize("decision", ["complaint", "ask"])
def test_a_coverage_story_with_a_quote_is_no_complaint(text: str, decision: str) -> None:
    m = message(text, "check_coverage", decision, question=True)
    ci.not_a_complaint(m)
    detection = _detection(m)
    assert detection["decision"] == "none" and not detection["complaint"], detection
    assert ci.complaint_intent(m) is None


@pytest.mark.parametrize(
    "text",
    [
        "Mijn maat geeft de 800 euro niet terug en zei doodleuk: jij wist toch dat het een risico was. Belachelijk.",
        "m'n zwager heeft m'n auto in de prak gereden en zegt jullie moeten niet zo zeuren, echt schandalig",
    ],
)
def test_a_quote_told_without_a_question_names_a_third_party(text: str) -> None:
    m = message(text, "check_coverage", "complaint")
    ci.review(m)
    assert _detection(m)["decision"] == "none", _detection(m)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # indirect speech: "dat jullie" is the customer's report about ARAG
        ("mijn buurman zei dat jullie nooit uitbetalen, klopt dat?", "jullie"),
        # ARAG's own jurist speaking: the speaker stays named
        ("jullie jurist zei: u moet het zelf maar oplossen. kan arag dat geld terughalen?", "jurist"),
        # the customer's own words to ARAG
        ("ik zei: jullie moeten dit oplossen, kan arag dat geld terughalen?", "jullie"),
    ],
)
def test_what_is_not_the_other_partys_quote_stays(text: str, kept: str) -> None:
    assert kept in quoted_speech_blanked(fold(text).lower())


@pytest.mark.parametrize(
    "text",
    [
        "De jurist van ARAG zei tegen me: u heeft geen kans, dus we stoppen. Kan ARAG dat geld dan wel terughalen?",
        "Mijn maat betaalt niet terug en jullie medewerker zei: daar kunnen we niks mee. Kan ARAG dat geld terughalen?",
        "Ik belde jullie en hij zei: u moet maar afwachten. Kan ARAG dat geld terughalen van mijn zwager?",
    ],
)
def test_arags_side_outside_the_quote_keeps_the_complaint(text: str) -> None:
    assert not coverage_story(text)


# 2. A premium increase fought "juridisch" or with this insurance ------------------------------------------------------
PREMIUM_FIGHTS = [
    "U heeft mijn premie eenzijdig met 9 procent verhoogd. Ik wil daar juridisch tegen optreden. Kan ik hiervoor mijn "
    "eigen polis bij u inzetten?",
    "jullie gooien zomaar de premie omhoog?? ik wil daar juridisch tegenin, mag dat met m'n eigen rechtsbijstand van "
    "jullie haha",
    "Zonder overleg is mijn premie per januari gestegen. Ik wil juridische stappen zetten tegen die verhoging; dekt "
    "mijn rechtsbijstandverzekering bij ARAG dat?",
]


@pytest.mark.parametrize("text", PREMIUM_FIGHTS)
@pytest.mark.parametrize("decision", ["complaint", "ask", "none"])
def test_a_premium_increase_fought_juridisch_is_a_premium_dispute(text: str, decision: str) -> None:
    m = message(text, "check_coverage", decision, question=True)
    ci.premium_dispute_complaint(m)
    detection = _detection(m)
    assert detection["decision"] == "complaint" and detection["complaint"], detection
    assert not detection["question"]  # art. 11q and art. 16 answer it with the acknowledgement
    assert ci.PREMIUM_DISPUTE in detection["reasons"]
    assert ci.complaint_intent(m)["name"] == ci.COMPLAIN


def test_the_detectors_complaint_is_enough_for_the_dissatisfaction() -> None:
    """No word of blame, but the detector heard a complaint: the premium dispute answers it."""
    text = "Mijn premie is verhoogd. Ik wil daar juridisch tegenin. Kan ik daarvoor mijn rechtsbijstand gebruiken?"
    m = message(text, "check_coverage", "complaint", question=True)
    ci.premium_dispute_complaint(m)
    assert ci.PREMIUM_DISPUTE in _detection(m)["reasons"], _detection(m)
    m = message(text, "check_coverage", "none", question=True)
    ci.premium_dispute_complaint(m)  # the bare question is no complaint (round 23)
    assert _detection(m)["decision"] == "none", _detection(m)


@pytest.mark.parametrize(
    "text",
    [
        # the landlord's rent, not ARAG's premium
        "Mijn verhuurder heeft zonder overleg de huur verhoogd, ik wil daar juridisch tegenin. Kan ik mijn "
        "rechtsbijstand gebruiken?",
        # the health insurer's premium
        "Mijn zorgverzekeraar heeft de premie eenzijdig verhoogd, ik wil juridisch tegenin. Helpt mijn polis daarbij?",
    ],
)
def test_no_premium_dispute_with_arag(text: str) -> None:
    m = message(text, "check_coverage", "complaint", question=True)
    ci.premium_dispute_complaint(m)
    assert ci.PREMIUM_DISPUTE not in _detection(m)["reasons"], _detection(m)


# With the detector model ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "decision"),
    [
        (QUOTED_STORIES[0], "none"),
        (QUOTED_STORIES[2], "none"),
        (PREMIUM_FIGHTS[0], "complaint"),
    ],
)
def test_through_the_pipeline(text: str, decision: str) -> None:
    detection = _detection(nlu(text, "check_coverage"))
    assert detection["decision"] == decision, detection
