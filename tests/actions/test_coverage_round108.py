"""Issue 11, rounds 107-109 (short phone messages, Dutch as a second language, caring for a relative) fixed in the
thirteenth session: readings and turns from their misses, each tested in new wordings (not the eval sets' lines) with
the seed's article."""

from __future__ import annotations

from decimal import Decimal

from testkit.coverage_form import after_verdict, check, follow_up
from testkit.stories import kind

from bot.components.third_party import coverage_story
from flexbot.complaints.rules import self_blame_only
from flexbot.dutch import fold
from flexbot.flexpolis import conversation, dialogue, dialogue_amounts, story_facts
from flexbot.flexpolis.dialogue import CheckState
from flexbot.flexpolis.dialogue_dates import first_event_in_text


def _last(*turns: str) -> str:
    _, replies = check(*turns)
    return " ".join(replies[-1])


# ---------------------------------------------------------------- the stake corrected or added to (art. 11g)
def test_a_bare_number_corrects_the_stake_after_an_answer_on_the_minimum() -> None:
    reply = _last("Mijn nieuwe mixer doet het niet, 120 euro, de winkel wil niets doen.", "oeps, hij was 289 sorry")
    assert "2b Consument & Wonen" in reply and "€ 289" in reply and "11g" in reply, reply


def test_an_extra_cost_is_added_to_the_stake() -> None:
    reply = _last(
        "De schoonmaker heeft mijn bank verpest, 100 euro schade.", "en ik moest ook nog 110 betalen voor de reiniging"
    )
    assert "€ 210" in reply, reply


def test_a_new_story_asked_as_if_is_no_correction() -> None:
    assert dialogue_amounts.stake_changed(Decimal(100), "het was 250") == Decimal(250)
    assert dialogue_amounts.stake_changed(Decimal(100), "in 2023 kocht ik er 300") is None
    slots = after_verdict("De webwinkel stuurde een kapotte lamp van 90 euro en reageert niet.")
    said = " ".join(follow_up(slots, "En als een bus mijn auto raakt en de schade is 160 euro?", "check_coverage"))
    assert "€ 90" not in said, said


def test_the_total_after_a_monthly_amount_replaces_it() -> None:
    # "per maand" first, then "dus ... in totaal": no contradiction, art. 11g on the total
    reply = _last(
        "De sportschool schrijft 40 euro per maand af terwijl ik heb opgezegd.",
        "Drie maanden, dus 120 euro. Ik heb C&W.",
    )
    assert "€ 120" in reply and "11g" in reply, reply


# ---------------------------------------------------------------- questions beside the check
def test_a_second_question_mid_check_gets_its_answer_too() -> None:
    reply = _last(
        "Ik kreeg een aanrijding in Oostenrijk met een huurauto.",
        "Ik heb Verkeer.",
        "werkt het daar ook?? en hoeveel vergoeden jullie",
    )
    assert "15.000" in reply and "wereld" in reply, reply


def test_hiring_the_lawyer_oneself_and_sending_the_bill_is_art_11a() -> None:
    assert conversation.faq_topic_in("en als ik haar gewoon zelf inhuur en jullie de factuur geef?") == "own_lawyer"
    assert conversation.faq_topic_in("Moeten we zelf een arbeidsrechtadvocaat zoeken?") == "own_lawyer"


def test_a_question_clause_after_the_modules_is_answered() -> None:
    reply = _last("De loodgieter rekent 600 euro voor half werk.", "heb c&w, hoe meld ik dat")
    assert "Zaak melden" in reply, reply


def test_signing_the_purchase_needs_the_eigen_woning_option() -> None:
    # C&W 2d before signing; after it, the Eigen woning option
    reply = _last(
        "We willen een appartement kopen maar de verkoper houdt het aan het lijntje.",
        "We hebben Consument & Wonen zonder eigen woning.",
        "En als we volgende week tekenen?",
    )
    assert "Eigen woning" in reply and "2d" in reply, reply


def test_the_option_unknown_beside_the_modules_gets_both_possibilities() -> None:
    reply = _last(
        "De gemeente weigert de vergunning voor een uitbouw aan ons huis.",
        "wel C&W, maar weet niet of eigen woning erbij zit",
    )
    assert "Met de optie Eigen woning op uw polis: verzekerd" in reply and "zonder die optie" in reply, reply


# ---------------------------------------------------------------- the policy's dates (art. 9)
def test_the_policy_start_told_with_a_module_abbreviation_counts() -> None:
    assert first_event_in_text("ik heb sinds 1 mei c&w bij jullie. in maart begon de aannemer te klooien") is False


def test_a_module_taken_out_in_a_year_told_with_the_verb_split() -> None:
    assert first_event_in_text("In 2021 begon het gedoe met mijn baas. In juni 2022 sloot ik Inkomen af.") is False


def test_a_module_added_recently_names_art_9() -> None:
    assert story_facts.circumstances_in_story("Verkeer heb ik pas sinds kort erbij genomen.") == {
        "facts.module_pas_erbij": True
    }


def test_taking_out_a_policy_now_for_a_conflict_already_there_is_art_9() -> None:
    assert conversation.faq_topic_in("Dan sluit ik nu snel een verzekering met Inkomen af. Helpen jullie me dan?") == (
        "waiting_period"
    )


# ---------------------------------------------------------------- readings
def test_a_cyclist_prosecuted_for_injury_is_also_c_w_2j() -> None:
    assert kind("Ik fietste en botste tegen een oude man, nu word ik vervolgd voor letsel door schuld.") == (
        "dood_letsel_door_schuld_zonder_motorrijtuig"
    )
    assert kind("Ik reed met de auto een fietser aan en word vervolgd voor letsel door schuld.") == (
        "dood_letsel_door_schuld_verkeer"
    )


