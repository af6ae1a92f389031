"""Issue 11, round 6: classes of wrong first answers found with held-out customer questions
(data/eval/first_answers5.jsonl, written blind from seed 004). Each test names the seed article
that decides it; the texts are new wordings of the class, not the eval lines."""

from __future__ import annotations

import pytest
from testkit.stories import kind, state_of

from flexbot.flexpolis import conversation as c
from flexbot.flexpolis import dialogue as d
from flexbot.flexpolis import faq_turn
from flexbot.flexpolis.checker import NIET_GEDEKT
from flexbot.flexpolis.replies import faq_text


# The first answer names the deciding fact, not just "hiervoor" (C&W 2, Verkeer 3, Inkomen 2) ---------
@pytest.mark.parametrize(
    ("text", "fact", "article"),
    [
        ("de fotograaf is onze trouwfoto's kwijt en wil toch 1400 euro", "overeenkomst", "art. 2b Consument & Wonen"),
        ("mijn huisbaas repareert de kapotte cv al weken niet", "huur", "art. 2c Consument & Wonen"),
        (
            "de gemeente heeft mijn aanvraag voor een gehandicaptenkaart afgewezen",
            "overheid",
            "art. 2f Consument & Wonen",
        ),
        (
            "mijn oom is vorig jaar overleden en mijn nicht wil de erfenis niet verdelen",
            "erfenis",
            "art. 2i Consument & Wonen",
        ),
        ("het pensioenfonds heeft mijn nabestaandenpensioen te laag vastgesteld", "pensioen", "art. 2e Inkomen"),
        ("ik werk bij de gemeente als ambtenaar en word overgeplaatst tegen mijn zin", "ambtenaar", "art. 2b Inkomen"),
        ("mijn baas betaalt mijn overuren niet uit", "werkgever", "art. 2a Inkomen"),
        ("het cbr wil dat ik opnieuw rijexamen doe vanwege mijn ogen", "rijbewijs", "art. 3d Verkeer"),
    ],
)
def test_the_headline_says_what_the_article_covers(text: str, fact: str, article: str) -> None:
    answer = c.coverage_first(text)
    assert answer is not None and fact in answer.lower() and article in answer
    assert f"hiervoor verzekerd ({article}); zonder" not in answer  # the bare form without the fact


def test_a_crime_against_you_is_named_an_onrechtmatige_daad() -> None:
    # C&W 2a: "Als iemand een onrechtmatige daad tegen u heeft gepleegd"
    answer = c.coverage_first("ik ben opgelicht door een nepverkoper op een tweedehandssite, 450 euro kwijt")
    assert answer is not None and "onrechtmatige daad" in answer and "art. 2a Consument & Wonen" in answer


# Subjects the keyword lists missed -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # C&W 2b: childcare and a hotel are consumer contracts
        ("de bso rekent ons een maand te veel, 380 euro", "consumentenkoop"),
        ("het hotel in Italië heeft onze kamer dubbel geboekt en wil niks terugbetalen", "consumentenkoop"),
        # C&W 2h: an (unpaid) board seat told as "in het bestuur van de ... vereniging"
        (
            "ik zit als vrijwilliger in het bestuur van de tennisvereniging en word aansprakelijk gesteld",
            "bestuurder_vereniging",
        ),
        # Inkomen 2a: flexible contracts are employment contracts
        ("op mijn oproepcontract word ik ineens niet meer ingeroosterd", "arbeidsovereenkomst"),
        ("sinds mijn min-max contract krijg ik geen uren meer", "arbeidsovereenkomst"),
        # Art. 11n: standing surety, in the past tense
        ("mijn vader stond destijds borg voor mijn zus en nu moet hij betalen", "overgenomen_vordering"),
        ("wij staan borg voor de hypotheek van onze zoon", "overgenomen_vordering"),
    ],
)
def test_subjects_recognised(text: str, expected: str) -> None:
    assert kind(text) == expected


def test_unpaid_board_member_of_a_club_is_covered_under_2h() -> None:
    answer = c.coverage_first("ik zit onbetaald in het bestuur van onze hockeyclub en een lid eist geld van mij")
    assert answer is not None and "art. 2h Consument & Wonen" in answer and "bestuurder" in answer


def test_surety_is_excluded_at_once_under_11n() -> None:
    answer = c.coverage_first("Ik stond borg voor de autolening van een vriend en nu eist de bank 5000 euro")
    assert answer is not None and answer.startswith("Dit conflict is niet verzekerd") and "art. 11n" in answer


