"""The office page: checksum validation (NIP, REGON, IBAN), opening hours for today, JSON-LD, the contact form."""

import datetime
import json
import re

import pytest
import time_machine
from django.core import mail
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from core.models import SiteSettings
from home.models import OfficePage
from core.validators import format_iban, is_valid_nip, is_valid_polish_iban, is_valid_regon


# -- validators --------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["6422889772", "642-288-97-72", "642 288 97 72", "PL6422889772", "5260250274"])
def test_valid_nip(value):
    assert is_valid_nip(value)


@pytest.mark.parametrize("value", ["6422889750", "642288977", "64228897721", "abcdefghij", "", "1234567890"])
def test_invalid_nip(value):
    assert not is_valid_nip(value)


@pytest.mark.parametrize("value", ["276828386", "123456785", "12345678512347"])
def test_valid_regon(value):
    assert is_valid_regon(value)


@pytest.mark.parametrize("value", ["276828389", "12345678", "123456786", "12345678512348", "27682838612347"])
def test_invalid_regon(value):
    assert not is_valid_regon(value)


@pytest.mark.parametrize("value", [
    "PL61109010140000071219812874", "PL61 1090 1014 0000 0712 1981 2874", "61109010140000071219812874",
    "pl78 1020-2498-0000-6102-0123-4567",
])
def test_valid_polish_iban(value):
    assert is_valid_polish_iban(value)


@pytest.mark.parametrize("value", [
    "PL62109010140000071219812874",  # check digits off by one
    "PL61109010140000071219812875",  # last digit mistyped
    "PL6110901014000007121981287",   # 25 digits
    "DE89370400440532013000",        # valid IBAN, not Polish
    "PL61 1090 1014 0000 0712 1981 287X",
])
def test_invalid_polish_iban(value):
    assert not is_valid_polish_iban(value)


def test_iban_is_shown_in_groups_of_four():
    assert format_iban("PL78102024980000610201234567") == "PL78 1020 2498 0000 6102 0123 4567"


# -- the forms editors see -------------------------------------------------------------------

@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("redaktor-test", "redaktor@example.com", "haslo-testowe-123")
    client.force_login(user)
    return client


def office_pl():
    return OfficePage.objects.get(locale__language_code="pl")


def office_post_data(page, **overrides):
    data = {
        "title": page.title, "slug": page.slug, "intro": page.intro, "bank_name": page.bank_name,
        "bank_account": page.bank_account, "directions": rich_text(page.directions), "form_intro": rich_text(""),
        "thank_you_text": rich_text(""), "rodo_summary": rich_text(""), "rodo_clause_page": "", "consent_label": "", "submission_retention_months": "12",
        "from_address": "", "to_address": "biuro@subregion.pl", "subject": "",
        "opening_hours": inline_formset([]), "staff": inline_formset([]), "form_fields": inline_formset([]),
        "seo_title": "", "search_description": "",
    }
    data.update(overrides)
    return nested_form_data(data)


@pytest.mark.django_db
@pytest.mark.parametrize("account, code_fragment", [
    ("PL62 1090 1014 0000 0712 1981 2874", "cyfry kontrolne"),
    ("1234", "wpisz 26 cyfr"),
])
def test_office_form_rejects_a_bad_bank_account(admin_client, account, code_fragment):
    page = office_pl()
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), office_post_data(page, bank_account=account))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "bank_account" in errors and code_fragment in errors["bank_account"][0]
    page.refresh_from_db()
    assert page.bank_account != account


@pytest.mark.django_db
def test_office_form_accepts_a_valid_bank_account(admin_client):
    page = office_pl()
    response = admin_client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        office_post_data(page, bank_account="PL61 1090 1014 0000 0712 1981 2874"),
    )
    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().bank_account == "PL61 1090 1014 0000 0712 1981 2874"


@pytest.mark.django_db
def test_opening_hours_row_must_close_after_it_opens(admin_client):
    page = office_pl()
    rows = inline_formset([{"weekday": "0", "opens": "15:30", "closes": "07:30"}, {"weekday": "1", "opens": "", "closes": ""}])
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), office_post_data(page, opening_hours=rows))
    assert response.status_code == 200
    row_errors = response.context["form"].formsets["opening_hours"].errors
    assert "closes" in row_errors[0] and "opens" in row_errors[1]


@pytest.mark.django_db
@pytest.mark.parametrize("field, value, message", [
    ("nip", "642-288-97-50", "Nieprawidłowy NIP"),
    ("nip", "123", "Nieprawidłowy NIP"),
    ("regon", "276828389", "Nieprawidłowy REGON"),
    ("regon", "2768283", "Nieprawidłowy REGON"),
])
def test_site_settings_reject_bad_nip_and_regon(admin_client, field, value, message):
    settings = SiteSettings.load()
    data = {
        "organisation_name": settings.organisation_name, "short_name": settings.short_name, "address": settings.address,
        "phone": settings.phone, "email": settings.email, "epuap": settings.epuap, "nip": settings.nip,
        "regon": settings.regon, "bip_url": settings.bip_url, "footer_credits": settings.footer_credits,
        "accessibility_page": "", "privacy_page": "", "recommended_links": inline_formset([]),
    }
    data[field] = value
    response = admin_client.post(
        reverse("wagtailsettings:edit", args=["core", "sitesettings", settings.pk]), nested_form_data(data)
    )
    assert response.status_code == 200
    assert message in response.context["form"].errors[field][0]
    settings.refresh_from_db()
    assert getattr(settings, field) != value


