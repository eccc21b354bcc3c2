"""Editors find a resolution in the admin by what they know of it: number, body, words of the title.

Choosers and the admin search name each resolution in full ("Uchwała nr 5/2013 Zgromadzenia Ogólnego z 28.11.2013
w sprawie …"), so two bodies' resolutions with the same number, or resolutions with similar titles, are told apart.
"""

import re

import pytest

pytestmark = pytest.mark.django_db


def _titles(response):
    return [" ".join(text.split()) for text in re.findall(r'_title">(.*?)</', response.content.decode(), re.S)]


def _chooser_titles(response):
    html = response.content.decode()
    return [" ".join(re.sub(r"<[^>]+>", " ", text).split())
            for text in re.findall(r'<a [^>]*class="choose-page[^>]*>(.*?)</a>', html, re.S)]


@pytest.mark.parametrize("query", ["5/2013", "nr 5/2013", "uchwała 5/2013", "Zgromadzenie 5/2013"])
def test_admin_search_finds_a_resolution_by_its_number(admin_client, query):
    titles = _titles(admin_client.get("/admin/pages/search/", {"q": query}))
    assert titles, f"nothing found for {query!r}"
    # the resolution first, in both languages (the admin lists every language version)
    assert all(title.startswith("Uchwała nr 5/2013 Zgromadzenia Ogólnego z 28.11.2013") for title in titles[:2]), titles
    assert any(title.startswith("Uchwała nr 5/2013 Zgromadzenia Ogólnego z 28.11.2013 w sprawie") for title in titles[:2])


def test_admin_search_finds_by_body_and_number_together(admin_client):
    titles = _titles(admin_client.get("/admin/pages/search/", {"q": "9/2016 zarządu"}))
    assert titles[0].startswith("Uchwała nr 9/2016 Zarządu Związku z 14.06.2016"), titles
    assert not _titles(admin_client.get("/admin/pages/search/", {"q": "zarząd 5/2013"})), (
        "5/2013 is the General Assembly's: a search naming the Board must not offer it"
    )


def test_page_chooser_names_number_body_and_date(admin_client):
    titles = _chooser_titles(admin_client.get("/admin/choose-page/search/", {"q": "5/2013"}))
    assert any(title.startswith("Uchwała nr 5/2013 Zgromadzenia Ogólnego z 28.11.2013 w sprawie") for title in titles), titles


def test_two_bodies_resolutions_with_the_same_number_are_told_apart(admin_client, make_resolution):
    make_resolution(body="zarzad", number="7/2031", adopted="2031-02-03", title="w sprawie hipopotama")
    make_resolution(body="komisja-rewizyjna", number="7/2031", adopted="2031-03-04", title="w sprawie hipopotama")
    titles = _titles(admin_client.get("/admin/pages/search/", {"q": "7/2031"}))
    assert sorted(titles) == [
        "Uchwała nr 7/2031 Komisji Rewizyjnej z 04.03.2031 w sprawie hipopotama",
        "Uchwała nr 7/2031 Zarządu Związku z 03.02.2031 w sprawie hipopotama",
    ]
