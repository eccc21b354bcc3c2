"""Finding pages and texts in the visitor's language.

- ``locales_by_code(request)`` and ``active_locale(request)``: from the cached layout (``core.layout_cache``).
- ``localized_pages(pages, locale)``: the translations of several pages in one query, for links that must
  lead to the visitor's language.
- ``localized(objects, locale)``: translatable snippets (and other ``TranslatableMixin`` rows) in the visitor's
  language, in one query for the whole list, each falling back to itself: what Wagtail's ``.localized`` does
  for one object, for a listing. Links between models point at the default-locale row
  (``in_default_locale``), so views localise what they show, never templates.
- ``live_translations(page)``: the page in the other languages (the language switcher); whoever reads the page
  may read them in the same query and hand them over with ``remember_translations``.
- ``nearest_translated_ancestor(page, locale)``: where the switcher leads when a page has no translation.
"""

import copy

from django.conf import settings
from django.db.models import BooleanField, CharField, ExpressionWrapper, IntegerField, Q, TextField, Value
from django.db.models.functions import Cast
from django.utils import translation
from wagtail.models import Locale, Page
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from .layout_cache import layout, locales


def is_english():
    """True when the active language is English."""
    return (translation.get_language() or "pl").startswith("en")


def default_locale():
    """The default (Polish) locale, from the cached layout; no query when the cache is warm."""
    return locales().get(settings.LANGUAGE_CODE) or Locale.get_default()


def in_default_locale():
    """``limit_choices_to`` of links to translatable snippets: only the default-locale rows can be chosen, so a
    link means the same thing in every language and the pages localise it (``localized``)."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


def translated_text_fields(model):
    """The fields of ``model`` a translation says in its own language: wagtail-localize's translatable text
    fields (the rest — dates, links, choices, order — is synchronised from the default-locale row)."""
    fields = []
    for field in get_translatable_fields(model):
        if isinstance(field, SynchronizedField) or not field.is_translated(None):
            continue
        model_field = model._meta.get_field(field.field_name)
        if isinstance(model_field, (CharField, TextField)) and model_field.concrete:
            fields.append(field.field_name)
    return fields


def localized_many(groups, locale=None):
    """``localized`` for several lists at once (each of one translatable model), in ONE query for all of them
    (a union of one select per model), so a page that shows bodies, terms and seats pays one query."""
    groups = [list(objects) for objects in groups]
    locale = locale or active_locale_anywhere()
    selects, fields_of = [], {}
    for number, objects in enumerate(groups):
        keys = {item.translation_key for item in objects if item is not None and item.locale_id != locale.pk}
        if keys:
            model = type(next(item for item in objects if item is not None))
            fields_of[number] = translated_text_fields(model)
            selects.append((model, number, keys))
    if not selects:
        return groups
    width = max(len(fields) for fields in fields_of.values())
    parts = [
        model._default_manager.filter(locale=locale, translation_key__in=keys).order_by().values_list(
            Value(number, output_field=IntegerField()), "translation_key",
            *(Cast(field, TextField()) for field in fields_of[number]),
            *(Value("", output_field=TextField()) for _ in range(width - len(fields_of[number]))),
        )
        for model, number, keys in selects
    ]
    rows = parts[0].union(*parts[1:], all=True) if len(parts) > 1 else parts[0]
    texts = {(row[0], str(row[1])): row[2:] for row in rows}
    shown = []
    for number, objects in enumerate(groups):
        result = []
        for item in objects:
            found = texts.get((number, str(item.translation_key))) if item is not None else None
            if found is not None:
                item = copy.copy(item)
                for field, value in zip(fields_of[number], found):
                    setattr(item, field, value)
            result.append(item)
        shown.append(result)
    return shown


def localized(objects, locale=None):
    """``objects`` (default-locale rows of one translatable model) as the visitor sees them, in the same order and
    in at most one query for the whole list (none when all are already in ``locale``): what Wagtail's
    ``.localized`` does for one object, for a listing.

    An object with a translation in ``locale`` (default: the active one) comes back as a copy carrying the
    translation's text (``translated_text_fields``); its synchronised fields — dates, roles, links, images,
    order — stay the default-locale row's, so they are current even before the translation is synced. An
    object without a translation comes back itself (the fallback). ``None`` items stay ``None``.
    """
    return localized_many([objects], locale)[0]


def localize_related(rows, field, locale=None):
    """Show ``rows``' ``field`` (a link to a translatable model) in ``locale``, in at most one query for all rows.

    The link itself (``<field>_id``) keeps pointing at the default-locale row; only the object read through
    ``row.<field>`` carries the translation's text, so templates keep reading ``row.<field>.name``. Returns ``rows``.
    """
    rows = list(rows)
    for row, item in zip(rows, localized([getattr(row, field) for row in rows], locale)):
        if item is not None:
            set_related(row, field, item)
    return rows


def set_related(row, field, item):
    """Make ``row.<field>`` read ``item`` (the linked object with its translated text) without changing the link."""
    type(row)._meta.get_field(field).set_cached_value(row, item)


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
