"""The funding programme: a snippet editors keep once and choose on every project it funds."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from core.localization import active_text

from ..enums import FundingPeriod


class FundingProgramme(index.Indexed, models.Model):
    """A funding programme chosen on project pages: its name, period, fund, mark strip and compulsory notice."""

    name = models.CharField(
        _("nazwa programu"), max_length=255, help_text=_("Np. Program Operacyjny Kapitał Ludzki")
    )
    name_en = models.CharField(
        _("nazwa po angielsku"), max_length=255, blank=True, help_text=_("Np. Human Capital Operational Programme")
    )
    period = models.CharField(
        _("okres finansowy"), max_length=9, choices=FundingPeriod.choices, help_text=_("Perspektywa finansowa UE.")
    )
    fund = models.CharField(
        _("fundusz"), max_length=255, blank=True, help_text=_("Np. Europejski Fundusz Społeczny")
    )
    fund_en = models.CharField(
        _("fundusz po angielsku"), max_length=255, blank=True, help_text=_("Np. European Social Fund")
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
    mark_strip_alt_en = models.CharField(
        _("opis paska po angielsku"),
        max_length=255,
        blank=True,
        help_text=_("Ten sam opis po angielsku, dla angielskiej wersji strony."),
    )
    notice = models.TextField(
        _("obowiązkowa informacja"),
        help_text=_("Np. „Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego.”"),
    )
    notice_en = models.TextField(
        _("informacja po angielsku"),
        blank=True,
        help_text=_("Ta sama informacja po angielsku, dla angielskiej wersji strony."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("name_en"), FieldPanel("period")], heading=_("Program")),
        MultiFieldPanel([FieldPanel("fund"), FieldPanel("fund_en")], heading=_("Fundusz")),
        MultiFieldPanel(
            [FieldPanel("mark_strip"), FieldPanel("mark_strip_alt"), FieldPanel("mark_strip_alt_en")],
            heading=_("Pasek logotypów"),
        ),
        MultiFieldPanel([FieldPanel("notice"), FieldPanel("notice_en")], heading=_("Obowiązkowa informacja")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("period")]

    class Meta:
        ordering = ["-period", "name"]
        verbose_name = _("program finansowania")
        verbose_name_plural = _("programy finansowania")

    def __str__(self):
        return f"{self.name} ({self.get_period_display()})"

    @property
    def display_name(self):
        return active_text(self.name, self.name_en)

    @property
    def display_fund(self):
        return active_text(self.fund, self.fund_en)

    @property
    def display_notice(self):
        return active_text(self.notice, self.notice_en)

    @property
    def display_mark_strip_alt(self):
        return active_text(self.mark_strip_alt, self.mark_strip_alt_en)
