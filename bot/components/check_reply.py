"""A reply to the coverage check's question goes to the form, whatever general topic the classifier heard.

While the coverage form waits for an answer (requested slot `cc_answer`), a message the classifier
ranks as a general question (`faq_*`) is answered by the FAQ rule before the form can read it. When
the message asks nothing and the form's parsers take from it what the check still misses
(flexbot/flexpolis/check_reply.py), its intent becomes `inform`, so the form reads it as the answer.
After a verdict, a message that only corrects the policy ("ik heb juist Consument & Wonen, geen
Verkeer") or doubts it ("we hebben wel een contract getekend, dus het is een overeenkomst toch?") and
was heard as a new coverage question becomes `inform` too: the verdict's follow-up takes it.

A goodbye or greeting that asks a general question ("Dan sluit ik Verkeer erbij af. Kan ik het daarna
melden?", heard as goodbye on "sluit ... af") gets that question's FAQ intent; so does, during or right
after a check, an out-of-scope message asking what to do first or what it costs. Complaints (`complain`,
set before this component) are left alone.

Rounds 33-36: after a verdict a protest ("serieus? ik betaal al 10 jaar premie") goes to the verdict's follow-up and a
question what ARAG still offers to `faq_not_covered`; a question whether ARAG pays a named cost heard as a new check
goes to `faq_costs` (art. 10); a known lawyer asked about with the costs to `faq_own_lawyer` (art. 5); a story that
asks, heard as a form reply outside any check, and a separation with a request for help, heard as a policy change,
start the check.
"""

from __future__ import annotations

import re

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.components.complaint_detector import ORIGINAL_TEXT
from bot.components.complaint_rules_policy import POLICY_GOES_ON, own_payment_question, premium_rise_question
from bot.components.message_step import MessageStep, route_to
from bot.conversation_context import last_bot_text, last_verdict_state, open_question_state, previous_text
from flexbot.dutch import fold
from flexbot.flexpolis import story_facts
from flexbot.flexpolis.answers import FAQ_TOPICS
from flexbot.flexpolis.check_reply import (
    ASKS_WHAT_IT_CHANGES,
    COST_ASKED,
    answers_the_check,
    asks,
    asks_about_a_cost,
    asks_for_help_with_a_case,
    asks_if_a_bill_is_owed,
    corrects_the_policy,
    detail_of_the_story,
    doubts_the_verdict,
    moves_abroad,
    premium_protest,
    protests_the_verdict,
    quotes_the_other_sides_own_risk,
    story_without_question,
    tells_a_case,
)
from flexbot.flexpolis.checker import NIET_GEDEKT
from flexbot.flexpolis.conversation import (
    ALLEENSTAAND_READ,
    CONFLICT_ALREADY,
    MODULE_ADDED_LATER,
    REPORT_AFTER_END,
    REPORT_NOW,
    faq_topic_in,
)
from flexbot.flexpolis.cost_questions import ADDED_TO_THE_SUM
from flexbot.flexpolis.dialogue import CheckState, facts_in_answer, facts_in_description
from flexbot.flexpolis.faq_turn import ELLIPTICAL, SHORT_FOLLOW_UP, named_topic

# Rounds 83-84: a message that opens with a question about the policy itself ("Hoe meld ik mijn conflict met onze
# cateraar bij jullie aan? ...", "Is er een wachttijd? Ik wil vandaag afsluiten, want ..."): that answer (art. 7, art. 9),
# the conflict told after it beside it (faq_turn.answer_faq).
OPENING_TOPICS = frozenset({"report", "waiting_period", "own_lawyer", "eigen_risico", "answer_time"})
OPENING_WORDS = 12


# The customer ending their own policy ("en wil mijn rechtsbijstandverzekering stoppen"), not a camping that "wil onze
# standplaats opzeggen" told beside "Met eigen woning op de polis" (round 86).
OWN_POLICY_ENDED = re.compile(
    r"\b(ik|we|wij|en) (wil|willen|ga|gaan) (\w+ ){0,2}(mijn|onze|m'?n|de) (\w+ )?(rechtsbijstand\w*|flexpolis|polis|"
    r"verzekering bij (jullie|arag))\b"
)
# "Moet ik dat ook betalen als ...?": a question about what the sentence before it named.
ASKS_ABOUT_THAT = re.compile(r"^(\w+ ){0,3}(dat|die|dit|het)\b")


