"""Issue 11, round 4: classes of wrong first answers found with held-out customer questions
(data/eval/first_answers3.jsonl, written blind from seed 004). Each test names the seed article
that decides it; the texts are new wordings of the class, not the eval lines."""

from __future__ import annotations

import pytest
from testkit.stories import kind, state_of

from flexbot.flexpolis import conflicts, faq_turn
from flexbot.flexpolis import conversation as c
from flexbot.flexpolis import dialogue as d
from flexbot.flexpolis.checker import NIET_GEDEKT
from flexbot.flexpolis.knowledge import knowledge
from flexbot.flexpolis.replies import faq_text

K = knowledge()


# Art. 11r vs 11j: "aanslag" is an attack unless it is a tax assessment ------------------------
@pytest.mark.parametrize(
    "text",
    ["Mijn winkelruit sneuvelde bij een aanslag in de binnenstad", "Door de bomaanslag is mijn auto total loss"],
)
def test_11r_an_attack_is_terrorism_not_tax(text):
    verdict = state_of(text).verdict()
    assert verdict.status == NIET_GEDEKT and verdict.articles[0] == "Algemene regels 11r"


def test_11j_a_tax_assessment_stays_tax():
    assert kind("De aanslag van de gemeente voor de afvalstoffenheffing is te hoog") == "belastingrecht"


# Art. 11k: disagreeing with a law, in every wording; not art. 17 (that is about ARAG) -----------
def test_11k_niet_eens_met_de_wet_is_excluded():
    assert kind("ik ben het niet eens met de nieuwe regels over de huurtoeslag") in ("wetgeving", "belastingrecht")
    assert kind("Ik ben het totaal niet eens met de wetgeving over windmolens") == "wetgeving"


def test_17_disagreement_faq_answers_a_conflict_with_someone_else_as_a_conflict():
    turn = faq_turn.answer_faq(
        "faq_disagreement", "Ik ben het niet eens met de wetgeving over windmolens, helpen jullie?", None, True
    )
    assert "(art. 11k Algemene regels)" in turn.messages[0] and "scheidsrechter" not in turn.messages[0]
    arag = faq_turn.answer_faq("faq_disagreement", "ik ben het niet eens met de aanpak van mijn jurist", None, True)
    assert "scheidsrechter" in arag.messages[0]  # art. 17 when it is ARAG's handling


# Art. 11i: a pleasure craft "dat van u is", with any possessive --------------------------------
@pytest.mark.parametrize("text", ["Ons motorbootje is in de haven aangevaren", "m'n sloep is bij de werf beschadigd"])
def test_11i_own_boat(text):
    verdict = state_of(text).verdict()
    assert verdict.status == NIET_GEDEKT and verdict.articles[0] == "Algemene regels 11i"


# Verkeer 4a: the customer drank and drove, told without the word "rijden" ----------------------
def test_verkeer_4a_drinks_and_a_crash_at_a_crossing():
    assert kind("Ik had wat wijntjes op en toen ging het fout op het kruispunt") == "onder_invloed"


def test_verkeer_4a_not_when_the_other_driver_drank_or_i_walked():
    assert kind("De ander had gedronken en reed op de rotonde tegen mijn auto aan") != "onder_invloed"
    assert kind("Ik had gedronken en werd als voetganger op het zebrapad aangereden door een auto") != "onder_invloed"


# Inkomen 2a: the end of an employment contract in the customer's words ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Mijn baas wil dat ik een vaststellingsovereenkomst teken, ik heb nog niks getekend",
        "Mijn tijdelijk contract wordt niet verlengd omdat ik zwanger ben",
    ],
)
def test_inkomen_2a_contract_ended(text):
    assert kind(text) == "arbeidsovereenkomst"


def test_cw_2d_niets_getekend_only_decides_a_home():
    assert kind("We willen een appartement kopen maar de verkoper doet moeilijk, nog niets getekend") == (
        "woning_kopen_voor_tekenen"
    )
    assert kind("De sportschool wil dat ik een nieuw contract teken, ik heb niets getekend") != (
        "woning_kopen_voor_tekenen"
    )


