"""The "Pliki do pobrania" tab: documents grouped under headings, each shown only to who may open it."""

from itertools import groupby

from django.db import models
from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.queryset import FakeQuerySet
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import CollectionViewRestriction

from core.blocks import RICH_TEXT_FEATURES
from core.documents import visible_documents
from core.models import TranslatableOrderable
from core.response_cache import kept


class ProjectDownloadsTab(models.Model):
    """The fields, panels and context of a project's downloads tab."""

    downloads_intro = RichTextField(
        _("tekst nad listą plików"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Opcjonalny.")
    )

    downloads_panels = [
        FieldPanel("downloads_intro"),
        InlinePanel("downloads", heading=_("Pliki"), label=_("plik")),
    ]

    class Meta:
        abstract = True

    def download_groups(self, request):
        """The downloads this visitor may see, grouped under their headings, in editors' order.

        The same query tells whether any file lies in a collection with a view restriction; only then are
        the restrictions read and judged for this visitor (``visible_documents``). The list before that
        judgement is the same for everyone: it is kept under the answers' generation (not for a preview).
        """
        downloads = kept(f"projects:downloads:{self.pk}", self._downloads, request=request)
        if any(item.restricted for item in downloads):
            downloads = visible_documents(request, downloads)
        return [
            {"heading": heading, "items": list(items)}
            for heading, items in groupby(downloads, key=lambda item: item.group_heading)
        ]

    def _downloads(self):
        """The rows with a document, each knowing whether its collection (or one above it) has a view
        restriction: in the same query for saved rows, in Python for a preview's rows, which are in memory."""
        rows = self.downloads.all()
        if isinstance(rows, FakeQuerySet):
            items = [item for item in rows if item.document_id]
            closed = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
            for item in items:
                item.restricted = any(item.document.collection.path.startswith(path) for path in closed)
            return items
        restricted = CollectionViewRestriction.objects.filter(
            collection__path=Substr(OuterRef("document__collection__path"), 1, Length("collection__path"))
        )
        return [
            item for item in rows.select_related("document__collection").annotate(restricted=Exists(restricted))
            if item.document_id
        ]

    def public_downloads_text(self):
        """What the downloads tab lists to everyone (headings, titles, descriptions), for the search index.

        Files in a collection with a view restriction are left out: search must not reveal them.
        """
        return " ".join(
            f"{item.group_heading} {item.display_title} {item.description}"
            for item in self._downloads() if not item.restricted
        )

    def downloads_context(self, request):
        return {"download_groups": self.download_groups(request)}


class ProjectDownload(TranslatableOrderable):
    """One file on the "Pliki do pobrania" tab, under a group heading."""

    page = ParentalKey("projects.ProjectPage", related_name="downloads", on_delete=models.CASCADE)
    group_heading = models.CharField(
        _("grupa"),
        max_length=150,
        blank=True,
        help_text=_("Nagłówek, pod którym plik się pojawi, np. Dokumenty rekrutacyjne. Kolejne pliki z tą samą grupą są razem."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("plik"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Wybierz plik z biblioteki albo prześlij nowy (zakładka Prześlij w oknie wyboru)."),
    )
    title = models.CharField(
        _("tytuł wyświetlany"), max_length=255, blank=True, help_text=_("Puste: tytuł dokumentu.")
    )
    description = models.CharField(_("opis"), max_length=500, blank=True, help_text=_("Opcjonalny, jedno zdanie."))

    panels = [FieldPanel("group_heading"), FieldPanel("document"), FieldPanel("title"), FieldPanel("description")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("plik do pobrania")
        verbose_name_plural = _("pliki do pobrania")

    def __str__(self):
        return self.title or (self.document.title if self.document_id else "")

    @property
    def display_title(self):
        return self.title or self.document.title
