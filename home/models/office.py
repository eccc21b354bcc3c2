""""Biuro": the association's office, its opening hours, staff and contact form.

The one module that answers "when is the office open": the weekdays, the office's time zone, today's date
there, the hours rows and their schema.org form.
"""

import zoneinfo

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.choice_labels import ChoiceLabelsMixin
from core import layout_cache
from core.models import BasePage, ConsentEmailFormPage, SiteSettings, TranslatableFormField, TranslatableOrderable
from core.page_cache import own_rows
from core.validators import format_iban, format_nip, validate_polish_iban

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

    content_panels = BasePage.content_panels + [
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
    extra_tabs = [(_("Formularz kontaktowy"), form_panels)]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("directions"),
        index.RelatedFields("staff", [index.SearchField("name"), index.SearchField("position")]),
        index.SearchField("contact_text"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["core.StandardPage"]
    max_count_per_parent = 1
    serve_select_related = ["rodo_clause_page"]  # core.routing: read with the page

    class Meta:
        verbose_name = _("strona Biura")
        verbose_name_plural = _("strony Biura")

    def bank_account_display(self):
        return format_iban(self.bank_account) if self.bank_account else ""

    def contact_text(self):
        """What the page shows from the portal settings (address, phone, e-mail, ePUAP, NIP, REGON) and the
        opening hours, for search: "Rudzka" finds Biuro. Saving the settings reindexes the page (home.apps)."""
        with translation.override(self.locale.language_code):
            return self._contact_text()

    def _contact_text(self):
        site_settings = SiteSettings.load()
        contact = [site_settings.local_organisation_name, site_settings.local_short_name, site_settings.address,
                   _("Telefon"), site_settings.phone, _("E-mail"), site_settings.email,
                   _("skrzynka ePUAP:"), site_settings.epuap, "NIP", site_settings.nip, "REGON", site_settings.regon,
                   _("Godziny pracy")]
        hours = [
            f"{row.get_weekday_display()} {row.opens:%H:%M}–{row.closes:%H:%M}" if row.opens and row.closes
            else f"{row.get_weekday_display()} {_('nieczynne')}"
            for row in self.opening_hours.all()
        ]
        return " ".join(str(part) for part in contact + hours if part)

    def hours_table(self, today=None):
        """The opening-hours rows in the editors' order, each marked ``is_today`` for the office's current day."""
        today = today or office_today()
        rows = own_rows(self, "opening_hours")  # the page's own rows, kept with it: copies of its own to mark
        for row in rows:
            row.is_today = row.weekday == today.weekday()
        return rows

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site_settings = layout_cache.site_settings(request)
        hours = self.hours_table()
        staff = own_rows(self, "staff")
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
            "name": site_settings.local_organisation_name,
            "url": self.get_full_url(request),
            "address": address,
        }
        if site_settings.local_short_name:
            data["alternateName"] = site_settings.local_short_name
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


def reindex_office_pages(**kwargs):
    """The office page indexes the address and hours from the settings (``contact_text``): keep it current."""
    for page in OfficePage.objects.live():
        index.insert_or_update_object(page)


class OfficeHours(ChoiceLabelsMixin, Orderable):
    """Opening hours of the office on one weekday, or "closed"."""

    page = ParentalKey(OfficePage, related_name="opening_hours", on_delete=models.CASCADE)
    weekday = models.PositiveSmallIntegerField(_("dzień tygodnia"), choices=WEEKDAYS)
    opens = models.TimeField(_("otwarte od"), null=True, blank=True)
    closes = models.TimeField(_("otwarte do"), null=True, blank=True)
    closed = models.BooleanField(_("nieczynne"), default=False)

    panels = [FieldRowPanel([FieldPanel("weekday"), FieldPanel("opens"), FieldPanel("closes"), FieldPanel("closed")])]

    class Meta(Orderable.Meta):
        verbose_name = _("dzień pracy")
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


class OfficeStaff(TranslatableOrderable):
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

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("pracownik")
        verbose_name_plural = _("pracownicy")

    def __str__(self):
        return f"{self.name} ({self.position})"


class OfficeFormField(TranslatableFormField):
    """A field of the office's contact form, defined by editors."""

    page = ParentalKey(OfficePage, related_name="form_fields", on_delete=models.CASCADE)
