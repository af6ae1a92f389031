"""Issue 11, rounds 98-101 (the general rules, work and income, energy and subscriptions, going out) fixed in the
twelfth session: readings and turns from their misses, each tested in new wordings (not the eval sets' lines) with the
seed's article."""

from __future__ import annotations

from testkit.coverage_form import Chat, after_verdict, check, follow_up
from testkit.stories import kind

from actions.complaints import asks_where_to_file
from actions.coverage_follow_up import notes_after
from bot.components.complaint_detector import is_rhetorical
from bot.components.third_party import coverage_story
from flexbot.dutch import fold
from flexbot.flexpolis import conversation, cost_questions, dialogue, faq_turn, language_answer
from flexbot.flexpolis.dialogue import CheckState


def _last(*turns: str) -> str:
    _, replies = check(*turns)
    return " ".join(replies[-1])


def test_not_employed_told_later_makes_a_work_conflict_inkomen_3a() -> None:
    # Inkomen 3a: work outside employment; told as an aside while art. 9 is asked, not read as its "nee"
    reply = _last(
        "Een cliënt dient een klacht in bij het tuchtcollege over mijn behandeling; ik ben logopedist.",
        "Ik heb Inkomen.",
        "O ja, ik werk trouwens als zelfstandige, ik ben niet in loondienst.",
    )
    assert "3a Inkomen" in reply, reply


def test_denied_employment_is_no_private_role() -> None:
    assert dialogue.parse_role("Ik ben geen werknemer, ik factureer zelf.") == "zakelijk"
    assert dialogue.parse_role("Ik werk in loondienst bij de gemeente.") == "particulier"


def test_a_question_asked_back_is_no_answer_to_a_yes_no_question() -> None:
    # "niet" in a question of one's own does not answer art. 9's question
    answer = dialogue.parse_answer("first_event_after_start", "Het gaat om 30 euro per maand. Is dat niet te weinig?")
    assert answer.reason and not answer.changes
    assert dialogue.parse_answer("first_event_after_start", "nee, het begon ervoor").changes == {
        "first_event_after_start": False
    }


def test_too_little_to_bother_asked_during_the_check_gets_the_minimum() -> None:
    # art. 11g
    reply = _last(
        "Mijn pensioenfonds heeft mijn uitkering verlaagd zonder uitleg.",
        "We hebben alle modules.",
        "Het is 20 euro per maand minder. Is dat niet te weinig om er iets mee te doen?",
    )
    assert "175" in reply and "11g" in reply, reply


def test_starting_for_oneself_is_starting_a_business() -> None:
    # art. 11h
    assert kind("Ik overweeg voor mezelf te beginnen als hovenier, mag mijn baas dat verbieden?") == "bedrijf_starten"


def test_a_hypothetical_with_the_other_side_as_a_pronoun_reads_that_side() -> None:
    # Inkomen 2a: "ze" is the employer of the story before
    story = "Mijn werkgever heeft te veel loonbelasting ingehouden op mijn vakantiegeld, zo'n 800 euro."
    reply = " ".join(
        follow_up(after_verdict(story), "En als ze dat vakantiegeld gewoon niet hadden uitbetaald?", "inform")
    )
    assert "2a Inkomen" in reply, reply


def test_papers_sent_to_arag_by_post_get_the_address() -> None:
    # art. 7: copies only, the postal address
    topic = conversation.faq_topic_in("Moet ik de originele bonnen naar u opzenden, en naar welk adres?")
    assert topic == "report"


def test_a_module_taken_later_is_named_in_art_9s_verdict() -> None:
    reply = _last(
        "Ik heb al jaren Verkeer. Mijn werkgever heeft aangekondigd dat mijn afdeling dichtgaat. Als ik Inkomen nu "
        "afsluit, helpen jullie dan bij het ontslag?"
    )
    assert "de module Inkomen" in reply and "art. 9" in reply, reply


def test_terrorism_points_to_the_clausuleblad() -> None:
    # art. 11r names the Clausuleblad Terrorismedekking
    reply = _last("Mijn zoon raakte gewond bij een terroristische aanslag in de trein. Helpen jullie?")
    assert "11r" in reply and "Clausuleblad Terrorismedekking" in reply, reply


