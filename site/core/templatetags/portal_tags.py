"""Template tags shared by every page: the layout (menu, breadcrumbs, language switcher, footer) and
locale-aware formatting. The layout's data comes from ``core.layout_cache``: no query when the cache is warm,
except the current page's translations (the language switcher) and ancestors below the top of the tree."""

import json

from django import template
from django.templatetags.static import static
from django.urls import translate_url
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils import translation
from django.utils.translation import gettext
from django.utils.safestring import mark_safe
from wagtail.models import Page

from .. import formatting
from ..layout_cache import SHARE_RENDITION, fragment, layout as cached_layout
from ..localization import active_locale_anywhere, live_translations, nearest_translated_ancestor
from ..response_cache import kept

register = template.Library()

# Locale-aware formatting (see core.formatting): the same functions serve Python code and templates.
for _name in ("money", "percent", "human_file_size", "file_type_and_size", "long_date", "long_datetime", "long_date_or_datetime", "has_time", "tel_href"):
    register.filter(_name, getattr(formatting, _name))


@register.simple_tag(takes_context=True)
def layout(context):
    """The layout's data (``core.layout_cache.Layout``); base.html reads it first, so the site settings every
    template reads (``settings.core.SiteSettings``) come from the cache too."""
    return cached_layout(context["request"])


class LayoutFragmentNode(template.Node):
    def __init__(self, name, nodelist):
        self.name, self.nodelist = name, nodelist

    def render(self, context):
        layout = context.get("layout")
        if layout is None:
            return self.nodelist.render(context)
        return fragment(layout, self.name, lambda: self.nodelist.render(context))


@register.tag
def layout_fragment(parser, token):
    """``{% layout_fragment "footer" %}…{% endlayout_fragment %}``: markup that shows only what the layout holds
    (its site settings, chosen pages, links) in the active language, the same on every page: drawn once per
    layout (``core.layout_cache.fragment``). Nothing of the page or the request may go inside."""
    bits = token.split_contents()
    if len(bits) != 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError('{% layout_fragment "name" %} takes one quoted name')
    nodelist = parser.parse(("endlayout_fragment",))
    parser.delete_first_token()
    return LayoutFragmentNode(bits[1][1:-1], nodelist)


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """``url`` (a path such as the layout's) as an absolute address on the request's host; empty stays empty."""
    return context["request"].build_absolute_uri(url) if url else ""


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """The sections under the home page that editors marked "show in menus", with the current one marked."""
    current_path = getattr(context.get("page"), "path", None) or ""
    items = []
    for section in cached_layout(context["request"]).menu:
        state = None
        if current_path.startswith(section["path"]):
            state = "page" if current_path == section["path"] else "true"
        items.append({**section, "current": state})
    return {"items": items}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None, extra=None):
    """The trail from the home page to the current page; ``extra`` adds a last, non-page crumb (e.g. a tab).

    The home page and its children come from the cached layout; deeper ancestors from one query.
    """
    page = page or context.get("page")
    if page is None or not getattr(page, "depth", None) or page.depth <= 2:
        return {"ancestors": [], "page": page, "extra": extra}
    request = context.get("request")
    paths = [page.path[:end] for end in range(2 * Page.steplen, len(page.path), Page.steplen)]
    crumbs = cached_layout(request).crumbs if request is not None else {}
    if any(path not in crumbs for path in paths):
        crumbs = {
            ancestor.path: {"title": ancestor.title, "url": ancestor.get_url(request), "depth": ancestor.depth}
            for ancestor in Page.objects.filter(path__in=paths).only("id", "title", "url_path", "path", "depth")
        }
    ancestors = [crumbs[path] for path in paths if path in crumbs]
    return {"ancestors": ancestors, "page": page, "extra": extra, "request": request}


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """Links to the current page in the other languages. Where a page has no translation, the link goes to its
    nearest translated ancestor (or that language's home page) and says so, in that language."""
    return {"links": _language_links(context)}


@register.inclusion_tag("includes/language_alternates.html", takes_context=True)
def language_alternates(context):
    """``<link rel="alternate" hreflang>`` for each language version of the page that exists (itself included)."""
    request = context["request"]
    page = context.get("page")
    if page is None or not getattr(page, "pk", None):
        return {"alternates": []}
    own = {"code": translation.get_language(), "url": request.build_absolute_uri(request.get_full_path())}
    others = [
        {"code": link["code"], "url": request.build_absolute_uri(link["url"])}
        for link in _language_links(context) if link["translated"]
    ]
    return {"alternates": [own, *others] if others else []}


