"""Issue 11, round 7: classes of wrong first answers found with held-out customer questions
(data/eval/first_answers6.jsonl, written blind from seed 004). Each test names the seed article
that decides it; the texts are new wordings of the class, not the eval lines."""

from __future__ import annotations

import pytest
from testkit.stories import faq, first, kind

from flexbot.flexpolis import conversation as c
from flexbot.flexpolis import language_answer, replies


# A question between a greeting and a signature (formal letters) is still a question -----------------
def test_a_question_between_greeting_and_signature_is_recognised() -> None:
    text = "Geachte heer, mevrouw, Hoe lang duurt het voordat ik hoor of ik gedekt ben? Hoogachtend, A. Bakker"
    assert c.faq_topic_in(text) == "answer_time"


def test_an_amount_question_with_a_hypothetical_accident_gets_the_maximum_first() -> None:
    # Art. 6: "Voor het onderdeel Verkeer geldt geen maximumbedrag als de gebeurtenis in Nederland plaatsvindt."
    answer = c.fallback_answer(
        "Beste mensen, is er een maximum als ik in Nederland met de auto een ongeluk krijg? Groet, Kees"
    )
    assert answer is not None and "geen maximum" in answer and "art. 6" in answer


# Art. 11c: reporting after the policy ended is not a question how to cancel ------------------------
def test_reporting_after_the_policy_ended_gets_11c_not_the_cancellation() -> None:
    answer = faq("faq_cancel", "Vorig jaar heb ik de polis opgezegd. Mag ik nu nog iets melden wat daarvoor speelde?")
    assert "11c" in answer and "maand" in answer


def test_reporting_after_the_end_leads_with_11c_whatever_the_intent() -> None:
    answer = faq("faq_report", "Mijn verzekering is afgelopen maar ik wil nog een zaak melden, kan dat nog?")
    assert answer.startswith("Meldt u een conflict later dan 1 maand") and "11c" in answer


# Art. 11a: a lawyer the customer hired without ARAG ---------------------------------------------------
def test_a_lawyer_hired_without_permission_is_excluded_at_once() -> None:
    answer = first(
        "Mijn werkgever wil me ontslaan en ik heb zonder jullie toestemming al een advocaat ingeschakeld. Betalen jullie hem?"
    )
    assert "11a" in answer and "hiervoor verzekerd" not in answer


def test_a_lawyer_already_hired_is_warned_about_11a() -> None:
    answer = first("De garage heeft mijn auto verprutst en ik heb zelf al een advocaat in de arm genomen.")
    assert "11a" in answer and "toestemming" in answer


# Art. 6 and 10: a question about one kind of cost gets that cost's line first ---------------------
@pytest.mark.parametrize(
    ("text", "fact", "article"),
    [
        ("Krijg ik een dwangsom die de rechter mij oplegt vergoed?", "dwangsom", "art. 10"),
        ("Betalen jullie ook de btw op de rekening als ik die kan verrekenen?", "btw", "art. 10"),
        ("Wordt mediation ook vergoed?", "mediation", "art. 6b"),
    ],
)
def test_a_question_about_one_cost_answers_that_cost(text: str, fact: str, article: str) -> None:
    short = faq("faq_costs", text).split("Meer weten?")[0]
    assert fact in short.lower() and article in short


def test_several_named_costs_get_the_general_answer() -> None:
    short = faq("faq_costs", "Vergoeden jullie de getuigen en de mediator?")
    assert short.startswith("ARAG betaalt de hulp van zijn eigen specialisten volledig.")


def test_others_with_the_same_interest_get_art_10_share() -> None:
    # Art. 10: "Als er ook anderen zijn die belang hebben ... We vergoeden dan voor uw aandeel."
    answer = first("Samen met twintig andere huurders willen we de verhuurder aanpakken over de servicekosten.")
    assert "aandeel" in answer and "art. 10" in answer


def test_neighbours_objecting_together_are_not_the_opponent() -> None:
    # C&W Eigen woning: "een bestemmingsplan"; the neighbours are on the customer's side.
    assert kind("Met alle buurtbewoners samen maken we bezwaar tegen het bestemmingsplan voor een fabriek") == (
        "vergunning_eigen_woning"
    )


# Art. 13: bail told with the country's adjective -------------------------------------------------
def test_bail_to_a_government_named_by_its_adjective() -> None:
    text = "De Griekse overheid wil een borgsom van mijn man voordat hij het land uit mag"
    assert kind(text) == "borgsom"
    answer = first(text)
    assert "50.000" in answer and "art. 13" in answer


