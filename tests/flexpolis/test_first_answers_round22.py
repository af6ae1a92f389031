"""Issue 11, round 22: classes of wrong answers found with held-out customer questions (data/eval/first_answers21.jsonl
and conversations17.jsonl, written blind from seeds 004/000/001). Each test names the seed article that decides
it; the texts are new wordings of the class."""

from __future__ import annotations

from testkit.stories import first, kind, state_of

from flexbot.flexpolis import check_reply, dialogue, language_answer
from flexbot.flexpolis.dialogue import CheckState


def test_keeping_a_thing_for_oneself_is_not_starting_a_business() -> None:
    # C&W 2i, not 11h: "voor zichzelf houden" is no "voor mezelf beginnen"
    text = "Mijn zus is executeur en wil de auto van onze overleden moeder voor zichzelf houden, wij erven samen"
    assert kind(text) == "erfenis"
    assert kind("Mijn vader is overleden en mijn broer wil alles voor zichzelf hebben") == "erfenis"
    # art. 11h still reads the business being started
    assert kind("ik ga voor mezelf beginnen als schilder en de verhuurder van de werkplaats doet moeilijk") == (
        "bedrijf_starten"
    )


def test_about_to_start_for_oneself_is_art_11h_before_the_premises() -> None:
    # art. 11h, not C&W 3a (another building): the premises are for the business being started
    text = (
        "Ik sta op het punt voor mezelf te starten met een nagelstudio; de eigenaar van het winkelpand trekt zich terug"
    )
    assert kind(text) == "bedrijf_starten"
    assert "11h" in first(text)


def test_a_home_on_a_spanish_coast_is_a_home_abroad() -> None:
    # C&W 4: a home must be in the Netherlands, also with the Eigen woning option
    text = "Wij hebben een vakantiehuisje aan de Costa del Sol, de aannemer heeft de badkamer verprutst"
    assert dialogue.facts_in_description(text).get("country") == "ES"
    assert "in Nederland staan" in first(text)
    # "aan" before a person is no place
    assert dialogue.facts_in_description("Ik heb 300 euro geleend aan de buurman").get("country") is None


def test_a_volcanic_eruption_is_a_natural_disaster() -> None:
    # art. 11m
    text = "Onze reis naar Sicilië ging niet door omdat de Etna uitbarstte; door de vulkaanuitbarsting geen vluchten"
    assert kind(text) == "natuurramp"
    assert "11m" in first(text)


def test_the_government_raising_an_age_by_law_is_art_11k() -> None:
    text = "Het kabinet heeft de pensioenleeftijd weer verhoogd, ik wil daar met een advocaat tegen in gaan"
    assert kind(text) == "wetgeving"
    assert kind("Ik wil een rechtszaak tegen de Staat over de nieuwe wet op de kinderopvang") == "wetgeving"


def test_a_delivery_rider_on_a_delivery_is_professional_use() -> None:
    # Verkeer 4c: the vehicle used for one's work, also as an employee
    text = "ik ben bezorger voor een pizzeria en tijdens een bezorging reed een auto mij van mn brommer af"
    assert state_of(text).question.facts.get("beroepsmatig_vervoer") is True
    # a delivery man who hits the customer is the other party, not the customer's work
    other = "De pakketbezorger reed met zijn busje tegen mijn geparkeerde auto"
    assert kind(other) != "beroepsvervoer"
    assert "beroepsmatig_vervoer" not in state_of(other).question.facts


def test_a_cohabiting_insured_partner_as_the_other_party() -> None:
    # art. 1 'Let op': a conflict with someone the insurance also covers: neither can use it
    text = "Mijn vriendin woont bij mij en staat ook op mijn polis. Ze heeft mijn fiets gesloopt en weigert te betalen."
    assert kind(text) == "medeverzekerde"
    assert "geen van beiden" in first(text)


def test_a_director_held_liable_by_the_receiver_is_inkomen_3b_not_own_debt() -> None:
    # Inkomen 3b; art. 11l is the customer's own debt, not the bankrupt company's
    text = "Ik was directeur van een failliete bv en de curator houdt mij nu aansprakelijk voor de tekorten"
    assert kind(text) == "bestuurder_rechtspersoon"
    assert kind("Mijn bv is failliet gegaan, ik kan de schulden niet meer betalen") == "schulden"


def test_a_dog_that_bit_is_a_wrongful_act() -> None:
    # C&W 2a
    assert kind("Op het strand beet de hond van een wandelaar mij in mijn been, ik wil de kosten terug") == (
        "onrechtmatige_daad"
    )


def test_an_english_dog_bite_gets_the_dutch_first_answer() -> None:
    text = "Hello, I was bitten by a stranger's dog while jogging in the park. Can I claim compensation through my ARAG policy?"
    assert "2a" in language_answer.dutch_only_answer(text)


def test_modules_told_in_english_after_an_exclusion_keep_the_answer() -> None:
    # art. 3 (Dutch) and Verkeer 4b again: the modules change nothing, and the answer says so
    previous = "I was in a motocross race last weekend and another rider crashed into me on purpose. Can ARAG help?"
    answer = language_answer.follow_up_answer(previous, "We have the Verkeer module")
    assert answer is not None and "blijft hetzelfde" in answer and "4b" in answer


def test_knowing_ones_act_would_bring_the_conflict_is_art_11p() -> None:
    text = (
        "We hebben de laatste drie termijnen van de keuken bewust niet betaald. We wisten best dat de keukenzaak daar "
        "moeilijk over zou doen, en nu dreigen ze met een incassobureau."
    )
    assert state_of(text).question.facts.get("voorzienbaar") is True
    assert "11p" in first(text)
    # not knowing is no 11p
    assert (
        "voorzienbaar" not in state_of("De keukenzaak heeft de keuken half geplaatst en wil toch alles").question.facts
    )


