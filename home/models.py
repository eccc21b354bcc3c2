"""The home page, the general content page and the site-wide settings of the portal."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from .blocks import RICH_TEXT_FEATURES, BaseStreamBlock


class HomePage(Page):
    """The front page of one language version of the portal; its children form the main menu."""

    intro = RichTextField(
        _("wstęp"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Krótkie powitanie pod tytułem strony.")
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("treść"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("strona główna")
        verbose_name_plural = _("strony główne")


class StandardPage(Page):
    """A general content page: an introduction, a body of blocks and an optional sidebar."""

    intro = models.TextField(
        _("wstęp"), blank=True, help_text=_("Jedno lub dwa zdania streszczenia, widoczne pod tytułem i w wynikach wyszukiwania.")
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("treść"), blank=True)
    sidebar = StreamField(
        BaseStreamBlock(),
        verbose_name=_("pasek boczny"),
        blank=True,
        help_text=_("Opcjonalne treści obok głównej kolumny, np. kontakt lub ważne linki."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body"), FieldPanel("sidebar")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("strona treści")
        verbose_name_plural = _("strony treści")


@register_setting(icon="site")
class SiteSettings(ClusterableModel, BaseGenericSetting):
    """The association's identity and contact details, shown in the footer and wherever the site needs them."""

    organisation_name = models.CharField(_("pełna nazwa organizacji"), max_length=255)
    short_name = models.CharField(_("nazwa skrócona"), max_length=100, blank=True)
    address = models.TextField(_("adres"), blank=True, help_text=_("Ulica i numer w pierwszym wierszu, kod i miejscowość w drugim."))
    phone = models.CharField(_("telefon"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    epuap = models.CharField(_("skrzynka ePUAP"), max_length=100, blank=True, help_text=_("Np. /subregion/SkrytkaESP"))
    nip = models.CharField(_("NIP"), max_length=13, blank=True)
    regon = models.CharField(_("REGON"), max_length=14, blank=True)
    bip_url = models.URLField(_("adres BIP"), blank=True)
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("deklaracja dostępności"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("polityka prywatności"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+",
    )
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
        InlinePanel("recommended_links", heading=_("Polecamy"), label=_("link")),
    ]

    class Meta:
        verbose_name = _("ustawienia portalu")

    def __str__(self):
        return self.short_name or self.organisation_name


class RecommendedLink(Orderable):
    """One link in the "Polecamy" box of the footer."""

    settings = ParentalKey(SiteSettings, related_name="recommended_links", on_delete=models.CASCADE)
    title = models.CharField(_("tytuł"), max_length=150)
    url = models.URLField(_("adres"))

    panels = [FieldPanel("title"), FieldPanel("url")]

    class Meta(Orderable.Meta):
        verbose_name = _("link polecany")
        verbose_name_plural = _("Polecamy")

    def __str__(self):
        return self.title
