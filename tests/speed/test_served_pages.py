"""The page a route finds, kept under the answers' generation (``core.page_serving``), is never stale: a page
edited, unpublished, renamed or made private shows so on the next request once the change commits; a change
rolled back never reaches it; and a page served from it is the page Wagtail would serve."""

import re

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from core import response_cache
from core.models import StandardPage
from home.models import NewsPage
from members.models import MemberIndexPage
from projects.models import ProjectPage

from .test_query_counts import person_url
from .urls import PAGES

pytestmark = pytest.mark.django_db

CONTENT_PAGE = "/polityka-prywatnosci/"
NEWS_ITEM = PAGES["news item"][0]


def title(html):
    return re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1).strip()


def without_nonces(html):
    """The page without what differs on every request: CSP nonces, forms' CSRF and submission tokens."""
    html = re.sub(r'nonce="[^"]*"', "", html)
    return re.sub(r'name="(csrfmiddlewaretoken|submission_token)" value="[^"]*"', "", html)


def publish_title(page, new_title, callbacks):
    with callbacks():
        page = Page.objects.get(pk=page.pk).specific
        page.title = new_title
        page.save_revision().publish()
    assert not response_cache.invalidation_pending()  # the next request reads what is kept, under a new generation


def test_a_warm_content_page_is_served_without_reading_the_page(client):
    client.get(CONTENT_PAGE)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(CONTENT_PAGE).status_code == 200
    assert len(queries) == 0, [query["sql"] for query in queries]