def test_a_formal_complaint_gets_the_bureaus_details_and_a_reproach_asks_nothing() -> None:
    # seed 004 art. 20; "Noemen jullie dit service?" wants no answer
    assert asks_where_to_file("Ik wil hier een formele klacht over indienen.")
    assert is_rhetorical("Noemen jullie dit klantvriendelijk?")


def test_a_minimum_asked_with_interest_and_costs_added() -> None:
    # art. 11g: interest and collection costs do not count; the claim itself is the amount
    reply = _last(
        "Een incassobureau zit achter mij aan voor een rekening van de sportschool. Het ging om €120, maar met rente "
        "en incassokosten is het nu €230. Dat is boven de 175 dus helpen jullie?"
    )
    assert "€ 120" in reply and "11g" in reply, reply


def test_stories_of_providers_and_venues_are_read() -> None:
    assert kind(
        "Mijn abonnement bij de dansschool is vooruitbetaald en nu gaan er geruchten over een faillissement."
    ) == ("consumentenkoop")  # C&W 2b, not the customer's debts (11l)
    assert kind("Mijn jas is gestolen uit de garderobe van de discotheek, ik had er 2 euro voor betaald.") == (
        "consumentenkoop"
    )
    assert kind("In de zwembadkantine uitgegleden over een plas water, geen bordje. Knie gescheurd.") == (
        "onrechtmatige_daad"
    )  # C&W 2a
    assert kind("Het drinkwaterbedrijf rekent 900 euro voor een lek dat wij niet konden zien.") == "consumentenkoop"


def test_injuries_and_works_on_the_road() -> None:
    # Verkeer 3a: a passenger whose driver crashed; Verkeer 3b / C&W 2a: an unguarded trench
    assert kind("Ik zat achterin een tuktuk en de chauffeur reed tegen een paal. Arm gebroken.") == "verkeersongeval"
    assert kind("Met de fiets in een geul gereden die de aannemer zonder afzetting had laten liggen.") == (
        "schade_zonder_motorrijtuig"
    )
    # not work: "thuis van mijn werk" is being off sick
    assert kind("Een bus reed op ons in, ik ben nu drie weken thuis van mijn werk met whiplash.") == "verkeersongeval"


def test_taxi_driving_in_the_weekend_is_professional_transport() -> None:
    # Verkeer 4c
    assert kind("Ik rijd in de avonden taxi via een app, toen werd ik aangereden.") == "beroepsvervoer"


def test_the_government_abolishing_a_scheme_is_disagreeing_with_the_law() -> None:
    # art. 11k
    assert kind("Het kabinet schaft de salderingsregeling af, daar wil ik tegen procederen.") == "wetgeving"
    assert kind("De overheid schaft de saldering af en mijn zonnepanelen zijn nu minder waard.") == "wetgeving"


def test_heirs_asked_to_pay_the_deceaseds_bills() -> None:
    # art. 11n: a debt taken over through an inheritance
    assert kind("Mijn oma is overleden en nu eist de thuiszorg 900 euro van ons als erfgenamen.") == (
        "overgenomen_vordering"
    )


def test_a_phone_bill_run_up_abroad_is_no_conflict_abroad() -> None:
    # C&W 2b with the provider at home, not C&W 4 for the country of the trip
    found = dialogue.facts_in_description("Na een week Marokko een telefoonrekening van 600 euro door roaming.")
    assert found.get("country") is None


def test_third_parties_stories_with_their_mails_and_advice_asked_are_no_complaint() -> None:
    assert coverage_story(
        "De trouwfotograaf heeft na vijf maanden nog niets geleverd en reageert hij niet meer op mails. Wat raden jullie "
        "aan?"
    )
    assert coverage_story(
        "Volgens hun mail had ik een prijs gewonnen bij de provider, nu krijg ik niks. Kunnen jullie dat afdwingen?"
    )
    assert coverage_story("Mijn tas is weg uit de garderobe van het theater. Zij zeggen eigen risico. Kan ARAG helpen?")
    assert not coverage_story("Jullie reageren niet op mijn mails. Wat raden jullie aan?")


def test_english_rules_beside_a_story_are_answered() -> None:
    # art. 5 and art. 11a
    reply = language_answer.what_follows("Can I pick my own lawyer for my dispute with my landlord about the deposit?")
    assert reply and "art. 5" in reply, reply
    reply = language_answer.what_follows("We already hired a lawyer against the builder. Will ARAG pay her invoice?")
    assert reply and "11a" in reply, reply