def test_arrested_on_suspicion_is_a_criminal_case() -> None:
    # art. 12
    assert kind("Ik ben opgepakt omdat ik een fiets zou hebben gestolen, klopt niks van.") == "strafzaak"
    assert kind("Bewaking zegt ik heb gestolen bij de Action.") == "strafzaak"


def test_a_claim_after_an_injury_at_home_is_c_w_2k() -> None:
    assert kind("Een vriendje van mijn zoon viel van ons klimrek en zijn ouders eisen 1500 euro van ons.") == (
        "aansprakelijk_gesteld"
    )


def test_the_ind_refusing_a_residence_permit_is_a_decision_about_oneself() -> None:
    # C&W 2f, not the job named in the letter
    assert kind("De IND heeft mijn verblijfsvergunning ingetrokken omdat mijn werkgever failliet ging.") == (
        "overheidsbesluit"
    )


def test_the_ciz_refusing_care_is_a_social_provision() -> None:
    # C&W 2f / Inkomen 2d
    assert kind("Het CIZ wijst de Wlz-indicatie van mijn moeder af.") == "sociale_voorziening"


def test_a_relatives_house_sold_on_their_behalf_is_another_home() -> None:
    # C&W 3a
    assert kind("Ik verkoop namens mijn vader zijn huis en de koper claimt een lekkend dak.") == "andere_woning"


def test_a_home_abroad_handed_over_needs_a_home_in_the_netherlands() -> None:
    reply = _last("Mijn tante heeft haar huis in Portugal aan mij overgedaan en de buren daar klagen over de muur.")
    assert "Nederland" in reply and "4 Consument & Wonen" in reply, reply


def test_the_heir_of_an_aunt_and_the_care_homes_bill_is_11n() -> None:
    assert kind("Ik ben erfgenaam van mijn oom en het verpleeghuis stuurt mij zijn laatste rekening.") == (
        "overgenomen_vordering"
    )


def test_a_law_that_is_no_good_is_11k() -> None:
    assert kind("Die regeling deugt gewoon niet, kunnen jullie zorgen dat die regels van tafel gaan?") == "wetgeving"


def test_a_summons_for_unpaid_bills_is_no_criminal_case() -> None:
    assert kind("Ik kreeg een dagvaarding omdat ik de rekeningen van de aannemer niet betaalde.") != "strafzaak"


def test_modules_told_as_insured_for() -> None:
    assert dialogue.facts_in_description("Ik ben 80 en verzekerd voor Verkeer en Inkomen.")["modules"] == frozenset(
        {"verkeer", "inkomen"}
    )
    assert "modules" not in dialogue.facts_in_description("Ben ik verzekerd voor Verkeer?")


def test_a_hotel_booked_is_no_hotel_of_ones_own() -> None:
    assert dialogue.facts_in_description("Ik heb een hotel in Rome geboekt, het was vies.").get("role") != "zakelijk"


def test_starting_an_own_salon_without_an_article_is_11h() -> None:
    assert kind("Ik wil eigen nagelstudio beginnen en de verhuurder van het pand doet moeilijk.") == "bedrijf_starten"


def test_the_council_permit_for_a_dormer_needs_the_eigen_woning_option() -> None:
    assert kind("De gemeente weigert een vergunning voor een dakkapel op ons huis.") == "vergunning_eigen_woning"


# ---------------------------------------------------------------- notes
def test_another_language_asked_beside_a_story_names_art_3() -> None:
    assert "Nederlands" in conversation.language_note("Please in English? Mijn huisbaas houdt de borg.")


def test_a_term_running_says_how_to_report() -> None:
    reply = _last(
        "De gemeente heeft mijn parkeervergunning ingetrokken en de bezwaartermijn loopt over een week af.",
        "Ik heb C&W.",
    )
    assert "Zaak melden" in reply and "art. 7" in reply, reply


def test_a_not_covered_verdict_offers_the_first_advice() -> None:
    reply = _last("Mijn werkgever betaalt mijn overuren niet uit, 900 euro.", "Alleen Verkeer.")
    assert "niet verzekerd" in reply and "Legal Services" in reply and "inleiding" in reply, reply


def test_the_policyholders_death_told_before_answers_art_15() -> None:
    note = conversation.holder_died_note(
        "De polis stond op naam van mijn vrouw, zij is overleden.", "Ben ik nu nog wel verzekerd?"
    )
    assert "art. 15" in note and "verdergaan" in note, note


def test_the_end_of_the_policy_told_before_names_11c() -> None:
    before = "Onze ARAG-verzekering is per 1 maart gestopt."
    state, _ = dialogue.apply(CheckState(), dialogue.facts_in_description("De stukadoor heeft slordig gewerkt."))
    head = conversation.headline(
        state, told="De stukadoor heeft slordig gewerkt. Kan ik dat nog melden?", before=before
    )
    assert head and "11c" in head, head


# ---------------------------------------------------------------- complaints
def test_ones_own_dutch_is_no_complaint() -> None:
    assert self_blame_only(fold("mijn nederlands is niet zo goed, hoe meld ik een zaak?"))
    assert not self_blame_only(fold("ik spreek slecht nederlands en jullie jurist was onbeleefd"))


def test_a_damage_insurer_and_unanswered_mail_in_a_story_are_no_complaint_about_arag() -> None:
    assert coverage_story("Mijn e-bike is gestolen bij het station. De verzekeraar wil niet uitkeren, slot niet goed.")
    assert coverage_story("Via een Belgische webshop een jas besteld, 250 euro, nooit geleverd, mail geen antwoord.")
    assert coverage_story(
        "In het ziekenhuis is mijn breuk gemist. Ik ben 70 en verzekerd voor Consument & Wonen. Kan ik ze aanspreken?"
    )
