"""Browser and accessibility tests of the layout every page shares (Chromium + axe-core)."""

import re

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "/", "/polityka-prywatnosci/", "/deklaracja-dostepnosci/", "/szukaj/?q=statut", "/nie-ma-takiej-strony/",
    "/en/", "/en/privacy-policy/", "/en/accessibility-statement/", "/en/search/?q=statute", "/en/no-such-page/",
]


@pytest.mark.parametrize("path", PAGES)
@pytest.mark.parametrize("contrast", ["normal", "high"])
def test_pages_pass_axe_in_normal_and_high_contrast(page, assert_accessible, path, contrast):
    page.goto(path)
    if contrast == "high":
        page.locator("[data-contrast-toggle]").click()
        assert "contrast-high" in page.evaluate("document.documentElement.className")
    assert_accessible(page)


def test_skip_link_moves_focus_to_main(page):
    page.goto("/")
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    assert skip.inner_text() == "Przejdź do treści"
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_font_size_choice_persists_across_pages(page):
    page.goto("/")
    normal = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    page.get_by_role("button", name="A++ tekst bardzo duży").click()
    page.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Związek").click()
    page.wait_for_url("**/zwiazek/")
    larger = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    assert larger > normal * 1.3
    assert page.get_by_role("button", name="A++ tekst bardzo duży").get_attribute("aria-pressed") == "true"


def test_font_and_contrast_switches_work_by_keyboard(page):
    page.goto("/")
    page.get_by_role("button", name="Kontrast").focus()
    page.keyboard.press("Enter")
    assert "contrast-high" in page.evaluate("document.documentElement.className")
    page.goto("/o-regionie/")
    assert "contrast-high" in page.evaluate("document.documentElement.className")
    assert page.get_by_role("button", name="Kontrast").get_attribute("aria-pressed") == "true"


def test_layout_fits_a_320px_screen(browser, live_site):
    context = browser.new_context(base_url=live_site.url, viewport={"width": 320, "height": 640})
    tab = context.new_page()
    tab.goto("/zwiazek/historia/")
    overflow = tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    context.close()
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at 320px"


def test_printed_admin_login_works(page, live_site):
    """What `make run` prints is enough to log in to the admin (Polish admin by default)."""
    printed = live_site.manage("ensure_admin", "--port", "8000")
    password = re.search(r"Login:\s+admin / (\S+)", printed).group(1)
    page.goto("/admin/login/")
    page.get_by_label("Nazwa użytkownika").fill("admin")
    page.locator("#id_password").fill(password)  # Wagtail 7.4 leaves this label untranslated ("Password")
    with page.expect_navigation():
        page.get_by_role("button", name="Zaloguj się").click()
    assert page.url.endswith("/admin/")
    assert page.locator("#id_password").count() == 0  # the login form is gone: we are in the dashboard
    assert page.title().startswith("Kokpit")  # the Polish admin dashboard
