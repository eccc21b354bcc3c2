"""Template tags shared by every page: menu, breadcrumbs, language switcher and locale-aware formatting."""

import json

from django import template
from django.db.models import Q
from django.urls import translate_url
from django.utils import translation
from django.utils.safestring import mark_safe
from wagtail.models import Page

from .. import formatting
from ..localization import active_locale, home_page_for, locales_by_code

register = template.Library()

# Locale-aware formatting (see core.formatting): the same functions serve Python code and templates.
for _name in ("money", "percent", "human_file_size", "file_type_and_size", "long_date", "long_datetime"):
    register.filter(_name, getattr(formatting, _name))


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The sections under the home page that editors marked "show in menus", with the current one marked."""
    request = context["request"]
    current = context.get("page")
    home = home_page_for(request)
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
    others = [locale for code, locale in locales_by_code(request).items() if code != current_language]
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
            home = home_page_for(request)
            other_home = home.get_translations().filter(locale=locale).live().first() if home else None
            url = other_home.get_url(request) if other_home else "/"
        else:
            url = translate_url(_same_site_path(request.get_full_path()), code)
        links.append({"code": code, "name": translation.get_language_info(code)["name_local"], "url": url})
    return {"links": links}


def _same_site_path(path):
    """``path`` as a path on this site: "//evil.example/x" would be read by browsers as another host."""
    return "/" + path.lstrip("/\\")


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
    """The footer's page links in the active language, in one query: the accessibility statement, privacy
    policy and news list chosen in site settings, each replaced by its live translation."""
    site_settings = context["settings"]["core"]["SiteSettings"]
    chosen = {
        "accessibility": site_settings.accessibility_page_id,
        "privacy": site_settings.privacy_page_id,
        "news": site_settings.news_page_id,
    }
    ids = [pk for pk in chosen.values() if pk]
    locale = active_locale(context["request"])
    if locale is None:
        return {}
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    # The chosen pages and their live translations; then match them by translation key.
    rows = list(
        Page.objects.filter(Q(pk__in=ids) | Q(locale=locale, live=True, translation_key__in=keys))
        .only("id", "translation_key", "locale_id", "url_path", "title", "path", "depth", "live")
    )
    key_of = {row.pk: row.translation_key for row in rows if row.pk in ids}
    localized = {row.translation_key: row for row in rows if row.locale_id == locale.pk and row.live}
    return {name: localized.get(key_of.get(pk)) for name, pk in chosen.items()}


@register.simple_tag(takes_context=True)
def home_url(context):
    """The URL of the home page in the active language."""
    home = home_page_for(context["request"])
    return home.get_url(context["request"]) if home else "/"


@register.filter
def localized_page(page):
    """The translation of ``page`` in the active language, or the page itself."""
    return page.localized if page is not None else None


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
