"""Round 19 routings of bot/components/complaint_intent.py and bot/components/third_party.py (issue 11), on
their own functions and on parse data, without a model: dissatisfaction about a third party inside a coverage
story (an adviser or coach, a care home, a government body; feelings such as "bedrogen" or "verdrietig" about
the opponent; English) is no complaint about ARAG, and the policy named as whose it is ("de polis staat op haar
naam") names nobody of ARAG. Complaints about ARAG's side stay complaints. New wordings, not the blind lines."""

from __future__ import annotations

import pytest
from testkit.complaint_nlu import parsed as message

from bot.components import complaint_intent as ci
from bot.components.third_party import NOT_ARAG, OTHER_SIDE, POLICY_HOLDER, coverage_story

THIRD_PARTY_STORIES = [
    # an adviser or coach the customer hired
    "Een hypotheekadviseur heeft me een veel te dure lening aangepraat en reageert nu nergens meer op. Ik voel me "
    "echt bedrogen. Kan ik met mijn rechtsbijstand achter hem aan?",
    "Mijn personal coach liet me 6.000 euro vooruitbetalen voor een traject en is daarna verdwenen. Ik voel me "
    "belazerd. Valt dit onder mijn polis?",
    # a care home
    "Het zorgcentrum van mijn oma heeft haar trouwring kwijtgemaakt en doet er niks aan. Ze is er kapot van. Kunnen "
    "jullie daarbij helpen?",
    # a government body, Dutch and English
    "De IND heeft de aanvraag voor mijn partner afgewezen terwijl alle papieren erbij zaten. Ik ben er zo verdrietig "
    "over. Kunnen jullie bezwaar maken?",
    "The municipality fined me for a shed that has been there for twenty years. I'm really upset about it. Does my "
    "legal insurance cover an objection?",
    "The immigration service lost my documents and now my visa is refused. This is so unfair. Will my ARAG policy "
    "help with this?",
]


@pytest.mark.parametrize("text", THIRD_PARTY_STORIES)
def test_a_third_party_story_asking_about_cover_is_no_complaint(text):
    assert coverage_story(text), text
    m = message(text, "check_coverage", "complaint")
    ci.not_a_complaint(m)
    found = m.get(ci.PARSE_KEY)
    assert found["decision"] == "none" and "intent:dekkingsvraag" in found["reasons"], found


@pytest.mark.parametrize(
    "text",
    [
        "Mijn financieel adviseur reageert niet meer en jullie jurist ook niet. Kan ik met mijn rechtsbijstand iets?",
        "Het verpleeghuis is lastig, maar jullie behandelaar doet ook niks. Valt dit onder mijn polis?",
        "The municipality refused my permit and your handler never called me back. Does my policy cover this?",
        # ARAG's own staff ("klantadviseur", "juridisch adviseur") is no third party
        "De klantadviseur hing gewoon op toen ik belde. Valt dat onder mijn polis?",
    ],
)
def test_a_story_that_also_names_arags_side_is_not_cleared(text):
    assert not coverage_story(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Ik vraag dit voor mijn moeder, de verzekering staat op haar naam. Het verzorgingshuis is haar rollator kwijt "
        "en wil hem niet vervangen. Ze is er erg verdrietig van.",
        "Mijn vader heeft de polis. Het verpleeghuis heeft zijn kunstgebit weggegooid en wil niet betalen, hij is "
        "er kapot van.",
    ],
)
def test_a_care_home_story_told_for_a_parent_is_a_third_party(text):
    assert POLICY_HOLDER.search(text.lower()), text
    m = message(text, "complain", "complaint")
    m.set("intent_ranking", [{"name": "complain", "confidence": 0.9}, {"name": "check_coverage", "confidence": 0.8}])
    ci.review(m)
    found = m.get(ci.PARSE_KEY)
    assert found["decision"] == "none" and "intent:third_party" in found["reasons"], found


@pytest.mark.parametrize(
    "text",
    [
        "De polis staat op mijn naam en jullie jurist belt nooit terug, schandalig.",
        "Mijn moeder heeft de polis en jullie behandelaar doet al maanden niks met haar dossier.",
    ],
)
def test_the_policyholder_named_with_blame_of_arag_stays_a_complaint(text):
    m = message(text, "complain", "complaint")
    m.set("intent_ranking", [{"name": "complain", "confidence": 0.9}, {"name": "check_coverage", "confidence": 0.8}])
    ci.review(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "complaint"


def test_a_government_refusal_is_someone_elses_refusal():
    assert NOT_ARAG.search("de gemeente heeft mijn bezwaar afgewezen")
    assert NOT_ARAG.search("een afwijzing van het uwv")
    assert not NOT_ARAG.search("jullie hebben mijn claim afgewezen")


@pytest.mark.parametrize("word", ["de ind", "the ind", "een vermogensadviseur", "het verzorgingshuis", "a care home"])
def test_the_new_opponents(word):
    assert OTHER_SIDE.search(word)


@pytest.mark.parametrize(
    "text",
    [
        "Ik voel me belazerd door jullie, mijn jurist belt nooit terug.",
        "Ik ben er verdrietig van hoe ARAG mijn zaak behandelt.",
        "I'm really disappointed in ARAG, my handler never calls back.",
    ],
)
def test_feelings_about_arag_stay_a_complaint(text):
    assert not coverage_story(text)
    m = message(text, "complain", "complaint")
    ci.not_a_complaint(m)
    ci.review(m)
    assert m.get(ci.PARSE_KEY)["decision"] == "complaint"
