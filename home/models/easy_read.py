""""Tekst łatwy do czytania" (ETR): what the association does, in short sentences, one idea per paragraph.

Art. 6 pkt 3 lit. c of the 2019 act on accessibility for persons with special needs asks every public body for
information about its activity in three forms: easy-to-read text (this page), a recording in Polish Sign
Language (``SignLanguagePage``) and a machine-readable text file. The file is this page's text as plain UTF-8
(``plain_text``), served at a stable address (``core.views.activity_text``, linked from the page), so editors
keep one text and the file never says something else.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageChooserBlock
from wagtail.search import index

from core.models import BasePage


class EasyReadParagraphBlock(blocks.StructBlock):
    """One short paragraph, optionally with a picture beside it that shows the same idea."""

    text = blocks.TextBlock(
        label=_("Akapit"), help_text=_("Krótkie zdania, jedna myśl w akapicie, bez skrótów i obcych słów.")
    )
    image = ImageChooserBlock(label=_("Obrazek obok tekstu"), required=False)
    alt_text = blocks.CharBlock(
        label=_("Tekst alternatywny obrazka"), required=False, max_length=250,
        help_text=_("Co widać na obrazku; zostaw puste, jeśli obrazek tylko powtarza tekst akapitu."),
    )

    class Meta:
        icon = "pilcrow"
        label = _("Akapit")


class EasyReadPage(BasePage):
    """"Tekst łatwy do czytania": the association's activity in easy-to-read text, linked from every page's header."""

    intro = models.TextField(_("wstęp"), blank=True, help_text=_("Jedno lub dwa krótkie zdania: o czym jest ta strona."))
    paragraphs = StreamField(
        [("paragraph", EasyReadParagraphBlock())], verbose_name=_("akapity"), blank=True,
    )

    content_panels = BasePage.content_panels + [
        HelpPanel(content=_(
            "Pisz krótkimi zdaniami, jedna myśl w akapicie. Ten sam tekst jest do pobrania jako plik tekstowy "
            "(informacja o działalności w postaci odczytywalnej maszynowo, art. 6 pkt 3 lit. c ustawy o zapewnianiu "
            "dostępności)."
        )),
        FieldPanel("intro"),
        FieldPanel("paragraphs"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("paragraphs")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("tekst łatwy do czytania (ETR)")
        verbose_name_plural = _("teksty łatwe do czytania (ETR)")

    def plain_text(self):
        """The page as plain text: the title, the introduction and every paragraph, separated by blank lines."""
        parts = [self.title, self.intro] + [block.value["text"] for block in self.paragraphs]
        return "\n\n".join(part.strip() for part in parts if part and part.strip()) + "\n"