# Art. 11d, 11e, 11f: the customer's own conduct --------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Wat als ik de wederpartij heb uitgescholden, helpen jullie me dan nog?",
        "Stel dat ik jullie onjuiste informatie heb gegeven, wat dan?",
        "Wat gebeurt er als ik niet meewerk aan jullie onderzoek?",
    ],
)
def test_questions_about_own_conduct_get_11d_to_11f(text: str) -> None:
    assert c.faq_topic_in(text) == "conduct"
    answer = c.short_and_details(replies.faq_text("conduct"))[0]
    assert "11d" in answer and "11f" in answer


def test_own_conduct_beats_a_misread_privacy_intent() -> None:
    answer = faq("faq_privacy", "Wat gebeurt er als ik jullie per abuis foute gegevens over mijn zaak heb gestuurd?")
    assert "11d" in answer


def test_threatening_the_other_party_is_not_being_threatened() -> None:
    assert kind("ik heb mijn buurman bedreigd en nu wil hij geld van me") != "slachtoffer"


# Art. 11i, 11o: own boat and own work told without "mijn" ------------------------------------------
def test_a_boat_at_the_yard_is_an_own_pleasure_craft() -> None:
    assert kind("de motorboot ligt al weken bij de jachtwerf en de reparatie is nog niet klaar") == "pleziervaartuig"


def test_own_work_told_with_a_relative_clause_is_copyright() -> None:
    assert kind("een tijdschrift heeft een gedicht dat ik zelf heb geschreven afgedrukt zonder te vragen") == (
        "intellectueel_eigendom"
    )


# Art. 9: the customer already knew when taking out the policy ---------------------------------------
def test_knowing_of_the_conflict_when_taking_out_the_policy_is_said_at_once() -> None:
    answer = first(
        "Toen ik de polis afsloot wist ik al dat de buurman een procedure over de heg wilde beginnen. Nu is het zover."
    )
    assert "art. 9" in answer and "niet verzekerd" in answer and "wist" in answer


def test_knowing_it_told_with_a_time_between_the_words() -> None:
    answer = first(
        "Toen wij vorig jaar de rechtsbijstand afsloten, had de verhuurder de huurverhoging al aangekondigd. Nu weigeren we te betalen."
    )
    assert "art. 9" in answer and "niet verzekerd" in answer


def test_a_policy_taken_out_because_of_the_conflict_is_art_9() -> None:
    answer = first(
        "Wij hebben vorige week de polis genomen omdat de aannemer dreigt met een rechtszaak over de aanbouw."
    )
    assert "art. 9" in answer and "niet verzekerd" in answer


# C&W 2i / 2h: a failed condition is said as the condition --------------------------------------------
def test_a_failed_condition_says_why() -> None:
    answer = first(
        "Mijn opa is in 2016 overleden, verzekerd ben ik sinds 2019, en mijn tante wil de erfenis niet verdelen."
    )
    assert "al overleden" in answer and "art. 2i" in answer


# Typos in the word that decides ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("de loterji betaalt mijn prijs niet uit", "kansspel"),
        ("ik ben ontslgaen zonder reden", "arbeidsovereenkomst"),
        ("mijn werkgevr betaalt mijn salris niet", "arbeidsovereenkomst"),
    ],
)
def test_a_typo_in_the_deciding_word(text: str, expected: str) -> None:
    assert kind(text) == expected


# Negated and life-state words, professional driving --------------------------------------------------
def test_no_criminal_case_is_not_a_criminal_case() -> None:
    # Verkeer 3d: "En de overheid doet dit niet met een strafzaak."
    assert kind("Mijn rijbewijs is ingevorderd vanwege mijn gezondheid; het is geen strafzaak.") == "rijbewijs"


def test_retired_driver_for_a_ride_hailing_app_is_professional_use() -> None:
    # Verkeer 4c; "met pensioen" is a life state, not a pension conflict (Inkomen 2e).
    assert kind("Ik ben met pensioen en rijd nu voor Bolt met mijn eigen auto; een klant vernielde mijn stoelen") == (
        "beroepsvervoer"
    )


# Verkeer 2: someone driving the customer's vehicle with permission ----------------------------------
def test_someone_driving_with_permission_is_insured_under_verkeer_2() -> None:
    answer = first(
        "Mijn zwager reed met mijn toestemming in mijn auto en werd aangereden door een vrachtwagen. Valt hij onder mijn polis?"
    )
    assert "toestemming" in answer and "art. 2 Verkeer" in answer


# Flemish words for the employer and dismissal -----------------------------------------------------
def test_flemish_dismissal() -> None:
    assert kind("Mijn patron heeft mij na twintig jaar buitengesmeten") == "arbeidsovereenkomst"


# C&W Eigen woning: what belongs to the own home is named -------------------------------------------
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("De gemeente wil de vaste ligplaats van onze woonboot opzeggen.", "woonboot"),
        ("Het bestuur van de volkstuinvereniging wil mijn volkstuin afpakken.", "volkstuin"),
    ],
)
def test_what_belongs_to_the_own_home_is_named(text: str, word: str) -> None:
    answer = first(text)
    assert word in answer and "Eigen woning" in answer


