"""Template tags shared by every page: menu, breadcrumbs, language switcher and locale-aware formatting."""

import json
from decimal import Decimal

from django import template
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import translate_url
from django.utils import formats, timezone, translation
from django.utils.safestring import mark_safe
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext as _
from wagtail.models import Locale, Page, Site

register = template.Library()


def _locales(request):
    """All locales by language code, fetched once per request."""
    if not hasattr(request, "_portal_locales"):
        request._portal_locales = {locale.language_code: locale for locale in Locale.objects.all()}
    return request._portal_locales


def _localized(page_ids, request):
    """The live translations, in the active language, of the pages with ``page_ids``, in one query."""
    locale = _locales(request).get(translation.get_language())
    if locale is None or not page_ids:
        return []
    keys = Page.objects.filter(pk__in=page_ids).values("translation_key")
    return list(Page.objects.live().filter(locale=locale, translation_key__in=keys))


def _home_page(request):
    """The home page of the active language (the site's root page, localized), fetched once per request."""
    if not hasattr(request, "_portal_home_page"):
        site = Site.find_for_request(request)
        found = _localized([site.root_page_id], request) if site else []
        request._portal_home_page = found[0] if found else (site.root_page if site else None)
    return request._portal_home_page


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The sections under the home page that editors marked "show in menus", with the current one marked."""
    request = context["request"]
    current = context.get("page")
    home = _home_page(request)
    items = []
    if home is not None:
        for section in home.get_children().live().in_menu().only("id", "path", "title", "url_path", "depth"):
            state = None
            if current is not None and getattr(current, "path", "").startswith(section.path):
                state = "page" if current.path == section.path else "true"
            items.append({"page": section, "current": state})
    return {"items": items, "request": request, "home": home}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None, extra=None):
    """The trail from the home page to the current page; ``extra`` adds a last, non-page crumb (e.g. a tab)."""
    page = page or context.get("page")
    if page is None or not getattr(page, "depth", None) or page.depth <= 2:
        return {"ancestors": [], "page": page, "extra": extra}
    ancestors = page.get_ancestors().filter(depth__gte=2).only("id", "title", "url_path", "path", "depth")
    return {"ancestors": list(ancestors), "page": page, "extra": extra, "request": context.get("request")}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the current page in the other languages, or to their home pages where no translation exists."""
    request = context["request"]
    page = context.get("page")
    current_language = translation.get_language()
    others = [locale for code, locale in _locales(request).items() if code != current_language]
    translations = {}
    if page is not None and getattr(page, "pk", None) and others:
        for item in page.get_translations(inclusive=False).live().filter(locale__in=others):
            translations[item.locale_id] = item
    links = []
    for locale in others:
        code = locale.language_code
        if locale.pk in translations:
            translated = translations[locale.pk]
            if type(page).get_url_parts is not Page.get_url_parts:
                translated = translated.specific  # the page type builds its own URL (e.g. resolutions)
            url = _translated_url(page, translated.get_url(request), code, request)
        elif page is not None:
            home = _home_page(request)
            other_home = home.get_translations().filter(locale=locale).live().first() if home else None
            url = other_home.get_url(request) if other_home else "/"
        else:
            url = translate_url(request.get_full_path(), code)
        links.append({"code": code, "name": translation.get_language_info(code)["name_local"], "url": url})
    return {"links": links}


