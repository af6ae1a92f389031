"""Issue 11, rounds 72 (digital life) and 73 (work and income across sectors): readings found in their first runs, each in
new wordings (not the eval set's lines) with the seed's article."""

from __future__ import annotations

from testkit.coverage_form import check, joined
from testkit.stories import kind

from bot.components.third_party import coverage_story
from flexbot.flexpolis import dialogue


def test_online_stories_asked_of_arag_are_no_complaints() -> None:
    # seeds 000/001: a third party's conduct told to ask about cover
    for told in (
        "Een jas besteld bij een Chinese site, blijkt nep. Volgens hun voorwaarden moet je daar naar de rechter. Kunnen "
        "jullie die lui aanpakken?",
        "Ik won een giveaway van een vlogger, maar de prijs komt niet. Kunnen jullie hem dwingen de prijs te sturen?",
        "Mijn sportapp schrijft nog steeds af na opzeggen; hun klantenservice is een chatbot die niks doet. Kunnen jullie "
        "dit oplossen?",
        "Na weken chatten met een man via een app heb ik hem 2.000 euro geleend. Hij is verdwenen. Kan ARAG proberen het "
        "geld terug te halen?",
    ):
        assert coverage_story(told), told


def test_kinds_of_digital_life() -> None:
    assert (
        kind(
            "Een restaurant eist via een advocaat dat ik mijn recensie verwijder en dat ik 3.000 euro schadevergoeding "
            "moet betalen."
        )
        != "geld_uitgeleend"
    )
    assert kind("Door mijn slechte recensie zegt hun advocaat dat ik 2.000 euro schadevergoeding moet betalen.") == (
        "aansprakelijk_gesteld"
    )  # C&W 2k
    assert (
        kind("Mijn oude camera via Vinted verkocht, maar het betaalbewijs van de koper bleek nep.") == "consumentenkoop"
    )
    assert kind("Een laptop besteld, track & trace zegt bezorgd, maar de buren hebben ook niks aangenomen.") != (
        "burenconflict"
    )
    assert kind("Onze zoon maakte drie gesponsorde filmpjes voor een merk en ze betalen hem niet.") == "zzp_opdracht"


def test_a_thing_sold_to_a_child_at_home_is_a_conflict_between_insured() -> None:
    # art. 1 'Let op': neither can use the policy
    _, replies = check(
        "Ik heb mijn oude racefiets aan mijn zoon (19, woont thuis) verkocht voor 300 euro. Na 50 euro is hij gestopt met "
        "betalen."
    )
    assert "geen van beiden" in joined(replies, 0), replies


def test_kinds_of_work_told_by_workers() -> None:
    # Inkomen 2a; Inkomen 3c; 11k
    for told in (
        "ik werk als oproepkracht in de horeca en sinds mijn klacht krijg ik geen diensten meer",
        "Ik ben magazijnmedewerker met een min-maxcontract en krijg ineens veel minder uren ingeroosterd.",
        "Bij de reorganisatie ben ik boventallig verklaard, maar het afspiegelingsbeginsel klopt niet.",
        "Al maanden overgewerkt in de bouw en volgens de cao moet dat betaald worden, maar de baas weigert.",
        "Onze dochter heeft een bijbaan bij een bakker en krijgt haar laatste loon niet.",
        "Naast mijn baan bij de provincie werk ik in loondienst bij een tankstation; mijn laatste maand is niet betaald.",
    ):
        assert kind(told) == "arbeidsovereenkomst", told
    assert kind("De aandeelhouders willen mij ontslaan als directeur van het bedrijf.") == "statutair_directeur"
    assert kind("Ik wil die regel aanvechten dat je elke week moet solliciteren, die wet is onredelijk.") == "wetgeving"
    assert (
        dialogue.facts_in_description(
            "Ik ben schoonmaker in loondienst bij een kantoor; ze betalen mijn overuren niet."
        ).get("conflict")
        == "arbeidsovereenkomst"
    )
