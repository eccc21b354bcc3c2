"""The shared layout's data, read once per site and language and kept in Django's cache for every worker.

Every public page shows the same header and footer: the site settings, the locales, the home page of each
language, the menu, the footer's pages and recommended links. Read from the database they cost most of a
page's queries; here they are read once into a ``Layout`` and kept in the cache (``CACHES``: files or Redis,
shared by all workers) under a key of the site, the language and the current *generation*.

``locales()`` keeps the locales the same way, for code that has no request, and ``find_site(request)`` the
sites (Wagtail's ``Site.find_for_request`` queries on every request).

A change that alters the layout starts a new generation when its transaction commits (at once outside one),
so no worker serves the old data after the change: a page at the top of a tree (a home page or one of its
children, i.e. the menu and the breadcrumbs' first crumbs) or chosen for the footer (or a translation of one)
saved, published, unpublished, moved or deleted; site settings, a recommended link, a locale or a site saved
or deleted. Until that commit the process that made the change reads the layout from the database, so it
never caches what a rollback would take back. The receivers are connected when this module is imported;
``core.localization`` imports it, and the sections' models import that, so it is connected in every process
(web workers and management commands such as ``publish_scheduled`` alike).
"""

from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Locale, Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .code_version import code_version
from .generations import Generation
from .models import RecommendedLink, SiteSettings

GENERATION_KEY = "portal:layout:generation"
LAYOUT_TIMEOUT = 600  # seconds; a change is seen at once (new generation), this only bounds the files kept
TOP_DEPTH = 3  # home pages are children of the tree's root (depth 2); the menu's sections are theirs
# SiteSettings.<name>_page: the footer's, the sections', and the header's top bar (ETR, PJM, site map)
CHOSEN_PAGES = ("news", "accessibility", "privacy", "resolutions", "easy_read", "sign_language", "site_map")
ICON_RENDITIONS = {"icon": "fill-32x32|format-png", "apple": "fill-180x180|format-png"}
SHARE_RENDITION = "fill-1200x630|format-jpeg"


@dataclass
class Layout:
    """What the header and footer show for one site and language (plain data: it is pickled into the cache)."""

    site_settings: SiteSettings | None = None
    locales: dict = field(default_factory=dict)  # language code -> Locale
    home_urls: dict = field(default_factory=dict)  # language code -> URL of that language's home page
    home_url: str = "/"
    menu: list = field(default_factory=list)  # [{"path", "title", "url"}] in menu order
    crumbs: dict = field(default_factory=dict)  # tree path -> {"title", "url", "depth"}: the home page and its children
    chosen: dict = field(default_factory=dict)  # CHOSEN_PAGES name -> URL of that page's translation in this language
    recommended_links: list = field(default_factory=list)  # [{"title", "url"}]
    sections: dict = field(default_factory=dict)  # model label -> the first live child of home of that type (a Page)
    icons: dict = field(default_factory=dict)  # "icon", "apple" -> URL of the mark's rendition (empty: the static mark)
    share_image: dict = field(default_factory=dict)  # the default sharing image: {"url", "width", "height", "alt"}
    key: str = ""  # the cache key it is kept under; empty when read from the database (a change is pending)


def layout(request):
    """The layout for the request's site and active language; read once per request."""
    if not hasattr(request, "_portal_layout"):
        request._portal_layout = _cached_layout(request)
        if request._portal_layout.site_settings is not None:
            # Wagtail keeps settings per request under this name: templates and ``SiteSettings.load(request)``
            # then read the cached settings instead of querying again.
            setattr(request, SiteSettings.get_cache_attr_name(), request._portal_layout.site_settings)
    return request._portal_layout


def site_settings(request):
    """The site settings, from the cached layout (no query when it is warm)."""
    return layout(request).site_settings or SiteSettings.load(request_or_site=request)


def _cached_layout(request):
    site = find_site(request)
    if site is None:
        return Layout()
    language = translation.get_language() or "pl"
    if _invalidation_pending():
        return _build(request, site, language)
    key = f"portal:layout:{code_version()}:{_generation()}:{site.pk}:{language}"
    return _in_process(key, lambda: _shared(key, lambda: _build(request, site, language, key=key)))


# -- kept in this process ---------------------------------------------------------------------------------

_IN_PROCESS = {}  # key -> the layout, the locales, the sites or a fragment of markup, in this process
MAX_IN_PROCESS = 64  # a few sites × languages × names; an older generation's are dropped with the rest


