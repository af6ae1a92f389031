"""Dutch money, country and conflict normalisation."""

from __future__ import annotations

from decimal import Decimal

import pytest

from flexbot.flexpolis import countries
from flexbot.flexpolis.conflicts import normalise_conflict, opponent_of
from flexbot.flexpolis.knowledge import knowledge
from flexbot.flexpolis.money import parse_dutch_number_words, parse_money


@pytest.mark.parametrize(
    "text, amount",
    [
        ("ongeveer 300 euro", 300),
        ("EUR 1.500,-", 1500),
        ("€ 175", 175),
        ("1.500", 1500),
        ("vijftienhonderd euro", 1500),
        ("twee duizend", 2000),
        ("2k", 2000),
        ("2,5k", 2500),
        ("€1500.50", Decimal("1500.50")),
        ("1.500,50", Decimal("1500.50")),
        ("zo'n 450 euro", 450),
        ("drieëntwintig", 23),
        ("een ton", 100000),
        ("anderhalve ton", 150000),
        ("duizend", 1000),
        ("tweeduizendvijfhonderd", 2500),
        ("honderdvijftig euro", 150),
        ("0", 0),
        ("€ 300 voor een bank van 3 jaar oud", 300),
        ("iets meer dan 200 euro", 200),
    ],
)
def test_money_accepts_dutch_formats(text: str, amount: int | Decimal) -> None:
    result = parse_money(text)
    assert result.ok and result.reason is None
    assert result.amount == Decimal(amount)


@pytest.mark.parametrize(
    "text, why",
    [
        ("-5", "negatief"),
        ("veel", "geen bedrag"),
        ("1e9", "geen bedrag dat ik kan gebruiken"),
        ("1000000000", "te hoog"),
        ("tussen 300 en 500", "meerdere bedragen"),
        ("1,500", "niet zeker"),
        ("", "geen bedrag"),
        ("geen idee", "geen bedrag"),
    ],
)
def test_money_rejects_with_a_reason_to_reask(text: str, why: str) -> None:
    result = parse_money(text)
    assert not result.ok and result.amount is None
    assert why in result.reason and "Om welk bedrag" in result.reason


def test_number_words() -> None:
    assert parse_dutch_number_words("vijfentwintigduizend") == 25000
    assert parse_dutch_number_words("achttienhonderd") == 1800
    assert parse_dutch_number_words("twee miljoen") == 2_000_000
    assert parse_dutch_number_words("veel") is None


@pytest.mark.parametrize(
    "text, code",
    [
        ("in Frankrijk", "FR"),
        ("een Belgische webshop", "BE"),
        ("op Mallorca", "ES"),
        ("Engeland", "GB"),
        ("Duitse garage", "DE"),
        ("Marokko", "MA"),
        ("thailand", "TH"),
        ("fr", "FR"),
        ("Holland", "NL"),
        ("Turkije", "TR"),
        ("Italië", "IT"),
        ("italie", "IT"),
        ("Oekraïne", "UA"),
    ],
)
def test_country_names_and_adjectives(text: str, code: str) -> None:
    assert countries.country_code(text) == code


@pytest.mark.parametrize("text", ["Atlantis", "ergens ver weg", "", None, "Narnia"])
def test_unknown_country_is_none(text: str | None) -> None:
    assert countries.country_code(text) is None


def test_country_groups_come_from_the_knowledge_file() -> None:
    regions = knowledge().regions
    assert countries.region("FR") == "eu" and "FR" in regions["eu"]
    assert countries.region("CH") == "europe" and not countries.is_eu("CH")
    assert countries.region("GB") == "europe"
    assert countries.region("EG") == "mediterranean" and countries.is_mediterranean_non_european("EG")
    assert countries.region("US") == "elsewhere"
    assert countries.region("GE") == "ambiguous" and "Georgië" in countries.ambiguity("GE")
    assert countries.country_name("FR") == "Frankrijk"
    assert all(
        countries.is_known(code) for code in regions["eu"] + regions["europe"] + regions["mediterranean_non_european"]
    )


