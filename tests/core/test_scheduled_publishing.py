"""Scheduled publishing: editors set "go live" and "expiry" on news, projects (recruitment pages) and resolutions
in the Settings tab, and the minute runner that ``make run`` starts publishes the page at its time."""

import datetime
import os
import sys

import pytest
import time_machine
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import NewsIndexPage, NewsPage
from portal import scheduler, serve
from projects.models import ProjectPage
from resolutions.models import ResolutionPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("model", [NewsPage, ProjectPage, ResolutionPage])
def test_go_live_and_expiry_are_in_the_settings_tab(admin_client, model):
    page = model.objects.filter(locale__language_code="pl").first()
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert 'name="go_live_at"' in html and 'name="expire_at"' in html
    assert "Ustawienia" in html


def _news_form(title, slug, go_live_at="", expire_at=""):
    return nested_form_data({
        "title": title, "slug": slug, "date": "2032-05-01", "lead": "Zapowiedź na maj.",
        "image": "", "image_alt": "", "body": streamfield([]), "related_pages": inline_formset([]),
        "seo_title": "", "search_description": "", "go_live_at": go_live_at, "expire_at": expire_at,
        "comments": inline_formset([]), "action-publish": "action-publish",
    })


def _at(moment):
    return time_machine.travel(moment, tick=False)


def test_a_scheduled_news_item_appears_after_the_runners_tick(admin_client, client):
    news = NewsIndexPage.objects.get(locale__language_code="pl")
    start = timezone.now().replace(microsecond=0)
    go_live = timezone.localtime(start + datetime.timedelta(hours=2))
    response = admin_client.post(
        reverse("wagtailadmin_pages:add", args=["home", "newspage", news.pk]),
        _news_form("Zaplanowana aktualność", "zaplanowana-aktualnosc", go_live.strftime("%Y-%m-%d %H:%M")),
    )
    assert response.status_code == 302
    page = NewsPage.objects.get(slug="zaplanowana-aktualnosc")
    assert not page.live and page.get_latest_revision().approved_go_live_at is not None

    assert client.get("/aktualnosci/zaplanowana-aktualnosc/").status_code == 404
    with _at(go_live - datetime.timedelta(minutes=1)):
        scheduler.tick()
    assert client.get("/aktualnosci/zaplanowana-aktualnosc/").status_code == 404  # not yet
    with _at(go_live + datetime.timedelta(seconds=30)):
        scheduler.tick()
    assert client.get("/aktualnosci/zaplanowana-aktualnosc/").status_code == 200
    assert "Zaplanowana aktualność" in client.get("/aktualnosci/").content.decode()


def test_an_expired_page_leaves_the_site_after_the_tick(admin_client, client):
    news = NewsIndexPage.objects.get(locale__language_code="pl")
    expire = timezone.localtime(timezone.now() + datetime.timedelta(hours=1))
    admin_client.post(
        reverse("wagtailadmin_pages:add", args=["home", "newspage", news.pk]),
        _news_form("Aktualność na godzinę", "aktualnosc-na-godzine", expire_at=expire.strftime("%Y-%m-%d %H:%M")),
    )
    assert client.get("/aktualnosci/aktualnosc-na-godzine/").status_code == 200
    with _at(expire + datetime.timedelta(minutes=1)):
        scheduler.tick()
    assert client.get("/aktualnosci/aktualnosc-na-godzine/").status_code == 404


def test_a_scheduled_resolution_goes_live_through_the_runner(make_resolution, client):
    page = make_resolution(number="30/2030", publish=False)
    go_live = timezone.now() + datetime.timedelta(hours=3)
    page.go_live_at = go_live
    page.save_revision().publish()  # with a future go-live date Wagtail keeps it scheduled
    page.refresh_from_db()
    assert not page.live
    with _at(go_live + datetime.timedelta(minutes=1)):
        scheduler.tick()
    page.refresh_from_db()
    assert page.live
    assert client.get(page.url).status_code == 200


def test_the_runner_ticks_while_its_parent_lives(monkeypatch):
    parent = os.getppid()
    ticks, parents = [], iter([parent, parent, 1])
    monkeypatch.setattr(scheduler, "tick", lambda: ticks.append(1))
    monkeypatch.setattr(scheduler.os, "getppid", lambda: next(parents))
    scheduler.run(parent_pid=parent, sleep=lambda seconds: None)
    assert len(ticks) == 2  # the third check finds the parent gone (re-parented to init) and stops


def test_make_run_starts_the_runner_before_gunicorn(monkeypatch, tmp_path):
    started, executed = [], []
    monkeypatch.setattr(serve.subprocess, "Popen", lambda args, **kwargs: started.append(args))
    monkeypatch.setattr(serve.os, "execv", lambda path, args: executed.append(args))
    monkeypatch.setattr(serve, "call_command", lambda *args, **kwargs: None, raising=False)
    monkeypatch.setattr("django.core.management.call_command", lambda *args, **kwargs: None)
    monkeypatch.setattr("django.setup", lambda: None)
    monkeypatch.setenv("SECRET_KEY", "x" * 50)
    for name in ("DJANGO_SETTINGS_MODULE", "WAGTAILADMIN_BASE_URL", "PORTAL_HTTPS"):
        monkeypatch.setenv(name, os.environ.get(name, ""))
    serve.main(["--port", "8123"])
    assert started == [[sys.executable, "-m", "portal.scheduler"]]
    assert executed and "portal.wsgi:application" in executed[0]
