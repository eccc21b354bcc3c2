"""The home page, the general content page and the site-wide settings of the portal."""

import zoneinfo

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    HelpPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.contrib.forms.models import AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from core.models import ConsentEmailFormPage, SiteSettings
from core.validators import format_iban, format_nip, validate_polish_iban
from members.models import member_totals
from projects.models import ProjectPage
from resolutions.models import ResolutionIndexPage, ResolutionPage


class HomePage(Page):
    """The front page of one language version of the portal; its children form the main menu."""

    intro = RichTextField(
        _("wstęp"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Krótkie powitanie pod tytułem strony.")
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("treść"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]

    LATEST_NEWS = 3
    LATEST_RESOLUTIONS = 5

    def get_context(self, request, *args, **kwargs):
        """The latest news, open recruitment calls and latest resolutions, each in a fixed number of queries."""
        context = super().get_context(request, *args, **kwargs)
        news = list(
            NewsPage.objects.live().filter(locale_id=self.locale_id).order_by("-date", "-pk")[: self.LATEST_NEWS]
        )
        context["latest_news"] = news
        context["news_index"] = NewsIndexPage.objects.live().child_of(self).first()
        open_calls = self._open_recruitment_calls()
        for project in open_calls:
            project.recruitment_url = project.get_recruitment_url(request)
        context["open_calls"] = open_calls
        resolutions = self._latest_resolutions()
        context["latest_resolutions"] = resolutions
        context["resolutions_index"] = (
            ResolutionIndexPage.objects.live().filter(locale_id=self.locale_id).first() if resolutions else None
        )
        return context

    def _open_recruitment_calls(self):
        """Projects of this language whose recruitment is open now, closing soonest first."""
        now = timezone.now()
        return list(
            ProjectPage.objects.live()
            .filter(locale_id=self.locale_id, recruitment_opens_at__lte=now, recruitment_closes_at__gt=now)
            .select_related("locale")  # the tab URL depends on the page's language
            .order_by("recruitment_closes_at")
        )

    def _latest_resolutions(self):
        """The newest resolutions of this language's register."""
        return list(
            ResolutionPage.objects.live()
            .filter(locale_id=self.locale_id)
            .select_related("body")
            .order_by("-adopted_on", "-pk")[: self.LATEST_RESOLUTIONS]
        )

    class Meta:
        verbose_name = _("strona główna")
        verbose_name_plural = _("strony główne")


# -- O regionie -------------------------------------------------------------------------------------


class RegionPage(Page):
    """"O regionie": editable text about the subregion and its key figures, computed from the member directory."""

    intro = models.TextField(
        _("wstęp"), blank=True, help_text=_("Jedno lub dwa zdania o regionie, widoczne pod tytułem i w wynikach wyszukiwania.")
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("treść"), blank=True)
    facts_note = models.CharField(
        _("źródło danych"),
        max_length=255,
        blank=True,
        help_text=_("Np. „Dane GUS, stan na 30.06.2009”. Liczby pod tekstem są liczone z danych członków Związku."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body"), FieldPanel("facts_note")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["core.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("strona o regionie")
        verbose_name_plural = _("strony o regionie")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["facts"] = member_totals()
        context["members_page"] = self.get_siblings().live().filter(slug__in=["czlonkowie", "members"]).first()
        return context


# -- Związek ----------------------------------------------------------------------------------------


class AssociationPage(Page):
    """"Związek": the association's section page, introducing the statute, history, activities and working groups."""

    intro = models.TextField(_("wstęp"), blank=True, help_text=_("Jedno lub dwa zdania o Związku."))
    body = StreamField(BaseStreamBlock(), verbose_name=_("treść"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StatutePage", "home.HistoryPage", "home.WorkingGroupsPage", "core.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("strona Związku")
        verbose_name_plural = _("strony Związku")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # .specific() costs one query per page type, not per page, and gives each child's own intro.
        context["sections"] = list(self.get_children().live().specific())
        # The news list hangs under the home page (it is not one of the seven menu items), so visitors who do
        # not start at the home page find it here, in the association's own section.
        context["news_index"] = NewsIndexPage.objects.live().sibling_of(self).first()
        return context


class StatutePage(Page):
    """The statute: its current text as a document to download, with the dates and a short summary."""

    intro = models.TextField(_("wstęp"), blank=True, help_text=_("Jedno zdanie o tym, co reguluje statut."))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tekst statutu"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Aktualny tekst jednolity statutu (najlepiej PDF z warstwą tekstową)."),
    )
    adopted_on = models.DateField(_("data uchwalenia"), null=True, blank=True)
    amended_on = models.DateField(
        _("data ostatniej zmiany"), null=True, blank=True, help_text=_("Dzień, od którego obowiązuje tekst w pliku.")
    )
    body = StreamField(
        BaseStreamBlock(), verbose_name=_("najważniejsze postanowienia"), blank=True,
        help_text=_("Krótkie streszczenie; wiążący jest tekst w pliku."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("document"), FieldRowPanel([FieldPanel("adopted_on"), FieldPanel("amended_on")])],
            heading=_("Tekst statutu"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["home.AssociationPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("statut")
        verbose_name_plural = _("statuty")


class HistoryPage(Page):
    """The association's history as a timeline of dated events, with optional prose around it."""

    intro = models.TextField(_("wstęp"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("treść"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("events", heading=_("Kalendarium"), label=_("wydarzenie")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.RelatedFields("events", [index.SearchField("title"), index.SearchField("description")]),
    ]

    parent_page_types = ["home.AssociationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("historia")
        verbose_name_plural = _("strony historii")


class HistoryEvent(Orderable):
    """One entry of the history timeline, e.g. "sierpień 2000 – rozmowy o powołaniu Związku"."""

    page = ParentalKey(HistoryPage, related_name="events", on_delete=models.CASCADE)
    when = models.CharField(_("kiedy"), max_length=60, help_text=_("Np. „2000”, „sierpień 2000”, „6 czerwca 2017”."))
    title = models.CharField(_("wydarzenie"), max_length=255)
    description = models.TextField(_("opis"), blank=True)

    panels = [FieldRowPanel([FieldPanel("when"), FieldPanel("title")]), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("wydarzenie")
        verbose_name_plural = _("kalendarium")

    def __str__(self):
        return f"{self.when}: {self.title}"


class WorkingGroupsPage(Page):
    """The working groups set up by the Zarząd: each group's subject, leader and scope of work."""

    intro = models.TextField(_("wstęp"), blank=True)
    body = StreamField(
        BaseStreamBlock(), verbose_name=_("treść"), blank=True,
        help_text=_("Np. kto koordynuje prace zespołów i jak się do nich zgłosić."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("groups", heading=_("Zespoły"), label=_("zespół")),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.RelatedFields("groups", [index.SearchField("name"), index.SearchField("scope")]),
    ]

    parent_page_types = ["home.AssociationPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("zespoły robocze")
        verbose_name_plural = _("strony zespołów roboczych")


class WorkingGroup(Orderable):
    """One working group: its subject, leader and what it works on."""

    page = ParentalKey(WorkingGroupsPage, related_name="groups", on_delete=models.CASCADE)
    name = models.CharField(_("nazwa zespołu"), max_length=255)
    leader = models.CharField(_("lider"), max_length=255, blank=True, help_text=_("Imię, nazwisko i urząd lidera zespołu."))
    scope = models.TextField(_("zakres prac"), blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("leader")]), FieldPanel("scope")]

    class Meta(Orderable.Meta):
        verbose_name = _("zespół roboczy")
        verbose_name_plural = _("zespoły robocze")

    def __str__(self):
        return self.name


# -- Aktualności ------------------------------------------------------------------------------------


class NewsIndexPage(Page):
    """"Aktualności": the list of news items, newest first, ten to a page."""

    intro = models.TextField(_("wstęp"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1

    PER_PAGE = 10

    class Meta:
        verbose_name = _("lista aktualności")
        verbose_name_plural = _("listy aktualności")

    def news_items(self):
        return (
            NewsPage.objects.live()
            .child_of(self)
            .order_by("-date", "-pk")
            .select_related("image")
            .prefetch_related("image__renditions")
        )

    def get_context(self, request, *args, **kwargs):
        """One page of news; a page number that is not a number or out of range is a 404."""
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.news_items(), self.PER_PAGE)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            raise Http404(_("Nie ma takiej strony listy aktualności."))
        context["page_obj"] = page_obj
        context["news"] = page_obj.object_list
        return context


class NewsPage(Page):
    """One news item: date, lead, an optional image with its alternative text, body and related pages."""

    date = models.DateField(_("data publikacji"), default=timezone.localdate)
    lead = models.TextField(_("lead"), help_text=_("Dwa, trzy zdania streszczenia: widoczne na liście aktualności i na stronie głównej."))
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("zdjęcie"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    image_alt = models.CharField(
        _("tekst alternatywny zdjęcia"), max_length=250, blank=True,
        help_text=_("Opisz, co widać na zdjęciu, dla osób niewidomych (wymagany, gdy wybrano zdjęcie)."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("treść"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Zdjęcie")),
        FieldPanel("body"),
        InlinePanel("related_pages", heading=_("Powiązane strony"), label=_("strona")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("aktualność")
        verbose_name_plural = _("aktualności")

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Wpisz tekst alternatywny: co widać na zdjęciu.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = [
            item.page for item in self.related_pages.select_related("page") if item.page and item.page.live
        ]
        return context


class NewsRelatedPage(Orderable):
    """A page linked at the end of a news item (a project, a resolution, a member…)."""

    news = ParentalKey(NewsPage, related_name="related_pages", on_delete=models.CASCADE)
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("strona"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("powiązana strona")
        verbose_name_plural = _("powiązane strony")


# -- Biuro ------------------------------------------------------------------------------------------

OFFICE_TIMEZONE = zoneinfo.ZoneInfo("Europe/Warsaw")

WEEKDAYS = [
    (0, _("poniedziałek")),
    (1, _("wtorek")),
    (2, _("środa")),
    (3, _("czwartek")),
    (4, _("piątek")),
    (5, _("sobota")),
    (6, _("niedziela")),
]
SCHEMA_WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def office_today():
    """Today's date in the office's time zone (Europe/Warsaw), whatever the server's zone."""
    return timezone.now().astimezone(OFFICE_TIMEZONE).date()


class OfficePage(ConsentEmailFormPage):
    """"Biuro": how to reach the association's office, its opening hours, staff, bank and official numbers,
    and a contact form whose messages are stored in the admin and e-mailed to the office.

    Address, phone, e-mail, ePUAP box, NIP and REGON are read from the portal settings ("Ustawienia portalu"),
    the one place for the association's identity, so the footer and this page never disagree. The bank account
    is kept here: only this page shows it, and the office's editors can change it without access to settings.
    """

    intro = models.TextField(_("wstęp"), blank=True, help_text=_("Jedno lub dwa zdania pod tytułem strony."))
    bank_name = models.CharField(_("nazwa banku"), max_length=150, blank=True)
    bank_account = models.CharField(
        _("numer rachunku bankowego"),
        max_length=42,
        blank=True,
        validators=[validate_polish_iban],
        help_text=_("26 cyfr (NRB), opcjonalnie z literami PL na początku; spacje są dozwolone."),
    )
    directions = RichTextField(
        _("jak dojechać"), blank=True, features=RICH_TEXT_FEATURES,
        help_text=_("Dojazd komunikacją publiczną i samochodem, parking, wejście dla osób z niepełnosprawnościami."),
    )
    form_intro = RichTextField(
        _("wstęp do formularza"), blank=True, features=["bold", "italic", "link"],
        help_text=_("Np. w jakich sprawach pisać i kiedy Biuro odpowie."),
    )
    thank_you_text = RichTextField(
        _("podziękowanie"), blank=True, features=["bold", "italic", "link"],
        help_text=_("Tekst po wysłaniu formularza."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        HelpPanel(
            content=_("Adres, telefon, e-mail, skrzynka ePUAP, NIP i REGON pochodzą z „Ustawień portalu” i tam się je zmienia."),
        ),
        InlinePanel("opening_hours", heading=_("Godziny pracy"), label=_("dzień")),
        InlinePanel("staff", heading=_("Pracownicy"), label=_("pracownik")),
        MultiFieldPanel([FieldPanel("bank_name"), FieldPanel("bank_account")], heading=_("Rachunek bankowy")),
        FieldPanel("directions"),
    ]
    form_panels = [
        FormSubmissionsPanel(),
        FieldPanel("form_intro"),
        InlinePanel("form_fields", heading=_("Pola formularza"), label=_("pole formularza")),
        *ConsentEmailFormPage.consent_panels,
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]), FieldPanel("subject")],
            heading=_("Powiadomienie e-mail"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Treść")),
            ObjectList(form_panels, heading=_("Formularz kontaktowy")),
            ObjectList(Page.promote_panels, heading=_("Promocja")),
            ObjectList(Page.settings_panels, heading=_("Ustawienia")),
        ]
    )
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("directions"),
        index.RelatedFields("staff", [index.SearchField("name"), index.SearchField("position")]),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["core.StandardPage"]
    max_count_per_parent = 1

    template = "home/office_page.html"
    landing_page_template = "home/office_page_landing.html"

    class Meta:
        verbose_name = _("strona Biura")
        verbose_name_plural = _("strony Biura")

    def bank_account_display(self):
        return format_iban(self.bank_account) if self.bank_account else ""

    def hours_table(self, today=None):
        """The opening-hours rows in the editors' order, each marked ``is_today`` for the office's current day."""
        today = today or office_today()
        rows = list(self.opening_hours.all())
        for row in rows:
            row.is_today = row.weekday == today.weekday()
        return rows

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site_settings = SiteSettings.load(request_or_site=request)
        hours = self.hours_table()
        staff = list(self.staff.all())
        context.update(
            office=site_settings,
            address_lines=[line.strip() for line in site_settings.address.splitlines() if line.strip()],
            nip_display=format_nip(site_settings.nip) if site_settings.nip else "",
            opening_hours=hours,
            today_hours=next((row for row in hours if row.is_today), None),
            staff_members=staff,
            json_ld=self.schema_org(request, site_settings, hours, staff),
        )
        return context

    def schema_org(self, request, site_settings, hours, staff):
        """The office as a schema.org GovernmentOffice, for search engines and maps."""
        lines = [line.strip() for line in site_settings.address.splitlines() if line.strip()]
        address = {"@type": "PostalAddress", "addressCountry": "PL"}
        if lines:
            address["streetAddress"] = lines[0]
        if len(lines) > 1:
            postal_code, _sep, locality = lines[1].partition(" ")
            address.update(postalCode=postal_code, addressLocality=locality or lines[1])
        data = {
            "@context": "https://schema.org",
            "@type": "GovernmentOffice",
            "name": site_settings.organisation_name,
            "url": self.get_full_url(request),
            "address": address,
        }
        if site_settings.short_name:
            data["alternateName"] = site_settings.short_name
        if site_settings.phone:
            data["telephone"] = site_settings.phone
        if site_settings.email:
            data["email"] = site_settings.email
        if site_settings.nip:
            data["taxID"] = format_nip(site_settings.nip)
        if site_settings.regon:
            data["identifier"] = {"@type": "PropertyValue", "propertyID": "REGON", "value": site_settings.regon}
        open_days = [row for row in hours if not row.closed and row.opens and row.closes]
        if open_days:
            data["openingHoursSpecification"] = [
                {
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": f"https://schema.org/{SCHEMA_WEEKDAYS[row.weekday]}",
                    "opens": row.opens.strftime("%H:%M"),
                    "closes": row.closes.strftime("%H:%M"),
                }
                for row in open_days
            ]
        if staff:
            data["employee"] = [
                {"@type": "Person", "name": person.name, **({"jobTitle": person.position} if person.position else {})}
                for person in staff
            ]
        return data


class OfficeHours(Orderable):
    """Opening hours of the office on one weekday, or "closed"."""

    page = ParentalKey(OfficePage, related_name="opening_hours", on_delete=models.CASCADE)
    weekday = models.PositiveSmallIntegerField(_("dzień tygodnia"), choices=WEEKDAYS)
    opens = models.TimeField(_("otwarte od"), null=True, blank=True)
    closes = models.TimeField(_("otwarte do"), null=True, blank=True)
    closed = models.BooleanField(_("nieczynne"), default=False)

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes"), FieldPanel("closed")])]

    class Meta(Orderable.Meta):
        verbose_name = _("godziny pracy")
        verbose_name_plural = _("godziny pracy")

    def clean(self):
        super().clean()
        if self.closed:
            return
        errors = {}
        if self.opens is None:
            errors["opens"] = _("Podaj godzinę otwarcia albo zaznacz „nieczynne”.")
        if self.closes is None:
            errors["closes"] = _("Podaj godzinę zamknięcia albo zaznacz „nieczynne”.")
        if not errors and self.opens >= self.closes:
            errors["closes"] = _("Godzina zamknięcia musi być późniejsza niż godzina otwarcia.")
        if errors:
            raise ValidationError(errors)

    def __str__(self):
        return f"{self.get_weekday_display()}: {'—' if self.closed else f'{self.opens:%H:%M}–{self.closes:%H:%M}'}"


class OfficeStaff(Orderable):
    """One person working in the office, in the order editors set."""

    page = ParentalKey(OfficePage, related_name="staff", on_delete=models.CASCADE)
    name = models.CharField(_("imię i nazwisko"), max_length=150)
    position = models.CharField(_("stanowisko"), max_length=200)
    phone = models.CharField(_("telefon"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("position")]),
        FieldRowPanel([FieldPanel("phone"), FieldPanel("email")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("pracownik")
        verbose_name_plural = _("pracownicy")

    def __str__(self):
        return f"{self.name} ({self.position})"


class OfficeFormField(AbstractFormField):
    """A field of the office's contact form, defined by editors."""

    page = ParentalKey(OfficePage, related_name="form_fields", on_delete=models.CASCADE)
