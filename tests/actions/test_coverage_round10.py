"""Round 10 conversation classes (issue 11, blind set conversations6), in new wordings: a case already
running at ARAG starts no check; a yes right after a complaint registered mid-check is about the
complaint, not an answer to the check; "where can I still get advice" after a 'not covered' is what ARAG
still offers; "what do you mean by ..." and "meer uitleg" after a verdict without details repeat the
verdict's reason; a corrected amount or country mid-check replaces the one told; a question about when
to report asked mid-check is answered, not read as a new conflict; modules told later in a sentence
while the modules question is open are taken."""

from __future__ import annotations

import asyncio
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from testkit.coverage_form import Chat, ComplaintChat, after_verdict, ask_in_form, check, follow_up, form_tracker

from actions.coverage import ActionMoreDetails
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis.dialogue import CheckState

MODULES_ASKED = "Welke modules"


# (1) a case already running at ARAG ------------------------------------------------------------------
def test_a_case_already_running_at_arag_starts_no_check():
    for text in (
        "Er loopt via ARAG al een zaak van mij tegen mijn werkgever.",
        "Jullie behandelen al een tijdje mijn zaak tegen de aannemer.",
        "ik heb een lopende zaak bij jullie over mijn huurhuis",
    ):
        chat = Chat()
        said = chat.say(text, "check_coverage")
        assert not any(MODULES_ASKED in m for m in said), (text, said)
        assert any("behandelaar" in m for m in said), (text, said)
        assert chat.slots["requested_slot"] is None, text


def test_a_conflict_without_a_running_case_still_starts_a_check():
    chat = Chat()
    said = chat.say("Ik heb een zaak tegen mijn verhuurder, hij wil de borg niet terugbetalen.", "check_coverage")
    assert any(MODULES_ASKED in m for m in said), said


# (2) a yes right after a complaint registered mid-check --------------------------------------------
def test_a_yes_after_a_complaint_mid_check_is_about_the_complaint():
    for yes in ("ja graag", "ja, dat wil ik doorgeven", "ja"):
        chat = ComplaintChat("KL-2026-000777")
        check("Mijn werkgever betaalt mijn overuren al maanden niet uit.", chat=chat)
        chat.complaint = {"complaint": True, "question": False}
        chat.say("Ik heb jullie drie keer gemaild en er komt gewoon geen reactie, echt slecht geregeld.")
        chat.complaint = None
        said = chat.say(yes)
        assert any("KL-2026-000777" in m and "Klachtenbureau" in m for m in said), (yes, said)
        assert CheckState.load(chat.slots["cc_state"]).question.modules is None, (yes, said)
        said = chat.say("Inkomen heb ik")
        assert any("art. 2a" in m for m in said), said


def test_a_yes_to_a_yes_no_question_without_a_complaint_before_is_still_an_answer():
    chat = ComplaintChat("KL-2026-000778")
    check("Mijn werkgever betaalt mijn overuren al maanden niet uit. Ik heb Inkomen.", chat=chat)
    name = CheckState.load(chat.slots["cc_state"]).next_question()
    chat.say("ja")
    assert CheckState.load(chat.slots["cc_state"]).next_question() != name


# (3) after a 'not covered': where to get advice ------------------------------------------------------
def test_where_to_get_advice_after_not_covered_is_what_arag_still_offers():
    slots = after_verdict("Mijn ex-partner wil de omgangsregeling met onze dochter veranderen")
    for text, intent in (
        ("Waar kan ik dan wel advies vragen?", "inform"),
        ("Kan ik ergens anders nog juridisch advies krijgen?", "faq_contact"),
        ("krijg ik dan nog wel advies van jullie?", "nlu_fallback"),
    ):
        said = follow_up(slots, text, intent)
        assert any("gratis" in m and "Legal Services" in m for m in said), (text, said)


# (4) "meer uitleg" / "wat bedoelt u met ..." after a verdict -----------------------------------------
def _more_details(slots: dict[str, Any], text: str, bot_said: str | None = None) -> list[str]:
    """What 'meer uitleg' (`text`) gets after the bot said `bot_said` (default: the verdict)."""
    state = CheckState.load(slots["cc_state"]["last"]["state"])
    said = bot_said or talk.final_text(state)
    events = [{"event": "user", "text": "eerder"}, {"event": "bot", "text": said}, {"event": "user", "text": text}]
    out = CollectingDispatcher()
    tracker = Tracker("t", dict(slots), {"text": text, "intent": {"name": "more_info"}}, events, False, None, {}, None)
    asyncio.run(ActionMoreDetails().run(out, tracker, {}))
    return [m.get("text") or "" for m in out.messages]


