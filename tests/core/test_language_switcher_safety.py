"""The language switcher never links to another site, whatever path a visitor (or an attacker's link) opens."""

import re

import pytest


@pytest.mark.django_db
# What a browser sends for "http://portal//evil.example/": the test client would read "//…" as a host, so the
# second slash is escaped; the view sees the path "//evil.example/" either way.
@pytest.mark.parametrize("path", ["/%2Fevil.example/", "/%2Fevil.example/en/", "/%5Cevil.example/", "/%2F%2Fevil.example/x"])
def test_switcher_links_stay_on_this_site(client, path):
    response = client.get(path)
    assert response.status_code == 404
    links = re.findall(r'<a[^>]+hreflang="[^"]+"[^>]*href="([^"]*)"|<a[^>]+href="([^"]*)"[^>]*hreflang=', response.content.decode())
    hrefs = [first or second for first, second in links]
    assert hrefs, "the 404 page shows the language switcher"
    for href in hrefs:
        assert href.startswith("/") and not href.startswith("//") and not href.startswith("/\\"), href