def _in_process(key, read):
    """What ``read()`` returns for ``key``, read once per process. Every key holds the code's fingerprint and the
    generation, so a change that alters what it names gives a new key on every worker: keeping the object in
    memory is as current as the shared cache's entry, and saves reading and unpickling it on every request
    (about 0.5 ms a page for the layout, the locales and the sites)."""
    data = _IN_PROCESS.get(key)
    if data is None:
        data = read()
        if len(_IN_PROCESS) >= MAX_IN_PROCESS:
            _IN_PROCESS.clear()
        _IN_PROCESS[key] = data
    return data


def _shared(key, build):
    """The shared cache's entry for ``key`` (every worker's and server's), built and stored when missing."""
    data = cache.get(key)
    if data is None:
        data = build()
        cache.set(key, data, LAYOUT_TIMEOUT)
    return data


def fragment(layout, name, render):
    """The markup ``render()`` draws from ``layout`` alone (the footer, the top bar), drawn once per layout in each
    process (``_in_process``: the layout's key names the site, the language and the generation). A layout read from
    the database (its change not committed yet) has no key: drawn every time."""
    if not layout.key:
        return render()
    return _in_process((layout.key, name), render)


def _build(request, site, language, key=""):
    """Read the layout from the database (six or seven queries); ``key``: the one it will be kept under."""
    all_locales = locales()
    settings = SiteSettings.load()
    # built per language (the key holds it): each link's title in that language
    links = [{"title": link.local_title, "url": link.url} for link in RecommendedLink.objects.filter(settings=settings)]
    homes = {
        page.locale_id: page
        for page in Page.objects.live().filter(translation_key=site.root_page.translation_key)
        .only("id", "path", "depth", "url_path", "locale_id", "title", "translation_key")
    }
    codes = {locale.pk: code for code, locale in all_locales.items()}
    home_urls = {codes[locale_id]: page.get_url(request) for locale_id, page in homes.items() if locale_id in codes}
    locale = all_locales.get(language)
    home = homes.get(locale.pk) if locale else None
    home = home or site.root_page
    top = list(
        Page.objects.filter(path__startswith=home.path, depth__lte=home.depth + 1)
        .select_related("content_type")
        .only("id", "path", "depth", "url_path", "title", "live", "show_in_menus", "content_type__app_label",
              "content_type__model")
        .order_by("path")
    )
    data = Layout(
        site_settings=settings,
        locales=all_locales,
        home_urls=home_urls,
        home_url=home.get_url(request) or "/",
        recommended_links=links,
        key=key,
    )
    for page in top:
        url = page.get_url(request)
        data.crumbs[page.path] = {"title": page.title, "url": url, "depth": page.depth}
        if page.depth == home.depth + 1 and page.live:
            label = f"{page.content_type.app_label}.{page.content_type.model}"
            data.sections.setdefault(label, page)
            if page.show_in_menus:
                data.menu.append({"path": page.path, "title": page.title, "url": url})
    if locale is not None:
        data.chosen = _chosen_urls(request, settings, locale)
    data.icons, data.share_image = _identity(settings)
    return data


def _identity(settings):
    """The mark's icons and the default sharing image as renditions (their URLs are all a page needs)."""
    icons, share = {}, {}
    if settings.mark_id:
        icons = {name: settings.mark.get_rendition(spec).url for name, spec in ICON_RENDITIONS.items()}
    image = settings.share_image if settings.share_image_id else settings.mark if settings.mark_id else None
    if image is not None:
        rendition = image.get_rendition(SHARE_RENDITION)
        alt = settings.local_share_image_alt if settings.share_image_id else settings.local_mark_alt
        alt = alt or image.title
        share = {"url": rendition.url, "width": rendition.width, "height": rendition.height, "alt": alt}
    return icons, share


def _chosen_urls(request, settings, locale):
    """The pages chosen in site settings (the footer's, the register), each as the URL of its live translation
    in ``locale``: editors choose the Polish page and every language version links to its own."""
    chosen = {name: getattr(settings, f"{name}_page_id") for name in CHOSEN_PAGES}
    ids = [pk for pk in chosen.values() if pk]
    keys = Page.objects.filter(pk__in=ids).values("translation_key")
    rows = list(
        Page.objects.filter(Q(pk__in=ids) | Q(locale=locale, live=True, translation_key__in=keys))
        .only("id", "translation_key", "locale_id", "url_path", "path", "depth", "live")
    )
    key_of = {row.pk: row.translation_key for row in rows if row.pk in ids}
    localized = {row.translation_key: row for row in rows if row.locale_id == locale.pk and row.live}
    urls = {}
    for name, pk in chosen.items():
        page = localized.get(key_of.get(pk))
        if page is not None:
            urls[name] = page.get_url(request)
    return urls


