"""The home page at 320, 768 and 1280 px: no hole beside a shorter column, the top tasks in even rows, axe-clean
in both contrast modes; screenshots for a person to look at in /tmp/home-*.png."""

import pytest

from tests.conftest import axe_violations, format_violations
from tests.pictures import take_screenshot

pytestmark = pytest.mark.browser

LAYOUT = """() => {
  const box = (el) => el.getBoundingClientRect();
  const sections = [...document.querySelectorAll('.home-sections > section')].map(box);
  const tasks = [...document.querySelectorAll('.top-tasks__link')].map(box);
  return {
    columns: new Set(sections.map((b) => Math.round(b.left))).size,
    heights: sections.map((b) => b.height),
    taskRows: [...new Set(tasks.map((b) => Math.round(b.top)))].map(
      (top) => tasks.filter((b) => Math.round(b.top) === top).map((b) => Math.round(b.height))),
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}"""


@pytest.mark.parametrize("width, columns", [(320, 1), (768, 1), (1280, 2)])
def test_no_holes_at_each_width(browser, live_site, width, columns):
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport={"width": width, "height": 900})
    tab = context.new_page()
    for path in ("/", "/en/"):
        tab.goto(path)
        layout = tab.evaluate(LAYOUT)
        assert layout["overflow"] <= 0
        assert layout["columns"] == columns, layout
        if columns == 2:  # side by side: the shorter column ends near the taller one, no half-empty screen
            short, tall = sorted(layout["heights"])
            assert tall - short < 0.5 * tall, layout
        for row in layout["taskRows"]:  # the top tasks' cards in a row are one height
            assert max(row) - min(row) <= 1, layout
        assert len(layout["taskRows"]) <= {320: 4, 768: 2, 1280: 1}[width], layout
        take_screenshot(tab, path=f"/tmp/home-{path.strip('/') or 'pl'}-{width}.png", full_page=True)
    context.close()


@pytest.mark.parametrize("contrast", [False, True])
def test_home_passes_axe(page, contrast):
    page.goto("/")
    if contrast:
        page.evaluate("localStorage.setItem('portal-contrast', 'high')")
        page.reload()
        assert "contrast-high" in page.evaluate("document.documentElement.className")
    violations = axe_violations(page)
    assert not violations, format_violations(violations)
