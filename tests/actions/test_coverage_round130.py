"""Issue 11, sixteenth session, rounds 130-132 (a realistic week of chats, one story with two questions, details that
change the answer): readings and routes fixed from their misses, each tested in new wordings (not the eval sets' lines)
with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import Chat, check, joined

from flexbot.flexpolis import conversation, cost_questions, dialogue, faq_reader


# ---------------------------------------------------------------- a second question no keyword route knows
def test_the_learned_reader_reads_the_general_question_of_one_sentence() -> None:
    assert faq_reader.topic("En hoe snel laten jullie me weten of ik geholpen word?") == "answer_time"  # art. 5
    assert faq_reader.topic("Hoe zeg ik mijn polis op en hoeveel tijd van tevoren?") == "cancel"  # art. 15
    # the end of a story asks for help with the conflict, no general question
    assert faq_reader.topic("Wat kan ik doen?") is None
    assert faq_reader.topic("Kunnen jullie ons hierbij helpen?") is None
    assert faq_reader.topic("Klachten horen bij het Klachtenbureau, hoe dien ik er een in?") is None  # the detector's


def test_a_second_question_beside_a_story_gets_its_own_answer() -> None:
    story = "Mijn buurman zaagt mijn heg om. Kunnen jullie helpen? En hoeveel dagen zit er tussen mijn melding en jullie besluit?"
    assert conversation.second_faq_topic(story) is None  # no keyword route knows it
    assert conversation.learned_topic(story, set()) == "answer_time"
    reply = joined(check(story)[1], 0)
    assert "2e Consument & Wonen" in reply and "2 werkdagen" in reply  # the neighbour (C&W 2e), the answer (art. 5)


def test_two_general_questions_in_one_clause() -> None:
    asked = (
        "Tot welk bedrag betalen jullie buiten Europa, en vergoeden jullie ook de treinkaartjes en het hotel als ik naar "
        "een rechtbank in het buitenland moet?"
    )
    assert conversation.other_faq_topic(asked, "maximum") == "costs"  # art. 6: travel and nights for a foreign court


def test_the_maximum_asked_in_other_words() -> None:
    assert (
        conversation.second_faq_topic(
            "De schilder heeft de kozijnen verknoeid. Helpen jullie? Hoeveel geld steken jullie er maximaal in?"
        )
        == "maximum"
    )
    assert conversation.faq_topic_in("En als de kosten boven de 15.000 euro uitkomen, wat dan?") == "maximum"


def test_an_expert_named_in_a_compound_is_the_expert_report() -> None:
    assert cost_questions.cost_keys("Wie betaalt een bouwexpert als die nodig is om het te bewijzen?")


# ---------------------------------------------------------------- the other conflict, once the modules are told
def test_the_other_conflict_is_answered_again_when_the_modules_are_told() -> None:
    chat = Chat()
    first = " ".join(
        chat.say(
            "Twee zaken: mijn huisbaas wil de huur met 15% verhogen, en mijn baas betaalt mijn overuren niet uit. "
            "Kunnen jullie helpen?"
        )
    )
    assert "2c Consument & Wonen" in first and "Dan het andere conflict" in first and "2a Inkomen" in first
    second = " ".join(chat.say("Consument & Wonen en Inkomen"))
    assert "En het andere conflict: U bent hiervoor verzekerd met de module Inkomen (art. 2a Inkomen)" in second


def test_the_other_conflict_not_on_the_policy_is_said_so() -> None:
    chat = Chat()
    chat.say("Twee dingen: de UWV heeft mijn WW stopgezet. En mijn pensioenfonds rekent mijn pensioen verkeerd uit.")
    second = " ".join(chat.say("Ik heb alleen Consument & Wonen."))
    assert "En het andere conflict" in second and "Inkomen" in second  # Inkomen 2e: not on the policy


# ---------------------------------------------------------------- readings
def test_a_home_bought_before_the_contract_was_signed() -> None:
    found = dialogue.facts_in_description(
        "We deden een bod op een flat en de verkoper ging akkoord, maar nog voor de tekening van de koopovereenkomst "
        "verkocht hij aan een ander."
    )
    assert found["conflict"] == "woning_kopen_voor_tekenen"  # C&W 2d


# ---------------------------------------------------------------- corrections that change the answer
def _after_the_verdict(*turns: str) -> str:
    """The replies to the last turn, sent after the check ended (the follow-up action, as Rasa runs it)."""
    import asyncio

    from rasa_sdk import Tracker
    from rasa_sdk.executor import CollectingDispatcher

    from actions.coverage import ActionCoverageFollowUp

    chat = Chat()
    for text in turns[:-1]:
        chat.say(text)
    assert chat.slots["requested_slot"] is None  # the check has ended
    out = CollectingDispatcher()
    tracker = Tracker(
        "t", dict(chat.slots), {"text": turns[-1], "intent": {"name": "inform"}}, [], False, None, {}, None
    )
    asyncio.run(ActionCoverageFollowUp().run(out, tracker, {}))
    return " ".join(str(m.get("text") or m.get("response")) for m in out.messages)


def test_sober_after_all_the_drink_no_longer_decides() -> None:
    reply = _after_the_verdict(
        "Een automobilist sneed mij af op de ringweg en ik knalde op de vangrail. Ik had wel drie wijntjes op, de "
        "blaastest was positief. Ik heb Verkeer.",
        "sorry ik vergis me, mijn man reed en hij had niets gedronken",
    )
    assert "dat verandert het antwoord" in reply and "3a Verkeer" in reply and "4a" not in reply


def test_a_correction_mid_check_is_no_answer_to_the_question() -> None:
    chat = Chat()
    chat.say(
        "Mijn fietsenmaker heeft de ketting verkeerd gemonteerd, 300 euro betaald, hij weigert het te herstellen. Ik heb C&W."
    )
    assert "uzelf" in " ".join(chat.say("Het gaat om mij zelf.")) or chat.slots  # taken as the customer (art. 1)
    chat.say("privé")
    reply = " ".join(chat.say("sorry ik bedoel mijn brommer, niet mijn fiets."))
    assert "3c Consument & Wonen" in reply and "art. 9" not in reply  # a motor vehicle, not a "nee" to art. 9


def test_a_home_let_out_set_straight() -> None:
    chat = Chat()
    chat.say("De stukadoor heeft de muren in de woonkamer verknoeid, 2.800 euro. Wij hebben C&W met eigen woning.")
    reply = " ".join(
        chat.say("oh wacht, het gaat niet om ons eigen huis maar om het huis dat ik verhuur aan studenten")
    )
    assert "3b Consument & Wonen" in reply  # letting out is excluded


def test_a_module_of_some_weeks_and_an_event_months_ago() -> None:
    from datetime import date

    from flexbot.flexpolis.dialogue_dates import MONTHS

    months_ago = MONTHS[(date.today().month - 1 + 6) % 12]  # half a year from now: never this month or the last
    chat = Chat()
    chat.say(
        "De garage heeft bij de grote beurt de remleidingen verkeerd aangesloten, herstel kostte 900 euro. Ik heb Verkeer."
    )
    reply = " ".join(chat.say(f"o, Verkeer heb ik pas sinds twee weken, die beurt was in {months_ago}"))
    assert "art. 9" in reply and "niet verzekerd" in reply  # the first event before the module (art. 9)


def test_news_told_with_the_modules_is_no_correction() -> None:
    chat = Chat()
    chat.say("De feestzaal heeft ons feest afgezegd en houdt de aanbetaling van 2.000 euro.")
    reply = " ".join(chat.say("Consument & Wonen. Mijn vriend en ik woonden samen, maar hij is inmiddels vertrokken."))
    assert "2b Consument & Wonen" in reply and "3g" not in reply  # the booking (C&W 2b), no separation read into it


# ---------------------------------------------------------------- two questions in a later turn
def test_two_questions_whose_second_starts_with_a_verb() -> None:
    assert conversation.other_faq_topic(
        "Tot hoeveel betalen jullie en moeten we zelf een eigen risico betalen?", "maximum"
    ) == ("eigen_risico")  # art. 6 and art. 14
    assert (
        conversation.other_faq_topic(
            "Binnen hoeveel tijd moet ik een vrijspraak melden? en betaal ik dan eigen risico", "criminal"
        )
        == "eigen_risico"
    )  # art. 12 and art. 14


def test_a_question_without_a_question_mark_beside_another() -> None:
    asked = "twee dingen: als ik iets meld hoe lang duurt het voor ik weet of ik gedekt ben, en moet ik de originele bonnen opsturen"
    assert conversation.other_faq_topic(asked, "report") == "answer_time"  # art. 7 (copies) and art. 5 (2 werkdagen)


# ---------------------------------------------------------------- round 133 (an ordinary week typed on phones)
def test_bail_after_an_accident_abroad_with_verkeer_names_the_loan() -> None:
    reply = joined(
        check(
            "mijn man zit vast in Marokko na een ongeluk met onze auto, ze eisen 10.000 borg voor hij weg mag. we hebben Verkeer."
        )[1],
        0,
    )
    assert "3a Verkeer" in reply and "art. 13" in reply and "50.000" in reply  # the bail is lent (art. 13)


def test_the_jurist_and_i_see_it_differently() -> None:
    assert conversation.faq_topic_in(
        "mijn jurist en ik zien het anders: hij wil stoppen, ik wil doorzetten. hoe nu?"
    ) == ("disagreement")  # art. 17


def test_readings_typed_on_a_phone() -> None:
    assert (
        dialogue.facts_in_description("de gemeente heeft onze hond als gevaarlijk aangemerkt, nooit iemand gebeten")[
            "conflict"
        ]
        == "overheidsbesluit"
    )  # C&W 2f: a decision about the customer
    assert (
        dialogue.facts_in_description("de gemeente heeft ons een boete opgelegd omdat de hond los liep")["conflict"]
        == "boete"
    )
    # a rule for every dog is a law (art. 11k), not a decision about one's own (a full run at 9e7a68d found this)
    rule = "De gemeente heeft een nieuwe regel gemaakt: alle honden in het bos aanlijnen. Ik wil daar tegenin."
    assert dialogue.facts_in_description(rule)["conflict"] == "wetgeving"
    assert dialogue.facts_in_description("ik ben statutair dir. van onze bv en de aandeelhouders willen me weg")[
        "conflict"
    ] == ("statutair_directeur")  # Inkomen 3c


def test_an_amount_charged_too_much_without_euro() -> None:
    from flexbot.flexpolis import dialogue_amounts

    assert dialogue_amounts.amount_in_text("de garage rekende 120 te veel voor de apk") == 120
    chat = Chat()
    chat.say("de garage rekende 120 te veel voor de apk van mn auto")
    reply = " ".join(chat.say("Verkeer en C&W"))
    assert "3e Verkeer" in reply and "geen minimumbedrag" in reply  # Verkeer has no minimum (art. 11g)


def test_a_debt_that_is_really_a_surety() -> None:
    reply = _after_the_verdict(
        "de deurwaarder stond vanochtend aan de deur voor een schuld van 6.000 die ik niet kan betalen",
        "het is eigenlijk de lening van mijn dochter, ik stond borg voor haar",
    )
    assert "11n" in reply  # a debt taken over by a surety (art. 11n), not one the customer cannot pay (11l)


def test_a_policy_that_ended_months_ago_told_in_passing() -> None:
    from flexbot.flexpolis import dialogue_dates

    assert dialogue_dates.reported_after_end(
        "had tot 3 mnd geleden een polis bij jullie, nu ruzie met mijn oude huisbaas"
    )
    assert dialogue_dates.reported_after_end("we waren tot een jaar geleden verzekerd bij jullie")  # art. 11c


def test_a_correction_read_by_rasa_as_a_new_story_corrects_the_last_one() -> None:
    chat = Chat()
    chat.say("Ik rijd taxi met mijn eigen bedrijf. Vorige week reed iemand door rood tegen mijn taxi. Ik heb Verkeer.")
    assert chat.slots["requested_slot"] is None  # not insured (Verkeer 4c): the check has ended
    reply = " ".join(
        chat.say("nee sorry, verkeerd verteld: het was zaterdag, in onze eigen privéauto. Niet in de taxi.")
    )
    assert "3a Verkeer" in reply and "Wat voor conflict" not in reply


def test_a_corrected_thing_read_as_a_description_mid_check() -> None:
    chat = Chat()
    chat.say("De fietsenmaker heeft mijn fiets slecht gerepareerd, 400 euro betaald. Hij wil niks doen. Ik heb C&W.")
    reply = " ".join(
        chat.say("sorry, ik bedoel mijn brommer, niet mijn fiets. Verkeer heb ik niet.", intent="check_coverage")
    )
    assert "3c Consument & Wonen" in reply  # a motor vehicle: not under C&W


def test_a_month_told_with_a_module_of_long_standing_says_nothing_of_art_9() -> None:
    from flexbot.flexpolis import dialogue_dates

    # the month rule is for a policy of some days or weeks only (a run of all sets found this at 71bfba0)
    told = "Ik was in juli met mijn gezin in Marokko en daar reed een taxi tegen onze huurauto. Wij hebben Verkeer."
    assert dialogue_dates.first_event_in_text(told) is None


def test_the_policy_set_straight_with_a_word_of_correction_is_no_new_story() -> None:
    chat = Chat()
    chat.say(
        "Mijn zoon van 21 woont thuis en heeft mijn fiets van 1.200 euro vernield. Hij weigert te betalen. Kan ik jullie inschakelen?"
    )
    reply = " ".join(
        chat.say("O wacht, op mijn polis staat 'alleenstaand', ik ben gescheiden.", intent="check_coverage")
    )
    assert "3g" not in reply  # the divorce is no conflict here: 'alleenstaand' is the policy (art. 1)


def test_sober_told_in_a_correction_mid_check_reads_no_drink() -> None:
    chat = Chat()
    chat.say(
        "Mijn vrouw reed na een feestje naar huis en iemand kwam van rechts en ramde onze auto. Hij zegt dat er gedronken was."
    )
    reply = " ".join(
        chat.say("We hebben Verkeer. Correctie: ik reed, niet zij, en ik had niets gedronken.", intent="check_coverage")
    )
    assert "3a Verkeer" in reply and "niet verzekerd" not in reply  # sober: not excluded for drink (Verkeer 4a)
