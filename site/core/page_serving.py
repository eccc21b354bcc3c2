"""Serving a page: Wagtail's own view, with the visitor's home page found in one query.

Wagtail routes from ``site.root_page.localized.specific``: on an English request that is a query for the
active locale, one for the translation and one for its specific row before the walk below it starts. Here the
home page of the active language (the site and the locale come from the cached layout) is read as its own type
in one query, and the route is handed to Wagtail's ``serve`` the way it keeps it
(``request._wagtail_route_for_request``), so hooks, privacy and sub-routes stay Wagtail's.
"""

from django.http import Http404
from wagtail import views as wagtail_views
from wagtail.models import Page

from .layout_cache import find_site
from .localization import active_locale


def serve(request, path):
    if not hasattr(request, "_wagtail_route_for_request"):
        request._wagtail_route_for_request = _route(request, path)
    return wagtail_views.serve(request, path)


def _route(request, path):
    site = find_site(request)
    if site is None:
        return None
    home = _home_page(site.root_page, active_locale(request))
    try:
        return home.route(request, [component for component in path.split("/") if component])
    except Http404:
        return None


def _home_page(root, locale):
    """The root page's translation in ``locale`` as its own type (the root itself where there is none)."""
    model = root.specific_class or Page
    if locale is None or locale.pk == root.locale_id:
        return model.objects.filter(pk=root.pk).first() or root
    translated = model.objects.filter(translation_key=root.translation_key, locale_id=locale.pk).first()
    return translated or root.specific
