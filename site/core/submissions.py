"""The admin's views of form submissions (recruitment applications, contact messages), made for the office.

- ``PortalSubmissionsListView``: the CSV opens correctly in a Polish Excel (UTF-8 with a byte-order mark, ``;``
  between columns, since a Polish Excel reads ``,`` as the decimal comma), every cell is neutralised against
  formula injection (``core.spreadsheets``), times are in the office's zone (Europe/Warsaw) as
  "2026-12-02 14:05", the downloads are buttons beside the title, and the file is named after the form and the day ("kompetentna-administracja-zgloszenia-2026-12-02.csv").
- One list for a form in every language: the submissions sent through the page's translations (the English
  recruitment form) are listed and exported with the Polish ones, each with the language it was sent in.
- ``AuditedDeleteSubmissionsView``: deleting submissions (personal data under RODO) leaves an entry in the
  page's history naming who deleted how many.
"""

import csv
import datetime

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.functional import cached_property
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.mixins import Echo
from wagtail.admin.widgets.button import HeaderButton
from wagtail.contrib.forms.views import DeleteSubmissionsView, SubmissionsListView
from wagtail.log_actions import log

from .spreadsheets import neutralise

DELETED_ACTION = "portal.form_submissions_deleted"
LANGUAGE_COLUMN = "submission_language"


def local_time(value):
    """"2026-12-02 14:05" in the office's zone for a datetime or an ISO string; other values unchanged."""
    if isinstance(value, str):
        parsed = parse_datetime(value)
        if parsed is None:
            return value
        value = parsed
    if isinstance(value, datetime.datetime):
        if timezone.is_naive(value):
            value = timezone.make_aware(value, datetime.timezone.utc)
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    return value


class PortalSubmissionsListView(SubmissionsListView):
    """Wagtail's submissions listing with an export the office can open and trust."""

    CSV_DELIMITER = ";"
    # Stored as ISO strings or datetimes; shown as local times (the consent time included).
    TIME_FIELDS = ("submit_time", "rodo_consent_at")

    @cached_property
    def header_buttons(self):
        """The two downloads as buttons beside the title, not hidden behind the "…" menu: exporting is the job."""
        return [
            HeaderButton(_("Pobierz dla Excela (CSV)"), url=self.csv_export_url, icon_name="download", priority=10),
            HeaderButton(_("Pobierz XLSX"), url=self.xlsx_export_url, icon_name="download", priority=20),
        ]

    @cached_property
    def header_more_buttons(self):
        return []

    def get_base_queryset(self):
        """The submissions of this form page and of its translations: one list for one recruitment."""
        return self.form_page.get_submission_class().objects.filter(page__translation_key=self.form_page.translation_key)

    @cached_property
    def page_languages(self):
        """page id → the name of its language ("angielski"), for the form page and its translations."""
        pages = self.form_page.get_translations(inclusive=True).select_related("locale")
        return {page.pk: translation.get_language_info(page.locale.language_code)["name_translated"] for page in pages}

    def as_spreadsheet(self, queryset, spreadsheet_format):
        self.list_export = [*self.list_export, LANGUAGE_COLUMN]
        self.export_headings = {**self.export_headings, LANGUAGE_COLUMN: str(_("Język zgłoszenia"))}
        return super().as_spreadsheet(queryset, spreadsheet_format)

    def to_row_dict(self, item):
        row = super().to_row_dict(item)
        if LANGUAGE_COLUMN in row:
            row[LANGUAGE_COLUMN] = self.page_languages.get(item.page_id, "")
        return row

    def get_filename(self):
        return f"{self.form_page.slug}-zgloszenia-{timezone.localdate():%Y-%m-%d}"

    def preprocess_field_value(self, field, value, export_format):
        if field in self.TIME_FIELDS:
            value = local_time(value)
        value = super().preprocess_field_value(field, value, export_format)
        return neutralise(value) if export_format == self.FORMAT_CSV else value

    def stream_csv(self, queryset):
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=self.CSV_DELIMITER)
        yield "\ufeff"
        yield writer.writerow({field: neutralise(self.get_heading(queryset, field)) for field in self.list_export})
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        for row in context.get("data_rows", []):
            row["fields"] = [local_time(value) for value in row["fields"]]
        if "data_headings" in context:
            context["data_headings"].append({"name": LANGUAGE_COLUMN, "label": _("Język zgłoszenia"), "order": None})
            for row, submission in zip(context["data_rows"], context["submissions"]):
                row["fields"].append(self.page_languages.get(submission.page_id, ""))
        return context


class AuditedDeleteSubmissionsView(DeleteSubmissionsView):
    """Wagtail's delete view for submissions, which also writes who deleted how many into the page's history.

    It deletes from the same list the office sees: the page's submissions and its translations'.
    """

    def get_queryset(self):
        submission_ids = self.request.GET.getlist("selected-submissions")
        return self.page.get_submission_class().objects.filter(
            page__translation_key=self.page.translation_key, id__in=submission_ids
        )

    def handle_delete(self, submissions):
        count = submissions.count()
        super().handle_delete(submissions)
        log(instance=self.page, action=DELETED_ACTION, user=self.request.user, data={"count": count})
