"""The header's top bar and the ETR, PJM and site map pages in Chromium: axe-clean in both contrasts, no sideways
scrolling at 320 px with the largest text, the top bar reachable by keyboard right after the skip link."""

import pytest

from tests.accessibility.test_reflow import CONDITIONS, TOO_WIDE

pytestmark = pytest.mark.browser

PAGES = ["/tekst-latwy-do-czytania/", "/polski-jezyk-migowy/", "/mapa-strony/",
         "/en/easy-to-read/", "/en/polish-sign-language/", "/en/site-map/"]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("contrast", ["normal", "high"])
def test_pages_pass_axe(page, assert_accessible, path, contrast):
    page.goto(path)
    if contrast == "high":
        page.locator("[data-contrast-toggle]").click()
    assert page.locator("nav.top-bar a").count() == 5
    assert_accessible(page)


@pytest.mark.parametrize("condition", ["320px", "320px A++", "200% text"])
def test_top_bar_and_pages_reflow(browser, live_site, condition):
    settings = CONDITIONS[condition]
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport=settings["viewport"])
    if "init" in settings:
        context.add_init_script(settings["init"])
    tab = context.new_page()
    failures = []
    for path in ["/", "/en/", *PAGES]:
        tab.goto(path)
        if "root_font_size" in settings:
            tab.evaluate("(size) => { document.documentElement.style.fontSize = size; }", settings["root_font_size"])
        result = tab.evaluate(TOO_WIDE)
        if result["overflow"] > 0 or result["wide"]:
            failures.append(f"{path}: {result}")
    context.close()
    assert not failures, "\n".join(failures)


def test_top_bar_is_reached_by_keyboard_after_the_skip_link(page):
    page.goto("/en/")
    page.keyboard.press("Tab")  # the skip link
    names = []
    for _ in range(5):
        page.keyboard.press("Tab")
        names.append(page.evaluate("document.activeElement.textContent.trim()"))
    assert names == ["bipPublic Information Bulletin (BIP)", "Accessibility statement", "Easy-to-read text",
                     "Polish Sign Language", "Site map"]
