"""Round 11 conversation classes (issue 11, blind set conversations7), in new wordings: a module start
told with its month ("sinds maart 2023") decides art. 9 against an earlier event, and "verkeerd" names
no module Verkeer; "which modules are there?" while the modules question is open is a question, not an
answer "all of them"; what reporting costs is the eigen risico (art. 14); "their number" after the
complaints answer is the Kifid's; an elliptical question after the maximum asks the maximum (art. 6)."""

from __future__ import annotations

from rasa_sdk import Tracker
from testkit.coverage_form import Chat, after_verdict, follow_up, intake_question

from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue as d
from flexbot.flexpolis import faq_turn


# Art. 9: the first event before the (module's) start, told with month and year -------------------------
def test_a_start_told_with_its_month_decides_art_9():
    text = (
        "Verzekerd met Inkomen sinds maart 2023. Mijn werkgever heeft in oktober 2022 mijn "
        "vakantiegeld verkeerd uitgerekend en weigert het te herstellen."
    )
    assert d.facts_in_description(text)["first_event_after_start"] is False
    assert d.parse_modules("ik heb Inkomen, en mijn loon is verkeerd berekend") == frozenset({"inkomen"})
    said = Chat().say(text, "check_coverage")
    assert "art. 9" in said[0] and "niet verzekerd" in said[0]


def test_what_is_left_after_an_art_9_verdict_is_legal_services():
    slots = after_verdict(
        "Sinds juni 2022 heb ik Inkomen. Het UWV heeft in december 2021 mijn uitkering verkeerd vastgesteld."
    )
    said = follow_up(slots, "Wat kan ik nu nog doen?", "nlu_fallback")
    assert any("Legal Services" in m for m in said), said


# A question about the modules while the modules question is open ----------------------------------------
def test_which_modules_exist_is_answered_not_taken_as_all():
    chat = Chat()
    chat.say("De woningcorporatie wil mijn huurcontract opzeggen. Helpen jullie daarbij?", "check_coverage")
    said = chat.say("Welke modules bestaan er eigenlijk allemaal?", "inform")
    assert any("Verkeer" in m and "Inkomen" in m and "drie modules" in m for m in said), said
    assert any("Noem dan de modules op uw polis" in m for m in said), said  # the short reminder
    assert chat.slots["requested_slot"] == "cc_answer"


# Art. 14: what reporting costs is the deductible on the policy, not the premium -----------------------
def test_what_reporting_costs_is_the_eigen_risico():
    for text in ("Wat kost het me om deze zaak te melden?", "Moet ik iets betalen als ik het meld?"):
        for intent in ("faq_premium", "faq_costs"):
            turn = faq_turn.answer_faq(intent, text, None, reminded=True)
            assert "eigen risico" in turn.messages[0], (text, intent, turn.messages)
        assert talk.faq_topic_in(text) == "eigen_risico", text


# Art. 20 (with the Kifid from seeds 000/001): "their number" after the complaints answer ----------------
def test_their_number_after_the_complaints_answer_is_the_kifid():
    turn = faq_turn.answer_faq(
        "faq_contact",
        "Op welk nummer kan ik ze bereiken?",
        None,
        reminded=True,
        previous_topic="complaints",
        previous_text="Mijn klacht is door jullie klachtenbureau afgewezen; bij wie kan ik nog aankloppen?",
    )
    assert turn.messages[0].startswith("Het Kifid bereikt u op 070 - 333 89 99"), turn.messages
    own = faq_turn.answer_faq("faq_contact", "Wat is jullie telefoonnummer?", None, reminded=True)
    assert "434 23 42" in own.messages[0]


# Art. 6: an elliptical question right after the maximum answer asks the maximum ----------------------
class AfterMaximumChat(Chat):
    def tracker(self, text: str = "", intent: str = "inform") -> Tracker:
        tracker = super().tracker(text, intent)
        tracker.events = [
            {
                "event": "user",
                "text": "Tot welk bedrag betalen jullie?",
                "parse_data": {"intent": {"name": "faq_maximum"}},
            },
            {"event": "bot", "text": "De hulp ... (art. 6 Algemene regels; art. 6b Algemene regels)"},
            {"event": "user", "text": text, "parse_data": {"intent": {"name": intent}}},
        ]
        return tracker


def test_verkeer_in_the_netherlands_after_the_maximum_has_no_maximum():
    said = AfterMaximumChat().say(
        "En als ik met de auto in Nederland een aanrijding krijg, via Verkeer?", "check_coverage"
    )
    assert said and said[0].startswith("Voor de module Verkeer geldt geen maximum"), said
    # without the maximum just before, the same words start a check
    plain = Chat().say("En als ik met de auto in Nederland een aanrijding krijg, via Verkeer?", "check_coverage")
    assert not plain[0].startswith("Voor de module Verkeer geldt geen maximum"), plain


# C&W 2h: a board role in an association is covered only when unpaid; asked mid-check -----------------
def test_unpaid_board_work_asked_mid_check_gets_2h_condition():
    chat = Chat()
    chat.say(
        "Ik zit zonder betaling in het bestuur van de tennisvereniging als secretaris. Een trainer eist 2.000 euro "
        "van mij persoonlijk. Consument & Wonen staat op mijn polis.",
        "check_coverage",
    )
    said = chat.say("Ik doe het als vrijwilliger, speelt dat een rol?", "inform")
    assert any("niet betaald" in m and "2h" in m for m in said), said
    assert chat.slots["cc_state"]["question"]["role"] == "particulier"


# Art. 20: "their number" asked in the complaint intake after the complaints answer ---------------------
def test_their_number_in_the_complaint_intake_is_the_kifid():
    text = "Hoe kan ik hen bellen, welk nummer?"
    earlier = "Mijn klacht is door het klachtenbureau afgewezen. Bij wie kan ik nog terecht?"
    events = [{"event": "user", "text": earlier}, {"event": "user", "text": text}]
    said = intake_question(text, "faq_contact", slot="handoff_consent", events=events)
    assert "070 - 333 89 99" in said[0]


# A module named in "ben ik dan verzekerd met ...?" is read like "verzekerd met de module Verkeer" ---------
def test_insured_with_a_named_module_is_that_module():
    text = "Stel dat de verhuurder van ons chalet in Frankrijk de borg niet teruggeeft, zijn we dan verzekerd met C&W?"
    assert d.facts_in_description(text).get("modules") == frozenset({"consument_wonen"})
    said = Chat().say(text, "check_coverage")
    assert not any("Welke modules" in m for m in said), said
