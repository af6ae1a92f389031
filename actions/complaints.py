"""Complaint handling in the chat: acknowledge first, answer, then the Klachtenbureau intake.

- action_validate_slot_mappings runs after every user message (Rasa calls it from
  action_extract_slots, and keeps the messages it sends): when the NLU's complaint detector
  fired it acknowledges the customer at once and remembers the customer's own words.
- validate_complaint_form asks only what is needed (nothing more when the customer declines
  follow-up) and accepts "stop" / "laat maar" at every step.
- action_submit_complaint registers every detected complaint exactly once in the intake stream,
  also when the customer declined follow-up or stopped halfway.
"""
from __future__ import annotations

import logging
import os
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from flexbot import settings
from flexbot.complaints import intake_form
from flexbot.intake.client import IntakeClient, build_complaint
from flexbot.flexpolis.knowledge import knowledge

logger = logging.getLogger(__name__)

CHANNEL = "website"
COMPLAINT_SLOTS = (
    "complaint_pending", "complaint_text", "complaint_message_id", "complaint_detection",
    "complaint_cancelled", "handoff_consent", "customer_name", "customer_contact",
    "policy_number", "confidential",
)
FOLLOW_UP_SLOTS = ["customer_name", "customer_contact", "policy_number", "confidential"]
TRANSCRIPT_TURNS = 20

_intake: IntakeClient | None = None


async def intake() -> IntakeClient:
    """One intake client per action server process, started inside its event loop."""
    global _intake
    if _intake is None:
        redis_url = settings.get().redis_url
        spool = settings.VAR_DIR / "spool" / "intake"
        _intake = IntakeClient(redis_url, spool)
        await _intake.start()
    return _intake


def last_user_text(tracker: Tracker) -> str:
    """The customer's latest message exactly as typed (the NLU may have seen a cleaned copy)."""
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            return event.get("text") or ""
    return tracker.latest_message.get("text") or ""


def transcript(tracker: Tracker) -> List[Dict[str, str]]:
    lines = [
        {"from": "klant" if e["event"] == "user" else "bot", "text": e.get("text") or ""}
        for e in tracker.events
        if e.get("event") in ("user", "bot") and e.get("text")
    ]
    return lines[-TRANSCRIPT_TURNS:]


class ActionDetectComplaint(Action):
    """Rasa's global slot-validation hook, used as the per-message complaint check."""

    def name(self) -> Text:
        return "action_validate_slot_mappings"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        if tracker.active_loop_name == "complaint_form":
            return []  # the answers in the intake are part of the complaint being made
        detection = tracker.latest_message.get("complaint") or {}
        intent = (tracker.latest_message.get("intent") or {}).get("name")
        if not detection.get("complaint") and intent != "complain":
            return []
        text = last_user_text(tracker)
        if tracker.get_slot("complaint_pending"):
            # A second complaint before the intake started: keep every word, acknowledge once.
            earlier = tracker.get_slot("complaint_text") or ""
            return [SlotSet("complaint_text", f"{earlier}\n{text}".strip())]
        dispatcher.utter_message(response="utter_complaint_ack")
        if not detection.get("complaint"):
            detection = {**detection, "reasons": [*detection.get("reasons", []), "intent:complain"]}
        return [
            SlotSet("complaint_pending", True),
            SlotSet("complaint_text", text),
            SlotSet("complaint_message_id", tracker.latest_message.get("message_id")),
            SlotSet("complaint_detection", detection),
        ]


