"""Round 23 follow-up classes end to end (issue 11), over the REST channel with the real model, rules and action
server, in new wordings (not the lines of data/eval/conversations18.jsonl). Each test names the seed article."""

from __future__ import annotations


def test_a_discount_after_an_exclusion_is_legal_services(chat):
    # Inleiding: free first advice, then a discount on the hourly rate via ARAG Legal Services
    chat.say("Ik heb mijn neef 900 euro geleend en hij betaalt het maar niet terug.")
    chat.say("Consument & Wonen")
    reply = chat.reply("krijg ik dan in elk geval korting op een jurist van jullie?")
    assert "Legal Services" in reply or "korting" in reply, reply


def test_a_samenlevingscontract_without_a_conflict_is_advice(chat):
    # Inleiding: advice to prevent a conflict; the first advice is free, then a discount
    reply = chat.reply(
        "Mijn partner en ik gaan samenwonen en willen een samenlevingscontract laten opstellen, er is geen ruzie. "
        "Kunnen jullie ons daarbij helpen?"
    )
    assert "gratis" in reply or "Legal Services" in reply, reply


def test_the_costs_the_court_awards_go_to_arag(chat):
    # art. 6: the money the other side must pay for the court case goes to ARAG, not to the customer
    chat.say("Mijn werkgever wil mijn contract niet verlengen terwijl dat schriftelijk was beloofd.")
    chat.say("Inkomen")
    reply = chat.reply(
        "stel dat we winnen bij de kantonrechter, krijg ik dan de proceskosten terug van mijn werkgever?"
    )
    assert "niet u" in reply, reply


def test_documents_arag_asks_for_are_art_11e(chat):
    # art. 11e: not all help or information ARAG needs: no help; art. 7: ARAG may ask extra information
    reply = chat.reply("Jullie jurist wil mijn bankafschriften van het afgelopen jaar zien. Moet ik die echt geven?")
    assert "11e" in reply, reply


def test_buying_a_house_later_changes_the_woonsituatie(chat):
    # C&W 2d: change the woonsituatie on the policy right after signing the purchase
    chat.say("We huren nu een huis en de verhuurder doet niks aan de schimmel.")
    chat.say("Consument & Wonen")
    reply = chat.reply("als we later een eigen huis kopen, moeten we dan onze polis aanpassen?")
    assert "woonsituatie" in reply, reply


def test_back_to_an_arag_jurist_after_an_outside_lawyer(chat):
    # art. 5: after an outside specialist, not back to ARAG's own jurist
    chat.say(
        "De advocaat die ARAG voor mijn huurzaak heeft ingeschakeld wil schikken, maar ik wil naar de rechter. "
        "Hij weigert."
    )
    reply = chat.reply("Kan ik daarna nog terug naar een jurist van ARAG zelf?")
    assert "niet meer terug" in reply, reply


def test_another_language_is_art_3(chat):
    # art. 3: ARAG communicates in Dutch
    reply = chat.reply("Kan ik bij jullie ook in het Turks geholpen worden?")
    assert "Nederlands" in reply and "art. 3" in reply, reply


def test_a_passenger_who_lives_elsewhere_is_verkeer_2(chat):
    # Verkeer 2: the passengers of the insured's vehicle
    chat.say("Een vrachtwagen reed op de A2 achter op mijn auto. Mijn nek doet pijn.")
    chat.say("Verkeer")
    reply = chat.reply("mijn vriend zat naast me, hij woont niet bij mij. Is hij ook verzekerd?")
    assert "passagiers" in reply, reply