def opening_question(text: str) -> str | None:
    """The policy topic of the question a message opens with; None: it opens otherwise."""
    parts = re.split(r"(?<=[.?!])\s+", text.strip(), maxsplit=2)
    first = parts[0]
    if len(parts) < 2 or len(first.split()) > OPENING_WORDS:
        return None
    if not first.endswith("?"):
        # round 86: "Op mijn polis staat een eigen risico. Moet ik dat ook betalen als iemand achterop mijn auto is
        # geknald ...?": the policy named first, the question about it next, with the story in it
        topic = faq_topic_in(first.rstrip(".!") + "?")
        asked = parts[1].endswith("?") and ASKS_ABOUT_THAT.search(fold(parts[1]))
        return topic if asked and topic in OPENING_TOPICS else None
    # a short question first, the story after it; not one sentence that tells the story and asks at its end
    topic = faq_topic_in(first)
    return topic if topic in OPENING_TOPICS else None


ANSWER_INTENT = "inform"
GENERAL_QUESTION = "faq_"
NEW_CHECK = "check_coverage"
GREETINGS = frozenset({"goodbye", "greet"})  # thanks with a question: actions/coverage_thanks.py
# Out of scope during or right after a check: "Wat moet ik nu als eerste doen?" asks about this case (round 26); other
# topics stay out of scope ("hoe lang duurt een echtscheiding?" is no question about ARAG's answer time).
OUT_OF_SCOPE = "out_of_scope"
CASE_TOPICS = frozenset({"report", "costs", "maximum"})
# "Mijn neef is advocaat ... Mag ik hem inschakelen, en betalen jullie dat?": the choice of lawyer (art. 5), whose answer
# says what ARAG pays for it, not the general costs (round 33).
COSTS = "faq_costs"
# What ARAG still offers, asked after a verdict in words another FAQ topic shares ("gratis advies", round 33).
NOT_COVERED = "faq_not_covered"
# A separation or a move told as a conflict with a request for help is heard as a question about the policy's change.
POLICY_CHANGE = "faq_start_change_end"
# A protest against the verdict is often heard as a premium question or a new check (round 33).
PROTEST_HEARD_AS = frozenset({"faq_premium", "faq_disagreement", NEW_CHECK, OUT_OF_SCOPE, "nlu_fallback"})


# Art. 14: cover starts again the day after ARAG received the late premium; asked after paying it.
PREMIUM_PAID = re.compile(r"\b(betaald|overgemaakt|voldaan|bijgestort|premie)\b")
COVER_AGAIN = re.compile(
    r"\b(weer|opnieuw|vanaf nu|nu|dan) (\w+ )?(gedekt|verzekerd)\b|\bweer (dekking|gedekt|verzekerd)\b"
)


# A complaint made against the customer about their own work (a disciplinary case), not one about ARAG.
COMPLAINT_ABOUT_THE_WORK = re.compile(
    r"\b(klacht|klachten|tuchtklacht)\b[^.?!]{0,20}\b(over|tegen) (dat|dit|het|mijn|m'?n) ([\w'-]+ )?(werk|zzp-?werk|praktijk|"
    r"behandeling|opdracht|diensten)\b|\b(klacht|klachten) tegen (mij|me|ons)\b|\btucht\w*\b"
)


# Another bail asked right after art. 13's answer: "en als ze 80.000 vragen?", "stel dat de borg 60.000 euro wordt?"
BAIL_AMOUNT_ASKED = re.compile(
    r"^\W*(en |maar )?(als|stel( nou)?( dat)?|wat (nu |dan )?als|en wat als)\b[^?]{0,40}\b\d[\d.]*( euro)?\b[^?]{0,30}"
    r"\b(vragen|vraagt|vroegen|eisen|eist|willen|wil|wordt|worden|is|was|zou)\b"
)


PAYING_NOW = re.compile(r"\b(als|wanneer|zodra) (ik|we|wij) (\w+ ){0,2}(betaal|betalen|overmaak|overmaken)\b")


