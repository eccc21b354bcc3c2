"""EU-funded projects: the projects index, the project page with its three tabs and the funding programmes.

The project page has three public tabs, each with its own URL (``RoutablePageMixin``):
- "Opis projektu" at the page's own URL,
- "Nabór do projektu" at ``nabor/`` (English ``recruitment/``): recruitment dates, state and the online form,
- "Pliki do pobrania" at ``pliki/`` (English ``downloads/``): documents grouped under headings.
"""

from decimal import Decimal
from itertools import groupby

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.functional import cached_property
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
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES, BaseStreamBlock
from core.models import ConsentEmailFormPage
from core.documents import visible_documents
from core.localization import active_text, localized_pages

# Tab keys and their URL slugs in each language; the description tab is the page's own URL.
TAB_DESCRIPTION = "description"
TAB_RECRUITMENT = "recruitment"
TAB_DOWNLOADS = "downloads"
TABS = [
    (TAB_DESCRIPTION, _("Opis projektu")),
    (TAB_RECRUITMENT, _("Nabór do projektu")),
    (TAB_DOWNLOADS, _("Pliki do pobrania")),
]
TAB_SLUGS = {
    "pl": {TAB_RECRUITMENT: "nabor", TAB_DOWNLOADS: "pliki"},
    "en": {TAB_RECRUITMENT: "recruitment", TAB_DOWNLOADS: "downloads"},
}

STATUS_PLANNED = "planned"
STATUS_ONGOING = "ongoing"
STATUS_FINISHED = "finished"
STATUS_FILTER_LABELS = {
    STATUS_ONGOING: _("w realizacji"),
    STATUS_PLANNED: _("planowane"),
    STATUS_FINISHED: _("zakończone"),
}
STATUS_LABELS = {
    STATUS_ONGOING: _("w realizacji"),
    STATUS_PLANNED: _("planowany"),
    STATUS_FINISHED: _("zakończony"),
}

RECRUITMENT_NOT_OPEN = "not_open"
RECRUITMENT_OPEN = "open"
RECRUITMENT_CLOSED = "closed"


# -- funding programme (snippet) --------------------------------------------------------------------


class FundingProgramme(index.Indexed, models.Model):
    """A funding programme chosen on project pages: its name, period, fund, mark strip and compulsory notice."""

    PERIOD_CHOICES = [("2007-2013", "2007–2013"), ("2014-2020", "2014–2020"), ("2021-2027", "2021–2027")]

    name = models.CharField(
        _("nazwa programu"), max_length=255, help_text=_("Np. Program Operacyjny Kapitał Ludzki")
    )
    name_en = models.CharField(
        _("nazwa po angielsku"), max_length=255, blank=True, help_text=_("Np. Human Capital Operational Programme")
    )
    period = models.CharField(
        _("okres finansowy"), max_length=9, choices=PERIOD_CHOICES, help_text=_("Perspektywa finansowa UE.")
    )
    fund = models.CharField(
        _("fundusz"), max_length=255, blank=True, help_text=_("Np. Europejski Fundusz Społeczny")
    )
    fund_en = models.CharField(
        _("fundusz po angielsku"), max_length=255, blank=True, help_text=_("Np. European Social Fund")
    )
    mark_strip = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("pasek logotypów"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Obowiązkowy pasek znaków (logo programu, flaga UE), pokazywany na każdej zakładce projektu."),
    )
    mark_strip_alt = models.CharField(
        _("opis paska logotypów"),
        max_length=255,
        blank=True,
        help_text=_("Co widać na pasku, dla osób niewidomych, np. „Logo Kapitał Ludzki i flaga Unii Europejskiej”."),
    )
    mark_strip_alt_en = models.CharField(
        _("opis paska po angielsku"),
        max_length=255,
        blank=True,
        help_text=_("Ten sam opis po angielsku, dla angielskiej wersji strony."),
    )
    notice = models.TextField(
        _("obowiązkowa informacja"),
        help_text=_("Np. „Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego.”"),
    )
    notice_en = models.TextField(
        _("informacja po angielsku"),
        blank=True,
        help_text=_("Ta sama informacja po angielsku, dla angielskiej wersji strony."),
    )

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("name_en"), FieldPanel("period")], heading=_("Program")),
        MultiFieldPanel([FieldPanel("fund"), FieldPanel("fund_en")], heading=_("Fundusz")),
        MultiFieldPanel(
            [FieldPanel("mark_strip"), FieldPanel("mark_strip_alt"), FieldPanel("mark_strip_alt_en")],
            heading=_("Pasek logotypów"),
        ),
        MultiFieldPanel([FieldPanel("notice"), FieldPanel("notice_en")], heading=_("Obowiązkowa informacja")),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("period")]

    class Meta:
        ordering = ["-period", "name"]
        verbose_name = _("program finansowania")
        verbose_name_plural = _("programy finansowania")

    def __str__(self):
        return f"{self.name} ({self.get_period_display()})"

    @property
    def display_name(self):
        return active_text(self.name, self.name_en)

    @property
    def display_fund(self):
        return active_text(self.fund, self.fund_en)

    @property
    def display_notice(self):
        return active_text(self.notice, self.notice_en)

    @property
    def display_mark_strip_alt(self):
        return active_text(self.mark_strip_alt, self.mark_strip_alt_en)


