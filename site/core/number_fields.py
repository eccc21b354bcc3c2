"""Numbers typed the Polish way in every admin form: "450 000,50", "450000,50" and "450 000.50" mean the same.

Django's number inputs (``type=number``) let the browser drop what it does not understand, so
"450 000,50" reached the database as 45 000 050. These fields are text inputs that read the value by one
rule whatever the admin's language, and refuse anything else with a message, so a value is stored as typed
or not at all:
- spaces (ordinary, no-break or narrow no-break) group thousands and are ignored;
- one comma or one dot is the decimal separator; both at once, or more than one, is refused;
- integers accept spaces only, so "1,5" is refused rather than read as 15.

``register_number_fields()`` makes every ``DecimalField`` and ``IntegerField`` (and their subclasses) of
Wagtail's admin forms (pages, snippets, settings) use them; fields with choices keep their select.
"""

import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import formats
from django.utils.translation import gettext_lazy as _

GROUPING_SPACES = re.compile(r"[\s\u00a0\u202f]")
DECIMAL_NUMBER = re.compile(r"^[+-]?\d+([.,]\d+)?$")
WHOLE_NUMBER = re.compile(r"^[+-]?\d+$")


def parse_polish_decimal(text):
    """The Decimal that ``text`` means ("450 000,50" → Decimal("450000.50")), or ValueError."""
    compact = GROUPING_SPACES.sub("", text)
    if not DECIMAL_NUMBER.match(compact):
        raise ValueError(text)
    return Decimal(compact.replace(",", "."))


def parse_polish_integer(text):
    """The int that ``text`` means ("12 500" → 12500), or ValueError."""
    compact = GROUPING_SPACES.sub("", text)
    if not WHOLE_NUMBER.match(compact):
        raise ValueError(text)
    return int(compact)


class PolishDecimalField(forms.DecimalField):
    """A decimal typed with a comma or a dot and spaces between thousands; shown back with a comma in Polish."""

    default_error_messages = {
        "invalid": _("Wpisz liczbę, np. 450 000,50 (spacje między tysiącami, przecinek przed groszami)."),
    }

    def __init__(self, *args, **kwargs):
        kwargs["localize"] = True  # shows "450000,50" in the Polish admin
        super().__init__(*args, **kwargs)
        self.widget = forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"})

    def widget_attrs(self, widget):
        return {}  # no step/min/max attributes: the input is text, the limits are checked on save

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal):
            return value
        try:
            return parse_polish_decimal(str(value).strip())
        except (ValueError, InvalidOperation):
            raise ValidationError(self.error_messages["invalid"], code="invalid")

    def prepare_value(self, value):
        if isinstance(value, Decimal):
            return formats.number_format(value, use_l10n=True)
        return value


class PolishIntegerField(forms.IntegerField):
    """A whole number with optional spaces between thousands ("12 500")."""

    default_error_messages = {
        "invalid": _("Wpisz liczbę całkowitą, np. 12 500 (bez przecinka)."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.widget = forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"})

    def widget_attrs(self, widget):
        return {}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, int):
            return value
        try:
            return parse_polish_integer(str(value).strip())
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid")


def register_number_fields():
    """Use the fields above for every decimal and integer model field in Wagtail's admin forms."""
    from wagtail.admin.forms.models import register_form_field_override

    register_form_field_override(models.DecimalField, override={"form_class": PolishDecimalField})
    register_form_field_override(models.IntegerField, override={"form_class": PolishIntegerField})
