"""Issue 11, round 63: messages typed on a phone ("mn", "nie", "ws") and people asking for someone else, plus the open
classes of rounds 60-62; each in new wordings (not the eval sets' lines) with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import Chat, check, joined
from testkit.stories import kind

from flexbot.dutch import fold
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue


def test_chat_shorthand_is_read_as_the_words_it_stands_for() -> None:
    assert fold("mn broer zegt dat t nie klopt, ws is het ff wachten") == (
        "mijn broer zegt dat t niet klopt, waarschijnlijk is het even wachten"
    )
    assert fold("Een BV, mnd, idd") == "een bv, maand, inderdaad"
    assert fold("nietes, mnemonic, Zn.") == "nietes, mnemonic, zijn."  # whole words only


def test_wages_owed_by_the_former_employer_of_one_who_started_a_business() -> None:
    # Inkomen 2a: the employment contract with the (ex-)employer; starting a business (art. 11h) is only the background
    _, replies = check(
        "Sinds januari werk ik als zzp'er. Mijn vorige werkgever weigert mijn laatste twee maanden loon uit te betalen.",
        "Ik heb Inkomen. Telt het dat ik nu voor mezelf werk?",
    )
    assert "2a Inkomen" in joined(replies, 0) and "11h" not in joined(replies, 0), replies
    assert "2a Inkomen" in joined(replies, 1) and "3a Inkomen" not in joined(replies, 1), replies


def test_a_car_on_the_name_of_the_customers_bv() -> None:
    # Verkeer 1: a vehicle on the BV's name is insured when used mostly privately; said with the answer, never refused
    _, replies = check(
        "Onze bestelbus staat op naam van mijn eigen B.V. Een vrachtwagen heeft hem op de A2 geraakt.",
        "Verkeer staat op mijn polis en die bus gebruik ik vooral privé.",
    )
    assert "art. 1 Verkeer" in joined(replies, 0) and "niet verzekerd" not in joined(replies, 0), replies
    assert "3a Verkeer" in joined(replies, 1), replies


def test_the_minimum_names_verkeers_exception_in_its_short_part() -> None:
    # art. 11g: more than EUR 175, not for Verkeer; both in the first sentences, not only behind "Meer weten?"
    short = talk.short_and_details(talk.answer_text("minimum", "is 120 euro te weinig om te melden?"))[0]
    assert "175" in short and "Verkeer" in short, short


def test_general_questions_after_a_verdict() -> None:
    # Inleiding: only the private role ("zakelijke conflicten"); advice on what is not covered (korting, Legal Services)
    assert talk.faq_topic_in("Is het waar dat zakelijke geschillen nooit verzekerd zijn?") == "modules"
    assert talk.faq_topic_in("Dus jullie doen niks, zelfs niet met een adviesje?") == "not_covered"


def test_traffic_told_in_few_words() -> None:
    # Verkeer 3a / 3e / 4a: a mirror clipped, a cyclist knocked off her bike, a car that hit us, a wheel after the apk,
    # a partner over the limit
    assert kind("Een bestelwagen heeft mn zijspiegel eraf getikt en reed door.") == "verkeersongeval"
    assert kind("Mn vriendin is in Vietnam van haar scooter gereden door een taxi.") == "verkeersongeval"
    assert kind("We stonden stil voor het stoplicht toen een bus ons aanreed.") == "verkeersongeval"
    assert kind("Na de grote beurt bij de garage liep de motor vast op de A12.") == "contract_motorrijtuig"
    assert (
        kind("Mijn vrouw werd aangereden, maar zij had zelf ook gedronken en de politie liet haar blazen.")
        == "onder_invloed"
    )
    # ... never the other driver's drink
    assert kind("Ik ben aangereden, de andere bestuurder moest blazen en zat boven de limiet.") != "onder_invloed"


def test_a_civil_summons_is_no_criminal_case_and_a_prosecuted_son_is() -> None:
    # art. 12 only for a prosecution; a creditor's summons for money is civil
    assert kind("Ik kreeg een dagvaarding van de fysiotherapeut die zegt dat ik nog 640 euro moet betalen.") != (
        "strafzaak"
    )
    assert kind("Mn dochter (17) moet voorkomen voor vernieling van een fietsenstalling.") == "strafzaak"


def test_kinds_of_this_round() -> None:
    # C&W Eigen woning: the buyers of the customer's former home; C&W 2a: a laptop knocked off the table; C&W 2b: a
    # disputed bill a bailiff now collects (not art. 11l)
    assert kind("De nieuwe eigenaars van ons vorige huis eisen geld voor houtrot.") == "eigen_woning"
    assert kind("Mijn huisgenoot heeft mn telefoon van 900 euro van het aanrecht gestoten.") == "onrechtmatige_daad"
    assert kind("Het incassobureau stuurt aanmaningen voor een nota van de dierenarts die ik betwist.") == (
        "consumentenkoop"
    )


def test_people_the_story_is_for() -> None:
    # art. 1: a neighbour one cares for is not insured; a partner living in is; "nie alleenstaand" answers art. 1
    _, replies = check(
        "Ik ben mantelzorger van mijn oude buurman. Zijn verhuurder wil de huur verhogen. Mag ik mijn eigen polis "
        "daarvoor inzetten?"
    )
    assert "art. 1" in joined(replies, 0) and "niet verzekerd" in joined(replies, 0), replies
    found = dialogue.facts_in_description(
        "ik vraag het voor mn vriendin, ze woont al een jaar bij mij in. haar werkgever betaalt nie"
    )
    assert found.get("involved") == "partner", found
    assert dialogue.alleenstaand_in_text("we hebben verkeer, niet alleenstaand") is False


def test_said_with_the_answer() -> None:
    # art. 5: the other party insured with ARAG too; C&W 1: companions of a trip booked for them; art. 7/11b: a hearing
    # soon after a letter left for half a year; art. 9: an expert report asked about; Verkeer 2: a driver with permission
    _, replies = check("De overbuurman blokkeert onze oprit en hij is zelf ook bij jullie verzekerd.")
    assert "art. 5" in joined(replies, 0) and "belangenconflict" in joined(replies, 0), replies
    _, replies = check(
        "Ik had voor mijn broer en mij een appartement in Portugal geboekt maar de verhuurder annuleerde en houdt 900 euro."
    )
    assert "reisgenoten" in joined(replies, 0), replies
    _, replies = check(
        "Ik heb de brief een half jaar laten liggen, nu eist de schilder 1.900 euro en de zitting is over acht dagen."
    )
    assert "11b" in joined(replies, 0), replies
    _, replies = check("Door het heien van de buren scheurt onze gevel. Moeten we eerst zelf iets laten onderzoeken?")
    assert "deskundigenrapport" in joined(replies, 0), replies
    _, replies = check("Mijn collega leende mijn auto en werd van achteren aangereden; hij heeft whiplash.")
    assert "art. 2 Verkeer" in joined(replies, 0), replies


def test_a_household_member_over_the_limit_told_in_a_reply() -> None:
    # Verkeer 4a: the insured son drove over the limit, told after the modules
    chat = Chat()
    chat.say("Mijn dochter (18, woont thuis) is met haar scooter aangereden door een bestelbus.", "check_coverage")
    replies = chat.say("We hebben Verkeer. Ze was eerlijk gezegd positief geblazen.", "inform")
    assert any("niet verzekerd" in reply and "4a" in reply for reply in replies), replies


def test_engine_words_and_jobs_beside_a_business() -> None:
    # C&W 2b: "de motor" of a chair bought is no motor vehicle (Verkeer 3e); Inkomen 2a: hours cut in a job beside
    # freelance work; C&W 2a: a snowboarder on the slopes is no traffic
    assert kind(
        "Mijn moeder kocht een massagestoel; na twee weken doet de motor het niet meer en de winkel weigert."
    ) == ("consumentenkoop")
    assert kind(
        "Naast mijn webshop werk ik in loondienst bij een bakkerij, en ze geven me minder uren dan afgesproken."
    ) == ("arbeidsovereenkomst")
    assert kind("Op de piste ben ik geschept door een skiër, knie kapot.") != "verkeersongeval"


def test_a_household_member_over_the_limit_told_as_a_description() -> None:
    # Verkeer 4a, the reply read as a description (the NLU's check_coverage), not as the answer to the modules
    chat = Chat()
    chat.say("Mijn zoon (20, woont thuis) is op zijn scooter geraakt door een taxi.", "check_coverage")
    replies = chat.say(
        "We hebben Verkeer. Maar hij had wat biertjes op, en bij het blazen zat hij erboven.", "check_coverage"
    )
    assert any("niet verzekerd" in reply and "4a" in reply for reply in replies), replies


def test_when_the_policy_began_told_in_a_reply() -> None:
    # art. 9: the story's date ("lekt sinds 2023") and the policy's ("sinds vorige maand verzekerd") read together
    _, replies = check(
        "De loodgieter heeft onze cv-ketel verkeerd aangesloten, hij lekt al sinds 2022 en hij doet niks.",
        "We zijn pas sinds vorige maand verzekerd, met Consument & Wonen en eigen woning.",
    )
    assert "art. 9" in joined(replies, 1) and "niet verzekerd" in joined(replies, 1), replies


# Round 64 (health, care and money in later life), in new wordings.
def test_kinds_of_round_64() -> None:
    # Inkomen 2e: a survivor's pension; 11n: the deceased's claim or bill taken over by the heir; Verkeer 3a: hurt as a
    # passenger, killed on a bike; Verkeer 3c: a summons after reversing; C&W 3g: the end of living together; C&W 2b: a
    # care aid rented; C&W 2d: a flat not yet signed for
    assert kind("Het pensioenfonds keert mijn partnerpensioen te laag uit sinds mijn vrouw stierf.") == "pensioen"
    assert kind(
        "Mijn moeder boekte een cruise en overleed vlak ervoor. De rederij wil niets terugbetalen. Ik ben erfgenaam."
    ) == ("overgenomen_vordering")
    assert (
        kind("Het ziekenhuis stuurt mij als erfgenaam een nota van 900 euro van mijn vader.") == "overgenomen_vordering"
    )
    assert kind("In de deeltaxi remde de chauffeur hard en ik viel van mijn stoel, rib gebroken.") == "verkeersongeval"
    assert kind("Mijn broer is doodgereden door een vrachtwagen op de N33.") == "verkeersongeval"
    assert kind("Bij het inparkeren raakte ik een fietser; nu ben ik gedagvaard voor letsel door schuld.") == (
        "dood_letsel_door_schuld_verkeer"
    )
    assert kind("Na 15 jaar samenwonen is mijn vriendin vertrokken en nu eist ze de auto.") == "echtscheiding"
    assert kind("De thuiszorgwinkel eist 300 euro voor de huur van een scootmobiel die ik al terugbracht.") == (
        "consumentenkoop"
    )
    assert kind("De flat die wij willen kopen: de verkoper haakt af voordat we iets hebben getekend.") == (
        "woning_kopen_voor_tekenen"
    )


def test_amounts_and_asides_of_round_64() -> None:
    # art. 11g: collection costs do not count; a shortfall paid out is no question about the minimum; "daar betaal ik
    # toch premie voor?" beside a story is a protest, the story is answered (art. 11k here)
    _, replies = check("De tandarts rekent 150 euro. Nu staat er met de incassokosten 230 euro op de aanmaning.")
    assert "11g" in joined(replies, 0) and "€ 150" in joined(replies, 0), replies
    assert talk.faq_topic_in("Ik heb 4.000 euro te weinig gekregen van het fonds, kan ik bij jullie terecht?") is None
    _, replies = check(
        "Ik wil dat jullie de Staat aanklagen over de verhoging van de AOW-leeftijd. Daar betaal ik toch premie voor?"
    )
    assert "11k" in joined(replies, 0) and "premie moet binnen" not in joined(replies, 0), replies


def test_a_suspect_asking_for_a_lawyer_hears_article_12() -> None:
    from actions.coverage_questions import _faq_for

    state, _ = dialogue.apply(dialogue.CheckState(), {"conflict": "strafzaak", "modules": frozenset({"verkeer"})})
    assert "art. 12" in _faq_for("own_lawyer", state, "Krijg ik van jullie een advocaat?")


def test_the_policy_start_told_with_a_module() -> None:
    # art. 9: "sinds drie maanden Consument & Wonen" after "een jaar geleden"
    _, replies = check(
        "Een half jaar geleden ging er bij mijn knieoperatie iets mis. De kliniek erkent niks.",
        "Ik heb pas sinds twee maanden Consument & Wonen bij jullie.",
    )
    assert "art. 9" in joined(replies, 1), replies


def test_the_collection_agency_named_with_the_claim_keeps_the_claim() -> None:
    # art. 11g: the claim itself counts, also in the sentence that names the collection agency
    from flexbot.flexpolis.dialogue_amounts import amount_in_text

    text = "Een incassobureau belt me steeds over een nota van 160 euro. Met rente en kosten is het nu 260 euro."
    assert amount_in_text(text) == 160