# Art. 11n: a debt taken over with an inheritance; C&W 2i stays for heirs among themselves ------
def test_11n_creditor_of_the_deceased():
    verdict = state_of("Na de erfenis van mijn vader staat er een schuldeiser van hem bij mij op de stoep").verdict()
    assert verdict.status == NIET_GEDEKT and verdict.articles[0] == "Algemene regels 11n"
    assert kind("Mijn zus en ik ruziën over de verdeling van de erfenis van onze moeder") == "erfenis"


# C&W 3c: renting a motor vehicle is not a home and not Verkeer 3e ----------------------------------
def test_cw_3c_rented_car_deposit_is_not_a_rental_home():
    state = state_of("Het autoverhuurbedrijf op Kreta houdt mijn borg van 500 euro in voor een kras")
    verdict = state.verdict()
    assert state.question.conflict == "huur_motorrijtuig"
    assert verdict.status == NIET_GEDEKT and verdict.articles[0] == "Consument & Wonen 3c"
    assert "woning" not in verdict.explanation.split(".")[1]


# C&W 2b: services bought as a consumer, and "oplichters" said of a seller that never delivered -----
@pytest.mark.parametrize(
    "text",
    [
        "De cateraar voor onze bruiloft is niet komen opdagen, 900 euro aanbetaald",
        "Mijn fitnessclub schrijft na mijn opzegging nog steeds geld af, al 300 euro",
        "Mijn internetprovider rekent 250 euro opzegkosten",
        "Ik heb een wasmachine besteld bij een webwinkel, nooit geleverd, echte oplichters zijn het",
    ],
)
def test_cw_2b_consumer_contracts(text):
    state = state_of(text)
    assert state.question.conflict == "consumentenkoop", state.question
    assert "(art. 2b Consument & Wonen)" in (c.headline(state) or "")


def test_cw_3f_is_lent_money_not_wanting_money_back():
    assert kind("De webshop stuurde een kapotte stofzuiger en ik wil mijn geld terug") == "consumentenkoop"
    assert kind("Ik heb mijn neef 2000 euro geleend en hij betaalt niet terug") == "geld_uitgeleend"


def test_eindafrekening_of_the_energy_supplier_is_not_wages():
    assert kind("Eneco stuurt een eindafrekening van 900 euro die niet klopt") == "consumentenkoop"
    assert kind("Mijn oude werkgever betaalt mijn eindafrekening niet") == "arbeidsovereenkomst"


# Art. 11o: copyright without the word ----------------------------------------------------------
def test_11o_someone_sells_my_photos():
    verdict = state_of("Een bedrijf gebruikt mijn foto's zonder toestemming in hun reclame").verdict()
    assert verdict.status == NIET_GEDEKT and verdict.articles[0] == "Algemene regels 11o"


# Inkomen 3a: a customer of my own webshop ------------------------------------------------------
def test_inkomen_3a_customer_of_my_webshop():
    verdict = state_of("Een klant van mijn webshop wil zijn geld terug en dreigt met een advocaat").verdict()
    assert verdict.status == NIET_GEDEKT and "buiten loondienst" in verdict.explanation


# Verkeer 3b: damage to the car by another's fault that is no traffic error ---------------------
def test_verkeer_3b_keyed_car():
    assert kind("Iemand heeft de lak van mijn auto bekrast") == "schade_vervoermiddel"
    assert kind("Er reed iemand tegen mijn geparkeerde auto aan") == "verkeersongeval"


def test_verkeer_3a_lease_car_is_a_motor_vehicle():
    assert kind("Met mijn leaseauto kreeg ik een aanrijding, de ander reed door rood") == "verkeersongeval"


# Headline: the option that would exclude it, and the option it needs (C&W 2e / Burenrecht, Eigen woning)
def test_headline_names_the_burenrecht_option():
    head = c.headline(state_of("Mijn buurman heeft zijn heg over mijn erfgrens laten groeien"))
    assert "(art. 2e Consument & Wonen)" in head and "(art. 3 Consument & Wonen, Burenrecht)" in head


def test_headline_for_own_home_needs_the_eigen_woning_option():
    head = c.headline(state_of("De schilder heeft ons koophuis slordig geschilderd, 3000 euro"))
    assert "optie Eigen woning" in head and "zonder die optie niet" in head


