"""Round 45 routings (issue 11), in new wordings. Seeds 000/001 (Klachtenbeleid, "Wat is een klacht?"): every
expression of dissatisfaction with ARAG's service is a complaint; anger at someone else is not. So a gambling site, a
lottery's organiser or a government body that made a rule the customer finds absurd is the other party of a coverage
question; surprise at the cover ("ik dacht dat jullie niks deden bij ...?") is a question about seed 004's articles;
ARAG's handler of the customer's own case not calling back, with scorn for the service, is a complaint without a
coverage check."""

from __future__ import annotations

import pytest
from testkit.complaint_nlu import routed as _routed

from bot.components import complaint_intent as ci
from bot.components.complaint_rules_cleared import surprised_about_cover
from bot.components.complaint_rules_service import handler_not_answering
from bot.components.third_party import coverage_story


@pytest.mark.parametrize(
    "text",
    [
        # seed 000: a gambling site is the other party; "die gasten aanpakken" asks ARAG for help (seed 004 C&W 3e:
        # kansspel, which the coverage check answers)
        "Ik won 600 euro bij een goksite, maar nu weigeren ze uit te betalen en is mijn account op slot gezet. Kan "
        "ARAG die gasten aanpakken?",
        # seed 000: the organiser of a lottery is the other party (seed 004 C&W 3e)
        "Bij de loterij van een supermarkt een auto gewonnen, maar de organisator wil hem niet leveren. Kunnen "
        "jullie die lui aanpakken?",
        # seed 000: a casino, with a word of blame about it (not about ARAG)
        "Het casino houdt mijn winst van 2000 euro vast en reageert niet meer. Belachelijk! Kunnen jullie helpen?",
    ],
)
def test_a_gambling_party_is_the_other_side(text: str) -> None:
    assert coverage_story(text)
    routed = _routed(text, "check_coverage", "complaint", question=True)
    assert routed["detection"]["decision"] == "none", routed  # type: ignore[index]
    assert routed["intent"] == "check_coverage"


@pytest.mark.parametrize(
    "text",
    [
        # seed 000: anger at the municipality's rule; seed 004 Algemene regels 11k (wetten of regels van de overheid)
        "De gemeente heeft een belachelijke nieuwe regel ingevoerd: geen caravans meer op de oprit. Kan ARAG "
        "daartegen in gaan?",
        # seed 000: the water board; seed 004 art. 11k
        "Het waterschap heeft een nieuwe keur aangenomen en ik vind het absurd. Kunnen jullie die regel aanvechten?",
        # seed 000: the province; seed 004 art. 11k
        "De provincie verbiedt vanaf volgend jaar nieuwe kippenstallen in onze regio, echt belachelijk. Kan ARAG "
        "bezwaar maken tegen dat verbod?",
    ],
)
def test_anger_at_a_government_rule_is_no_complaint(text: str) -> None:
    assert coverage_story(text)
    routed = _routed(text, "check_coverage", "complaint", question=True)
    assert routed["detection"]["decision"] == "none", routed  # type: ignore[index]


@pytest.mark.parametrize(
    "text",
    [
        # seed 004 C&W 2j: prosecution for letsel door schuld is covered; surprise asks about it
        "Huh, ik dacht dat jullie geen strafzaken deden?",
        # seed 004 Verkeer: a question about the cover, no dissatisfaction (seed 000)
        "O, ik dacht dat verkeerszaken niet onder mijn polis vielen?",
        # seed 004 Algemene regels 11j (belastingrecht): still a question
        "ik dacht dat jullie niets deden aan belastingzaken?",
    ],
)
def test_surprise_at_the_cover_is_a_question(text: str) -> None:
    assert surprised_about_cover(text)
    routed = _routed(text, "faq_criminal", "complaint", question=True)
    assert routed["detection"]["decision"] == "none", routed  # type: ignore[index]


@pytest.mark.parametrize(
    "text",
    [
        # seed 000: blame said besides the surprise is dissatisfaction with ARAG
        "Ik dacht dat jullie niks deden bij strafzaken? Jullie doen ook nooit wat.",
        # seed 000: ARAG's service (calling back) is what the customer expected
        "ik dacht dat jullie me niet zouden laten wachten?",
    ],
)
def test_surprise_with_blame_or_about_the_service_stays(text: str) -> None:
    assert not surprised_about_cover(text)


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # seed 000/001: ARAG's handler of the customer's case not calling back, scorn for the service
        (
            "Ik heb de behandelaar die mijn dossier heeft nu vijf keer gebeld en niemand belt terug. Is dit nou "
            "jullie service?",
            False,
        ),
        ("Mijn jurist reageert al drie weken niet op mijn mails. Noemen jullie dat service?", False),
        # seed 001: where to go with it is the complaints answer (Klachtenbureau), asked besides
        (
            "Vier mails naar de jurist die mijn arbeidszaak doet en al drie weken hoor ik niks. Noemen jullie dat "
            "service? Bij wie kan ik hiermee terecht?",
            True,
        ),
    ],
)
def test_arags_handler_not_calling_back_is_a_complaint(text: str, asks: bool) -> None:
    assert handler_not_answering(text)
    routed = _routed(text, "check_coverage", "ask")
    detection = routed["detection"]
    assert detection["decision"] == "complaint", routed  # type: ignore[index]
    assert detection["question"] is asks  # type: ignore[index]
    assert routed["intent"] == ("faq_complaints" if asks else ci.COMPLAIN)


@pytest.mark.parametrize(
    "text",
    [
        # seed 000: the other side's lawyer not calling back is no complaint about ARAG
        "Ik heb de advocaat van mijn ex drie keer gebeld maar hij belt niet terug. Kan ARAG helpen?",
        # seed 000: the landlord is the one not answering; ARAG's jurist did call
        "De verhuurder reageert niet op mijn mails, terwijl de jurist die mijn zaak behandelt hem drie keer heeft "
        "gebeld.",
    ],
)
def test_someone_else_not_answering_is_no_service_complaint(text: str) -> None:
    assert not handler_not_answering(text)
