"""Anonymous visitors get whole answers from the shared cache (core.response_cache); editors, forms and POSTs
never do; every visible change and every moment a page changes by the clock ends an entry."""

import datetime
import zoneinfo

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

from core import response_cache
from core.models import SiteSettings
from home.models import NewsPage
from members.models import Membership
from projects.models import ProjectDownload, ProjectPage
from resolutions.models import ResolutionPage

from tests.commits import committed

pytestmark = pytest.mark.django_db
WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")
CACHEABLE = [
    "/", "/en/", "/aktualnosci/", "/en/news/", "/wladze/archiwum/", "/uchwaly/", "/uchwaly/?rok=2019",
    "/en/resolutions/", "/uchwaly/feed/", "/uchwaly/eksport/csv/", "/uchwaly/eksport/json/", "/sitemap.xml",
    "/projekty/miedzysektorowa-wspolpraca/pliki/", "/szukaj/?q=projekt",
]


@pytest.fixture(autouse=True)
def answer_cache(settings):
    """The cache on (the test settings keep it off), starting from a generation of its own."""
    settings.PORTAL_RESPONSE_CACHE = True
    response_cache._new_generation()


@pytest.mark.parametrize("url", CACHEABLE)
def test_second_anonymous_request_comes_from_the_cache_without_a_query(client, url):
    first = client.get(url)
    generation = response_cache.generation()
    with CaptureQueriesContext(connection) as queries:
        second = client.get(url)
    assert (first.status_code, first[response_cache.HEADER]) == (200, "MISS")
    assert second[response_cache.HEADER] == "HIT", (
        f"generation {generation} → {response_cache.generation()}, next change "
        f"{response_cache.next_change(timezone.now())}, first answer's headers {dict(first.items())}")
    assert second.content == first.content
    assert len(queries) == 0
    assert second["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert "Accept-Language" not in second.get("Vary", "")


@pytest.mark.parametrize("url", ["/uchwaly/feed/", "/uchwaly/eksport/csv/", "/uchwaly/eksport/json/", "/"])
def test_readers_asking_again_get_304(client, url):
    first = client.get(url)
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    assert client.get(url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"]).status_code == 304
    assert client.get(url, HTTP_IF_NONE_MATCH='"something-else"').status_code == 200


def test_logged_in_editor_is_never_served_nor_stored(client):
    anonymous = client.get("/aktualnosci/")
    user = get_user_model().objects.create_superuser("cache-editor", "e@example.com", "x")
    client.force_login(user)
    editor = client.get("/aktualnosci/")
    assert response_cache.HEADER not in editor
    assert "private" in editor["Cache-Control"]
    client.logout()
    assert client.get("/aktualnosci/").content == anonymous.content


def test_pages_with_a_form_and_posts_are_never_cached(client):
    for _ in range(2):
        office = client.get("/biuro/")
        assert response_cache.HEADER not in office
        assert b"csrfmiddlewaretoken" in office.content
        assert "private" in office["Cache-Control"]
    assert response_cache.HEADER not in client.post("/uchwaly/", {})


def test_admin_and_previews_are_never_cached(client):
    assert response_cache.HEADER not in client.get("/admin/login/")


def test_publishing_a_page_shows_at_once(client):
    news = NewsPage.objects.live().filter(locale__language_code="pl").order_by("path").first()
    client.get(news.url), client.get("/aktualnosci/"), client.get("/")
    news.title = "Zupełnie nowy tytuł aktualności"
    with committed():
        news.save_revision().publish()
    for url in (news.url, "/aktualnosci/", "/"):
        response = client.get(url)
        assert response[response_cache.HEADER] == "MISS"
        assert "Zupełnie nowy tytuł aktualności" in response.content.decode(), url


def test_unpublishing_a_page_takes_it_off_the_list(client):
    news = NewsPage.objects.live().filter(locale__language_code="pl").order_by("path").first()
    assert news.title in client.get("/aktualnosci/").content.decode()
    with committed():
        news.unpublish()
    assert news.title not in client.get("/aktualnosci/").content.decode()
    assert client.get(news.url).status_code == 404


def test_editing_a_person_shows_on_the_authorities_pages(client):
    person = Membership.objects.order_by("pk").first().person
    client.get("/wladze/")
    person.last_name = "Przemianowana"
    with committed():
        person.save()
    assert "Przemianowana" in client.get("/wladze/").content.decode()


def test_editing_site_settings_shows_in_every_footer(client):
    client.get("/"), client.get("/en/news/")
    settings = SiteSettings.load()
    settings.phone = "32 000 11 22"
    with committed():
        settings.save()
    assert "32 000 11 22" in client.get("/").content.decode()
    assert "32 000 11 22" in client.get("/en/news/").content.decode()


def test_renaming_a_document_shows_on_the_downloads_tab(client):
    url = "/projekty/miedzysektorowa-wspolpraca/pliki/"
    download = ProjectPage.objects.get(url_path__endswith="/miedzysektorowa-wspolpraca/").downloads.first()
    ProjectDownload.objects.filter(pk=download.pk).update(title="")  # the list shows the document's own title
    client.get(url)
    document = download.document
    document.title = "Dokument o nowej nazwie"
    with committed():
        document.save()
    response = client.get(url)
    assert response[response_cache.HEADER] == "MISS"
    assert "Dokument o nowej nazwie" in response.content.decode()


def test_pinning_a_search_result_shows_on_the_cached_results(client):
    """An editor's "Polecane wyniki" for a query shows to the next visitor searching for it."""
    url = "/szukaj/?q=sk%C5%82adki"
    assert "search-promoted" not in client.get(url).content.decode()
    statute = Page.objects.get(url_path__endswith="/zwiazek/statut/", locale__language_code="pl")
    with committed():
        SearchPromotion.objects.create(query=Query.get("składki"), page=statute, description="Ile płacą członkowie.")
    assert "Ile płacą członkowie." in client.get(url).content.decode()


def test_a_visitors_search_logged_for_the_office_keeps_the_cache(client):
    """A search that found nothing is logged (a row written), but the cached answers stay: it changes nothing
    a visitor sees."""
    client.get("/aktualnosci/")
    with committed():
        client.get("/szukaj/?q=kosmodrom")
    assert client.get("/aktualnosci/")[response_cache.HEADER] == "HIT"


def test_a_change_not_yet_committed_is_never_cached(client):
    client.get("/aktualnosci/")
    news = NewsPage.objects.live().filter(locale__language_code="pl").order_by("path").first()
    news.title = "Tytuł, którego nikt nie zatwierdził"
    news.save_revision().publish()  # inside the test's transaction: no commit
    assert response_cache.HEADER not in client.get("/aktualnosci/")


# -- the clock ------------------------------------------------------------------------------------------

def at(*args):
    return datetime.datetime(*args, tzinfo=WARSAW)


def test_recruitment_opening_at_its_hour_ends_the_cached_pages(client):
    opens = at(2031, 3, 3, 10, 0)
    project = ProjectPage.objects.live().get(slug="miedzysektorowa-wspolpraca", locale__language_code="pl")
    ProjectPage.objects.filter(pk=project.pk).update(
        recruitment_opens_at=opens, recruitment_closes_at=opens + datetime.timedelta(days=30)
    )
    tab = project.get_recruitment_url()
    with time_machine.travel(opens - datetime.timedelta(minutes=1), tick=False) as clock:
        for _ in range(2):
            home, recruitment = client.get("/"), client.get(tab)
        assert (home[response_cache.HEADER], recruitment[response_cache.HEADER]) == ("HIT", "HIT")
        assert tab not in home.content.decode()
        assert b"csrfmiddlewaretoken" not in recruitment.content
        clock.move_to(opens + datetime.timedelta(seconds=1))
        home, recruitment = client.get("/"), client.get(tab)
        assert tab in home.content.decode()  # the home page's open calls
        assert b"csrfmiddlewaretoken" in recruitment.content  # the application form
        clock.move_to(opens + datetime.timedelta(days=30, seconds=1))
        for _ in range(2):
            home = client.get("/")
        assert tab not in home.content.decode()


def test_resolution_expiring_shows_the_next_day_from_midnight(client):
    resolution = ResolutionPage.objects.live().filter(locale__language_code="pl").order_by("path").first()
    ResolutionPage.objects.filter(pk=resolution.pk).update(
        expires_on=datetime.date(2031, 5, 10), repealed_on=None, status_override="", amended_on=None
    )
    with time_machine.travel(at(2031, 5, 10, 23, 59), tick=False) as clock:
        for _ in range(2):
            before = client.get(resolution.url)
        assert before[response_cache.HEADER] == "HIT"
        assert "obowiązująca" in before.content.decode()
        clock.move_to(at(2031, 5, 11, 0, 0, 1))
        after = client.get(resolution.url)
        assert after[response_cache.HEADER] == "MISS"
        assert "wygasła" in after.content.decode()


def test_every_entry_ends_at_warsaw_midnight(client):
    with time_machine.travel(at(2031, 6, 1, 23, 59, 30), tick=False):
        assert response_cache.next_change(at(2031, 6, 1, 23, 59, 30)) == at(2031, 6, 2)
        client.get("/biuro/")
        office = client.get("/biuro/").content.decode()
    assert 'aria-current="date"' in office
    with time_machine.travel(at(2031, 6, 2, 0, 0, 1), tick=False):
        next_day = client.get("/biuro/").content.decode()
    # 1 June 2031 is a Sunday, 2 June a Monday: the office's "today" moved with the date
    assert office.split('aria-current="date"')[1][:200] != next_day.split('aria-current="date"')[1][:200]


# -- the front cache ---------------------------------------------------------------------------------------

PURGED = []


class RecordingBackend:
    """A front-cache backend that notes what it was asked to purge."""

    def __init__(self, params):
        pass

    def invalidates_hostname(self, hostname):
        return True

    def purge_batch(self, urls):
        PURGED.extend(urls)


@pytest.fixture
def front_cache(settings):
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": f"{__name__}.RecordingBackend"}}
    PURGED.clear()
    return PURGED


def paths(urls):
    """The paths of full URLs ("http://localhost/en/news/" -> "/en/news/")."""
    return {"/" + url.split("/", 3)[3] for url in urls}


def test_publishing_purges_the_page_its_lists_and_both_languages(front_cache):
    news = NewsPage.objects.live().filter(locale__language_code="pl").order_by("path").first()
    english = news.get_translations().get()
    with committed():
        news.save_revision().publish()
    purged = paths(front_cache)
    assert {news.url, english.url, "/aktualnosci/", "/en/news/", "/", "/en/", "/sitemap.xml"} <= purged


def test_a_register_purge_includes_its_feeds_and_exports(front_cache):
    resolution = ResolutionPage.objects.live().filter(locale__language_code="pl").order_by("path").first()
    with committed():
        resolution.save_revision().publish()
    assert {resolution.url, "/uchwaly/", "/uchwaly/feed/", "/uchwaly/eksport/csv/", "/en/resolutions/feed/"} <= paths(
        front_cache)


def test_a_snippet_edit_purges_every_live_page(front_cache):
    person = Membership.objects.order_by("pk").first().person
    with committed():
        person.save()
    purged = paths(front_cache)
    assert {"/wladze/", "/en/authorities/", "/wladze/archiwum/", "/projekty/miedzysektorowa-wspolpraca/nabor/"} <= purged
