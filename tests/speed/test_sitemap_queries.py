"""The sitemap costs a query per page type, not per page: adding resolutions (whose address needs their body)
and pages in both languages adds no query."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import response_cache
from members.models import StatutoryBody
from resolutions.models import ResolutionIndexPage, ResolutionPage

pytestmark = pytest.mark.django_db


def sitemap_queries(client):
    """The queries of the sitemap built from the database (the entries kept from an earlier request dropped)."""
    client.get("/sitemap.xml")
    response_cache._new_generation()
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/sitemap.xml")
    assert response.status_code == 200
    return len(queries), response.content.decode()


def test_sitemap_queries_do_not_grow_with_the_register(client):
    before, _ = sitemap_queries(client)
    register = ResolutionIndexPage.objects.get(locale__language_code="pl")
    body = StatutoryBody.objects.get(locale__language_code="pl", slug="zarzad")
    for number in range(1, 11):
        page = ResolutionPage(title=f"w sprawie próbnej {number}", slug=f"zarzad-2040-{number}", number=f"{number}/2040",
                              body=body, adopted_on=datetime.date(2040, 1, number), change_note="Utworzenie dokumentu")
        register.add_child(instance=page)
        page.save_revision().publish()
    after, xml = sitemap_queries(client)
    assert "/uchwaly/zarzad/2040/10/</loc>" in xml
    assert after <= before, f"{before} queries before, {after} after ten more resolutions"
    assert after <= 30
