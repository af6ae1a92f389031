"""The intake's answer checks: friendly re-asks, never a crash."""

import pytest

from flexbot.intake.answers import (
    is_stop,
    parse_yes_no,
    validate_contact,
    validate_name,
    validate_policy_number,
)


@pytest.mark.parametrize("text", ["stop", "Laat maar", "laat maar zitten!", "annuleren", "nee laat maar"])
def test_stop_words(text):
    assert is_stop(text)


@pytest.mark.parametrize("text", ["ja", "Ja graag", "prima", "oké", "jazeker", "doe maar"])
def test_yes(text):
    assert parse_yes_no(text) is True


@pytest.mark.parametrize("text", ["nee", "Nee hoor", "liever niet", "hoeft niet", "nee, dank je"])
def test_no(text):
    assert parse_yes_no(text) is False


@pytest.mark.parametrize("text", ["misschien", "", None, "😡"])
def test_unclear_yes_no(text):
    assert parse_yes_no(text) is None


def test_names():
    assert validate_name("  Jan   de Vries ") == ("Jan de Vries", None)
    assert validate_name("Zoë Ørsted-Çelik")[0] == "Zoë Ørsted-Çelik"
    for bad in ["<script>alert(1)</script>", "😡😡", "", "1234", "a" * 101]:
        value, reason = validate_name(bad)
        assert value is None and reason


@pytest.mark.parametrize(
    "text, expected",
    [
        ("jan@voorbeeld.nl", {"email": "jan@voorbeeld.nl"}),
        ("mijn mail is jan.de.vries+arag@mail.example.com.", {"email": "jan.de.vries+arag@mail.example.com"}),
        ("06 12345678", {"phone": "0612345678"}),
        ("033 - 434 23 42", {"phone": "0334342342"}),
        ("+31 6 1234 5678", {"phone": "+31612345678"}),
        ("0031612345678", {"phone": "+31612345678"}),
    ],
)
def test_valid_contact(text, expected):
    assert validate_contact(text) == (expected, None)


@pytest.mark.parametrize("text", ["a@b", "jan@", "@voorbeeld.nl", "12345", "bel me maar", "", "06-1234"])
def test_invalid_contact_gets_a_reason(text):
    value, reason = validate_contact(text)
    assert value is None and reason


@pytest.mark.parametrize(
    "text, expected",
    [("1234567", "1234567"), ("RB-12345678", "RB-12345678"), ("geen", ""), ("weet ik niet", ""), ("nee", "")],
)
def test_policy_numbers(text, expected):
    assert validate_policy_number(text) == (expected, None)


@pytest.mark.parametrize("text", ["abc", "weet ik veel joh", "12", "<b>1234567</b>"])
def test_invalid_policy_number(text):
    value, reason = validate_policy_number(text)
    assert value is None and "cijfers" in reason