class ValidateComplaintForm(FormValidationAction):
    def name(self) -> Text:
        return "validate_complaint_form"

    async def required_slots(
        self,
        domain_slots: List[Text],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> List[Text]:
        if tracker.get_slot("complaint_cancelled"):
            return []
        if tracker.get_slot("handoff_consent") is False:
            return ["handoff_consent"]
        return ["handoff_consent", *FOLLOW_UP_SLOTS]

    def _stop(self, value: Any, slot: str) -> Optional[Dict[Text, Any]]:
        if isinstance(value, str) and intake_form.is_stop(value):
            return {slot: None, "complaint_cancelled": True}
        return None

    def _yes_no(self, slot: str, value: Any, dispatcher: CollectingDispatcher, question: str) -> Dict[Text, Any]:
        stopped = self._stop(value, slot)
        if stopped:
            return stopped
        answer = value if isinstance(value, bool) else intake_form.parse_yes_no(str(value or ""))
        if answer is None:
            dispatcher.utter_message(text=f"{question} Antwoord met ja of nee, of typ 'laat maar' om te stoppen.")
            return {slot: None}
        return {slot: answer}

    def validate_handoff_consent(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        return self._yes_no("handoff_consent", value, dispatcher, "Wilt u dat het Klachtenbureau contact met u opneemt?")

    def validate_confidential(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        return self._yes_no("confidential", value, dispatcher, "Moet uw klacht vertrouwelijk worden behandeld?")

    def _validated(self, slot: str, value: Any, dispatcher: CollectingDispatcher, check) -> Dict[Text, Any]:
        stopped = self._stop(value, slot)
        if stopped:
            return stopped
        result, reason = check(value)
        if reason:
            dispatcher.utter_message(text=reason)
            return {slot: None}
        return {slot: result}

    def validate_customer_name(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        return self._validated("customer_name", value, dispatcher, intake_form.validate_name)

    def validate_customer_contact(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        if isinstance(value, dict):
            return {"customer_contact": value}
        return self._validated("customer_contact", value, dispatcher, intake_form.validate_contact)

    def validate_policy_number(self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        return self._validated("policy_number", value, dispatcher, intake_form.validate_policy_number)


def confirmation(reference: str, consent: bool, cancelled: bool) -> str:
    k = knowledge()
    bureau, kifid = k.contact["klachtenbureau"], k.contact["kifid"]
    lines = [f"Uw klacht is geregistreerd onder referentie {reference}."]
    if consent and not cancelled:
        lines.append(
            f"Een medewerker van het {bureau['name']} neemt binnen {k.period('complaint_contact')} "
            f"contact met u op om de klacht met u te bespreken {k.cite('Algemene regels 20')}."
        )
    else:
        lines.append(
            "U heeft aangegeven geen contact te willen; we gebruiken uw klacht om onze service te "
            f"verbeteren. Wilt u toch contact, bel dan het {bureau['name']} op {bureau['phone']} "
            f"of mail naar {bureau['email']} en noem uw referentie {k.cite('Algemene regels 20')}."
        )
    lines.append(
        f"Bent u het niet eens met de beslissing van het Klachtenbureau? Dan kunt u uw klacht "
        f"voorleggen aan het {kifid['name']} ({kifid['website']})."
    )
    return " ".join(lines)


class ActionSubmitComplaint(Action):
    def name(self) -> Text:
        return "action_submit_complaint"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[EventType]:
        cancelled = bool(tracker.get_slot("complaint_cancelled"))
        consent = bool(tracker.get_slot("handoff_consent")) and not cancelled
        contact = tracker.get_slot("customer_contact") or {}
        customer = {
            "name": tracker.get_slot("customer_name"),
            "email": contact.get("email"),
            "phone": contact.get("phone"),
            "policy_number": tracker.get_slot("policy_number") or None,
        } if consent else {}
        detection = tracker.get_slot("complaint_detection") or {}
        client = await intake()
        # One record per complaint: the key is the conversation and the turn it was made in,
        # so a retried action gets the same reference and no second record.
        key = f"{tracker.sender_id}:{tracker.get_slot('complaint_message_id') or 'turn'}"
        reference = await client.allocate_id(key)
        record = build_complaint(
            reference,
            tracker.get_slot("complaint_text") or last_user_text(tracker),
            CHANNEL,
            {"conversation_id": tracker.sender_id},
            customer=customer,
            confidential=bool(tracker.get_slot("confidential")) and consent,
            handoff_consent=consent,
            resolved_immediately="opgelost_maar_ontevreden" in detection.get("reasons", []),
            detection=detection,
        )
        record["transcript"] = transcript(tracker)
        await client.submit(record)
        dispatcher.utter_message(text=confirmation(reference, consent, cancelled))
        return [SlotSet(slot, None) for slot in COMPLAINT_SLOTS]
