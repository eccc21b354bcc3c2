"""The recruitment form: consent required, errors next to fields, stored once, e-mailed, exported."""

import re

import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

pytestmark = pytest.mark.django_db

VALID = {
    "imie_i_nazwisko": "Anna Nowak",
    "e_mail": "anna.nowak@example.com",
    "instytucja": "Urząd Gminy Gaszowice",
    "telefon": "",
    "grupa": "pracownik urzędu gminy",
    "uwagi": "Proszę o kontakt e-mailowy.",
}


def form_token(client, url):
    html = client.get(url).content.decode()
    return re.search(r'name="submission_token" value="([0-9a-f]+)"', html).group(1)


def test_missing_consent_is_rejected_next_to_the_box_and_input_is_kept(client, open_project):
    url = open_project.get_recruitment_url()
    data = {**VALID, "submission_token": form_token(client, url)}
    response = client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert FormSubmission.objects.filter(page=open_project).count() == 0
    errors = re.search(r'<ul class="errorlist" id="id_rodo_consent_errors">(.*?)</ul>', html, re.S)
    assert errors and "Bez zgody" in errors.group(1)
    assert 'aria-describedby="id_rodo_consent_errors"' in html and 'aria-invalid="true"' in html
    assert 'value="Anna Nowak"' in html and "Proszę o kontakt e-mailowy." in html
    assert 'role="alert"' in html
    # the recruitment tab is the visible one after an error
    assert re.search(r'id="panel-recruitment" aria-labelledby="tab-recruitment">', html)


def test_missing_required_field_error_sits_next_to_it(client, open_project):
    url = open_project.get_recruitment_url()
    data = {**VALID, "e_mail": "", "rodo_consent": "on", "submission_token": form_token(client, url)}
    html = client.post(url, data).content.decode()
    assert re.search(r'<ul class="errorlist" id="id_e_mail_errors">', html)
    assert FormSubmission.objects.filter(page=open_project).count() == 0


def test_valid_application_is_stored_once_with_the_consent_time_and_e_mailed(client, open_project):
    url = open_project.get_recruitment_url()
    data = {**VALID, "rodo_consent": "on", "submission_token": form_token(client, url)}
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Dziękujemy za zgłoszenie." in response.content.decode()
    response = client.post(url, data)  # a second click on "submit"
    assert response.status_code == 200
    submissions = FormSubmission.objects.filter(page=open_project)
    assert submissions.count() == 1
    stored = submissions.get().get_data()
    assert stored["imie_i_nazwisko"] == "Anna Nowak"
    assert stored["rodo_consent_at"]
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["biuro@subregion.pl"]
    assert "Anna Nowak" in mail.outbox[0].body


def test_closed_recruitment_does_not_store(client, seed_project):
    url = seed_project.get_recruitment_url()
    client.post(url, {"imie_i_nazwisko": "X", "e_mail": "x@example.com", "instytucja": "Y", "rodo_consent": "on",
                      "submission_token": "a" * 32})
    assert FormSubmission.objects.filter(page=seed_project).count() == 0


def test_english_form_posts_to_the_english_url(client, open_project):
    english = open_project.get_translations().get(locale__language_code="en").specific
    url = english.get_recruitment_url()
    assert url == "/en/projects/competent-administration/recruitment/"
    html = client.get(url).content.decode()
    assert f'action="{url}#application-form-heading"' in html and "Send application" in html


def test_office_sees_the_submission_and_exports_csv_and_xlsx(client, open_project, admin_user):
    url = open_project.get_recruitment_url()
    client.post(url, {**VALID, "rodo_consent": "on", "submission_token": form_token(client, url)})
    client.force_login(admin_user)
    listing = client.get(f"/admin/forms/submissions/{open_project.pk}/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Anna Nowak" in html
    csv = client.get(f"/admin/forms/submissions/{open_project.pk}/?export=csv")
    assert csv.status_code == 200
    text = b"".join(csv.streaming_content).decode("utf-8") if csv.streaming else csv.content.decode()
    header, row = text.strip().splitlines()[:2]
    assert "Zgoda RODO" in header or "rodo_consent_at" in header.lower() or "RODO" in header
    assert "Anna Nowak" in row and "Urząd Gminy Gaszowice" in row
    xlsx = client.get(f"/admin/forms/submissions/{open_project.pk}/?export=xlsx")
    assert xlsx.status_code == 200
    content = b"".join(xlsx.streaming_content) if xlsx.streaming else xlsx.content
    assert content[:2] == b"PK"


def test_the_forms_listing_and_the_submissions_speak_to_the_office(client, open_project, admin_user):
    """The forms listing names each page's type in Polish ("Projekt"), not "projects.projectpage"; the downloads
    are buttons beside the title, not links hidden behind the "…" menu; the consent time is a readable date."""
    import re

    url = open_project.get_recruitment_url()
    client.post(url, {**VALID, "rodo_consent": "on", "submission_token": form_token(client, url)})
    client.force_login(admin_user)
    index = client.get("/admin/forms/").content.decode()
    assert "projects.projectpage" not in index and "home.officepage" not in index
    assert re.search(r'<a [^>]*class="nolink"[^>]*>\s*Projekt\s*</a>', index)
    assert "Typ strony" in index and "Źródło" not in index

    html = client.get(f"/admin/forms/submissions/{open_project.pk}/").content.decode()
    header = html[html.index("<header"):html.index("</header>")]
    dropdown = re.findall(r'data-w-dropdown-target="content".*?</div>', header, re.S)
    csv_button = re.search(r'<a href="[^"]*\?export=csv" class="w-header-button button"', header)
    assert csv_button and not any("export=csv" in part for part in dropdown)
    assert "Pobierz dla Excela (CSV)" in header and "Pobierz XLSX" in header
    assert re.search(r"\b20\d\d-\d\d-\d\d \d\d:\d\d\b", html), "the consent time reads as a date and time"
    assert "+00:00" not in html and "T" not in re.findall(r"20\d\d-\d\d-\d\d.\d\d:\d\d", html)[0][10]
