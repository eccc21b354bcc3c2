"""Finding pages and texts in the visitor's language.

- ``locales_by_code(request)`` and ``active_locale(request)``: from the cached layout (``core.layout_cache``).
- ``localized_pages(pages, locale)``: the translations of several pages in one query, for links that must
  lead to the visitor's language.
- ``active_text(polish, english)``: the one fallback rule for texts kept in two columns.
"""

from django.utils import translation
from wagtail.models import Locale, Page

from .layout_cache import layout


def is_english():
    """True when the active language is English."""
    return (translation.get_language() or "pl").startswith("en")


def active_text(polish, english):
    """The English text when English is active and the text is given, otherwise the Polish one."""
    return english if english and is_english() else polish


def locales_by_code(request):
    """All locales by language code, from the cached layout."""
    return layout(request).locales


def active_locale(request):
    """The locale of the active language (None when it has no locale), from the cached layout."""
    return locales_by_code(request).get(translation.get_language())


def localized_pages(pages, locale=None):
    """Map translation_key → the page of ``locale`` (default: the active one) for ``pages``, in at most one query.

    A page already in ``locale`` maps to itself; the others to their live translation, when there is one.
    The translations come back as the pages' own type when all ``pages`` share one, else as plain ``Page``.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    locale = locale or Locale.get_active()
    found = {page.translation_key: page for page in pages if page.locale_id == locale.pk}
    missing = {page.translation_key for page in pages} - set(found)
    if missing:
        types = {type(page) for page in pages}
        model = types.pop() if len(types) == 1 else Page
        for page in model.objects.live().filter(locale=locale, translation_key__in=missing):
            found[page.translation_key] = page
    return found


def localized_page_by_id(page_id, locale=None):
    """The live translation in ``locale`` (default: the active one) of the page with ``page_id``, in one query.

    For pages chosen in site settings (the news list, the register): editors choose the Polish page and
    every language version links to its own.
    """
    if not page_id:
        return None
    locale = locale or Locale.get_active()
    keys = Page.objects.filter(pk=page_id).values("translation_key")
    return Page.objects.live().filter(locale=locale, translation_key__in=keys).first()
