"""The further files of a resolution, each with its own extracted text."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.models import Orderable

from ..pdf_text import text_layer


class ResolutionAttachment(Orderable):
    """A further file of a resolution, e.g. "Załącznik nr 1"."""

    page = ParentalKey("resolutions.ResolutionPage", on_delete=models.CASCADE, related_name="attachments")
    title = models.CharField(_("tytuł"), max_length=255, help_text=_("Np. Załącznik nr 1 – harmonogram"))
    document = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("plik"), on_delete=models.PROTECT, related_name="+",
    )

    # the extracted text layer (see ResolutionPage.refresh_document_text)
    text = models.TextField(_("tekst"), blank=True, editable=False)
    is_scan = models.BooleanField(_("skan bez warstwy tekstowej"), default=False, editable=False)
    text_of = models.PositiveIntegerField(null=True, blank=True, editable=False)

    panels = [
        FieldPanel("title"),
        FieldPanel("document"),
        HelpPanel(template="resolutions/admin/attachment_text_status.html"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("załącznik")
        verbose_name_plural = _("załączniki")

    def refresh_text(self, force=False):
        """Extract the text of the file if it changed since the last extraction; flag a PDF without text."""
        if not force and self.document_id == self.text_of:
            return
        self.text, self.is_scan = text_layer(self.document if self.document_id else None)
        self.text_of = self.document_id

    def save(self, *args, **kwargs):
        if not kwargs.get("update_fields"):
            self.refresh_text()
        return super().save(*args, **kwargs)
