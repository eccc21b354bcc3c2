"""``/favicon.ico``: browsers ask for it on every site whatever the page's head says. It is the association's
mark from the site settings (a 32-pixel PNG rendition), or the static mark the admin's branding uses when none
is chosen. Served as an ordinary public answer, so the answer cache keeps it like a page."""

import mimetypes

from django.contrib.staticfiles import finders
from django.http import Http404, HttpResponse

from .layout_cache import ICON_RENDITIONS, site_settings

STATIC_MARK = "img/mark.svg"


def favicon(request):
    settings = site_settings(request)
    if settings is not None and settings.mark_id:
        rendition = settings.mark.get_rendition(ICON_RENDITIONS["icon"])
        with rendition.file.open("rb") as file:
            content = file.read()
        return _answer(content, "image/png")
    path = finders.find(STATIC_MARK)
    if not path:
        raise Http404
    with open(path, "rb") as file:
        return _answer(file.read(), mimetypes.guess_type(path)[0] or "image/svg+xml")


def _answer(content, content_type):
    return HttpResponse(content, content_type=content_type)
