"""Issue 11, round 65 (young adults): students and adult children, first jobs and homes, tickets, trips abroad; each in
new wordings (not the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import Chat, check, joined
from testkit.stories import kind

from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue
from flexbot.flexpolis.dialogue_policy import parse_modules


def test_who_is_insured_among_the_young() -> None:
    # art. 1: a child living on their own and working is not on the parents' policy; a brother at home is insured too
    found = dialogue.facts_in_description(
        "Mijn ouders hebben een Flexpolis. Ik ben 26, woon zelfstandig in Zwolle en werk. Mijn verhuurder houdt de borg."
    )
    assert found.get("involved") == "other", found
    _, replies = check(
        "Ik woon nog thuis en heb mijn fiets aan mijn zus verkocht, zij woont ook hier. Ze betaalt niet. Kan ik iets via "
        "de polis van mijn ouders?"
    )
    assert "ook verzekerd" in joined(replies, 0) and "art. 1" in joined(replies, 0), replies


def test_where_the_customer_will_be_is_not_where_the_conflict_is() -> None:
    # C&W 2b in the Netherlands; "volgend jaar woon ik in Japan" names no country of the conflict (C&W 4)
    found = dialogue.facts_in_description(
        "Het concert in Utrecht is afgelast en ik krijg alleen een voucher; volgend jaar woon ik in Japan."
    )
    assert found.get("country") in (None, "NL") and found.get("conflict") == "consumentenkoop", found


def test_moving_abroad_is_said_with_the_answer() -> None:
    # art. 15: the policy ends when the policyholder no longer lives in the Netherlands
    _, replies = check(
        "Ik ga in Lissabon werken en verhuis er in maart heen. Helpen jullie als mijn werkgever daar niet betaalt?"
    )
    assert "art. 15" in joined(replies, 0) and "niet meer in Nederland woont" in joined(replies, 0), replies


def test_kinds_of_round_65() -> None:
    # Inkomen 2a (wages abroad), Verkeer 4c (rides for an app), C&W 3e (a giveaway), C&W 3g (the end of living together),
    # art. 11l (debts one cannot pay), art. 11n (a guarantor), C&W 2b (a festival day cancelled), Verkeer 3a (hit by a
    # truck, knocked off a rental bike), C&W Eigen woning (a contractor's leak to the neighbours)
    assert kind("Mijn laatste weekloon van de pizzeria in Gent is nooit overgemaakt.") == "arbeidsovereenkomst"
    assert kind("Wie won de giveaway van die streamer? Ik! Maar de prijs komt maar niet.") == "kansspel"
    assert kind("Na drie jaar samenwonen is het uit; mijn ex-vriend houdt de wasmachine.") == "echtscheiding"
    assert kind("Ik heb schulden bij webshops en kan het niet meer betalen, nu dreigt beslag op mijn uitkering.") == (
        "schulden"
    )
    assert kind("Ik ben garantsteller voor de kamer van mijn broer; de verhuurder eist nu 1.800 euro van mij.") == (
        "overgenomen_vordering"
    )
    assert kind("De tweede festivaldag ging niet door en de organisatie weigert geld terug te geven.") == (
        "consumentenkoop"
    )
    assert kind("Ik werd op de rotonde geraakt door een bestelbus.") in (
        "verkeersongeval",
        "ongeval_zonder_motorrijtuig",
    )
    assert kind("In Lyon ben ik van mijn deelfiets gereden door een scooter.") in (
        "verkeersongeval",
        "ongeval_zonder_motorrijtuig",
    )
    assert kind("De loodgieter heeft in ons net gekochte huis de cv vervangen en nu lekt het bij de onderburen.") == (
        "eigen_woning"
    )


def test_a_rider_for_an_app_and_a_passenger() -> None:
    # Verkeer 4c: passengers driven for an app; Verkeer 2: a passenger who does not live with the customer
    _, replies = check(
        "In het weekend rij ik als bijbaan taxi voor een app. Iemand reed op me in toen ik een klant ophaalde."
    )
    assert "4c" in joined(replies, 0), replies
    _, replies = check(
        "Ik reed met mijn collega naast me en een busje knalde op ons. Zij heeft een hersenschudding. Kan zij via mijn "
        "verkeersmodule iets?"
    )
    assert "passagier" in joined(replies, 0), replies


def test_wonen_alone_is_the_module_only_as_a_module() -> None:
    assert parse_modules("verkeer en wonen") == frozenset({"verkeer", "consument_wonen"})
    assert parse_modules("Kan hij via mijn verkeer-module iets? We wonen niet samen.") == frozenset({"verkeer"})


def test_general_questions_of_round_65() -> None:
    # C&W 2d 'Let op': a first home bought, the policy to change; Inleiding: what ARAG still offers
    assert talk.faq_topic_in(
        "Net de koopovereenkomst van ons eerste appartement getekend, moet ik iets aanpassen aan mijn polis?"
    ) == ("new_home")
    assert talk.faq_topic_in("Dus ik sta er helemaal alleen voor?") == "not_covered"


def test_harm_asked_for_someone_of_the_story() -> None:
    # Verkeer 2: the driver with permission's injury is the same matter, not a new C&W question
    chat = Chat()
    chat.say(
        "Mijn neef leende mijn auto en werd op de A2 geraakt door een vrachtwagen; hij heeft nekklachten.",
        "check_coverage",
    )
    replies = chat.say("Ik heb Verkeer. Kan hij ook hulp krijgen voor zijn letsel?", "check_coverage")
    assert not any("Consument & Wonen, en die staat niet op uw polis" in reply for reply in replies), replies
    assert any("art. 2 Verkeer" in reply for reply in replies), replies


# Round 66 (life outside the big cities), in new wordings.
def test_kinds_of_round_66() -> None:
    # C&W 2a: a dog flying at the customer's dog, a fall over a loose tile at a club; Verkeer 3a: a tractor ramming the
    # car, knocked off a bike by a car without lights; C&W 3b: a guest of the own B&B; 11h: a campsite being started;
    # C&W 3a: land bought beside the home; 11k: a new provincial rule disputed; C&W 2e: a wind turbine's noise; C&W 2b:
    # a cabin rented abroad; Inkomen 2a: sent away by the farmer, said in dialect
    assert kind("Bij het wandelen sprong een losse rottweiler op onze labrador af; de dierenarts kostte 480 euro.") == (
        "onrechtmatige_daad"
    )
    assert kind("Bij de tennisclub ben ik gestruikeld over een losliggende tegel op het terras, enkel gebroken.") == (
        "onrechtmatige_daad"
    )
    assert kind("Een boer ramde met zijn tractor mijn auto op de dijk.") == "verkeersongeval"
    assert kind("Mijn dochter is onderuitgegaan door een auto die haar sneed.") in (
        "verkeersongeval",
        "ongeval_zonder_motorrijtuig",
    )
    assert (
        kind("Wij hebben een bed and breakfast aan huis; een gast heeft de kamer vernield en betaalt niet.")
        == "verhuur"
    )
    assert kind("Ik wil achter de boerderij een minicamping beginnen en de adviseur heeft mijn geld opgemaakt.") == (
        "bedrijf_starten"
    )
    assert kind("We kochten een stuk grond naast ons huis en nu gebruikt de buurman het als weide.") == "andere_woning"
    assert kind(
        "Door een nieuwe gemeentelijke verordening mogen we geen kippen meer houden; daar ben ik het niet mee eens."
    ) == ("wetgeving")
    assert kind("Sinds de windturbine er staat horen we de hele nacht een zoemend geluid.") == "burenconflict"
    assert (
        kind("We hebben een blokhut in Zweden gehuurd maar de eigenaar gaf hem aan iemand anders.") == "consumentenkoop"
    )
    assert kind("Ik werk al jaren in loondienst bij een akkerbouwer en nu wil de baas mij eruit hebben.") == (
        "arbeidsovereenkomst"
    )


def test_policy_readings_of_round_66() -> None:
    # Verkeer 4 Motorrijtuigen: the car left out of the policy; the modules told "bij jullie"; art. 9 told in a reply
    from flexbot.flexpolis.dialogue_policy import options_in_text

    assert options_in_text("Bij het afsluiten heb ik mijn auto eruit laten halen.") == {
        "uitsluiting_motorrijtuigen": True
    }
    assert parse_modules("Ik heb bij jullie alleen Consument & Wonen.") == frozenset({"consument_wonen"})
    assert (
        dialogue.first_event_in_text("Het gedoe begon vorig jaar, toen waren we nog niet bij jullie verzekerd.")
        is False
    )
    _, replies = check(
        "Ik heb Verkeer, maar de auto's heb ik er bij het afsluiten uit laten halen. Nu is mijn Clio geraakt door een bus."
    )
    assert "Motorrijtuigen" in joined(replies, 0) and "niet verzekerd" in joined(replies, 0), replies


def test_a_lawyer_from_the_village_is_the_own_lawyer_question() -> None:
    # art. 5: a lawyer of one's own choice only in a procedure
    assert talk.second_faq_topic("Het komt vast tot een zaak. Mag ik dan de advocaat uit ons dorp inschakelen?") == (
        "own_lawyer"
    )


# Round 67 (everyday consumer life), in new wordings.
def test_kinds_of_round_67() -> None:
    # C&W 2b: a thing sold to a private buyer who pays only part, a chargeback, the movers' delay (not the rent); 11l:
    # arrears one cannot pay; "het verhuisbedrijf ... naar beneden" asks nothing about moving abroad (art. 15)
    assert kind(
        "Ik verkocht mijn racefiets aan een jongen uit Zwolle; hij betaalde 200 en de rest komt maar niet."
    ) == ("consumentenkoop")
    assert kind("Een klant heeft de 150 euro voor mijn oude telefoon via PayPal teruggeboekt.") == "consumentenkoop"
    assert kind("De verhuizers waren een dag te laat. Daardoor rekent de verhuurder nu 300 euro extra huur.") == (
        "consumentenkoop"
    )
    assert kind(
        "Ik loop achter met mijn huur en kan het niet in één keer betalen; kunnen jullie een regeling afdwingen?"
    ) == ("schulden")
    assert talk.faq_topic_in("Het verhuisbedrijf liet mijn kast naar beneden vallen. Betaalt hun verzekering?") != (
        "start_change_end"
    )


def test_readings_of_round_67() -> None:
    # C&W 1: selling one's own work for an income is no private matter; C&W 1: companions of a trip booked for them;
    # art. 1: the partner who signed; modules told "trouwens"
    assert (
        dialogue.facts_in_description(
            "Ik verkoop zelfgebreide truien via Etsy, dat levert zo'n 300 euro per maand op."
        ).get("role")
        == "zakelijk"
    )
    found = dialogue.facts_in_description(
        "Ik had voor mij en drie collega's een chalet geboekt; het was vies en de verhuurder betaalt niks terug."
    )
    assert found.get("facts.reisgenoten_mee") is True, found
    assert dialogue.involved_in_description("Eigenlijk kocht mijn vriendin het, niet ik. We wonen samen.") == "partner"
    assert parse_modules("Jammer. Ik heb trouwens Verkeer.") == frozenset({"verkeer"})


def test_general_questions_of_round_67() -> None:
    # art. 7 (report at once), 11b (reported late), art. 6 (a ceiling), art. 5 (costs above the stake), art. 9 (an option
    # taken now), 11f (a threat told), art. 10 (a share in a collective case)
    assert talk.faq_topic_in("Hoe snel moet ik zoiets bij jullie aangemeld hebben?") == "report"
    assert talk.faq_topic_in("Ik meld het nu pas, na vier maanden. Is dat erg?") == "report"
    assert talk.faq_topic_in("Zit er een plafond aan als er experts bij moeten?") == "maximum"
    assert talk.faq_topic_in("Voor 300 euro? Dat kost jullie toch meer dan het oplevert?") == "after_report"
    assert talk.faq_topic_in("Als ik die woningdekking er nu bij neem, telt dit dan nog?") == "waiting_period"
    assert talk.faq_topic_in(
        "Ik heb in de winkel geroepen dat ik hem 'wel zou weten te vinden'. Is dat een probleem?"
    ) == ("conduct")
    assert talk.faq_topic_in("Er komt een collectieve actie tegen de bank. Betalen jullie dan mijn deel?") == "costs"


def test_a_kind_the_story_rules_out_stays_out_but_living_together_counts() -> None:
    # C&W 3g: never married but lived together, a contact arrangement after the split; C&W 2g: never lived together
    assert kind(
        "We waren nooit getrouwd, wel samenwonend. Nu wil mijn ex de omgangsregeling met onze dochter inperken."
    ) == ("echtscheiding")
    assert kind("We hebben nooit samengewoond en waren niet getrouwd; ik wil ons kind erkennen maar zij weigert.") != (
        "echtscheiding"
    )


# Round 68 (people and institutions), in new wordings.
def test_kinds_of_round_68() -> None:
    # Inkomen 2a: a written warning in the personnel file; C&W 2f: a VOG refused, an allowance reclaimed (not tax law,
    # 11j); Verkeer 3e: a car the customer sold (not 4d, bought second-hand); 11n: the deceased's claim carried on
    assert kind("Ik kreeg een schriftelijke waarschuwing van mijn leidinggevende omdat ik weiger over te werken.") == (
        "arbeidsovereenkomst"
    )
    assert kind("Justis geeft mij geen verklaring omtrent het gedrag, terwijl die oude zaak is geseponeerd.") == (
        "overheidsbesluit"
    )
    # (with the Belastingdienst named it stays belastingrecht, 11j: the reading of round 21, docs/policy.md "toeslagen")
    assert kind("Dienst Toeslagen vordert 900 euro zorgtoeslag terug.") == "overheidsbesluit"
    found = dialogue.facts_in_description(
        "Ik heb mijn oude Golf via Marktplaats verkocht en de koper betaalt de rest niet."
    )
    assert not found.get("facts.tweedehands_zonder_garantie"), found
    assert kind(
        "Mijn moeder is overleden. Ze had een zaak tegen haar verhuurder. Ik ben erfgenaam. Kan ik die zaak voortzetten?"
    ) == ("overgenomen_vordering")


def test_policy_and_questions_of_round_68() -> None:
    # Inkomen 3 Arbeidsrecht told in other words; a lateness at work is no premium paid late (art. 14); mid-check:
    # a prosecution dropped (art. 12), a lawyer of their own for several (art. 5), what ARAG still does (Inleiding), a
    # ceiling (art. 6), reporting next week (art. 7)
    from flexbot.flexpolis import premium_dates
    from flexbot.flexpolis.dialogue_policy import options_in_text

    assert options_in_text("Ik heb het vinkje gezet om ruzies met mijn werkgever niet mee te verzekeren.") == {
        "uitsluiting_arbeidsrecht": True
    }
    assert not premium_dates.UNPAID_PREMIUM.search("dat scheelde premie. nu ben ik ontslagen omdat ik te laat kwam.")
    assert talk.faq_topic_in("En als het OM de zaak laat vallen, krijg ik dan de advocaatkosten terug?") == "criminal"
    assert talk.faq_topic_in("Mogen we dan met z'n allen een eigen advocaat van buiten ARAG kiezen?") == "own_lawyer"
    assert talk.faq_topic_in("Wat kunnen jullie dan nog wel voor ons doen?") == "not_covered"
    assert talk.faq_topic_in("Houdt de vergoeding ergens op?") == "maximum"
    assert talk.faq_topic_in("Is het erg als ik het pas volgende week bij jullie meld?") == "report"
