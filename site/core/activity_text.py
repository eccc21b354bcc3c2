"""The association's activity as a machine-readable text file (art. 6 pkt 3 lit. c of the 2019 act on
ensuring accessibility for persons with special needs), at a stable address in each language:
``/informacja-o-dzialalnosci.txt`` and ``/en/informacja-o-dzialalnosci.txt``.

The text is the easy-to-read page's (chosen in site settings as ``easy_read_page``), in the visitor's language,
so there is one text to keep; the foundation does not know that page type and asks the page for its
``plain_text()``. The last line names the association, in the file's language when the settings give that name.
"""

from django.http import Http404, HttpResponse
from django.utils import translation
from django.views.decorators.http import require_safe
from wagtail.models import Page

from .layout_cache import locales, site_settings
from .page_privacy import without_restricted

FILENAME = "informacja-o-dzialalnosci.txt"


@require_safe
def activity_text(request):
    settings = site_settings(request)
    chosen = settings.easy_read_page_id
    locale = locales().get(translation.get_language() or "pl")
    if not chosen or locale is None:
        raise Http404
    source = Page.objects.filter(pk=chosen).values("translation_key")
    page = without_restricted(Page.objects.live().filter(translation_key__in=source, locale=locale)).first()
    page = page.specific if page is not None else None
    if page is None or not hasattr(page, "plain_text"):
        raise Http404
    text = page.plain_text()
    if settings.local_organisation_name:
        text += f"\n{settings.local_organisation_name}\n"
    response = HttpResponse(text.encode("utf-8"), content_type="text/plain; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{FILENAME}"'
    return response