@pytest.mark.parametrize("url", ["/", "/en/", "/biuro/", "/en/office/"])
def test_a_warm_home_or_office_page_reads_nothing(client, url):
    """The home page's language links are kept with its route (they were read on every request), and the office
    keeps its hours and staff with the page."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert len(queries) == 0, [query["sql"] for query in queries]


ALL = [(name, url) for name, pair in PAGES.items() for url in pair]


@pytest.mark.parametrize("name, url", ALL, ids=[url for _, url in ALL])
def test_a_page_served_from_the_kept_route_is_the_page_wagtail_serves(client, name, url):
    url = person_url(url) if name == "person" else url
    first = client.get(url)  # routed from the database
    second = client.get(url)  # from the kept route
    assert first.status_code == second.status_code == 200
    assert without_nonces(second.content.decode()) == without_nonces(first.content.decode())


def test_an_edited_page_shows_on_the_next_request(client, committed):
    page = StandardPage.objects.get(url_path__endswith="/polityka-prywatnosci/", locale__language_code="pl")
    assert title(client.get(CONTENT_PAGE).content.decode()) == page.title
    publish_title(page, "Polityka prywatności po zmianie", committed)
    assert title(client.get(CONTENT_PAGE).content.decode()) == "Polityka prywatności po zmianie"


def test_an_unpublished_page_is_gone_on_the_next_request(client, committed):
    assert client.get(NEWS_ITEM).status_code == 200
    news = NewsPage.objects.get(url_path__endswith="/strategia-terytorialna-2021-2027-przyjeta/",
                                locale__language_code="pl")
    with committed():
        news.unpublish()
    assert client.get(NEWS_ITEM).status_code == 404
    with committed():
        news.get_latest_revision().publish()
    assert client.get(NEWS_ITEM).status_code == 200


def test_a_renamed_page_leaves_its_old_address(client, committed):
    page = StandardPage.objects.get(url_path__endswith="/polityka-prywatnosci/", locale__language_code="pl")
    assert client.get(CONTENT_PAGE).status_code == 200
    with committed():
        page.slug = "prywatnosc"
        page.save_revision().publish()
    old = client.get(CONTENT_PAGE)  # Wagtail redirects a renamed page's old address
    assert old.status_code == 404 or (old.status_code == 301 and old["Location"].endswith("/prywatnosc/"))
    assert client.get("/prywatnosc/").status_code == 200


def test_a_privacy_rule_applies_on_the_next_request(client, committed):
    member = PAGES["member page"][0]
    assert client.get(member).status_code == 200  # kept with no privacy rule
    directory = MemberIndexPage.objects.get(locale__language_code="pl")
    with committed():
        restriction = PageViewRestriction.objects.create(page=directory, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(member)
    assert response.status_code == 302 and "/login/" in response["Location"]
    with committed():
        restriction.delete()
    assert client.get(member).status_code == 200


def test_a_tab_is_served_from_the_kept_page_with_its_own_content(client, committed):
    tabs = {url: title(client.get(url).content.decode()) for url in (
        PAGES["project: description"][0], PAGES["project: recruitment"][0], PAGES["project: downloads"][0])}
    assert {url: title(client.get(url).content.decode()) for url in tabs} == tabs
    project = ProjectPage.objects.get(slug="miedzysektorowa-wspolpraca", locale__language_code="pl")
    publish_title(project, "Projekt po zmianie", committed)
    for url in tabs:
        assert "Projekt po zmianie" in client.get(url).content.decode(), url


def test_a_rolled_back_change_never_reaches_the_kept_pages(client):
    page = StandardPage.objects.get(url_path__endswith="/polityka-prywatnosci/", locale__language_code="pl")
    client.get(CONTENT_PAGE)  # kept

    class Rollback(Exception):
        pass

    with pytest.raises(Rollback), transaction.atomic():
        changed = Page.objects.get(pk=page.pk).specific
        changed.title = "Tytuł, który się cofnie"
        changed.save_revision().publish()
        assert title(client.get(CONTENT_PAGE).content.decode()) == "Tytuł, który się cofnie"  # read anew meanwhile
        raise Rollback
    assert not response_cache.invalidation_pending()
    assert title(client.get(CONTENT_PAGE).content.decode()) == page.title


def test_the_member_directory_shows_an_edited_member_on_the_next_request(client, committed):
    from members.models import MemberPage

    directory = PAGES["member directory"][0]
    member = MemberPage.objects.get(url_path__endswith="/czlonkowie/rybnik/", locale__language_code="pl")
    assert member.title in client.get(directory).content.decode()  # the list is kept
    publish_title(member, "Rybnik po zmianie", committed)
    assert "Rybnik po zmianie" in client.get(directory).content.decode()
    with committed():
        MemberPage.objects.get(pk=member.pk).unpublish()
    assert "Rybnik po zmianie" not in client.get(directory).content.decode()


def test_a_new_child_page_shows_in_its_parents_list_on_the_next_request(client, committed):
    parent = StandardPage.objects.get(url_path__endswith="/polityka-prywatnosci/", locale__language_code="pl")
    assert "Nowa podstrona" not in client.get(CONTENT_PAGE).content.decode()  # the list (empty) is kept
    with committed():
        child = parent.add_child(instance=StandardPage(title="Nowa podstrona", slug="nowa-podstrona"))
        child.save_revision().publish()
    assert "Nowa podstrona" in client.get(CONTENT_PAGE).content.decode()
    with committed():
        StandardPage.objects.get(pk=child.pk).unpublish()
    assert "Nowa podstrona" not in client.get(CONTENT_PAGE).content.decode()


def test_a_resolution_shows_a_new_relation_on_the_next_request(client, committed):
    from resolutions.enums import RelationKind
    from resolutions.models import ResolutionPage, ResolutionRelation

    url = PAGES["resolution"][0]
    html = client.get(url).content.decode()  # its relations are kept
    target = ResolutionPage.objects.get(locale__language_code="pl", body__slug="zgromadzenie-ogolne", year=2019, seq=2)
    source = ResolutionPage.objects.live().filter(locale__language_code="pl").exclude(pk=target.pk).order_by("pk").last()
    assert source.title not in html
    with committed():
        ResolutionRelation.objects.create(source=source, target=target, kind=RelationKind.AMENDS)
    assert source.title in client.get(url).content.decode()
