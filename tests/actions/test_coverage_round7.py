"""Round 7 dialogue classes of the coverage check (issue 11, blind set conversations3), turn by turn
without a Rasa server, in new wordings (not the eval lines):
- a correction or a fact told during a check that names no one of ARAG is no complaint about ARAG
  (Klachtenbeleid: onvrede over de dienstverlening van ARAG); one that names ARAG still is;
- "laat maar, ik bel wel" ends the check with the phone number (art. 7);
- a question mid-check is answered ("kost dat mij nog iets?", "krijg ik dan een advocaat?", one the
  classifier ranks as a general question), never the verdict so far again;
- a general question asked with a conflict gets the sentence for that conflict's module (Verkeer:
  no maximum in the Netherlands, art. 6);
- after a 'not covered', "wat kost een advocaat dan?" gets what ARAG still offers (Inleiding);
- a short question on the last general answer ("moet ik daarbij een reden opgeven?") gets the
  sentence of that answer that answers it;
- art. 9 told as a plan ("loopt al twee jaar; kan ik nu nog afsluiten?") and a dismissal for alleged
  theft (Inkomen 2a, not C&W 2a) - smallest edits in flexbot/flexpolis.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from testkit.coverage_form import Chat, after_verdict, follow_up  # the turn-by-turn form driver

import actions.complaints as complaints
from actions.coverage import ValidateCoverageForm
from flexbot.flexpolis.dialogue import CheckState

MODULES_QUESTION = "Welke modules staan op uw polis"
DOMAIN = Path(__file__).resolve().parents[2] / "bot" / "domain" / "coverage.yml"


def _hook(text: str, decision: str, slots: dict[str, Any], loop: str | None, intent: str = "inform") -> list[str]:
    """What the complaint hook says on `text` with the detector's `decision`."""
    latest = {"text": text, "intent": {"name": intent}, "complaint": {"decision": decision, "complaint": True}}
    events = [{"event": "user", "text": text}]
    tracker = Tracker("t", dict(slots), latest, events, False, None, {"name": loop} if loop else {}, None)
    out = CollectingDispatcher()
    asyncio.run(complaints.ActionDetectComplaint().run(out, tracker, {}))
    return [m.get("text") or "" for m in out.messages]


def test_a_correction_told_mid_check_is_no_complaint_about_arag():
    slots = {"cc_state": {"said": "x"}, "requested_slot": "cc_answer"}
    for text in (
        "nee sorry, die ruzie met mijn baas begon al in 2021, ruim voordat ik de verzekering afsloot",
        "Dat klopt niet helemaal, we zijn nooit getrouwd geweest, we woonden alleen samen",
        "Hij beschuldigt me van fraude maar ik heb helemaal niks verkeerd gedaan!",
    ):
        assert _hook(text, "complaint", slots, "coverage_form") == [], text
        assert _hook(text, "ask", slots, "coverage_form") == [], text
        assert _hook(text, "complaint", slots, "coverage_form", "complain") == [], text  # set by the review
    # Right after a verdict too, and a first message that tells a conflict.
    after = {"cc_state": {"last": {"description": "x"}}}
    assert _hook("Maar ik heb echt niks misdaan, dit is zo oneerlijk", "complaint", after, None) == []
    assert _hook("Ik ben ontslagen wegens fraude maar ik heb niks gedaan", "ask", {}, None, "check_coverage") == []


def test_a_message_mid_check_that_names_arag_can_still_be_a_complaint():
    for text in (
        "Ik ben eigenlijk vooral boos op jullie, niemand heeft me teruggebeld",
        "Mijn behandelaar bij ARAG reageert al weken niet",
        "u begrijpt me niet, dit is echt slechte service",
        "dit duurt allemaal veel te lang",
    ):
        assert complaints.ARAG_SIDE.search(complaints.fold(text)), text
    # Outside a check the gate does nothing.
    tracker = Tracker("t", {}, {"text": "x", "intent": {"name": "inform"}}, [], False, None, {}, None)
    assert not complaints.about_the_conflict(tracker, "ik ben zo ontevreden")


