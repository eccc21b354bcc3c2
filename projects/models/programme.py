"""The funding programme: a snippet editors keep once and choose on every project it funds."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.functional import lazy
from django.utils.html import format_html
from django.utils.safestring import SafeString
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from ..enums import FundingPeriod


# What an editor must upload: the ministry's files, never a set made by hand (the demo draws only the EU emblem
# and the Polish colours, whose geometry is published; the Fundusze Europejskie sign and the voivodeship's sign
# come only from the official files).
def _marks_help():
    return format_html(
        "<p>{}</p><ol><li>{}</li><li>{}</li><li>{}</li><li>{}</li></ol><p>{}</p>",
        _(
            "Wgraj oficjalne zestawienie znaków programu, pobrane z jego serwisu (dla FE dla Śląskiego 2021-2027: "
            "funduszeue.slaskie.pl, dział o promocji i oznakowaniu projektu, „Zestawienia znaków”). "
            "Znaki stoją w tej kolejności:"
        ),
        _("znak Funduszy Europejskich z nazwą programu,"),
        _("barwy Rzeczypospolitej Polskiej (znak „Rzeczpospolita Polska”),"),
        _("znak Unii Europejskiej z napisem „Dofinansowane przez Unię Europejską”,"),
        _("znak województwa (herb lub logo), jeśli program go wymaga."),
        _(
            "Wgraj obie wersje: poziomą i pionową. Pliki demonstracyjne portalu pokazują tylko barwy RP i znak UE: "
            "przed publikacją zastąp je oficjalnymi plikami ze znakiem Funduszy Europejskich i znakiem województwa."
        ),
    )


MARKS_HELP = lazy(_marks_help, SafeString)()  # translated when the form is shown, in the editor's language


class FundingProgramme(TranslatableMixin, index.Indexed, models.Model):
    """A funding programme chosen on project pages: its name, period, fund, mark strip and compulsory notice.

    Translatable: each language has its own row (same ``translation_key``) with the name, fund, mark strip
    description and notice in that language; the period and the mark strip image are synchronised. Project
    pages link the default-locale row and show its translation in the visitor's language.
    """

    name = models.CharField(_("nazwa programu"), max_length=255, help_text=_("Np. Program Operacyjny Kapitał Ludzki"))
    period = models.CharField(
        _("okres finansowy"), max_length=9, choices=FundingPeriod.choices, help_text=_("Perspektywa finansowa UE.")
    )
    fund = models.CharField(_("fundusz"), max_length=255, blank=True, help_text=_("Np. Europejski Fundusz Społeczny"))
    mark_strip = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("zestawienie znaków – wersja pozioma"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Oficjalny plik z serwisu programu („Zestawienia znaków”), wersja pozioma, SVG lub PNG, bez zmian. "
            "Widoczny pod tytułem na każdej zakładce projektu."
        ),
    )
    mark_strip_vertical = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("zestawienie znaków – wersja pionowa"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Ten sam zestaw znaków, wersja pionowa (znaki jeden pod drugim): na telefonach zamiast poziomej, "
            "żeby znaki pozostały czytelne."
        ),
    )
    mark_strip_alt = models.CharField(
        _("opis zestawienia znaków"),
        max_length=255,
        blank=True,
        help_text=_(
            "Znaki w kolejności z pliku, np. „Znak Funduszy Europejskich dla Śląskiego, barwy RP, znak UE: "
            "Dofinansowane przez Unię Europejską, herb Województwa Śląskiego”."
        ),
    )
    notice = models.TextField(
        _("obowiązkowa informacja"),
        help_text=_(
            "Np. „Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego.”"
        ),
    )

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("period")], heading=_("Program")),
        FieldPanel("fund"),
        MultiFieldPanel(
            [
                HelpPanel(content=MARKS_HELP),
                FieldPanel("mark_strip"),
                FieldPanel("mark_strip_vertical"),
                FieldPanel("mark_strip_alt"),
            ],
            heading=_("Zestawienie znaków (pasek logotypów)"),
        ),
        FieldPanel("notice"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("period"),
        index.FilterField("locale_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["-period", "name"]
        verbose_name = _("program finansowania")
        verbose_name_plural = _("programy finansowania")

    def __str__(self):
        return f"{self.name} ({self.get_period_display()})"
