"""The cached layout and routes are never stale: a change shows on the next request, in this process and in
the workers of a running server; a rolled-back change never reaches the cache."""

import os
import re
import subprocess
import sys
import urllib.request
from pathlib import Path

import pytest
from django.db import transaction
from wagtail.models import Page

from core import layout_cache
from core.models import SiteSettings, StandardPage
from home.models import HomePage, NewsIndexPage, NewsPage

PROJECT_DIR = Path(__file__).resolve().parents[2]


def menu(html):
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    return re.findall(r">([^<>]+)</a>", nav)


def footer(html):
    return re.search(r'<footer class="site-footer".*?</footer>', html, re.S).group(0)


@pytest.mark.django_db
def test_a_new_menu_section_shows_on_the_next_request(client, django_capture_on_commit_callbacks):
    assert "Nowy dział" not in menu(client.get("/").content.decode())
    generation = layout_cache._generation()
    home = HomePage.objects.get(locale__language_code="pl")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        section = StandardPage(title="Nowy dział", slug="nowy-dzial", show_in_menus=True)
        home.add_child(instance=section)
        section.save_revision().publish()
    assert "Nowy dział" in menu(client.get("/").content.decode())
    assert callbacks and layout_cache._generation() != generation  # at commit, every worker reads anew


@pytest.mark.django_db
def test_a_changed_recommended_link_shows_on_the_next_request(client):
    client.get("/")
    link = SiteSettings.load().recommended_links.first()
    link.title = "Zmieniony link polecany"
    link.save()
    assert "Zmieniony link polecany" in footer(client.get("/").content.decode())
    link.delete()
    assert "Zmieniony link polecany" not in footer(client.get("/").content.decode())


@pytest.mark.django_db
def test_changed_settings_show_on_the_next_request(client):
    client.get("/biuro/")
    settings = SiteSettings.load()
    settings.phone = "+48 32 000 00 00"
    settings.save()
    assert "+48 32 000 00 00" in footer(client.get("/biuro/").content.decode())


@pytest.mark.django_db
def test_an_unpublished_section_leaves_the_menu(client):
    section = Page.objects.get(depth=3, locale__language_code="pl", slug="biuro")
    assert section.title in menu(client.get("/").content.decode())
    section.specific.unpublish()
    assert section.title not in menu(client.get("/").content.decode())


@pytest.mark.django_db
def test_a_rolled_back_change_never_reaches_the_cache(client):
    section = Page.objects.get(depth=3, locale__language_code="pl", slug="biuro")
    client.get("/")  # the layout is cached

    class Rollback(Exception):
        pass

    with pytest.raises(Rollback), transaction.atomic():
        Page.objects.get(pk=section.pk).specific.save_revision().publish()  # unchanged, but invalidates
        renamed = Page.objects.get(pk=section.pk)
        renamed.title = "Biuro po zmianie"
        renamed.save()
        settings = SiteSettings.load()
        settings.phone = "+48 32 999 99 99"
        settings.save()
        html = client.get("/").content.decode()  # read from the database meanwhile
        assert "Biuro po zmianie" in menu(html) and "+48 32 999 99 99" in footer(html)
        raise Rollback
    assert not layout_cache._invalidation_pending()
    html = client.get("/").content.decode()
    assert section.title in menu(html) and "Biuro po zmianie" not in menu(html)
    assert "+48 32 999 99 99" not in footer(html)


@pytest.mark.django_db
def test_the_footer_top_bar_and_text_size_switches_are_drawn_once_per_layout(client):
    """They show only what the layout holds, so a second page (of another type) takes them as drawn for the
    first; English draws its own, and a change to the settings draws them anew."""
    first = client.get("/")
    second = client.get("/biuro/")
    drawn = {template.name for template in second.templates}
    assert not drawn & {"includes/footer.html", "includes/top_bar.html", "includes/a11y_tools.html"}
    assert footer(first.content.decode()) == footer(second.content.decode())
    english = client.get("/en/office/").content.decode()
    assert "Contact" in footer(english)
    assert footer(english) != footer(second.content.decode())
    settings = SiteSettings.load()
    settings.phone = "+48 32 111 11 11"
    settings.save()
    again = client.get("/biuro/")
    assert "includes/footer.html" in {template.name for template in again.templates}
    assert "+48 32 111 11 11" in footer(again.content.decode())


