"""Issue 11, fourteenth session, rounds 117-119 (professionals and advisers; a sustainable home; right after it
happened): readings and routes fixed from their misses, each tested in new wordings (not the eval sets' lines) with the
seed's article."""

from __future__ import annotations

from testkit.stories import kind

from bot.components.third_party import coverage_story
from flexbot.flexpolis import conversation
from flexbot.flexpolis.dialogue_amounts import amount_in_text
from flexbot.flexpolis.dialogue_country import country_in_description


# ---------------------------------------------------------------- stories about others are no complaint
def test_stories_told_to_arag_about_someone_else_are_coverage_stories() -> None:
    assert coverage_story(
        "Beste ARAG, mijn dochter had gisteren zwemles en de badmeester lette niet op. Ze heeft haar arm gebroken en "
        "het zwembad zegt dat het haar eigen schuld is. Wij zijn het daar niet mee eens."
    )
    assert coverage_story(
        "De orthodontist rekent 90 euro voor een afspraak die ik via hun website had afgezegd. Wat nu?"
    )
    assert coverage_story(
        "Een fietser reed tegen mijn geparkeerde bakfiets. Hij eist 800 euro en dreigt met een advocaat. Mijn "
        "inboedelverzekeraar wil niets doen. Wat nu?"
    )
    assert coverage_story("Mijn kapper heeft mijn haar verpest en weigert te betalen. Kunnen jullie dit oplossen?")
    assert not coverage_story("Beste ARAG, jullie jurist belt nooit terug. Wat nu?")


# ---------------------------------------------------------------- readings
def test_readings_of_professionals_and_the_home() -> None:
    assert (
        kind("De notaris heeft bij de overdracht van mijn woning een recht van overpad niet genoemd.") == "eigen_woning"
    )
    assert (
        kind("Onze architect wil zijn hele declaratie, terwijl de gemeente de vergunning weigerde.") == "eigen_woning"
    )
    assert (
        kind("De notaris rekende voor ons samenlevingscontract 90 euro meer dan in de offerte stond.")
        != "geen_conflict"
    )
    assert kind("Ik huur een flat en heb een schilder ingehuurd die de muren verknoeide.") == "consumentenkoop"
    assert kind(
        "Mijn subsidie voor de zonneboiler is door RVO afgewezen, terwijl de installateur zei dat het kon."
    ) == ("overheidsbesluit")  # C&W 2f
    assert kind("Het bouwbedrijf dat onze keuken zou plaatsen is failliet en we hebben 5.000 euro aanbetaald.") != (
        "schulden"
    )  # their insolvency, not the customer's debts (11l)
    assert (
        kind("Ik ben penningmeester van onze VvE en een eigenaar stelt mij aansprakelijk.") == "bestuurder_vereniging"
    )
    assert kind("Ik heb helemaal geen geld meer en twee deurwaarders zitten achter me aan.") == "schulden"  # 11l
    assert kind("Mijn studie is architect en DUO eist 3.000 euro terug.") != "eigen_woning"


def test_readings_right_after_it_happened() -> None:
    assert (
        kind("Een deurwaarder bracht vanochtend een dagvaarding: mijn oude huisbaas eist 1.200 euro.") == "huur_woning"
    )
    assert kind("Iemand heeft een video over mij op Instagram geplaatst met de tekst dat ik steel.") == (
        "onrechtmatige_daad"
    )  # C&W 2a
    assert kind("Mijn vrouw is vanochtend vertrokken, ze wil scheiden en heeft de spaarrekening leeggehaald.") == (
        "echtscheiding"
    )  # C&W 3g
    assert kind("Iemand eist 900 euro van mij wegens schending van zijn auteursrecht op een foto.") == (
        "intellectueel_eigendom"
    )  # 11o
    assert kind(
        "Onze reis naar Napels ging niet door omdat de Vesuvius is uitgebarsten en de reisorganisatie betaalt niet."
    ) == ("natuurramp")  # 11m
    assert kind("Mijn auto werd weggesleept en bij het ophalen bleek de bumper beschadigd.") == "schade_vervoermiddel"


def test_what_decides_the_first_answer() -> None:
    # 11g: the collection costs told in a clause do not count
    assert amount_in_text("Een rekening van 95 euro, met alle kosten erbij willen ze nu 180 euro.") == 95
    # the town of the airport is the country
    assert country_in_description("We zitten op het vliegveld van Antalya en het hotel is overboekt.") == "TR"
    # art. 9: a policy taken out after the accident
    first = conversation.coverage_first(
        "Vanmorgen werd ik aangereden op de fiets en daarna heb ik meteen een rechtsbijstandverzekering afgesloten. Ben ik "
        "verzekerd?"
    )
    assert first and "art. 9" in first
    # art. 1: written for a sister, who is not insured
    sister = conversation.coverage_first("Ik schrijf namens mijn zus. Haar buurman heeft haar schutting omgereden.")
    assert sister and "art. 1" in sister


def test_questions_right_after_it_happened() -> None:
    topic = conversation.faq_topic_in
    assert topic("Is het een probleem als ik het pas over twee weken meld?") == "report"
    assert topic("Kunnen jullie vanavond nog iets doen, of moet ik tot maandag wachten?") == "report"
    assert topic("Als ik nu een nieuwe verzekering afsluit, meld ik het dan daarop?") == "waiting_period"
