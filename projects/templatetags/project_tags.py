"""Locale-aware formatting for the project pages: dates ("2 grudnia 2013 r." / "2 December 2013") and percentages."""

from decimal import Decimal

from django import template
from django.utils import formats, timezone, translation
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def long_date(value):
    """"2 grudnia 2013 r." in Polish, "2 December 2013" in English."""
    if not value:
        return ""
    return _("%(date)s r.") % {"date": date_format(value, "j E Y")}


@register.filter
def long_datetime(value):
    """"2 grudnia 2013 r., godz. 10:00" in Polish, "2 December 2013, 10:00" in English (local time)."""
    if not value:
        return ""
    value = timezone.localtime(value)
    return _("%(date)s r., godz. %(time)s") % {"date": date_format(value, "j E Y"), "time": date_format(value, "H:i")}


@register.filter
def percent(value):
    """"100 %" in Polish (with a no-break space), "100%" in English; decimals only when needed."""
    if value is None or value == "":
        return ""
    value = Decimal(value)
    places = 0 if value == value.to_integral_value() else 2
    number = formats.number_format(value, places, use_l10n=True)
    if translation.get_language() == "pl":
        return f"{number}\xa0%"
    return f"{number}%"


@register.filter
def widget_with_description(field):
    """Render a bound form field's widget with aria-describedby pointing at its help text and errors."""
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}_helptext")
    if field.errors:
        ids.append(f"{field.auto_id}_errors")
    attrs = {"aria-describedby": " ".join(ids)} if ids else {}
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)