def test_more_explanation_after_a_verdict_without_details_repeats_its_reason():
    slots = after_verdict("Ik heb een tweedehands zeilboot gekocht en de mast blijkt gescheurd, de verkoper doet niks")
    said = _more_details(slots, "Kunt u dat toelichten? Een boot is toch ook een vervoermiddel?")
    assert any("11i" in m and "pleziervaartuig" in m for m in said), said
    assert not any("Meer staat er niet" in m for m in said), said


def test_more_explanation_after_another_answer_is_no_old_verdict():
    slots = after_verdict("Ik heb een tweedehands zeilboot gekocht en de mast blijkt gescheurd, de verkoper doet niks")
    said = _more_details(slots, "meer uitleg", bot_said="U kunt ons bellen op 033 - 434 23 42.")
    assert not any("11i" in m for m in said), said


def test_more_explanation_with_details_still_gives_the_details():
    slots = {
        **after_verdict("Ik heb een tweedehands zeilboot gekocht en de mast is kapot"),
        "last_details": "Uitleg X.",
    }
    assert _more_details(slots, "meer uitleg") == ["Uitleg X."]


def test_what_do_you_mean_by_a_word_of_the_verdict_explains_it():
    slots = after_verdict("Als zzp'er bezorg ik maaltijden met mijn scooter en een taxi reed me aan. Ik heb Verkeer.")
    said = follow_up(slots, "hoe bedoelt u, zakelijk? ik doe dit alleen op zaterdag naast mijn vaste baan", "inform")
    assert said and not any("begreep" in m for m in said), said
    assert any("inkomsten" in m and "loondienst" in m for m in said), said


# (5) a corrected amount or country mid-check --------------------------------------------------------
def test_a_corrected_amount_mid_check_replaces_the_amount_told():
    for intent in ("inform", "check_coverage"):
        chat, _ = check(
            "Een webshop heeft mijn bestelde stofzuiger van 260 euro nooit geleverd.", "Ik heb Consument en Wonen."
        )
        said = chat.say(
            "wacht even, ik vergis me: het ging eigenlijk om 120 euro, de rest was verzendkosten die ik terugkreeg",
            intent,
        )
        assert any("175" in m and "11g" in m for m in said), (intent, said)
        assert not any("Eerder zei u iets anders" in m for m in said), (intent, said)


def test_a_corrected_country_mid_check_replaces_the_country_told():
    for intent in ("inform", "check_coverage"):
        chat, _ = check("Op vakantie in Turkije werd ik op een zebrapad aangereden door een bus. Ik heb Verkeer.")
        said = chat.say(
            "Sorry, ik haal twee reizen door elkaar: het gebeurde in Indonesië, Turkije was in 2023.", intent
        )
        assert any("10.000" in m for m in said), (intent, said)
        assert CheckState.load(chat.slots["cc_state"]).question.country == "ID", (intent, said)


# (6) when to report, asked mid-check ----------------------------------------------------------------
def test_when_to_report_asked_mid_check_is_answered_not_a_new_conflict():
    for intent in ("check_coverage", "inform"):
        chat, _ = check("Het UWV weigert mijn WW-uitkering omdat ik zelf ontslag zou hebben genomen. Ik heb Inkomen.")
        before = CheckState.load(chat.slots["cc_state"]).question.conflict
        said = chat.say(
            "Ik heb vier weken om bezwaar aan te tekenen. Hoe snel moet ik het bij jullie aangeven?", intent
        )
        assert any("zo snel mogelijk" in m for m in said), (intent, said)
        assert CheckState.load(chat.slots["cc_state"]).question.conflict == before, (intent, said)


# (7) modules told later in a sentence while the modules question is open ---------------------------
def test_modules_told_after_looking_them_up_are_taken():
    chat, _ = check("De verhuurder van mijn appartement weigert al een half jaar de lekkende kraan te maken.")
    for intent in ("inform", "check_coverage"):
        again = Chat()
        again.slots = dict(chat.slots)
        said = again.say("net in de mail nagekeken, daar staan Consument & Wonen en Verkeer op", intent)
        assert not any(MODULES_ASKED in m for m in said), (intent, said)
        assert CheckState.load(again.slots["cc_state"]).question.modules, (intent, said)


def test_modules_told_with_thanks_are_taken():
    chat, _ = check("Onze au pair is op de fiets aangereden door een scooter en heeft haar pols gebroken.")
    said = chat.say("Fijn om te horen, dank u. We hebben Verkeer en Inkomen, 'alleenstaand' staat er niet op.")
    assert not any(MODULES_ASKED in m for m in said), said
    assert any("3a" in m for m in said), said


def test_form_tracker_is_importable():  # keeps the testkit import used by later tests of this round
    assert form_tracker({}, "x", "inform").latest_message["text"] == "x"