@pytest.mark.parametrize(
    "text, kind, opponent",
    [
        ("mijn buurman", "burenconflict", "neighbour"),
        ("mijn baas", "arbeidsovereenkomst", "employer"),
        ("ruzie met mijn verhuurder over de borg", "huur_woning", "landlord"),
        ("de webshop levert mijn bank niet", "consumentenkoop", "webshop"),
        # Verkeer 3e: the repair contract; 3b only for an accident caused by a bad repair.
        ("de garage heeft mijn auto verkeerd gerepareerd", "contract_motorrijtuig", "garage"),
        ("ik kreeg een ongeluk door een reparatie die de garage verkeerd deed", "schade_vervoermiddel", "garage"),
        ("ik heb een tweedehands auto gekocht bij een dealer", "contract_motorrijtuig", "garage"),
        ("de gemeente weigert mijn parkeervergunning", "overheidsbesluit", "municipality"),
        ("het UWV stopt mijn WW", "uitkering", "uwv"),
        ("de aannemer heeft de badkamer verprutst", "eigen_woning", "contractor"),
        ("ik ben aangereden door een auto", "verkeersongeval", None),
        ("mijn werkgever wil me ontslaan", "arbeidsovereenkomst", "employer"),
        ("ik word verdacht van diefstal", "strafzaak", None),
        ("vervolgd voor dood door schuld na een aanrijding", "dood_letsel_door_schuld_verkeer", None),
        ("mijn ex wil meer alimentatie", "echtscheiding", "ex_partner"),
        ("de belastingdienst", "belastingrecht", "tax_authority"),
        ("ik heb geld uitgeleend aan een vriend", "geld_uitgeleend", None),
        ("ruzie over de erfenis van mijn moeder met mijn broer", "erfenis", "heir"),
        ("mijn huurder betaalt niet", "verhuur", "tenant"),
        ("ik ben zzp'er en mijn opdrachtgever betaalt niet", "zzp_opdracht", None),
        ("mijn pensioenfonds", "pensioen", "pension_fund"),
        ("ik heb aandelen gekocht op advies van de bank", "vermogensbeheer", "bank"),
    ],
)
def test_conflict_normalisation(text: str, kind: str, opponent: str | None) -> None:
    guess = normalise_conflict(text)
    assert (guess.kind, guess.opponent) == (kind, opponent)


def test_conflict_kinds_produced_exist_in_the_knowledge_file() -> None:
    from flexbot.flexpolis.conflict_patterns import KINDS, OPPONENT_DEFAULT_KIND

    known = set(knowledge().conflict_kinds)
    assert {kind for kind, _ in KINDS} <= known
    assert set(OPPONENT_DEFAULT_KIND.values()) <= known
    derived = {
        "dood_letsel_door_schuld_verkeer",
        "dood_letsel_door_schuld_zonder_motorrijtuig",
        "ongeval_zonder_motorrijtuig",
        "schade_zonder_motorrijtuig",
    }
    assert known - {kind for kind, _ in KINDS} <= derived  # kinds conflicts._in_traffic derives from others


def test_opponent_unknown_and_empty() -> None:
    assert opponent_of("iemand") is None
    assert normalise_conflict("").kind is None


def test_other_home_is_recognised() -> None:
    assert normalise_conflict("conflict over mijn tweede huis").kind == "andere_woning"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # C&W 2k: someone says you caused their damage, your liability insurer is involved
        ("de eigenaar beweert dat ik zijn fiets heb beschadigd en wil geld zien", "aansprakelijk_gesteld"),
        (
            "mijn buurman zegt dat ik zijn auto heb beschadigd, mijn WA-verzekeraar betaalt niet",
            "aansprakelijk_gesteld",
        ),
        # art. 11i: one's own pleasure craft, also "eigen" and other kinds of boat
        ("het gaat over mijn eigen zeilboot", "pleziervaartuig"),
        ("de jachthaven heeft mijn motorboot beschadigd", "pleziervaartuig"),
    ],
)
def test_conflict_kinds_told_in_other_words(text, kind):
    assert normalise_conflict(text).kind == kind
