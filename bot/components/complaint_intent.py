"""Sets the intent `complain` from the one complaint detector, after the intent classifier.

The intent classifier is not trained on complaints: the detector (flexbot/complaints, run by
ComplaintDetectorComponent before the classifier) decides them. When its decision is
"complaint" and the message holds no question (the detector component's `question` flag), this
component makes `complain` the intent, with the detector's score as confidence, and keeps the
classifier's ranking below it (except when the classifier heard a request for a person or a
callback, which the handoff serves). A complaint
that also asks something ("Mijn jurist belt nooit terug. Ben ik verzekerd voor een
burenruzie?") keeps the classifier's intent, so the question is answered first.

Two narrow checks on the detector's "complaint" (docs/nlu.md, round 5 of issue 11), neither
touching the detector itself:
- a question the detector's question test misses ("waarvoor gebruiken jullie mijn gegevens",
  "..., valt een bezwaar daartegen onder mijn polis") sets the `question` flag, so the question is
  answered and the intake follows as for any complaint that asks;
- a message that names nobody of ARAG (no "jullie", "uw", "ARAG", jurist, premie, dossier, ...)
  and that the classifier reads as a short form reply without a word of blame ("nee helaas",
  "pas na het afsluiten", "meer uitleg over dit antwoord") or as a conflict story with a third
  party or of a kind the coverage form knows ("de stukadoor heeft zijn werk niet afgemaakt", "ik heb
  een laptop besteld en nooit ontvangen") keeps the classifier's intent, and the
  detection becomes "ask": the bot checks with the customer instead of registering a complaint
  about ARAG that names no one of ARAG.

The rules around these checks are in bot/components/complaint_rules_*.py, grouped by what they are about;
`ComplaintIntent.step` applies them in a fixed order, each with its reason in the detection's reasons:
- complaint_rules_cleared.py: a message cleared as no complaint about ARAG (a third party's story, also in English;
  a complaint against the customer; a self-correction; a criminal charge; a reply in another language; a lawyer
  engaged without asking), before `review`;
- complaint_rules_policy.py: the customer's own policy (a premium they cannot pay; ARAG's premium increase fought;
  the policy after moving abroad);
- complaint_rules_service.py: dissatisfaction with ARAG's service and decisions made a sure complaint (slow
  handling, mid-check, the case stopped, the verdict, the handler), after `review`;
- complaint_rules_bureau.py: the complaints procedure (the Klachtenbureau's decision, its details, where to go next);
- complaint_rules_common.py: what they share (`asks_too`, `names_a_third_party`, a sure complaint made).

Round 14 (seeds 000/001: a complaint is dissatisfaction about ARAG's service): a third party's story naming nobody
of ARAG becomes no complaint rather than a check question ("intent:third_party"), and so does one that names ARAG
only as the insurer of a running case without blame, or is told in English ("heb ARAG met Verkeer ... can you help
me claim?").

Round 19 (bot/components/third_party.py): an adviser or coach, a care home and a government body (the IND, the
municipality, also in English) are opponents of a coverage story; an English "does my policy help?" asks about
cover; the policy named as whose it is ("de polis staat op haar naam", "hij heeft de polis") names nobody of
ARAG, so a story told for a parent about a care home is a third party's ("intent:third_party").

Round 20 (bot/components/third_party.py): ARAG asked to take a third party's matter on, with or without a
question mark ("kan ARAG dit regelen", "kunnen jullie een brief sturen?", "kan ik ze aanpakken met jullie?", "can
ARAG go after them?"), is asking about cover; a private seller, a company or a publisher named with "een" is an
opponent; "mn moeder heeft rechtsbijstand bij jullie" names who holds the policy, not ARAG's service.

Round 22 (bot/components/third_party.py): the state and its lawmakers, a market trader and a professional's
patients or clients are opponents, and ARAG named only as the one written to on advice ("mijn zoon zei dat ik u
moest mailen") names nobody of ARAG.

It must come after the intent classifier and FallbackClassifier in config.yml.
"""

from __future__ import annotations