def premium_paid_question(text: str) -> bool:
    t = fold(text)
    # round 172: "Maar ik heb nu toch alles betaald? Dan geldt het toch ook voor die aanrijding?": not for what happened
    # before (art. 14: cover again from the day after payment)
    back_to_before = re.search(
        r"\b(geldt|dekt|telt|dekken|gelden)\b[^.?!]{0,20}\b(ook|alsnog|toch|dan)\b[^.?!]{0,20}\bvoor (die|de|dat|het|mijn)\b",
        t,
    )
    return (
        asks(text)
        and bool(PREMIUM_PAID.search(t))
        and (bool(re.search(r"\b(weer|opnieuw|vanaf nu)\b", t)) and bool(COVER_AGAIN.search(t)) or bool(back_to_before))
    )


def reroute(message: Message) -> None:
    """The intent of what the message asks in this conversation, when the classifier heard another (module docstring)."""
    intent = (message.get(INTENT) or {}).get("name") or ""
    text = message.get(ORIGINAL_TEXT) or message.get(TEXT) or ""
    if last_verdict_state() is not None and ADDED_TO_THE_SUM.search(fold(text)):
        # "Met de rente en de incassokosten die ik heb gerekend komt het op 230 euro." after art. 11g (round 56)
        route_to(message, f"{GENERAL_QUESTION}minimum")
        return
    if last_verdict_state() is not None and re.search(MODULE_ADDED_LATER, fold(text)):
        # rounds 86-87: "Kan ik die uitsluiting nu laten schrappen ...?", "Kan ik eigen woning nu nog bijsluiten en dan
        # alsnog hulp krijgen?" after the verdict: art. 9, whatever the classifier heard
        route_to(message, f"{GENERAL_QUESTION}waiting_period")
        return
    if BAIL_AMOUNT_ASKED.search(fold(text)) and re.search(r"\bborg(som)?\b", fold(last_bot_text())):
        route_to(message, "faq_borgsom")  # round 179: "en als ze 80.000 vragen?" after art. 13's loan: up to EUR 50,000
        return
    target = _general_question(intent, text) if intent.startswith(GENERAL_QUESTION) else _other_intent(intent, text)
    if target and target != intent:
        route_to(message, target)


def _by_the_check(intent: str, text: str) -> str | None:
    """The intent the open check or the last verdict gives a general question; None: neither decides it."""
    state = open_question_state()
    if state is not None and answers_the_check(state, text):
        return ANSWER_INTENT  # the answer to the check's open question
    verdict = last_verdict_state()
    if intent in PROTEST_HEARD_AS and verdict is not None and protests_the_verdict(text):
        return ANSWER_INTENT  # "serieus? ik betaal al 10 jaar premie" after a verdict: it stands (round 33)
    if intent == "faq_disagreement" and COST_ASKED.search(fold(text)) and _not_covered_last():
        return (
            ANSWER_INTENT  # round 87: "Wat kost het dan als ik toch een jurist van jullie wil inschakelen?": Inleiding
        )
    if intent == "faq_complaints" and (verdict or state) is not None and COMPLAINT_ABOUT_THE_WORK.search(fold(text)):
        return ANSWER_INTENT  # round 173: "... en er komt een klacht over dat zzp-werk?" after a disciplinary case (Inkomen 2c)
    if verdict is not None and named_topic(text) == "not_covered":
        return NOT_COVERED  # "Kan ik dan tenminste gratis advies krijgen?" after a verdict (Inleiding, round 35)
    if state is None and verdict is None and story_without_question(text):
        return NEW_CHECK  # round 95: a story that asks nothing, heard as a topic one of its words names ("gegevens")
    return None


