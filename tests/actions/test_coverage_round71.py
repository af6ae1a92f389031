"""Issue 11, round 71 (sport, hobbies, pets, clubs and volunteering): readings found in round 71's first run, each in
new wordings (not the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import check, joined
from testkit.stories import kind

from bot.components.complaint_rules_cleared import asks_what_is_left
from bot.components.third_party import coverage_story
from flexbot.flexpolis import conversation as talk
from flexbot.flexpolis import dialogue
from flexbot.flexpolis.dialogue_replies import parse_role


def test_injuries_by_someone_elses_thing_or_act_are_stories_of_another() -> None:
    # C&W 2a: hurt by something badly kept or by someone's act; no complaint about ARAG
    for told in (
        "Bij de avondvierdaagse viel een slecht bevestigd bord op mijn hoofd. Hersenschudding.",
        "Tijdens de training ben ik gevallen doordat de mat van de sporthal los lag, pols gebroken.",
        "Ik heb een rechtsbijstandverzekering bij jullie. Mijn kleindochter viel van een huurfiets doordat de rem kapot was.",
    ):
        assert kind(told) in ("onrechtmatige_daad", "consumentenkoop"), told  # C&W 2a, or the rental (2b)
        assert coverage_story(told), told
    assert kind("Onze zoon werd op de tennisbaan geduwd door de vader van een tegenstander.") == "slachtoffer"
    assert kind("Mijn dochter is gebeten door de pony van de manege.") == "onrechtmatige_daad"


def test_asked_of_arag_in_other_words() -> None:
    assert coverage_story(
        "Bij het hockey sloeg een tegenstander met zijn stick op mijn knie, meniscus gescheurd. Regelen jullie dat voor me?"
    )
    assert coverage_story(
        "De zeilschool verhuurde een lekke boot, ik lag in het water en ben ziek geworden. Kan dat via jullie?"
    )


def test_kinds_of_hobbies_and_clubs() -> None:
    assert kind(
        "Ik ben penningmeester in het bestuur van een stichting; een sponsor wil mij aansprakelijk stellen."
    ) == ("bestuurder_vereniging")  # C&W 2h, no criminal case
    assert (
        kind("Ik kocht een tweedehands viool bij een winkel in Gent en het blijkt een kopie te zijn.")
        == "consumentenkoop"
    )
    assert kind("De gemeente wees mijn aanvraag voor een ontheffing voor mijn kippenhok af.") != "belastingrecht"
    assert kind("Bij een online wedkantoor won ik 250 euro maar ze betalen niet uit.") == "kansspel"  # C&W 3e
    assert kind("Een busje haalde mij en mijn pony rakelings in, de pony steigerde en ik brak mijn sleutelbeen.") == (
        "verkeersongeval"
    )  # Verkeer 3a
    assert kind("Met onze gehuurde kano werden we aangevaren door een rondvaartboot.") in (
        "verkeersongeval",
        "ongeval_zonder_motorrijtuig",
    )
    assert (
        kind("Ik ben fietsenmaker in loondienst; sinds maart houden ze mijn reparatiebonus in.")
        == "arbeidsovereenkomst"
    )
    assert kind("Ik heb net een drone gekocht en de winkel weigert hem te ruilen.") == "pleziervaartuig"  # 11i
    assert kind("Mijn kat heeft de parkiet van een kennis gedood. Hij eist 300 euro aan dierenartskosten van mij.") == (
        "aansprakelijk_gesteld"
    )  # C&W 2k


def test_a_thing_lent_with_its_value_is_no_money_lent() -> None:
    assert kind("Mijn buurjongen heeft mijn kano van 900 euro geleend en hem lek teruggebracht.") != "geld_uitgeleend"
    assert kind("Ik heb mijn zwager 2.500 euro geleend en hij betaalt niet terug.") == "geld_uitgeleend"


def test_earnings_told_make_it_no_private_matter() -> None:
    # C&W 1: inkomsten verwerven
    assert parse_role("Ik verdien er zo'n 150 euro per maand mee bij.") == "zakelijk"
    found = dialogue.facts_in_description(
        "Ik brei sjaals en verkoop die via Etsy, vorig jaar 2.000 euro omzet. Een koper eist 90 euro terug."
    )
    assert found.get("role") == "zakelijk" and found.get("amount") == 90, found


def test_what_is_left_at_stake_replaces_the_sum() -> None:
    _, replies = check(
        "Onze concertkaarten kostten samen 380 euro, maar de zaal was half dicht. De organisator biedt 30 euro.",
        "Consument & Wonen. Het gaat me om ongeveer 250 euro verschil.",
    )
    assert "aangepast" in joined(replies, 1) and "Eerder zei u" not in joined(replies, 1), replies


def test_questions_of_round_71() -> None:
    assert talk.faq_topic_in("Als dit uitloopt, hoeveel kosten vergoeden jullie dan maximaal?") == "maximum"
    assert talk.faq_topic_in("Met de incassokosten erbij zit ik boven de 175, telt het dan wel?") == "minimum"
    assert talk.faq_topic_in("Balen. Kunnen jullie me dan ook niet meer helpen?") == "not_covered"
    assert asks_what_is_left("Balen. Kunnen jullie me dan ook niet meer helpen?")
    assert (
        dialogue.facts_in_description("In Colorado (VS) kocht ik een zadel dat niet werd geleverd.").get("country")
        == "US"
    )


def test_readings_kept_from_earlier_rounds() -> None:
    # regressions found in the full run after round 71: a figurative "aanvaring" is no collision; the own insurer's
    # refusal keeps the story's kind (11s, 11m) instead of ARAG's; a contractor's work on the home; a private matter
    # told beside a side business
    assert kind("Na een aanvaring met mijn leidinggevende wil de zorginstelling mijn contract niet verlengen.") == (
        "arbeidsovereenkomst"
    )
    assert kind(
        "Bij de rellen is mijn auto in brand gestoken en mijn autoverzekering keert niet uit. Kan ARAG helpen?"
    ) == ("molest")
    assert kind("Mijn tegelzetter heeft vorige maand de keuken betegeld en nu laten alle tegels los.") == "eigen_woning"
    assert (
        parse_role("Ik heb een eenmanszaak maar dit gaat over iets privé: mijn wasmachine is kapot.") == "particulier"
    )
