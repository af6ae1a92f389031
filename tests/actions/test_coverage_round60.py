"""Issue 11, round 60: a story told over several turns is read whole, and "En in <land>?" asks about the same story
elsewhere; each in new wordings with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import Chat, check
from testkit.stories import kind

from actions.coverage_slots import DESCRIPTION


def test_a_story_told_in_turns_is_read_whole() -> None:
    # Verkeer 4d: the car of the first turn, asked about "had ik hem van een particulier gekocht" two turns later
    chat = Chat()
    first = chat.say(
        "De garage zegt dat mijn auto geen garantie meer heeft, ik liet de beurt ergens anders doen.", "check_coverage"
    )
    assert "3e" in first[0] and "4d" not in first[0], first  # "geen garantie meer": lost later, not bought without
    chat.say("Gekocht bij een erkende dealer, met garantie. Ik heb de module Verkeer.", "check_coverage")
    assert "garage" in chat.slots[DESCRIPTION] and "erkende dealer" in chat.slots[DESCRIPTION]
    replies = chat.say("En als ik hem van een particulier had gekocht zonder garantie?", "check_coverage")
    assert any("4d" in reply for reply in replies), replies


def test_the_same_story_in_another_country() -> None:
    # art. 6: outside Europe and the countries around the Mediterranean the maximum is EUR 10,000 (Verkeer 5: the world)
    chat = Chat()
    chat.say("Op vakantie in Griekenland werd ik als voetganger aangereden door een scooter.", "check_coverage")
    chat.say("Ik heb Verkeer.", "inform")
    replies = chat.say("En in Thailand?", "check_coverage")
    assert any("10.000" in reply for reply in replies), replies


def test_kinds_read_from_round_59s_conversations() -> None:
    # C&W 2e: the neighbours' lawyer writes about "het perceel van cliënten" (theirs, not another home of the customer);
    # C&W 3a: a chalet owned as a holiday home; C&W 3f: money lent, though the friend calls it a gift
    assert (
        kind("De advocaat van mijn buurman mailt dat onze heg op het perceel van zijn cliënt staat.") == "burenconflict"
    )
    assert kind("Op een vakantiepark staat ons chalet als tweede huisje; de beheerder eist dat we het vervangen.") == (
        "andere_woning"
    )
    assert kind("Mijn neef zegt nu dat het een cadeau was, maar ik heb het hem gewoon geleend: 1.800 euro.") == (
        "geld_uitgeleend"
    )


def test_an_unpaid_premium_told_in_the_story() -> None:
    # art. 14: the first premium within 30 days, said with the answer (never asked)
    _, replies = check(
        "Sinds 1 maart heb ik de polis, de eerste premie heb ik nog niet betaald. Nu wil mijn werkgever me ontslaan."
    )
    assert "30 dagen" in " ".join(replies[0]) and "art. 14" in " ".join(replies[0]), replies


def test_a_passenger_after_a_drink_driving_verdict() -> None:
    # Verkeer 2: the passengers of the vehicle are insured, also when Verkeer 4a decided the driver's own claim
    from flexbot.flexpolis import dialogue, faq_turn

    state, _ = dialogue.apply(dialogue.CheckState(), {"conflict": "onder_invloed", "modules": frozenset({"verkeer"})})
    answer = faq_turn.case_answer(
        "who_is_insured", "Mijn bijrijder raakte ook gewond, is hij ook verzekerd?", state.dump()
    )
    assert answer and "passagiers" in answer and "art. 2 Verkeer" in answer, answer


# Round 60's blind pair (first_answers59, conversations55: a year of a household), after its first run.


def test_kinds_of_a_year() -> None:
    # art. 11k: a national ban the cabinet plans; art. 11s: a destination at war (rockets); art. 11n: heirs who hold the
    # deceased's claim; C&W 2a: run into on the slopes, though the other skier's liability insurer is named
    assert (
        kind("Het kabinet wil een landelijk verbod op houtkachels invoeren, daar wil ik tegen procederen.")
        == "wetgeving"
    )
    assert kind(
        "Onze reis naar het Midden-Oosten gaat niet door: er worden raketten afgevuurd. De touroperator geeft een tegoedbon."
    ) == ("molest")
    assert kind(
        "Mijn moeder had nog 3.000 euro te goed van de schilder. Nu wij als erfgenamen die vordering hebben, willen we innen."
    ) == ("overgenomen_vordering")
    assert kind(
        "Op de skipiste in Ischgl is een snowboarder tegen me aan geknald, knie kapot. Zijn aansprakelijkheidsverzekering zwijgt."
    ) == ("onrechtmatige_daad")


def test_a_ski_resort_names_the_country() -> None:
    # C&W 4: Consument & Wonen only in the European Union; Zermatt is in Switzerland
    _, replies = check(
        "Bij het inleveren van de gehuurde snowboards in Zermatt hield de verhuurder 400 franken borg in."
    )
    assert "Europese Unie" in " ".join(replies[0]) and "Zwitserland" in " ".join(replies[0]), replies


def test_the_minimum_asked_beside_a_traffic_amount() -> None:
    # art. 11g: "pas vanaf 175 euro" is the policy's amount asked about; the conflict is about 95 euro (Verkeer: none)
    _, replies = check(
        "Een bestelbus schampte mijn geparkeerde scooter, spiegel kapot: 95 euro. Helpen jullie pas vanaf 175 euro? Ik heb Verkeer."
    )
    assert "€ 95" in " ".join(replies[0]) and "minimumbedrag" in " ".join(replies[0]), replies


def test_round_60_conversations_read_with_the_story() -> None:
    # Verkeer 4c/3a: the same crash on a private ride; art. 11h: a detail of the business's lease asked about
    from actions.coverage_follow_up import _same_story_otherwise
    from flexbot.flexpolis import check_reply, dialogue

    work = "Als koerier rij ik met mijn eigen busje; tijdens een rit botste een taxi tegen me aan."
    state, _ = dialogue.apply(
        dialogue.CheckState(), {**dialogue.facts_in_description(work), "modules": frozenset({"verkeer"})}
    )
    assert state.question.conflict == "beroepsvervoer"
    private = _same_story_otherwise({"description": work, "state": state.dump()}, "Stel dat ik in het weekend reed?")
    assert private["conflict"] == "verkeersongeval" and private["role"] == "particulier", private
    shop = "In april start ik een kapsalon. De verhuurder van het pand wil ineens meer huur, ik heb nog niet getekend."
    state, _ = dialogue.apply(dialogue.CheckState(), dialogue.facts_in_description(shop))
    last = {"description": shop, "state": state.dump()}
    assert check_reply.detail_of_the_story(last, "Het huurcontract staat op mijn eigen naam, geen bv. Maakt dat uit?")


def test_facts_of_round_60_stories() -> None:
    from flexbot.flexpolis import conversation, dialogue

    # art. 11g: two tickets of 95 euro are 190 euro; C&W 2a: a borrowed thing returned broken; art. 11o: photos on a
    # blog; art. 12: a son prosecuted; art. 8: a friend's trip is not where the loan is
    assert dialogue.facts_in_description("Ik had drie dagtickets van 95 euro voor het concert.").get("amount") == 285
    assert kind("Mijn zwager heeft mijn ladder geleend en met een deuk teruggebracht.") == "onrechtmatige_daad"
    assert kind("Een webshop heeft mijn foto's zonder te vragen op hun website gezet.") == "intellectueel_eigendom"
    assert kind("Onze dochter sloeg een klasgenoot. Ze wordt nu vervolgd voor mishandeling.") == "strafzaak"
    assert (
        dialogue.facts_in_description("Ik leende mijn zus 900 euro voor haar reis naar Thailand.").get("country")
        is None
    )
    # art. 9: a policy taken out now for a conflict there is; Inleiding: what ARAG still offers
    assert conversation.faq_topic_in("Als ik nu een polis met Verkeer afsluit, helpen jullie dan met deze zaak?") == (
        "waiting_period"
    )
    assert conversation.faq_topic_in("Wat kan ik nu nog van jullie verwachten?") == "not_covered"


def test_reported_late_said_in_a_reply() -> None:
    # art. 11b: "we hadden het eerder moeten melden" in the reply, the story told it began last year
    _, replies = check(
        "Sinds vorig jaar maart hebben we ruzie met de loodgieter over een lekkende afvoer; nu dreigt hij met de rechter.",
        "Consument & Wonen. Ja, ik had het eerder moeten melden.",
    )
    assert any("11b" in reply for reply in replies[1]), replies[1]


# Round 61's blind pair (first_answers60, conversations56: Dutch as a second language), after its first run.


def test_where_someone_comes_from_or_a_language_is_no_country() -> None:
    # art. 8 / C&W 4: "moeder uit Roemenië", "verpleger uit India", papers "in het Pools" name no place of the conflict
    from flexbot.flexpolis import dialogue

    for text in (
        "Ik ben moeder uit Roemenië en mijn zoon huurt een kamer in Utrecht; de verhuurder houdt de borg.",
        "Als verpleger uit India werk ik in een ziekenhuis in Zwolle; mijn werkgever betaalt mijn overuren niet.",
        "Mijn huurbaas in Tilburg houdt mijn borg. Al mijn papieren zijn in het Pools.",
    ):
        assert dialogue.facts_in_description(text).get("country") in (None, "NL"), text


def test_kinds_of_round_61() -> None:
    # C&W 2g: an adoption; Inkomen 2a: "gekündigt" in German; C&W 2i: "wil alles voor zichzelf" is no business
    assert kind("Mijn vrouw wil haar dochter uit een eerder huwelijk adopteren en we zoeken juridische hulp.") == (
        "familierecht"
    )
    assert kind("Ik werk in Duitsland en de baas hat mich gekündigt zonder reden.") == "arbeidsovereenkomst"
    assert kind("Mijn vader is overleden; mijn zus wil alles voor zichzelf, ook het huis. Wat nu met de erfenis?") == (
        "erfenis"
    )


def test_later_turns_of_round_61() -> None:
    from flexbot.flexpolis import check_reply, conversation, dialogue
    from flexbot.flexpolis.dialogue_description import PAID

    # art. 11g: what is left after an offer; art. 9: a new policy for the case there is, burenrecht added now; art.
    # 11f: a relative's threat; C&W 2h: paid as chairman; the module in German or "in mijn pakket"
    assert (
        dialogue.facts_in_answer("Update: de airline biedt nu 400 euro. Het verschil is dus nog 120.").get("amount")
        == 120
    )
    assert conversation.faq_topic_in(
        "Dan sluit ik toch een nieuwe verzekering? Kan ik dit conflict daarin melden?"
    ) == ("waiting_period")
    assert conversation.faq_topic_in("Kan ik burenrecht er nu nog bij nemen en dan hulp krijgen?") == "waiting_period"
    assert conversation.faq_topic_in(
        "Mijn broer heeft de verhuurder uitgescholden. Heeft dat gevolgen voor de hulp?"
    ) == ("conduct")
    assert conversation.faq_topic_in("Mijn buurman heeft mij bedreigd, wat kan ik doen?") != "conduct"
    assert PAID.search("vanaf mei krijg ik 300 euro per maand als penningmeester")
    assert dialogue.parse_modules("Ich habe Verkeer.") == frozenset({"verkeer"})
    assert dialogue.parse_modules("Inkomen zit in mijn pakket.") == frozenset({"inkomen"})
    assert check_reply.ASKS_WHAT_IT_CHANGES.search(
        "op de polis staat 'uitsluiting arbeidsrecht'. wat betekent dat voor mij?"
    )
    # art. 15: the policy when the customer lives abroad; art. 3: help in English
    assert conversation.faq_topic_in("Loopt mijn verzekering door als we straks in Canada wonen?") == "start_change_end"
    assert conversation.faq_topic_in("Can I get legal advice in English? Ik spreek weinig Nederlands.") == "language"


def test_questions_of_round_61s_later_turns() -> None:
    # art. 11q: a conflict about the premium with ARAG itself; art. 11f: a threat to ARAG's jurist asked about; art. 7:
    # papers sent to ARAG
    from flexbot.flexpolis import conversation

    assert kind("Krijg ik jullie hulp bij een geschil over de voorwaarden van deze polis?") == "deze_verzekering"
    assert conversation.faq_topic_in("En als zij jullie medewerker heeft beledigd?") == "conduct"
    assert conversation.faq_topic_in("Kan ik de kopieën van de facturen gewoon naar jullie mailen?") == "report"


# Round 62's blind pair (first_answers61, conversations57: private and business), after its first run.


def test_private_conflicts_of_business_owners() -> None:
    # C&W 2b/2e/3d: a business named, the conflict said to be private, a neighbour of the home office, the money of a
    # business sold and invested; Verkeer 3a: the role asked, not told; Verkeer 3d: the CBR on a driver by trade's licence
    from flexbot.flexpolis import dialogue

    assert kind(
        "Ik heb een eenmanszaak, maar dit is privé: de wasmachine voor thuis is kapot en de winkel doet niks."
    ) == ("consumentenkoop")
    assert kind("Ik ben freelancer en werk thuis. De buurman zaagt elke dag, is dat zakelijk of gewoon privé?") == (
        "burenconflict"
    )
    assert kind("De opbrengst van mijn verkochte bedrijf heb ik laten beleggen in aandelen, nu is het weg.") == (
        "vermogensbeheer"
    )
    found = dialogue.facts_in_description("Op weg naar mijn werk werd ik aangereden. Telt dit dan als zakelijk?")
    assert found.get("role") is None, found
    assert kind("Ik ben taxichauffeur en het CBR heeft mijn rijbewijs ingevorderd na een keuring.") == "rijbewijs"


def test_round_62_kinds_and_questions() -> None:
    # Inkomen 2c: a complaint at the trade body; 11m: an earthquake at a rented holiday home; 11n: heirs collecting; 11p:
    # a permit skipped knowingly; art. 6: the cap asked; art. 10: btw named; art. 16: doing nothing after the letter
    from flexbot.flexpolis import conversation, dialogue, faq_turn

    assert (
        kind("Een klant heeft bij de beroepsvereniging een klacht tegen mij ingediend over mijn werk.")
        == "beroepsklacht"
    )
    assert kind(
        "Het gehuurde vakantiehuisje in Griekenland stond na een aardbeving op instorten; de verhuurder houdt het geld."
    ) == ("natuurramp")
    assert kind(
        "Mijn moeder had een winkel; een leverancier moest haar nog 3.000 euro betalen. Wij als erfgenamen willen dat innen."
    ) == ("overgenomen_vordering")
    facts = dialogue.facts_in_description(
        "Ik heb een schuur gebouwd zonder vergunning, ik wist eigenlijk dat die nodig was."
    )
    assert facts.get("facts.voorzienbaar") is True, facts
    assert conversation.faq_topic_in("Is er een limiet aan de kosten die jullie betalen?") == "maximum"
    assert (
        conversation.second_faq_topic("Mijn aannemer doet moeilijk. Vergoeden jullie ook de btw van de advocaat?")
        == "costs"
    )
    assert faq_turn.context_topic("start_change_end", "En als ik gewoon niks doe?", "start_change_end") == "premium"


def test_modules_told_with_an_option_not_known() -> None:
    # art. 2 C&W, Eigen woning: "C&W, maar ik weet niet of die eigen woning erbij zit" names the module; only the option
    # is unknown (not "weet ik niet" to the modules question)
    from flexbot.flexpolis.dialogue import parse_answer

    answer = parse_answer(
        "modules", "Wij hebben Consument & Wonen, alleen weet ik niet of de optie eigen woning erop staat."
    )
    assert answer.changes.get("modules") == frozenset({"consument_wonen"}) and not answer.unknown, answer
    assert parse_answer("modules", "Weet ik niet, ik moet het opzoeken.").unknown