def _general_question(intent: str, text: str) -> str | None:
    by_the_check = _by_the_check(intent, text)
    if by_the_check:
        return by_the_check
    if intent == COSTS and ADDED_TO_THE_SUM.search(fold(text)):
        return f"{GENERAL_QUESTION}minimum"  # "als ik de rente en incassokosten erbij tel, kom ik er boven?" (art. 11g)
    if intent == "faq_eigen_risico" and quotes_the_other_sides_own_risk(text):
        return NEW_CHECK  # "Het park zegt 'eigen risico, u heeft getekend'. Kunnen we het park aansprakelijk stellen?"
    if intent == COSTS and opening_question(text) == "eigen_risico":
        return f"{GENERAL_QUESTION}eigen_risico"  # "Ik heb een eigen risico van 250 euro. Moet ik dat betalen als ...?"
    if (
        intent == "faq_criminal"
        and re.search(r"\bboete", fold(text))
        and facts_in_description(text).get("conflict") == "consumentenkoop"
    ):
        return NEW_CHECK  # round 88: a transport company's 'boete' is the ticket's contract (C&W 2b, 11g), not art. 12
    if (
        intent == COSTS
        and COLLECTED_FROM_ME.search(fold(text))
        and not ARAG_PAYS.search(fold(text))
        and tells_a_case(text)
    ):
        return (
            NEW_CHECK  # round 88: "een incassobureau ... 140 euro plus 45 euro incassokosten. Help?": the claim (11g)
        )
    if intent == COSTS and asks_if_a_bill_is_owed(text):
        return NEW_CHECK  # "dierenarts ... nu een rekening van 1100. moet ik dit betalen??" (round 82)
    if intent == COSTS and faq_topic_in(text) == "own_lawyer":
        return f"{GENERAL_QUESTION}own_lawyer"  # "Mijn neef is advocaat. Mag ik hem ..., betalen jullie dat?" (art. 5)
    if intent == "faq_premium" and premium_protest(text) and tells_a_case(text):
        return NEW_CHECK  # round 64: "Ik wil dat jullie de Staat aanklagen ... Daar betaal ik toch premie voor?"
    if intent == "faq_modules" and tells_a_case(text):
        return NEW_CHECK  # round 60: "... Kan ik met Consument & Wonen een zaak tegen hem beginnen?" tells the case
    if intent == POLICY_CHANGE and asks_for_help_with_a_case(text):
        return NEW_CHECK  # "we gaan na 9 jaar samenwonen uit elkaar. Kan ARAG mij helpen?" (round 33)
    return None


def country_after_the_maximum(text: str) -> bool:
    """A short elliptical question naming a country ("En in Turkije?") right after the maximum's answer, which differs
    by country (art. 6)."""
    t = fold(text).strip()
    if not ELLIPTICAL.search(t) or len(t.split()) > SHORT_FOLLOW_UP or not facts_in_answer(text).get("country"):
        return False
    return "in andere landen" in last_bot_text() or "buiten Europa" in last_bot_text()


# A claim collected from the customer, and whether ARAG is asked to pay something.
COLLECTED_FROM_ME = re.compile(r"\b(incassobureau\w*|deurwaarder\w*|incassokosten)\b")
ARAG_PAYS = re.compile(r"\b(betalen|vergoeden|betaalt|vergoedt|dekken|dekt) (jullie|arag|u)\b")


def _not_covered_last() -> bool:
    """The last verdict said the conflict is not covered."""
    last = (last_verdict_state() or {}).get("last") or {}
    return CheckState.load(last.get("state")).verdict().status == NIET_GEDEKT


def _policy_or_timing_asked(text: str) -> str | None:
    """A question about the premium, the policy or when to report, heard as a new check; None: not that."""
    if premium_rise_question(text):
        return (
            "faq_premium"  # "mijn premie gaat omhoog. Mag ARAG dat zomaar?" is art. 16, no conflict to check (round 38)
        )
    if PAYING_NOW.search(fold(text)) and re.search(r"\bpremie", fold(previous_text())):
        return "faq_premium"  # "Als ik vandaag betaal, geldt de verzekering dan voor ...?" after art. 14 (round 56)
    if premium_paid_question(text) or own_payment_question(text) and POLICY_GOES_ON.search(fold(text)):
        # "heb het net overgemaakt. ben ik dan vanaf nu weer gedekt?" (round 55), "Mijn premie kon niet worden
        # afgeschreven ... Ben ik nog verzekerd??" (round 179): art. 14
        return "faq_premium"
    opening = opening_question(text)
    if opening:
        return f"{GENERAL_QUESTION}{opening}"  # "Is er een wachttijd? Ik wil vandaag afsluiten, want ..." (art. 9)
    if last_verdict_state() is not None and re.search(REPORT_AFTER_END, fold(text)):
        return f"{GENERAL_QUESTION}report"  # round 180: "Als ik het in januari nog had gemeld, ...?" after art. 11c
    if open_question_state() is not None and re.search(REPORT_NOW, fold(text)):
        return (
            f"{GENERAL_QUESTION}report"  # round 88: "de termijn voor bezwaar loopt over 2 weken af, moet ik snel zijn?"
        )
    if re.search(CONFLICT_ALREADY, fold(text)):
        return f"{GENERAL_QUESTION}waiting_period"  # round 87: "Ik heb nu al ruzie met ... Kan dat mee?" (art. 9)
    return None


