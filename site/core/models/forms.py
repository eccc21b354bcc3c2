"""The base for every public form of the portal (project recruitment, office contact).

A form page built on ``ConsentEmailFormPage`` gets, on top of Wagtail's form builder:
- the short RODO information clause, a link to the full clause page and an unticked, required consent box;
- the time of consent (and the clause page's revision) stored with each submission and shown in the
  admin listing and the CSV/XLSX export;
- protection against a double click on "submit": each rendered form carries a one-time token and a
  submission whose token is already stored is not stored (or e-mailed) again.
"""

import uuid

from django import forms
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm
from wagtail.fields import RichTextField

from .pages import BasePage

CONSENT_FIELD = "rodo_consent"
TOKEN_FIELD = "submission_token"
CONSENT_TIME_FIELD = "rodo_consent_at"
CLAUSE_REVISION_FIELD = "rodo_clause_revision"


class ConsentFormBuilder(FormBuilder):
    """Wagtail's form builder plus the RODO consent checkbox and the one-time submission token."""

    def __init__(self, fields, consent_label=""):
        super().__init__(fields)
        self.consent_label = consent_label

    @property
    def formfields(self):
        formfields = super().formfields
        formfields[CONSENT_FIELD] = forms.BooleanField(
            label=self.consent_label or _("Wyrażam zgodę na przetwarzanie moich danych osobowych w celu rozpatrzenia zgłoszenia."),
            required=True,
            initial=False,
            error_messages={"required": _("Bez zgody na przetwarzanie danych nie możemy przyjąć zgłoszenia.")},
        )
        formfields[TOKEN_FIELD] = forms.CharField(widget=forms.HiddenInput, required=False)
        return formfields


class ConsentEmailFormPage(BasePage, AbstractEmailForm):
    """Abstract form page with a RODO clause, required consent and double-submit protection."""

    rodo_summary = RichTextField(
        _("klauzula RODO (skrót)"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Krótka informacja o przetwarzaniu danych, widoczna nad polem zgody."),
    )
    rodo_clause_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("pełna klauzula RODO"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Strona z pełną klauzulą informacyjną; link pojawi się pod formularzem."),
    )
    consent_label = models.CharField(
        _("treść zgody"),
        max_length=500,
        blank=True,
        help_text=_("Tekst przy polu wyboru zgody. Puste: tekst domyślny."),
    )

    consent_panels = [
        MultiFieldPanel(
            [FieldPanel("rodo_summary"), PageChooserPanel("rodo_clause_page"), FieldPanel("consent_label")],
            heading=_("Ochrona danych osobowych (RODO)"),
        )
    ]

    class Meta:
        abstract = True

    # -- the form ------------------------------------------------------------------------------
    def get_form_class(self):
        return ConsentFormBuilder(self.get_form_fields(), consent_label=self.consent_label).get_form_class()

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        if not form.is_bound:
            form.initial[TOKEN_FIELD] = uuid.uuid4().hex
        return form

    def get_data_fields(self):
        return super().get_data_fields() + [(CONSENT_TIME_FIELD, _("Zgoda RODO wyrażona"))]

    def render_email(self, form):
        lines = [
            line
            for line in super().render_email(form).splitlines()
            if not line.startswith(f"{form.fields[TOKEN_FIELD].label or TOKEN_FIELD}:")
        ]
        lines.append(f"{_('Zgoda RODO wyrażona')}: {timezone.localtime():%Y-%m-%d %H:%M}")
        return "\n".join(lines)

    def process_form_submission(self, form):
        """Store the submission once per token, with the consent time instead of the checkbox value."""
        data = dict(form.cleaned_data)
        token = data.pop(TOKEN_FIELD, "") or uuid.uuid4().hex
        data.pop(CONSENT_FIELD, None)
        data[TOKEN_FIELD] = token
        data[CONSENT_TIME_FIELD] = timezone.now().isoformat(timespec="seconds")
        if self.rodo_clause_page_id:
            data[CLAUSE_REVISION_FIELD] = self.rodo_clause_page.live_revision_id
        Submission = self.get_submission_class()
        with transaction.atomic():
            existing = Submission.objects.filter(page=self, form_data__submission_token=token).first()
            if existing is not None:
                return existing
            submission = Submission.objects.create(form_data=data, page=self)
        if self.to_address:
            self.send_mail(form)
        return submission

    def serve_form(self, request, template, extra_context=None):
        """Render and process the form with ``template``; for use inside a RoutablePageMixin route."""
        if request.method == "POST":
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            if form.is_valid():
                submission = self.process_form_submission(form)
                return self.render_landing_page(request, submission)
        else:
            form = self.get_form(page=self, user=request.user)
        context = self.get_context(request)
        context.update(extra_context or {})
        context["form"] = form
        return TemplateResponse(request, template, context)
