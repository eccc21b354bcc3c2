"""Whole public responses for anonymous visitors, kept in Django's shared cache until something visible changes.

Why not Django's ``CacheMiddleware``: it keys entries on the request headers named in ``Vary``, and every page
here varies on ``Cookie`` (the editors' userbar) and, for Polish pages, on ``Accept-Language`` (Django's
``LocaleMiddleware`` adds it although the language comes from the path), so it would keep one copy per
visitor's cookies and browser language, store pages for logged-in editors under their session cookie, and tell
browsers to keep a page for the whole timeout, past the next publish. ``wagtail-cache`` 3.0 declares Wagtail
up to 7 (``wagtail<8``) but clears the whole cache on a publish, knows no snippet, setting or document edits,
and keeps every entry for one fixed time, so a recruitment opening at 9:00 would show as closed until it
expired. This module is that middleware with the portal's rules; Django does the rest (``CACHES``,
``ConditionalGetMiddleware`` for 304 answers, ``django.utils.cache`` for the headers).

What is kept: a 200 answer to a GET of a public address (pages in both languages, routed tabs, the register
with any filters, feeds, exports, the sitemap) from a visitor with no session or messages cookie, when
the answer sets no cookie, holds no CSRF token (a form), is not marked private, and was not made while this
process holds an uncommitted change. It is served to every such visitor on every worker and server, with an
``ETag`` and ``Last-Modified`` (so browsers and feed readers get 304), ``Cache-Control: max-age=0`` (browsers
ask again each time, cheaply) and, when a front cache is configured (``core.frontend_purge``), an
``s-maxage`` for it. Everything else (editors, previews under /admin/, forms, POSTs) is rendered each time
and marked ``private, no-cache``.

When it stops being true:
- *A change an editor makes*: the keys hold a *generation*; any visible change starts a new one when its
  transaction commits (pages saved, published, unpublished, moved or deleted; snippets, settings, documents,
  images, collections, privacy rules, redirects, locales, sites, pinned search results, users (not a login's
  own save), and rows belonging to any of them).
- *The clock*: every entry expires at the next moment a page could change by time alone: Warsaw midnight
  (dates: resolutions taking effect or expiring, terms, project status, the office's "today") or the next
  recruitment opening or closing hour. Each section says when its next such moment is in a ``clock.py``
  module with ``next_change(now)`` (found by ``autodiscover_modules``, as Django's admin finds ``admin.py``).
"""

import datetime
import hashlib
import zoneinfo

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers, cc_delim_re, patch_cache_control
from django.utils.http import http_date
from wagtail.signals import page_published, page_unpublished, post_page_move

from .code_version import code_version
from .generations import Generation

GENERATION_KEY = "portal:responses:generation"
HEADER = "X-Portal-Cache"  # HIT or MISS on what could be cached; tests and the bench read it
EXCLUDED_PREFIXES = ("/admin/", "/django-admin/", "/documents/", "/media/", "/static/")
PRIVATE_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")  # a visitor with either may see a page of their own
MAX_BYTES = 10 * 1024 * 1024  # larger answers (a huge export) are rendered each time
_clocks = []


def register_clock(next_change):
    """Add ``next_change(now)``: the next moment after ``now`` at which some page changes by time alone, or None."""
    if next_change not in _clocks:
        _clocks.append(next_change)


