"""The accessibility statement as the law and the ministry's technical conditions describe it.

An editor fills fields, publishes, and the page passes the structure check an automated monitor would run
(``statement_checker``); every page names the statement of its language in its head; the admin reminds of the
yearly review from 1 March until the review date is this year's.
"""

import datetime

import pytest
import time_machine
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from core.models import SiteSettings
from home.models import AccessibilityStatementPage, HomePage, IssueKind, review_due
from tests.speed.urls import URLS

from .statement_checker import check_statement, statement_meta

pytestmark = pytest.mark.django_db

PL_URL, EN_URL = "/deklaracja-dostepnosci/", "/en/accessibility-statement/"


def statement(language="pl"):
    return AccessibilityStatementPage.objects.get(locale__language_code=language)


@pytest.mark.parametrize("url, language", [(PL_URL, "pl"), (EN_URL, "en")])
def test_demo_statement_passes_the_structure_check(client, url, language):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert check_statement(html, language, audited=False) == []
    assert statement_meta(html) == f"http://testserver{url}"


def test_statement_replaces_the_plain_page_at_the_same_address():
    home = HomePage.objects.get(locale__language_code="pl")
    pages = Page.objects.child_of(home).filter(slug="deklaracja-dostepnosci")
    assert [page.specific_class for page in pages] == [AccessibilityStatementPage]
    assert SiteSettings.load().accessibility_page_id == statement().pk


def test_checker_rejects_a_missing_or_malformed_element(client):
    html = client.get(PL_URL).content.decode()
    assert check_statement(html.replace('id="a11y-procedura"', ""), audited=False) == ["missing #a11y-procedura"]
    broken_date = html.replace('datetime="2024-01-01">2024-01-01</time>', 'datetime="01.01.2024">01.01.2024</time>', 1)
    assert any("not YYYY-MM-DD" in problem for problem in check_statement(broken_date))
    as_span = html.replace('<time id="a11y-data-aktualizacja"', '<span id="a11y-data-aktualizacja"', 1)
    assert any("not <time>" in problem for problem in check_statement(as_span))
    no_status = html.replace("<strong>częściowo zgodna</strong>", "<strong>w porządku</strong>")
    assert any("a11y-status" in problem for problem in check_statement(no_status))
    no_meta = html.replace('name="deklaracja-dostępności"', 'name="x"')
    assert any("meta" in problem for problem in check_statement(no_meta))


@pytest.mark.parametrize("url", [url for url in URLS if "/feed/" not in url])
def test_every_page_names_the_statement_of_its_language(client, url):
    html = client.get(url).content.decode()
    expected = EN_URL if url.startswith("/en/") else PL_URL
    assert statement_meta(html) == f"http://testserver{expected}", url


def _statement_form(page, **overrides):
    data = {
        "title": page.title, "slug": page.slug, "subject_name": "", "website_name": "", "website_url": "",
        "published_on": "2024-01-01", "updated_on": "2025-06-30", "status": "czesciowo-zgodna",
        "prepared_on": "2024-01-01", "reviewed_on": "2026-03-15",
        "assessment": "audyt", "auditor": "Fundacja Dostępny Rybnik (dane przykładowe)",
        "accessibility_features": rich_text("<p>Powiększanie czcionki i wysoki kontrast.</p>"),
        "contact_person": "Anna Kowalska", "contact_email": "dostepnosc@subregion.pl", "contact_phone": "",
        "procedure_notes": rich_text(""),
        "architecture": rich_text("<p>Wejście bez schodów, Biuro na parterze.</p>"),
        "mobile_apps": "",
        "issues": inline_formset([
            {"content": "Filmy z posiedzeń nie mają napisów", "kind": IssueKind.BURDEN,
             "reason": "koszt napisów do archiwalnych nagrań", "alternative": "protokoły posiedzeń w BIP"},
        ]),
        "burden_analysis_url": "https://bip.subregion.pl/analiza-nadmiernego-obciazenia",
        "seo_title": "", "search_description": "", "comments": inline_formset([]),
        "action-publish": "action-publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_editor_fills_the_fields_and_the_published_page_passes(admin_client, client):
    page = statement()
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), _statement_form(page))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    html = client.get(PL_URL).content.decode()
    assert check_statement(html, audited=True) == []
    assert "Fundacja Dostępny Rybnik" in html and "Anna Kowalska" in html
    assert 'href="mailto:dostepnosc@subregion.pl"' in html
    assert "+48 32 000 00 00" in html  # the phone left empty comes from Ustawienia portalu
    assert "https://bip.subregion.pl/analiza-nadmiernego-obciazenia" in html
    assert '<time id="a11y-data-przeglad" datetime="2026-03-15">2026-03-15</time>' in html


