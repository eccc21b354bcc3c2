"""Members of the association and its statutory bodies.

``StatutoryBody`` is shared: the authorities pages (Władze) show each body's terms and people,
and the resolutions register files every resolution under the body that adopted it.
"""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index


class StatutoryBody(index.Indexed, models.Model):
    """A statutory body of the association: Zgromadzenie Ogólne, Zarząd Związku or Komisja Rewizyjna."""

    name = models.CharField(_("nazwa"), max_length=150, unique=True, help_text=_("Np. Zarząd Związku"))
    name_en = models.CharField(_("nazwa po angielsku"), max_length=150, blank=True)
    name_genitive = models.CharField(
        _("nazwa w dopełniaczu"), max_length=150, blank=True,
        help_text=_("Do nagłówków uchwał: „Uchwała nr 1/2014 Zarządu Związku”."),
    )
    slug = models.SlugField(
        _("adres"), max_length=60, unique=True,
        help_text=_("Część adresu stron, np. „zarzad” w /uchwaly/zarzad/2014/12/. Nie zmieniaj po publikacji."),
    )
    competences = RichTextField(_("kompetencje"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    sort_order = models.PositiveSmallIntegerField(_("kolejność"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("name_en"),
        FieldPanel("name_genitive"),
        FieldPanel("slug"),
        FieldPanel("competences"),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("organ statutowy")
        verbose_name_plural = _("organy statutowe")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """The name in the active language (English where given, Polish otherwise)."""
        if translation.get_language() == "en" and self.name_en:
            return self.name_en
        return self.name
