"""Finding pages and texts in the visitor's language.

- ``locales_by_code(request)`` and ``active_locale(request)``: from the cached layout (``core.layout_cache``).
- ``localized_pages(pages, locale)``: the translations of several pages in one query, for links that must
  lead to the visitor's language.
- ``active_text(polish, english)``: the one fallback rule for texts kept in two columns.
- ``live_translations(page)``: the page in the other languages (the language switcher); whoever reads the page
  may read them in the same query and hand them over with ``remember_translations``.
- ``nearest_translated_ancestor(page, locale)``: where the switcher leads when a page has no translation.
"""

from django.db.models import BooleanField, ExpressionWrapper, Q
from django.utils import translation
from wagtail.models import Locale, Page

from .layout_cache import layout, locales


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


TRANSLATIONS_ATTR = "_portal_live_translations"


def live_translations(page):
    """The live translations of ``page`` in the other languages, as its own type; one query per page object,
    none when they were read with the page (``remember_translations``)."""
    if not hasattr(page, TRANSLATIONS_ATTR):
        remember_translations(page, page.get_translations(inclusive=False).live())
    return getattr(page, TRANSLATIONS_ATTR)


def nearest_translated_ancestor(page, locale):
    """The live page of ``locale`` that translates the nearest ancestor of ``page`` (the home page at the
    latest), in one query; None when even the home page has no translation."""
    ancestor_paths = [page.path[:end] for end in range(Page.steplen * 2, len(page.path), Page.steplen)]
    return (
        Page.objects.live().filter(locale=locale, translation_key__in=Page.objects.filter(path__in=ancestor_paths)
                                   .values("translation_key"))
        .order_by("-depth").only("id", "title", "url_path", "path", "depth", "locale_id").first()
    )


def remember_translations(page, translations):
    """Keep ``translations`` (the live translations of ``page``) for ``live_translations``."""
    setattr(page, TRANSLATIONS_ATTR, [item for item in translations if item.pk != page.pk])


def with_translations(queryset, page_q):
    """The page of ``queryset`` that ``page_q`` singles out, with its live translations, in one query (None when
    there is none). ``queryset``: pages of one type with what to select_related, not filtered otherwise."""
    match = queryset.model.objects.filter(page_q)
    rows = list(
        queryset.filter(Q(pk__in=match.values("pk")) | Q(translation_key__in=match.values("translation_key"), live=True))
        .annotate(singled_out=ExpressionWrapper(Q(pk__in=match.values("pk")), output_field=BooleanField()))
    )
    page = next((row for row in rows if row.singled_out), None)
    if page is not None:
        remember_translations(page, [row for row in rows if row.translation_key == page.translation_key])
    return page


def active_locale_anywhere():
    """The locale of the active language, for code without a request; no query when the cache is warm."""
    return locales().get(translation.get_language()) or Locale.get_active()


def localized_pages(pages, locale=None):
    """Map translation_key → the page of ``locale`` (default: the active one) for ``pages``, in at most one query.

    A page already in ``locale`` maps to itself; the others to their live translation, when there is one.
    The translations come back as the pages' own type when all ``pages`` share one, else as plain ``Page``.
    """
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    locale = locale or active_locale_anywhere()
    found = {page.translation_key: page for page in pages if page.locale_id == locale.pk}
    missing = {page.translation_key for page in pages} - set(found)
    if missing:
        types = {type(page) for page in pages}
        model = types.pop() if len(types) == 1 else Page
        for page in model.objects.live().filter(locale=locale, translation_key__in=missing):
            found[page.translation_key] = page
    return found