@pytest.mark.django_db
def test_the_layout_locales_and_sites_are_unpickled_once_per_process_while_they_stand(client, monkeypatch):
    """A worker keeps them in memory under their keys (which hold the generation): later requests read only the
    generation from the shared cache; a change shows on the next request (in the workers of a running server:
    ``test_a_change_made_in_another_process_shows_in_every_worker_at_once``)."""
    client.get("/")
    read = []
    shared_get = layout_cache.cache.get
    monkeypatch.setattr(layout_cache.cache, "get", lambda key, *args, **kwargs: read.append(key) or shared_get(
        key, *args, **kwargs))
    for url in ("/", "/biuro/", "/aktualnosci/"):
        assert client.get(url).status_code == 200
    kept = ("portal:layout:", "portal:locales:", "portal:sites:")
    assert not [key for key in read if key.startswith(kept) and not key.endswith(":generation")]
    settings = SiteSettings.load()
    settings.phone = "+48 32 222 22 22"
    settings.save()
    assert "+48 32 222 22 22" in footer(client.get("/biuro/").content.decode())


@pytest.mark.django_db
def test_a_request_reads_each_generation_once_and_a_command_every_time(client, monkeypatch):
    """Within a request the layout's and the answers' generations are read from the shared cache once each (a
    search page asked six times); outside a request (a command) another process's new generation shows at once."""
    from core import response_cache

    client.get("/szukaj/", {"q": "projekt"})
    read = []
    shared_get = layout_cache.cache.get
    monkeypatch.setattr(layout_cache.cache, "get", lambda key, *args, **kwargs: read.append(key) or shared_get(
        key, *args, **kwargs))
    assert client.get("/szukaj/", {"q": "projekt"}).status_code == 200
    generations = [key for key in read if key.endswith(":generation")]
    assert sorted(generations) == [layout_cache.GENERATION_KEY, response_cache.GENERATION_KEY]
    before = response_cache.generation()
    shared_get.__self__.set(response_cache.GENERATION_KEY, "renewed-by-another-process", None)
    assert response_cache.generation() == "renewed-by-another-process" != before


@pytest.mark.django_db
def test_a_page_below_the_top_does_not_invalidate_the_layout(client):
    index = NewsIndexPage.objects.get(locale__language_code="pl")
    with transaction.atomic():
        index.add_child(instance=NewsPage(title="Zwykła wiadomość", slug="zwykla-wiadomosc", lead="Lead."))
        assert not layout_cache._invalidation_pending()


@pytest.mark.django_db
def test_a_renamed_page_moves_its_route(client):
    page = StandardPage.objects.get(slug="polityka-prywatnosci", locale__language_code="pl")
    assert client.get("/polityka-prywatnosci/").status_code == 200  # the route is remembered
    page.slug = "prywatnosc"
    page.save_revision().publish()
    assert client.get("/prywatnosc/").status_code == 200
    assert client.get("/polityka-prywatnosci/").status_code == 404
    page.delete()
    assert client.get("/prywatnosc/").status_code == 404


def test_the_receivers_are_connected_in_every_process():
    """A management command (e.g. publish_scheduled) that renders nothing still invalidates the layout."""
    code = "import sys, django; django.setup(); print('core.layout_cache' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_DIR, capture_output=True, text=True,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test", "PYTHONPATH": str(PROJECT_DIR / "site")},
    )
    assert result.stdout.strip() == "True", result.stderr


