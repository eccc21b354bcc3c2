"""Publikujący, who approve and publish resolutions, as a member would work through the admin.

Tasks: see a submitted resolution on the dashboard, open "Akceptuj i opublikuj", read what goes public, confirm
and approve it (from the dashboard's modal and from the edit view); unpublish, delete, move and copy a resolution.
Refusals: approving without the confirmation, other pages (Biuro, news), the portal settings.
"""

import json

import pytest
from django.urls import reverse

from resolutions.models import ResolutionPage

from .admin_forms import (
    a_live_resolution, action_urls, add_url, assert_refused, edit_url, news_index, office, resolution_form,
    settings_url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def publisher(member_of):
    return member_of("Publikujący", "Piotr", "Zatwierdzający")


@pytest.fixture
def submitted(client, member_of, register, bodies, text_pdf):
    """A resolution drafted and submitted by a Redakcja member, Ewa Autorka."""
    client.force_login(member_of("Redakcja", "Ewa", "Autorka"))
    response = client.post(add_url(ResolutionPage, register), resolution_form(
        bodies, text_pdf, change_note="Utworzenie dokumentu", **{"action-submit": "1"},
    ))
    assert response.status_code == 302
    client.logout()
    page = ResolutionPage.objects.get(number="3/2032")
    assert page.workflow_in_progress and not page.live
    return page


def approve_url(page):
    return reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", page.current_workflow_task_state.pk))


def test_the_dashboard_offers_akceptuj_as_a_modal(client, publisher, submitted):
    client.force_login(publisher)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert submitted.title in html
    button = html[html.index(approve_url(submitted)) - 200: html.index(approve_url(submitted)) + 300]
    assert "data-launch-modal" in button and "Akceptuj i opublikuj" in button
    assert "Poproś o zmiany" in html


def test_akceptuj_shows_what_goes_public(client, publisher, submitted, text_pdf):
    client.force_login(publisher)
    response = client.get(approve_url(submitted), HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 200
    modal = json.loads(response.content)["html"]
    for text in ["Co zostanie opublikowane", "Uchwała nr 3/2032 Zarządu Związku z dnia 10 lutego 2032 r.",
                 submitted.title, "/uchwaly/zarzad/2032/3/", text_pdf.filename, "Utworzenie dokumentu",
                 "Wprowadził", "Ewa Autorka", 'name="confirm"', "Akceptuj i opublikuj"]:
        assert text in modal, text


def test_approval_without_the_confirmation_publishes_nothing(client, publisher, submitted):
    client.force_login(publisher)
    response = client.post(approve_url(submitted), {"comment": ""}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert response.status_code == 200
    assert "Zaznacz potwierdzenie" in json.loads(response.content)["html"]
    client.post(approve_url(submitted), {"comment": ""})
    submitted.refresh_from_db()
    assert not submitted.live and submitted.workflow_in_progress


def test_approval_with_the_confirmation_publishes_and_names_the_author(client, publisher, submitted):
    client.force_login(publisher)
    response = client.post(approve_url(submitted), {"comment": "Zgodne z protokołem.", "confirm": "on"})
    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.live and not submitted.workflow_in_progress
    assert submitted.entered_by_name() == "Ewa Autorka"
    assert [row["user"] for row in submitted.change_register()] == ["Ewa Autorka"]
    client.logout()
    html = client.get("/uchwaly/zarzad/2032/3/").content.decode()
    assert "Wprowadził</dt><dd>Ewa Autorka" in html and "Piotr Zatwierdzający" not in html


def test_approval_from_the_edit_view_needs_the_confirmation_too(client, publisher, submitted, bodies, text_pdf):
    client.force_login(publisher)
    html = client.get(edit_url(submitted)).content.decode()
    assert 'data-workflow-action-name="approve"' in html and "data-workflow-action-modal-url" in html
    data = resolution_form(bodies, text_pdf, **{"action-workflow-action": "1", "workflow-action-name": "approve"})
    assert_refused(client.post(edit_url(submitted), data))
    submitted.refresh_from_db()
    assert not submitted.live and submitted.workflow_in_progress
    data["workflow-action-extra-data"] = json.dumps({"confirm": True, "comment": ""})
    assert client.post(edit_url(submitted), data).status_code == 302
    submitted.refresh_from_db()
    assert submitted.live


def test_unpublishes_a_resolution(client, publisher):
    resolution = a_live_resolution()
    client.force_login(publisher)
    assert action_urls(resolution)["unpublish"] in client.get(edit_url(resolution)).content.decode()
    assert client.post(action_urls(resolution)["unpublish"]).status_code == 302
    resolution.refresh_from_db()
    assert not resolution.live
    assert resolution.change_register()[-1]["user"] == "Piotr Zatwierdzający"


def test_deletes_a_resolution(client, publisher):
    resolution = a_live_resolution()
    client.force_login(publisher)
    assert client.get(action_urls(resolution)["delete"]).status_code == 200
    assert client.post(action_urls(resolution)["delete"]).status_code == 302
    assert not ResolutionPage.objects.filter(pk=resolution.pk).exists()


@pytest.mark.parametrize("action", ["move", "copy"])
def test_may_move_and_copy_a_resolution(client, publisher, action):
    resolution = a_live_resolution()
    client.force_login(publisher)
    assert client.get(action_urls(resolution)[action]).status_code == 200
    assert resolution.permissions_for_user(publisher).can_move_to(resolution.get_parent())


def test_cannot_approve_with_a_forged_extra_field(client, publisher, submitted, bodies, text_pdf):
    client.force_login(publisher)
    data = resolution_form(bodies, text_pdf, **{
        "action-workflow-action": "1", "workflow-action-name": "approve",
        "workflow-action-extra-data": json.dumps({"confirm": False, "comment": ""}),
    })
    assert_refused(client.post(edit_url(submitted), data))
    submitted.refresh_from_db()
    assert not submitted.live and submitted.workflow_in_progress


@pytest.mark.parametrize("url", [
    lambda: edit_url(office()), lambda: add_url(type(news_index()).allowed_subpage_models()[0], news_index()),
    settings_url, lambda: "/admin/users/",
])
def test_cannot_edit_other_pages_or_the_settings(client, publisher, url):
    client.force_login(publisher)
    assert_refused(client.get(url()))
