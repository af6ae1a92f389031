"""Issue 11, fifteenth session, rounds 126-129 (customers who correct, several questions in one message, online platforms,
injuries of every kind): readings and routes fixed from their misses, each tested in new wordings (not the eval sets'
lines) with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import check, joined
from testkit.stories import kind, state_of

from flexbot.flexpolis import conversation, cost_questions, dialogue_amounts, matters


# ---------------------------------------------------------------- two conflicts in one message
def test_two_conflicts_in_one_message_each_get_an_answer() -> None:
    reply = joined(
        check(
            "Twee vragen. 1) De schoenenwinkel weigert mijn kapotte laarzen van 95 euro te ruilen. 2) Mijn werkgever "
            "betaalt mijn vakantiegeld niet uit. Ik heb Consument & Wonen en Inkomen."
        )[1],
        0,
    )
    assert "2a Inkomen" in reply  # the check: the employer (Inkomen 2a)
    assert "Dan het andere conflict" in reply and "11g" in reply  # the shoes: EUR 95, under the minimum


def test_one_story_with_a_second_kind_named_in_passing_is_one_matter() -> None:
    story = "Naast ons wordt gebouwd en er zitten scheuren in de muur. De aannemer zegt dat die er al zaten. Wat kan ik doen?"
    assert matters.other_matter(story, kind(story)) is None  # no "twee dingen", no list: one matter
    earlier = "Ik heb al twee zaken gemeld (buren, garage). Nu weer een: de kapper heeft mijn haar verpest, 150 euro."
    assert matters.for_the_check(earlier) == earlier  # cases reported before are no second matter


# ---------------------------------------------------------------- amounts told with their parts
def test_amounts_told_with_their_parts() -> None:
    assert (
        dialogue_amounts.amount_in_text("We boekten 5 nachten voor 900 euro in Porto.") == 900
    )  # the stay, not per night
    assert dialogue_amounts.amount_in_text("Elke maand 19,99 eraf, nu drie maanden, dus bijna 60 euro.") == 60
    assert (
        dialogue_amounts.amount_in_text(
            "Er staat 120 euro open en nu heeft het incassobureau 60 euro rente en kosten erbij gezet."
        )
        == 120
    )  # art. 11g: interest and collection costs do not count
    assert (
        dialogue_amounts.amount_in_text("De winkel is me 140 euro schuldig, daarbovenop 20 euro rente. Samen 160.")
        == 140
    )


# ---------------------------------------------------------------- platforms and traffic
def test_a_ride_taken_is_no_driving_for_a_trade() -> None:
    assert kind("Een Uber-chauffeur sneed me af toen ik op de fiets zat en ik ben gevallen.") != "beroepsvervoer"
    assert kind(
        "Ik rijd voor Uber als zelfstandige, maar volgens mij ben ik gewoon werknemer. Ze blokkeren mijn account."
    ) == ("zzp_opdracht")  # Inkomen 3a (as round 121's "zzp'er ... eigenlijk gewoon werknemer"), not Verkeer 4c
    assert kind("Mijn vriendin vroeg of ik haar concertkaartje kon voorschieten, 120 euro, ze betaalt niet terug.") == (
        "geld_uitgeleend"
    )  # C&W 3f


def test_drink_or_a_licence_taken_confessed_after_the_story_is_verkeer_4a() -> None:
    assert kind("Iemand reed op mij in op de kruising. Klein detail: ik had gedronken.") == "onder_invloed"
    assert (
        kind("Mijn rijbewijs was ingenomen, maar ik moest naar mijn werk en werd onderweg aangereden.")
        == "onder_invloed"
    )


def test_injuries_read_right() -> None:
    assert kind("Tijdens een amateurhockeywedstrijd sloeg een tegenstander met zijn stick op mijn knie.") != (
        "snelheidswedstrijd"
    )  # a ball game is no race (Verkeer 4b)
    assert kind("In de kroeg werd ik neergeslagen door een onbekende. De politie heeft hem opgepakt.") in (
        "slachtoffer",
        "onrechtmatige_daad",
    )  # C&W 2a, not a criminal case of the customer's
    assert kind("Na een kop-staartbotsing loop ik 600 euro per maand aan loon mis.") == "verkeersongeval"  # Verkeer 3a
    state = state_of(
        "Mijn collega reed met mij mee in mijn auto toen een busje ons ramde. Zij heeft letsel. Kan zij via mijn polis hulp "
        "krijgen?"
    )
    assert state.question.involved == "passenger"  # Verkeer 2


def test_questions_named_in_their_own_words() -> None:
    assert conversation.faq_topic_in("Ben ik vrij in de keuze van mijn advocaat?") == "own_lawyer"  # art. 5
    assert conversation.faq_topic_in("Geldt die grens van 15.000 euro ook bij een ongeluk hier?") == "maximum"  # art. 6
    assert conversation.faq_topic_in("Welk mailadres is er voor klachten?") == "complaints"  # art. 20
    assert cost_questions.cost_keys("Hij wil 20% van het resultaat. Zit dat in de vergoeding?") == ["succesbeloning"]