def test_stopping_the_check_gives_the_phone_number():
    responses = yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))["responses"]
    stopped = responses["utter_coverage_stopped"][0]["text"]
    assert "434 23 42" in stopped and "stop ik" in stopped


def test_a_question_mid_check_gets_its_answer_not_the_verdict_again():
    for question, expected in (
        ("Moet ik daar zelf nog iets voor betalen?", "ARAG betaalt"),
        ("Krijgen we dan ook een jurist?", "specialist"),
    ):
        chat = Chat()
        chat.say("Mijn baas wil mijn reiskosten niet meer vergoeden. Ik heb de module Inkomen.", "check_coverage")
        messages = chat.say(question)
        assert not any(m.startswith("Zoals gezegd") for m in messages), messages
        assert any(expected in m for m in messages), messages


def test_a_question_mid_check_the_classifier_ranks_as_general_gets_that_answer():
    chat = Chat()
    chat.say("Mijn buurvrouw heeft haar schuur half op mijn erf gebouwd", "check_coverage")
    form = ValidateCoverageForm()
    out = CollectingDispatcher()
    text = "Hoe zit het met de duur van zo'n procedure, weten jullie dat?"
    latest = {
        "text": text,
        "intent": {"name": "inform"},
        "intent_ranking": [{"name": "faq_answer_time", "confidence": 0.62}, {"name": "inform", "confidence": 0.2}],
    }
    tracker = Tracker("t", dict(chat.slots), latest, [], False, None, {"name": "coverage_form"}, None)
    asyncio.run(form.validate_cc_answer(text, out, tracker, {}))
    said = [m.get("text") or "" for m in out.messages]
    assert any("2 werkdagen" in m for m in said), said
    assert not any(m.startswith("Zoals gezegd") for m in said), said


def test_a_general_question_with_a_traffic_conflict_gets_the_verkeer_sentence():
    chat = Chat()
    messages = chat.say(
        "Een automobilist heeft mij van mijn scooter gereden, ik heb Verkeer. Wat is het maximum dat ARAG vergoedt?",
        "check_coverage",
    )
    assert any("geen maximum" in m and "art. 6" in m for m in messages), messages


_follow_up = follow_up
_last = after_verdict


def test_after_not_covered_the_cost_of_a_lawyer_gets_what_arag_still_offers():
    slots = _last("Mijn ex-vrouw houdt zich niet aan de omgangsregeling met de kinderen")
    for text, intent in (
        ("Hoeveel kost een advocaat mij dan?", "faq_costs"),
        ("Wat kost zo'n advocaat eigenlijk?", "out_of_scope"),
        ("Moet ik het dan zelf regelen?", "inform"),
    ):
        said = _follow_up(slots, text, intent)
        assert any("gratis" in m or "korting" in m for m in said), (text, said)


def test_after_covered_a_cost_question_gets_the_general_answer():
    slots = _last("Mijn werkgever betaalt mijn vakantiegeld niet uit, ik heb Inkomen")
    said = _follow_up(slots, "Wat kost een advocaat?", "faq_costs")
    assert said and any("ARAG betaalt" in m for m in said), said
    assert not any("korting" in m for m in said), said


def test_a_short_question_on_the_last_general_answer_gets_its_sentence():
    cancel = (
        "U kunt de verzekering op ieder moment opzeggen, zonder reden, als u de verzekering zelf heeft afgesloten en uw naam op de polis staat. "
        "Stuur ARAG een brief waarin u het contract opzegt, minstens 1 maand van tevoren. (art. 15 Algemene regels)"
    )
    said = _follow_up({}, "Moet ik daarbij een reden opgeven?", "nlu_fallback", [cancel])
    assert said and "zonder reden" in said[0] and "art. 15" in said[0], said
    said = _follow_up({}, "Per aangetekende brief?", "nlu_fallback", [cancel])
    assert said and "brief" in said[0], said


