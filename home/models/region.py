""""O regionie": the page about the subregion, with its key figures computed from the member directory."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from core.layout_cache import section_page
from core.models import IntroBodyPage
from core.response_cache import kept
from members.models import MemberIndexPage, member_totals


class RegionPage(IntroBodyPage):
    """"O regionie": editable text about the subregion and its key figures, computed from the member directory."""

    intro = models.TextField(
        _("wstęp"), blank=True, help_text=_("Jedno lub dwa zdania o regionie, widoczne pod tytułem i w wynikach wyszukiwania.")
    )
    facts_note = models.CharField(
        _("źródło danych"),
        max_length=255,
        blank=True,
        help_text=_("Np. „Dane GUS, stan na 30.06.2009”. Liczby pod tekstem są liczone z danych członków Związku."),
    )

    content_panels = IntroBodyPage.content_panels + [FieldPanel("facts_note")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["core.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("strona o regionie")
        verbose_name_plural = _("strony o regionie")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["facts"] = kept("members:totals", member_totals)  # the same for everyone until a member changes
        # By type, so the link survives editors changing the directory's slug.
        context["members_page"] = section_page(request, MemberIndexPage)
        return context