@pytest.mark.django_db
def test_demo_official_numbers_pass_their_checksums():
    settings = SiteSettings.load()
    assert is_valid_nip(settings.nip) and is_valid_regon(settings.regon)
    assert is_valid_polish_iban(office_pl().bank_account)


# -- opening hours for today -------------------------------------------------------------------

def today_row(html):
    match = re.search(r'<tr class="is-today" aria-current="date">\s*<th scope="row">([^<]+)', html)
    return match.group(1).strip() if match else None


@pytest.mark.django_db
@pytest.mark.parametrize("moment, weekday, hours", [
    ("2026-12-01T10:00:00+01:00", "Wtorek", "07:30"),      # Tuesday morning in Rybnik
    ("2026-12-01T23:30:00+00:00", "Środa", "07:30"),       # still Tuesday in UTC, already Wednesday in Warsaw
    ("2026-12-05T12:00:00+01:00", "Sobota", "nieczynne"),  # Saturday: closed
])
def test_todays_row_is_highlighted_in_warsaw_time(client, moment, weekday, hours):
    with time_machine.travel(datetime.datetime.fromisoformat(moment), tick=False):
        html = client.get("/biuro/").content.decode()
    assert html.count('class="is-today"') == 1
    assert today_row(html) == weekday
    row = html[html.index('class="is-today"'):]
    row = row[: row.index("</tr>")]
    assert '<span class="badge">dziś</span>' in row and hours in row


@pytest.mark.django_db
def test_todays_row_in_english(client):
    with time_machine.travel(datetime.datetime(2026, 12, 3, 9, 0, tzinfo=datetime.UTC), tick=False):
        html = client.get("/en/office/").content.decode()
    assert today_row(html) == "Thursday"
    assert '<span class="badge">today</span>' in html


# -- schema.org ---------------------------------------------------------------------------------

@pytest.mark.django_db
def test_government_office_json_ld(client):
    html = client.get("/biuro/").content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    data = json.loads(raw)
    assert data["@type"] == "GovernmentOffice"
    assert data["address"] == {
        "@type": "PostalAddress", "addressCountry": "PL", "streetAddress": "ul. Rudzka 13C",
        "postalCode": "44-200", "addressLocality": "Rybnik",
    }
    assert data["email"] == "biuro@subregion.pl"
    days = [spec["dayOfWeek"].rsplit("/", 1)[1] for spec in data["openingHoursSpecification"]]
    assert days == ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    assert {"@type": "Person", "name": "Grzegorz Wawoczny", "jobTitle": "Dyrektor Biura"} in data["employee"]


@pytest.mark.django_db
def test_json_ld_cannot_close_its_script_element(client):
    settings = SiteSettings.load()
    settings.short_name = "</script><script>alert(1)</script>"
    settings.save()
    html = client.get("/biuro/").content.decode()
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
    assert json.loads(block)["alternateName"] == "</script><script>alert(1)</script>"


# -- the contact form ---------------------------------------------------------------------------

def contact_data(page, consent=True, token="token-1"):
    names = [field.clean_name for field in page.get_form_fields()]
    values = dict(zip(names, ["Jan Testowy", "jan@example.com", "Pytanie", "Dzień dobry, mam pytanie o projekty."]))
    values["submission_token"] = token
    if consent:
        values["rodo_consent"] = "on"
    return values


@pytest.mark.django_db
def test_contact_form_requires_consent_and_keeps_what_was_typed(client):
    page = office_pl()
    response = client.post("/biuro/", contact_data(page, consent=False))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bez zgody na przetwarzanie danych" in html
    assert 'value="Jan Testowy"' in html and "mam pytanie o projekty" in html
    assert not FormSubmission.objects.filter(page=page).exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_contact_form_stores_the_submission_and_emails_the_office(client):
    page = office_pl()
    response = client.post("/biuro/", contact_data(page))
    assert response.status_code == 200
    assert "Dziękujemy za wiadomość" in response.content.decode()
    submission = FormSubmission.objects.get(page=page)
    data = submission.get_data()
    assert "jan@example.com" in data.values()
    assert data["rodo_consent_at"]
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["biuro@subregion.pl"]
    assert "mam pytanie o projekty" in mail.outbox[0].body


@pytest.mark.django_db
def test_contact_form_double_submit_is_stored_once(client):
    page = office_pl()
    client.post("/biuro/", contact_data(page, token="same"))
    client.post("/biuro/", contact_data(page, token="same"))
    assert FormSubmission.objects.filter(page=page).count() == 1


@pytest.mark.django_db
def test_contact_form_in_english(client):
    page = OfficePage.objects.get(locale__language_code="en")
    response = client.get("/en/office/")
    html = response.content.decode()
    assert "Write to the office" in html and 'name="rodo_consent"' in html
    assert client.post("/en/office/", contact_data(page)).status_code == 200
    assert FormSubmission.objects.filter(page=page).count() == 1
