"""Dutch replies that point customers to people; every fact is read from the knowledge file.

Policy FAQ answers live in flexbot/flexpolis/answers.py; this module adds the conversational ones
(contact, asking for a person, second fallback, another language) and maps faq_<topic> intents.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flexbot.flexpolis.answers import FAQ_TOPICS
from flexbot.flexpolis.answers import faq_answer as policy_faq_answer
from flexbot.flexpolis.knowledge import knowledge


def reminder() -> str:
    return knowledge().reminder


def faq_text(topic: str) -> str:
    """The answer for a topic without the closing reminder (the chat adds it once)."""
    answer = faq_answer(topic) or fallback_phone_answer()
    return answer.removesuffix("\n" + knowledge().reminder).strip()


def contact() -> Mapping[str, Any]:
    return knowledge().contact


def _phone_and_mail() -> str:
    c = contact()
    return f"bel {c['servicecenter']['phone']} ({c['hours']}) of mail naar {c['servicecenter']['email']}"


def contact_answer() -> str:
    c = contact()
    return (
        f"U kunt ARAG bellen op {c['servicecenter']['phone']}, bereikbaar {c['hours']}. "
        f"Mailen kan naar {c['servicecenter']['email']}.\n{knowledge().reminder}"
    )


def human_contact_answer() -> str:
    return (
        "Ik ben een digitale assistent en kan u niet zelf doorverbinden. Een medewerker van ARAG "
        f"spreekt u graag: {_phone_and_mail()}."
    )


def fallback_phone_answer() -> str:
    return (
        f"Het lukt mij helaas niet om uw vraag te begrijpen. Een medewerker helpt u graag verder: {_phone_and_mail()}."
    )


def faq_answer(topic: str) -> str | None:
    """Answer for intent faq_<topic>; None for a topic we do not know."""
    if topic == "contact":
        return contact_answer()
    if topic in FAQ_TOPICS:
        return policy_faq_answer(topic)
    entry = knowledge().keyword_answers.get(topic)
    if entry is not None:  # a keyword route's answer (own conduct, art. 11d-11f)
        k = knowledge()
        return f"{k.render(entry['answer'])} {k.cite(entry['articles'])}\n{k.reminder}"
    return None