# Art. 1: a household member: insured unless 'alleenstaand' is on the policy ---------------------
def test_art_1_partner_at_home_is_named_in_the_headline():
    state = state_of("Mijn vriend woont bij mij in. Is hij ook verzekerd als hij ruzie krijgt met zijn webshop?")
    assert state.question.involved == "partner"
    head = c.headline(state)
    assert "alleenstaand" in head and "(art. 1 Algemene regels)" in head


# Art. 6 and the module's countries: the maximum outside Europe, the EU named --------------------
def test_art_6_maximum_outside_europe_is_said_with_the_country_rule():
    head = c.headline(state_of("In Canada werd ik op de fiets aangereden door een auto"))
    assert "(art. 5 Verkeer)" in head and "€ 10.000" in head and "(art. 6 Algemene regels)" in head


def test_inkomen_4_names_the_eu():
    head = c.headline(state_of("Ik werk in loondienst in België en mijn werkgever ontslaat mij"))
    assert "Europese Unie, dus ook in België (art. 4 Inkomen)" in head


# Two general questions in one message: both answered (art. 6 and art. 5) -------------------------
def test_two_faq_questions_in_one_message():
    turn = faq_turn.answer_faq(
        "faq_maximum", "Tot welk bedrag betalen jullie, en wanneer hoor ik of ik gedekt ben?", None, True
    )
    assert len(turn.messages) == 2
    assert "€ 15.000" in turn.messages[0] and str(K.period("coverage_answer")) in turn.messages[1]


def test_one_faq_question_gets_one_answer():
    assert (
        len(
            faq_turn.answer_faq(
                "faq_maximum", "Wat is het maximum als ik een eigen advocaat neem?", None, True
            ).messages
        )
        == 1
    )


def test_the_clause_the_first_answer_is_for_is_no_second_question():
    # "telefoonnummer" is the contact topic too, but the klachtenbureau's number is in art. 20's answer
    turn = faq_turn.answer_faq("faq_complaints", "wat is het telefoonnummer van jullie klachtenbureau?", None, True)
    assert len(turn.messages) == 1 and K.contact["klachtenbureau"]["phone"] in turn.messages[0]
    assert c.faq_topic_in("wat is het telefoonnummer van het klachtenbureau?") == "complaints"


# Art. 20 and seeds 000/001: the short complaints answer already says where to go next -----------
def test_complaints_short_answer_names_kifid_tuchtraad_and_court():
    short = c.short_and_details(faq_text("complaints"))[0]
    assert "Kifid" in short and "Tuchtraad" in short and "rechter" in short
    assert K.contact["klachtenbureau"]["phone"] in short and "(art. 20 Algemene regels)" in short


def test_telecom_provider_is_an_opponent():
    assert conflicts.opponent_of("ruzie met mijn telefoonprovider") == "provider"


# Verkeer 3b / C&W 3c: the customer's car damaged outside traffic, also by the neighbours' child --
def test_verkeer_3b_car_window_broken_by_the_neighbours_kid():
    state = state_of("Het buurmeisje heeft een steen door mijn autoruit gegooid, 400 euro schade")
    assert state.question.conflict == "schade_vervoermiddel"
    assert "(art. 3b Verkeer)" in c.headline(state)


def test_kapot_gemaakt_is_damage_not_a_purchase():
    assert kind("Een jongen op straat heeft mijn fiets kapot getrapt, 600 euro") != "consumentenkoop"


# Art. 1: someone outside the household is not insured ------------------------------------------
def test_art_1_mother_in_law_living_elsewhere():
    verdict = state_of(
        "Mijn moeder heeft ruzie met haar thuiszorg. Is zij ook verzekerd? Ze woont niet bij ons."
    ).verdict()
    assert verdict.status == NIET_GEDEKT and verdict.articles[0] == "Algemene regels 1"


# "Ik weet niet of ik de module ... heb" does not put the module on the policy ------------------
def test_unsure_module_is_not_taken_as_on_the_policy():
    assert state_of("Ruzie met mijn werkgever, ik weet niet of ik de module Inkomen heb").question.modules is None
    assert state_of("Ruzie met mijn werkgever, ik heb de module Inkomen").question.modules == {"inkomen"}


