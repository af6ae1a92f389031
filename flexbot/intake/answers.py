"""Pure checks for the answers a customer gives in the complaint intake.

Each validator returns (value, None) when the answer is usable and (None, reason) otherwise; the
reason is a friendly Dutch sentence that says what was wrong. It never repeats the question: the
form asks it again right after, so no prompt is sent twice.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from flexbot import dutch

MAX_NAME_CHARS = 100

_NONE = re.compile(
    r"^\s*(nee|geen|heb\s+ik\s+niet|weet\s+ik\s+niet|weet\s+niet|niet\s+bij\s+de\s+hand|n\.?v\.?t\.?|-+|"
    r"ik\s+heb\s+(er\s+)?geen|sla\s+over|overslaan)\b",
    re.IGNORECASE,
)
_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_EMAIL_IN_TEXT = re.compile(r"[^\s<>,;:()]+@[^\s<>,;:()]+")
_POLICY = re.compile(r"^[A-Za-z]{0,4}[-/ ]?\d[\d./ -]{3,18}\d$")


is_stop = dutch.is_stop
parse_yes_no = dutch.yes_no


def _letters(text: str) -> int:
    return sum(1 for ch in text if unicodedata.category(ch).startswith("L"))


def validate_name(text: str | None) -> tuple[str | None, str | None]:
    name = " ".join((text or "").split())
    if "<" in name or ">" in name:
        return None, "Mag ik uw naam zonder tekens als < en >? Bijvoorbeeld: Jan de Vries."
    if _letters(name) < 2:
        return None, "Ik heb uw naam nog niet goed, bijvoorbeeld: Jan de Vries."
    if len(name) > MAX_NAME_CHARS:
        return None, f"Die naam is langer dan {MAX_NAME_CHARS} tekens. Wilt u alleen uw voor- en achternaam geven?"
    return name, None


def normalise_phone(text: str) -> str | None:
    """Dutch numbers (10 digits starting with 0) or international ones (+31..., 0031...)."""
    raw = text.strip()
    if not re.fullmatch(r"[+()\d\s./-]{8,25}", raw):
        return None
    digits = re.sub(r"\D", "", raw)
    if raw.startswith("+") or digits.startswith("00"):
        digits = digits[2:] if digits.startswith("00") else digits
        return "+" + digits if 9 <= len(digits) <= 15 else None
    if len(digits) == 10 and digits.startswith("0"):
        return digits
    return None


_LETTER = re.compile(r"\b(per\s+)?(brief|post|briefpost|schriftelijk)\b", re.IGNORECASE)
_ADDRESS = re.compile(r"[A-Za-zÀ-ÿ].*\d|\d.*[A-Za-zÀ-ÿ]")


def validate_contact(text: str | None) -> tuple[dict[str, Any] | None, str | None]:
    """An email address, a phone number, or a wish for a letter:
    {'email': ...}, {'phone': ...} or {'letter': True} (then the address is asked)."""
    answer = (text or "").strip()
    if _LETTER.search(answer) and "@" not in answer and not normalise_phone(answer):
        return {"letter": True}, None
    if "@" in answer:
        found = _EMAIL_IN_TEXT.search(answer)
        email = found.group(0).strip(".") if found else answer
        if _EMAIL.match(email):
            return {"email": email}, None
        return None, ("Het e-mailadres lijkt niet compleet, bijvoorbeeld: naam@voorbeeld.nl.")
    phone = normalise_phone(answer)
    if phone:
        return {"phone": phone}, None
    return None, (
        "Dat herken ik niet als e-mailadres of telefoonnummer, bijvoorbeeld: naam@voorbeeld.nl of 06 12345678."
    )


def validate_policy_number(text: str | None) -> tuple[str | None, str | None]:
    """Optional polis- or dossiernummer: '' when the customer has none."""
    answer = (text or "").strip()
    if _NONE.match(answer):
        return "", None
    if _POLICY.match(answer):
        return re.sub(r"\s+", " ", answer), None
    return None, (
        "Een polis- of dossiernummer bestaat uit cijfers, soms met een paar letters ervoor, "
        "bijvoorbeeld 1234567. Heeft u er geen bij de hand? Typ dan 'geen'."
    )


MAX_ADDRESS_CHARS = 200


def validate_address(text: str | None) -> tuple[str | None, str | None]:
    """A postal address for a letter: street and number, postcode and town, in one line."""
    address = " ".join((text or "").split())
    if "<" in address or ">" in address or not _ADDRESS.search(address) or _letters(address) < 4:
        return None, "Ik heb uw adres nog niet compleet, bijvoorbeeld: Dorpsstraat 1, 3832 AB Leusden."
    if len(address) > MAX_ADDRESS_CHARS:
        return None, f"Dat adres is langer dan {MAX_ADDRESS_CHARS} tekens. Wilt u het korter typen?"
    return address, None
