"""The association's identity and the site-wide links, edited once in "Ustawienia portalu".

Wagtail's settings are not translatable, so the frame's texts in English (names, credits, the mark's
alternative text, the recommended links' titles) are fields of their own beside the Polish ones, edited in the
settings' "English" tab. Templates read the ``local_*`` attributes: the English text on English pages when it
is filled in, the Polish one otherwise. The layout cache keys the settings by language and starts a new
generation whenever they are saved, so an English edit shows on the next English request.
"""

from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel, ObjectList, PageChooserPanel, TabbedInterface,
)
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.models import Orderable

from ..validators import validate_nip, validate_regon


def _page_choice(verbose_name, help_text=""):
    return models.ForeignKey(
        "wagtailcore.Page", verbose_name=verbose_name, null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+", help_text=help_text,
    )


def in_language(obj, name):
    """``obj.<name>`` in the active language: its twin ``<name>_<language>`` when there is one and it is filled
    in, else the default-language (Polish) field."""
    language = (translation.get_language() or "pl").split("-")[0]
    if language != "pl":
        value = getattr(obj, f"{name}_{language}", "")
        if value:
            return value
    return getattr(obj, name)


class InLanguage:
    """A read-only attribute that is field ``name`` in the visitor's language (see ``in_language``)."""

    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        return self if obj is None else in_language(obj, self.name)


def _english(max_length, verbose_name, help_text=""):
    return models.CharField(verbose_name, max_length=max_length, blank=True, help_text=help_text)


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
    share_image_alt = models.CharField(
        _("tekst alternatywny obrazu do udostępniania"), max_length=255, blank=True,
        help_text=_("Co przedstawia obraz, np. „Rynek w Rybniku”. Puste: tytuł obrazu."),
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
    # English twins of the frame's texts (the "English" tab); empty: English pages show the Polish text.
    organisation_name_en = _english(
        255, _("pełna nazwa organizacji po angielsku"),
        _("Np. „Association of Municipalities and Counties of the Western Subregion of the Silesian Voivodeship”."),
    )
    short_name_en = _english(100, _("nazwa skrócona po angielsku"), _("Np. „Western Subregion”."))
    footer_credits_en = _english(255, _("stopka: autorzy strony po angielsku"))
    mark_alt_en = _english(
        255, _("tekst alternatywny znaku po angielsku"),
        _("Np. „Mark of the Association of Municipalities and Counties of the Western Subregion”."),
    )
    share_image_alt_en = _english(
        255, _("tekst alternatywny obrazu do udostępniania po angielsku"), _("Np. „The market square in Rybnik”."),
    )

    local_organisation_name = InLanguage("organisation_name")
    local_short_name = InLanguage("short_name")
    local_footer_credits = InLanguage("footer_credits")
    local_mark_alt = InLanguage("mark_alt")
    local_share_image_alt = InLanguage("share_image_alt")

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
            [FieldPanel("mark"), FieldPanel("mark_alt"), FieldPanel("share_image"), FieldPanel("share_image_alt")], heading=_("Znak i udostępnianie"),
        ),
        MultiFieldPanel(
            [FieldPanel("notice_text"), FieldRowPanel([FieldPanel("notice_level"), FieldPanel("notice_ends_at")]),
             FieldPanel("notice_link")],
            heading=_("Komunikat na stronach"),
        ),
        MultiFieldPanel([FieldRowPanel([FieldPanel("mourning"), FieldPanel("mourning_ends_at")])], heading=_("Żałoba")),
    ]
    english_panels = [
        HelpPanel(content=_(
            "Teksty ramy strony (nagłówek, stopka, opisy obrazów) na stronach angielskich. Pole puste: strony "
            "angielskie pokazują tekst polski. Angielskie tytuły linków „Polecamy” wpisuje się przy linkach."
        )),
        MultiFieldPanel([FieldPanel("organisation_name_en"), FieldPanel("short_name_en")], heading=_("Nazwa")),
        FieldPanel("footer_credits_en"),
        FieldPanel("mark_alt_en"),
        FieldPanel("share_image_alt_en"),
    ]
    edit_handler = TabbedInterface([
        ObjectList(panels, heading=_("Ustawienia")),
        ObjectList(english_panels, heading=_("Wersja angielska")),
    ])

    class Meta:
        verbose_name = _("ustawienia portalu")

    def __str__(self):
        return self.local_short_name or self.local_organisation_name

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
    title_en = models.CharField(
        _("tytuł po angielsku"), max_length=150, blank=True, help_text=_("Pusty: strony angielskie pokazują polski.")
    )
    url = models.URLField(_("adres"))

    local_title = InLanguage("title")

    panels = [FieldRowPanel([FieldPanel("title"), FieldPanel("title_en")]), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("link polecany")
        verbose_name_plural = _("linki polecane")

    def __str__(self):
        return self.local_title
