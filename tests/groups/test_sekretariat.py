"""Sekretariat, the office's page editors, as a member would work through the admin.

Tasks: change the opening hours on Biuro, the phone in "Ustawienia portalu", read and export what visitors sent,
keep the authorities, programmes, files and redirects, draft a resolution and submit it.
Refusals: publishing, unpublishing, deleting, moving or copying a resolution, approving one, managing users.
"""

import pytest
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model

from core.models import SiteSettings
from resolutions.models import ResolutionPage

from .admin_forms import (
    a_live_resolution, action_urls, add_url, assert_refused, edit_url, office, office_form, resolution_form,
    settings_form, settings_url,
)

pytestmark = pytest.mark.django_db

WEEK = [
    {"weekday": "0", "opens": "07:15", "closes": "16:45", "closed": ""},
    *({"weekday": str(day), "opens": "07:30", "closes": "15:30", "closed": ""} for day in range(1, 5)),
    {"weekday": "5", "opens": "", "closes": "", "closed": "on"},
    {"weekday": "6", "opens": "", "closes": "", "closed": "on"},
]


@pytest.fixture
def secretary(client, member_of):
    user = member_of("Sekretariat", "Maria", "Biurowa")
    client.force_login(user)
    return user


def test_changes_the_opening_hours_on_biuro_and_publishes_them(client, secretary):
    page = office()
    assert client.get(edit_url(page)).status_code == 200
    response = client.post(edit_url(page), office_form(page, WEEK, **{"action-publish": "publish"}))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    client.logout()
    html = client.get(page.url).content.decode()
    assert "07:15</time>–<time datetime=\"16:45\">16:45" in html
    assert page.staff.count() and page.staff.first().name in html


def test_changes_the_phone_in_the_portal_settings(client, secretary):
    response = client.get(settings_url())
    assert response.status_code == 200 and "Ustawienia portalu" in response.content.decode()
    response = client.post(settings_url(), settings_form(phone="+48 32 000 11 22"))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    assert SiteSettings.load().phone == "+48 32 000 11 22"
    client.logout()
    assert "+48 32 000 11 22" in client.get(office().url).content.decode()


def test_reads_and_exports_the_contact_messages(client, secretary):
    page = office()
    FormSubmission.objects.create(page=page, form_data={"imie_i_nazwisko": "Zofia Pytająca", "tresc": "Kiedy sesja?"})
    listing = client.get(reverse("wagtailforms:list_submissions", args=[page.pk]))
    assert listing.status_code == 200 and "Zofia Pytająca" in listing.content.decode()
    export = client.get(reverse("wagtailforms:list_submissions", args=[page.pk]) + "?export=csv")
    assert export.status_code == 200
    assert "Zofia Pytająca" in b"".join(export.streaming_content).decode("utf-8")
    assert client.get(reverse("wagtailforms:index")).status_code == 200


@pytest.mark.parametrize("url", [
    "/admin/snippets/members/person/", "/admin/snippets/members/term/", "/admin/snippets/members/statutorybody/",
    "/admin/snippets/projects/fundingprogramme/", "/admin/redirects/", "/admin/redirects/add/",
    "/admin/documents/", "/admin/images/",
])
def test_opens_the_office_data_files_and_redirects(client, secretary, url):
    assert client.get(url).status_code == 200


def test_deletes_a_document(client, secretary):
    document = get_document_model().objects.create(title="Stary regulamin", file="documents/stary.pdf")
    url = reverse("wagtaildocs:delete", args=[document.pk])
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 302
    assert not get_document_model().objects.filter(pk=document.pk).exists()


def test_drafts_a_resolution_and_submits_it_but_cannot_publish_it(client, secretary, register, bodies, text_pdf):
    response = client.post(add_url(ResolutionPage, register), resolution_form(bodies, text_pdf, **{"action-publish": "1"}))
    assert response.status_code == 302
    page = ResolutionPage.objects.get(number="3/2032")
    assert not page.live
    response = client.post(edit_url(page), resolution_form(bodies, text_pdf, **{"action-submit": "1"}))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.workflow_in_progress and not page.live


def test_gets_no_publishers_buttons_on_a_resolution(client, secretary, register):
    resolution = a_live_resolution()
    html = client.get(edit_url(resolution)).content.decode()
    listing = client.get(reverse("wagtailadmin_explore", args=[register.pk])).content.decode()
    for action, url in action_urls(resolution).items():
        assert url not in html, f"{action} offered in the edit view"
        assert url not in listing, f"{action} offered in the register's listing"
    assert 'name="action-publish"' not in html


@pytest.mark.parametrize("action", ["unpublish", "delete", "move", "copy"])
def test_is_refused_a_publishers_action_on_a_resolution_and_nothing_changes(client, secretary, action):
    resolution = a_live_resolution()
    parent, url = resolution.get_parent(), action_urls(resolution)[action]
    assert_refused(client.get(url))
    assert_refused(client.post(url, {"new_title": "kopia", "new_slug": "kopia", "new_parent_page": parent.pk}))
    resolution.refresh_from_db()
    assert resolution.live and resolution.get_parent().pk == parent.pk
    assert ResolutionPage.objects.filter(title=resolution.title, locale=resolution.locale).count() == 1


def test_cannot_approve_a_submitted_resolution(client, secretary, member_of, register, bodies, text_pdf):
    author = member_of("Redakcja", "Ewa", "Autorka")
    client.force_login(author)
    client.post(add_url(ResolutionPage, register), resolution_form(bodies, text_pdf, **{"action-submit": "1"}))
    page = ResolutionPage.objects.get(number="3/2032")
    client.force_login(secretary)
    state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", state.pk))
    assert_refused(client.post(url, {"confirm": "on"}))
    page.refresh_from_db()
    assert not page.live and page.workflow_in_progress


@pytest.mark.parametrize("url", ["/admin/users/", "/admin/groups/", "/admin/workflows/list/", "/admin/locales/"])
def test_cannot_manage_users_groups_workflows_or_languages(client, secretary, url):
    assert_refused(client.get(url))


def test_switches_on_the_notice_and_mourning_in_the_portal_settings(client, secretary):
    response = client.post(settings_url(), settings_form(
        notice_text="Biuro nieczynne 4 marca.", notice_level="warning", notice_ends_at="2031-03-04 16:00",
        mourning="on", mourning_ends_at="2031-03-05 00:00",
    ))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    settings = SiteSettings.load()
    assert (settings.notice_level, settings.mourning) == ("warning", True)
    assert settings.notice_ends_at.isoformat() == "2031-03-04T15:00:00+00:00"  # 16:00 in Warsaw
