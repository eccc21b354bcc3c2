""""Deklaracja dostępności": the association's accessibility statement, one page per language version.

The statement is a document the law describes (ustawa z 4 kwietnia 2019 r. o dostępności cyfrowej stron
internetowych i aplikacji mobilnych podmiotów publicznych, art. 10) and whose HTML the ministry's technical
conditions fix ("Warunki techniczne publikacji oraz struktura dokumentu elektronicznego deklaracji dostępności",
version 2.0 of 31 July 2024): automated checkers find its parts by ``id`` (``a11y-wstep``, ``a11y-podmiot`` …)
and read its dates as ``YYYY-MM-DD``. So editors fill fields and the template writes the structure: no editor
can drop an ``id``, type a date another way, or reword the statutory sentences (the status, the complaint
procedure and its Ombudsman paragraph), which come from the template in the page's language.

The subject's name, e-mail and phone default to "Ustawienia portalu", the one place for the association's
identity, so a changed address or phone reaches the statement without an edit.

The statement must be reviewed every year by 31 March (``review_due``): the admin's dashboard reminds from
1 March until the review date is this year's (``home.wagtail_hooks``).
"""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core import layout_cache
from core.models import BasePage, SiteSettings, TranslatableOrderable

from .office import office_today

REVIEW_DEADLINE = (3, 31)  # month, day: the statement is reviewed every year by 31 March
REMINDER_FROM = (3, 1)  # the admin reminds from 1 March


class ComplianceStatus(models.TextChoices):
    """The three statuses the ministry's template allows, in its words."""

    COMPLIANT = "zgodna", _("zgodna")
    PARTIAL = "czesciowo-zgodna", _("częściowo zgodna")
    NONCOMPLIANT = "niezgodna", _("niezgodna")


class AssessmentMethod(models.TextChoices):
    SELF = "samoocena", _("samoocena przeprowadzona przez podmiot publiczny")
    AUDIT = "audyt", _("badanie przeprowadzone przez podmiot zewnętrzny")


class IssueKind(models.TextChoices):
    """Why a piece of content is not accessible: the reasons the act recognises."""

    NONCOMPLIANCE = "niezgodnosc", _("niezgodność z wymaganiami (do usunięcia)")
    BURDEN = "nadmierne-obciazenie", _("nadmierne obciążenie (art. 8 ustawy)")
    OUT_OF_SCOPE = "poza-zakresem", _("treść wyłączona z zakresu ustawy")


def review_due(today, reviewed_on):
    """True from 1 March until the statement's review date falls in the current year.

    Before 1 March a review from last year is still in time; from 1 March on the office has until 31 March,
    and after that the statement is overdue until someone reviews it.
    """
    if reviewed_on is not None and reviewed_on.year >= today.year:
        return False
    return (today.month, today.day) >= REMINDER_FROM


def review_deadline(today):
    return datetime.date(today.year, *REVIEW_DEADLINE)


