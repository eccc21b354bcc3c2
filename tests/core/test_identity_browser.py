"""The notice and mourning mode in a real browser: axe-clean, readable in both contrast modes, and the page
still fits a 320-pixel screen with both on."""

import pytest

pytestmark = pytest.mark.browser

SWITCH = """
from core.models import SiteSettings
settings = SiteSettings.load()
settings.notice_text = {text!r}
settings.notice_level = "warning"
settings.notice_link = "https://example.org/komunikat" if settings.notice_text else ""
settings.notice_ends_at = None
settings.mourning = {mourning!r}
settings.mourning_ends_at = None
settings.save()
"""


@pytest.fixture
def notice_and_mourning(live_site):
    text = "Biuro Związku nieczynne w dniu żałoby narodowej; sprawy pilne przez skrzynkę ePUAP."
    live_site.manage("shell", "-c", SWITCH.format(text=text, mourning=True))
    yield text
    live_site.manage("shell", "-c", SWITCH.format(text="", mourning=False))


def test_notice_and_mourning_are_accessible_and_reflow(page, notice_and_mourning, assert_accessible):
    page.goto("/")
    notice = page.get_by_role("region", name="Komunikat")
    assert notice_and_mourning in notice.inner_text()
    assert page.locator("[data-mourning-ribbon]").is_visible()
    assert page.evaluate("getComputedStyle(document.querySelector('.brand__mark')).filter") == "grayscale(1)"
    assert_accessible(page)
    page.evaluate("document.documentElement.classList.add('contrast-high')")
    assert_accessible(page)
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert notice.is_visible()
