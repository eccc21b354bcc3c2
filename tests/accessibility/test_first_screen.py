"""A phone's first screen: at 320 × 640 every page type shows its title (H1) and the start of its content at each of
the site's text sizes, because the header folds its menu and search behind two buttons; without JavaScript the
menu is simply shown, and the folded header stays axe-clean in both contrast modes."""

import pytest

from tests.accessibility.pages import ALL_PAGES
from tests.conftest import axe_violations, format_violations

pytestmark = pytest.mark.browser

PHONE = {"width": 320, "height": 640}
SIZES = {"A": "normal", "A+": "large", "A++": "xlarge"}

# The H1's box and the first content after it (within <main>, in document order): a line of text, or a picture
# with a text alternative (a project's EU funding marks, which the rules put right under the title).
FIRST_SCREEN = """() => {
  const h1 = document.querySelector("main h1");
  if (!h1) return null;
  const walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
  let next = null;
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.textContent.trim() || h1.contains(node)) continue;
    if (!(h1.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const box = range.getBoundingClientRect();
    if (box.height === 0) continue;
    next = {top: box.top, text: node.textContent.trim().slice(0, 40)};
    break;
  }
  for (const img of document.querySelectorAll("main img[alt]:not([alt=''])")) {
    if (!(h1.compareDocumentPosition(img) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
    const box = img.getBoundingClientRect();
    if (box.height === 0) continue;
    if (!next || box.top < next.top) next = {top: box.top, text: "[" + img.alt.slice(0, 40) + "]"};
    break;
  }
  return {top: h1.getBoundingClientRect().top, bottom: h1.getBoundingClientRect().bottom, next};
}"""


def phone(browser, live_site, size="normal", **options):
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport=PHONE, **options)
    context.add_init_script(f"localStorage.setItem('portal-font-size', '{size}')")
    return context


@pytest.mark.parametrize("label", list(SIZES))
def test_first_screen_shows_the_title_and_the_start_of_the_content(browser, live_site, label):
    context = phone(browser, live_site, SIZES[label])
    tab = context.new_page()
    failures = []
    for path in ALL_PAGES:
        tab.goto(path)
        if SIZES[label] != "normal":
            assert f"font-{SIZES[label]}" in tab.evaluate("document.documentElement.className")
        screen = tab.evaluate(FIRST_SCREEN)
        if screen is None:
            failures.append(f"{path}: no H1 in <main>")
        elif screen["bottom"] > PHONE["height"]:
            failures.append(f"{path}: the H1 ends at {screen['bottom']:.0f}px")
        elif screen["next"] is None or screen["next"]["top"] > PHONE["height"] - 20:
            failures.append(f"{path}: the H1 ends at {screen['bottom']:.0f}px, but the content after it starts at "
                            f"{screen['next'] and round(screen['next']['top'])}px ({screen['next']})")
    context.close()
    assert not failures, f"320 × 640 at {label}: {len(failures)} page(s) without title and content on the first screen:\n" + "\n".join(failures)


def test_every_main_menu_link_is_there_without_javascript(browser, live_site):
    """Without JavaScript nothing is folded: the buttons stay hidden, the menu, top bar and search are shown."""
    context = phone(browser, live_site, java_script_enabled=False)
    tab = context.new_page()
    tab.goto("/")
    menu = tab.get_by_role("navigation", name="Menu główne")
    links = menu.get_by_role("link")
    assert links.count() >= 6
    for index in range(links.count()):
        link = links.nth(index)
        assert link.is_visible(), link.inner_text()
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert tab.locator("[data-disclosure]").evaluate_all("buttons => buttons.every(b => !b.offsetParent)")
    assert tab.get_by_role("navigation", name="Informacje publiczne i dostępność").get_by_role("link", name="Mapa strony").is_visible()
    assert tab.locator("#site-search-q").is_visible()
    # the links work: the menu takes the visitor to the section
    links.filter(has_text="Uchwały").click()
    assert tab.url.endswith("/uchwaly/")
    context.close()


def test_folded_header_on_a_phone(browser, live_site):
    """With JavaScript the first screen at 320 px holds the brand, one bar of tools and the page; the menu, the top
    bar's links and search appear only when their buttons are pressed."""
    context = phone(browser, live_site)
    tab = context.new_page()
    tab.goto("/uchwaly/")
    header = tab.locator(".site-header").bounding_box()
    assert header["height"] < 160, f"the header is {header['height']}px tall at 320 px"
    menu_button = tab.get_by_role("button", name="Menu")
    assert menu_button.get_attribute("aria-expanded") == "false"
    top_bar = tab.locator("nav.top-bar")
    assert not top_bar.is_visible()
    menu_button.click()
    assert menu_button.get_attribute("aria-expanded") == "true"
    assert tab.get_by_role("navigation", name="Menu główne").get_by_role("link", name="Projekty").is_visible()
    assert top_bar.get_by_role("link", name="Deklaracja dostępności").is_visible()
    # on a wide screen the buttons go and everything is shown, whatever was folded
    tab.set_viewport_size({"width": 1280, "height": 800})
    assert not menu_button.is_visible()
    # back at the top of the header once the page has laid itself out for the new width (on a loaded machine the
    # first box read right after the resize could still be the folded one's)
    tab.wait_for_function("() => document.querySelector('nav.top-bar').getBoundingClientRect().y === 0")
    assert tab.locator("#site-search-q").is_visible()
    context.close()


@pytest.mark.parametrize("contrast", ["normal", "high"])
def test_folded_and_opened_header_pass_axe(browser, live_site, contrast):
    context = phone(browser, live_site)
    if contrast == "high":
        context.add_init_script("localStorage.setItem('portal-contrast', 'high')")
    tab = context.new_page()
    tab.goto("/projekty/")
    for state in ("folded", "opened"):
        if state == "opened":
            tab.get_by_role("button", name="Menu").click()
            tab.locator("[data-disclosure=search]").click()
        violations = axe_violations(tab)
        assert not violations, f"{state} header, {contrast} contrast:\n" + format_violations(violations)
    context.close()
