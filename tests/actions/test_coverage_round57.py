"""Issue 11, round 57: classes from the misses of a held-out pair written blind from seed 004 (chats from people in a
hurry or upset about something that happened today), each tested in new wordings with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import check
from testkit.stories import first, kind

from flexbot.flexpolis import conversation, dialogue, faq_turn, story_facts
from flexbot.flexpolis.cost_questions import cost_keys
from flexbot.flexpolis.dialogue_country import country_in_description


def test_work_with_the_vehicle_and_bad_work_on_it() -> None:
    # Verkeer 4c: driving a taxi for a living; Verkeer 3b/3e: a wheel fitted badly by the tyre shop
    assert "4c" in first(
        "Ik rij al jaren taxi in Rotterdam met mijn eigen auto en gisteren reed een bus tegen mij aan."
    )
    assert kind(
        "De garage heeft mijn banden gewisseld en op de snelweg liet mijn achterwiel los; de moeren zaten los."
    ) in (
        "schade_vervoermiddel",
        "contract_motorrijtuig",
    )


def test_exclusions_read_from_the_story() -> None:
    # art. 11k: a ban for the whole town; art. 11s: a rental car burnt in riots; C&W 2g: recognising a child when the
    # parents never lived together (no separation, C&W 3g)
    assert (
        kind("De gemeente heeft een rookverbod in de hele stad ingesteld en daar wil ik tegen procederen.")
        == "wetgeving"
    )
    assert "11s" in first("Tijdens de rellen in Marseille is onze huurauto vernield; de verhuurder wil 3.000 euro.")
    assert kind("We hebben nooit samengewoond en mijn ex wil niet dat ik onze dochter erken.") == "familierecht"


def test_a_civil_summons_and_an_acquittal() -> None:
    # art. 11b: a summons from a kitchen company after a year of trying alone (no criminal case); art. 12: acquitted,
    # the lawyer arranged oneself is paid back when reported within a month (art. 11a does not apply)
    answer = first("Al een jaar ruzie met een badkamerbedrijf; vandaag een dagvaarding, de zitting is volgende week.")
    assert "11b" in answer and "art. 12" not in answer, answer
    answer = first("Ik ben vrijgesproken van mishandeling. Mijn eigen advocaat kostte 1.800 euro. Krijg ik dat terug?")
    assert "maand" in answer and "art. 12" in answer, answer


def test_what_arag_does_and_a_threat_told() -> None:
    # Inleiding: asked before the story; art. 11f: a threat told in the story is said with the answer
    answer = first("Wat doet ARAG eigenlijk? Mijn werkgever betaalt mijn eindafrekening niet uit, 1.900 euro.")
    assert "juridische hulp" in answer and "2a" in answer, answer
    assert story_facts.circumstances_in_story(
        "Ik heb hem geappt dat ik zijn ruiten kapot sla als hij niet betaalt."
    ).get("facts.dreiging_geuit")
    assert "11f" in first("De schilder verprutst mijn gevel; ik heb hem gedreigd dat ik zijn auto sloop. 2.000 euro.")
    assert "juridische hulp" in (conversation.fallback_answer("Wat doen jullie eigenlijk precies?") or "")


def test_later_turns() -> None:
    # art. 16: no reply within the month is agreement; Verkeer 5/art. 6: the country set straight; C&W 2k: a claim
    # for damages told beside the modules; art. 9: who pays the research to prove it; art. 9: the policy changed now
    assert (
        faq_turn.answer_faq("faq_premium", "En als ik niks laat weten?", None, True, previous_topic="premium")
        .messages[0]
        .startswith("Hoort ARAG binnen die maand niets van u")
    )
    assert country_in_description("Het was niet in Nederland maar in België, bij Gent.") == "BE"
    _, replies = check(
        "Een bezoeker viel van onze trap omdat de leuning los zat; de politie onderzoekt letsel door schuld.",
        "Ik heb Consument & Wonen. En nu eist hij ook nog 8.000 euro smartengeld van mij.",
    )
    said = " ".join(replies[-1])
    assert "2k" in said and "Over uw eerste vraag" in said, said
    assert cost_keys("Ik moet bewijzen dat het lek door de bouw komt. Wie betaalt zo'n onderzoek?") == [
        "deskundigenrapport"
    ]
    assert (
        conversation.faq_topic_in("Kan ik de polis nu nog laten aanpassen zodat het wel gedekt is?") == "waiting_period"
    )
    assert dialogue.options_in_text("Consument & Wonen, zonder eigen woning") == {"eigen_woning": False}


def test_moving_abroad_asks_whether_the_policy_goes_on() -> None:
    # art. 15: the insurance stops automatically when the policyholder no longer lives in the Netherlands; asked with
    # "mijn ARAG-verzekering" it is no conflict with an insurer
    from bot.components.complaint_rules_policy import POLICY_GOES_ON

    text = "Ik verhuis in augustus voorgoed naar Italië. Blijft mijn ARAG-verzekering dan doorlopen?"
    assert conversation.faq_topic_in(text) == "start_change_end"
    assert POLICY_GOES_ON.search(text.lower())
    assert "automatisch" in faq_turn.answer_faq("faq_start_change_end", text, None, True).messages[0]
