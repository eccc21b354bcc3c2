"""The projects index keeps its projects by status per language and day under the answers' generation
(``ProjectIndexPage._projects_by_status``): warm, it reads nothing; a renamed project shows on the next request
once the change commits; a project whose last day has passed moves to "zakończony" at Warsaw midnight."""

import datetime
import re
import zoneinfo

import pytest
import time_machine
from wagtail.models import Page

from projects.models import ProjectPage

from tests.warm import assert_a_warm_page_reads_nothing

pytestmark = pytest.mark.django_db
WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")


def project():
    return ProjectPage.objects.get(slug="miedzysektorowa-wspolpraca", locale__language_code="pl")


def badge_of(html, title):
    """The status badge on the card whose heading is ``title``."""
    card = html.split(title, 1)[1]
    return re.search(r'class="[^"]*project-status--(\w+)', card).group(1)


@pytest.mark.parametrize("url", ["/projekty/", "/projekty/?status=planned", "/en/projects/"])
def test_a_warm_projects_index_reads_nothing(client, url):
    assert_a_warm_page_reads_nothing(client, url)


def test_a_renamed_project_shows_on_the_index_on_the_next_request(client, committed):
    assert project().title in client.get("/projekty/").content.decode()
    with committed():
        page = Page.objects.get(pk=project().pk).specific
        page.title = "Projekt o nowej nazwie"
        page.save_revision().publish()
    assert "Projekt o nowej nazwie" in client.get("/projekty/").content.decode()


def test_a_project_is_finished_from_the_midnight_after_its_last_day(client):
    page = project()
    ProjectPage.objects.filter(pk=page.pk).update(start_date=datetime.date(2030, 1, 1), end_date=datetime.date(2031, 5, 10))
    with time_machine.travel(datetime.datetime(2031, 5, 10, 23, 59, tzinfo=WARSAW), tick=False) as clock:
        for _ in range(2):  # built, then kept
            html = client.get("/projekty/").content.decode()
        assert badge_of(html, page.title) == "ongoing"
        clock.move_to(datetime.datetime(2031, 5, 11, 0, 0, 1, tzinfo=WARSAW))
        assert badge_of(client.get("/projekty/").content.decode(), page.title) == "finished"


def test_an_unknown_status_is_a_404(client):
    assert client.get("/projekty/?status=zakonczony").status_code == 404
