"""The base for every public form of the portal (project recruitment, office contact).

A form page built on ``ConsentEmailFormPage`` gets, on top of Wagtail's form builder:
- the short RODO information clause, a link to the full clause page and an unticked, required consent box;
- the time of consent (and the clause page's revision) stored with each submission and shown in the
  admin listing and the CSV/XLSX export;
- protection against a double click on "submit": each rendered form carries a one-time token and a
  submission whose token is already stored is not stored (or e-mailed) again;
- protection against spam: a honeypot field people never see (a submission that fills it is dropped, and the
  sender still sees the thank-you page, so a robot learns nothing) and a limit on submissions per sender
  address and form (``PORTAL_FORM_RATE_LIMIT`` submissions per ``PORTAL_FORM_RATE_WINDOW`` seconds; over it the
  visitor reads a polite message and nothing is stored); a maximum length on every text field;
- a notification that cannot be sent (mail server down) does not lose the submission: it is stored, the failure
  is logged, and ``manage.py resend_form_notifications`` sends what is pending.
"""

import calendar
import datetime
import logging
import smtplib
import uuid

from django import forms
from django.conf import settings
from wagtail.admin.mail import send_mail
from django.db import models, transaction
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.forms.forms import FormBuilder
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField
from wagtail.fields import RichTextField

from ..client_address import client_pseudonym
from ..page_cache import own_rows
from .pages import BasePage

CONSENT_FIELD = "rodo_consent"
TOKEN_FIELD = "submission_token"
CONSENT_TIME_FIELD = "rodo_consent_at"
CLAUSE_REVISION_FIELD = "rodo_clause_revision"
HONEYPOT_FIELD = "strona_www"
CLIENT_FIELD = "client"  # pseudonym of the sender's address (core.client_address), for the rate limit
PENDING_NOTIFICATION_FIELD = "pending_notification"  # the e-mail text, while it could not be sent
MAX_TEXT_LENGTH = 5000  # a multi-line answer; single-line answers are limited to 255 characters by Wagtail
MAX_URL_LENGTH = 2000

logger = logging.getLogger(__name__)


