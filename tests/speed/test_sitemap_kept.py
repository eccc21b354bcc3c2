"""The sitemap's entries are kept under the answers' generation (``portal.sitemaps``): a warm sitemap costs no
query, is the sitemap built from the database, and shows a page published, unpublished or renamed on the next
request once the change commits."""

from zoneinfo import ZoneInfo

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from home.models import NewsPage

pytestmark = pytest.mark.django_db

NEWS_SLUG = "strategia-terytorialna-2021-2027-przyjeta"


def sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return response


def news_page():
    return NewsPage.objects.get(slug=NEWS_SLUG, locale__language_code="pl")


def test_a_warm_sitemap_reads_nothing_and_is_the_sitemap_built(client):
    built = sitemap(client)
    with CaptureQueriesContext(connection) as queries:
        kept = sitemap(client)
    assert len(queries) == 0, [query["sql"] for query in queries]
    assert kept.content == built.content
    assert kept["Last-Modified"] == built["Last-Modified"]
    assert f"/aktualnosci/{NEWS_SLUG}/</loc>" in kept.content.decode()
    assert '<xhtml:link rel="alternate" hreflang="en"' in kept.content.decode()


def test_the_day_a_page_changed_is_the_day_in_warsaw(client):
    page = news_page()
    xml = sitemap(client).content.decode()
    day = page.last_published_at.astimezone(ZoneInfo("Europe/Warsaw")).strftime("%Y-%m-%d")
    entry = xml.split(f"/aktualnosci/{NEWS_SLUG}/</loc>", 1)[1].split("</url>", 1)[0]
    assert f"<lastmod>{day}</lastmod>" in entry


def test_an_unpublished_page_leaves_the_sitemap_and_a_renamed_one_moves(client, committed):
    assert f"/aktualnosci/{NEWS_SLUG}/</loc>" in sitemap(client).content.decode()
    with committed():
        news_page().unpublish()
    assert f"/aktualnosci/{NEWS_SLUG}/</loc>" not in sitemap(client).content.decode()
    with committed():
        page = Page.objects.get(pk=news_page().pk).specific
        page.slug = "strategia-przyjeta"
        page.save_revision().publish()
    xml = sitemap(client).content.decode()
    assert "/aktualnosci/strategia-przyjeta/</loc>" in xml
    assert f"/aktualnosci/{NEWS_SLUG}/</loc>" not in xml


@pytest.mark.parametrize("number", ["abc", "0", "99", "1" * 40])
def test_a_sitemap_page_that_does_not_exist_is_a_404(client, number):
    assert client.get(f"/sitemap.xml?p={number}").status_code == 404