# (8) a fallback after a follow-up that answered -------------------------------------------------------
def _offer_phone(slots: dict[str, Any], text: str, bot_said: list[str]) -> list[str]:
    from actions.help import ActionOfferPhone

    events: list[dict[str, Any]] = [{"event": "user", "text": "Waarom niet?"}]
    events += [{"event": "bot", "text": t} for t in bot_said]
    events.append({"event": "user", "text": text})
    latest = {"text": text, "intent": {"name": "nlu_fallback"}}
    tracker = Tracker("t", dict(slots), latest, events, False, None, {}, None)
    out = CollectingDispatcher()
    domain = {"responses": {"utter_ask_rephrase": [{"text": "Sorry, dat begreep ik niet helemaal."}]}}
    asyncio.run(ActionOfferPhone().run(out, tracker, domain))
    return [m.get("text") or m.get("response") or "" for m in out.messages]


def test_a_fallback_after_an_answered_follow_up_is_read_as_a_follow_up():
    slots = after_verdict("Mijn ex-partner wil de omgangsregeling met onze dochter veranderen")
    state = CheckState.load(slots["cc_state"]["last"]["state"])
    said = _offer_phone(
        slots, "Is er dan nog iemand waar ik advies kan krijgen?", [f"De reden: {talk.final_text(state)}"]
    )
    assert any("gratis" in m for m in said), said


def test_a_fallback_after_the_request_to_rephrase_still_offers_the_phone():
    slots = after_verdict("Mijn ex-partner wil de omgangsregeling met onze dochter veranderen")
    said = _offer_phone(slots, "blabla", ["Sorry, dat begreep ik niet helemaal."])
    assert any("033" in m for m in said), said


def test_the_same_conflict_in_private_after_a_business_verdict_is_covered():
    slots = after_verdict(
        "Ik bezorg als zzp'er maaltijden met mijn scooter en een taxi reed me van achteren aan. Ik heb Verkeer."
    )
    said = follow_up(slots, "en als dit gewoon privé was gebeurd, op weg naar de sportschool?", "nlu_fallback")
    assert any("3a" in m for m in said), said


# (9) both a job and a business of one's own, the conflict from the business ---------------------------
def test_a_job_and_a_business_of_ones_own_is_business_when_the_conflict_is_the_business():
    for opening in (
        "Een klant betaalt mijn factuur van 1.200 euro al twee maanden niet.",
        "Een opdrachtgever betaalt mijn factuur niet.",
    ):
        for intent in ("inform", "check_coverage"):
            chat, _ = check(opening)
            said = chat.say(
                "allebei eigenlijk: overdag werk ik in loondienst als verpleegkundige, daarnaast heb ik een "
                "eenmanszaak in webdesign en dit was een opdracht daarvan",
                intent,
            )
            state = (
                CheckState.load(chat.slots["cc_state"]["last"]["state"])
                if chat.slots["cc_state"].get("last")
                else CheckState.load(chat.slots["cc_state"])
            )
            assert state.question.role == "zakelijk", (opening, intent, said)
            assert any("niet verzekerd" in m for m in said), (opening, intent, said)


# (10) which documents to send, asked mid-check --------------------------------------------------------
def test_which_documents_to_send_mid_check_is_the_reporting_answer():
    chat, _ = check("Mijn huisbaas houdt al een jaar mijn servicekosten vast en reageert niet op mijn mails.")
    chat.say("Consument en Wonen staat op de polis")
    for intent in ("inform", "check_coverage"):
        again = Chat()
        again.slots = dict(chat.slots)
        said = again.say("Dank je. Moet ik die e-mails dan ook naar jullie sturen?", intent)
        assert any("kopie" in m for m in said), (intent, said)


# (11) thanks that tell the answer (the thank intent is not mapped to the form's slot) ------------------
def test_thanks_that_tell_the_modules_answer_the_modules_question():
    chat, _ = check("Onze au pair is op de fiets aangereden door een scooter en heeft haar pols gebroken.")
    extras = CheckState.load(chat.slots["cc_state"])
    assert extras.next_question() == "modules"
    chat.slots["cc_state"] = {**chat.slots["cc_state"], "asked": "modules"}
    said = ask_in_form(
        chat.slots, "Fijn om te horen, dank u. We hebben Verkeer en Inkomen, 'alleenstaand' staat er niet op.", "thank"
    )
    assert any("3a" in m for m in said), said
    assert not any(MODULES_ASKED in m for m in said), said


def test_bare_thanks_still_pass_the_question_over():
    chat, _ = check("Onze au pair is op de fiets aangereden door een scooter en heeft haar pols gebroken.")
    chat.slots["cc_state"] = {**chat.slots["cc_state"], "asked": "modules"}
    assert ask_in_form(chat.slots, "Dank u wel!", "thank") == []
