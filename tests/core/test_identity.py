"""The association's identity as a visitor meets it: the sharing tags with absolute addresses, the icons, the
site-wide notice and mourning mode (each gone by itself at its end, in the page and in the answer cache)."""

import datetime
import re
import zoneinfo

import pytest
import time_machine
from wagtail.images.tests.utils import get_test_image_file
from wagtail.images import get_image_model

from core import layout_cache, response_cache
from core.formatting import has_time, long_date_or_datetime, tel_href
from core.models import SiteSettings
from home.models import NewsPage

from tests.commits import committed

pytestmark = pytest.mark.django_db
WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")


def at(*args):
    return datetime.datetime(*args, tzinfo=WARSAW)


def change_settings(**values):
    settings = SiteSettings.load()
    for name, value in values.items():
        setattr(settings, name, value)
    with committed():
        settings.save()
    return settings


def meta(html, attribute, name):
    found = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    return found.group(1) if found else None


def an_image(title="Znak"):
    return get_image_model().objects.create(title=title, file=get_test_image_file(size=(400, 400)))


# -- sharing tags and icons --------------------------------------------------------------------------

def test_every_page_has_open_graph_and_twitter_tags_with_absolute_addresses(client):
    html = client.get("/").content.decode()
    assert meta(html, "property", "og:title")
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html).group(1)
    assert meta(html, "property", "og:url") == canonical and canonical.startswith("http")
    assert meta(html, "property", "og:locale") == "pl_PL"
    assert meta(html, "property", "og:image").startswith("http://")
    assert meta(html, "name", "twitter:card") == "summary_large_image"
    assert meta(html, "name", "twitter:image") == meta(html, "property", "og:image")


def test_english_pages_say_en_gb():
    from django.test import Client

    html = Client().get("/en/").content.decode()
    assert meta(html, "property", "og:locale") == "en_GB"


def test_default_sharing_image_from_the_settings(client):
    change_settings(share_image=an_image("Obraz do udostępniania"))
    html = client.get("/").content.decode()
    image = meta(html, "property", "og:image")
    assert re.match(r"https?://[^/]+/media/", image) and ".fill-1200x630" in image


def test_news_item_shares_its_own_image_and_lead(client):
    news = NewsPage.objects.live().filter(locale__language_code="pl").first()
    news.image = an_image("Zdjęcie z posiedzenia")
    news.image_alt = "Sala obrad"
    news.search_description = ""
    news.save_revision().publish()
    html = client.get(news.url).content.decode()
    assert meta(html, "property", "og:url") == news.get_full_url()
    assert re.match(r"https?://[^/]+/media/", meta(html, "property", "og:image"))
    assert meta(html, "property", "og:image:alt") == "Sala obrad"
    assert meta(html, "property", "og:description") == news.lead.strip()[:300]


def test_favicon_is_the_static_mark_without_one_in_the_settings(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 200 and response["Content-Type"].startswith("image/")


def test_favicon_and_touch_icon_from_the_chosen_mark(client):
    change_settings(mark=an_image(), mark_alt="Znak Związku")
    response = client.get("/favicon.ico")
    assert (response.status_code, response["Content-Type"]) == (200, "image/png")
    assert response.content.startswith(b"\x89PNG")
    html = client.get("/").content.decode()
    assert re.search(r'<link rel="apple-touch-icon" href="/media/[^"]*fill-180x180', html)


# -- notice and mourning -----------------------------------------------------------------------------

def test_notice_shows_until_its_end_in_the_page_and_the_cache(client, settings):
    settings.PORTAL_RESPONSE_CACHE = True
    ends = at(2031, 3, 3, 12, 0)
    change_settings(notice_text="Biuro nieczynne 4 marca.", notice_level="warning", notice_ends_at=ends,
                    notice_link="https://example.org/komunikat")
    with time_machine.travel(ends - datetime.timedelta(minutes=1), tick=False) as clock:
        for _ in range(2):
            response = client.get("/")
        assert response[response_cache.HEADER] == "HIT"
        html = response.content.decode()
        assert 'aria-label="Komunikat"' in html and "Biuro nieczynne 4 marca." in html
        assert "site-notice--warning" in html and 'href="https://example.org/komunikat"' in html
        assert 'role="alert"' not in html
        clock.move_to(ends + datetime.timedelta(seconds=1))
        response = client.get("/")
        assert response[response_cache.HEADER] == "MISS"
        assert "Biuro nieczynne" not in response.content.decode()


def test_mourning_ribbon_and_greyscale_mark_until_its_end(client, settings):
    settings.PORTAL_RESPONSE_CACHE = True
    ends = at(2031, 4, 10, 0, 0)
    change_settings(mourning=True, mourning_ends_at=ends)
    with time_machine.travel(ends - datetime.timedelta(hours=1), tick=False) as clock:
        for _ in range(2):
            response = client.get("/")
        assert response[response_cache.HEADER] == "HIT"
        html = response.content.decode()
        assert "data-mourning-ribbon" in html and "is-mourning" in html
        clock.move_to(ends)
        html = client.get("/").content.decode()
        assert "data-mourning-ribbon" not in html and "is-mourning" not in html


def test_mourning_switched_off_by_an_editor_goes_at_once(client):
    change_settings(mourning=True, mourning_ends_at=None)
    assert "data-mourning-ribbon" in client.get("/").content.decode()
    change_settings(mourning=False)
    assert "data-mourning-ribbon" not in client.get("/").content.decode()


def test_settings_save_renews_both_generations():
    layout, responses = layout_cache._generation(), response_cache.generation()
    change_settings(notice_text="Nowy komunikat")
    assert layout_cache._generation() != layout and response_cache.generation() != responses


# -- contact links and dates -------------------------------------------------------------------------

@pytest.mark.parametrize("number, href", [
    ("32 422 00 00", "tel:+48324220000"),
    ("(32) 422-00-00", "tel:+48324220000"),
    ("+48 32 422 00 00", "tel:+48324220000"),
    ("0048 32 422 00 00", "tel:+48324220000"),
    ("32 422 00 00 wew. 12", "tel:+48324220000"),
    ("", ""),
])
def test_tel_href_is_digits_only(number, href):
    assert tel_href(number) == href


def test_footer_links_phone_and_email(client):
    change_settings(phone="(32) 422 00 00", email="biuro@subregion.pl")
    html = client.get("/").content.decode()
    assert 'href="tel:+48324220000"' in html
    assert 'href="mailto:biuro@subregion.pl"' in html


def test_a_moment_without_an_hour_shows_its_date_only():
    midnight_utc = datetime.datetime(2026, 6, 30, tzinfo=datetime.timezone.utc)  # 02:00 in Warsaw
    assert not has_time(midnight_utc) and not has_time(at(2026, 6, 30, 0, 0))
    assert has_time(at(2026, 6, 30, 15, 0))
    assert long_date_or_datetime(midnight_utc) == "30 czerwca 2026 r."
    assert long_date_or_datetime(at(2026, 6, 30, 15, 0)) == "30 czerwca 2026 r., godz. 15:00"
