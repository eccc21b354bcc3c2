"""Every public page type, in both languages: at most ten queries with warm caches, the shared layout at most
four of them (none once its cache is warm, but the home page's translations), and the same count with ten
times the content."""

import traceback

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.models import Membership
from tests.home.test_home_queries import grow_content
from tests.members.test_queries import add_authorities, add_members
from tests.pictures import upload_some_pictures

from .urls import PAGES

pytestmark = pytest.mark.django_db

MAX_QUERIES = 10
MAX_LAYOUT_QUERIES = 4
# Known to stay above the target (docs-proposed-readme-speed.md, "What is left"): English pages cost one
# query more than Polish ones before any code of ours runs (Wagtail reads the English home page as the
# translation of the site's root); these two read five lists each besides.
KNOWN_OVER = {}  # every page within MAX_QUERIES (English ones included since core.page_serving)
LAYOUT_FILES = ("core/templatetags/portal_tags.py", "core/layout_cache.py")


def person_url(url):
    """The demo's person pages are numbered by the database: the first seat's person."""
    return url.replace("/1/", f"/{Membership.objects.order_by('pk').first().person_id}/")


def counted(client, url):
    """(all queries, the layout's queries) of a warm request."""
    client.get(url)  # warm: the layout's cache, the route's, Wagtail's site root paths and renditions
    layout = []

    def note_layout(execute, sql, params, many, context):
        if any(frame.filename.endswith(LAYOUT_FILES) for frame in traceback.extract_stack()):
            layout.append(sql)
        return execute(sql, params, many, context)

    with CaptureQueriesContext(connection) as queries, connection.execute_wrapper(note_layout):
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries), len(layout)


ALL = [(name, language, url) for name, pair in PAGES.items() for language, url in zip(("pl", "en"), pair)]


@pytest.mark.parametrize("name, language, url", ALL, ids=[f"{name} ({language})" for name, language, _ in ALL])
def test_page_runs_at_most_ten_queries(client, name, language, url):
    url = person_url(url) if name == "person" else url
    total, layout = counted(client, url)
    print(f"{name} ({language}): {total} queries, {layout} of them the layout's")
    assert total <= KNOWN_OVER.get(url, MAX_QUERIES), f"{url}: {total} queries"
    assert layout <= MAX_LAYOUT_QUERIES, f"{url}: the layout ran {layout} queries"


def test_query_counts_do_not_grow_with_ten_times_the_content(client):
    urls = [person_url(url) if name == "person" else url for name, _language, url in ALL]
    upload_some_pictures()
    small = {url: counted(client, url)[0] for url in urls}
    grow_content()
    add_members(9 * 28)
    add_authorities()
    large = {url: counted(client, url)[0] for url in urls}
    grown = {url: (small[url], large[url]) for url in urls if small[url] != large[url]}
    assert not grown, f"queries (demo, 10x content) differ: {grown}"
