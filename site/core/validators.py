"""Checksum validators for Polish official numbers: NIP, REGON and a Polish bank account (IBAN).

Editors may type the numbers with spaces or dashes ("642-288-97-72", "PL61 1090 …"); the validators
ignore those separators and check the digits. ``format_*`` helpers give the usual display form.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

_SEPARATORS = re.compile(r"[\s\-]")

NIP_WEIGHTS = (6, 5, 7, 2, 3, 4, 5, 6, 7)
REGON9_WEIGHTS = (8, 9, 2, 3, 4, 5, 6, 7)
REGON14_WEIGHTS = (2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8)


def compact(value):
    """The value without spaces and dashes, upper-cased ("pl61 1090-…" -> "PL611090…")."""
    return _SEPARATORS.sub("", value or "").upper()


def _weighted_check_digit(digits, weights):
    return sum(int(d) * w for d, w in zip(digits, weights)) % 11


def is_valid_nip(value):
    digits = compact(value)
    if digits.startswith("PL"):  # the EU VAT form "PL6422889750"
        digits = digits[2:]
    if not re.fullmatch(r"\d{10}", digits):
        return False
    check = _weighted_check_digit(digits, NIP_WEIGHTS)
    return check != 10 and check == int(digits[9])


def is_valid_regon(value):
    digits = compact(value)
    if re.fullmatch(r"\d{9}", digits):
        return _weighted_check_digit(digits, REGON9_WEIGHTS) % 10 == int(digits[8])
    if re.fullmatch(r"\d{14}", digits):
        # A 14-digit REGON (a local unit) begins with the 9-digit REGON of its parent, valid on its own.
        return is_valid_regon(digits[:9]) and _weighted_check_digit(digits, REGON14_WEIGHTS) % 10 == int(digits[13])
    return False


def polish_iban(value):
    """The compact IBAN of a Polish account: "PL" + 26 digits (a bare 26-digit NRB gets "PL" in front)."""
    iban = compact(value)
    if re.fullmatch(r"\d{26}", iban):
        iban = "PL" + iban
    return iban


def is_valid_polish_iban(value):
    iban = polish_iban(value)
    if not re.fullmatch(r"PL\d{26}", iban):
        return False
    rearranged = iban[4:] + iban[:4]
    numeric = "".join(str(int(char, 36)) for char in rearranged)  # A=10 … Z=35
    return int(numeric) % 97 == 1


def validate_nip(value):
    """NIP: 10 digits whose last is the weighted checksum (weights 6, 5, 7, 2, 3, 4, 5, 6, 7, mod 11)."""
    if not is_valid_nip(value):
        raise ValidationError(
            _("Nieprawidłowy NIP: wpisz 10 cyfr (np. 642-288-97-72); sprawdź, czy nie ma literówki – suma kontrolna się nie zgadza."),
            code="invalid_nip",
        )


def validate_regon(value):
    """REGON: 9 or 14 digits with a valid weighted checksum (mod 11)."""
    if not is_valid_regon(value):
        raise ValidationError(
            _("Nieprawidłowy REGON: wpisz 9 lub 14 cyfr; sprawdź, czy nie ma literówki – suma kontrolna się nie zgadza."),
            code="invalid_regon",
        )


def validate_polish_iban(value):
    """A Polish bank account: "PL" and 26 digits (or the 26-digit NRB), checked with the IBAN mod-97 rule."""
    iban = polish_iban(value)
    if not re.fullmatch(r"PL\d{26}", iban):
        raise ValidationError(
            _("Nieprawidłowy numer rachunku: wpisz 26 cyfr, opcjonalnie poprzedzonych literami PL."),
            code="invalid_iban_format",
        )
    if not is_valid_polish_iban(iban):
        raise ValidationError(
            _("Nieprawidłowy numer rachunku: cyfry kontrolne się nie zgadzają (sprawdź, czy nie ma literówki)."),
            code="invalid_iban_checksum",
        )


def format_iban(value):
    """"PL61 1090 1014 0000 0712 1981 2874" – the account in groups of four, as printed on invoices."""
    iban = polish_iban(value)
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def format_nip(value):
    """"642-288-97-72"."""
    digits = compact(value)
    if len(digits) != 10:
        return value
    return f"{digits[:3]}-{digits[3:6]}-{digits[6:8]}-{digits[8:]}"
