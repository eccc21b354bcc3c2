"""Biuro's opening hours read as one value per day: at 320, 768 and 1280 px and at each of the site's text sizes
(A, A+, A++) every time range ("07:30–15:30") stays on one line in the narrow card, the hours table needs no
scrolling of its own and the page does not scroll sideways, in both languages."""

import pytest

pytestmark = pytest.mark.browser

WIDTHS = [320, 768, 1280]
SIZES = {"A": "normal", "A+": "large", "A++": "xlarge"}

# For each open day: where its opening and closing times are laid out (a range broken at its dash puts the closing
# time on the next line), and whether the table or the page is wider than its box.
HOURS_LAYOUT = """() => {
  const rows = [];
  for (const cell of document.querySelectorAll("table.opening-hours tbody td")) {
    const times = cell.querySelectorAll("time");
    if (times.length !== 2) continue;
    const lines = new Set();
    for (const time of times) for (const box of time.getClientRects()) lines.add(Math.round(box.top));
    const range = document.createRange();
    range.setStartBefore(times[0]);
    range.setEndAfter(times[1]);
    const tops = new Set([...range.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.top)));
    rows.push({text: cell.textContent.trim(), lines: lines.size, rangeLines: tops.size,
               timeBoxes: [...times].map((time) => time.getClientRects().length)});
  }
  const wrapper = document.querySelector("table.opening-hours").closest(".table-wrapper");
  return {
    rows,
    tableScrolls: wrapper.scrollWidth - wrapper.clientWidth,
    pageScrolls: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
}"""


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("width", WIDTHS)
def test_each_time_range_stays_on_one_line(browser, live_site, width, size):
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport={"width": width, "height": 900})
    context.add_init_script(f"localStorage.setItem('portal-font-size', '{SIZES[size]}')")
    tab = context.new_page()
    failures = []
    for path in ("/biuro/", "/en/office/"):
        tab.goto(path)
        if SIZES[size] != "normal":
            assert f"font-{SIZES[size]}" in tab.evaluate("document.documentElement.className")
        layout = tab.evaluate(HOURS_LAYOUT)
        assert len(layout["rows"]) >= 4, layout  # the demo's office is open on weekdays
        for row in layout["rows"]:
            if row["lines"] != 1 or row["rangeLines"] != 1 or row["timeBoxes"] != [1, 1]:
                failures.append(f"{path}: {row['text']!r} is broken over {row['rangeLines']} lines")
        if layout["tableScrolls"] > 0:
            failures.append(f"{path}: the hours table scrolls sideways by {layout['tableScrolls']}px")
        if layout["pageScrolls"] > 0:
            failures.append(f"{path}: the page scrolls sideways by {layout['pageScrolls']}px")
    context.close()
    assert not failures, f"{width}px {size}:\n" + "\n".join(failures)


def test_the_narrow_hours_are_still_a_table_to_assistive_technology(browser, live_site):
    """Laid out as blocks at 320 px A++, the hours stay a table in Chromium's accessibility tree: its caption as its
    name, a row per day headed by the day, the range as the day's cell."""
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport={"width": 320, "height": 900})
    context.add_init_script("localStorage.setItem('portal-font-size', 'xlarge')")
    tab = context.new_page()
    tab.goto("/biuro/")
    assert tab.evaluate("getComputedStyle(document.querySelector('table.opening-hours tbody tr')).display") == "block"
    nodes = {node["nodeId"]: node for node in context.new_cdp_session(tab).send("Accessibility.getFullAXTree")["nodes"]}

    def role(node):
        return node.get("role", {}).get("value")

    def name(node):
        return node.get("name", {}).get("value", "")

    table = next(node for node in nodes.values()
                 if role(node) == "table" and name(node) == "Godziny pracy Biura w poszczególne dni tygodnia")
    below, stack = [], list(table.get("childIds", []))
    while stack:
        node = nodes.get(stack.pop())
        if node is not None:
            below.append(node)
            stack.extend(node.get("childIds", []))
    roles = [role(node) for node in below]
    assert roles.count("row") == 8 and roles.count("columnheader") == 2 and roles.count("rowheader") == 7, roles
    assert [name(node) for node in below if role(node) == "cell"].count("07:30–15:30") == 5
    context.close()
