"""Keyboard-only journeys through every interactive widget of the public site (keyboard.press only: Tab,
Shift+Tab, Enter, Space, arrows, Escape), and a focus walk that tabs through every page type.

Journeys already covered elsewhere are not repeated: the skip link and persisted switches
(tests/home/test_browser.py), the project tabs' arrows, Home and End (tests/projects/test_browser.py), the
member filter (tests/members/test_browser.py).
"""

import pytest

from tests.accessibility.engines import assert_no_unexplained
from tests.accessibility.pages import PAGE_TYPES
from tests.conftest import axe_violations, format_violations

pytestmark = pytest.mark.browser

FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return null;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(), id: el.id, text: (el.innerText || el.value || el.getAttribute("aria-label") || "").trim().slice(0, 60),
    html: el.outerHTML.slice(0, 120),
    ring: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
    onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth,
  };
}"""


def focused(tab):
    return tab.evaluate(FOCUSED)


def press_tab_until(tab, predicate, limit=60, key="Tab"):
    """Press Tab (or Shift+Tab) until ``predicate(focused element info)``; return that info."""
    for _ in range(limit):
        tab.keyboard.press(key)
        info = focused(tab)
        if info and predicate(info):
            return info
    raise AssertionError(f"{key} never reached the element (last focus: {focused(tab)})")


def assert_ring(info):
    assert info["ring"], f"no visible focus ring on {info['html']}"
    assert info["onScreen"], f"focused element is off screen: {info['html']}"


@pytest.fixture
def narrow(browser, live_site):
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport={"width": 320, "height": 640})
    tab = context.new_page()
    tab.set_default_timeout(10_000)
    yield tab
    context.close()


@pytest.mark.parametrize("name", list(PAGE_TYPES))
def test_tabbing_through_the_page_shows_where_focus_is(page, name):
    """Every element Tab reaches has the focus ring and is scrolled into view, in document order, with no trap."""
    page.goto(PAGE_TYPES[name][0])
    seen, problems = [], []
    for _ in range(250):
        page.keyboard.press("Tab")
        info = focused(page)
        if info is None or (seen and info["html"] == seen[0]["html"] and info["id"] == seen[0]["id"]):
            break  # focus left the page or wrapped round: the whole page was walked
        if not info["ring"] or not info["onScreen"]:
            problems.append(f"{info['html']} (ring: {info['ring']}, on screen: {info['onScreen']})")
        seen.append(info)
    else:
        pytest.fail(f"250 Tab presses did not leave the page: a keyboard trap near {seen[-1]['html']}")
    assert len(seen) >= 8, f"only {len(seen)} focusable elements reached"
    assert seen[0]["text"] == "Przejdź do treści"
    assert not problems, f"focus not visible on {len(problems)} element(s):\n" + "\n".join(problems)


def test_main_menu_on_a_narrow_screen(narrow):
    """Below 48rem the menu folds behind a "Menu" button (disclosure): Enter and Space open it, Tab goes on into its
    links (the sections, then the top bar's), Escape closes it and puts focus back on the button."""
    narrow.goto("/")
    menu = narrow.locator("#site-menu")
    assert not menu.is_visible()
    button = press_tab_until(narrow, lambda i: i["tag"] == "button" and i["text"] == "Menu")
    assert_ring(button)
    assert narrow.evaluate("document.activeElement.getAttribute('aria-expanded')") == "false"
    assert narrow.evaluate("document.activeElement.getAttribute('aria-controls')") == "site-menu"
    narrow.keyboard.press("Enter")
    assert narrow.evaluate("document.activeElement.getAttribute('aria-expanded')") == "true"
    assert menu.is_visible()
    # every menu item, then the top bar's links, are reachable in order and visible when focused
    titles = []
    while True:
        narrow.keyboard.press("Tab")
        info = focused(narrow)
        if not narrow.evaluate("!!document.activeElement.closest('#site-menu')"):
            break
        assert_ring(info)
        titles.append(info["text"])
    assert titles[:2] == ["O regionie", "Związek"] and "Uchwały" in titles
    assert titles[-1] == "Mapa strony" and "Deklaracja dostępności" in titles
    back = press_tab_until(narrow, lambda i: i["text"] == "Związek", key="Shift+Tab")
    assert_ring(back)
    narrow.keyboard.press("Escape")
    assert not menu.is_visible()
    assert focused(narrow)["text"] == "Menu"
    assert narrow.evaluate("document.activeElement.getAttribute('aria-expanded')") == "false"
    narrow.keyboard.press("Space")
    assert menu.is_visible()
    uchwaly = press_tab_until(narrow, lambda i: i["text"] == "Uchwały")
    assert_ring(uchwaly)
    with narrow.expect_navigation():
        narrow.keyboard.press("Enter")
    assert narrow.url.endswith("/uchwaly/")
    assert not narrow.locator("#site-menu").is_visible()  # a new page starts with the menu folded
    assert narrow.locator('#main-nav a[aria-current]').inner_text() == "Uchwały"
    assert narrow.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")


def test_search_on_a_narrow_screen(narrow):
    """The search form folds behind its own button on phones; opening it puts the cursor in the field."""
    narrow.goto("/")
    assert not narrow.locator("#site-search-q").is_visible()
    button = press_tab_until(narrow, lambda i: i["tag"] == "button" and i["text"] == "Szukaj")
    assert_ring(button)
    narrow.keyboard.press("Enter")
    assert focused(narrow)["id"] == "site-search-q"
    narrow.keyboard.type("statut")
    with narrow.expect_navigation():
        narrow.keyboard.press("Enter")
    assert "q=statut" in narrow.url
    narrow.locator("[data-disclosure=search]").click()
    narrow.keyboard.press("Escape")
    assert not narrow.locator("#site-search-q").is_visible()
    assert narrow.evaluate("document.activeElement.getAttribute('aria-controls')") == "site-search"


def test_font_size_and_contrast_switches_by_keyboard_alone(page):
    page.goto("/")
    normal = page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)")
    larger = press_tab_until(page, lambda i: i["text"].startswith("A+") and not i["text"].startswith("A++"))
    assert_ring(larger)
    page.keyboard.press("Space")
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") > normal * 1.1
    assert page.evaluate("document.activeElement.getAttribute('aria-pressed')") == "true"
    page.keyboard.press("Shift+Tab")  # back to "A" (normal)
    page.keyboard.press("Enter")
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") == normal
    contrast = press_tab_until(page, lambda i: i["text"] == "Kontrast")
    assert_ring(contrast)
    page.keyboard.press("Enter")
    assert "contrast-high" in page.evaluate("document.documentElement.className")
    assert page.evaluate("document.activeElement.getAttribute('aria-pressed')") == "true"
    assert_ring(focused(page))  # the ring stays visible in high contrast
    page.keyboard.press("Space")
    assert "contrast-high" not in page.evaluate("document.documentElement.className")