def section_page(request, model):
    """The first live child of type ``model`` of this language's home page, as a plain ``Page`` (None if none):
    the sections (news, register, directory…) are found by type, so links survive editors changing slugs."""
    return layout(request).sections.get(model._meta.label_lower)


def locales():
    """All locales by language code (Wagtail's ``Locale.get_active()`` queries on every call)."""
    if _invalidation_pending():
        return _read_locales()
    key = f"portal:locales:{code_version()}:{_generation()}"
    return _in_process(key, lambda: _shared(key, _read_locales))


def _read_locales():
    return {locale.language_code: locale for locale in Locale.objects.all()}


def find_site(request):
    """``Site.find_for_request(request)`` from the cached sites, kept on the request where Wagtail looks for it
    (``_wagtail_site``), so its own later calls (serving, settings) read it too. Sites and their root pages are
    the layout's (a change to either starts a new generation)."""
    if not hasattr(request, "_wagtail_site"):
        request._wagtail_site = _site_for(request)
    return request._wagtail_site


def _site_for(request):
    """Wagtail's choice (``wagtail.models.sites.get_site_for_hostname``) among the cached sites: the site of the
    host name and port, then of the host name if it is the default, then the only site of the host name, then
    the default site."""
    if _invalidation_pending():
        return Site._find_for_request(request)
    key = f"portal:sites:{code_version()}:{_generation()}"
    sites = _in_process(key, lambda: _shared(key, lambda: list(Site.objects.select_related("root_page"))))
    hostname = split_domain_port(request._get_raw_host())[0]
    port = request.get_port()
    port = int(port) if str(port).isdigit() else None

    def match(site):
        if site.hostname == hostname:
            return 0 if site.port == port else 1 if site.is_default_site else 3
        return 2  # the default site of another host name

    candidates = sorted((site for site in sites if site.hostname == hostname or site.is_default_site), key=match)
    if not candidates:
        return None
    if len(candidates) == 1 or match(candidates[0]) in (0, 1):
        return candidates[0]
    if match(candidates[0]) == 2:
        return candidates[len(candidates) == 2]
    return None


# -- generations ------------------------------------------------------------------------------------

_GENERATION = Generation(GENERATION_KEY)
_generation = _GENERATION.current
_new_generation = _GENERATION.renew
_invalidation_pending = _GENERATION.pending
invalidate = _GENERATION.renew_on_commit  # a new generation once the current transaction commits


def _alters_layout(page):
    """True for a page the layout shows: at the top of a tree, or chosen in site settings (or a translation of one)."""
    if page.depth is not None and page.depth <= TOP_DEPTH:
        return True
    settings = SiteSettings.objects.first()  # no settings yet: nothing chosen (and none created from here)
    chosen = [getattr(settings, f"{name}_page_id") for name in CHOSEN_PAGES] if settings else []
    return Page.objects.filter(pk__in=[pk for pk in chosen if pk], translation_key=page.translation_key).exists()


def _page_changed(sender, instance, **kwargs):
    if isinstance(instance, Page) and _alters_layout(instance):
        invalidate()


def _page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    if min(parent_page_before.depth, parent_page_after.depth) + 1 <= TOP_DEPTH or _alters_layout(instance):
        invalidate()


def _model_saved(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _page_changed(sender, instance)
    elif isinstance(instance, LAYOUT_MODELS):
        invalidate()


def _model_deleted(sender, instance, **kwargs):
    # Any page: a deleted footer page is no longer chosen in the settings (the key is set to null before this).
    if isinstance(instance, (Page, *LAYOUT_MODELS)):
        invalidate()


LAYOUT_MODELS = (SiteSettings, RecommendedLink, Locale, Site)
post_save.connect(_model_saved, dispatch_uid="portal_layout_saved")
post_delete.connect(_model_deleted, dispatch_uid="portal_layout_deleted")
page_published.connect(_page_changed, dispatch_uid="portal_layout_published")
page_unpublished.connect(_page_changed, dispatch_uid="portal_layout_unpublished")
post_page_move.connect(_page_moved, dispatch_uid="portal_layout_moved")