def test_a_conflict_that_already_runs_before_taking_out_the_policy_is_art_9():
    chat = Chat()
    messages = chat.say(
        "De ruzie met mijn bovenburen loopt al twee jaar. Kan ik nu nog afsluiten en dan hulp krijgen?",
        "check_coverage",
    )
    assert any("art. 9" in m and "niet verzekerd" in m for m in messages), messages
    assert not any(MODULES_QUESTION in m for m in messages), messages


def test_a_dismissal_for_alleged_theft_is_inkomen_2a():
    chat = Chat()
    messages = chat.say(
        "Ik heb ontslag gekregen vanwege vermeende diefstal terwijl ik niets gestolen heb. Ik heb Inkomen.",
        "check_coverage",
    )
    assert any("art. 2a Inkomen" in m for m in messages), messages
    assert not any("Consument & Wonen" in m for m in messages), messages


def test_a_detail_after_the_verdict_that_changes_nothing_confirms_it():
    slots = _last(
        "Mijn ex-vriendin wil niet meebetalen aan de lening voor onze gezamenlijke auto nu we uit elkaar zijn"
    )
    said = _follow_up(slots, "We hadden trouwens geen samenlevingscontract, we woonden gewoon samen", "inform")
    assert said and said[0].startswith("Dat verandert het antwoord niet") and "art. 3g" in said[0], said


def test_out_of_scope_right_after_a_verdict_that_is_not_about_it_gets_the_out_of_scope_answer():
    slots = _last("Mijn ex-vrouw houdt zich niet aan de omgangsregeling met de kinderen")
    assert _follow_up(slots, "Wie wint er vanavond het voetbal?", "out_of_scope") == ["utter_out_of_scope"]


def test_an_answer_with_dissatisfaction_about_the_conflict_is_taken_by_the_form():
    chat = Chat()
    chat.say(
        "Ik heb Inkomen sinds kort. Mijn leidinggevende wil van me af vanwege mijn functioneren.", "check_coverage"
    )
    text = "nee hoor, het eerste slechte gesprek daarover was al ruim voordat ik de verzekering had, zo oneerlijk"
    latest = {"text": text, "intent": {"name": "deny"}, "complaint": {"complaint": True, "decision": "complaint"}}
    tracker = Tracker("t", dict(chat.slots), latest, [], False, None, {"name": "coverage_form"}, None)
    result = asyncio.run(ValidateCoverageForm().validate_cc_answer(text, CollectingDispatcher(), tracker, {}))
    state = CheckState.load(result["cc_state"])
    assert state.question.first_event_after_start is False, result
    # A complaint about ARAG in the same place is still left to the complaint hook.
    text = "jullie hebben me al drie keer niet teruggebeld"
    latest = {"text": text, "intent": {"name": "complain"}, "complaint": {"complaint": True, "decision": "complaint"}}
    tracker = Tracker("t", dict(chat.slots), latest, [], False, None, {"name": "coverage_form"}, None)
    result = asyncio.run(ValidateCoverageForm().validate_cc_answer(text, CollectingDispatcher(), tracker, {}))
    assert CheckState.load(result["cc_state"]).question.first_event_after_start is None, result


ALONE_QUESTION = "Staat er 'alleenstaand' op uw polis?"


def test_a_correction_mid_check_the_form_cannot_take_is_acknowledged_not_unrecognised():
    chat = Chat()
    first = chat.say(
        "Mijn zoon van 20 woont nog thuis en heeft mijn gitaar van 900 euro kapotgemaakt. Hij wil niet betalen.",
        "check_coverage",
    )
    # a conflict with one's own child at home: 'alleenstaand' is asked first (art. 1 'Let op', round 14)
    assert ALONE_QUESTION in first[-1], first
    messages = chat.say("Oh wacht, hij woont tegenwoordig in een studentenhuis in Delft")
    assert not any("herken" in m for m in messages), messages
    assert messages[0].startswith("Dank u. Tot nu toe geldt:") and "art. 1" in messages[0], messages
    assert ALONE_QUESTION in messages[-1] and len(messages) == 2, messages
    # Told again and again: the form goes on without the answer, never a loop.
    chat.say("Oh wacht, hij woont tegenwoordig in een studentenhuis in Delft")
    messages = chat.say("Oh wacht, hij woont tegenwoordig in een studentenhuis in Delft")
    assert any("Dan ga ik verder zonder dat antwoord" in m for m in messages), messages