def test_heirs_against_someone_who_is_no_heir() -> None:
    # art. 11n: the deceased's debt or claim taken over; C&W 3a: the inherited house sold to a buyer
    assert kind(
        "Na het overlijden van mijn tante stuurt haar zorgverzekeraar mij als erfgenaam een nota van 800 euro."
    ) == ("overgenomen_vordering")
    assert kind("Het verpleeghuis van mijn overleden vader geeft de borg niet terug aan ons, de erfgenamen.") == (
        "overgenomen_vordering"
    )
    assert kind("Mijn broer en ik zijn het als erfgenamen oneens over de verdeling van de spullen van onze vader.") == (
        "erfenis"
    )
    assert kind(
        "Als erfgenamen hebben we de woning van moeder verkocht en nu eist de koper geld voor een lekkage."
    ) == ("andere_woning")


def test_the_deceaseds_policy_used_by_the_survivors() -> None:
    # art. 1: survivors of an insured who died in an accident
    found = dialogue.facts_in_description(
        "Mijn vrouw is doodgereden door een vrachtwagen. Kan ik haar verzekering gebruiken om de schade te verhalen?"
    )
    assert found.get("involved") == "surviving_relative", found


def test_a_funeral_directors_bill_is_a_consumer_contract() -> None:
    # C&W 2b: "de ondernemer" is the other side, no business of the customer's
    assert dialogue.parse_role("De ondernemer zegt dat extra posten gebruikelijk zijn.") is None
    assert kind("De steenhouwer heeft de verkeerde naam op de grafsteen gezet en wil hem niet vervangen.") == (
        "consumentenkoop"
    )


def test_the_policy_of_the_deceased_asked_in_english() -> None:
    # art. 15: the policy ends when the policyholder dies; the partner may go on
    reply = language_answer.question_answer("My husband passed away. Does the policy just continue for me?")
    assert reply and "art. 15" in reply and "partner" in reply, reply


def test_a_dispute_with_a_child_at_home_about_an_inheritance() -> None:
    # art. 1: a conflict between two insured people; '(niet alleenstaand)' told in brackets
    reply = _last(
        "De polis staat op mijn naam (niet alleenstaand). Onze dochter van 24, die nog bij ons thuis woont, eist haar "
        "erfdeel van haar overleden vader. Kan ik tegen haar via de verzekering hulp krijgen?"
    )
    assert "art. 1 Algemene regels" in reply and "geen van beiden" in reply, reply


def test_an_inheritance_abroad_names_its_article_and_the_countries() -> None:
    # C&W 2i, but C&W 4: only in the EU
    reply = _last(
        "Mijn moeder liet in Marokko een huis na en mijn ooms daar willen alles houden. Ik heb Consument & Wonen."
    )
    assert "2i Consument & Wonen" in reply and "Europese Unie" in reply, reply


def test_second_hand_deals_between_people() -> None:
    assert kind("Mijn zus kocht een auto en ik heb haar daarvoor 2.000 euro geleend, ze betaalt niet terug.") == (
        "geld_uitgeleend"
    )  # C&W 3f
    assert kind("Ik heb mijn oude Opel verkocht en nu zegt de koper dat ik een verborgen gebrek heb verzwegen.") == (
        "contract_motorrijtuig"
    )  # Verkeer 3e
    assert kind("Een advocaat schrijft namens het merk dat ik nepschoenen heb verkocht op Vinted.") == (
        "intellectueel_eigendom"
    )  # art. 11o
    assert kind("Ik kocht een tweedehands bestelbus bij een handelaar, hij lekt olie.") == "contract_motorrijtuig"


def test_a_new_customer_with_an_older_conflict() -> None:
    # art. 9: the first event before the policy began
    assert (
        dialogue.first_event_in_text("Ik ben sinds vorige week klant bij jullie. In maart kocht ik een fiets.") is False
    )


def test_a_child_at_home_threatening_to_sue_is_a_conflict_between_insured() -> None:
    # art. 1
    reply = _last(
        "Onze dochter (20, woont bij ons thuis) kocht mijn oude fiets, nu is hij kapot en ze dreigt met een advocaat."
    )
    assert "geen van beiden" in reply, reply


