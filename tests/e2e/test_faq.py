"""General questions about the Flexpolis, the way customers type them, over the REST channel.

Each question must get exactly the answer for its topic (flexbot/flexpolis/answers.py), which cites its
articles, states the key fact read from the knowledge file, and ends with the reminder.
"""

from __future__ import annotations

import pytest

from flexbot.flexpolis import replies
from flexbot.flexpolis.answers import FAQ_TOPICS, faq_articles
from flexbot.flexpolis.conversation import answer_text, chat_answer
from flexbot.flexpolis.knowledge import format_euro, knowledge

K = knowledge()
PHONE = K.contact["servicecenter"]["phone"]


def key_fact(topic: str) -> str:
    """One fact each answer must state, read from the knowledge file (never retyped here)."""
    facts = {
        "modules": K.module_name("verkeer"),
        "maximum": format_euro(K.amount("max_europe")),
        "minimum": format_euro(K.amount("minimum")),
        "who_is_insured": "alleenstaand",
        "countries": "Europese Unie",
        "report": PHONE,
        "answer_time": str(K.period("coverage_answer")),
        "after_report": str(K.period("coverage_answer")),
        "own_lawyer": "advocaat",
        "costs": "griffierecht",
        "eigen_risico": "eigen risico",
        "premium": str(K.period("first_premium")),
        "start_change_end": "opzeggen",
        "disagreement": "Deken",
        "privacy": "CIS",
        "complaints": K.contact["klachtenbureau"]["phone"],
        "criminal": "vrij",
        "borgsom": format_euro(K.amount("borgsom_max")),
        "contact": K.contact["servicecenter"]["email"],
        "not_covered": "belastingrecht",
        "waiting_period": "geen wachttijd",
        "law": "Nederlandse recht",
        "license": K.contact["registration"]["afm_number"],
        "terrorism": "terrorisme",
        "cancel": str(K.period("customer_notice")),
    }
    return facts[topic]


# (topic, question): none of these is a training example.
QUESTIONS = [
    ("modules", "Welke modules kan ik allemaal krijgen bij de flexpolis?"),
    ("modules", "wat is eigenlijk het verschil tussen de modules consument en wonen, verkeer en inkomen"),
    ("maximum", "hoeveel betalen jullie maximaal voor een advocaat?"),
    ("maximum", "wat is het max bedrag dat arag vergoed per zaak"),
    ("minimum", "vanaf welk bedrag kan ik bij jullie terecht met een conflict?"),
    ("minimum", "helpen jullie ook als het maar om een paar tientjes gaat"),
    ("who_is_insured", "is mijn vriendin waar ik mee samenwoon ook verzekerd?"),
    ("who_is_insured", "wie zijn er allemaal meeverzekerd op mijn polis"),
    ("countries", "geldt mijn verzekering ook in het buitenland?"),
    ("countries", "in welke landen ben ik gedekt met de flexpolis"),
    ("report", "hoe kan ik een zaak bij jullie melden?"),
    ("report", "waar moet ik mijn conflict aanmelden"),
    ("answer_time", "hoe lang duurt het voordat ik weet of ik verzekerd ben?"),
    ("answer_time", "binnen hoeveel dagen hoor ik iets na mijn melding"),
    ("after_report", "wat gebeurt er nadat ik mijn zaak heb gemeld?"),
    ("after_report", "hoe gaat het verder als ik een zaak heb aangemeld"),
    ("own_lawyer", "mag ik zelf een advocaat uitkiezen?"),
    ("own_lawyer", "kan ik mijn eigen advocaat nemen ipv die van jullie"),
    ("costs", "welke kosten vergoeden jullie wel en welke niet?"),
    ("costs", "betalen jullie ook de proceskosten en het griffierecht"),
    ("eigen_risico", "moet ik een eigen risico betalen?"),
    ("eigen_risico", "hoe zit het met het eigen risico bij een zaak"),
    ("premium", "wat gebeurt er als ik mijn premie te laat betaal?"),
    ("premium", "binnen hoeveel tijd moet de eerste premie betaald worden"),
    ("start_change_end", "wanneer gaat mijn verzekering in?"),
    ("start_change_end", "mag arag de voorwaarden zomaar veranderen"),
    ("cancel", "ik wil van mijn rechtsbijstand af, hoe zeg ik op?"),
    ("cancel", "wat is de opzegtermijn van de flexpolis"),
    ("not_covered", "waar zijn jullie allemaal niet voor?"),
    ("not_covered", "welke dingen vallen buiten de dekking"),
    ("modules", "wat heb ik eigenlijk aan een rechtsbijstandverzekering?"),
    ("waiting_period", "zit er een wachttijd op?"),
    ("waiting_period", "kan ik direct na het afsluiten een zaak melden"),
    ("law", "welk recht is er van toepassing op mijn polis?"),
    ("law", "geldt er nederlands recht voor de verzekering"),
    ("license", "staat arag ingeschreven bij de afm?"),
    ("license", "heeft arag wel een vergunning"),
    ("terrorism", "wat staat er over terrorisme in de voorwaarden?"),
    ("terrorism", "dekt de polis schade door een aanslag"),
    ("disagreement", "ik ben het niet eens met hoe arag mijn zaak aanpakt, wat kan ik doen?"),
    ("disagreement", "hoe werkt de geschillenregeling als ik en arag van mening verschillen over de aanpak"),
    ("privacy", "wat doet arag met mijn persoonsgegevens?"),
    ("privacy", "hoe zit het met mijn privacy bij jullie"),
    ("complaints", "wat is het adres van het klachtenbureau en wanneer kan ik naar het kifid"),
    ("complaints", "wat is het telefoonnummer van jullie klachtenbureau?"),
    ("criminal", "krijg ik hulp als ik verdacht word van een strafbaar feit?"),
    ("criminal", "ik ben vrijgesproken, krijg ik mijn advocaatkosten terug?"),
    ("borgsom", "betalen jullie een borgsom als ik in het buitenland vastzit?"),
    ("borgsom", "lenen jullie geld voor een borg in het buitenland"),
    ("contact", "hoe kan ik jullie bereiken?"),
    ("contact", "wat is jullie emailadres"),
]


def test_every_topic_has_questions_here():
    assert {t for t, _ in QUESTIONS} == {*FAQ_TOPICS, "contact"}


@pytest.mark.parametrize(("topic", "question"), QUESTIONS, ids=[f"{t}-{i}" for i, (t, _) in enumerate(QUESTIONS)])
def test_faq_question_gets_its_answer_with_article_fact_and_reminder(chat, topic, question):
    # Other skills may add a message of their own (the complaint intake acknowledges any
    # dissatisfaction it hears); the FAQ answer must be one of the replies, exactly.
    messages = chat.say(question)
    full = replies.faq_text(topic)
    # the first answer of the conversation, with the sentence the question asks for first (issue 11:
    # conversation.LEAD_SENTENCE, e.g. "premie te laat" leads with the warning of art. 14)
    expected = chat_answer(answer_text(topic, question), with_reminder=True, question=question)
    assert expected in messages, f"{question!r} got another answer:\n{messages}"
    if topic != "contact":
        assert K.cite(faq_articles(topic)) in expected  # short, but with its articles
    assert key_fact(topic) in full
    assert expected.endswith(K.reminder)