def test_a_statement_to_another_question_is_acknowledged_not_asked_past():
    chat = Chat()
    chat.say(
        "Mijn buurman heeft mijn schutting omver gereden met zijn trekker. Ik heb Consument & Wonen.", "check_coverage"
    )
    question = chat.sent[-1]
    messages = chat.say("hij zegt dat het de wind was en niet zijn schuld")
    assert messages[0].startswith("Dank u. Tot nu toe geldt:"), (question, messages)
    assert not any("herken" in m for m in messages), messages


def test_a_question_about_a_policy_just_taken_out_mid_check_gets_art_9():
    chat = Chat()
    chat.say("Mijn verhuurder geeft de borg van 900 euro niet terug", "check_coverage")
    messages = chat.say("Ik ben pas drie weken verzekerd bij jullie, maakt dat uit?")
    assert any("art. 9" in m and "wachttijd" in m for m in messages), messages
    assert not any(m.startswith("Zoals gezegd") for m in messages), messages


def test_a_request_for_a_person_during_the_complaint_intake_gets_how_to_reach_one():
    for text, intent in (
        ("Kan ik niet gewoon iemand aan de telefoon krijgen", "inform"),
        ("liever een medewerker", "request_human"),
    ):
        out = CollectingDispatcher()
        latest = {"text": text, "intent": {"name": intent}}
        tracker = Tracker("t", {"complaint_id": None}, latest, [], False, None, {"name": "complaint_form"}, None)
        result = asyncio.run(complaints.ValidateComplaintForm().validate_handoff_consent(text, out, tracker, {}))
        said = [m.get("text") or "" for m in out.messages]
        assert result == {"handoff_consent": None}, result
        assert any("434 23 42" in m for m in said) and not any("Antwoord met ja of nee" in m for m in said), said


def test_back_to_the_conflict_with_a_general_question_mid_check_gets_that_answer():
    chat = Chat()
    chat.say("De verhuurder van mijn studio wil de borg van 700 euro niet teruggeven", "check_coverage")
    messages = chat.say(
        "Nog even over die verhuurder: ik heb de polis pas sinds kort, geldt het dan wel?", "check_coverage"
    )
    assert any("art. 9" in m for m in messages), messages
    assert not any(m.startswith("Zoals gezegd") for m in messages), messages


def test_an_objection_and_a_contact_question_after_a_verdict_both_get_an_answer():
    slots = _last("Ik heb mijn buurjongen 2500 euro voorgeschoten en hij betaalt niets terug")
    said = _follow_up(
        slots, "Zelfs niet met een getekende schuldbekentenis? En wat is jullie mailadres?", "faq_contact"
    )
    assert len(said) == 2 and "art. 3f" in said[0] and "servicecenter@ARAG.nl" in said[1], said
    # A plain contact question after a verdict gets just the contact answer.
    said = _follow_up(slots, "Wat is jullie telefoonnummer?", "faq_contact")
    assert len(said) == 1 and "434 23 42" in said[0], said


def test_the_other_party_insured_with_arag_too_mid_check_gets_art_5():
    chat = Chat()
    chat.say("Mijn zus en ik hebben ruzie over de verdeling van de erfenis van onze moeder", "check_coverage")
    messages = chat.say("Mijn zus is trouwens ook verzekerd bij jullie, is dat een probleem?", "check_coverage")
    assert any("belangenconflict" in m and "art. 5" in m for m in messages), messages


