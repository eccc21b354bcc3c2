"""A page of the register (its rows and count), and the feed's entries, are kept per language, filters and page number under the answers'
generation until the next midnight (``resolutions.views.register_view``): warm, it reads nothing; a resolution
published shows on the next request once it commits; one in force until a day leaves the "in force" filter at
the midnight after it."""

import datetime
import zoneinfo

import pytest
import time_machine

from resolutions.models import ResolutionPage

from tests.warm import assert_a_warm_page_reads_nothing

pytestmark = pytest.mark.django_db
WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")
IN_FORCE_2019 = "/uchwaly/?status=obowiazujaca&rok=2019"


@pytest.mark.parametrize("url", ["/uchwaly/", IN_FORCE_2019, "/en/resolutions/", "/uchwaly/feed/"])
def test_a_warm_register_reads_nothing(client, url):
    assert_a_warm_page_reads_nothing(client, url)


def test_a_published_resolution_heads_the_register_on_the_next_request(client, committed, make_resolution):
    before = client.get("/uchwaly/").content.decode()
    assert "Znaleziono 17 uchwał" in before
    with committed():
        make_resolution(body="zarzad", adopted="2030-01-05", number="7/2030", title="w sprawie świeżo przyjętej")
    after = client.get("/uchwaly/").content.decode()
    assert "Znaleziono 18 uchwał" in after
    assert after.index("w sprawie świeżo przyjętej") < after.index("</tbody>")


def test_a_published_resolution_heads_the_feed_on_the_next_request(client, committed, make_resolution):
    assert "w sprawie świeżo przyjętej" not in client.get("/uchwaly/feed/").content.decode()
    with committed():
        make_resolution(body="zarzad", adopted="2030-01-05", number="8/2030", title="w sprawie świeżo przyjętej")
    feed = client.get("/uchwaly/feed/").content.decode()
    assert feed.index("w sprawie świeżo przyjętej") < feed.index("</entry>")


def test_a_resolution_that_expires_leaves_the_in_force_filter_at_midnight(client):
    resolution = ResolutionPage.objects.live().filter(locale__language_code="pl", year=2019).order_by("path").first()
    ResolutionPage.objects.filter(pk=resolution.pk).update(
        expires_on=datetime.date(2031, 5, 10), repealed_on=None, status_override="", amended_on=None
    )
    with time_machine.travel(datetime.datetime(2031, 5, 10, 23, 59, tzinfo=WARSAW), tick=False) as clock:
        for _ in range(2):  # built, then kept
            before = client.get(IN_FORCE_2019).content.decode()
        assert resolution.title in before
        clock.move_to(datetime.datetime(2031, 5, 11, 0, 0, 1, tzinfo=WARSAW))
        assert resolution.title not in client.get(IN_FORCE_2019).content.decode()


@pytest.mark.parametrize("page", ["abc", "0", "99", "1" * 30, "-1"])
def test_pages_that_do_not_exist_are_404_twice(client, page):
    for _ in range(2):
        assert client.get("/uchwaly/", {"page": page}).status_code == 404
