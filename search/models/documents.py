"""Documents in the site search: a file is found by its title and the text read from it, and leads to the page
that shows it.

Wagtail indexes a document's title only, and a search model's fields are its own, so each document gets one
``DocumentText`` row: its title and the text ``core.document_text`` reads from the file, kept when the file is
saved or replaced (``search.signal_handlers``), indexed like any other searchable model. Which page shows a
document is not stored here: Wagtail's reference index knows every page whose content links it (a body's
document list, a project's downloads, the statute's file), and the search asks it at query time
(``search.documents``), so a document leaves the results as soon as its page is unpublished or restricted.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index

from core.document_text import document_text
from core.search_text import SearchTermsMixin, TitleTerms


class DocumentText(SearchTermsMixin, index.Indexed, models.Model):
    """The searchable title and text of one document (filled from its file; editors never edit it)."""

    document = models.OneToOneField(
        "wagtaildocs.Document", verbose_name=_("dokument"), primary_key=True, on_delete=models.CASCADE,
        related_name="search_text",
    )
    title = models.CharField(_("tytuł"), max_length=255)
    text = models.TextField(_("tekst z pliku"), blank=True)

    search_fields = [
        index.SearchField("title"), TitleTerms(), index.SearchField("text"), index.SearchField("search_terms"),
        index.FilterField("document"),
    ]

    class Meta:
        verbose_name = _("tekst dokumentu")
        verbose_name_plural = _("teksty dokumentów")

    def __str__(self):
        return self.title


def refresh_document_text(document):
    """Read ``document``'s file again and keep its title and text for the search (indexed when saved)."""
    DocumentText.objects.update_or_create(
        document=document, defaults={"title": document.title[:255], "text": document_text(document) or ""}
    )
