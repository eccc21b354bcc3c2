"""No query a visitor can type makes the search fail: quotes, operators, control characters, emoji, length."""

import pytest

BAD_QUERIES = [
    '"', '""', '"uchwała', "uchwała\"", "\x00", "a\x00b", "*", "uchwała*", "(", ")", "^", ":", "-", "+", "'", "NOT",
    "AND OR", "NEAR(", "zarząd OR", "x" * 10_000, "😀", "uchwała 😀 2014", "%", "%00", "\\", "'; DROP TABLE",
    "<script>alert(1)</script>", "5/2013", "nr. 5/2013", "{}", "[]", "\u200b", "ą" * 300,
]


@pytest.mark.django_db
@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("url", ["/szukaj/", "/en/search/"])
def test_no_query_breaks_the_search(client, url, query):
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.django_db
def test_a_quoted_word_still_finds_what_the_word_finds(client):
    plain = client.get("/szukaj/", {"q": "Rybnik"}).context["results"]
    quoted = client.get("/szukaj/", {"q": '"Rybnik"'}).context["results"]
    assert plain is not None and quoted is not None
    assert [page.pk for page in quoted] == [page.pk for page in plain]


@pytest.mark.django_db
@pytest.mark.parametrize("raw", ["%ED%A0%80", "%FF%FE", "%C0%AF", "%00", "%22"])
def test_malformed_bytes_in_the_address_are_harmless(client, raw):
    assert client.get(f"/szukaj/?q={raw}").status_code == 200