# Art. 9: years in the story: the first event before the policy began --------------------------
def test_art_9_work_done_before_the_policy_began():
    verdict = state_of(
        "De loodgieter heeft in 2018 onze badkamer aangelegd en nu lekt alles. Verzekerd sinds 2020."
    ).verdict()
    assert verdict.status == NIET_GEDEKT and verdict.articles[0] == "Algemene regels 9"


def test_art_9_policy_year_alone_decides_nothing():
    assert (
        state_of("Ik heb de verzekering sinds 2019 en mijn buurman kapt mijn heg").question.first_event_after_start
        is None
    )


# Inkomen 2a: temp agency work --------------------------------------------------------------------
def test_inkomen_2a_temp_agency():
    assert kind("Het uitzendbureau heeft mijn gewerkte uren van vorige maand niet uitbetaald") == "arbeidsovereenkomst"


# Art. 6: the maximum in a European or Mediterranean country -------------------------------------
def test_art_6_maximum_in_a_mediterranean_country():
    head = c.headline(state_of("In Tunesië reed een taxi achterop mijn huurauto"))
    assert "€ 15.000" in head and "(art. 6 Algemene regels)" in head


# "om" is a common word, not the Openbaar Ministerie (which would make it a criminal case, art. 12)
def test_om_is_not_the_prosecutor():
    assert conflicts.opponent_of("het gaat om 300 euro") is None
    assert kind("Kan ik bij jullie terecht om een zaak te melden?") != "strafzaak"
    assert conflicts.opponent_of("Het OM heeft mij gedagvaard") == "prosecutor"


# C&W 2b / Verkeer 3e: the customer's own insurer refuses to pay ------------------------------------
def test_own_insurer_refusing_is_the_insurance_contract():
    assert kind("Mijn fiets is gestolen en mijn inboedelverzekering keert niet uit") == "consumentenkoop"
    assert kind("Mijn motor is gestolen en de verzekeraar weigert uit te keren") == "contract_motorrijtuig"
    # the other driver's insurer is the traffic accident (Verkeer 3a)
    assert kind("Iemand reed achterop mijn auto en zijn verzekeraar doet moeilijk") == "verkeersongeval"


# 3f is lent money, not a lent car ----------------------------------------------------------------
def test_lent_car_is_not_lent_money():
    assert kind("Mijn zwager heeft mijn auto geleend en kreeg een ongeluk") == "verkeersongeval"
    assert kind("Mijn zwager heeft 1500 euro van mij geleend en betaalt niet terug") == "geld_uitgeleend"


# 11i: "mijn vliegtuig vertrok te laat" is a flight (C&W 2b), not an aircraft the customer owns ----
def test_delayed_flight_is_not_an_own_aircraft():
    assert kind("Mijn vliegtuig naar Rome vertrok 5 uur te laat en de maatschappij betaalt niets") == "consumentenkoop"
    assert kind("Mijn eigen zweefvliegtuig is bij de club beschadigd") == "pleziervaartuig"


# Inkomen 3c: a director-major shareholder ---------------------------------------------------------
def test_inkomen_3c_dga():
    verdict = state_of("Als DGA van mijn bv ben ik door de andere aandeelhouder ontslagen").verdict()
    assert verdict.status == NIET_GEDEKT


# C&W 2c: eviction by a housing corporation; the rented home as a place is not the landlord ------
def test_cw_2c_eviction_by_housing_corporation():
    assert kind("De woningcorporatie wil mij uit huis zetten vanwege overlast") == "huur_woning"


def test_rented_home_as_the_place_of_a_contractor_conflict():
    assert kind("De schilder heeft in onze huurwoning de vloer verpest, 900 euro") == "consumentenkoop"


# C&W 1 / Inkomen 3a: business premises of the customer's own business ---------------------------
def test_business_premises_of_my_own_business_are_not_private():
    verdict = state_of("Ik heb een eenmanszaak en de verhuurder van mijn winkelpand komt afspraken niet na").verdict()
    assert verdict.status == NIET_GEDEKT


