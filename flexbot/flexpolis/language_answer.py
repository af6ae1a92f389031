"""The answer to a message in another language (art. 3): ARAG communicates in Dutch, and the answer
says in Dutch what already follows from an English question (`english.gist` puts its deciding
words into Dutch; the conversation layer gives the first answer for that gist)."""

from __future__ import annotations

from flexbot.flexpolis import conversation, dialogue, english, replies
from flexbot.flexpolis.knowledge import knowledge


def dutch_only_answer(text: str | None = None) -> str:
    """Art. 3: ARAG answers in Dutch; for an English question, what already follows from it (in Dutch)."""
    answer = (
        "Excuses, ik kan alleen Nederlands schrijven. ARAG communiceert in het Nederlands met "
        f"haar klanten {knowledge().cite('Algemene regels 3')}. Stel uw vraag gerust in het "
        f"Nederlands, of bel {replies.contact()['servicecenter']['phone']}."
    )
    follows = what_follows(text) if text else None
    return f"{answer} Wat ik uit uw vraag begrijp: {follows}" if follows else answer


def follow_up_answer(previous: str, text: str) -> str | None:
    """A second message in another language that adds to the first ("I have Consument en Wonen" after the
    landlord's story): art. 3 in one sentence, and what follows from both together, when that is new. A
    general question of its own ("Can I choose my own lawyer?" after the verdict) gets its answer."""
    asked = question_answer(text)
    if asked:
        return f"Ik antwoord in het Nederlands {knowledge().cite('Algemene regels 3')}. {asked}"
    together = what_follows(f"{previous} {text}")
    if not together:
        return None
    lead = f"Ik antwoord in het Nederlands {knowledge().cite('Algemene regels 3')}."
    if together != what_follows(previous):
        return f"{lead} Met wat u nu schrijft: {together}"
    # "I have the Verkeer module" after an exclusion: the modules change nothing, and the answer says so
    if (
        dialogue.facts_in_description(english.gist(text)).get("modules")
        or not dialogue.parse_answer("modules", text).reason
    ):
        return f"{lead} Het antwoord blijft hetzelfde: {together}"
    return None


# Rules asked beside an English story that the story's verdict does not answer (art. 5, 6, 7, 11a, 11g, 14).
RULES_BESIDE_A_STORY = frozenset({"own_lawyer", "report", "eigen_risico", "waiting_period", "maximum", "minimum"})


def what_follows(text: str) -> str | None:
    """The Dutch first answer for an English question; None when its gist names nothing we know."""
    dutch = english.gist(text)
    if english.MOVING_ABROAD.search(text):
        # "we are retiring to Portugal; will our Flexpolis still cover us, e.g. with a builder there?" (round 49): art. 15
        # (the insurance stops when the policyholder no longer lives in the Netherlands) comes before any example
        return english.residence_rule(text)
    # A conflict named beside "I live in Utrecht and have a Flexpolis" is what is asked (Inkomen 2a
    # for unpaid salary), not art. 3's residence rule for taking the insurance out.
    answer = conversation.coverage_first(dutch)
    if answer:
        for tail in (" Wilt u weten of u verzekerd bent", " Ik check nog wat de uitkomst kan veranderen"):
            answer = answer.split(tail)[0]  # the coverage check's pointers: not in a language answer
        rule = conversation.faq_topic_in(dutch if "?" in dutch else dutch + "?")
        if rule in RULES_BESIDE_A_STORY:  # round 101: "Can I use my own lawyer ... for my conflict with T-Mobile?"
            answer += " " + conversation.short_and_details(replies.faq_text(rule))[0]
        return answer
    rule = english.residence_rule(text)
    if rule:
        return rule
    topic = conversation.faq_topic_in(dutch if "?" in dutch else dutch + "?")
    if topic:
        return conversation.short_and_details(replies.faq_text(topic))[0]
    return None


def question_answer(text: str) -> str | None:
    """The answer to a general question in an English message that tells no conflict and no modules
    ("Can I choose my own lawyer? Someone recommended one."); None otherwise."""
    dutch = english.gist(text)
    found = dialogue.facts_in_description(dutch)
    if found.get("conflict") or found.get("modules"):
        return None
    topic = conversation.faq_topic_in(dutch if "?" in dutch else dutch + "?")
    return conversation.short_and_details(replies.faq_text(topic))[0] if topic else None
