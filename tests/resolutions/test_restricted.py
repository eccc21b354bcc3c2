"""A resolution behind a page view restriction is listed nowhere a visitor reads: not in the register, its
Atom feeds, its CSV and JSON exports, the home page or another resolution's relations; opening it asks to log in."""

import pytest
from wagtail.models import PageViewRestriction

from resolutions.models import ResolutionPage


@pytest.fixture
def restricted(db):
    resolution = ResolutionPage.objects.live().filter(locale__language_code="pl").order_by("-adopted_on").first()
    PageViewRestriction.objects.create(page=resolution, restriction_type=PageViewRestriction.LOGIN)
    return resolution


@pytest.mark.parametrize("url", ["/uchwaly/", "/uchwaly/feed/", "/uchwaly/eksport/csv/", "/uchwaly/eksport/json/", "/"])
def test_a_restricted_resolution_is_not_listed(client, restricted, url):
    response = client.get(url)
    assert response.status_code == 200
    body = b"".join(response.streaming_content) if response.streaming else response.content
    text = body.decode()
    assert restricted.title not in text, url
    assert restricted.register_path not in text, url


def test_its_own_address_asks_to_log_in(client, restricted):
    response = client.get(restricted.url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_register_still_lists_the_others(client, restricted):
    other = ResolutionPage.objects.live().filter(locale__language_code="pl").exclude(pk=restricted.pk).first()
    assert other.title in client.get("/uchwaly/").content.decode()


def test_the_register_csv_runs_no_formula(client, db):
    resolution = ResolutionPage.objects.live().filter(locale__language_code="pl").first()
    ResolutionPage.objects.filter(pk=resolution.pk).update(title='=HYPERLINK("http://evil.example","kliknij")')
    text = b"".join(client.get("/uchwaly/eksport/csv/").streaming_content).decode()
    assert "'=HYPERLINK(" in text and ',=HYPERLINK(' not in text and '"=HYPERLINK(' not in text