# Art. 15: moving abroad is a question about the policy ending, and its short answer says so ------
def test_moving_abroad_routes_to_the_end_of_the_policy():
    assert c.faq_topic_in("Ik verhuis naar Portugal, blijft mijn verzekering dan gelden?") == "start_change_end"
    short = c.short_and_details(faq_text("start_change_end"))[0]
    assert "niet meer in Nederland woont" in short and "(art. 15 Algemene regels" in short


# C&W 2c: "huurbaas" keeps a deposit after leaving a rental home -----------------------------------
def test_cw_2c_deposit_kept_by_the_huurbaas_after_moving():
    assert kind("De huurbaas houdt 800 euro borg in, we wonen nu in ons koophuis") == "huur_woning"


# Art. 12 is a government fine; a private party's "boete" is a contract (Inkomen 2a here) ---------
def test_contractual_penalty_is_not_a_government_fine():
    assert kind("Mijn oude werkgever eist een boete van 5000 euro wegens mijn concurrentiebeding") == (
        "arbeidsovereenkomst"
    )
    assert kind("Ik kreeg een boete van het CJIB") == "boete"


# C&W 2k: a claim against the customer that the liability insurer refuses ------------------------
def test_cw_2k_wa_verzekering_refuses():
    assert kind(
        "Ons paard heeft een auto beschadigd, de eigenaar wil 2000 euro van ons en onze WA-verzekering weigert"
    ) == ("aansprakelijk_gesteld")


# Inkomen 2d: benefits named as compounds ---------------------------------------------------------
def test_inkomen_2d_bijstandsuitkering():
    assert kind("De gemeente stopt mijn bijstandsuitkering") == "uitkering"


# C&W 2a / Verkeer: harm caused by the council is a tort, not a decision (2f) ---------------------
def test_harm_by_the_council_is_not_a_decision():
    assert kind("Ik ben gestruikeld over een losse stoeptegel van de gemeente en heb mijn enkel gebroken") != (
        "overheidsbesluit"
    )
    assert kind("De gemeente heeft mijn aanvraag voor een parkeervergunning afgewezen") == "overheidsbesluit"


# C&W 4: a rented home abroad ----------------------------------------------------------------------
def test_cw_4_rented_flat_abroad():
    verdict = state_of("Ik heb in Gent een studio gehuurd en de verhuurder wil me eruit hebben").verdict()
    assert verdict.status == NIET_GEDEKT and verdict.articles[0] == "Consument & Wonen 4"


# Options stated in the story are used; doubt is not an answer ------------------------------------
def test_options_in_the_description():
    assert d.options_in_text("We hebben eigen woning op de polis") == {"eigen_woning": True}
    assert d.options_in_text("ik heb burenrecht niet uitgesloten") == {"uitsluiting_burenrecht": False}
    assert d.options_in_text("ik weet niet of ik eigen woning heb") == {}
    assert d.options_in_text("ruzie over mijn eigen woning") == {}


# Art. 12: the criminal-case headline says the rule with its article, not a list of unknowns -----
def test_art_12_headline_says_the_rule():
    head = c.headline(state_of("Ik word door de supermarkt beschuldigd van diefstal en ze hebben aangifte gedaan"))
    assert "(art. 12 Algemene regels" in head and "vrijspreekt" in head
    assert "hangt af van" not in head


def test_first_person_story_with_them_as_the_accuser_is_the_policyholder():
    assert state_of("Ik word beschuldigd van fraude en ze willen me ontslaan").question.involved == "policyholder"


# Art. 9: a recent policy and a conflict that already played, in relative words -----------------
def test_art_9_recent_policy_old_conflict():
    verdict = state_of("Ik ben sinds vorige week verzekerd, maar de ruzie met de buren loopt al maanden").verdict()
    assert verdict.status == NIET_GEDEKT and verdict.articles[0] == "Algemene regels 9"
    assert (
        state_of("Sinds vorige week verzekerd; vandaag kapte de buurman mijn boom").question.first_event_after_start
        is None
    )