def test_modules_told_as_faq_modules_mid_check_answer_the_modules_question():
    domain = yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))
    [mapping] = domain["slots"]["cc_answer"]["mappings"]
    assert "faq_modules" not in mapping["not_intent"]  # the form reads it, no rule answers it as a FAQ
    chat = Chat()
    chat.say("Het UWV heeft mijn ziektewetuitkering stopgezet, helpen jullie met bezwaar?", "check_coverage")
    messages = chat.say("Ik heb alleen de module Inkomen", "faq_modules")
    assert any("art. 2d Inkomen" in m for m in messages), messages
    assert not any(MODULES_QUESTION in m for m in messages), messages
    # A real question about the modules mid-check is still answered.
    chat = Chat()
    chat.say("Het UWV heeft mijn ziektewetuitkering stopgezet, helpen jullie met bezwaar?", "check_coverage")
    messages = chat.say("Welke modules zijn er eigenlijk?", "faq_modules")
    assert any("drie modules" in m for m in messages), messages


def test_a_general_question_mid_check_is_answered_also_when_what_follows_changes():
    chat = Chat()
    chat.say(
        "Mijn moeder is overleden en mijn zus en ik zijn het oneens over de verdeling van haar spaargeld.",
        "check_coverage",
    )
    messages = chat.say(
        "Mijn zus heeft trouwens ook een rechtsbijstandpolis bij ARAG, maakt dat uit?", "check_coverage"
    )
    assert any("belangenconflict" in m for m in messages), messages


def test_a_detail_after_a_first_answer_is_read_with_that_story():
    first = "Mijn dochter van 16 is door de politie opgepakt voor diefstal. Regelen jullie een advocaat?"
    text = "ze zegt zelf dat ze niks heeft meegenomen"
    events = [
        {"event": "user", "text": first},
        {"event": "bot", "text": "Wordt u verdacht van een strafbaar feit ... (art. 12 Algemene regels)"},
        {"event": "user", "text": text},
    ]
    tracker = Tracker(
        "t",
        {"requested_slot": None},
        {"text": text, "intent": {"name": "check_coverage"}},
        events,
        False,
        None,
        {},
        None,
    )
    out = CollectingDispatcher()
    result = asyncio.run(ValidateCoverageForm().validate_cc_description(text, out, tracker, {}))
    said = [m.get("text") or "" for m in out.messages]
    assert CheckState.load(result["cc_state"]).question.conflict is not None, result
    assert any("art. 12" in m for m in said), said


def test_disappointment_after_not_covered_gets_what_arag_still_offers():
    slots = _last("Mijn ex-man wil de kinderalimentatie verlagen")
    for text in ("Wat heb ik dan eigenlijk aan die verzekering?", "Dus we hebben er echt niks aan??"):
        said = _follow_up(slots, text, "inform")
        assert said and "gratis" in said[0] and "Het antwoord blijft hetzelfde" not in said[0], (text, said)


def test_call_me_where_the_contact_is_asked_is_not_a_request_for_a_person():
    text = "bel me maar"
    latest = {"text": text, "intent": {"name": "request_callback"}}
    slots = {"complaint_id": None, "requested_slot": "customer_contact"}
    tracker = Tracker("t", slots, latest, [], False, None, {"name": "complaint_form"}, None)
    out = CollectingDispatcher()
    assert not complaints.ValidateComplaintForm._answer_question(out, tracker, text)
    assert out.messages == []


def test_a_detail_mid_check_read_as_a_description_is_acknowledged():
    chat = Chat()
    chat.say("Mijn dochter van 15 is door de politie opgepakt voor vernieling. Kunnen jullie helpen?", "check_coverage")
    messages = chat.say("ze zegt zelf dat ze er helemaal niet bij was", "check_coverage")
    assert messages[0].startswith("Dank u. Tot nu toe geldt:") and "art. 12" in messages[0], messages