def test_a_partner_living_in_is_the_other_side_of_a_later_answer() -> None:
    # art. 1: "we wonen samen" told after the partner's deed makes it a conflict between two insured people
    reply = _last(
        "Mijn vriendin heeft zonder te vragen een telefoonabonnement op mijn naam genomen en weigert mij de 600 euro terug "
        "te betalen.",
        "We wonen samen, er staat geen 'alleenstaand' op de polis.",
    )
    assert "geen van beiden" in reply and "art. 1" in reply, reply


def test_the_other_sides_costs_come_with_the_maximum() -> None:
    # art. 6: the other side's court costs count towards the maximum per event
    reply = cost_questions.cost_answer("Als ik verlies, betalen jullie dan de proceskosten van de tegenpartij?")
    assert reply and "€ 15.000 per gebeurtenis" in reply.split(". ")[1], reply


def test_advice_asked_after_a_no() -> None:
    # Inleiding: first advice free, a discount
    assert conversation.faq_topic_in("Balen. Kan ik dan wel ergens advies krijgen?") == "not_covered"
    assert conversation.faq_topic_in("Kan ik dan hulp krijgen bij mijn bezwaar?") is None


def test_new_business_matters_told_later_are_income_outside_employment() -> None:
    # Inkomen 3a / C&W 1
    assert kind("En een klant van mijn schildersbedrijf die zijn rekening niet betaalt?") == "zzp_opdracht"
    assert kind("Een opdrachtgever betaalt mijn factuur van 900 euro niet.") == "zzp_opdracht"
    assert kind("Ik geef naast mijn baan bijles en een ouder betaalt de lessen niet.") == "zzp_opdracht"
    assert kind("Ik ben gestopt met werken en begin een eigen kapsalon, de verbouwer is te laat.") == "bedrijf_starten"


def test_tried_to_solve_it_first_gets_the_reporting_rule() -> None:
    # art. 7 and 11b
    assert conversation.faq_topic_in("Ik wilde het eerst zelf oplossen, is dat een probleem?") == "report"


def test_a_follow_up_on_a_natural_disaster_keeps_its_exclusion() -> None:
    # art. 11m holds for every conflict the disaster brings
    story = "Door de overstroming van de rivier stond ons huis onder water en nu weigert de verzekeraar."
    chat = Chat()
    chat.slots.update(after_verdict(story))
    reply = " ".join(
        chat.say("Maar het waterschap heeft niet gewaarschuwd. Kunnen we hen aansprakelijk stellen?", "check_coverage")
    )
    assert "11m" in reply, reply


def test_the_maximum_asked_for_several_matters_of_one_event() -> None:
    # art. 6: related events share one maximum
    assert conversation.faq_topic_in("Het zijn drie dingen, dus ik kan 3 keer 15.000 gebruiken?") == "maximum"
    assert "alle gebeurtenissen samen" in conversation.answer_text("maximum", "3 keer 15.000?")


def test_storms_fires_and_riots() -> None:
    # C&W 2e: a neighbour's fire is no traffic; art. 11s: riots across the country; Verkeer 3b: a thing blown onto the bike
    assert (
        kind(
            "Mijn buurman was in zijn schuur aan het sleutelen aan zijn scooter en ineens stond alles in brand; het vuur "
            "sloeg over naar ons huis. Hij zegt dat het een ongeluk was."
        )
        == "burenconflict"
    )
    assert kind("Bij de rellen die in meerdere steden tegelijk uitbraken is mijn auto in brand gestoken.") == "molest"
    assert kind("Een bouwhek is tijdens de storm tegen mijn geparkeerde fiets gewaaid, het wiel is krom.") in (
        "schade_vervoermiddel",
        "schade_zonder_motorrijtuig",
    )


def test_another_insurers_refusal_asked_to_fight_is_no_complaint() -> None:
    assert coverage_story(
        "Onze inboedelverzekeraar wijst de schade af wegens 'slijtage'. Kan ARAG namens ons tegen deze afwijzing ingaan?"
    )
    assert coverage_story(
        "Ons huis liep onder water en onze verzekeraar weigert. Kunnen jullie een procedure tegen de verzekeraar voeren?"
    )
    assert coverage_story(
        "Ik had tot mei een polis bij jullie. De schilder heeft in april er een potje van gemaakt. Kan ik dit melden?"
    )
    assert not coverage_story("Jullie hebben mijn claim afgewezen. Kunnen jullie tegen deze afwijzing ingaan?")


