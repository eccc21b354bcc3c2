"""The project tabs in Chromium: keyboard operation, no-JS-friendly URLs, and axe on every tab in both languages."""

import pytest

pytestmark = pytest.mark.browser

SEED = "/projekty/miedzysektorowa-wspolpraca/"
OPEN = "/projekty/kompetentna-administracja/"
TABS_PL = [SEED, SEED + "nabor/", SEED + "pliki/", OPEN + "nabor/"]
TABS_EN = [
    "/en/projects/cross-sector-cooperation/",
    "/en/projects/cross-sector-cooperation/recruitment/",
    "/en/projects/cross-sector-cooperation/downloads/",
    "/en/projects/competent-administration/recruitment/",
]


def selected_tab(page):
    return page.locator('[role="tab"][aria-selected="true"]').inner_text().strip()


def test_tabs_switch_by_keyboard(page):
    page.goto(SEED)
    tablist = page.get_by_role("tablist", name="Zakładki projektu")
    assert tablist.count() == 1
    first = page.get_by_role("tab", name="Opis projektu")
    assert first.get_attribute("aria-selected") == "true" and first.get_attribute("tabindex") == "0"
    assert page.get_by_role("tab", name="Pliki do pobrania").get_attribute("tabindex") == "-1"
    first.focus()
    page.keyboard.press("ArrowRight")
    assert selected_tab(page) == "Nabór do projektu"
    assert page.evaluate("document.activeElement.id") == "tab-recruitment"
    assert page.locator("#panel-recruitment").is_visible() and not page.locator("#panel-description").is_visible()
    assert page.url.endswith("/nabor/")
    assert page.title().startswith("Nabór do projektu – ")
    page.keyboard.press("End")
    assert selected_tab(page) == "Pliki do pobrania" and page.locator("#panel-downloads").is_visible()
    page.keyboard.press("ArrowRight")  # wraps to the first
    assert selected_tab(page) == "Opis projektu"
    page.keyboard.press("ArrowLeft")  # wraps to the last
    assert selected_tab(page) == "Pliki do pobrania"
    page.keyboard.press("Home")
    assert selected_tab(page) == "Opis projektu"
    # Tab moves from the selected tab into its panel, not to the other tabs
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "panel-description"
    # visible focus on the tab
    page.get_by_role("tab", name="Opis projektu").focus()
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


def breadcrumb_trail(page):
    return [text.strip() for text in page.locator("nav.breadcrumbs li").all_inner_texts()]


def test_switching_tabs_updates_canonical_link_and_breadcrumb_like_the_tab_url(page, live_site):
    page.goto(SEED)
    page.get_by_role("tab", name="Pliki do pobrania").click()
    canonical = page.locator('link[rel="canonical"]').get_attribute("href")
    assert canonical.endswith(SEED + "pliki/")
    switched = breadcrumb_trail(page)
    assert switched[-2:] == ["Międzysektorowa współpraca czyli wspólnota samorządowa w innym wymiarze", "Pliki do pobrania"]
    assert page.locator('nav.breadcrumbs [aria-current="page"]').inner_text() == "Pliki do pobrania"
    # the same as the server renders for that URL
    page.goto(SEED + "pliki/")
    assert breadcrumb_trail(page) == switched
    assert page.locator('link[rel="canonical"]').get_attribute("href") == canonical
    page.get_by_role("tab", name="Opis projektu").click()
    assert page.locator('link[rel="canonical"]').get_attribute("href").endswith(SEED)
    assert breadcrumb_trail(page)[-1] == "Międzysektorowa współpraca czyli wspólnota samorządowa w innym wymiarze"
    assert page.locator('nav.breadcrumbs li').count() == len(switched) - 1
    page.go_back()
    page.wait_for_function("!document.querySelector('#panel-downloads').hidden")
    assert breadcrumb_trail(page) == switched


def test_recruitment_url_lands_on_the_recruitment_tab(page):
    page.goto(SEED + "nabor/")
    assert selected_tab(page) == "Nabór do projektu"
    assert page.locator("#panel-recruitment").is_visible()
    page.get_by_role("tab", name="Pliki do pobrania").click()
    assert page.url.endswith("/pliki/")
    page.go_back()
    page.wait_for_function("document.querySelector('#panel-recruitment') && !document.querySelector('#panel-recruitment').hidden")
    assert selected_tab(page) == "Nabór do projektu"


def test_without_javascript_the_tabs_are_links(browser, live_site):
    context = browser.new_context(base_url=live_site.url, java_script_enabled=False)
    tab = context.new_page()
    tab.goto(SEED)
    tab.get_by_role("link", name="Pliki do pobrania").click()
    tab.wait_for_url("**/pliki/")
    assert tab.locator("#panel-downloads").is_visible()
    assert tab.get_by_role("link", name="Regulamin rekrutacji").is_visible()
    context.close()


def test_visitor_applies_through_the_open_form(page, live_site, assert_accessible):
    page.goto(OPEN + "nabor/")
    page.get_by_label("Imię i nazwisko").fill("Jan Kowalski")
    page.get_by_label("E-mail").fill("jan.kowalski@example.com")
    page.get_by_label("Instytucja").fill("Starostwo Powiatowe w Raciborzu")
    with page.expect_navigation():
        page.get_by_role("button", name="Wyślij zgłoszenie").click()
    # no consent: error beside the box, typed values kept
    assert page.locator("#id_rodo_consent_errors").is_visible()
    assert page.get_by_label("Imię i nazwisko").input_value() == "Jan Kowalski"
    assert_accessible(page)
    page.get_by_label("Wyrażam zgodę", exact=False).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Wyślij zgłoszenie").click()
    assert page.get_by_text("Dziękujemy, zgłoszenie zostało wysłane.").is_visible()
    assert_accessible(page)
    stored = live_site.manage(
        "shell", "-c",
        "from wagtail.contrib.forms.models import FormSubmission;"
        "print(sum('Jan Kowalski' in str(s.form_data) for s in FormSubmission.objects.all()))",
    )
    assert stored.strip().splitlines()[-1] == "1"


@pytest.mark.parametrize("path", TABS_PL + TABS_EN)
def test_every_tab_passes_axe(page, assert_accessible, path):
    page.goto(path)
    assert_accessible(page)


@pytest.mark.parametrize("path", [SEED + "nabor/", "/en/projects/cross-sector-cooperation/downloads/", "/projekty/"])
def test_tabs_pass_axe_in_high_contrast(page, assert_accessible, path):
    page.goto(path)
    page.locator("[data-contrast-toggle]").click()
    assert "contrast-high" in page.evaluate("document.documentElement.className")
    assert_accessible(page)


def test_index_passes_axe_in_both_languages(page, assert_accessible):
    page.goto("/projekty/")
    assert_accessible(page)
    page.goto("/en/projects/")
    assert_accessible(page)