@pytest.mark.parametrize("overrides, field", [
    ({"status": "zgodna"}, "status"),
    ({"issues": inline_formset([])}, "status"),
    ({"burden_analysis_url": ""}, "burden_analysis_url"),
    ({"auditor": ""}, "auditor"),
    ({"updated_on": "2023-01-01"}, "updated_on"),
    ({"published_on": "2024-13-45"}, "published_on"),
])
def test_inconsistent_statement_is_refused_with_a_message(admin_client, overrides, field):
    page = statement()
    before = page.get_latest_revision().pk
    response = admin_client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), _statement_form(page, **overrides))
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert page.get_latest_revision().pk == before


def test_status_words_follow_the_statute_in_each_language(client):
    for status, pl, en in [
        ("zgodna", "jest <strong>zgodna</strong> z ustawą", "is <strong>fully compliant</strong> with the Act"),
        ("niezgodna", "jest <strong>niezgodna</strong> z ustawą", "is <strong>not compliant</strong> with the Act"),
    ]:
        for language, text in (("pl", pl), ("en", en)):
            page = statement(language)
            page.status = status
            if status == "zgodna":
                page.issues.filter(kind=IssueKind.NONCOMPLIANCE).delete()
            page.save_revision().publish()
            url = PL_URL if language == "pl" else EN_URL
            html = client.get(url).content.decode()
            assert text in html, (status, language)
            assert check_statement(html, language) == []


@pytest.mark.parametrize("today, reviewed_on, due", [
    ("2027-02-28", "2026-03-20", False),  # before March last year's review is still in time
    ("2027-03-01", "2026-03-20", True),  # from 1 March
    ("2027-03-31", "2026-03-20", True),
    ("2027-06-10", "2026-03-20", True),  # overdue until reviewed
    ("2027-03-01", "2027-01-15", False),  # already reviewed this year
    ("2027-03-10", None, True),
])
def test_review_is_due_from_march_until_this_years_review(today, reviewed_on, due):
    reviewed = datetime.date.fromisoformat(reviewed_on) if reviewed_on else None
    assert review_due(datetime.date.fromisoformat(today), reviewed) is due


def _dashboard(client, user):
    client.force_login(user)  # inside the travelled time: a session from "now" would have expired
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    return response.content.decode()


def test_dashboard_reminds_of_the_review_in_march(client, admin_user):
    page = statement()
    page.reviewed_on = datetime.date(2026, 3, 10)
    page.save_revision().publish()
    with time_machine.travel(datetime.datetime(2027, 2, 27, 10, 0, tzinfo=datetime.UTC), tick=False):
        assert "Przegląd deklaracji dostępności" not in _dashboard(client, admin_user)
    with time_machine.travel(datetime.datetime(2027, 3, 2, 10, 0, tzinfo=datetime.UTC), tick=False):
        html = _dashboard(client, admin_user)
        assert "Przegląd deklaracji dostępności" in html
        assert "31.03.2027" in html
        assert reverse("wagtailadmin_pages:edit", args=[page.pk]) in html
    page.reviewed_on = datetime.date(2027, 3, 5)
    page.save_revision().publish()
    with time_machine.travel(datetime.datetime(2027, 3, 6, 10, 0, tzinfo=datetime.UTC), tick=False):
        assert "Przegląd deklaracji dostępności" not in _dashboard(client, admin_user)
