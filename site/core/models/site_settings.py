"""The association's identity and the site-wide links, edited once in "Ustawienia portalu"."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable

from ..validators import validate_nip, validate_regon


def _page_choice(verbose_name, help_text=""):
    return models.ForeignKey(
        "wagtailcore.Page", verbose_name=verbose_name, null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+", help_text=help_text,
    )


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseGenericSetting):
    """The association's identity and contact details, shown in the footer and wherever the site needs them.

    The pages chosen here (accessibility statement, privacy policy, news, register) are the Polish ones;
    every language version links to their translation.
    """

    organisation_name = models.CharField(_("pełna nazwa organizacji"), max_length=255)
    short_name = models.CharField(_("nazwa skrócona"), max_length=100, blank=True)
    address = models.TextField(_("adres"), blank=True, help_text=_("Ulica i numer w pierwszym wierszu, kod i miejscowość w drugim."))
    phone = models.CharField(_("telefon"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    epuap = models.CharField(_("skrzynka ePUAP"), max_length=100, blank=True, help_text=_("Np. /subregion/SkrytkaESP"))
    nip = models.CharField(
        _("NIP"), max_length=13, blank=True, validators=[validate_nip], help_text=_("10 cyfr, np. 642-288-97-72.")
    )
    regon = models.CharField(
        _("REGON"), max_length=14, blank=True, validators=[validate_regon], help_text=_("9 lub 14 cyfr.")
    )
    bip_url = models.URLField(_("adres BIP"), blank=True)
    accessibility_page = _page_choice(_("deklaracja dostępności"))
    privacy_page = _page_choice(_("polityka prywatności"))
    news_page = _page_choice(_("aktualności"), _("Lista aktualności, do której prowadzi stopka i strona główna."))
    resolutions_page = _page_choice(
        _("rejestr uchwał"), _("Rejestr, do którego prowadzą strony władz i strona główna.")
    )
    easy_read_page = _page_choice(_("tekst łatwy do czytania (ETR)"), _("Strona w nagłówku: „Tekst łatwy do czytania”."))
    sign_language_page = _page_choice(_("polski język migowy (PJM)"), _("Strona w nagłówku: „Polski język migowy”."))
    site_map_page = _page_choice(_("mapa strony"), _("Strona w nagłówku: „Mapa strony”."))
    footer_credits = models.CharField(_("stopka: autorzy strony"), max_length=255, blank=True)

    panels = [
        MultiFieldPanel([FieldPanel("organisation_name"), FieldPanel("short_name")], heading=_("Nazwa")),
        MultiFieldPanel(
            [FieldPanel("address"), FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]), FieldPanel("epuap")],
            heading=_("Kontakt"),
        ),
        MultiFieldPanel([FieldRowPanel([FieldPanel("nip"), FieldPanel("regon")]), FieldPanel("bip_url")], heading=_("Dane urzędowe")),
        MultiFieldPanel(
            [PageChooserPanel("accessibility_page"), PageChooserPanel("privacy_page"), FieldPanel("footer_credits")],
            heading=_("Stopka"),
        ),
        MultiFieldPanel(
            [PageChooserPanel("easy_read_page"), PageChooserPanel("sign_language_page"), PageChooserPanel("site_map_page")],
            heading=_("Nagłówek: dostępność informacji"),
        ),
        MultiFieldPanel(
            [PageChooserPanel("news_page"), PageChooserPanel("resolutions_page")], heading=_("Działy portalu"),
        ),
        InlinePanel("recommended_links", heading=_("Polecamy"), label=_("link")),
    ]

    class Meta:
        verbose_name = _("ustawienia portalu")

    def __str__(self):
        return self.short_name or self.organisation_name

    @property
    def address_lines(self):
        """The address as its non-empty lines (street, then postcode and town)."""
        return [line.strip() for line in self.address.splitlines() if line.strip()]


class RecommendedLink(Orderable):
    """One link in the "Polecamy" box of the footer."""

    settings = ParentalKey(SiteSettings, related_name="recommended_links", on_delete=models.CASCADE)
    title = models.CharField(_("tytuł"), max_length=150)
    url = models.URLField(_("adres"))

    panels = [FieldPanel("title"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("link polecany")
        verbose_name_plural = _("linki polecane")

    def __str__(self):
        return self.title
