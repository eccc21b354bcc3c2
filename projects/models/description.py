"""The "Opis projektu" tab: the facts of a project (programme, partners, period, funding, goals, target group)."""

from decimal import Decimal

from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.localization import in_default_locale, localized, localized_pages
from core.models import TranslatableOrderable
from core.page_cache import own_rows
from core.response_cache import kept

from ..enums import PartnerRole, ProjectStatus
from .programme import FundingProgramme


def project_status(start_date, end_date, today=None):
    """The project's status derived from its dates, so nobody has to remember to change it."""
    today = today or timezone.localdate()
    if start_date and start_date > today:
        return ProjectStatus.PLANNED
    if end_date and end_date < today:
        return ProjectStatus.FINISHED
    return ProjectStatus.ONGOING


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


class ProjectDescriptionTab(models.Model):
    """The fields, panels and context of a project's description tab."""

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
        limit_choices_to=in_default_locale,
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

    # Shown under the page title, which the page type's own content panels bring.
    description_panels = [
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
    description_search_fields = [
        index.SearchField("full_title"),
        index.SearchField("main_goal"),
        index.SearchField("description"),
        index.SearchField("measure"),
        index.SearchField("priority_axis"),
        index.SearchField("funding_source"),
        index.SearchField("target_group_label"),
        index.RelatedFields("programme", [index.SearchField("name"), index.SearchField("fund")]),
        index.RelatedFields("specific_goals", [index.SearchField("text")]),
        index.RelatedFields("target_groups", [index.SearchField("description"), index.SearchField("minimum")]),
        index.RelatedFields("partners", [index.SearchField("name"), index.SearchField("role")]),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]

    class Meta:
        abstract = True

    @property
    def display_title(self):
        return self.full_title or self.title

    @property
    def status(self):
        return project_status(self.start_date, self.end_date)

    def description_errors(self):
        """{field: message} for the facts that contradict each other (dates, amounts)."""
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
        return errors

    def description_context(self, request=None):
        """The programme (shown on every tab), the partners, goals and groups; kept per language under the
        answers' generation (built anew for a preview, which shows the draft's rows).

        ``partners`` keeps every partner in editors' order; the template shows them split into the lead
        partners and the others.
        """
        if request is None:
            return self._description_context()
        name = f"projects:description:{self.pk}:{translation.get_language()}"
        return kept(name, self._description_context, request=request)

    def _description_context(self):
        # Read with the page when it is served (ProjectPage.serve_select_related); the marks' rendition comes
        # from Wagtail's rendition cache.
        programme = self.programme if self.programme_id else None
        if programme is not None:  # the programme's translation in the visitor's language (one query, when any)
            programme = localized([programme])[0]
        partners = list(self.partners.select_related("link_page"))
        self._localize_partner_links(partners)
        return {
            "programme": programme,
            "partners": partners,
            "lead_partners": [p for p in partners if p.role == PartnerRole.LEAD],
            "other_partners": [p for p in partners if p.role != PartnerRole.LEAD],
            "specific_goals": own_rows(self, "specific_goals"),  # the page's own rows: cached with it
            "target_groups": own_rows(self, "target_groups"),
        }

    def _localize_partner_links(self, partners):
        """Point each partner's link at the page's translation in this page's language (one query in all)."""
        linked = localized_pages([p.link_page for p in partners if p.link_page_id], self.locale)
        for partner in partners:
            page = linked.get(partner.link_page.translation_key, partner.link_page) if partner.link_page_id else None
            partner.link = page if page is not None and page.live else None


class ProjectPartner(TranslatableOrderable):
    """The lead partner or a partner of a project, optionally linked to a page (e.g. a member's page)."""

    page = ParentalKey("projects.ProjectPage", related_name="partners", on_delete=models.CASCADE)
    name = models.CharField(_("nazwa"), max_length=255, help_text=_("Pełna nazwa organizacji."))
    role = models.CharField(
        _("rola"),
        max_length=10,
        choices=PartnerRole.choices,
        default=PartnerRole.PARTNER,
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

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partnerzy")

    def __str__(self):
        return self.name


class ProjectGoal(TranslatableOrderable):
    """One specific goal (cel szczegółowy) of a project."""

    page = ParentalKey("projects.ProjectPage", related_name="specific_goals", on_delete=models.CASCADE)
    text = models.TextField(_("cel"), help_text=_("Jedno zdanie, np. „Podniesienie poziomu wiedzy… do 30 czerwca 2015 r.”"))

    panels = [FieldPanel("text")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("cel szczegółowy")
        verbose_name_plural = _("cele szczegółowe")

    def __str__(self):
        return self.text


class ProjectTargetGroup(TranslatableOrderable):
    """One group of participants, e.g. "30 przedstawicieli administracji publicznej – min. 8 JST"."""

    page = ParentalKey("projects.ProjectPage", related_name="target_groups", on_delete=models.CASCADE)
    count = models.PositiveIntegerField(_("liczba osób"), help_text=_("Np. 30"))
    description = models.CharField(
        _("kto"), max_length=255, help_text=_("Np. przedstawicieli i pracowników administracji publicznej")
    )
    minimum = models.CharField(
        _("minimum instytucji"), max_length=100, blank=True, help_text=_("Opcjonalnie, np. min. 8 JST")
    )

    panels = [FieldRowPanel([FieldPanel("count"), FieldPanel("description"), FieldPanel("minimum")])]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("grupa docelowa")
        verbose_name_plural = _("grupy docelowe")

    def __str__(self):
        return f"{self.count} {self.description}"