def _months_before(moment, months):
    """``moment`` minus ``months`` calendar months (the last day of a shorter month when needed)."""
    year, month = divmod(moment.year * 12 + moment.month - 1 - months, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


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
        formfields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Zostaw to pole puste"), required=False, max_length=200,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )
        return formfields

    def create_multiline_field(self, field, options):
        options["max_length"] = MAX_TEXT_LENGTH
        return super().create_multiline_field(field, options)

    def create_url_field(self, field, options):
        options["max_length"] = MAX_URL_LENGTH
        return super().create_url_field(field, options)


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
    submission_retention_months = models.PositiveSmallIntegerField(
        _("okres przechowywania zgłoszeń (miesiące)"),
        default=12,
        help_text=_(
            "Po tylu miesiącach zgłoszenia są usuwane (RODO): w projekcie od zamknięcia naboru, w innych "
            "formularzach od wysłania. Wpisz okres z klauzuli RODO."
        ),
    )

    consent_panels = [
        MultiFieldPanel(
            [FieldPanel("rodo_summary"), PageChooserPanel("rodo_clause_page"), FieldPanel("consent_label"),
             FieldPanel("submission_retention_months")],
            heading=_("Ochrona danych osobowych (RODO)"),
        )
    ]

    class Meta:
        abstract = True

    # -- the form ------------------------------------------------------------------------------
    def get_form_fields(self):
        """The form's fields: the page's own rows, kept with it (``core.page_cache``; a preview's are its own)."""
        return own_rows(self, "form_fields")

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

    def process_form_submission(self, form, client=""):
        """Store the submission once per token, with the consent time instead of the checkbox value."""
        data = dict(form.cleaned_data)
        token = data.pop(TOKEN_FIELD, "") or uuid.uuid4().hex
        data.pop(CONSENT_FIELD, None)
        data.pop(HONEYPOT_FIELD, None)
        data[TOKEN_FIELD] = token
        data[CLIENT_FIELD] = client
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
            try:
                self.send_mail(form)
            except (smtplib.SMTPException, OSError):
                logger.exception("form %s: the notification of submission %s could not be sent", self.pk, submission.pk)
                submission.form_data[PENDING_NOTIFICATION_FIELD] = self.render_email(form)
                submission.save(update_fields=["form_data"])
        return submission

    def resend_notification(self, submission):
        """Send the stored text of a notification that failed; True when it went out."""
        text = submission.form_data.get(PENDING_NOTIFICATION_FIELD)
        if not text or not self.to_address:
            return False
        send_mail(self.subject, text, [address.strip() for address in self.to_address.split(",")], self.from_address)
        del submission.form_data[PENDING_NOTIFICATION_FIELD]
        submission.save(update_fields=["form_data"])
        return True

    def is_over_rate_limit(self, client):
        """True when ``client`` already sent the allowed number of submissions to this form within the window."""
        limit = int(getattr(settings, "PORTAL_FORM_RATE_LIMIT", 10))
        window = int(getattr(settings, "PORTAL_FORM_RATE_WINDOW", 3600))
        since = timezone.now() - datetime.timedelta(seconds=window)
        recent = self.get_submission_class().objects.filter(page=self, submit_time__gte=since)
        return recent.filter(**{f"form_data__{CLIENT_FIELD}": client}).count() >= limit

    # -- retention -------------------------------------------------------------------------------
    def retention_start(self):
        """The moment from which the retention period runs for all submissions, or None: from each one's own time."""
        return None

    def expired_submissions(self, now=None):
        """The submissions kept longer than ``submission_retention_months`` allows."""
        now = now or timezone.now()
        cutoff = _months_before(now, self.submission_retention_months)
        submissions = self.get_submission_class().objects.filter(page=self)
        start = self.retention_start()
        if start is not None:
            return submissions if start <= cutoff else submissions.none()
        return submissions.filter(submit_time__lt=cutoff)

    def get_submissions_list_view_class(self):
        from ..submissions import PortalSubmissionsListView

        return PortalSubmissionsListView

    def serve(self, request, *args, **kwargs):
        """A form page without sub-routes (e.g. Biuro) serves its form through ``serve_form`` too."""
        return self.serve_form(request, self.get_template(request))

    def serve_form(self, request, template, extra_context=None):
        """Render and process the form with ``template``; for use inside a RoutablePageMixin route."""
        if request.method == "POST":
            form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
            if form.is_valid():
                if form.cleaned_data.get(HONEYPOT_FIELD):
                    logger.info("form %s: the hidden field was filled in; submission dropped", self.pk)
                    return self.render_landing_page(request, None)
                client = client_pseudonym(request)
                if self.is_over_rate_limit(client):
                    form.add_error(None, _(
                        "Z tego adresu wysłano już wiele zgłoszeń w krótkim czasie. Spróbuj ponownie za godzinę "
                        "albo napisz do Biura e-mailem."
                    ))
                else:
                    submission = self.process_form_submission(form, client=client)
                    return self.render_landing_page(request, submission)
        else:
            form = self.get_form(page=self, user=request.user)
        context = self.get_context(request)
        context.update(extra_context or {})
        context["form"] = form
        return TemplateResponse(request, template, context)


class TranslatableFormField(TranslatableMixin, AbstractFormField):
    """A field of a form page that wagtail-localize translates: its label, help text, choices and default value
    are segments of the page's translation, so the English form asks in English (a plain form field would be
    copied over in Polish on every sync).

    A field takes its page's language when it is saved; subclasses define the ``page`` ParentalKey. Its
    ``clean_name`` (the key answers are stored under) is the same in every language, not a text to translate,
    so the submissions of all language versions line up in one list.
    """

    override_translatable_fields = [SynchronizedField("clean_name")]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        abstract = True

    def save(self, *args, **kwargs):
        if not self.locale_id:
            self.locale_id = self.page.locale_id
        return super().save(*args, **kwargs)