def test_redis_url_selects_djangos_redis_backend():
    code = "from portal.settings import base; print(base.CACHES['default']['BACKEND'], base.CACHES['default']['LOCATION'])"
    env = {**os.environ, "SECRET_KEY": "x", "REDIS_URL": "redis://127.0.0.1:6379/1", "PORTAL_VAR_DIR": "/tmp"}
    env.pop("CACHE_URL", None)
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_DIR, capture_output=True, text=True,
                            env={**env, "PYTHONPATH": str(PROJECT_DIR / "site")})
    assert result.stdout.split() == ["django.core.cache.backends.redis.RedisCache", "redis://127.0.0.1:6379/1"], result.stderr
    del env["REDIS_URL"]
    result = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_DIR, capture_output=True, text=True,
                            env={**env, "PYTHONPATH": str(PROJECT_DIR / "site")})
    assert result.stdout.split() == ["django.core.cache.backends.filebased.FileBasedCache", "/tmp/cache"], result.stderr


ADD_SECTION = """
from home.models import HomePage
from core.models import StandardPage
home = HomePage.objects.get(locale__language_code="pl")
section = StandardPage(title="Dział z innego procesu", slug="dzial-z-innego-procesu", show_in_menus=True)
home.add_child(instance=section)
section.save_revision().publish()
"""
REMOVE_SECTION = """
from wagtail.models import Page
Page.objects.filter(slug="dzial-z-innego-procesu").delete()
"""


def test_a_change_made_in_another_process_shows_in_every_worker_at_once(live_site):
    """gunicorn's workers share the cache; a command in a third process changes the menu."""
    def home_menus():
        return [menu(urllib.request.urlopen(live_site.url + "/", timeout=10).read().decode()) for _ in range(6)]

    assert all("Dział z innego procesu" not in items for items in home_menus())  # both workers have it cached
    live_site.manage("shell", "-c", ADD_SECTION)
    try:
        assert all("Dział z innego procesu" in items for items in home_menus())
    finally:
        live_site.manage("shell", "-c", REMOVE_SECTION)
    assert all("Dział z innego procesu" not in items for items in home_menus())


# -- a page's own rows (core.page_cache) ------------------------------------------------------------

@pytest.mark.django_db
def test_a_changed_project_goal_shows_on_the_next_request(client):
    from projects.models import ProjectPage

    project = ProjectPage.objects.get(slug="miedzysektorowa-wspolpraca", locale__language_code="pl")
    client.get(project.url)  # the goals are cached
    goal = project.specific_goals.first()
    goal.text = "Cel zmieniony przed chwilą"
    goal.save()
    assert "Cel zmieniony przed chwilą" in client.get(project.url).content.decode()
    goal.delete()
    assert "Cel zmieniony przed chwilą" not in client.get(project.url).content.decode()


@pytest.mark.django_db
def test_a_preview_shows_its_own_rows_not_the_cached_ones(client):
    from projects.models import ProjectGoal, ProjectPage

    project = ProjectPage.objects.get(slug="miedzysektorowa-wspolpraca", locale__language_code="pl")
    client.get(project.url)  # the live goals are cached
    draft = project.get_latest_revision_as_object()
    draft.specific_goals = [ProjectGoal(text="Cel tylko w wersji roboczej")]
    assert [goal.text for goal in draft.description_context()["specific_goals"]] == ["Cel tylko w wersji roboczej"]
    assert "Cel tylko w wersji roboczej" not in client.get(project.url).content.decode()


@pytest.mark.django_db
def test_a_rolled_back_row_never_reaches_the_page_cache(client):
    from projects.models import ProjectGoal, ProjectPage

    project = ProjectPage.objects.get(slug="miedzysektorowa-wspolpraca", locale__language_code="pl")
    client.get(project.url)

    class Rollback(Exception):
        pass

    with pytest.raises(Rollback), transaction.atomic():
        ProjectGoal.objects.create(page=project, text="Cel wycofany", sort_order=99)
        assert "Cel wycofany" in client.get(project.url).content.decode()
        raise Rollback
    assert "Cel wycofany" not in client.get(project.url).content.decode()
