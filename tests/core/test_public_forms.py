"""Every public form (office contact, project recruitment) is safe to leave open on the internet:
spam is trapped or limited, text has a maximum length, a mail outage loses nothing, exports cannot run
formulas, and deleting personal data leaves a trace of who did it."""

import csv
import io
import logging

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import PageLogEntry

from core.models.forms import PENDING_NOTIFICATION_FIELD
from home.models import OfficePage
from tests.home.test_office import contact_data


@pytest.fixture
def office(db):
    return OfficePage.objects.get(locale__language_code="pl")


def stored(page):
    return FormSubmission.objects.filter(page=page).count()


def test_a_filled_honeypot_shows_the_thank_you_page_and_stores_nothing(client, office):
    response = client.post("/biuro/", {**contact_data(office), "strona_www": "http://spam.example/"})
    assert response.status_code == 200
    assert "Dziękujemy za wiadomość" in response.content.decode()
    assert stored(office) == 0 and mail.outbox == []


def test_the_honeypot_is_in_the_form_but_hidden_from_people(client, office):
    html = client.get("/biuro/").content.decode()
    assert 'class="form-trap"' in html and 'name="strona_www"' in html
    assert ".form-trap { display: none; }" in (
        __import__("pathlib").Path(__file__).parents[2] / "site/static/css/components/forms.css"
    ).read_text()


def test_one_address_over_the_limit_reads_a_polite_message_and_nothing_more_is_stored(client, office, settings):
    settings.PORTAL_FORM_RATE_LIMIT = 2
    for number in range(2):
        assert "Dziękujemy" in client.post("/biuro/", contact_data(office, token=f"t{number}")).content.decode()
    response = client.post("/biuro/", contact_data(office, token="t3"))
    html = response.content.decode()
    assert response.status_code == 200 and "wysłano już wiele zgłoszeń" in html
    assert 'value="Jan Testowy"' in html  # what was typed is kept
    assert stored(office) == 2
    other = client.post("/biuro/", contact_data(office, token="t4"), REMOTE_ADDR="198.51.100.7")
    assert "Dziękujemy" in other.content.decode() and stored(office) == 3


def test_the_limit_reads_the_address_behind_the_configured_proxy(client, office, settings):
    settings.PORTAL_FORM_RATE_LIMIT = 1
    settings.PORTAL_PROXY_COUNT = 1
    client.post("/biuro/", contact_data(office, token="a"), HTTP_X_FORWARDED_FOR="203.0.113.1")
    response = client.post("/biuro/", contact_data(office, token="b"), HTTP_X_FORWARDED_FOR="203.0.113.2")
    assert "Dziękujemy" in response.content.decode() and stored(office) == 2  # two visitors behind one proxy


def test_a_two_megabyte_message_is_refused_with_a_message(client, office):
    data = contact_data(office)
    message_field = [field.clean_name for field in office.get_form_fields()][3]
    data[message_field] = "x" * 2_000_000
    response = client.post("/biuro/", data)
    assert response.status_code == 200
    assert "5000" in response.content.decode().replace("\xa0", "")
    assert stored(office) == 0


def test_a_mail_outage_keeps_the_submission_and_the_command_sends_it_later(client, office, settings, caplog):
    settings.EMAIL_BACKEND = "tests.core.failing_mail.UnreachableMailServer"
    with caplog.at_level(logging.ERROR, logger="core.models.forms"):
        response = client.post("/biuro/", contact_data(office))
    assert "Dziękujemy za wiadomość" in response.content.decode()
    submission = FormSubmission.objects.get(page=office)
    assert "mam pytanie o projekty" in submission.form_data[PENDING_NOTIFICATION_FIELD]
    assert any("could not be sent" in record.getMessage() for record in caplog.records)

    out = io.StringIO()
    call_command("resend_form_notifications", stdout=out, stderr=io.StringIO())  # still down
    assert "0 notification(s) sent, 1 still pending" in out.getvalue()

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    out = io.StringIO()
    call_command("resend_form_notifications", stdout=out)
    assert "1 notification(s) sent" in out.getvalue()
    assert len(mail.outbox) == 1 and "mam pytanie o projekty" in mail.outbox[0].body
    submission.refresh_from_db()
    assert PENDING_NOTIFICATION_FIELD not in submission.form_data


def test_the_export_opens_in_polish_excel_and_runs_no_formula(client, office, admin_user):
    data = contact_data(office)
    name_field = [field.clean_name for field in office.get_form_fields()][0]
    data[name_field] = '=HYPERLINK("http://evil.example","kliknij")'
    client.post("/biuro/", data)
    client.force_login(admin_user)
    response = client.get(reverse("wagtailforms:list_submissions", args=[office.pk]) + "?export=csv")
    assert response["Content-Disposition"].startswith('attachment; filename="biuro-zgloszenia-')
    text = b"".join(response.streaming_content).decode("utf-8")
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter=";"))
    assert len(rows) == 2 and len(rows[0]) > 3
    assert "'=HYPERLINK(\"http://evil.example\",\"kliknij\")" in rows[1]
    consent = rows[1][rows[0].index("Zgoda RODO wyrażona")]
    assert len(consent) == 16 and consent[4] == "-" and consent[13] == ":"  # "2026-12-02 14:05", local time


def test_deleting_submissions_leaves_who_and_how_many_in_the_history(client, office, admin_user):
    for token in ("a", "b"):
        client.post("/biuro/", contact_data(office, token=token))
    ids = list(FormSubmission.objects.filter(page=office).values_list("pk", flat=True))
    client.force_login(admin_user)
    url = reverse("wagtailforms:delete_submissions", args=[office.pk])
    query = "&".join(f"selected-submissions={pk}" for pk in ids)
    response = client.post(f"{url}?{query}")
    assert response.status_code == 302 and stored(office) == 0
    entry = PageLogEntry.objects.filter(page=office, action="portal.form_submissions_deleted").get()
    assert entry.user == admin_user and entry.data == {"count": 2}
    history = client.get(reverse("wagtailadmin_pages:history", args=[office.pk])).content.decode()
    assert "Usunięto 2 zgłoszeń" in history or "Usunięto 2 zgłoszenia" in history
