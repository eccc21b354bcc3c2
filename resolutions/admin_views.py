"""The scan check behind the resolution editor: as soon as an editor picks or uploads a PDF in a document chooser,
the editor says whether it is a scan without a text layer, before the page is saved."""

from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.documents.permissions import permission_policy

from .pdf_text import extract_pdf_text


def document_scan_check(request):
    """``{"is_scan": …, "message": …}`` for ``?document=<id>``; 404 for a document the editor may not choose."""
    try:
        document = get_document_model().objects.get(pk=int(request.GET.get("document", "")))
    except (ValueError, get_document_model().DoesNotExist):
        raise Http404
    if not permission_policy.user_has_permission_for_instance(request.user, "choose", document):
        raise Http404
    text = extract_pdf_text(document)
    if text is None:
        return JsonResponse({"is_scan": False, "message": _("To nie jest plik PDF: portal nie odczyta jego tekstu.")})
    if text == "":
        return JsonResponse({"is_scan": True, "message": _(
            "Ten plik to skan bez warstwy tekstowej. Czytnik ekranu go nie odczyta, a wyszukiwarka nie znajdzie "
            "jego treści. Jeśli to możliwe, dołącz PDF z tekstem (np. wyeksportowany z edytora)."
        )})
    return JsonResponse({"is_scan": False, "message": _(
        "Plik ma warstwę tekstową (%(count)s znaków): czytnik ekranu go odczyta, a wyszukiwarka znajdzie."
    ) % {"count": len(text)}})