class AccessibilityStatementForm(WagtailAdminPageForm):
    """Checks what the template cannot: the list of inaccessible content matches the status, an audit names
    its auditor, a claim of disproportionate burden links its analysis, and the dates are in order."""

    def clean(self):
        cleaned = super().clean()
        issues = self.formsets.get("issues")
        rows = []
        if issues is not None and hasattr(issues, "cleaned_data"):
            rows = [row for row in issues.cleaned_data if row and not row.get("DELETE")]
        status = cleaned.get("status")
        listed = [row for row in rows if row.get("kind") != IssueKind.OUT_OF_SCOPE]
        if status == ComplianceStatus.COMPLIANT and listed:
            self.add_error("status", _(
                "Strona z niezgodnościami lub nadmiernym obciążeniem nie jest „zgodna”: wybierz „częściowo zgodna” "
                "albo „niezgodna”, albo usuń te pozycje z listy treści niedostępnych."
            ))
        if status in (ComplianceStatus.PARTIAL, ComplianceStatus.NONCOMPLIANT) and not rows:
            self.add_error("status", _(
                "Przy statusie „częściowo zgodna” lub „niezgodna” wymień treści niedostępne lub wyłączenia "
                "(zakładka Treść, „Treści niedostępne i wyłączenia”)."
            ))
        if any(row.get("kind") == IssueKind.BURDEN for row in rows) and not cleaned.get("burden_analysis_url"):
            self.add_error("burden_analysis_url", _(
                "Powołując się na nadmierne obciążenie, podaj adres analizy nadmiernego obciążenia (art. 8 ustawy)."
            ))
        if cleaned.get("assessment") == AssessmentMethod.AUDIT and not cleaned.get("auditor"):
            self.add_error("auditor", _("Podaj nazwę podmiotu, który przeprowadził badanie."))
        published, updated = cleaned.get("published_on"), cleaned.get("updated_on")
        if published and updated and updated < published:
            self.add_error("updated_on", _("Aktualizacja nie może być wcześniejsza niż publikacja strony."))
        prepared, reviewed = cleaned.get("prepared_on"), cleaned.get("reviewed_on")
        if prepared and reviewed and reviewed < prepared:
            self.add_error("reviewed_on", _("Przegląd nie może być wcześniejszy niż sporządzenie deklaracji."))
        return cleaned