import re
from typing import Any

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.complaint_detector import _RHETORICAL, PARSE_KEY
from bot.components.complaint_rules_bureau import (
    AFTER_COMPLAINT,
    BUREAU_DECISION,
    asks_how_to_reach_the_bureau,
    bureau_decision_complaint,
    complaint_question,
    details_after_complaint,
    had_a_complaint,
    unhappy_with_bureau_decision,
)
from bot.components.complaint_rules_cleared import (
    COVERAGE_CHECK,
    EN_REPLY_WORDS,
    checks_the_answer,
    complaint_against_customer,
    criminal_charge,
    disagreement_asked_ahead,
    engaged_without_asking,
    english_reply,
    english_story_of_another,
    no_complaint_about_a_charge,
    no_complaint_about_a_death_or_reporting,
    no_complaint_about_own_conduct,
    no_complaint_against_the_customer,
    no_complaint_asking_a_policy_rule,
    no_complaint_asking_for_english,
    no_complaint_asking_what_is_left,
    no_complaint_checking_the_answer,
    no_complaint_for_a_disagreement_ahead,
    no_complaint_in_a_fact_after_an_answer,
    no_complaint_in_a_sigh_before_a_question,
    no_complaint_in_an_english_policy_question,
    no_complaint_in_an_english_story,
    no_complaint_in_not_even,
    no_complaint_in_thanks_with_a_sigh,
    no_complaint_when_surprised_about_cover,
    no_self_correction,
    not_a_complaint,
    not_even_in_a_fact,
    other_language_without_blame,
    own_threat_asked,
    plain_fact,
    policy_after_a_death,
    policy_rule_question,
    reporting_asked,
    self_correction,
    surprised_about_cover,
    thanks_with_a_sigh,
)
from bot.components.complaint_rules_common import _NOT_CALLED, COMPLAIN, asks_too, names_a_third_party
from bot.components.complaint_rules_policy import (
    PREMIUM_DISPUTE,
    no_complaint_about_a_premium_question,
    no_complaint_about_a_premium_reminder,
    no_complaint_about_own_payment,
    own_payment_question,
    policy_abroad_question,
    premium_dispute,
    premium_dispute_complaint,
    premium_reminder_question,
)
from bot.components.complaint_rules_service import (
    NO_RAPPORT,
    WRONG_PAPERS,
    arag_service_complaint,
    asks_besides,
    case_decision,
    case_decision_complaint,
    errors_in_arag_papers,
    errors_in_papers_complaint,
    handler_not_answering,
    handler_not_answering_complaint,
    handler_promise_complaint,
    handler_promise_not_kept,
    handler_rapport_complaint,
    no_rapport_with_handler,
    objects_to_the_verdict,
    own_case_slow,
    refusal,
    refusal_complaint,
    service_blamed_mid_check,
    slow_handling,
    verdict_objection,
)
from bot.components.intent_classifier import conflict_markers
from bot.components.message_step import MessageStep, route_to
from bot.components.third_party import (
    ARAG_EN,
    ARAG_SIDE,
    BLAME,
    NOT_ARAG,
    POLICY_HOLDER,
    TOLD_TO_WRITE,
    asking_blanked,
    complaint_about_another_blanked,
    coverage_story,
    quoted_speech_blanked,
    their_service_blanked,
)
from flexbot.dutch import fold
from flexbot.flexpolis.english import looks_english