def test_project_tabs_reached_and_left_by_tab_key(page):
    page.goto("/projekty/miedzysektorowa-wspolpraca/")
    selected = press_tab_until(page, lambda i: i["id"] == "tab-description")
    assert_ring(selected)
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    assert page.evaluate("document.activeElement.id") == "tab-downloads"
    assert page.locator("#panel-downloads").is_visible()
    page.keyboard.press("Tab")  # one Tab stop for the whole tab list: next is the open panel
    assert page.evaluate("document.activeElement.id") == "panel-downloads"
    assert_ring(focused(page))
    page.keyboard.press("Tab")  # into the panel's first link
    assert page.evaluate("!!document.activeElement.closest('#panel-downloads')")
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement.id") == "tab-downloads"  # back on the selected tab
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("Space")
    assert page.locator("#panel-recruitment").is_visible() and page.url.endswith("/nabor/")


def test_register_filters_by_keyboard_alone(page):
    page.goto("/uchwaly/")
    organ = press_tab_until(page, lambda i: i["id"] == "filter-organ")
    assert_ring(organ)
    page.keyboard.press("ArrowDown")  # "Zgromadzenie Ogólne"
    page.keyboard.press("ArrowDown")  # "Zarząd Związku"
    assert page.locator("#filter-organ").input_value() == "zarzad"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "filter-rok"
    page.keyboard.type("2016")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "organ=zarzad" in page.url and "rok=2016" in page.url
    assert page.locator("tbody tr").count() == 2
    assert page.get_by_role("status").inner_text().startswith("Znaleziono 2")
    clear = press_tab_until(page, lambda i: i["text"] == "Wyczyść filtry")
    assert_ring(clear)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "rok=" not in page.url and page.locator("tbody tr").count() > 2


def submit_empty_by_keyboard(tab, button_text):
    button = press_tab_until(tab, lambda i: i["tag"] == "button" and i["text"] == button_text, limit=120)
    assert_ring(button)
    with tab.expect_navigation():
        tab.keyboard.press("Enter")


def assert_error_summary_takes_focus(tab):
    summary = tab.locator("#form-errors")
    assert summary.get_attribute("role") == "alert"
    assert tab.evaluate("document.activeElement.id") == "form-errors", "focus should land on the error summary"
    assert summary.is_visible()
    # the summary's first link leads to its field
    tab.keyboard.press("Tab")
    link = focused(tab)
    assert link["tag"] == "a" and tab.evaluate("!!document.activeElement.closest('#form-errors')")
    assert_ring(link)
    target = tab.evaluate("document.activeElement.getAttribute('href').slice(1)")
    tab.keyboard.press("Enter")
    assert tab.evaluate("document.activeElement.id") == target
    assert tab.evaluate("document.activeElement.getAttribute('aria-invalid')") == "true"
    violations = axe_violations(tab)
    assert not violations, format_violations(violations)
    assert_no_unexplained(tab)


def test_recruitment_form_errors_and_consent_by_keyboard(page):
    page.goto("/projekty/kompetentna-administracja/nabor/")
    submit_empty_by_keyboard(page, "Wyślij zgłoszenie")
    assert_error_summary_takes_focus(page)
    page.keyboard.type("Julia Klawiaturowa")  # the first field in error has focus (a name of its own: the live site is shared)
    for label, value in (("E-mail", "julia.klawiaturowa@example.com"), ("Instytucja", "Starostwo Powiatowe w Raciborzu")):
        field = page.get_by_label(label, exact=False).first
        if not field.input_value():
            name = field.get_attribute("id")
            press_tab_until(page, lambda i, name=name: i["id"] == name)
            page.keyboard.type(value)
    consent = press_tab_until(page, lambda i: i["id"] == "id_rodo_consent")
    assert_ring(consent)
    page.keyboard.press("Space")
    assert page.locator("#id_rodo_consent").is_checked()
    page.keyboard.press("Tab")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.get_by_text("Dziękujemy, zgłoszenie zostało wysłane.").is_visible()


def test_office_contact_form_errors_by_keyboard(page):
    page.goto("/en/office/")
    submit_empty_by_keyboard(page, "Send message")
    assert_error_summary_takes_focus(page)