# The short FAQ answer carries the sentence the question asks for (art. 11c, art. 15) -----------
def test_short_answer_adds_the_sentence_asked_for():
    report = c.short_and_details(
        faq_text("report"), question="Tot wanneer kan ik melden als mijn verzekering gestopt is?"
    )[0]
    assert str(K.period("report_after_end")) in report and "(art. 11c)" in report
    ending = c.short_and_details(faq_text("start_change_end"), question="Wanneer mag ARAG mijn polis opzeggen?")[0]
    assert str(K.period("insurer_notice")) in ending
    # an unrelated question leaves the usual two sentences
    assert c.short_and_details(faq_text("report"), question="hoe meld ik iets?") == c.short_and_details(
        faq_text("report")
    )


# Art. 11g: an amount of EUR 175 or less named in any general question gets the minimum -----------
def test_small_amount_in_a_general_question_gets_the_minimum():
    turn = faq_turn.answer_faq("faq_eigen_risico", "Betaal ik eigen risico? Het gaat maar om 90 euro.", None, True)
    assert any("(art. 11g Algemene regels)" in m for m in turn.messages)
    turn = faq_turn.answer_faq("faq_eigen_risico", "Betaal ik eigen risico? Het gaat om 900 euro.", None, True)
    assert not any("(art. 11g Algemene regels)" in m for m in turn.messages)


# Art. 14: "niet betaald, ben ik nog verzekerd?" is the premium question -------------------------
def test_unpaid_premium_is_the_premium_question():
    assert c.faq_topic_in("Ik heb mijn verzekering niet op tijd betaald, ben ik nog verzekerd?") == "premium"


def test_faq_question_in_a_clause_of_a_coverage_message():
    assert (
        c.second_faq_topic("Mijn buurman kapt mijn heg zonder te vragen, is dat gedekt en hoe meld ik dat?") == "report"
    )


def test_school_suspension_is_consument_en_wonen():
    head = c.headline(state_of("De school van mijn zoon heeft hem geschorst, is dat verzekerd?"))
    assert "Consument & Wonen" in head


# Round 5 of probes: words that also mean something else --------------------------------------------
def test_tree_in_an_accident_is_not_the_neighbours_tree():
    assert kind("Door een fout van de garage slipte ik en reed ik tegen een boom") != "burenconflict"
    assert kind("De boom van de buren hangt over onze schutting") == "burenconflict"


def test_airbnb_guest_is_a_consumer_host_is_renting_out():
    assert kind("Onze Airbnb in Rome was vies en de host wil niets terugbetalen") == "consumentenkoop"
    assert kind("Ik verhuur mijn appartement via Airbnb en een gast heeft alles gesloopt") == "verhuur"


def test_selling_my_own_home_needs_eigen_woning():
    head = c.headline(state_of("Ik wil mijn huis verkopen maar de koper wil na het tekenen van het koopcontract af"))
    assert "optie Eigen woning" in head


def test_accused_by_the_neighbour_is_a_criminal_case_for_me():
    assert kind("De buurman beschuldigt mij van inbraak en heeft aangifte gedaan") == "strafzaak"


def test_school_bullying_is_consumer_suspension_is_a_decision():
    assert kind("Mijn zoon wordt gepest en de school grijpt niet in") == "consumentenkoop"
    assert kind("De school heeft mijn dochter geschorst") == "overheidsbesluit"


# Art. 4 (and the Inleiding): no conflict, no covered help; advice is still offered -----------------
@pytest.mark.parametrize(
    "text", ["Kan ARAG een samenlevingscontract voor ons opstellen?", "willen jullie mijn arbeidscontract nakijken?"]
)
def test_art_4_a_document_without_a_conflict(text):
    verdict = state_of(text).verdict()
    assert verdict.status == NIET_GEDEKT and verdict.articles[0] == "Algemene regels 4"
    assert "gratis" in verdict.explanation


def test_art_4_not_when_there_is_a_conflict_about_the_document():
    assert kind("Mijn werkgever weigert mijn arbeidscontract na te komen") == "arbeidsovereenkomst"


# Verkeer 4a: licence taken after an alcohol check ---------------------------------------------------
def test_verkeer_4a_alcohol_check():
    assert kind("Na een alcoholcontrole ben ik mijn rijbewijs kwijt") == "onder_invloed"
