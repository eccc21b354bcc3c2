"""Language versions a visitor and a search engine can find: the page's head and the sitemap list the versions
that exist (``hreflang``); on a page without a translation, the switcher leads to the nearest translated page
and says so in that language, never silently to a Polish page or the home page."""

import re

import pytest
from wagtail.models import Page

from core.models import StandardPage

pytestmark = pytest.mark.django_db


def alternates(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)">', html))


def test_a_translated_page_lists_both_versions_in_its_head(client):
    html = client.get("/zwiazek/").content.decode()
    assert alternates(html) == {"pl": "http://testserver/zwiazek/", "en": "http://testserver/en/association/"}
    english = client.get("/en/association/").content.decode()
    assert alternates(english) == {"en": "http://testserver/en/association/", "pl": "http://testserver/zwiazek/"}


@pytest.fixture
def untranslated_page(db):
    parent = Page.objects.get(slug="zwiazek", locale__language_code="pl")
    page = StandardPage(title="Tylko po polsku", slug="tylko-po-polsku", intro="Bez tłumaczenia.")
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_an_untranslated_page_sends_english_readers_to_the_nearest_translated_page(client, untranslated_page):
    html = client.get("/zwiazek/tylko-po-polsku/").content.decode()
    assert alternates(html) == {}, "only versions that exist are announced"
    switcher = html[html.index('class="language-switcher"'):]
    switcher = switcher[:switcher.index("</nav>")]
    assert 'href="/en/association/"' in switcher
    note = re.search(r'<span class="language-switcher__note" id="language-fallback-en" lang="en">([^<]+)</span>', switcher)
    assert note and "This page is not available in English" in note.group(1) and "“The association”" in note.group(1)
    assert 'aria-describedby="language-fallback-en"' in switcher


def test_the_untranslated_page_costs_at_most_one_query_more(client, untranslated_page, django_assert_max_num_queries):
    client.get("/zwiazek/tylko-po-polsku/")
    with django_assert_max_num_queries(10):
        client.get("/zwiazek/tylko-po-polsku/")


def test_the_sitemap_lists_each_pages_language_versions(client, untranslated_page):
    xml = client.get("/sitemap.xml").content.decode()
    entry = re.search(r"<url><loc>(https?://[^/<]+)/zwiazek/</loc>.*?</url>", xml)
    origin = entry.group(1)
    assert f'<xhtml:link rel="alternate" hreflang="en" href="{origin}/en/association/"/>' in entry.group(0)
    assert f'<xhtml:link rel="alternate" hreflang="pl" href="{origin}/zwiazek/"/>' in entry.group(0)
    lonely = re.search(r"<url><loc>https?://[^/<]+/zwiazek/tylko-po-polsku/</loc>.*?</url>", xml).group(0)
    assert "xhtml:link" not in lonely