# A home bought with trouble told ("... getekend en nu blijkt er een lek"): a case to check; trouble only supposed ("voor als
# er later gedoe komt") is none.
TROUBLE_TOLD = re.compile(
    r"\b(lek\w*|gebrek\w*|ruzie|gedoe|weiger\w*|conflict\w*|schade|kapot|vocht\w*|scheur\w*|ontbind\w*|eist|eisen|"
    r"claim\w*|probleem|problemen|verborgen)\b"
)
SUPPOSED_CLAUSE = re.compile(r"\b(voor )?(als|mocht|stel dat|wanneer) er (\w+ ){0,2}(later|ooit|straks|nog)\b[^.?!]*")


def _the_policy_itself(text: str) -> str | None:
    """A message about the policy itself, no conflict to check; None: it is not."""
    topic = faq_topic_in(text)
    told = {"cancel": OWN_POLICY_ENDED, "premium": story_facts.PREMIUM_UNPAID}.get(topic or "")
    if told and told.search(fold(text)):
        # round 86: "... wil mijn rechtsbijstandverzekering stoppen. Hoe doe ik dat?" (art. 15), "de acceptgiro van jullie
        # niet betaald ... Ben ik nog verzekerd?" (art. 14)
        return f"{GENERAL_QUESTION}{topic}"
    if moves_abroad(text):
        return POLICY_CHANGE  # round 66: "... verhuizen we volgend voorjaar naar Frankrijk" (art. 15)
    if topic == "new_home" and not TROUBLE_TOLD.search(SUPPOSED_CLAUSE.sub(" ", fold(text))):
        # round 176: "... gisteren de koopovereenkomst getekend ... Moeten wij nu iets aan onze ARAG-verzekering laten
        # aanpassen?": the policy change to make after signing (C&W 2d), not a check of the purchase; the keyword answer is
        # given by the policy topic's override (conversation.OVERRIDES)
        return POLICY_CHANGE
    if topic in ("start_change_end", "waiting_period", "insurer_cancelled") and not facts_in_description(text).get(
        "conflict"
    ):
        # round 174: "Als ik nu Verkeer bij mijn polis neem, ben ik dan meteen verzekerd ...?" (art. 9); round 176: "... de
        # rechtsbijstandverzekering op zijn naam staat. Loopt die nu gewoon door?" (art. 15), placed nowhere; ARAG ending the
        # policy (art. 15b) is that topic's keyword answer
        return POLICY_CHANGE if topic == "insurer_cancelled" else f"{GENERAL_QUESTION}{topic}"
    if re.search(ALLEENSTAAND_READ, fold(text)) and not facts_in_description(text).get("conflict"):
        # round 166: "Ik zie op de polis 'alleenstaand' staan" (art. 1); not a story told with it
        return f"{GENERAL_QUESTION}who_is_insured"
    return None


# Round 180: a place corrected mid-check ("Excuses, ik haal dingen door elkaar: het was net vóór de grens, bij Venlo. Dus
# gewoon in Nederland."), heard as nothing: the check's answer, which reads the new place (art. 6).
PLACE_CORRECTED = re.compile(r"\b(sorry|excuses|oeps|vergis\w*|door elkaar|ik bedoel\w*|correctie|eigenlijk|toch)\b")


def corrects_the_place(text: str) -> bool:
    return bool(PLACE_CORRECTED.search(fold(text))) and facts_in_answer(text).get("country") is not None


