""""Polski język migowy" (PJM): the association's activity recorded in Polish Sign Language.

The recording is a Wagtail document served by the portal itself (no outside player and no third-party
cookies), with its captions as a WebVTT document and a transcript as text. Until the recording is added the
page says so plainly, so the header's link never leads to an empty page.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core.models import BasePage


class SignLanguagePage(BasePage):
    """"Polski język migowy": a video in PJM with captions and a transcript, linked from every page's header."""

    intro = models.TextField(_("wstęp"), blank=True, help_text=_("Jedno zdanie: co pokazuje nagranie."))
    video = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("nagranie wideo"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Plik MP4 lub WebM z tłumaczem PJM, wgrany do dokumentów portalu."),
    )
    captions = models.ForeignKey(
        "wagtaildocs.Document", verbose_name=_("napisy (WebVTT)"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Plik .vtt z napisami do nagrania, wgrany do dokumentów portalu."),
    )
    transcript = RichTextField(
        _("transkrypcja"), blank=True, features=["h2", "h3", "bold", "italic", "ol", "ul", "link"],
        help_text=_("Tekst tego, co mówi nagranie."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("video"), FieldPanel("captions")], heading=_("Nagranie")),
        FieldPanel("transcript"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("transcript")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("polski język migowy (PJM)")
        verbose_name_plural = _("strony w polskim języku migowym (PJM)")
