"""Tables on narrow screens, in Chromium: the register, the Władze terms, Biuro's staff and a resolution's change
register turn into one labelled block per row where their box is narrow and stay real tables where it is wide; an
editor's table that must scroll is a labelled region that takes focus, with a hint while it overflows."""

import json
import time

import pytest

pytestmark = pytest.mark.browser

STACKED_PAGES = ["/uchwaly/", "/en/resolutions/", "/wladze/", "/wladze/archiwum/", "/biuro/",
                 "/uchwaly/zarzad/2013/14/"]

# For every row of every stacked table: how it is displayed, its box, and each shown cell's label and value box.
ROWS = """() => [...document.querySelectorAll("table.stacked-table > tbody > tr")].map((row) => {
  const box = row.getBoundingClientRect();
  const table = row.closest("table");
  const headers = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
  const cells = [...row.children].map((cell, index) => ({
    header: headers[index],
    label: getComputedStyle(cell, "::before").content,
    shown: getComputedStyle(cell).display !== "none",
    empty: cell.textContent.trim() === "",
  }));
  return {display: getComputedStyle(row).display, left: box.left, right: box.right,
          theadShown: table.tHead.getBoundingClientRect().height > 1, cells};
})"""


def until(tab, expression, seconds=5):
    """Wait until ``expression`` is true in the page (evaluated through the DevTools protocol: the page's
    Content-Security-Policy forbids the eval that Playwright's wait_for_function needs)."""
    deadline = time.monotonic() + seconds
    while not tab.evaluate(expression):
        assert time.monotonic() < deadline, f"still false after {seconds}s: {expression}"
        time.sleep(0.1)


def _context(browser, live_site, width, size="normal"):
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport={"width": width, "height": 800})
    context.add_init_script(f"localStorage.setItem('portal-font-size', '{size}')")
    return context


@pytest.mark.parametrize("size", ["normal", "xlarge"])
def test_tables_stack_into_labelled_rows_on_a_phone(browser, live_site, size):
    context = _context(browser, live_site, 320, size)
    tab = context.new_page()
    for path in STACKED_PAGES:
        tab.goto(path)
        rows = tab.evaluate(ROWS)
        assert rows, f"{path}: no stacked table"
        for row in rows:
            assert row["display"] == "block", f"{path}: a row is still a table row at 320 px"
            assert not row["theadShown"], f"{path}: the column headers still take a row"
            assert row["left"] >= 0 and row["right"] <= 320, f"{path}: a row sticks out ({row['left']}..{row['right']})"
            for cell in row["cells"]:
                if cell["empty"]:
                    assert not cell["shown"], f"{path}: an empty cell shows a lone label"
                else:
                    # the label drawn above the value is the column's header (its alternative text kept empty)
                    assert cell["label"].startswith(json.dumps(cell["header"], ensure_ascii=False)), (path, cell)
    context.close()


def test_stacked_rows_keep_table_semantics(browser, live_site):
    """Stacked, the register is still a table to assistive technology: rows, row headers, cells named by their
    value only (the drawn label is not read twice)."""
    context = _context(browser, live_site, 320)
    tab = context.new_page()
    tab.goto("/uchwaly/")
    cdp = context.new_cdp_session(tab)
    nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    roles = [node.get("role", {}).get("value") for node in nodes]
    assert roles.count("table") == 1 and roles.count("columnheader") == 6
    assert roles.count("row") == roles.count("rowheader") + 1  # the header row and one row per resolution
    body = tab.get_by_role("cell", name="Zgromadzenie Ogólne").first
    assert body.is_visible()
    names = [node.get("name", {}).get("value") for node in nodes if node.get("role", {}).get("value") == "cell"]
    assert "Zgromadzenie Ogólne" in names and not any(name and name.startswith("Organ") for name in names)
    context.close()


@pytest.mark.parametrize("width, register, terms", [(768, "block", "table-row"), (1280, "table-row", "table-row")])
def test_wide_screens_keep_real_tables(browser, live_site, width, register, terms):
    """The register (six columns) stacks up to a tablet's width; the five-column Władze table is a table there."""
    context = _context(browser, live_site, width)
    tab = context.new_page()
    tab.goto("/uchwaly/")
    assert {row["display"] for row in tab.evaluate(ROWS)} == {register}
    tab.goto("/wladze/")
    rows = tab.evaluate(ROWS)
    assert {row["display"] for row in rows} == {terms}
    assert all(row["theadShown"] for row in rows)
    assert tab.evaluate("document.documentElement.scrollWidth") <= width
    context.close()


SCROLL_PAGE = """
import json
from wagtail.models import Page
from core.models import StandardPage
home = Page.objects.get(depth=2, locale__language_code="pl")
header = ["Gmina", "Liczba ludności 2020", "Liczba ludności 2021", "Liczba ludności 2022", "Liczba ludności 2023",
          "Powierzchnia w km²", "Gęstość zaludnienia"]
rows = [header] + [[name, "139 540", "137 920", "136 411", "135 002", "148,36", "910"] for name in ("Rybnik", "Żory")]
body = [{"type": "table", "value": {"caption": "Ludność gmin w latach 2020–2023",
                                    "table": {"data": rows, "first_row_is_table_header": True}}}]
page = StandardPage(title="Tabela szeroka próbna", slug="tabela-szeroka-probna", body=json.dumps(body))
home.add_child(instance=page)
page.save_revision().publish()
print(page.url_path)
"""
REMOVE_SCROLL_PAGE = """
from core.models import StandardPage
StandardPage.objects.filter(slug="tabela-szeroka-probna").delete()
"""


@pytest.fixture
def wide_table_page(live_site):
    live_site.manage("shell", "-c", SCROLL_PAGE)
    yield "/tabela-szeroka-probna/"
    live_site.manage("shell", "-c", REMOVE_SCROLL_PAGE)


def test_a_table_that_scrolls_is_a_labelled_focusable_region_with_a_hint(browser, live_site, wide_table_page):
    context = _context(browser, live_site, 320)
    tab = context.new_page()
    tab.goto(wide_table_page)
    region = tab.get_by_role("region", name="Ludność gmin w latach 2020–2023")
    assert region.get_attribute("tabindex") == "0"
    hint = tab.locator(".table-scroll__hint")
    assert hint.is_visible() and "przewiń" in hint.inner_text()
    assert tab.evaluate("document.documentElement.scrollWidth") <= 320  # the table scrolls, not the page
    # reached by Tab, shows the focus ring, and the arrow keys scroll it
    for _ in range(40):
        tab.keyboard.press("Tab")
        if tab.evaluate("document.activeElement.matches('.table-scroll')"):
            break
    else:
        pytest.fail("Tab never reached the table's region")
    assert tab.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    tab.keyboard.press("ArrowRight")
    until(tab, "document.activeElement.scrollLeft > 0")
    # where the table fits, the hint goes
    tab.set_viewport_size({"width": 1280, "height": 800})
    until(tab, "document.querySelector('.table-scroll__hint').hidden")
    context.close()
