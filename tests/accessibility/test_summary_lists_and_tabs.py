"""Label–value lists and the project tabs on narrow and wide screens, in Chromium.

Summary lists (member data, project facts, Biuro's numbers, a resolution's facts and BIP metadata) stack the same
way everywhere: each label above its value where the list is narrow, so a value has the list's whole width (the
member's e-mail was wrapped at 90 px: "sekretariat|@rybnik.ex|ample"); labels in a column beside the values where
there is room. The project tabs become a vertical list of links where their row would stair-step.
"""

import pytest

pytestmark = pytest.mark.browser

LISTS = {
    "/czlonkowie/rybnik/": 2,
    "/projekty/miedzysektorowa-wspolpraca/": 1,
    "/biuro/": 2,
    "/uchwaly/zarzad/2013/14/": 2,
}

# Every row of every summary list: where its label and its (first) value are, and the list's own box.
ROWS = """() => [...document.querySelectorAll("dl.summary-list > .summary-list__row")].map((row) => {
  const list = row.parentElement.getBoundingClientRect();
  const dt = row.querySelector("dt").getBoundingClientRect();
  const dd = row.querySelector("dd").getBoundingClientRect();
  return {label: row.querySelector("dt").textContent.trim(), listLeft: list.left, listWidth: list.width,
          dtTop: dt.top, dtBottom: dt.bottom, ddTop: dd.top, ddLeft: dd.left, ddWidth: dd.width};
})"""


def _tab(browser, live_site, width, size="normal"):
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport={"width": width, "height": 800})
    context.add_init_script(f"localStorage.setItem('portal-font-size', '{size}')")
    return context, context.new_page()


@pytest.mark.parametrize("size", ["normal", "xlarge"])
def test_summary_lists_put_each_label_above_its_value_on_a_phone(browser, live_site, size):
    context, tab = _tab(browser, live_site, 320, size)
    for path, lists in LISTS.items():
        tab.goto(path)
        assert tab.locator("dl.summary-list").count() == lists, path
        rows = tab.evaluate(ROWS)
        assert rows, path
        for row in rows:
            assert row["ddTop"] >= row["dtBottom"] - 1, f"{path}: {row['label']}: the value is not under its label"
            assert row["ddLeft"] == pytest.approx(row["listLeft"], abs=1) and row["ddWidth"] >= row["listWidth"] - 1, (
                f"{path}: {row['label']}: the value does not have the list's whole width")
    context.close()


def test_a_members_e_mail_is_not_chopped(browser, live_site):
    """On a phone the address wraps at most once (it has the whole width); on a desktop it stays on one line."""
    for width, most_lines in [(320, 2), (1280, 1)]:
        context, tab = _tab(browser, live_site, width)
        tab.goto("/czlonkowie/rybnik/")
        email = tab.locator("dl.summary-list a[href^='mailto:']")
        assert email.inner_text() == "sekretariat@rybnik.example"
        lines = email.evaluate("(a) => new Set([...a.getClientRects()].map((r) => Math.round(r.top))).size")
        assert lines <= most_lines, f"{width}px: the e-mail is broken over {lines} lines"
        context.close()


def test_summary_lists_set_labels_beside_values_where_there_is_room(browser, live_site):
    context, tab = _tab(browser, live_site, 1280)
    # a list in a box of 30rem or more; a member page's three columns at 1280 px are narrower, so theirs stack
    for path in ["/projekty/miedzysektorowa-wspolpraca/", "/uchwaly/zarzad/2013/14/"]:
        tab.goto(path)
        rows = [row for row in tab.evaluate(ROWS) if row["listWidth"] >= 30 * 16]
        assert rows and all(row["ddTop"] == pytest.approx(row["dtTop"], abs=2) for row in rows), path
        # one column of labels: every value starts at the same place
        assert len({round(row["ddLeft"]) for row in rows if row["listLeft"] == rows[0]["listLeft"]}) == 1, path
    context.close()


TABS = """() => [...document.querySelectorAll(".tabs__tab")].map((tab) => {
  const box = tab.getBoundingClientRect();
  const list = tab.closest(".tabs__list").getBoundingClientRect();
  return {text: tab.textContent.trim(), top: box.top, bottom: box.bottom, left: box.left, width: box.width,
          listLeft: list.left, listWidth: list.width};
})"""


@pytest.mark.parametrize("size", ["normal", "xlarge"])
def test_project_tabs_are_a_vertical_list_on_a_phone(browser, live_site, size):
    context, tab = _tab(browser, live_site, 320, size)
    tab.goto("/projekty/miedzysektorowa-wspolpraca/")
    tabs = tab.evaluate(TABS)
    assert [t["text"] for t in tabs] == ["Opis projektu", "Nabór do projektu", "Pliki do pobrania"]
    for above, below in zip(tabs, tabs[1:]):
        assert below["top"] >= above["bottom"] - 1, "the tabs are not one under another"
    for each in tabs:  # one column of full-width links, not a staircase
        assert each["left"] == pytest.approx(each["listLeft"], abs=1)
        assert each["width"] == pytest.approx(each["listWidth"], abs=1)
    # in a column the Down and Up arrows move between them as well
    tab.get_by_role("tab", name="Opis projektu").focus()
    tab.keyboard.press("ArrowDown")
    assert tab.evaluate("document.activeElement.textContent.trim()") == "Nabór do projektu"
    assert tab.get_by_role("tab", name="Nabór do projektu").get_attribute("aria-selected") == "true"
    tab.keyboard.press("ArrowUp")
    assert tab.evaluate("document.activeElement.textContent.trim()") == "Opis projektu"
    assert tab.evaluate("document.documentElement.scrollWidth") <= 320
    context.close()


def test_project_tabs_stay_a_row_on_a_desktop(browser, live_site):
    context, tab = _tab(browser, live_site, 1280)
    tab.goto("/projekty/miedzysektorowa-wspolpraca/")
    tabs = tab.evaluate(TABS)
    assert len({round(t["top"]) for t in tabs}) == 1
    context.close()
