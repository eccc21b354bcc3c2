"""Serving a page: Wagtail's own view, with the page found, read and its privacy looked up once per generation.

Wagtail routes from ``site.root_page.localized.specific``: on an English request that is a query for the
active locale, one for the translation and one for its specific row before the walk below it starts. Here the
home page of the active language (the site and the locale come from the cached layout) is read as its own type
in one query, and the route is handed to Wagtail's ``serve`` the way it keeps it
(``request._wagtail_route_for_request``), so hooks, privacy and sub-routes stay Wagtail's.

What the route finds is the same for every visitor until something visible changes: the page as its own type
(with its live translations, for the language switcher), what a routable page resolves the rest of the path to,
and the privacy rules of the page and its ancestors (Wagtail's ``before_serve_page`` check reads them with two
queries on every request). So it is kept in Django's shared cache under the anonymous answers' *generation*
(``core.response_cache``): any visible change — a page saved, published, unpublished, moved or deleted, a privacy
rule, a snippet, a locale, a site — starts a new one when it commits, and until then the process that made the
change routes from the database. A route does not depend on the clock (a scheduled page goes live or expires
through ``publish_scheduled``, which publishes or unpublishes it, so a new generation), and the page is kept as
the route read it, before serving fills in anything of one request or one moment. Only routes that find a page
are kept (a mistyped address cannot fill the cache).
"""

import hashlib

from django.core.cache import cache
from django.http import Http404
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from . import response_cache
from .code_version import code_version
from .layout_cache import find_site
from .localization import active_locale, live_translations

TIMEOUT = 3600  # seconds; a change is seen at once (new generation), this only bounds the entries kept


def serve(request, path):
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = _served_route(request, path)
    return wagtail_views.serve(request, path)


class KnownRestrictions:
    """Stands in for ``page.get_view_restrictions``: the page's and its ancestors' privacy rules, read once."""

    def __init__(self, restrictions):
        self.restrictions = restrictions

    def __call__(self):
        return self.restrictions


def _served_route(request, path):
    site = find_site(request)
    if site is None:
        return None
    if response_cache.invalidation_pending():  # this process holds an uncommitted change: read it as it is now
        return _route(request, site, path)
    digest = hashlib.md5(path.encode(), usedforsecurity=False).hexdigest()
    key = f"portal:served:{code_version()}:{response_cache.generation()}:{site.pk}:{translation.get_language()}:{digest}"
    entry = cache.get(key)
    if entry is not None:
        return _from_entry(request, entry)
    had_match = hasattr(request, "routable_resolver_match")
    route, home = _route(request, site, path, with_home=True)
    if route is None:
        return None
    page = route.page
    page.get_view_restrictions = KnownRestrictions(list(page.get_view_restrictions()))
    live_translations(page)  # the language switcher's and hreflang links, read once and kept with the page
    subpath = None
    if not had_match and hasattr(request, "routable_resolver_match") and page.depth >= home.depth:
        # a routable page resolved the rest of the path (a tab, an archive): kept as that rest, resolved again on
        # each request (Django's ResolverMatch is not picklable, and the page's views read it from the request)
        rest = [component for component in path.split("/") if component][page.depth - home.depth:]
        subpath = "/" + "".join(f"{component}/" for component in rest)
        if tuple(page.resolve_subpage(subpath)) != tuple(route.args):
            return route  # not what this walk resolved: served, not kept
    entry = {"page": page, "subpath": subpath, "args": None if subpath else route.args, "kwargs": route.kwargs}
    cache.set(key, entry, TIMEOUT)
    return route


def _from_entry(request, entry):
    page = entry["page"]
    if entry["subpath"] is None:
        return RouteResult(page, args=entry["args"], kwargs=entry["kwargs"])
    match = page.resolve_subpage(entry["subpath"])
    request.routable_resolver_match = match
    return RouteResult(page, args=tuple(match), kwargs=entry["kwargs"])


def _route(request, site, path, with_home=False):
    home = _home_page(site.root_page, active_locale(request))
    try:
        route = home.route(request, [component for component in path.split("/") if component])
    except Http404:
        route = None
    return (route, home) if with_home else route


def _home_page(root, locale):
    """The root page's translation in ``locale`` as its own type (the root itself where there is none)."""
    model = root.specific_class or Page
    if locale is None or locale.pk == root.locale_id:
        return model.objects.filter(pk=root.pk).first() or root
    translated = model.objects.filter(translation_key=root.translation_key, locale_id=locale.pk).first()
    return translated or root.specific
