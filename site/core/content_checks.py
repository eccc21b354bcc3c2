"""What editors are told before they publish: the content checker, broken internal links, aging pages.

- **Content checker.** Wagtail's checker (the userbar's "Dostępność" and the editor's "Kontrole" panel) runs axe
  in the editor's browser. ``PortalContentChecker`` runs it with the same WCAG 2.1 A/AA tags as the test suite
  (``AXE_TAGS``, the list ``tests/conftest.py`` uses) plus Wagtail's content rules (empty and skipped headings,
  paragraphs used as headings, empty links and buttons, alt text that is a file name, empty meta description),
  so an editor sees in the editor what CI would reject. Rules whose axe message is English get a Polish one.
- **Broken internal links** (``broken_links``): links in rich text and StreamField to a page that is not
  published (a draft, unpublished or deleted page) or to a document that no longer exists.
- **Aging pages**: Wagtail's report, limited to pages last published more than ``AGING_MONTHS`` months ago.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.documents import get_document_model
from wagtail.models import Page

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
WAGTAIL_CONTENT_RULES = [
    "button-name", "empty-heading", "empty-table-header", "frame-title", "heading-order", "input-button-name",
    "link-name", "p-as-heading", "alt-text-quality", "empty-meta-description",
]
AGING_MONTHS = 12

_READERS = _("Popraw to, zanim opublikujesz: czytnik ekranu nie przekaże tej treści.")
_CONTRAST = _("Zmień kolor tekstu lub tła: tekst musi się wyraźnie odcinać (kontrast co najmniej 4,5:1).")
_STRUCTURE = _("Użyj bloków listy, tabeli i nagłówków zamiast formatowania tekstu.")
POLISH_MESSAGES = {
    "image-alt": {"error_name": _("Obraz bez tekstu alternatywnego"), "help_text": _READERS},
    "color-contrast": {"error_name": _("Za mały kontrast tekstu"), "help_text": _CONTRAST},
    "label": {"error_name": _("Pole formularza bez etykiety"), "help_text": _READERS},
    "select-name": {"error_name": _("Lista wyboru bez etykiety"), "help_text": _READERS},
    "list": {"error_name": _("Niepoprawnie zbudowana lista"), "help_text": _STRUCTURE},
    "listitem": {"error_name": _("Punkt listy poza listą"), "help_text": _STRUCTURE},
    "td-headers-attr": {"error_name": _("Komórka tabeli wskazuje nieistniejący nagłówek"), "help_text": _STRUCTURE},
    "duplicate-id-aria": {"error_name": _("Powtórzony identyfikator elementu"), "help_text": _READERS},
    "link-in-text-block": {"error_name": _("Odnośnik w tekście wyróżniony tylko kolorem"),
                           "help_text": _("Odnośnik musi się wyróżniać także inaczej niż kolorem, np. podkreśleniem.")},
}


class PortalContentChecker(ContentCheckerItem):
    """Wagtail's content checker with the suite's WCAG 2.1 A/AA rule set added to Wagtail's content rules."""

    axe_run_only = AXE_TAGS
    # Wagtail's content rules are best practices, outside the WCAG tags: enabled one by one, so they run too.
    axe_rules = {rule: {"enabled": True} for rule in WAGTAIL_CONTENT_RULES}
    axe_messages = {**POLISH_MESSAGES, **ContentCheckerItem.axe_messages}


def portal_checker_items(items):
    """Replace Wagtail's checker in the userbar (and in the editor's checks panel) by the portal's."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, PortalContentChecker):
            items[index] = PortalContentChecker(in_editor=getattr(item, "in_editor", False))


# -- broken internal links ------------------------------------------------------------------------

def link_targets(page):
    """[(model, id, field)] of the pages and documents ``page`` links to from its rich text and StreamFields.

    Only fields that carry links in content (``extract_references``); no query is made.
    """
    Document = get_document_model()
    targets = []
    for field in page._meta.get_fields():
        if not hasattr(field, "extract_references") or getattr(field, "concrete", True) is False:
            continue
        value = field.value_from_object(page)
        if not value:
            continue
        for model, object_id, _model_path, _content_path in field.extract_references(value):
            if issubclass(model, Page) or issubclass(model, Document):
                try:
                    targets.append((Page if issubclass(model, Page) else Document, int(object_id), field))
                except (TypeError, ValueError):
                    continue
    return targets


def broken_links(pages):
    """{page: [(kind, id, title or None, field label)]} for the ``pages`` (specific) with a link to a page that is
    not live or to a document that does not exist. Two queries, whatever the number of pages."""
    Document = get_document_model()
    found = {page: link_targets(page) for page in pages}
    page_ids = {pk for targets in found.values() for model, pk, _field in targets if model is Page}
    document_ids = {pk for targets in found.values() for model, pk, _field in targets if model is not Page}
    pages_by_id = {row["pk"]: row for row in Page.objects.filter(pk__in=page_ids).values("pk", "title", "live")}
    documents = set(Document.objects.filter(pk__in=document_ids).values_list("pk", flat=True))
    result = {}
    for page, targets in found.items():
        broken = []
        for model, pk, field in targets:
            label = str(getattr(field, "verbose_name", field.name))
            if model is Page:
                row = pages_by_id.get(pk)
                if row is None:
                    broken.append(("page", pk, None, label))
                elif not row["live"]:
                    broken.append(("page", pk, row["title"], label))
            elif pk not in documents:
                broken.append(("document", pk, None, label))
        if broken:
            result[page] = broken
    return result


def describe(link):
    kind, pk, title, label = link
    if kind == "page":
        return (_("„%(title)s” (strona nieopublikowana) w polu „%(field)s”") % {"title": title, "field": label}
                if title else _("usunięta strona (nr %(id)s) w polu „%(field)s”") % {"id": pk, "field": label})
    return _("usunięty dokument (nr %(id)s) w polu „%(field)s”") % {"id": pk, "field": label}


def aging_cutoff(now=None):
    """Pages last published before this moment have not been reviewed for ``AGING_MONTHS`` months."""
    now = now or timezone.now()
    return now - datetime.timedelta(days=round(AGING_MONTHS * 365 / 12))