def _other_intent(intent: str, text: str) -> str | None:
    verdict = last_verdict_state() is not None
    if intent in ("nlu_fallback", OUT_OF_SCOPE) and open_question_state() is not None and corrects_the_place(text):
        return ANSWER_INTENT
    # after a verdict its follow-up reads a message placed nowhere (actions/coverage_follow_up.py), not a wish for a person
    placed_nowhere = intent == "request_human" or (
        intent in ("nlu_fallback", ANSWER_INTENT) and open_question_state() is None and not verdict
    )
    if placed_nowhere and named_topic(text) == "not_covered":
        # round 171: "ok. kan ik dan wel gratis advies krijgen van een jurist?" (heard as asking for a person), "Dus ik sta
        # er alleen voor?" (placed nowhere): the Inleiding's offer, first advice free, then a discount
        return NOT_COVERED
    if intent == NEW_CHECK and verdict and (corrects_the_policy(text) or doubts_the_verdict(text)):
        return ANSWER_INTENT
    last = (last_verdict_state() or {}).get("last")
    if intent == NEW_CHECK and isinstance(last, dict) and detail_of_the_story(last, text):
        return ANSWER_INTENT  # round 60: "..., ik heb geen bv of zo. Maakt dat uit?" after art. 11h
    if intent in PROTEST_HEARD_AS and verdict and protests_the_verdict(text):
        return ANSWER_INTENT
    # round 169: also two intents too close ("die mail was van 2 maanden geleden. als ik nu betaal, helpen jullie dan wel?")
    if intent in (NEW_CHECK, "nlu_fallback") and (policy_asked := _policy_or_timing_asked(text)):
        return policy_asked
    outside_the_form = intent == ANSWER_INTENT and open_question_state() is None and not verdict
    if (intent in (NEW_CHECK, "nlu_fallback") or outside_the_form) and (about_the_policy := _the_policy_itself(text)):
        return about_the_policy
    if intent == NEW_CHECK and faq_topic_in(text) == "start_change_end" and POLICY_GOES_ON.search(fold(text)):
        return POLICY_CHANGE  # "Ik verhuis naar Spanje. Blijft mijn ARAG-verzekering doorlopen?" is art. 15 (round 57)
    if intent == NEW_CHECK and faq_topic_in(text) == "conduct" and ASKS_WHAT_IT_CHANGES.search(fold(text)):
        return (
            NOT_COVERED  # round 60: "Mijn neef heeft die man bedreigd ... Heeft dat gevolgen voor de hulp?" (art. 11f)
        )
    # round 60: also when two intents were too close ("... een rekening van 800 euro aan incassokosten. Die ook?")
    if intent in (NEW_CHECK, "nlu_fallback") and asks_about_a_cost(text):
        return f"{GENERAL_QUESTION}costs"  # "... een rekening voor zijn brieven. Betaalt ARAG dat?" (art. 10)
    if intent == ANSWER_INTENT and open_question_state() is None and not verdict and tells_a_case(text):
        return NEW_CHECK  # a story with a question, heard as a form reply outside any check (round 35)
    if intent in GREETINGS and asks(text):
        topic = faq_topic_in(text)
        return f"{GENERAL_QUESTION}{topic}" if topic in FAQ_TOPICS or topic == "contact" else None
    return _unplaced(intent, text, verdict)


def _unplaced(intent: str, text: str, verdict: bool) -> str | None:
    """A message the NLU placed nowhere (out of scope, or two intents too close) that follows an answer."""
    elsewhere = intent in (OUT_OF_SCOPE, "nlu_fallback", ANSWER_INTENT) and open_question_state() is None
    if elsewhere and country_after_the_maximum(text):
        return f"{GENERAL_QUESTION}maximum"  # round 87: "En in Turkije?" right after the maximum (art. 6)
    if intent == OUT_OF_SCOPE and asks(text) and (open_question_state() is not None or verdict):
        topic = faq_topic_in(text)
        # "Wat kan ik dan wel doen?" after a verdict: what ARAG still offers (Inleiding, round 57)
        return f"{GENERAL_QUESTION}{topic}" if topic in CASE_TOPICS or verdict and topic == "not_covered" else None
    return None


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class CheckReply(MessageStep):
    def step(self, message: Message) -> None:
        reroute(message)
