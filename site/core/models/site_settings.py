"""The association's identity and the site-wide links, edited once in "Ustawienia portalu"."""

from django.db import models
from django.utils import timezone
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


NOTICE_LEVELS = [("info", _("informacja")), ("warning", _("ostrzeżenie"))]


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
    mark = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("znak związku"), null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Kwadratowy znak (logo): z niego powstają ikona karty przeglądarki i ikona na ekran telefonu. "
                    "Bez niego portal używa znaku wbudowanego."),
    )
    mark_alt = models.CharField(
        _("tekst alternatywny znaku"), max_length=255, blank=True,
        help_text=_("Co przedstawia znak, np. „Znak Związku Gmin i Powiatów Subregionu Zachodniego”."),
    )
    share_image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("domyślny obraz do udostępniania"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
        help_text=_("Pokazywany przy linku do strony w mediach społecznościowych, gdy strona nie ma własnego "
                    "obrazu. Najlepiej 1200 × 630 pikseli."),
    )
    notice_text = models.CharField(
        _("komunikat"), max_length=300, blank=True,
        help_text=_("Krótki komunikat na górze każdej strony. Pusty: bez komunikatu."),
    )
    notice_level = models.CharField(
        _("rodzaj komunikatu"), max_length=12, choices=NOTICE_LEVELS, default="info",
    )
    notice_link = models.URLField(_("link komunikatu"), blank=True, help_text=_("Opcjonalny: „Więcej”."))
    notice_ends_at = models.DateTimeField(
        _("komunikat widoczny do"), null=True, blank=True,
        help_text=_("Po tej chwili komunikat znika sam. Puste: do usunięcia tekstu."),
    )
    mourning = models.BooleanField(
        _("żałoba"), default=False,
        help_text=_("Czarna wstęga w rogu nagłówka i znak w odcieniach szarości, np. w czasie żałoby narodowej."),
    )
    mourning_ends_at = models.DateTimeField(
        _("żałoba do"), null=True, blank=True,
        help_text=_("Po tej chwili wygląd żałobny znika sam. Puste: do wyłączenia."),
    )

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
        MultiFieldPanel(
            [FieldPanel("mark"), FieldPanel("mark_alt"), FieldPanel("share_image")], heading=_("Znak i udostępnianie"),
        ),
        MultiFieldPanel(
            [FieldPanel("notice_text"), FieldRowPanel([FieldPanel("notice_level"), FieldPanel("notice_ends_at")]),
             FieldPanel("notice_link")],
            heading=_("Komunikat na stronach"),
        ),
        MultiFieldPanel([FieldRowPanel([FieldPanel("mourning"), FieldPanel("mourning_ends_at")])], heading=_("Żałoba")),
    ]

    class Meta:
        verbose_name = _("ustawienia portalu")

    def __str__(self):
        return self.short_name or self.organisation_name

    def notice_shown(self, now=None):
        """True while the notice has text and its end has not come."""
        now = now or timezone.now()
        return bool(self.notice_text.strip()) and (self.notice_ends_at is None or now < self.notice_ends_at)

    def mourning_shown(self, now=None):
        """True while mourning is on and its end has not come."""
        now = now or timezone.now()
        return self.mourning and (self.mourning_ends_at is None or now < self.mourning_ends_at)

    def next_change(self, now):
        """The next end of the notice or of mourning after ``now`` (None if none): the pages change then."""
        ends = [self.notice_ends_at if self.notice_text.strip() else None, self.mourning_ends_at if self.mourning else None]
        return min((end for end in ends if end is not None and end > now), default=None)

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
