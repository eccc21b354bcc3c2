"""Old addresses with Polish letters keep working: ``/aktualności/`` answers 301 to ``/aktualnosci/``.

Page slugs are ASCII now (``core.models.pages`` refuses others); links and bookmarks made when they were not
would otherwise end at the 404 page. Only a request that would be a 404 is redirected, after the editors' own
redirects (Wagtail's redirects app) had their chance.
"""

import re
from urllib.parse import quote

from anyascii import anyascii
from django.http import HttpResponsePermanentRedirect

UNSAFE = re.compile(r"[^A-Za-z0-9._~-]+")


def ascii_path(path):
    """The path with each segment transliterated ("Łąka" → "Laka"); nothing in it can make a new segment."""
    segments = [UNSAFE.sub("-", anyascii(segment)) for segment in path.split("/") if segment]
    trailing = "/" if path.endswith("/") and segments else ""
    return "/" + "/".join(segments) + trailing


class AsciiRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404 or request.method not in ("GET", "HEAD") or request.path.isascii():
            return response
        target = ascii_path(request.path)
        if target == request.path or not target.isascii():
            return response
        query = request.META.get("QUERY_STRING", "")
        return HttpResponsePermanentRedirect(quote(target) + (f"?{query}" if query else ""))