# Verkeer 4d: a used car bought "zonder garantie" from a dealer too ------------------------------------
def test_used_car_without_guarantee_from_a_dealer_is_excluded() -> None:
    text = "occasion gekocht bij een autohandel zonder garantie, nu is de motor kapot"
    status, _ = state_of(text).verdict().status, None
    assert status == NIET_GEDEKT
    answer = c.coverage_first(text)
    assert answer is not None and "BOVAG" in answer and "art. 4d Verkeer" in answer


# Art. 1: a grown child living on their own; the answer says who is insured ----------------------------
def test_child_living_on_their_own_is_not_insured_and_the_answer_says_who_is() -> None:
    text = "Onze dochter van 26 woont op zichzelf en heeft ruzie met haar werkgever. Valt zij ook onder onze polis?"
    answer = c.coverage_first(text)
    assert answer is not None and answer.startswith("Dit conflict is niet verzekerd")
    assert "dagstudie" in answer and "art. 1 Algemene regels" in answer


# C&W 2i: the relative who died is the deceased, not someone with the conflict --------------------------
def test_the_deceased_parent_is_not_asked_about_as_the_one_in_conflict() -> None:
    text = "Mijn vader is vorige maand overleden en mijn stiefmoeder weigert de erfenis te verdelen."
    found = d.facts_in_description(text)
    assert found.get("relative") is None
    answer = c.coverage_first(text)
    assert answer is not None and "niet meeverzekerd" not in answer and "art. 2i Consument & Wonen" in answer


def test_modules_named_as_polis_met_module() -> None:
    found = d.facts_in_description("ik heb de flexpolis met Inkomen en mijn werkgever betaalt mijn loon niet")
    assert found.get("modules") == frozenset({"inkomen"})


# Art. 16: a premium increase is answered with the yearly price index, not the payment rules ------------
@pytest.mark.parametrize(
    "question", ["Hoezo is de premie duurder geworden?", "mijn premie is gestegen dit jaar, kan dat?"]
)
def test_premium_increase_gets_art_16(question: str) -> None:
    short = c.short_and_details(faq_text("premium"), question=question)[0]
    assert "consumentenprijsindex" in short and "art. 16" in short


# C&W 4: a general question with a conflict in a named country outside the EU ---------------------------
def test_maximum_question_with_a_conflict_outside_the_eu_gets_the_module_countries() -> None:
    turn = faq_turn.answer_faq(
        "faq_maximum", "Wat betalen jullie maximaal bij gedoe met een hotel in Brazilië?", {}, True
    )
    assert any("Europese Unie" in m and "art. 4 Consument & Wonen" in m for m in turn.messages)


def test_countries_question_without_a_conflict_has_no_aside() -> None:
    turn = faq_turn.answer_faq("faq_countries", "Geldt de polis ook in Duitsland?", {}, True)
    assert len(turn.messages) == 1


# Art. 11 / C&W 3 / Verkeer 4 / Inkomen 3: "what is not covered" typed loosely --------------------------
@pytest.mark.parametrize("text", ["wat dekt mijn polis allemaal niet?", "waarvoor ben ik niet verzekerd?"])
def test_not_covered_overview_is_recognised(text: str) -> None:
    assert c.faq_topic_in(text) == "not_covered"
    assert "art. 11" in c.fallback_answer(text)


# Vocabulary classes beyond the eval lines (probe of everyday counterparts) ------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # C&W 2b: providers of a service to a consumer
        ("de opticien wil mijn nieuwe lenzen van 450 euro niet omruilen", "consumentenkoop"),
        ("de tattooshop heeft mijn ontwerp verkeerd gezet en wil 300 euro", "consumentenkoop"),
        ("het attractiepark geeft ons geld van 280 euro niet terug na sluiting", "consumentenkoop"),
        ("mijn annuleringsverzekering keert de 900 euro niet uit", "consumentenkoop"),
        # C&W 2g: family law in verbs
        ("wij willen ons pleegkind adopteren maar de moeder werkt tegen", "familierecht"),
        ("ik wil mentor worden voor mijn broer met een beperking", "familierecht"),
        # C&W 2a: defamation, images online, cybercrime
        ("een oud-collega zet foto's van mij online zonder dat ik dat wil", "onrechtmatige_daad"),
        ("iemand schrijft leugens over mij op een forum en ik verlies klanten", "onrechtmatige_daad"),
        ("een hacker heeft 1200 euro van mijn spaarrekening gehaald", "slachtoffer"),
        # Verkeer 3b: the road authority's fault
        ("ik viel met mijn fiets door een kuil in het fietspad", "schade_zonder_motorrijtuig"),  # Verkeer 3b or C&W 2a
        # Eigen woning: the seller of the own home, a new-build home
        ("de verkoper van ons appartement heeft de vochtproblemen verzwegen", "eigen_woning"),
        ("de oplevering van ons nieuwbouwhuis is al een half jaar uitgesteld", "eigen_woning"),
    ],
)
def test_everyday_counterparts_recognised(text: str, expected: str) -> None:
    assert kind(text) == expected