def test_a_wmo_provision_refused_is_covered_by_inkomen_or_consument_en_wonen() -> None:
    # Inkomen 2d (sociale voorziening) and C&W 2f (a concrete government decision about oneself)
    answer = first("Mijn moeder krijgt van de gemeente geen scootmobiel meer, de aanvraag is afgewezen")
    assert "2d Inkomen" in answer and "2f Consument & Wonen" in answer
    assert kind("Het UWV stopt mijn WW-uitkering") == "uitkering"


def test_a_threat_told_mid_check_with_does_that_matter_is_read() -> None:
    # art. 11f: "..., maakt dat uit?" asks about the fact just told, so the check reads it
    state = CheckState.load(None)
    state, _ = dialogue.apply(
        state, dialogue.facts_in_description("de buurman laat zijn hond steeds in onze tuin poepen")
    )
    text = "ik heb hem gisteren toegeschreeuwd dat ik zijn ruiten insla als hij niet ophoudt. maakt dat uit?"
    assert check_reply.outcome_note(state, text)
    assert check_reply.answers_the_check(state.dump(), text)
    # a question of its own stays a question
    assert not check_reply.answers_the_check(state.dump(), "wat kost een advocaat eigenlijk?")


def test_a_paid_board_member_of_a_foundation_is_inkomen_3b_not_a_driver() -> None:
    # Inkomen 3b ("bestuurder" is no driver in traffic); C&W 2h is the unpaid board role
    text = "Ik ben betaald bestuurder van een woningstichting en het toezicht verwijt mij dat ik verkeerd heb gehandeld"
    assert kind(text) == "bestuurder_rechtspersoon"


def test_a_drag_race_is_verkeer_4b() -> None:
    assert kind("Op een dragrace-evenement botste een andere deelnemer tegen mijn auto aan") == "snelheidswedstrijd"


def test_riding_without_the_licence_the_vehicle_needs_is_verkeer_4a() -> None:
    # Verkeer 4a: "volgens de wet niet mag besturen"; a cyclist without a licence is no such case
    assert kind("Mijn dochter reed op haar scooter zonder rijbewijs en werd geschept door een auto") == "onder_invloed"
    assert kind("Ik fietste naar huis en werd aangereden door een auto; ik heb zelf geen rijbewijs") != "onder_invloed"


def test_a_phone_bought_by_the_au_pair_is_no_house_bought() -> None:
    # C&W 2b (and art. 1: the au pair who lives in): "in huis. Ze heeft ... gekocht" is no house bought
    text = (
        "Ons au pair woont bij ons in huis. Ze heeft een laptop gekocht die meteen kapot ging en de winkel doet niks."
    )
    assert kind(text) == "consumentenkoop"


def test_knowing_it_was_not_allowed_is_art_11p() -> None:
    text = "Ik heb een schuur gebouwd zonder vergunning, ik wist best dat het niet mocht. Nu eist de gemeente afbraak."
    assert state_of(text).question.facts.get("voorzienbaar") is True


def test_rules_from_the_hague_are_art_11k() -> None:
    assert (
        kind("die nieuwe mestregels uit Den Haag kosten ons de boerderij, ik wil daartegen procederen") == "wetgeving"
    )


def test_money_lent_told_in_english_is_c_en_w_3f() -> None:
    text = "I loaned my ex-colleague 900 euros last spring and he never paid it back. Can ARAG help?"
    assert "3f" in language_answer.dutch_only_answer(text)


def test_a_widow_asking_what_she_can_still_do_gets_the_survivors_sentence() -> None:
    # art. 1: "Overlijdt een verzekerde door een ongeval ... dan kunnen zijn nabestaanden deze verzekering gebruiken"
    text = (
        "Mijn vader is vorige maand verongelukt, een vrachtwagen schepte hem op de fiets. Wat kunnen wij nu nog doen?"
    )
    assert state_of(text).question.involved == "surviving_relative"
    assert "nabestaanden" in first(text)


# Round 21 leftovers (first_answers20), fixed in this round -------------------------------------------------
def test_ended_at_the_end_of_a_month_and_now_months_later_is_art_11c() -> None:
    # art. 11c: reported later than a month after the policy ended: no help at all
    text = "Ik heb de rechtsbijstand begin maart opgezegd. Nu, in juli, heb ik gedoe met mijn aannemer. Kan ik dat nog melden?"
    assert state_of(text).question.facts.get("gemeld_na_einde") is True
    assert "11c" in first(text) and "Welke modules" not in first(text)


def test_something_that_fell_on_the_customer_is_a_wrongful_act() -> None:
    # C&W 2a: "de reclamezuil viel op mij" and the owner will not pay
    text = "Bij de bouwmarkt viel een stapel planken op mijn voet terecht, de bedrijfsleider wil niets vergoeden"
    assert kind(text) == "onrechtmatige_daad"


def test_a_claim_on_the_customer_beats_their_own_liability_insurer_refusing() -> None:
    # C&W 2k: the claim on the customer is the conflict, not the insurer's contract
    text = (
        "Ik leende de gitaar van mijn buurjongen, die is kapot gegaan en zijn vader eist nu 650 euro van mij. "
        "Mijn WA-verzekering keert niet uit."
    )
    assert kind(text) == "aansprakelijk_gesteld"
    assert kind("Mijn fiets is gestolen en mijn verzekering keert niet uit") == "consumentenkoop"


def test_an_english_food_delivery_rider_is_verkeer_4c() -> None:
    text = (
        "I deliver parcels by e-bike for a courier app. A van hit me during my shift. Will ARAG help? I have Verkeer."
    )
    assert "4c" in language_answer.dutch_only_answer(text)
