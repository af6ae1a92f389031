"""Issue 11, fourteenth session (rounds 116-): questions asked beside a coverage check routed to their article, each
in new wordings (not the eval sets' lines), and the story's check going on after the answer."""

from __future__ import annotations

from testkit.coverage_form import check

from flexbot.flexpolis import conversation


def _all(*turns: str) -> str:
    _, replies = check(*turns)
    return " ".join(replies[-1])


def test_the_contact_in_another_language_is_art_3() -> None:
    assert (
        conversation.faq_topic_in("Mijn man spreekt geen Nederlands. Kan de correspondentie in het Frans?")
        == "language"
    )
    assert conversation.faq_topic_in("Kan het gesprek met de jurist in het Engels?") == "language"


def test_what_arag_does_with_ones_data_is_art_19() -> None:
    assert conversation.faq_topic_in("Verkopen jullie mijn gegevens aan andere bedrijven?") == "privacy"
    assert conversation.faq_topic_in("Worden mijn gegevens ook voor reclame gebruikt?") == "privacy"
    reply = _all(
        "Mijn buurman heeft een schutting op mijn grond gezet.",
        "Consument & Wonen.",
        "Ik krijg ook steeds enquêtes van jullie. Mogen jullie mijn gegevens daarvoor gebruiken?",
    )
    assert "art. 19" in reply and "klanttevredenheidsonderzoek" in reply


def test_an_option_added_now_to_report_a_conflict_there_is_art_9() -> None:
    assert conversation.faq_topic_in("Kan ik Verkeer er morgen bijzetten en dan dit melden?") == "waiting_period"
    assert conversation.faq_topic_in("Als ik eigen woning nu bijboek, mag ik het dan melden?") == "waiting_period"
    # reporting now alone is still art. 7
    assert conversation.faq_topic_in("Moet ik dit nu al bij jullie melden?") == "report"


# ---------------------------------------------------------------- round 116: young adults and their firsts
def test_readings_of_young_adults_stories() -> None:
    from testkit.stories import kind

    assert kind("Ik stond borg voor mijn nicht bij haar verhuurder en nu moet ik haar achterstand betalen.") == (
        "overgenomen_vordering"
    )  # 11n: the surety, not the customer's own rent
    assert kind("We want to start a small coffee business. The supplier of the machine does not deliver.") == (
        "bedrijf_starten"
    )  # 11h
    assert kind("De KvK moet ik nog regelen, maar de leverancier van mijn eerste voorraad levert niet.") == (
        "bedrijf_starten"
    )
    assert kind("Wij woonden twee jaar samen, nu is het uit en hij houdt de wasmachine die we samen kochten.") == (
        "echtscheiding"
    )  # C&W 3g
    two_insured = conversation.coverage_first(
        "Ik en mijn zus wonen allebei op kamers in Utrecht, we vallen allebei onder de polis van onze moeder. Zij heeft mijn "
        "fiets van 600 euro vernield en weigert te betalen. Kan ik via de verzekering tegen haar procederen?"
    )
    assert two_insured and "geen van beiden" in two_insured and "art. 1" in two_insured
    assert kind("In de kroeg smeet een man een glas tegen mijn hoofd. Kan ik een schadevergoeding eisen?") == (
        "slachtoffer"
    )  # C&W 2a


def test_asked_in_english_arag_is_the_helper_not_the_other_party() -> None:
    from testkit.stories import kind

    assert kind("The webshop never delivered my laptop. Can ARAG help me get my money back?") == "consumentenkoop"


def test_the_policys_own_risk_is_no_amount_at_stake() -> None:
    from flexbot.flexpolis.dialogue_amounts import amount_in_text

    assert amount_in_text("Ik heb Inkomen, met een eigen risico van 150 euro.") is None
    assert amount_in_text("Het gaat om 900 euro; mijn eigen risico is 100 euro.") == 900


def test_arag_cancelling_is_art_15_with_two_months() -> None:
    reply = _all(
        "Mijn verhuurder houdt mijn borg in.",
        "Consument & Wonen.",
        "Mogen jullie mijn polis opzeggen als ik veel zaken meld?",
    )
    assert "ARAG kan de verzekering ook zelf stoppen" in reply and "2 maanden" in reply


def test_more_questions_beside_a_check_get_their_article() -> None:
    topic = conversation.faq_topic_in
    assert topic("Kan ik de uitsluiting voor burenrecht eraf laten halen zodat dit gedekt is?") == "waiting_period"
    assert topic("Krijg ik dan een gereduceerd tarief bij jullie juristen?") == "not_covered"
    assert topic("Maar het probleem is toch pas na de brief begonnen?") == "waiting_period"
    assert topic("En als ik de premie een keer niet op tijd betaal?") == "premium"
    assert (
        topic("Zijn advocaat stuurt een factuur voor werk voordat er een procedure was. Betalen jullie die?") == "costs"
    )