# A question in English: the language answer says what follows from it ---------------------------------
@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("I live in Germany. Can I buy this legal insurance?", ["in Nederland wonen", "art. 3"]),
        ("My landlord in Utrecht won't give back my deposit. Am I covered?", ["art. 2c"]),
        ("A car hit me while I was cycling in Canada, is that covered?", ["alle landen", "10.000"]),
        ("My employer in Norway does not pay my salary", ["Europese Unie", "art. 4 Inkomen"]),
    ],
)
def test_an_english_question_gets_what_follows_in_dutch(text: str, facts: list[str]) -> None:
    answer = language_answer.dutch_only_answer(text)
    assert "Nederlands" in answer
    for fact in facts:
        assert fact in answer, (fact, answer)


def test_a_stolen_own_boat_is_still_about_the_own_boat() -> None:
    # Art. 11i: "Uw conflict gaat over een pleziervaartuig ... dat van u is."
    assert kind("onze zeilboot is uit de haven gestolen en de dader is bekend") == "pleziervaartuig"


def test_working_for_a_pension_fund_is_an_employment_conflict() -> None:
    assert kind("ik werk bij een pensioenfonds en word ontslagen") == "arbeidsovereenkomst"


def test_a_child_in_the_car_is_not_only_a_passenger() -> None:
    # Art. 1: a child living at home is insured on the policy itself, not only under Verkeer 2.
    assert "passagier" not in first("mijn zoon zat bij mij in de auto toen we werden aangereden, is hij verzekerd?")


# Probe classes (round 7, after the blind set): new wordings ---------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # C&W 2a/2e: an animal bitten by the neighbours' dog; "overburen" are neighbours
        ("onze konijnen zijn doodgebeten door de hond van de achterburen", "burenconflict"),
        # C&W Eigen woning: "een beslissing over onteigening"
        ("de provincie gaat ons huis onteigenen voor een dijkverzwaring", "vergunning_eigen_woning"),
        # Inkomen 3b: a director of the own company held liable
        ("ik ben directeur van mijn eigen bv en de curator houdt mij aansprakelijk", "bestuurder_rechtspersoon"),
        # C&W 2k: a claim with the liability insurer written apart
        (
            "ik heb een aansprakelijkstelling ontvangen en mijn aansprakelijkheids verzekering wil niet betalen",
            "aansprakelijk_gesteld",
        ),
        # C&W 2b: renting a holiday chalet abroad is a consumer contract, not a home (C&W 4)
        ("in Oostenrijk boekten we een chalet, de verhuurder wil de aanbetaling niet terugbetalen", "consumentenkoop"),
    ],
)
def test_probe_subjects(text: str, expected: str) -> None:
    assert kind(text) == expected


def test_a_car_bought_from_a_relative_without_guarantee_is_4d() -> None:
    answer = first("Ik kocht de auto van mijn oom zonder enige garantie en nu lekt de motor olie")
    assert "4d" in answer and "hiervoor verzekerd" not in answer


def test_asking_for_the_postal_address_gets_it_first() -> None:
    assert "Postbus 230" in faq("faq_report", "Naar welk postadres stuur ik de kopieën?").split("Meer weten?")[0]


@pytest.mark.parametrize(
    "text",
    [
        "Mijn vriendin en ik hebben ruzie over de huur die zij niet meebetaalt, we wonen samen",
        "ruzie met mijn vrouw over geld",
    ],
)
def test_a_conflict_with_the_partner_at_home_gets_art_1_at_once(text: str) -> None:
    # Art. 1 'Let op': a conflict with another insured person: neither can use the policy.
    answer = first(text)
    assert "geen van beiden" in answer and "art. 1" in answer


def test_a_friend_or_a_third_party_is_not_the_partner_at_home() -> None:
    assert kind("mijn vriend en ik hebben ruzie met de verhuurder over de borg") == "huur_woning"
    assert kind("ik heb ruzie met mijn vriend over een concertkaartje") != "medeverzekerde"


def test_a_widow_asking_to_keep_the_policy_gets_art_15() -> None:
    # Art. 15: "Uw partner mag ons dan laten weten dat hij of zij wil verdergaan met deze verzekering."
    answer = c.fallback_answer("Mijn vrouw is overleden en had de rechtsbijstandverzekering; kan ik die overnemen?")
    assert answer is not None and "partner" in answer and "art. 15" in answer


def test_asking_for_a_lawyer_in_court_gets_art_5() -> None:
    # Art. 5: own choice of lawyer "als het nodig is om een gerechtelijke of administratieve procedure te voeren".
    answer = c.fallback_answer("Krijg ik een advocaat als het tot een rechtszaak komt?")
    assert answer is not None and "procedure" in answer and "art. 5" in answer
