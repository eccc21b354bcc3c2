"""Purging a front cache (Varnish, Cloudflare, CloudFront) of every address a change affects, in every language.

Wagtail's ``wagtail.contrib.frontend_cache`` purges the published page alone, and its
``WAGTAILFRONTENDCACHE_LANGUAGES`` assumes one page per address prefix, where here each language is a page of
its own (wagtail-localize). So this module uses its backends (``WAGTAILFRONTENDCACHE``, read from the
environment in settings) with its own choice of addresses, sent once the change commits:

- a page saved, published, unpublished, moved or deleted: that page and its translations, their ancestors
  (lists and the home page show it) and each one's routed sub-pages without parameters (tabs, feeds, exports,
  archive), and every site's sitemap;
- anything else a visitor sees (``core.response_cache.visible_change``: snippets, settings, documents, images…), a
  change to the top of a tree (the menu is on every page) and a move: every live page of every language.

Addresses a purge cannot name (the register's filter combinations, search results, other list pages) carry
``s-maxage`` of at most ``PORTAL_SHARED_MAX_AGE`` seconds (``core.response_cache``).
"""

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.urls import NoReverseMatch
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .layout_cache import TOP_DEPTH
from .response_cache import visible_change


class _Purge:
    """The on-commit callback that purges what one transaction changed (it gathers the addresses as it goes)."""

    def __init__(self):
        self.urls = set()
        self.everything = False

    def __call__(self):
        batch = PurgeBatch(self.urls)
        if self.everything:
            for page in Page.objects.live().specific(defer=True).iterator():
                batch.add_urls(page_urls(page))
        for site in Site.objects.all():
            batch.add_url(site.root_url + "/sitemap.xml")
        batch.purge()


def _pending():
    """This transaction's purge, registered to run when it commits (a new one outside a transaction)."""
    connection = transaction.get_connection()
    if connection.in_atomic_block:
        for _, func, _ in connection.run_on_commit:
            if isinstance(func, _Purge):
                return func
    purge = _Purge()
    transaction.on_commit(purge)
    return purge


def routed_paths(page):
    """"" and the page's routed sub-paths that take no parameter ("nabor/", "feed/", "eksport/csv/"…)."""
    paths = [""]
    if isinstance(page, RoutablePageMixin):
        for pattern in page.get_subpage_urls():
            try:
                paths.append(page.reverse_subpage(pattern.name).lstrip("/"))
            except NoReverseMatch:
                continue
    return sorted(set(paths))


def page_urls(page):
    """The page's full URL with each of its routed sub-paths and what it names in Wagtail's ``get_cached_paths``."""
    url = page.get_full_url()
    paths = set(routed_paths(page)) | {path.lstrip("/") for path in page.get_cached_paths()}
    return [url + path for path in sorted(paths)] if url else []


def affected_pages(page):
    """The page and its translations, and their ancestors below the tree's root."""
    translations = list(Page.objects.filter(translation_key=page.translation_key).specific(defer=True))
    ancestors = Page.objects.none()
    for translation in translations:
        ancestors |= translation.get_ancestors().filter(depth__gt=1)
    return translations + list(ancestors.specific(defer=True))


def _page_changed(page):
    if not settings.WAGTAILFRONTENDCACHE:
        return
    purge = _pending()
    if page.depth is not None and page.depth <= TOP_DEPTH:
        purge.everything = True
    for affected in affected_pages(page):
        purge.urls.update(page_urls(affected))


def _saved_or_deleted(sender, instance, **kwargs):
    if not settings.WAGTAILFRONTENDCACHE or not visible_change(instance, kwargs.get("update_fields")):
        return
    if isinstance(instance, Page):
        _page_changed(instance)
    else:
        _pending().everything = True


def _published(sender, instance, **kwargs):
    _page_changed(instance)


def _moved(sender, instance, **kwargs):
    if settings.WAGTAILFRONTENDCACHE:  # the old addresses of it and its descendants are gone: purge them all
        _pending().everything = True


post_save.connect(_saved_or_deleted, dispatch_uid="portal_purge_saved")
post_delete.connect(_saved_or_deleted, dispatch_uid="portal_purge_deleted")
page_published.connect(_published, dispatch_uid="portal_purge_published")
page_unpublished.connect(_published, dispatch_uid="portal_purge_unpublished")
post_page_move.connect(_moved, dispatch_uid="portal_purge_moved")
