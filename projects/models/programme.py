"""The funding programme: a snippet editors keep once and choose on every project it funds."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from ..enums import FundingPeriod


class FundingProgramme(TranslatableMixin, index.Indexed, models.Model):
    """A funding programme chosen on project pages: its name, period, fund, mark strip and compulsory notice.

    Translatable: each language has its own row (same ``translation_key``) with the name, fund, mark strip
    description and notice in that language; the period and the mark strip image are synchronised. Project
    pages link the default-locale row and show its translation in the visitor's language.
    """

    name = models.CharField(
        _("nazwa programu"), max_length=255, help_text=_("Np. Program Operacyjny Kapitał Ludzki")
    )
    period = models.CharField(
        _("okres finansowy"), max_length=9, choices=FundingPeriod.choices, help_text=_("Perspektywa finansowa UE.")
    )
    fund = models.CharField(
        _("fundusz"), max_length=255, blank=True, help_text=_("Np. Europejski Fundusz Społeczny")
    )
    mark_strip = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("pasek logotypów"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Obowiązkowy pasek znaków (logo programu, flaga UE), pokazywany na każdej zakładce projektu."),
    )
    mark_strip_alt = models.CharField(
        _("opis paska logotypów"),
        max_length=255,
        blank=True,
        help_text=_("Co widać na pasku, dla osób niewidomych, np. „Logo Kapitał Ludzki i flaga Unii Europejskiej”."),
    )
    notice = models.TextField(
        _("obowiązkowa informacja"),
        help_text=_("Np. „Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego.”"),
    )

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("period")], heading=_("Program")),
        FieldPanel("fund"),
        MultiFieldPanel([FieldPanel("mark_strip"), FieldPanel("mark_strip_alt")], heading=_("Pasek logotypów")),
        FieldPanel("notice"),
    ]
    search_fields = [
        index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("period"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["-period", "name"]
        verbose_name = _("program finansowania")
        verbose_name_plural = _("programy finansowania")

    def __str__(self):
        return f"{self.name} ({self.get_period_display()})"
