"""Formatting helpers of the members and authorities templates."""

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils.translation import gettext as _

register = template.Library()


@register.filter
def long_date(value):
    """ "21 maja 2024 r." in Polish, "21 May 2024" in English."""
    if not value:
        return ""
    return _("%(date)s r.") % {"date": date_filter(value, "j E Y")}
