"""The "Nabór do projektu" tab: recruitment dates, who may apply, the contact and the online form."""

from django.db import models
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.models import ConsentEmailFormPage, TranslatableFormField

from ..enums import ProjectTab, RecruitmentState


class ProjectRecruitmentTab(models.Model):
    """The fields, panels and context of a project's recruitment tab; the form itself is ``ConsentEmailFormPage``'s."""

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

    recruitment_panels = [
        HelpPanel(
            content=_(
                "<p>Formularz zgłoszeniowy jest widoczny tylko między datą otwarcia a zamknięcia naboru. "
                "Zgłoszenia znajdziesz w menu Formularze (można je pobrać jako CSV lub XLSX).</p>"
                "<p>Daty, kwoty, program i pliki ustawiasz w polskiej wersji strony. Po jej publikacji "
                "wybierz „Zsynchronizuj przetłumaczone strony” (w nagłówku strony): wersja angielska przejmie "
                "nowe daty i pliki, a jej przetłumaczony tekst zostanie bez zmian.</p>"
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
    recruitment_search_fields = [
        index.SearchField("eligibility"),
        index.SearchField("how_to_apply"),
        index.SearchField("recruitment_details"),
        index.SearchField("contact_name"),
        index.FilterField("recruitment_opens_at"),
        index.FilterField("recruitment_closes_at"),
    ]

    class Meta:
        abstract = True

    @property
    def recruitment_state(self):
        """Not open before the opening time (or with no dates), open until the closing time, then closed."""
        now = timezone.now()
        if self.recruitment_opens_at is None or now < self.recruitment_opens_at:
            return RecruitmentState.NOT_OPEN
        if self.recruitment_closes_at is not None and now >= self.recruitment_closes_at:
            return RecruitmentState.CLOSED
        return RecruitmentState.OPEN

    @property
    def recruitment_is_open(self):
        return self.recruitment_state == RecruitmentState.OPEN

    def retention_start(self):
        """Applications are kept for the retention period counted from the close of the recruitment."""
        return self.recruitment_closes_at

    def recruitment_errors(self):
        """{field: message} when the recruitment would close before it opens."""
        if (
            self.recruitment_opens_at
            and self.recruitment_closes_at
            and self.recruitment_closes_at <= self.recruitment_opens_at
        ):
            return {"recruitment_closes_at": _("Nabór musi się zamknąć później, niż się otwiera.")}
        return {}

    def recruitment_context(self, request):
        """The recruitment state and, while the recruitment is open, an empty form to fill in."""
        context = {"recruitment_state": self.recruitment_state}
        if self.recruitment_is_open:
            context["form"] = self.get_form(page=self, user=request.user)
        return context

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        """The thank-you page, with the project's tabs around it as on the recruitment tab."""
        context = self.get_context(request, tab=ProjectTab.RECRUITMENT)
        context["form_submission"] = form_submission
        return TemplateResponse(request, self.get_landing_page_template(request), context)


class ProjectFormField(TranslatableFormField):
    """A field of the project's recruitment form, chosen by editors."""

    page = ParentalKey("projects.ProjectPage", related_name="form_fields", on_delete=models.CASCADE)

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
