"""Routing a request below a home page in one query, instead of Wagtail's two per level of the tree.

Wagtail walks down the tree one level at a time (the child with the next slug, then that child as its own
type), so a page three levels down costs six queries before it is served. Here the walk is one query over
the candidates' ``url_path`` values; the page found (the deepest one, or the first on the way that routes the
rest of the path itself, e.g. a ``RoutablePageMixin`` page) is remembered in Django's cache by its id,
type, tree path and ``url_path``. Next time that page is read in one query *with* the remembered tree path
and ``url_path`` as conditions: a page moved, renamed or deleted since no longer matches and the walk runs
again, so the cache needs no invalidation and never routes to a stale place. The page found then routes the
rest of the path itself, exactly as in Wagtail's walk (liveness, sub-routes and 404s stay its own).
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from wagtail.models import Page

from .code_version import code_version
from .localization import with_translations

ROUTE_TIMEOUT = 24 * 3600


def route_below(root, request, path_components):
    """What ``Page.route(root, request, path_components)`` returns, for a non-empty ``path_components``."""
    prefixes = ["/".join(path_components[:length]) for length in range(1, len(path_components) + 1)]
    keys = [f"portal:route:{code_version()}:{root.pk}:{hashlib.md5(prefix.encode()).hexdigest()}" for prefix in prefixes]
    remembered = cache.get_many(keys)
    for length in range(len(prefixes), 0, -1):
        entry = remembered.get(keys[length - 1])
        if entry and (entry["routes_itself"] or length == len(path_components)):
            page = _remembered_page(entry)
            if page is not None:
                return page.route(request, path_components[length:])
    page, length = _walk(root, path_components)
    cache.set(keys[length - 1], {
        "pk": page.pk, "content_type_id": page.content_type_id, "path": page.path, "url_path": page.url_path,
        "routes_itself": _routes_itself(type(page)),
    }, ROUTE_TIMEOUT)
    return page.route(request, path_components[length:])


def _remembered_page(entry):
    model = ContentType.objects.get_for_id(entry["content_type_id"]).model_class()
    if model is None:
        return None
    return _read(model, entry["pk"], entry["path"], entry["url_path"])


def _read(model, pk, path, url_path):
    """The page as its own type, with its translations for the language switcher, in one query; a page type
    names in ``serve_select_related`` what its page always shows from other tables (as Wagtail's settings'
    ``select_related``), so that is read in the same query."""
    queryset = model.objects.select_related(*getattr(model, "serve_select_related", ()))
    return with_translations(queryset, Q(pk=pk, path=path, url_path=url_path))


def _walk(root, path_components):
    """(page as its own type, number of path components it stands for), as Wagtail's walk would reach it."""
    candidates = [root.url_path + "/".join(path_components[:length]) + "/" for length in range(1, len(path_components) + 1)]
    chain = {
        page.url_path: page
        for page in Page.objects.filter(url_path__in=candidates, path__startswith=root.path)
        .only("id", "path", "depth", "url_path", "content_type_id")
    }
    found, found_length = None, 0
    for length, url_path in enumerate(candidates, 1):
        page = chain.get(url_path)
        if page is None or page.depth != root.depth + length:
            break
        found, found_length = page, length
        if _routes_itself(page.specific_class):
            break
    if found is None:
        raise Http404
    model = found.specific_class
    page = _read(model, found.pk, found.path, found.url_path) if model is not None else None
    return page or found, found_length


def _routes_itself(model):
    return model is not None and model.route is not Page.route
