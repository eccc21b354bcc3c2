"""Form submissions are personal data: each form keeps them for its own period, shown to editors, after which
``purge_expired_submissions`` removes them and writes how many into the page's history."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.utils import timezone
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import PageLogEntry

from home.models import OfficePage
from projects.models import ProjectPage


def submit(page, when):
    submission = FormSubmission.objects.create(page=page, form_data={"wiadomosc": "dane osobowe"})
    FormSubmission.objects.filter(pk=submission.pk).update(submit_time=when)
    return submission


def purge(*args):
    out = io.StringIO()
    call_command("purge_expired_submissions", *args, stdout=out)
    return out.getvalue()


@pytest.mark.django_db
def test_contact_messages_older_than_their_form_period_are_deleted_and_logged():
    office = OfficePage.objects.get(locale__language_code="pl")
    assert office.submission_retention_months == 12  # the default, shown on the form tab
    now = timezone.now()
    old = submit(office, now - datetime.timedelta(days=400))
    recent = submit(office, now - datetime.timedelta(days=30))
    assert "1 submission(s) would be deleted" in purge("--dry-run")
    assert FormSubmission.objects.filter(pk=old.pk).exists()
    assert "1 submission(s) deleted" in purge()
    assert list(FormSubmission.objects.filter(page=office)) == [recent]
    entry = PageLogEntry.objects.get(page=office, action="portal.form_submissions_deleted")
    assert entry.data == {"count": 1, "reason": "retention"} and entry.user is None


@pytest.mark.django_db
def test_a_recruitment_keeps_its_applications_for_the_period_after_it_closes():
    project = ProjectPage.objects.get(slug="kompetentna-administracja", locale__language_code="pl")
    project.submission_retention_months = 24
    project.save(update_fields=["submission_retention_months"])
    closes = project.recruitment_closes_at
    application = submit(project, closes - datetime.timedelta(days=3))
    with time_machine.travel(closes + datetime.timedelta(days=700), tick=False):  # under 24 months after closing
        assert "0 submission(s) deleted" in purge()
    assert FormSubmission.objects.filter(pk=application.pk).exists()
    with time_machine.travel(closes + datetime.timedelta(days=740), tick=False):  # over 24 months
        assert "1 submission(s) deleted" in purge()
    assert not FormSubmission.objects.filter(pk=application.pk).exists()


@pytest.mark.django_db
def test_editors_see_the_period_on_the_form_tab(client, admin_user):
    office = OfficePage.objects.get(locale__language_code="pl")
    client.force_login(admin_user)
    html = client.get(f"/admin/pages/{office.pk}/edit/").content.decode()
    assert 'name="submission_retention_months"' in html and "okres przechowywania zgłoszeń" in html.lower()