# The rules stay importable from here, as before the split (bot/complaint_routing.py and the tests use them).
__all__ = [
    # this module's own
    "KEEP_INTENTS",
    "REPLY_INTENTS",
    "MAX_REPLY_WORDS",
    "MIN_REPLY_CONFIDENCE",
    "classifier_top",
    "not_about_arag",
    "no_callback",
    "complaint_intent",
    "review",
    "ComplaintIntent",
    # imported by the tests
    "PARSE_KEY",
    "coverage_story",
    # complaint_rules_common.py
    "COMPLAIN",
    "asks_too",
    "names_a_third_party",
    # complaint_rules_cleared.py
    "english_story_of_another",
    "no_complaint_in_an_english_story",
    "not_a_complaint",
    "COVERAGE_CHECK",
    "complaint_against_customer",
    "no_complaint_against_the_customer",
    "own_threat_asked",
    "no_complaint_about_own_conduct",
    "self_correction",
    "no_self_correction",
    "no_complaint_asking_what_is_left",
    "thanks_with_a_sigh",
    "no_complaint_in_a_sigh_before_a_question",
    "no_complaint_in_thanks_with_a_sigh",
    "policy_rule_question",
    "no_complaint_asking_a_policy_rule",
    "checks_the_answer",
    "no_complaint_checking_the_answer",
    "not_even_in_a_fact",
    "no_complaint_in_not_even",
    "plain_fact",
    "no_complaint_in_a_fact_after_an_answer",
    "disagreement_asked_ahead",
    "no_complaint_for_a_disagreement_ahead",
    "engaged_without_asking",
    "EN_REPLY_WORDS",
    "english_reply",
    "other_language_without_blame",
    "criminal_charge",
    "no_complaint_about_a_charge",
    "surprised_about_cover",
    "no_complaint_when_surprised_about_cover",
    "policy_after_a_death",
    "reporting_asked",
    "no_complaint_about_a_death_or_reporting",
    # complaint_rules_policy.py
    "own_payment_question",
    "no_complaint_about_own_payment",
    "premium_reminder_question",
    "no_complaint_about_a_premium_reminder",
    "policy_abroad_question",
    "PREMIUM_DISPUTE",
    "premium_dispute",
    "no_complaint_about_a_premium_question",
    "premium_dispute_complaint",
    # complaint_rules_service.py
    "own_case_slow",
    "arag_service_complaint",
    "slow_handling",
    "service_blamed_mid_check",
    "case_decision_complaint",
    "case_decision",
    "refusal_complaint",
    "refusal",
    "objects_to_the_verdict",
    "asks_besides",
    "verdict_objection",
    "NO_RAPPORT",
    "no_rapport_with_handler",
    "handler_rapport_complaint",
    "handler_not_answering",
    "handler_not_answering_complaint",
    "handler_promise_complaint",
    "handler_promise_not_kept",
    "WRONG_PAPERS",
    "errors_in_arag_papers",
    "errors_in_papers_complaint",
    # complaint_rules_bureau.py
    "BUREAU_DECISION",
    "unhappy_with_bureau_decision",
    "bureau_decision_complaint",
    "AFTER_COMPLAINT",
    "had_a_complaint",
    "details_after_complaint",
    "complaint_question",
    "asks_how_to_reach_the_bureau",
]


# A request for a person or a callback is served by the handoff, complaint or not.
KEEP_INTENTS = ("request_human", "request_callback")
# Short replies inside a form or a chat; a complaint in so few words carries a word of blame.
REPLY_INTENTS = frozenset({"affirm", "deny", "inform", "more_info", "stop", "greet", "goodbye"})
MAX_REPLY_WORDS = 6
MIN_REPLY_CONFIDENCE = 0.5
_WORDS = re.compile(r"\w+")


def classifier_top(message: Message) -> dict[str, Any]:
    """The classifier's first intent (below any nlu_fallback or complain in the ranking)."""
    for entry in message.get("intent_ranking") or []:
        if entry.get("name") not in (COMPLAIN, "nlu_fallback"):
            return entry
    return message.get(INTENT) or {}


# A complaint the customer wants to make, named without whom it is about ("ik wil een klacht indienen!!").
BARE_COMPLAINT = re.compile(
    r"\b(een |de |mijn )?(\w+ )?(klacht|klachten) (in ?dienen|indienen|neerleggen|doen|melden|indien)\b(?! (over|tegen|bij) )"
    r"|\b(ik )?(wil|ga) (\w+ )?(een )?klacht (in ?dienen|indienen|neerleggen)\b(?! (over|tegen|bij) )|\bbeklag doen\b"
)


def not_about_arag(text: str, intent: str | None, confidence: float) -> str | None:
    """Why a sure complaint is not one about ARAG ("reply", "third_party"), or None."""
    plain = fold(text).lower()
    # round 23: the provider's own klantenservice; round 25: staff and unanswered mails of a place named before
    folded = NOT_ARAG.sub(" ", their_service_blanked(plain, names_a_third_party))
    folded = complaint_about_another_blanked(folded, names_a_third_party)  # round 33: "klacht over mijn teamleider"
    told = TOLD_TO_WRITE.sub(" ", folded)  # round 22: "mijn zoon zei dat ik jullie moest mailen" names no one
    quoted = quoted_speech_blanked(told)  # round 24: "hij zei: jullie ..." addresses the customer, not ARAG
    if names_a_third_party(
        quoted
    ):  # round 33: "Ik ben zo klaar met die woningcorporatie! ... Ik wil een klacht indienen"
        quoted = BARE_COMPLAINT.sub(" ", quoted)
    if ARAG_SIDE.search(POLICY_HOLDER.sub(" ", quoted)):  # round 19: "de polis staat op haar naam" names no one
        return None
    if folded != plain:  # only someone else's complaint or refusal named: a conflict, whatever the intent
        return "third_party"
    if quoted != told and names_a_third_party(quoted):  # round 24: a third party's words quoted
        return "third_party"
    if told != folded and names_a_third_party(told):  # a third party's story written to ARAG on advice
        return "third_party"
    if intent in REPLY_INTENTS and confidence >= MIN_REPLY_CONFIDENCE:
        if len(_WORDS.findall(folded)) <= MAX_REPLY_WORDS and not BLAME.search(folded):
            return "reply"
    if looks_english(text) and ARAG_EN.search(asking_blanked(told)[0]):
        return None  # round 87: "... and nobody has contacted me. Your own conditions say 2 working days!" is ARAG's
    if intent == "check_coverage" and conflict_markers(text):  # a kind of conflict or an opponent
        return "third_party"
    return None