# -- projects index ---------------------------------------------------------------------------------


def project_status(start_date, end_date, today=None):
    """"planned", "ongoing" or "finished", derived from the project's dates (never typed by hand)."""
    today = today or timezone.localdate()
    if start_date and start_date > today:
        return STATUS_PLANNED
    if end_date and end_date < today:
        return STATUS_FINISHED
    return STATUS_ONGOING


class ProjectIndexPage(Page):
    """The "Projekty" section: every project as a card, grouped by status (ongoing, planned, finished)."""

    intro = RichTextField(
        _("wstęp"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Krótki tekst nad listą projektów.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("lista projektów")
        verbose_name_plural = _("listy projektów")

    STATUS_ORDER = [STATUS_ONGOING, STATUS_PLANNED, STATUS_FINISHED]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        status = request.GET.get("status", "")
        if status and status not in STATUS_LABELS:
            raise Http404("unknown status")
        projects = (
            ProjectPage.objects.live()
            .child_of(self)
            .select_related("programme")
            .prefetch_related(
                models.Prefetch(
                    "partners",
                    queryset=ProjectPartner.objects.filter(role=ProjectPartner.ROLE_LEAD),
                    to_attr="lead_partners",
                )
            )
            .order_by("-start_date", "title")
        )
        today = timezone.localdate()
        groups = {key: [] for key in self.STATUS_ORDER}
        for project in projects:
            project.card_status = project_status(project.start_date, project.end_date, today)
            groups[project.card_status].append(project)
        shown = [status] if status else self.STATUS_ORDER
        context["status"] = status
        context["status_filters"] = [
            {"key": "", "label": _("Wszystkie"), "current": not status}
        ] + [{"key": key, "label": STATUS_FILTER_LABELS[key], "current": key == status} for key in self.STATUS_ORDER]
        context["project_groups"] = [
            {"key": key, "label": STATUS_LABELS[key], "projects": groups[key]} for key in shown
        ]
        context["project_count"] = sum(len(group["projects"]) for group in context["project_groups"])
        return context


# -- project page -----------------------------------------------------------------------------------


class ProjectPageForm(WagtailAdminFormPageForm):
    """The admin form of a project: checks that the target groups add up to the total."""

    def clean(self):
        cleaned_data = super().clean()
        total = cleaned_data.get("target_group_total")
        formset = self.formsets.get("target_groups")
        if formset is None or not formset.is_valid():
            return cleaned_data
        counts = [
            form.cleaned_data.get("count") or 0
            for form in formset.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and form.cleaned_data.get("description")
        ]
        if counts and total is not None and sum(counts) != total:
            self.add_error(
                "target_group_total",
                _("Liczebność grup (%(sum)s) nie sumuje się do liczby uczestników ogółem (%(total)s).")
                % {"sum": sum(counts), "total": total},
            )
        if counts and total is None:
            self.add_error("target_group_total", _("Podaj liczbę uczestników ogółem, skoro opisujesz grupy."))
        return cleaned_data


class ProjectPage(RoutablePageMixin, ConsentEmailFormPage):
    """One EU-funded project with three tabs: the description, the recruitment (with an online form) and downloads."""

    # -- Opis projektu -------------------------------------------------------------------------
    full_title = models.CharField(
        _("pełny tytuł projektu"),
        max_length=500,
        blank=True,
        help_text=_("Tytuł z umowy o dofinansowanie, jeśli różni się od tytułu strony."),
    )
    programme = models.ForeignKey(
        FundingProgramme,
        verbose_name=_("program"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="projects",
        help_text=_("Wybierz program z listy; jego pasek logotypów i informacja pojawią się na stronie."),
    )
    priority_axis = models.CharField(
        _("oś priorytetowa"), max_length=255, blank=True, help_text=_("Np. 5. Oś Priorytetowa: Dobre rządzenie")
    )
    measure = models.CharField(
        _("działanie"), max_length=255, blank=True, help_text=_("Np. Działanie 5.4 Rozwój potencjału trzeciego sektora")
    )
    start_date = models.DateField(_("data rozpoczęcia"), help_text=_("Pierwszy dzień realizacji projektu."))
    end_date = models.DateField(_("data zakończenia"), help_text=_("Ostatni dzień realizacji projektu."))
    total_cost = models.DecimalField(
        _("koszt całkowity (zł)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Wartość projektu w złotych, np. 393434,90"),
    )
    eu_cofinancing_percent = models.DecimalField(
        _("dofinansowanie UE (%)"),
        max_digits=5,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Procent kosztów pokrywany ze środków UE, od 0 do 100."),
    )
    eu_cofinancing_amount = models.DecimalField(
        _("dofinansowanie UE (zł)"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal("0"))],
        help_text=_("Kwota dofinansowania w złotych (opcjonalnie)."),
    )
    funding_source = models.CharField(
        _("źródło dofinansowania"),
        max_length=255,
        blank=True,
        help_text=_("Np. środki Unii Europejskiej w ramach Europejskiego Funduszu Społecznego"),
    )
    main_goal = models.TextField(_("cel główny"), blank=True, help_text=_("Jedno lub dwa zdania."))
    target_group_total = models.PositiveIntegerField(
        _("uczestnicy ogółem"),
        null=True,
        blank=True,
        help_text=_("Łączna liczba uczestników; musi być równa sumie grup poniżej."),
    )
    target_group_label = models.CharField(
        _("nazwa uczestników"),
        max_length=150,
        blank=True,
        help_text=_("Np. Beneficjentów Ostatecznych (po liczbie: „80 Beneficjentów Ostatecznych”)."),
    )
    description = StreamField(
        BaseStreamBlock(),
        verbose_name=_("opis"),
        blank=True,
        help_text=_("Wszystko inne o projekcie: działania, wydarzenia, rezultaty."),
    )

    # -- Nabór do projektu ---------------------------------------------------------------------
    recruitment_opens_at = models.DateTimeField(
        _("nabór od"), null=True, blank=True, help_text=_("Dzień i godzina otwarcia naboru.")
    )
    recruitment_closes_at = models.DateTimeField(
        _("nabór do"), null=True, blank=True, help_text=_("Dzień i godzina zamknięcia naboru.")
    )
    eligibility = RichTextField(
        _("kto może się zgłosić"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Warunki udziału w projekcie.")
    )
    how_to_apply = RichTextField(
        _("jak się zgłosić"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Kroki zgłoszenia, wymagane dokumenty.")
    )
    contact_name = models.CharField(_("osoba do kontaktu"), max_length=150, blank=True, help_text=_("Imię i nazwisko."))
    contact_email = models.EmailField(
        _("e-mail osoby do kontaktu"), blank=True, help_text=_("Adres, na który kandydaci piszą z pytaniami.")
    )
    contact_phone = models.CharField(
        _("telefon osoby do kontaktu"), max_length=50, blank=True, help_text=_("Np. 32 422 35 19 wew. 12")
    )
    recruitment_details = RichTextField(
        _("dodatkowe informacje o naborze"), blank=True, features=RICH_TEXT_FEATURES,
        help_text=_("Wszystko inne o rekrutacji."),
    )
    form_intro = RichTextField(
        _("tekst nad formularzem"), blank=True, features=RICH_TEXT_FEATURES,
        help_text=_("Np. „Wypełnij formularz, odpowiemy w ciągu 7 dni.”"),
    )
    thank_you_text = RichTextField(
        _("podziękowanie"), blank=True, features=RICH_TEXT_FEATURES,
        help_text=_("Tekst po wysłaniu zgłoszenia."),
    )

    # -- Pliki do pobrania ---------------------------------------------------------------------
    downloads_intro = RichTextField(
        _("tekst nad listą plików"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Opcjonalny.")
    )

    search_fields = Page.search_fields + [
        index.SearchField("full_title"),
        index.SearchField("main_goal"),
        index.SearchField("description"),
        index.SearchField("measure"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
        index.FilterField("recruitment_opens_at"),
        index.FilterField("recruitment_closes_at"),
    ]

    description_panels = Page.content_panels + [
        FieldPanel("full_title"),
        MultiFieldPanel(
            [FieldPanel("programme"), FieldPanel("priority_axis"), FieldPanel("measure")],
            heading=_("Program i działanie"),
        ),
        InlinePanel("partners", heading=_("Lider i partnerzy"), label=_("partner"), min_num=1),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Okres realizacji")),
        MultiFieldPanel(
            [
                FieldPanel("total_cost"),
                FieldRowPanel([FieldPanel("eu_cofinancing_percent"), FieldPanel("eu_cofinancing_amount")]),
                FieldPanel("funding_source"),
            ],
            heading=_("Finansowanie"),
        ),
        FieldPanel("main_goal"),
        InlinePanel("specific_goals", heading=_("Cele szczegółowe"), label=_("cel szczegółowy")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("target_group_total"), FieldPanel("target_group_label")]),
                InlinePanel("target_groups", heading=_("Grupy"), label=_("grupa")),
            ],
            heading=_("Grupa docelowa"),
        ),
        FieldPanel("description"),
    ]
    recruitment_panels = [
        HelpPanel(
            content=_(
                "<p>Formularz zgłoszeniowy jest widoczny tylko między datą otwarcia a zamknięcia naboru. "
                "Zgłoszenia znajdziesz w menu Formularze (można je pobrać jako CSV lub XLSX).</p>"
                "<p>Daty, kwoty i program ustawiasz w polskiej wersji strony: po publikacji przechodzą "
                "same do wersji angielskiej.</p>"
            )
        ),
        FieldRowPanel([FieldPanel("recruitment_opens_at"), FieldPanel("recruitment_closes_at")], heading=_("Termin naboru")),
        FieldPanel("eligibility"),
        FieldPanel("how_to_apply"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")])],
            heading=_("Kontakt"),
        ),
        FieldPanel("recruitment_details"),
        FormSubmissionsPanel(),
        MultiFieldPanel(
            [FieldPanel("form_intro"), InlinePanel("form_fields", label=_("pole formularza")), FieldPanel("thank_you_text")],
            heading=_("Formularz zgłoszeniowy"),
        ),
        *ConsentEmailFormPage.consent_panels,
        MultiFieldPanel(
            [
                FieldPanel(
                    "to_address",
                    help_text=_("Adres biura, na który przyjdzie każde zgłoszenie; kilka adresów oddziel przecinkami."),
                ),
                FieldPanel("from_address", help_text=_("Nadawca powiadomienia. Puste: adres domyślny portalu.")),
                FieldPanel("subject", help_text=_("Temat powiadomienia, np. Nowe zgłoszenie do projektu.")),
            ],
            heading=_("Powiadomienie e-mail o zgłoszeniu"),
        ),
    ]
    downloads_panels = [
        FieldPanel("downloads_intro"),
        InlinePanel("downloads", heading=_("Pliki"), label=_("plik")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(description_panels, heading=_("Opis projektu")),
            ObjectList(recruitment_panels, heading=_("Nabór do projektu")),
            ObjectList(downloads_panels, heading=_("Pliki do pobrania")),
            ObjectList(Page.promote_panels, heading=_("Promocja")),
            ObjectList(Page.settings_panels, heading=_("Ustawienia")),
        ]
    )
    base_form_class = ProjectPageForm

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []

    template = "projects/project_page.html"
    landing_page_template = "projects/project_page_landing.html"

    preview_modes = [
        (TAB_DESCRIPTION, _("Opis projektu")),
        (TAB_RECRUITMENT, _("Nabór do projektu")),
        (TAB_DOWNLOADS, _("Pliki do pobrania")),
    ]

    class Meta:
        verbose_name = _("projekt")
        verbose_name_plural = _("projekty")

    # -- validation ----------------------------------------------------------------------------
    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("Data zakończenia nie może być wcześniejsza niż data rozpoczęcia.")
        if self.total_cost is not None and self.total_cost < 0:
            errors["total_cost"] = _("Koszt całkowity nie może być ujemny.")
        if self.eu_cofinancing_percent is not None and self.eu_cofinancing_percent > 100:
            errors["eu_cofinancing_percent"] = _("Dofinansowanie nie może przekraczać 100%.")
        if (
            self.eu_cofinancing_amount is not None
            and self.total_cost is not None
            and self.eu_cofinancing_amount > self.total_cost
        ):
            errors["eu_cofinancing_amount"] = _("Kwota dofinansowania nie może przekraczać kosztu całkowitego.")
        if (
            self.recruitment_opens_at
            and self.recruitment_closes_at
            and self.recruitment_closes_at <= self.recruitment_opens_at
        ):
            errors["recruitment_closes_at"] = _("Nabór musi się zamknąć później, niż się otwiera.")
        if errors:
            raise ValidationError(errors)

    # -- derived facts ---------------------------------------------------------------------------
    @property
    def display_title(self):
        return self.full_title or self.title

    @property
    def status(self):
        return project_status(self.start_date, self.end_date)

    @property
    def recruitment_state(self):
        """"not_open" before the opening time (or with no dates), "open" until closing, then "closed"."""
        now = timezone.now()
        if self.recruitment_opens_at is None or now < self.recruitment_opens_at:
            return RECRUITMENT_NOT_OPEN
        if self.recruitment_closes_at is not None and now >= self.recruitment_closes_at:
            return RECRUITMENT_CLOSED
        return RECRUITMENT_OPEN

    @property
    def recruitment_is_open(self):
        return self.recruitment_state == RECRUITMENT_OPEN

    @cached_property
    def language(self):
        return self.locale.language_code if self.locale_id else "pl"

    def tab_slug(self, tab):
        """The URL slug of ``tab`` in this page's language ("" for the description)."""
        return TAB_SLUGS.get(self.language, TAB_SLUGS["pl"]).get(tab, "")

    def get_tab_url(self, tab, request=None, full=False):
        base = self.get_full_url(request) if full else self.get_url(request)
        if base is None:
            return None
        slug = self.tab_slug(tab)
        return f"{base}{self.reverse_subpage('tab', kwargs={'tab_slug': slug})}" if slug else base

    def get_recruitment_url(self, request=None):
        """The URL of the recruitment tab (``…/nabor/`` or ``…/recruitment/``)."""
        return self.get_tab_url(TAB_RECRUITMENT, request)

    def get_downloads_url(self, request=None):
        return self.get_tab_url(TAB_DOWNLOADS, request)

    def localized_route_url(self, translation_url, language_code, request):
        """The same tab on this page's translation (used by the language switcher): ``nabor/`` ↔ ``recruitment/``."""
        tab_slug = request.routable_resolver_match.kwargs.get("tab_slug")
        own_slugs = TAB_SLUGS.get(self.language, TAB_SLUGS["pl"])
        tab = next((key for key, slug in own_slugs.items() if slug == tab_slug), TAB_DESCRIPTION)
        slug = TAB_SLUGS.get(language_code, TAB_SLUGS["pl"]).get(tab, "")
        return f"{translation_url}{self.reverse_subpage('tab', kwargs={'tab_slug': slug})}" if slug else translation_url

    # -- routes ----------------------------------------------------------------------------------
    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render_tab(request, TAB_DESCRIPTION)

    @path("<slug:tab_slug>/", name="tab")
    def tab_route(self, request, tab_slug):
        slugs = TAB_SLUGS.get(self.language, TAB_SLUGS["pl"])
        tab = next((key for key, slug in slugs.items() if slug == tab_slug), None)
        if tab is None:
            raise Http404("no such tab")
        if tab == TAB_RECRUITMENT and request.method == "POST" and self.recruitment_is_open:
            return self.serve_form(request, self.get_template(request), self.tab_context(request, tab))
        return self.render_tab(request, tab)

    def render_tab(self, request, tab):
        context = self.get_context(request, tab=tab)
        return TemplateResponse(request, self.get_template(request), context)

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        context = self.get_context(request, tab=TAB_RECRUITMENT)
        context["form_submission"] = form_submission
        return TemplateResponse(request, self.get_landing_page_template(request), context)

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_landing_page(request)
        return self.render_tab(request, mode_name if mode_name in dict(TABS) else TAB_DESCRIPTION)

    def get_preview_template(self, request, mode_name):
        return self.template

    # -- context ---------------------------------------------------------------------------------
    def tab_context(self, request, tab):
        """Everything that differs between the three tab URLs: title, canonical URL, breadcrumb, tab list."""
        labels = dict(TABS)
        tabs = []
        for key, label in TABS:
            tabs.append(
                {
                    "key": key,
                    "label": label,
                    "url": self.get_tab_url(key, request),
                    "canonical_url": self.get_tab_url(key, request, full=True),
                    "selected": key == tab,
                }
            )
        return {
            "active_tab": tab,
            "tabs": tabs,
            "tab_label": labels[tab],
            "canonical_url": next(item["canonical_url"] for item in tabs if item["selected"]),
            "breadcrumb_extra": labels[tab] if tab != TAB_DESCRIPTION else None,
            "recruitment_url": tabs[1]["url"],
        }

    def get_context(self, request, *args, tab=TAB_DESCRIPTION, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.tab_context(request, tab))
        programme = None
        if self.programme_id:
            programme = (
                FundingProgramme.objects.select_related("mark_strip")
                .prefetch_related("mark_strip__renditions")
                .get(pk=self.programme_id)
            )
        partners = list(self.partners.select_related("link_page"))
        self._localize_partner_links(partners)
        context.update(
            {
                "programme": programme,
                "lead_partners": [p for p in partners if p.role == ProjectPartner.ROLE_LEAD],
                "other_partners": [p for p in partners if p.role != ProjectPartner.ROLE_LEAD],
                "specific_goals": list(self.specific_goals.all()),
                "target_groups": list(self.target_groups.all()),
                "download_groups": self.download_groups(request),
                "recruitment_state": self.recruitment_state,
                "json_ld": self.json_ld(request, programme, partners),
            }
        )
        if "form" not in context and self.recruitment_is_open:
            context["form"] = self.get_form(page=self, user=request.user)
        return context

    def _localize_partner_links(self, partners):
        """Point each partner's link at the page's translation in this page's language (one query in all)."""
        linked = localized_pages([p.link_page for p in partners if p.link_page_id], self.locale)
        for partner in partners:
            page = linked.get(partner.link_page.translation_key, partner.link_page) if partner.link_page_id else None
            partner.link = page if page is not None and page.live else None

    def download_groups(self, request):
        """The downloads this visitor may see, grouped under their headings, in editors' order."""
        downloads = [
            item for item in self.downloads.select_related("document__collection") if item.document_id
        ]
        downloads = visible_documents(request, downloads)
        return [
            {"heading": heading, "items": list(items)}
            for heading, items in groupby(downloads, key=lambda item: item.group_heading)
        ]

    def json_ld(self, request, programme, partners):
        """schema.org description of the project (a ``Project`` with its partners and funding)."""
        data = {
            "@context": "https://schema.org",
            "@type": "Project",
            "name": self.title,
            "url": self.get_full_url(request),
            "inLanguage": self.language,
        }
        if self.full_title and self.full_title != self.title:
            data["alternateName"] = self.full_title
        if self.main_goal:
            data["description"] = self.main_goal
        if self.start_date:
            data["foundingDate"] = self.start_date.isoformat()
        if self.end_date:
            data["dissolutionDate"] = self.end_date.isoformat()
        if partners:
            data["member"] = [
                {"@type": "Organization", "name": p.name, "roleName": str(p.get_role_display())} for p in partners
            ]
        if programme or self.total_cost is not None:
            grant = {"@type": "MonetaryGrant"}
            if programme:
                grant["name"] = programme.display_name
                grant["funder"] = {"@type": "Organization", "name": programme.display_fund or programme.display_name}
            if self.total_cost is not None:
                grant["amount"] = {"@type": "MonetaryAmount", "currency": "PLN", "value": str(self.total_cost)}
            data["funding"] = grant
        return data


class ProjectPartner(Orderable):
    """The lead partner or a partner of a project, optionally linked to a page (e.g. a member's page)."""

    ROLE_LEAD = "lead"
    ROLE_PARTNER = "partner"
    ROLE_CHOICES = [(ROLE_LEAD, _("Lider projektu")), (ROLE_PARTNER, _("Partner projektu"))]

    page = ParentalKey(ProjectPage, related_name="partners", on_delete=models.CASCADE)
    name = models.CharField(_("nazwa"), max_length=255, help_text=_("Pełna nazwa organizacji."))
    role = models.CharField(
        _("rola"),
        max_length=10,
        choices=ROLE_CHOICES,
        default=ROLE_PARTNER,
        help_text=_("Lider odpowiada za projekt; pozostałe organizacje to partnerzy."),
    )
    link_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("strona partnera"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Opcjonalnie: strona w portalu, np. strona członka Związku."),
    )

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("role")]), PageChooserPanel("link_page")]

    class Meta(Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partnerzy")

    def __str__(self):
        return self.name


class ProjectGoal(Orderable):
    """One specific goal (cel szczegółowy) of a project."""

    page = ParentalKey(ProjectPage, related_name="specific_goals", on_delete=models.CASCADE)
    text = models.TextField(_("cel"), help_text=_("Jedno zdanie, np. „Podniesienie poziomu wiedzy… do 30 czerwca 2015 r.”"))

    panels = [FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("cel szczegółowy")
        verbose_name_plural = _("cele szczegółowe")

    def __str__(self):
        return self.text


class ProjectTargetGroup(Orderable):
    """One group of participants, e.g. "30 przedstawicieli administracji publicznej – min. 8 JST"."""

    page = ParentalKey(ProjectPage, related_name="target_groups", on_delete=models.CASCADE)
    count = models.PositiveIntegerField(_("liczba osób"), help_text=_("Np. 30"))
    description = models.CharField(
        _("kto"), max_length=255, help_text=_("Np. przedstawicieli i pracowników administracji publicznej")
    )
    minimum = models.CharField(
        _("minimum instytucji"), max_length=100, blank=True, help_text=_("Opcjonalnie, np. min. 8 JST")
    )

    panels = [FieldRowPanel([FieldPanel("count"), FieldPanel("description"), FieldPanel("minimum")])]

    class Meta(Orderable.Meta):
        verbose_name = _("grupa docelowa")
        verbose_name_plural = _("grupy docelowe")

    def __str__(self):
        return f"{self.count} {self.description}"


class ProjectDownload(Orderable):
    """One file on the "Pliki do pobrania" tab, under a group heading."""

    page = ParentalKey(ProjectPage, related_name="downloads", on_delete=models.CASCADE)
    group_heading = models.CharField(
        _("grupa"),
        max_length=150,
        blank=True,
        help_text=_("Nagłówek, pod którym plik się pojawi, np. Dokumenty rekrutacyjne. Kolejne pliki z tą samą grupą są razem."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("plik"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Wybierz plik z biblioteki albo prześlij nowy (zakładka Prześlij w oknie wyboru)."),
    )
    title = models.CharField(
        _("tytuł wyświetlany"), max_length=255, blank=True, help_text=_("Puste: tytuł dokumentu.")
    )
    description = models.CharField(_("opis"), max_length=500, blank=True, help_text=_("Opcjonalny, jedno zdanie."))

    panels = [FieldPanel("group_heading"), FieldPanel("document"), FieldPanel("title"), FieldPanel("description")]

    class Meta(Orderable.Meta):
        verbose_name = _("plik do pobrania")
        verbose_name_plural = _("pliki do pobrania")

    def __str__(self):
        return self.title or (self.document.title if self.document_id else "")

    @property
    def display_title(self):
        return self.title or self.document.title


class ProjectFormField(AbstractFormField):
    """A field of the project's recruitment form, chosen by editors."""

    page = ParentalKey(ProjectPage, related_name="form_fields", on_delete=models.CASCADE)

    # Wagtail's own help texts are missing or speak of "dropdowns" and "radio": plainer ones here.
    panels = [
        FieldPanel("label", help_text=_("Pytanie widoczne dla kandydata, np. Imię i nazwisko.")),
        FieldPanel("help_text", help_text=_("Opcjonalna podpowiedź pod polem.")),
        FieldPanel("required", help_text=_("Zaznacz, jeśli bez odpowiedzi nie można wysłać zgłoszenia.")),
        FieldPanel(
            "field_type",
            classname="formbuilder-type",
            help_text=_("Rodzaj odpowiedzi: krótki tekst, e-mail, liczba, lista wyboru…"),
        ),
        FieldPanel(
            "choices",
            classname="formbuilder-choices",
            help_text=_("Tylko dla list i pól wyboru: każda opcja w osobnym wierszu."),
        ),
        FieldPanel(
            "default_value",
            classname="formbuilder-default",
            help_text=_("Opcjonalnie: odpowiedź wpisana z góry."),
        ),
    ]
