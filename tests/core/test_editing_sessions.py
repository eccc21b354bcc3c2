"""The editing-session ping does not take a tab's own autosave for a save made in another window.

Wagtail 7.4's first autosave writes the tab's own revision and each later one renews its time; a ping that left
before an autosave ended carried the older values, so the tab was told "Zapisano nową wersję w innym oknie" and its
"Opublikuj" asked for confirmation (the guide's recruitment journey met that dialog in CI, both after a renewal and
after a first autosave). Another user's newer revision, or the same user's from another window, open or since
closed, must still be reported.
"""

from datetime import timedelta

import pytest
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.admin.models import EditingSession
from wagtail.models import Page

from home.models import NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def page():
    """A news page whose demo versions are an hour old, as an editor opening it meets them."""
    page = NewsPage.objects.filter(locale__language_code="pl").first()
    page.revisions.update(created_at=timezone.now() - timedelta(hours=1))
    return page


def _open_editor(user, page, last_seen_at=None):
    """An editor's tab open on ``page``, as Wagtail's edit view records it (under the base page type), last
    pinged at ``last_seen_at`` (now unless given)."""
    return EditingSession.objects.create(user=user, content_type=ContentType.objects.get_for_model(Page),
                                         object_id=str(page.pk), last_seen_at=last_seen_at or timezone.now())


def _ping(client, page, session, revision, created_at):
    response = client.post(f"/admin/editing-sessions/ping/wagtailcore/page/{page.pk}/{session.pk}/",
                           {"revision_id": revision.pk, "revision_created_at": created_at.isoformat(), "is_editing": "1"})
    assert response.status_code == 200
    return [other for other in response.json()["other_sessions"] if other["revision_id"]]


def _autosave(page, user, at):
    """A revision as a tab's autosave leaves it: written by ``user`` (None: the demo loader), its time set to
    ``at``."""
    revision = page.save_revision(user=user)
    type(revision).objects.filter(pk=revision.pk).update(created_at=at)
    revision.refresh_from_db()
    return revision


def test_a_ping_sent_before_the_tabs_own_autosave_ended_reports_no_other_window(admin_client, admin_user, page):
    session = _open_editor(admin_user, page)
    before = timezone.now() - timedelta(seconds=5)
    revision = _autosave(page, admin_user, timezone.now())
    assert _ping(admin_client, page, session, revision, before) == []


def test_a_ping_sent_before_the_tabs_first_autosave_ended_reports_no_other_window(admin_client, admin_user, page):
    opened = _autosave(page, None, timezone.now() - timedelta(seconds=60))  # the version the tab opened
    session = _open_editor(admin_user, page)
    first_autosave = _autosave(page, admin_user, timezone.now())
    assert first_autosave.pk != opened.pk
    assert _ping(admin_client, page, session, opened, opened.created_at) == []


def test_the_same_users_save_in_a_window_since_closed_is_reported_by_the_next_ping(admin_client, admin_user, page):
    opened = _autosave(page, None, timezone.now() - timedelta(seconds=60))
    saved_elsewhere = _autosave(page, admin_user, timezone.now() - timedelta(seconds=20))
    session = _open_editor(admin_user, page, last_seen_at=timezone.now() - timedelta(seconds=10))
    reported = _ping(admin_client, page, session, opened, opened.created_at)
    assert [entry["revision_id"] for entry in reported] == [saved_elsewhere.pk]


def test_another_users_version_beside_the_tabs_own_autosave_is_reported(admin_client, admin_user,
                                                                         django_user_model, page):
    opened = _autosave(page, None, timezone.now() - timedelta(seconds=60))
    session = _open_editor(admin_user, page, last_seen_at=timezone.now() - timedelta(seconds=10))
    other = django_user_model.objects.create_user("redaktor", password="x", first_name="Jan", last_name="Kowal")
    _autosave(page, other, timezone.now() - timedelta(seconds=1))
    mine = _autosave(page, admin_user, timezone.now())
    # Wagtail names only the newest revision; what the editor needs is the warning before "Opublikuj"
    assert [entry["revision_id"] for entry in _ping(admin_client, page, session, opened, opened.created_at)] == [
        mine.pk]


def test_another_users_newer_version_is_still_reported(admin_client, admin_user, django_user_model, page):
    session = _open_editor(admin_user, page)
    mine = _autosave(page, admin_user, timezone.now() - timedelta(seconds=30))
    other = django_user_model.objects.create_user("redaktorka", password="x", first_name="Anna", last_name="Nowak")
    theirs = _autosave(page, other, timezone.now())
    reported = _ping(admin_client, page, session, mine, mine.created_at)
    assert [entry["revision_id"] for entry in reported] == [theirs.pk]


def test_the_same_users_save_in_another_open_window_is_still_reported(admin_client, admin_user, page):
    session = _open_editor(admin_user, page)
    _open_editor(admin_user, page)  # a second window on the same page
    before = timezone.now() - timedelta(seconds=5)
    revision = _autosave(page, admin_user, timezone.now())
    reported = _ping(admin_client, page, session, revision, before)
    assert [entry["revision_id"] for entry in reported] == [revision.pk]


def test_a_window_not_seen_for_25_minutes_is_not_taken_for_another_open_one(admin_client, admin_user, page):
    opened = _autosave(page, None, timezone.now() - timedelta(hours=1))
    _open_editor(admin_user, page, last_seen_at=timezone.now() - timedelta(minutes=26))  # closed without a word
    session = _open_editor(admin_user, page)
    _autosave(page, admin_user, timezone.now())
    assert _ping(admin_client, page, session, opened, opened.created_at) == []