class AnonymousResponseCacheMiddleware:
    """Serve and keep anonymous visitors' public responses (placed before the session middleware, so it sees
    every cookie the answer sets, and after ConditionalGetMiddleware, which turns a matching ETag into 304)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _public_address(request):
            return self.get_response(request)
        cacheable = settings.PORTAL_RESPONSE_CACHE and _anonymous(request) and not _invalidation_pending()
        if cacheable:
            key = _key(request)
            entry = cache.get(key)
            if entry is not None and entry["valid_until"] > timezone.now():
                return _response(entry, "HIT")
        response = self.get_response(request)
        if not (cacheable and request.method == "GET" and _storable(request, response)):
            if not response.has_header("Cache-Control"):
                add_never_cache_headers(response)
                patch_cache_control(response, private=True)
            return response
        entry = _entry(response)
        ttl = (entry["valid_until"] - timezone.now()).total_seconds()
        if ttl >= 1 and len(entry["content"]) <= MAX_BYTES:
            cache.set(key, entry, int(ttl))
        return _response(entry, "MISS")


def _public_address(request):
    return request.method in ("GET", "HEAD") and not request.path_info.startswith(EXCLUDED_PREFIXES)


def _anonymous(request):
    return not any(name in request.COOKIES for name in PRIVATE_COOKIES) and "HTTP_AUTHORIZATION" not in request.META


def _storable(request, response):
    if response.status_code != 200 or response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    directives = {d.strip().lower().split("=")[0] for d in cc_delim_re.split(response.get("Cache-Control", ""))}
    return not directives & {"private", "no-cache", "no-store"}


def _entry(response):
    """What is kept of an answer: its bytes and headers, when it was made and until when it holds."""
    content = b"".join(response.streaming_content) if response.streaming else response.content
    headers = {name: value for name, value in response.items() if name.lower() not in ("content-length",)}
    vary = [v for v in cc_delim_re.split(headers.pop("Vary", "")) if v and v.lower() != "accept-language"]
    if vary:
        headers["Vary"] = ", ".join(vary)  # the language comes from the path, never from the browser
    now = timezone.now()
    headers.setdefault("ETag", f'"{hashlib.md5(content, usedforsecurity=False).hexdigest()}"')
    headers.setdefault("Last-Modified", http_date(now.timestamp()))
    return {
        "status": response.status_code, "content": content, "headers": headers,
        "valid_until": min(now + datetime.timedelta(seconds=settings.PORTAL_RESPONSE_CACHE_TIMEOUT), next_change(now)),
    }


def _response(entry, status):
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"].items():
        response[name] = value
    remaining = max(0, int((entry["valid_until"] - timezone.now()).total_seconds()))
    response["Cache-Control"] = "public, max-age=0, must-revalidate"
    if settings.WAGTAILFRONTENDCACHE:  # a front cache that the portal purges may keep it a little
        patch_cache_control(response, s_maxage=min(remaining, settings.PORTAL_SHARED_MAX_AGE))
    response[HEADER] = status
    return response


def _key(request):
    url = hashlib.md5(request.build_absolute_uri().encode(), usedforsecurity=False).hexdigest()
    return f"portal:response:{code_version()}:{_generation()}:{url}"


# -- the clock --------------------------------------------------------------------------------------

def next_change(now):
    """The next moment after ``now`` at which a page may change by time alone (kept per generation)."""
    key = f"portal:responses:clock:{code_version()}:{_generation()}"
    moment = cache.get(key)
    if moment is None or moment <= now:
        local = timezone.localtime(now, zoneinfo.ZoneInfo(settings.TIME_ZONE))
        midnight = datetime.datetime.combine(local.date() + datetime.timedelta(days=1), datetime.time(), local.tzinfo)
        moments = [midnight] + [m for m in (clock(now) for clock in _clocks) if m is not None and m > now]
        moment = min(moments)
        cache.set(key, moment, max(1, int((moment - now).total_seconds())))
    return moment


# -- generations ------------------------------------------------------------------------------------

_GENERATION = Generation(GENERATION_KEY)
_generation = _GENERATION.current
_new_generation = _GENERATION.renew
_invalidation_pending = _GENERATION.pending
invalidation_pending = _GENERATION.pending  # public: what is cached under the generation elsewhere (search)
invalidate = _GENERATION.renew_on_commit  # a new generation once the current transaction commits
generation = _GENERATION.current  # the current generation, public: tests/speed/test_response_cache.py reports it


def kept(name, build, timeout=3600, clock=False, request=None):
    """What ``build()`` returns, kept in the shared cache under the current generation (so until the next visible
    change commits): for data that is the same for every visitor, such as a section's list of pages. With
    ``clock=True`` (what it holds depends on the time: open recruitment calls, a resolution's status) it is kept
    only until the next moment a page may change by time alone (``next_change``), as the answers are. While this
    process holds an uncommitted change it is built anew and not kept, and so is what a preview shows (pass the
    ``request`` where ``build`` reads the page's own rows: a preview's are the draft's, under the live page's id)."""
    if invalidation_pending() or getattr(request, "is_preview", False):
        return build()
    key = f"portal:kept:{code_version()}:{generation()}:{name}"
    now = timezone.now()
    entry = cache.get(key)
    if entry is not None and (entry[0] is None or entry[0] > now):
        return entry[1]
    value = build()
    valid_until = next_change(now) if clock else None
    seconds = min(timeout, (valid_until - now).total_seconds()) if valid_until else timeout
    if seconds >= 1:
        cache.set(key, (valid_until, value), int(seconds))
    return value


_visible_cache = {}


def visible(model):
    """True for a model whose rows a visitor can see: pages, snippets, settings, documents, images,
    collections, privacy rules, redirects, locales, sites, the editors' pinned search results, users (a
    resolution's change register names who entered it), and inline rows (a ParentalKey) of any of them. Not the
    query log: a visitor's search that found nothing writes to it."""
    if model not in _visible_cache:
        _visible_cache[model] = False  # while its own parental keys are looked at
        from modelcluster.fields import ParentalKey
        from wagtail.contrib.redirects.models import Redirect
        from wagtail.contrib.search_promotions.models import SearchPromotion
        from wagtail.contrib.settings.registry import registry as settings_registry
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from django.contrib.auth import get_user_model
        from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, PageViewRestriction, Site
        from wagtail.snippets.models import get_snippet_models

        roots = (Page, Collection, CollectionViewRestriction, PageViewRestriction, Redirect, Locale, Site,
                 SearchPromotion, get_user_model(), get_document_model(), get_image_model(), *get_snippet_models(),
                 *settings_registry)
        _visible_cache[model] = issubclass(model, roots) or any(
            isinstance(field, ParentalKey) and visible(field.related_model) for field in model._meta.concrete_fields
        )
    return _visible_cache[model]


# What a login writes to the user (and Django's upgrade of a password's hash on login): nothing a visitor sees
UNSEEN_FIELDS = frozenset({"last_login", "password"})


def visible_change(instance, update_fields=None):
    """True for a save or deletion of ``instance`` that a visitor could see (a login's own save is not one)."""
    return visible(type(instance)) and not (update_fields and frozenset(update_fields) <= UNSEEN_FIELDS)


def _changed(sender, instance, update_fields=None, **kwargs):
    if visible_change(instance, update_fields):
        invalidate()


def _page_changed(sender, **kwargs):
    invalidate()


post_save.connect(_changed, dispatch_uid="portal_responses_saved")
post_delete.connect(_changed, dispatch_uid="portal_responses_deleted")
page_published.connect(_page_changed, dispatch_uid="portal_responses_published")
page_unpublished.connect(_page_changed, dispatch_uid="portal_responses_unpublished")
post_page_move.connect(_page_changed, dispatch_uid="portal_responses_moved")
