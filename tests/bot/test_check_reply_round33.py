"""Rounds 33-36 reroutes of bot/components/check_reply.py (issue 11), in new wordings: what each message asks decides,
not the words it shares with another topic."""

from __future__ import annotations

from types import SimpleNamespace

from testkit.reroutes import routed

from bot import conversation_context


def after_verdict() -> SimpleNamespace:
    state = {"last": {"description": "", "state": {"question": {"conflict": "vermogensbeheer"}}}}
    return SimpleNamespace(active_loop_name=None, get_slot=lambda name: state if name == "cc_state" else None)


def test_choosing_a_known_lawyer_is_the_own_lawyer_question() -> None:
    # art. 5: the free choice of a lawyer holds in a procedure; the costs answer would not say so
    text = "Mijn zwager is advocaat in Utrecht. Mag ik hem inschakelen tegen de garage en betalen jullie dat?"
    assert routed(text, "faq_costs") == "faq_own_lawyer"


def test_free_advice_asked_after_a_verdict_is_what_arag_still_offers() -> None:
    # Inleiding: the first advice by phone or e-mail is free
    with conversation_context.parsing(after_verdict()):
        assert routed("Kan ik dan op zijn minst gratis advies krijgen?", "faq_disagreement") == "faq_not_covered"
    assert routed("Kan ik dan op zijn minst gratis advies krijgen?", "faq_disagreement") == "faq_disagreement"


def test_a_cost_question_heard_as_a_new_check_gets_the_costs_answer() -> None:
    # art. 10: the other side's costs outside court are not reimbursed
    text = "Het incassobureau van de verhuurder stuurt me een nota voor de aanmaningen. Betaalt ARAG die?"
    assert routed(text, "check_coverage") == "faq_costs"


def test_a_story_heard_as_a_form_reply_outside_a_check_starts_the_check() -> None:
    text = "hoi, ik heb een wasmachine gekocht bij een webshop en hij lekt, ze reageren niet, wat kan ik doen?"
    assert routed(text, "inform") == "check_coverage"
    assert routed("met mijn werkgever", "inform") == "inform"


def test_a_separation_with_a_request_for_help_is_a_coverage_question() -> None:
    # C&W 3g answers it; the policy change question stays
    assert routed("Wij gaan scheiden en ruziën over de kinderen. Kan ARAG mij helpen?", "faq_start_change_end") == (
        "check_coverage"
    )
    assert routed("We gaan uit elkaar, moet ik dat doorgeven?", "faq_start_change_end") == "faq_start_change_end"


def test_a_premium_protest_beside_a_case_is_the_case() -> None:
    # round 64 (art. 11k): "daar betaal ik toch premie voor?" protests; the case told is checked, no art. 14 answer
    text = "Ik wil dat jullie de gemeente aanklagen over die nieuwe wet op de huurtoeslag. Daar betaal ik toch premie voor?"
    assert routed(text, "faq_premium") == "check_coverage"
    assert routed("Hoeveel premie betaal ik eigenlijk per maand?", "faq_premium") == "faq_premium"


def test_a_move_abroad_told_without_a_conflict_is_the_policy_question() -> None:
    # art. 15: the policy ends when the policyholder no longer lives in the Netherlands
    text = "We hebben een bod gedaan op een huisje in de Algarve. Als het doorgaat verhuizen we in mei naar Portugal."
    assert routed(text, "nlu_fallback") == "faq_start_change_end"
