"""Locale-aware formatting of the values visitors read: amounts, percentages, file sizes and dates.

Plain functions, so models, feeds and exports format the same way as templates; ``portal_tags`` exposes
each one as a thin template filter.
"""

import datetime
from decimal import Decimal

from django.utils import formats, timezone, translation
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext as _


def _english():
    return (translation.get_language() or "").startswith("en")


def money(value):
    """An amount in złoty for the active language: "393 434,90 zł" in Polish (and in any other language, with
    its own separators, e.g. Czech), "PLN 393,434.90" in English."""
    if value is None or value == "":
        return ""
    amount = formats.number_format(Decimal(value), 2, use_l10n=True, force_grouping=True)
    if _english():
        return f"PLN\xa0{amount}"
    return f"{amount}\xa0zł"


def percent(value):
    """"100 %" in Polish (with a no-break space, as in most European languages), "100%" in English; decimals
    only when needed."""
    if value is None or value == "":
        return ""
    value = Decimal(value)
    places = 0 if value == value.to_integral_value() else 2
    number = formats.number_format(value, places, use_l10n=True)
    if _english():
        return f"{number}%"
    return f"{number}\xa0%"


def human_file_size(size):
    """A file size in the visitor's language: "812 B", "120 kB", "1,4 MB"."""
    if size is None:
        return ""
    if size < 1024:
        return _("%(size)s B") % {"size": size}
    if size < 1024 * 1024:
        return _("%(size)s kB") % {"size": round(size / 1024)}
    return _("%(size)s MB") % {"size": formats.number_format(round(size / (1024 * 1024), 1), 1, use_l10n=True)}


def file_type_and_size(document):
    """"PDF, 120 kB" for a Wagtail document, read from the database (no disk access)."""
    extension = (document.file_extension or "").upper()
    size = human_file_size(document.file_size)
    return ", ".join(part for part in (extension, size) if part)


def long_date(value):
    """A date in words: "2 grudnia 2013 r." in Polish, "2 December 2013" in English."""
    if not value:
        return ""
    return _("%(date)s r.") % {"date": date_format(value, "j E Y")}


def long_datetime(value):
    """Local date and time: "2 grudnia 2013 r., godz. 10:00" in Polish, "2 December 2013, 10:00" in English."""
    if not value:
        return ""
    value = timezone.localtime(value)
    return _("%(date)s r., godz. %(time)s") % {"date": date_format(value, "j E Y"), "time": date_format(value, "H:i")}


def has_time(value):
    """False for a moment given as a date only: local midnight (a date typed without an hour) or midnight UTC
    (a date stored without its time zone, which Warsaw reads as 01:00 or 02:00)."""
    if not value:
        return False
    utc = value.astimezone(datetime.timezone.utc)
    local = timezone.localtime(value)
    return not (local.hour == local.minute == 0 or (utc.hour == utc.minute == utc.second == 0))


def long_date_or_datetime(value):
    """``long_datetime``, or ``long_date`` of its local date when it has no hour of its own (``has_time``)."""
    if not value:
        return ""
    return long_datetime(value) if has_time(value) else long_date(timezone.localtime(value).date())


def tel_href(value):
    """A phone number as a ``tel:`` address: digits only, with the country code ("tel:+48324220000" for
    "32 422 00 00", "(32) 422-00-00" or "+48 32 422 00 00"); an extension ("wew. 12") is left out. Empty when
    there are no digits."""
    text = str(value or "").strip()
    for marker in ("wew", "ext", " w."):
        text = text.split(marker)[0]
    digits = "".join(ch for ch in text if ch.isdigit())
    if not digits:
        return ""
    if text.startswith("+"):
        return f"tel:+{digits}"
    if digits.startswith("00"):
        return f"tel:+{digits[2:]}"
    if digits.startswith("0") and len(digits) == 10:  # an old trunk prefix: (0-32) 422 00 00
        digits = digits[1:]
    if len(digits) == 9:
        return f"tel:+48{digits}"
    return f"tel:{digits}"
