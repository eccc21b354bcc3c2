"""The admin: tab order, a Sekretariat editor creating and publishing a project, validation, permissions."""

import re

import pytest
from django.contrib.auth.models import Group
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail_localize.models import TranslationSource

from home.models import HomePage
from projects.models import FundingProgramme, ProjectIndexPage, ProjectPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("redaktorka", email="redakcja@subregion.pl", password="haslo-redakcji-1")
    user.groups.add(Group.objects.get(name="Sekretariat"))
    UserProfile.get_for_user(user)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "pl"
    profile.save()
    return user


def project_form(**overrides):
    data = {
        "title": "Nowy projekt szkoleniowy",
        "slug": "nowy-projekt-szkoleniowy",
        "full_title": "",
        "programme": FundingProgramme.objects.get(locale__language_code="pl", name="Program Operacyjny Kapitał Ludzki").pk,
        "priority_axis": "5. Oś Priorytetowa: Dobre rządzenie",
        "measure": "Działanie 5.4",
        "partners": inline_formset([{"name": "Forum Organizacji Pozarządowych Subregionu Zachodniego", "role": "lead", "link_page": ""}]),
        "start_date": "2026-01-01",
        "end_date": "2026-12-31",
        "total_cost": "1000.50",
        "eu_cofinancing_percent": "85",
        "eu_cofinancing_amount": "",
        "funding_source": "EFS",
        "main_goal": "Cel główny.",
        "specific_goals": inline_formset([{"text": "Pierwszy cel."}]),
        "target_group_total": "10",
        "target_group_label": "uczestników",
        "target_groups": inline_formset([
            {"count": "4", "description": "pracowników JST", "minimum": ""},
            {"count": "6", "description": "członków NGO", "minimum": ""},
        ]),
        "description": streamfield([("paragraph", rich_text("<p>Opis.</p>"))]),
        "recruitment_opens_at": "2026-01-01 08:00",
        "recruitment_closes_at": "2026-02-01 15:00",
        "eligibility": rich_text(""),
        "how_to_apply": rich_text(""),
        "contact_name": "",
        "contact_email": "",
        "contact_phone": "",
        "recruitment_details": rich_text(""),
        "form_intro": rich_text(""),
        "form_fields": inline_formset([{"label": "Imię i nazwisko", "field_type": "singleline", "required": "on",
                                         "choices": "", "default_value": "", "help_text": ""}]),
        "thank_you_text": rich_text(""),
        "rodo_summary": rich_text(""),
        "rodo_clause_page": "",
        "consent_label": "", "submission_retention_months": "12",
        "to_address": "biuro@subregion.pl",
        "from_address": "",
        "subject": "Zgłoszenie",
        "downloads_intro": rich_text(""),
        "downloads": inline_formset([]),
        "comments": inline_formset([]),
        "seo_title": "",
        "search_description": "",
        "action-publish": "publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def projects_index():
    return ProjectIndexPage.objects.get(slug="projekty", locale__language_code="pl")


def test_edit_view_shows_the_three_tabs_first_in_order(client, admin_user, seed_project):
    headings = [str(panel.heading) for panel in ProjectPage.get_edit_handler().children]
    assert headings == ["Opis projektu", "Nabór do projektu", "Pliki do pobrania", "Promocja", "Ustawienia"]
    client.force_login(admin_user)
    html = client.get(f"/admin/pages/{seed_project.pk}/edit/", HTTP_ACCEPT_LANGUAGE="pl").content.decode()
    tabs = re.findall(r'role="tab"[^>]*>\s*(.*?)\s*<', html, re.S)
    labels = [re.sub(r"\s+", " ", t).strip() for t in tabs if t.strip()]
    assert labels[:3] == ["Opis projektu", "Nabór do projektu", "Pliki do pobrania"], labels
    # Wagtail shows the settings tab only when it has fields to show (scheduling lives in the status side panel)
    assert labels[3] == "Promocja"


def test_page_type_rules():
    assert ProjectPage.allowed_parent_page_models() == [ProjectIndexPage]
    assert ProjectIndexPage.allowed_parent_page_models() == [HomePage]
    assert ProjectPage.allowed_subpage_models() == []


def test_sekretariat_editor_creates_and_publishes_a_project_through_the_admin(client, editor):
    index = projects_index()
    assert not editor.is_superuser
    client.force_login(editor)
    response = client.post(f"/admin/pages/add/projects/projectpage/{index.pk}/", project_form())
    if response.status_code != 302:
        form = response.context["form"]
        pytest.fail(f"form errors: {form.errors} / {[fs.errors for fs in form.formsets.values()]}")
    page = ProjectPage.objects.get(slug="nowy-projekt-szkoleniowy")
    assert page.live and page.get_parent().pk == index.pk
    assert page.form_fields.count() == 1 and page.target_groups.count() == 2
    client.logout()
    html = client.get("/projekty/nowy-projekt-szkoleniowy/").content.decode()
    assert "Nowy projekt szkoleniowy" in html and "1000,50\xa0zł" in html.replace("1\xa0000,50", "1000,50")


def test_office_editor_changes_dates_and_adds_a_file_then_sees_both(client, editor, seed_project):
    from wagtail.documents import get_document_model

    document = get_document_model().objects.get(title="Harmonogram panelu eksperckiego 12–13.03.2015")
    client.force_login(editor)
    data = project_form(
        title=seed_project.title, slug=seed_project.slug,
        recruitment_opens_at="2014-01-05 09:00", recruitment_closes_at="2014-02-10 12:00",
        target_group_total="80",
        target_groups=inline_formset([
            {"count": "30", "description": "przedstawicieli administracji", "minimum": "min. 8 JST"},
            {"count": "50", "description": "członków NGO", "minimum": "min. 24 NGO"},
        ]),
        downloads=inline_formset([{"group_heading": "Nowe", "document": document.pk, "title": "Plik dodany przez redakcję", "description": ""}]),
    )
    response = client.post(f"/admin/pages/{seed_project.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    client.logout()
    html = client.get("/projekty/miedzysektorowa-wspolpraca/nabor/").content.decode()
    assert "5 stycznia 2014 r., godz. 09:00" in html and "10 lutego 2014 r., godz. 12:00" in html
    html = client.get("/projekty/miedzysektorowa-wspolpraca/pliki/").content.decode()
    assert "Plik dodany przez redakcję" in html


@pytest.mark.parametrize(
    "overrides, field, message",
    [
        ({"end_date": "2025-01-01"}, "end_date", "Data zakończenia nie może być wcześniejsza"),
        ({"total_cost": "-5"}, "total_cost", ""),
        ({"eu_cofinancing_percent": "120"}, "eu_cofinancing_percent", "Dofinansowanie nie może przekraczać 100%."),
        ({"target_group_total": "11"}, "target_group_total", "nie sumuje się"),
        ({"recruitment_closes_at": "2025-12-01 08:00"}, "recruitment_closes_at", "Nabór musi się zamknąć później"),
    ],
)
def test_validation_errors_are_attached_to_their_fields(client, editor, overrides, field, message):
    client.force_login(editor)
    response = client.post(
        f"/admin/pages/add/projects/projectpage/{projects_index().pk}/", project_form(**overrides), HTTP_ACCEPT_LANGUAGE="pl"
    )
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert field in errors, errors
    assert message in " ".join(errors[field])
    assert not ProjectPage.objects.filter(slug="nowy-projekt-szkoleniowy").exists()


def test_sekretariat_manages_programmes_reads_submissions_and_settings_but_not_users(client, editor, open_project):
    client.force_login(editor)
    assert client.get("/admin/snippets/projects/fundingprogramme/").status_code == 200
    assert client.get("/admin/snippets/projects/fundingprogramme/add/").status_code == 200
    assert client.get(f"/admin/forms/submissions/{open_project.pk}/").status_code == 200
    assert client.get("/admin/users/").status_code in (302, 403)
    settings_form = client.get("/admin/settings/core/sitesettings/", follow=True)
    assert settings_form.status_code == 200 and settings_form.request["PATH_INFO"].startswith("/admin/settings/core/")


class TestProjectPageTree(WagtailPageTestCase):
    def test_can_create_only_under_the_index(self):
        self.assertCanCreateAt(ProjectIndexPage, ProjectPage)
        self.assertCanNotCreateAt(HomePage, ProjectPage)
        self.assertCanCreateAt(HomePage, ProjectIndexPage)
        self.assertCanNotCreateAt(Page, ProjectIndexPage)

    def test_demo_project_is_renderable_on_every_tab(self):
        page = ProjectPage.objects.get(slug="kompetentna-administracja", locale__language_code="pl")
        self.assertPageIsRenderable(page)
        self.assertPageIsRenderable(page, route_path="/nabor/")
        self.assertPageIsRenderable(page, route_path="/pliki/")

    def test_each_tab_has_a_preview_mode(self):
        page = ProjectPage.objects.get(slug="kompetentna-administracja", locale__language_code="pl")
        for mode, text in (("description", "Cel główny projektu"), ("recruitment", "Nabór otwarty"), ("downloads", "Regulamin rekrutacji")):
            response = page.make_preview_request(preview_mode=mode)
            self.assertEqual(response.status_code, 200)
            response.render()
            self.assertIn(f'id="panel-{mode}" aria-labelledby="tab-{mode}">', response.content.decode())
            self.assertIn(text, response.content.decode())


def sync_translations(client, page):
    """The editor's one action after publishing: wagtail-localize's "Zsynchronizuj przetłumaczone strony"
    (it publishes the translations when its transaction commits)."""
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(reverse("wagtail_localize:update_translations", args=[source.pk]),
                               {"publish_translations": "on"})
    assert response.status_code == 302


def test_new_dates_on_the_polish_page_reach_the_english_page_when_the_editor_syncs(client, editor, open_project):
    english = open_project.get_translations().get(locale__language_code="en").specific
    english_title = english.title
    client.force_login(editor)
    data = project_form(
        title=open_project.title, slug=open_project.slug,
        start_date="2026-01-01", end_date="2027-12-31",
        recruitment_opens_at="2026-11-01 08:00", recruitment_closes_at="2027-12-31 15:00",
    )
    assert client.post(f"/admin/pages/{open_project.pk}/edit/", data).status_code == 302
    sync_translations(client, open_project)
    english.refresh_from_db()
    assert english.title == english_title  # translated text untouched
    assert english.recruitment_closes_at.isoformat().startswith("2027-12-31T14:00")  # 15:00 in Warsaw
    assert not english.has_unpublished_changes and english.get_latest_revision().user == editor
    client.logout()
    html = client.get(english.get_recruitment_url()).content.decode()
    assert "31 December 2027, 15:00" in html


def test_the_english_page_keeps_its_dates_until_the_editor_syncs(client, editor, open_project):
    english = open_project.get_translations().get(locale__language_code="en").specific
    closes = english.recruitment_closes_at
    client.force_login(editor)
    data = project_form(
        title=open_project.title, slug=open_project.slug,
        recruitment_opens_at="2026-11-01 08:00", recruitment_closes_at="2027-10-31 12:00",
    )
    assert client.post(f"/admin/pages/{open_project.pk}/edit/", data).status_code == 302
    english.refresh_from_db()
    assert english.recruitment_closes_at == closes  # the English page changes only when someone syncs
    sync_translations(client, open_project)
    english.refresh_from_db()
    assert english.recruitment_closes_at.isoformat().startswith("2027-10-31T11:00")
