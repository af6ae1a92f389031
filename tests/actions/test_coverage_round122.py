"""Issue 11, fifteenth session, rounds 122-125 (misconceptions about the policy, long detailed stories, a working life,
exclusions in disguise): readings and routes fixed from their misses, each tested in new wordings (not the eval sets'
lines) with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import check, joined
from testkit.stories import kind, state_of

from flexbot.flexpolis import conversation, cost_questions, dialogue_amounts, dialogue_dates
from flexbot.flexpolis.dialogue_policy import options_in_text, parse_modules


# ---------------------------------------------------------------- misconceptions: what ARAG pays
def test_costs_the_court_awards_go_to_arag_also_asked_beside_the_story() -> None:
    reply = joined(
        check(
            "We hebben de zaak tegen de schilder gewonnen en hij moet 900 euro proceskosten betalen. Dat bedrag is toch "
            "voor ons?"
        )[1],
        0,
    )
    assert "krijgt ARAG dat geld" in reply and "art. 6" in reply


def test_a_penalty_per_day_is_art_10_and_no_stake() -> None:
    assert dialogue_amounts.amount_in_text("De rechter legt een dwangsom op van 100 euro per dag.") is None
    assert conversation.faq_topic_in("Die dwangsom valt toch onder mijn verzekering?") == "costs"
    assert "dwangsommen" in (cost_questions.cost_answer("Betalen jullie de dwangsom?") or "")


def test_the_maximum_is_per_event_not_per_year_and_none_for_verkeer_in_the_netherlands() -> None:
    assert conversation.faq_topic_in("Ik heb toch maar 15.000 euro per jaar? Mijn budget is bijna op.") == "maximum"
    assert conversation.faq_topic_in("Ik ben bang dat jullie bij 15.000 euro stoppen, klopt dat?") == "maximum"
    assert conversation.faq_topic_in("Het is een plafond aan de kamer, het lekt.") != "maximum"
    reply = joined(
        check(
            "Mijn dochter Sara (17, woont thuis) is op de fiets geschept door een bestelbus in Zwolle. We hebben alle "
            "modules. Ik lees '15.000 euro maximaal'. Is dat genoeg?"
        )[1],
        0,
    )
    assert "geen maximum" in reply and "€ 17 " not in reply and "meer dan € 175 gaan" not in reply


def test_a_lawyer_called_at_once_or_billed_is_11a() -> None:
    reply = joined(
        check(
            "Mijn werkgever heeft me ontslagen. Ik heb direct de advocaat gebeld die mijn buurman aanraadde, en nu heb "
            "ik een rekening van mr. Bakker. Kan ik die bij jullie indienen?"
        )[1],
        0,
    )
    assert "11a" in reply


def test_the_wa_insurer_is_named_for_a_claim_on_the_customer() -> None:
    reply = joined(
        check("Mijn dochter heeft met haar fiets de auto van de buren beschadigd en ze willen 700 euro van ons.")[1], 0
    )
    assert "2k" in reply and "WA-verzekering" in reply


def test_the_modules_said_first_in_short() -> None:
    assert parse_modules("Alleen Verkeer hier. Mijn auto is bij de garage slecht gerepareerd.") == frozenset(
        {"verkeer"}
    )
    assert parse_modules("Bij het afsluiten koos ik voor Inkomen, zonder arbeidsrecht.") == frozenset({"inkomen"})
    # "alles" in a story is not all modules; said of the policy it is
    assert parse_modules("Bij de keuring was alles in orde. Ik heb Consument & Wonen.") == frozenset(
        {"consument_wonen"}
    )
    assert parse_modules("We hebben alles.") == frozenset({"consument_wonen", "verkeer", "inkomen"})


def test_the_policy_taken_privately_is_no_private_role() -> None:
    state = state_of(
        "Ik bezorg als zelfstandige maaltijden met mijn eigen scooter en werd aangereden. Ik heb privé een Flexpolis met Verkeer."
    )
    assert state.question.role == "zakelijk"  # Verkeer 4c


# ---------------------------------------------------------------- long stories with side facts
def test_side_facts_of_long_stories_decide_nothing() -> None:
    assert (
        kind(
            "Ik huurde een studio via Kamerbemiddeling Noord, huurcontract tot juli. Bij de oplevering was alles "
            "schoon, de verhuurder houdt toch mijn borg in."
        )
        == "huur_woning"
    )
    assert (
        kind(
            "Mijn adviseur van de bank heeft mijn geld in fondsen gestopt en ik ben de helft kwijt. Kan ARAG de "
            "adviseur voor mij aansprakelijk stellen?"
        )
        == "vermogensbeheer"
    )  # C&W 3d
    assert (
        kind(
            "Ik ben benoemd tot statutair directeur en heb salaris, pensioen en een auto. De aandeelhouders ontslaan "
            "me."
        )
        == "statutair_directeur"
    )  # Inkomen 3c
    assert (
        kind(
            "Het CBR heeft mijn rijbewijs ongeldig verklaard. Er is geen sprake van een overtreding, ik heb nooit een "
            "bekeuring gehad."
        )
        == "rijbewijs"
    )  # Verkeer 3d
    assert (
        kind(
            "Mijn moeder overleed in 2012; mijn zus woont in haar huis en wil het kopen voor de oude WOZ-waarde. "
            "Ik heb sinds 2016 Consument & Wonen."
        )
        == "erfenis"
    )  # C&W 2i, no tax conflict
    assert state_of(
        "Ik werk bij een zorgbedrijf, een dochter van een grote groep, en ben ontslagen."
    ).question.involved != ("child_home")


def test_a_build_year_and_a_policy_taken_later_in_a_long_story() -> None:
    assert (
        dialogue_dates.first_event_in_text(
            "In maart kocht ik een Peugeot 208 uit 2015 bij een dealer. Ik heb Verkeer sinds 2020."
        )
        is not False
    )
    assert (
        dialogue_dates.first_event_in_text(
            "De ruzie met de buren begon in 2021. In mei 2023 hebben we, na lang twijfelen, een rechtsbijstandverzekering "
            "afgesloten."
        )
        is False
    )  # art. 9
    assert (
        dialogue_dates.first_event_in_text(
            "Sinds ongeveer drie jaar hebben we ruzie met de overburen. Vorige week hebben we eindelijk een verzekering "
            "bij jullie afgesloten."
        )
        is False
    )
    assert options_in_text(
        "We hebben Consument & Wonen inclusief eigen woning, zonder uitsluiting van burenrecht."
    ) == {"eigen_woning": True, "uitsluiting_burenrecht": False}
    assert options_in_text("Ik heb C&W zonder eigen woning.") == {"eigen_woning": False}


# ---------------------------------------------------------------- a working life; exclusions in disguise
def test_own_bonus_is_no_success_fee_but_a_percentage_for_the_lawyer_is() -> None:
    assert cost_questions.cost_keys("Mijn werkgever heeft mijn bonus geschrapt.") == []
    assert cost_questions.cost_keys("De advocaat wil 15% van het resultaat als we winnen.") == [
        "succesbeloning"
    ]  # art. 10


def test_exclusions_told_without_their_names() -> None:
    assert (
        kind("Een beeldbank stuurt me een factuur van 600 euro voor een foto op mijn blog.") == "intellectueel_eigendom"
    )
    assert kind(
        "Ik heb als borg getekend voor het appartement van mijn neef en de verhuurder eist nu zijn huur van mij."
    ) == ("overgenomen_vordering")  # 11n
    assert (
        kind("Mijn spaargeld is in fondsen gestopt door de bank en nu is het de helft minder waard.")
        == "vermogensbeheer"
    )
    reply = joined(
        check(
            "In januari kreeg ik een dagvaarding van mijn oude verhuurder voor schade die er al zat toen ik erin trok. "
            "Daar reageerde ik niet op. Nu ligt er een vonnis en belt een deurwaarder. Kunnen jullie helpen?"
        )[1],
        0,
    )
    assert "2c" in reply and "11b" in reply


def test_intent_and_threats_told_in_the_story() -> None:
    reply = joined(check("Uit woede heb ik de antenne van zijn auto eraf getrapt. Nu eist hij 300 euro van mij.")[1], 0)
    assert "11p" in reply
    state = state_of("De loodgieter heeft me 3.000 euro afgetroggeld. Ik ga met een paar maten bij hem langs.")
    assert state.question.facts.get("dreiging_geuit") is True  # art. 11f


def test_the_other_side_reporting_the_customer_to_the_police_is_art_12() -> None:
    assert conversation.faq_topic_in("En als zij ook nog aangifte doet?") == "criminal"
    assert conversation.faq_topic_in("Hij heeft aangifte gedaan bij de politie. Helpen jullie daarbij?") == "criminal"
    assert conversation.against_arag_note("Ik neem een advocaat om ARAG aan te pakken.")  # art. 11q