def _translated_url(page, translation_url, language_code, request):
    """The URL of what the visitor is looking at, on the translation of ``page``.

    A routable page whose sub-routes are localized (e.g. a project's ``nabor/`` tab, ``recruitment/`` in
    English) maps the current route with ``localized_route_url(translation_url, language_code, request)``.
    Otherwise the translation's own URL is used, keeping the query string (register filters, page number).
    """
    if translation_url and hasattr(page, "localized_route_url") and getattr(request, "routable_resolver_match", None):
        return page.localized_route_url(translation_url, language_code, request)
    query = request.GET.urlencode()
    return f"{translation_url}?{query}" if translation_url and query else translation_url


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The footer's page links in the active language, in one query: the accessibility statement and
    privacy policy chosen in site settings, and the news list (Aktualności)."""
    from home.models import NewsIndexPage

    site_settings = context["settings"]["home"]["SiteSettings"]
    chosen = {"accessibility": site_settings.accessibility_page_id, "privacy": site_settings.privacy_page_id}
    ids = [pk for pk in chosen.values() if pk]
    locale = _locales(context["request"]).get(translation.get_language())
    if locale is None:
        return {}
    news_type = ContentType.objects.get_for_model(NewsIndexPage)  # cached by Django after the first call
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    # The chosen pages, their live translations and the news list; then match them by translation key.
    rows = list(
        Page.objects.filter(
            Q(pk__in=ids)
            | Q(locale=locale, live=True, translation_key__in=keys)
            | Q(locale=locale, live=True, content_type=news_type)
        ).only("id", "translation_key", "locale_id", "url_path", "title", "path", "depth", "live", "content_type_id")
    )
    key_of = {row.pk: row.translation_key for row in rows if row.pk in ids}
    localized = {row.translation_key: row for row in rows if row.locale_id == locale.pk and row.live}
    links = {name: localized.get(key_of.get(pk)) for name, pk in chosen.items()}
    links["news"] = next((row for row in rows if row.content_type_id == news_type.pk and row.locale_id == locale.pk), None)
    return links


@register.simple_tag(takes_context=True)
def home_url(context):
    """The URL of the home page in the active language."""
    home = _home_page(context["request"])
    return home.get_url(context["request"]) if home else "/"


@register.filter
def localized_page(page):
    """The translation of ``page`` in the active language, or the page itself."""
    return page.localized if page is not None else None


@register.filter
def money(value):
    """Format an amount in złoty for the active language: "393 434,90 zł" in Polish, "PLN 393,434.90" in English."""
    if value is None or value == "":
        return ""
    amount = formats.number_format(Decimal(value), 2, use_l10n=True, force_grouping=True)
    if translation.get_language() == "pl":
        return f"{amount}\xa0zł"
    return f"PLN\xa0{amount}"


@register.filter
def human_file_size(size):
    """A file size in the visitor's language: "812 B", "120 kB", "1,4 MB"."""
    if size is None:
        return ""
    if size < 1024:
        return _("%(size)s B") % {"size": size}
    if size < 1024 * 1024:
        return _("%(size)s kB") % {"size": round(size / 1024)}
    return _("%(size)s MB") % {"size": formats.number_format(round(size / (1024 * 1024), 1), 1, use_l10n=True)}


@register.filter
def file_type_and_size(document):
    """"PDF, 120 kB" for a Wagtail document, read from the database (no disk access)."""
    extension = (document.file_extension or "").upper()
    size = human_file_size(document.file_size)
    return ", ".join(part for part in (extension, size) if part)


@register.filter
def long_date(value):
    """A date in words: "2 grudnia 2013 r." in Polish, "2 December 2013" in English."""
    if not value:
        return ""
    return _("%(date)s r.") % {"date": date_format(value, "j E Y")}


@register.filter
def long_datetime(value):
    """Local date and time: "2 grudnia 2013 r., godz. 10:00" in Polish, "2 December 2013, 10:00" in English."""
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
    """A bound field's widget with aria-describedby pointing at its help text and errors (and aria-invalid)."""
    ids = []
    if field.help_text:
        ids.append(f"{field.auto_id}_helptext")
    if field.errors:
        ids.append(f"{field.auto_id}_errors")
    attrs = {"aria-describedby": " ".join(ids)} if ids else {}
    if field.errors:
        attrs["aria-invalid"] = "true"
    return field.as_widget(attrs=attrs)


@register.filter
def json_ld(data):
    """Structured data (a dict) as JSON for <script type="application/ld+json">; "<", ">" and "&" are escaped,
    so no text from editors can close the script element early."""
    text = json.dumps(data, ensure_ascii=False)
    return mark_safe(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