def _language_links(context):
    """``[{"code", "name", "url", "translated", "fallback_title"}]`` for the other languages; built once a request."""
    request = context["request"]
    page = context.get("page")
    cache_key = "_portal_language_links"
    if hasattr(request, cache_key) and getattr(request, cache_key)[0] is page:
        return getattr(request, cache_key)[1]
    current_language = translation.get_language()
    data = cached_layout(request)
    others = [locale for code, locale in data.locales.items() if code != current_language]
    translations = {}
    if page is not None and getattr(page, "pk", None) and others:
        translations = {item.locale_id: item for item in live_translations(page)}
    links = []
    for locale in others:
        code = locale.language_code
        link = {"code": code, "name": translation.get_language_info(code)["name_local"], "translated": False,
                "fallback_title": ""}
        if locale.pk in translations:
            translated = translations[locale.pk]
            if type(page).get_url_parts is not Page.get_url_parts:
                translated = translated.specific  # the page type builds its own URL (e.g. resolutions)
            link["url"] = _translated_url(page, translated.get_url(request), code, request)
            link["translated"] = True
        elif page is not None and getattr(page, "pk", None):
            # kept until a visible change: an untranslated page (many resolutions) would read it on each request
            ancestor = kept(f"core:fallback:{page.pk}:{locale.pk}", lambda locale=locale: nearest_translated_ancestor(page, locale),
                            request=request)
            link["url"] = (ancestor.get_url(request) if ancestor else None) or data.home_urls.get(code) or "/"
            with translation.override(code):
                link["fallback_title"] = gettext("Ta strona nie ma wersji w tym języku: przejdziesz do „%(title)s”.") % {
                    "title": ancestor.title if ancestor else ""
                }
        elif page is not None:
            link["url"] = data.home_urls.get(code) or "/"
        else:
            link["url"] = translate_url(_same_site_path(request.get_full_path()), code)
            link["translated"] = True
        links.append(link)
    setattr(request, cache_key, (page, links))
    return links


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
def home_url(context):
    """The URL of the home page in the active language."""
    return cached_layout(context["request"]).home_url


@register.filter
def localized_page(page):
    """The live translation of ``page`` in the active language, or the page itself (as Wagtail's ``localized``,
    without its query for the active locale)."""
    if page is None:
        return None
    locale = active_locale_anywhere()
    if page.locale_id == locale.pk:
        return page
    return page.get_translations().filter(locale=locale, live=True).first() or page


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


# -- identity: sharing tags, icons, notice and mourning ---------------------------------------------

OG_LOCALES = {"pl": "pl_PL", "en": "en_GB"}


@register.inclusion_tag("includes/share_meta.html", takes_context=True)
def share_meta(context):
    """Open Graph and Twitter card tags for the page: its title, description (search description, else its
    intro or lead), address and image (its own ``image`` where it has one, else the default sharing image),
    all as absolute URLs."""
    request = context["request"]
    page = context.get("page")
    data = cached_layout(request)
    settings = data.site_settings
    description = ""
    if page is not None:
        description = getattr(page, "search_description", "") or getattr(page, "intro", "") or getattr(page, "lead", "")
    image = dict(data.share_image)
    own = getattr(page, "image", None) if page is not None else None
    if own is not None and hasattr(own, "get_rendition"):
        rendition = own.get_rendition(SHARE_RENDITION)
        alt = getattr(page, "image_alt", "") or own.title
        image = {"url": rendition.url, "width": rendition.width, "height": rendition.height, "alt": alt}
    if not image:
        image = {"url": static("img/mark.svg"), "alt": settings.local_mark_alt if settings else ""}
    image["url"] = request.build_absolute_uri(image["url"])
    url = page.get_full_url(request) if page is not None and getattr(page, "pk", None) else None
    return {
        "title": (getattr(page, "seo_title", "") or getattr(page, "title", "")) if page is not None else "",
        "site_name": (settings.local_short_name or settings.local_organisation_name) if settings else "",
        "description": strip_tags(str(description)).strip()[:300],
        "url": url or request.build_absolute_uri(),
        "locale": OG_LOCALES.get(translation.get_language() or "pl", "pl_PL"),
        "type": "article" if own is not None else "website",
        "image": image,
    }


@register.simple_tag(takes_context=True)
def identity(context):
    """What the layout shows of the association's identity now: the icons' URLs, the notice (while it lasts)
    and whether mourning is on. The ends are checked against the clock on each rendering; cached answers
    expire at them (``core.clock``)."""
    data = cached_layout(context["request"])
    settings = data.site_settings
    now = timezone.now()
    mark = static("img/mark.svg")
    return {
        "icon": data.icons.get("icon") or mark,
        "apple": data.icons.get("apple") or mark,
        "notice": settings if settings is not None and settings.notice_shown(now) else None,
        "mourning": settings is not None and settings.mourning_shown(now),
    }