def test_an_unsure_cause_gets_the_expert_report() -> None:
    # art. 9: an expert report may be asked first; ARAG pays one when it helps on
    reply = _last("Er lekt water in mijn kelder, misschien door de leiding van de buren, maar ik weet het niet zeker.")
    assert "deskundigenrapport" in reply and "art. 9" in reply, reply


def test_side_business_and_the_job() -> None:
    # Inkomen 2b: the employer's dismissal over a side shop; C&W 2b: a purchase for working at home
    assert kind(
        "Ik ben wijkagent en heb naast mijn werk een webwinkeltje. De korpsleiding dreigt met strafontslag."
    ) == ("ambtenaar")
    assert kind("Ik werk thuis voor mijn werkgever en kocht een bureaustoel bij een webshop die stuk ging.") == (
        "consumentenkoop"
    )
    assert "art. 1 Consument & Wonen" in _last(
        "Ik verkoop zelfgemaakte kaarsen via Etsy en verdien er 300 euro per maand mee. Een klant eist zijn geld terug."
    )


def test_a_family_policy_is_no_single_persons_policy() -> None:
    # art. 1: a child studying elsewhere is insured with a 'gezinspolis'
    assert dialogue.alleenstaand_in_text("Wij hebben een gezinspolis met Inkomen.") is False
    reply = _last(
        "Onze zoon (21) woont op kamers voor zijn studie. Zijn baas heeft hem via WhatsApp ontslagen en betaalt "
        "zijn loon niet. Wij hebben een gezinspolis met Inkomen."
    )
    assert "2a Inkomen" in reply and "geen van beiden" not in reply, reply


def test_english_holiday_home_of_ones_own() -> None:
    # C&W 3a and 4: a home of one's own abroad
    reply = language_answer.what_follows(
        "We own a holiday home in the south of Spain. The builder took the money and left."
    )
    assert reply and "3a Consument & Wonen" in reply, reply


def test_a_claim_against_the_driver_is_no_claim_against_the_child() -> None:
    # Verkeer 3a for the child at home; art. 1's conflict between insured only when the child is the other side
    reply = _last(
        "Onze dochter van 15 woont thuis en is op de fiets aangereden door een bestelbus. Wij hebben een gezinspolis. "
        "Kunnen we de bestuurder aansprakelijk stellen?"
    )
    assert "3a Verkeer" in reply and "geen van beiden" not in reply, reply


def test_a_child_studying_elsewhere_asked_after_the_verdict() -> None:
    # art. 1: a child living elsewhere for a day study is insured too, so the answer stays
    story = (
        "Mijn dochter van 22 woont nog bij ons thuis. Ze heeft mijn auto geleend en de bumper beschadigd, 900 euro. Ze "
        "weigert te betalen. Kan ik haar via de rechtsbijstand aanspreken? We hebben een gezinspolis met Verkeer."
    )
    last = after_verdict(story)["cc_state"]["last"]
    note = notes_after(last, CheckState.load(last["state"]), "En als hij op kamers woont voor zijn studie?")
    assert "dagstudie" in note and "art. 1" in note, note


def test_parents_writing_about_their_children() -> None:
    # C&W 1: a friend of the child on a holiday the family booked; C&W 3a: a home bought for a child; art. 11o: a child's
    # drawings sold by a brand; art. 1: the au pair as the other side
    reply = _last(
        "We hebben voor ons gezin en de vriendin van onze zoon een huisje in Italië geboekt, de verhuurder geeft de borg niet "
        "terug. Is zij meeverzekerd? We hebben C&W."
    )
    assert "reisgeno" in reply and "2b Consument & Wonen" in reply, reply
    assert kind("Wij kopen een studio in Utrecht voor onze zoon; de verkoper wil nu meer geld.") == "andere_woning"
    assert kind("Een webshop verkoopt posters met haar tekening erop zonder het te vragen.") == "intellectueel_eigendom"
    assert "geen van beiden" in _last("Onze au pair eist meer zakgeld en dreigt met een advocaat.")


def test_another_way_typed_on_a_phone() -> None:
    # Inleiding: "op n andere manier helpen?" after a no is the offer (first advice, a discount)
    assert faq_turn.named_topic("balen. kunnen jullie me dan op n andere manier helpen?") == "not_covered"


def test_more_chat_shorthand_is_written_out() -> None:
    # round 107: "gwn", "wk", "zsm"
    assert fold("ik wil t gwn zsm regelen, over 2 wk") == "ik wil t gewoon zo snel mogelijk regelen, over 2 week"
