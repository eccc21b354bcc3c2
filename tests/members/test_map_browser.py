"""The members' map in a browser: each county reached by Tab with a visible focus, the highlight on focus,
axe-clean in both contrast modes, a member page's county marked; screenshots for a reviewer in /tmp."""

import pytest

from tests.conftest import axe_violations, format_violations
from tests.pictures import take_screenshot

pytestmark = pytest.mark.browser

COUNTY_NAMES = {"Powiat raciborski", "Powiat rybnicki", "Powiat wodzisławski", "Rybnik", "Jastrzębie-Zdrój", "Żory"}

FOCUS = """() => {
  const el = document.activeElement;
  const link = el && el.closest ? el.closest('.member-map__link') : null;
  if (!link) return null;
  const area = link.querySelector('.member-map__area');
  const style = getComputedStyle(link), fill = getComputedStyle(area);
  return {name: link.getAttribute('aria-label'), href: link.getAttribute('href'),
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          fill: fill.fill, stroke: fill.stroke, strokeWidth: parseFloat(fill.strokeWidth)};
}"""

RESTING_FILL = "() => getComputedStyle(document.querySelector('.member-map__link:not(:focus) .member-map__area')).fill"


def test_tab_reaches_every_county_with_visible_focus(page):
    page.goto("/czlonkowie/")
    resting = page.evaluate(RESTING_FILL)
    reached = []
    for _ in range(80):
        page.keyboard.press("Tab")
        info = page.evaluate(FOCUS)
        if info:
            reached.append(info)
        elif reached:
            break
    assert {info["name"] for info in reached} == COUNTY_NAMES
    for info in reached:
        assert info["outline"], f"{info['name']}: no focus ring"
        assert info["fill"] != resting and info["strokeWidth"] >= 4, f"{info['name']}: the county is not highlighted"
    # Enter follows the focused county's link: the directory filtered to it
    with page.expect_navigation():
        page.keyboard.press("Shift+Tab")
        page.keyboard.press("Enter")
    assert "?powiat=" in page.url
    assert page.locator(".member-map__link[aria-current=page]").count() == 1


def test_hover_highlights_a_county(page):
    page.goto("/czlonkowie/")
    area = page.locator('.member-map__link[aria-label="Powiat raciborski"] .member-map__area')
    before = area.evaluate("el => getComputedStyle(el).fill")
    area.hover()
    assert area.evaluate("el => getComputedStyle(el).fill") != before


@pytest.mark.parametrize("path", ["/czlonkowie/", "/czlonkowie/?powiat=powiat-wodzislawski", "/czlonkowie/gaszowice/",
                                  "/en/members/", "/en/members/zory/"])
@pytest.mark.parametrize("contrast", [False, True])
def test_map_pages_pass_axe(page, path, contrast):
    page.goto(path)
    if contrast:
        page.evaluate("localStorage.setItem('portal-contrast', 'high')")
        page.reload()
        if "contrast-high" not in page.evaluate("document.documentElement.className"):
            page.get_by_role("button", name="Kontrast" if "/en/" not in path else "Contrast").click()
        assert "contrast-high" in page.evaluate("document.documentElement.className")
    violations = axe_violations(page)
    assert not violations, format_violations(violations)


def test_member_page_marks_its_county_in_both_contrasts(page):
    page.goto("/czlonkowie/gaszowice/")
    marked = page.locator(".member-map__area.is-current")
    assert marked.count() == 1 and marked.get_attribute("data-area") == "powiat-rybnicki"
    assert "Na mapie subregionu wyróżniono: Powiat rybnicki." in page.locator(".member-map__legend").inner_text()
    other = page.locator(".member-map__area:not(.is-current)").first
    for _mode in range(2):
        assert marked.evaluate("el => getComputedStyle(el).fill") != other.evaluate("el => getComputedStyle(el).fill")
        page.get_by_role("button", name="Kontrast").click()


@pytest.mark.parametrize("width", [320, 768, 1280])
def test_screenshots(browser, live_site, width):
    """Not a check: pictures for a person to look at (/tmp/members-map-*.png)."""
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport={"width": width, "height": 900})
    tab = context.new_page()
    for name, path in [("directory", "/czlonkowie/"), ("member", "/czlonkowie/gaszowice/")]:
        tab.goto(path)
        take_screenshot(tab, path=f"/tmp/members-map-{name}-{width}.png", full_page=True)
    tab.evaluate("localStorage.setItem('portal-contrast', 'high')")
    for name, path in [("directory", "/czlonkowie/?powiat=powiat-raciborski"), ("member", "/czlonkowie/gaszowice/")]:
        tab.goto(path)
        if name == "directory":
            tab.locator(".member-map__link").first.focus()
        take_screenshot(tab, path=f"/tmp/members-map-{name}-{width}-contrast.png", full_page=True)
    context.close()
