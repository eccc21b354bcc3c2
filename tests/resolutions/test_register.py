"""The register page, the feed and the exports: filters, pagination, bad input, formats and query counts."""

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def rows(response):
    return response.content.decode().count('<th scope="row"')


def test_register_lists_newest_first_with_count(client):
    response = client.get("/uchwaly/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Znaleziono 17 uchwał" in html
    assert html.index("4/2024") < html.index("1/2024") < html.index("14/2013")
    assert "PDF, 2 kB" in html


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"organ": "zarzad"}, 5),
        ({"organ": "zarzad", "rok": "2014"}, 2),
        ({"rok": "2014"}, 6),
        ({"status": "uchylona"}, 1),
        ({"status": "wygasla"}, 3),
        ({"status": "zmieniona"}, 1),
        ({"q": "absolutorium"}, 2),
        ({"q": "3/2024"}, 1),
        ({"od": "2024-01-01", "do": "2024-12-31"}, 3),
    ],
)
def test_filters(client, query, expected):
    response = client.get("/uchwaly/", query)
    assert response.status_code == 200
    assert rows(response) == expected


@pytest.mark.parametrize(
    "query, message",
    [
        ({"rok": "abc"}, "Rok to liczba"),
        ({"organ": "nieznany"}, "Nie ma organu"),
        ({"status": "zly"}, "Nie ma statusu"),
        ({"od": "2024-13-45"}, "RRRR-MM-DD"),
        ({"od": "2024-05-01", "do": "2024-01-01"}, "wcześniejsza"),
    ],
)
def test_invalid_filters_give_an_explained_empty_result(client, query, message):
    response = client.get("/uchwaly/", query)
    assert response.status_code == 200
    html = response.content.decode()
    assert rows(response) == 0
    assert message in html and "Popraw zaznaczone pola" in html
    assert 'aria-invalid="true"' in html


@pytest.mark.parametrize("page", ["99999", "abc", "0"])
def test_bad_page_numbers_are_404(client, page):
    assert client.get("/uchwaly/", {"page": page}).status_code == 404


def test_pagination_keeps_filters_in_links(client, make_resolution):
    for day in range(1, 25):
        make_resolution(body="komisja-rewizyjna", adopted=f"2030-01-{day:02d}", revision=False)
    response = client.get("/uchwaly/", {"organ": "komisja-rewizyjna"})
    html = response.content.decode()
    assert rows(response) == 20 and "Znaleziono 25 uchwał" in html
    assert 'href="?organ=komisja-rewizyjna&amp;page=2"' in html
    second = client.get("/uchwaly/", {"organ": "komisja-rewizyjna", "page": "2"})
    assert rows(second) == 5


def test_unknown_body_in_url_and_english_register(client):
    assert client.get("/uchwaly/nieznany/2014/1/").status_code == 404
    assert client.get("/uchwaly/zarzad/abcd/1/").status_code == 404
    response = client.get("/en/resolutions/", {"organ": "zarzad"})
    assert response.status_code == 200 and rows(response) == 5
    assert client.get("/en/resolutions/zarzad/2016/9/").status_code == 200


def test_atom_feed_all_and_per_body(client):
    response = client.get("/uchwaly/feed/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 17
    for entry in entries:
        assert entry.find(f"{ATOM}id").text and entry.find(f"{ATOM}updated").text
        assert "/uchwaly/" in entry.find(f"{ATOM}link").get("href")
    body_feed = ET.fromstring(client.get("/uchwaly/feed/zarzad/").content)
    assert len(body_feed.findall(f"{ATOM}entry")) == 5
    assert client.get("/uchwaly/feed/nieznany/").status_code == 404


def test_csv_export_honours_filters(client):
    response = client.get("/uchwaly/eksport/csv/", {"organ": "zarzad", "rok": "2014"})
    assert response.status_code == 200 and response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    table = list(csv.DictReader(io.StringIO(text)))
    assert list(table[0].keys()) == [
        "numer", "organ", "data_podjecia", "data_wejscia_w_zycie", "w_sprawie", "status", "adres", "dokument",
    ]
    assert sorted(row["numer"] for row in table) == ["1/2014", "2/2014"]
    assert all(row["organ"] == "Zarząd Związku" for row in table)
    assert table[0]["adres"].startswith("http://testserver/uchwaly/zarzad/2014/")


def test_json_export_and_bad_filter(client):
    data = json.loads(client.get("/uchwaly/eksport/json/", {"status": "uchylona"}).content)
    assert data["count"] == 1 and data["results"][0]["numer"] == "2/2019"
    assert data["results"][0]["status"] == "uchylona"
    bad = client.get("/uchwaly/eksport/json/", {"rok": "abc"})
    assert bad.status_code == 400 and "rok" in json.loads(bad.content)["errors"]


def _queries(client, url, params=None):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params or {})
        if response.streaming:
            b"".join(response.streaming_content)
    assert response.status_code == 200, url
    return len(captured)


URLS = [
    ("/uchwaly/", None),
    ("/uchwaly/", {"organ": "komisja-rewizyjna", "status": "obowiazujaca", "q": "sprawie"}),
    ("/uchwaly/", {"page": "2"}),
    ("/uchwaly/feed/", None),
    ("/uchwaly/eksport/json/", None),
    ("/uchwaly/eksport/csv/", None),
    ("/uchwaly/komisja-rewizyjna/2014/1/", None),
    ("/uchwaly/zgromadzenie-ogolne/2019/2/", None),
]


def test_query_counts_do_not_grow_with_the_register(client, make_resolution):
    def add(count):
        for _ in range(count):
            make_resolution(body="komisja-rewizyjna", adopted="2029-06-01", revision=False)

    add(30 - 17)  # the demo has 17
    client.get("/uchwaly/")  # warm caches (site root paths, locales)
    small = {(url, str(params)): _queries(client, url, params) for url, params in URLS}
    add(270)
    large = {(url, str(params)): _queries(client, url, params) for url, params in URLS}
    assert small == large
    assert max(small.values()) <= 10, small