def no_callback(text: str) -> bool:
    """Not calling back is what the complaint is about ("Waarom belt mijn jurist nooit terug?",
    "niemand belt me terug"), not a request for a call."""
    folded = fold(text).lower().strip()
    return bool(_RHETORICAL.match(folded) or _NOT_CALLED.search(folded))


def complaint_intent(message: Message) -> dict[str, Any] | None:
    """The `complain` intent for a complaint without a question, else None."""
    detection = message.get(PARSE_KEY) or {}
    if not detection.get("complaint") or detection.get("question"):
        return None  # no complaint, or it also asks something (complaint_detector.holds_question)
    intent = (message.get(INTENT) or {}).get("name")
    if intent in KEEP_INTENTS and not (intent == "request_callback" and no_callback(message.get(TEXT) or "")):
        return None
    return {"name": COMPLAIN, "confidence": float(detection.get("score") or 1.0)}


def review(message: Message) -> None:
    """The two checks of the module docstring, on the parse data of a sure complaint."""
    detection = message.get(PARSE_KEY) or {}
    if not detection.get("complaint") or detection.get("question"):
        return
    text = message.get(TEXT) or ""
    top = classifier_top(message)
    reasons = list(detection.get("reasons") or [])
    if asks_too(text):
        asked = {**detection, "question": True, "reasons": [*reasons, "intent:vraag"]}
        message.set(PARSE_KEY, asked, add_to_output=True)
        return
    why = not_about_arag(text, top.get("name"), float(top.get("confidence") or 0.0))
    if why:
        # Round 14: a story about a third party that names nobody of ARAG is no complaint at all
        # (Klachtenbeleid: onvrede over de dienstverlening van ARAG), so no check question either; a
        # short reply is still checked.
        decision = "none" if why == "third_party" else "ask"
        checked = {**detection, "complaint": False, "decision": decision, "reasons": [*reasons, f"intent:{why}"]}
        message.set(PARSE_KEY, checked, add_to_output=True)  # the classifier's intent stays


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class ComplaintIntent(MessageStep):
    def step(self, message: Message) -> None:
        not_a_complaint(message)
        no_complaint_in_an_english_story(message)
        no_complaint_against_the_customer(message)
        no_self_correction(message)
        no_complaint_about_a_charge(message)
        no_complaint_when_surprised_about_cover(message)
        no_complaint_about_own_payment(message)
        no_complaint_about_own_conduct(message)
        no_complaint_about_a_premium_reminder(message)
        other_language_without_blame(message)
        no_complaint_asking_for_english(message)
        no_complaint_in_an_english_policy_question(message)
        engaged_without_asking(message)
        no_complaint_asking_what_is_left(message)
        no_complaint_in_thanks_with_a_sigh(message)
        no_complaint_in_a_sigh_before_a_question(message)
        no_complaint_asking_a_policy_rule(message)
        no_complaint_checking_the_answer(message)
        no_complaint_in_not_even(message)
        no_complaint_in_a_fact_after_an_answer(message)
        no_complaint_about_a_death_or_reporting(message)
        no_complaint_for_a_disagreement_ahead(message)
        review(message)
        slow_handling(message)
        service_blamed_mid_check(message)
        case_decision(message)
        refusal(message)
        verdict_objection(message)
        no_complaint_about_a_premium_question(message)
        premium_dispute_complaint(message)
        bureau_decision_complaint(message)
        handler_rapport_complaint(message)
        handler_not_answering_complaint(message)
        handler_promise_complaint(message)
        errors_in_papers_complaint(message)
        details_after_complaint(message)
        complaint_question(message)
        policy_abroad_question(message)
        intent = complaint_intent(message)
        if intent is not None:
            route_to(message, COMPLAIN, intent["confidence"])