class AccessibilityStatementPage(BasePage):
    """The accessibility statement of the portal in one language, built from fields into the statutory HTML.

    One per language version (a child of each home page); "Ustawienia portalu → Stopka" chooses the Polish one,
    and every page's footer and ``<meta name="deklaracja-dostępności">`` lead to the statement of the
    visitor's language.
    """

    subject_name = models.CharField(
        _("nazwa podmiotu publicznego"), max_length=255, blank=True,
        help_text=_("Puste pole: pełna nazwa z „Ustawień portalu”."),
    )
    website_name = models.CharField(
        _("nazwa strony internetowej"), max_length=255, blank=True,
        help_text=_("Tekst odnośnika do strony, której dotyczy deklaracja. Puste pole: nazwa skrócona z „Ustawień portalu”."),
    )
    website_url = models.URLField(
        _("adres strony internetowej"), blank=True,
        help_text=_("Puste pole: adres strony głównej tej wersji językowej portalu."),
    )
    published_on = models.DateField(
        _("data publikacji strony internetowej"),
        help_text=_("Kiedy strona internetowa (cały portal) została opublikowana po raz pierwszy."),
    )
    updated_on = models.DateField(
        _("data ostatniej istotnej aktualizacji"),
        help_text=_("Data ostatniej dużej zmiany portalu (np. nowego układu lub funkcji), nie drobnej poprawki treści."),
    )
    status = models.CharField(
        _("status pod względem zgodności z ustawą"), max_length=20, choices=ComplianceStatus.choices,
        default=ComplianceStatus.PARTIAL,
        help_text=_("Strona pokaże ustawowe zdanie dla wybranego statusu."),
    )
    burden_analysis_url = models.URLField(
        _("adres analizy nadmiernego obciążenia"), blank=True,
        help_text=_("Wymagany, gdy któraś treść jest niedostępna z powodu nadmiernego obciążenia."),
    )
    prepared_on = models.DateField(_("data sporządzenia deklaracji"))
    reviewed_on = models.DateField(
        _("data ostatniego przeglądu deklaracji"), null=True, blank=True,
        help_text=_("Deklarację przegląda się co roku do 31 marca; wpisz datę przeglądu, także gdy nic się nie zmieniło."),
    )
    assessment = models.CharField(
        _("deklarację sporządzono na podstawie"), max_length=20, choices=AssessmentMethod.choices,
        default=AssessmentMethod.SELF,
    )
    auditor = models.CharField(
        _("podmiot zewnętrzny, który przeprowadził badanie"), max_length=255, blank=True,
        help_text=_("Tylko przy badaniu przez podmiot zewnętrzny."),
    )
    accessibility_features = RichTextField(
        _("ułatwienia i skróty klawiaturowe"), blank=True, features=["bold", "italic", "link", "ul"],
        help_text=_("Np. powiększanie czcionki, wysoki kontrast, odnośnik „Przejdź do treści”."),
    )
    contact_person = models.CharField(
        _("osoba kontaktowa"), max_length=200,
        help_text=_("Osoba odpowiedzialna za sprawy dostępności, np. koordynator ds. dostępności."),
    )
    contact_email = models.EmailField(
        _("e-mail w sprawach dostępności"), blank=True, help_text=_("Puste pole: e-mail z „Ustawień portalu”."),
    )
    contact_phone = models.CharField(
        _("telefon w sprawach dostępności"), max_length=50, blank=True,
        help_text=_("Puste pole: telefon z „Ustawień portalu”."),
    )
    procedure_notes = RichTextField(
        _("uzupełnienie procedury"), blank=True, features=["bold", "italic", "link"],
        help_text=_("Opcjonalnie, np. adres do korespondencji w sprawie żądań. Ustawowy opis procedury i pouczenie "
                    "o Rzeczniku Praw Obywatelskich strona dodaje sama."),
    )
    architecture = RichTextField(
        _("dostępność architektoniczna"), features=["bold", "italic", "link", "ul", "h3"],
        help_text=_("Budynek Biura: wejście, schody i windy, toalety, parking, pies asystujący, tłumacz PJM, "
                    "pętla indukcyjna."),
    )
    mobile_apps = models.TextField(
        _("aplikacje mobilne"), blank=True,
        help_text=_("Aplikacje mobilne Związku i adresy, pod którymi można je pobrać. Puste pole: strona napisze, "
                    "że Związek nie udostępnia aplikacji mobilnych."),
    )

    base_form_class = AccessibilityStatementForm

    content_panels = BasePage.content_panels + [
        HelpPanel(content=_(
            "<p>Deklarację dostępności wypełnia się w polach poniżej; strona sama nada jej układ wymagany przez "
            "ministerialne warunki techniczne (znaczniki <code>a11y-…</code>, daty RRRR-MM-DD) i doda ustawowe "
            "zdania. Deklarację przegląda się i aktualizuje co roku do 31 marca.</p>"
        )),
        MultiFieldPanel(
            [FieldPanel("subject_name"), FieldRowPanel([FieldPanel("website_name"), FieldPanel("website_url")])],
            heading=_("Podmiot i strona"),
        ),
        FieldRowPanel([FieldPanel("published_on"), FieldPanel("updated_on")], heading=_("Daty strony internetowej")),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                InlinePanel("issues", label=_("treść niedostępna"), heading=_("Treści niedostępne i wyłączenia")),
                FieldPanel("burden_analysis_url"),
            ],
            heading=_("Status zgodności"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("prepared_on"), FieldPanel("reviewed_on")]),
                FieldRowPanel([FieldPanel("assessment"), FieldPanel("auditor")]),
                FieldPanel("accessibility_features"),
            ],
            heading=_("Przygotowanie deklaracji"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_person"), FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")])],
            heading=_("Informacje zwrotne i dane kontaktowe"),
        ),
        FieldPanel("procedure_notes"),
        FieldPanel("architecture"),
        FieldPanel("mobile_apps"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("architecture"),
        index.SearchField("accessibility_features"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    template = "home/accessibility_statement_page.html"

    class Meta:
        verbose_name = _("deklaracja dostępności")
        verbose_name_plural = _("deklaracje dostępności")

    def status_sentence(self):
        """The statutory sentence for the chosen status (in the active language), with the status in ``<strong>``."""
        return {
            ComplianceStatus.COMPLIANT: _(
                "Strona internetowa jest %(status)s z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron "
                "internetowych i aplikacji mobilnych podmiotów publicznych."
            ),
            ComplianceStatus.PARTIAL: _(
                "Strona internetowa jest %(status)s z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron "
                "internetowych i aplikacji mobilnych podmiotów publicznych z powodu niezgodności lub wyłączeń "
                "wymienionych poniżej."
            ),
            ComplianceStatus.NONCOMPLIANT: _(
                "Strona internetowa jest %(status)s z ustawą z dnia 4 kwietnia 2019 r. o dostępności cyfrowej stron "
                "internetowych i aplikacji mobilnych podmiotów publicznych z powodu niezgodności lub wyłączeń "
                "wymienionych poniżej."
            ),
        }[self.status]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        site_settings = layout_cache.site_settings(request) or SiteSettings.load()
        issues = list(self.issues.all())
        status_words = {
            ComplianceStatus.COMPLIANT: _("zgodna"),
            ComplianceStatus.PARTIAL: _("częściowo zgodna"),
            ComplianceStatus.NONCOMPLIANT: _("niezgodna"),
        }
        with translation.override(self.locale.language_code):
            sentence = str(self.status_sentence())
            before, _sep, after = sentence.partition("%(status)s")
            status_word = str(status_words[self.status])
        context.update(
            subject=self.subject_name or site_settings.local_organisation_name,
            website_name=self.website_name or site_settings.local_short_name or site_settings.local_organisation_name,
            website_url=self.website_url or request.build_absolute_uri(layout_cache.layout(request).home_url),
            contact_email=self.contact_email or site_settings.email,
            contact_phone=self.contact_phone or site_settings.phone,
            status_before=before, status_word=status_word, status_after=after,
            inaccessible=[issue for issue in issues if issue.kind != IssueKind.OUT_OF_SCOPE],
            exemptions=[issue for issue in issues if issue.kind == IssueKind.OUT_OF_SCOPE],
            burden=any(issue.kind == IssueKind.BURDEN for issue in issues),
            address_lines=site_settings.address_lines,
        )
        return context


class AccessibilityIssue(TranslatableOrderable):
    """One inaccessible piece of content (or an exemption) of the statement, with its reason."""

    page = ParentalKey(AccessibilityStatementPage, related_name="issues", on_delete=models.CASCADE)
    content = models.CharField(
        _("treść niedostępna"), max_length=500, help_text=_("Np. Część archiwalnych dokumentów PDF to skany bez tekstu."),
    )
    kind = models.CharField(
        _("powód"), max_length=24, choices=IssueKind.choices, default=IssueKind.NONCOMPLIANCE,
    )
    reason = models.CharField(
        _("wyjaśnienie"), max_length=500, blank=True,
        help_text=_("Np. dokumenty opublikowane przed 23 września 2018 r., niepotrzebne do bieżących zadań."),
    )
    alternative = models.CharField(
        _("dostęp alternatywny"), max_length=500, blank=True,
        help_text=_("Jak uzyskać tę treść inaczej, np. „na prośbę wyślemy tekst dokumentu e-mailem”."),
    )

    panels = [
        FieldPanel("content"),
        FieldRowPanel([FieldPanel("kind", widget=forms.Select), FieldPanel("reason")]),
        FieldPanel("alternative"),
    ]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("treść niedostępna")
        verbose_name_plural = _("treści niedostępne")

    def clean(self):
        super().clean()
        if self.kind == IssueKind.OUT_OF_SCOPE and not self.reason:
            raise ValidationError({"reason": _("Przy wyłączeniu podaj, dlaczego treść nie podlega ustawie.")})

    def __str__(self):
        return self.content


def statement_review_date(today=None):
    """(the live default-language statement, whether its review is due) for the dashboard; one query."""
    today = today or office_today()
    statement = (
        AccessibilityStatementPage.objects.live().filter(locale__language_code=settings.LANGUAGE_CODE)
        .only("id", "title", "reviewed_on", "prepared_on").first()
    )
    if statement is None:
        return None, False
    return statement, review_due(today, statement.reviewed_on or statement.prepared_on)
