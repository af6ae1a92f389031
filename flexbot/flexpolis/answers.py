"""Full Dutch FAQ answers for the general policy questions, built from the knowledge file.

Each answer = the rendered template + its citation + the closing reminder, e.g.
faq_answer("minimum") -> "Uw conflict moet om meer dan € 175 gaan. ... (art. 11g Algemene regels)
Uw polis bepaalt wat voor u geldt. Een zaak melden kan via www.ARAG.nl ('Zaak melden') of ..."
"""

from __future__ import annotations

from flexbot.flexpolis.knowledge import knowledge

# Topic keys, in the order of the issue; the same keys as `faq` in data/policy/flexpolis.yml.
FAQ_TOPICS: tuple[str, ...] = tuple(knowledge().faq)


def faq_answer(topic: str) -> str:
    """The complete answer for one FAQ topic; KeyError for an unknown topic."""
    k = knowledge()
    entry = k.faq[topic]
    return f"{k.render(entry['answer'])} {k.cite(entry['articles'])}\n{k.reminder}"


def faq_articles(topic: str) -> tuple[str, ...]:
    """Article ids an FAQ answer cites (for tests and for logging what was answered)."""
    return tuple(knowledge().faq[topic]["articles"])
