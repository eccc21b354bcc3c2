"""The site-wide notice by keyboard alone, in both languages: it is a region labelled "Komunikat" ("Notice"), its
"Więcej" ("More") link is the second stop of Tab, right after the skip link and before the header's brand, tools
and menu (the notice comes first in the page because it concerns everything below it), it shows the focus ring,
and Enter follows it."""

import pytest

from tests.accessibility.test_keyboard import assert_ring, focused

pytestmark = pytest.mark.browser

SWITCH = """
import datetime
from django.utils import timezone
from core.models import SiteSettings
settings = SiteSettings.load()
settings.notice_text = {text!r}
settings.notice_level = "info"
settings.notice_link = {link!r}
settings.notice_ends_at = timezone.now() + datetime.timedelta(days=1) if settings.notice_text else None
settings.save()
"""

TEXT = "Biuro Związku będzie nieczynne w piątek po Bożym Ciele."
TARGET = "/deklaracja-dostepnosci/"

LANGUAGES = {
    # home page, the region's name, the skip link, the link's accessible text (its hidden words included)
    "pl": ("/", "Komunikat", "Przejdź do treści", "Więcej o komunikacie"),
    "en": ("/en/", "Notice", "Skip to content", "More about the notice"),
}


@pytest.fixture(scope="module")
def notice_with_link(live_site):
    live_site.manage("shell", "-c", SWITCH.format(text=TEXT, link=live_site.url + TARGET))
    yield
    live_site.manage("shell", "-c", SWITCH.format(text="", link=""))


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_the_notice_link_is_reached_early_shows_focus_and_follows_with_enter(page, notice_with_link, language):
    home, region_name, skip, link_text = LANGUAGES[language]
    page.goto(home)
    region = page.get_by_role("region", name=region_name)
    assert TEXT in region.inner_text()

    page.keyboard.press("Tab")
    assert focused(page)["text"] == skip
    page.keyboard.press("Tab")
    info = focused(page)
    assert info["tag"] == "a" and " ".join(info["text"].split()) == link_text, info
    assert page.evaluate("document.activeElement.closest('section[aria-label]').getAttribute('aria-label')") == region_name
    assert page.evaluate("!document.activeElement.closest('header, main')")
    assert_ring(info)
    # the ring is drawn in a colour of its own, not the link's text colour, and is not clipped by the band
    ring = page.evaluate("""() => {
      const style = getComputedStyle(document.activeElement);
      return {outline: style.outlineColor, text: style.color, overflow: getComputedStyle(document.querySelector('.site-notice')).overflow};
    }""")
    assert ring["outline"] != ring["text"] and ring["overflow"] == "visible", ring

    page.keyboard.press("Tab")
    assert page.evaluate("!!document.activeElement.closest('header')"), "after the notice Tab goes on into the header"

    page.keyboard.press("Shift+Tab")
    assert " ".join(focused(page)["text"].split()) == link_text
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(TARGET)
