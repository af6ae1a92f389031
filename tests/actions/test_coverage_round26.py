"""Issue 11, round 26: replies after a verdict found with held-out conversations (data/eval/conversations20.jsonl,
written blind from seed 004). New wordings of each class, with the seed's article."""

from __future__ import annotations

from rasa_sdk import Tracker
from testkit.coverage_form import after_verdict, follow_up

from actions.complaints import WAITING_AFTER_REPORT, waiting_answer
from actions.coverage_story import _facts_told
from flexbot.flexpolis import faq_turn


def test_a_doubt_about_an_exclusion_gets_the_same_answer() -> None:
    # C&W 3f: money lent stays excluded, also with a written agreement
    slots = after_verdict("Mijn zwager leende 3.000 euro van mij voor zijn bedrijfje en betaalt niks terug")
    for text in (
        "We hebben het wel op papier gezet, dus dan is het een contract toch?",
        "Maar met een contract toch wel?",
    ):
        said = " ".join(follow_up(slots, text, "inform"))
        assert "3f" in said and ("verandert het antwoord niet" in said or "blijft hetzelfde" in said), said


def test_a_job_beside_the_freelance_work_changes_nothing() -> None:
    # Inkomen 3a: the conflict is about the work as a freelancer, whatever job the customer has besides
    slots = after_verdict("Ik ben zzp'er als vertaler en een opdrachtgever betaalt mijn factuur van 900 euro niet")
    said = " ".join(
        follow_up(slots, "Ik heb daarnaast ook nog een vaste baan van drie dagen. Maakt dat uit?", "inform")
    )
    assert "3a" in said and "Welke modules" not in said


def test_what_is_still_offered_after_a_not_covered() -> None:
    # Inleiding: the free first advice and the Legal Services discount, asked with disappointment
    assert faq_turn.named_topic("Balen. Kunnen jullie dan echt niks voor mij doen?") == "not_covered"
    assert faq_turn.named_topic("Jammer hoor. Kan ik dan helemaal niets bij ARAG?") == "not_covered"
    assert faq_turn.named_topic("Helpen jullie dan helemaal niks?") == "not_covered"


def test_a_total_told_as_a_bare_number_counts() -> None:
    # art. 11g: the total, not the first amount, decides the minimum
    slots = after_verdict("De stomerij heeft mijn jas verpest, ik wil mijn 60 euro terug")
    slots["cc_state"]["last"]["state"]["question"]["modules"] = ["consument_wonen"]
    said = " ".join(follow_up(slots, "Ik moest ook een nieuwe jas kopen van 190 euro, samen dus 250.", "inform"))
    assert "verandert het antwoord" in said and "2b" in said


def test_the_modules_told_with_a_question_after_a_general_answer_join_the_story() -> None:
    # art. 13: "We hebben Verkeer. Moeten wij dat geld later terugbetalen?" after a bail story is that story
    events = [
        {"event": "user", "text": "Mijn vrouw zit in Marokko vast na een aanrijding, de politie wil 5.000 euro borg."},
        {"event": "bot", "text": "..."},
        {"event": "user", "text": "We hebben Verkeer. Moeten we dat later terugbetalen?"},
    ]
    tracker = Tracker("t", {"requested_slot": None}, {"text": events[-1]["text"]}, events, False, None, {}, None)
    assert _facts_told(tracker, events[-1]["text"]).get("conflict") == "borgsom"


def test_waiting_after_reporting_gets_art_5_with_the_acknowledgement() -> None:
    # art. 5: ARAG answers within 2 werkdagen whether the customer is covered
    assert WAITING_AFTER_REPORT.search("ik heb maandag een melding gedaan over de garage en nog niks gehoord")
    assert not WAITING_AFTER_REPORT.search("de garage reageert niet op mijn mails")
    assert "2 werkdagen" in waiting_answer() and "art. 5" in waiting_answer()


def test_what_is_still_offered_in_other_words() -> None:
    assert faq_turn.named_topic("Kunnen jullie me dan op een andere manier helpen?") == "not_covered"