def test_a_partners_own_permit_is_not_a_conflict_with_the_partner() -> None:
    # Art. 1 'Let op' is for a conflict between insureds; "de vergunning van mijn vrouw" is the IND's.
    found = d.facts_in_description("de IND wil de verblijfsvergunning van mijn man niet verlengen")
    assert found.get("opponent") != "partner" and found.get("conflict") == "overheidsbesluit"
    assert d.facts_in_description("ik ga scheiden van mijn vrouw").get("opponent") == "partner"


def test_a_taxi_driver_is_a_motor_vehicle_in_traffic() -> None:
    # Verkeer 3a: hit by a taxi is a traffic error by a motor vehicle, not cyclist versus cyclist.
    assert kind("ik werd op de stoep aangereden door een taxichauffeur") == "verkeersongeval"


# Inleiding: what ARAG still does when the conflict is not in the conditions, said with the overview ----
def test_not_covered_overview_starts_with_free_first_advice_and_discount() -> None:
    short = c.short_and_details(faq_text("not_covered"))[0]
    assert "eerste advies" in short and "gratis" in short and "Legal Services" in short
    assert "belastingrecht" in short and "art. 11" in short and "inleiding" in short


# Art. 16: "voorwaarden wijzigen" is the answers' "veranderen" --------------------------------------------
def test_changing_the_conditions_is_answered_with_the_veranderdatum() -> None:
    short = c.short_and_details(faq_text("start_change_end"), question="mogen jullie de polisvoorwaarden wijzigen?")
    assert "veranderdatum" in short[0] and "art. 16" in short[0]


# Art. 5: a general question the classifier could not place keeps the sentence that answers it -------
def test_fallback_answer_keeps_the_asked_sentence_within_the_short_answer() -> None:
    question = "Die specialist van jullie en ik, dat klikt niet. Mag ik een ander?"
    answer = c.fallback_answer("Ik wil een andere behandelaar, kan dat? " + question)
    assert answer is not None
    short = faq_turn.shaped_answer(answer, True).messages[0]
    assert "andere behandelaar" in short and "art. 5" in short


# Stories told without the article's own word, and look-alikes an article rules out --------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Verkeer 3a: a rear-end collision told as "reed achterop mij"
        ("gisteren reed iemand achterop mij bij het stoplicht", "verkeersongeval"),
        # C&W 2i: a relative died and the family disagrees over what is left
        ("mijn vader is overleden en mijn broer wil het huis niet verkopen", "erfenis"),
        # C&W 3d: crypto is an investment
        ("mijn bitcoin zijn weg bij een handelsplatform", "vermogensbeheer"),
        # Art. 11m: money lent to a private person
        ("ik heb een lening van 3000 euro aan mijn neef gegeven en hij betaalt niet", "geld_uitgeleend"),
        ("ik heb 800 euro voorgeschoten voor mijn vriend en hij betaalt het niet terug", "geld_uitgeleend"),
        # Inkomen 2a: a dismissal for an alleged theft is an employment conflict, not a crime against you
        ("ik ben ontslagen omdat ik zou hebben gestolen, maar dat is niet waar", "arbeidsovereenkomst"),
        # Inkomen 2a, not 3a: the job's salary conflict of someone who also freelances
        (
            "ik ben in loondienst en mijn werkgever betaalt mijn salaris niet, ik doe ook wat freelance werk",
            "arbeidsovereenkomst",
        ),
        # C&W 2b, not art. 11i: a rented boat is a consumer contract
        ("we hebben een boot gehuurd in Friesland en de verhuurder houdt de borg van 500 euro", "consumentenkoop"),
    ],
)
def test_stories_without_the_articles_word(text: str, expected: str) -> None:
    assert kind(text) == expected


def test_a_bankrupt_platform_is_not_the_customers_own_debt() -> None:
    # Art. 11l is about the customer's own debts; someone else's bankruptcy is not.
    assert kind("het platform waar ik mijn crypto had is failliet en ik krijg niets terug") != "schulden"
    assert kind("ik ga failliet en de schuldeisers bellen me elke dag") == "schulden"
