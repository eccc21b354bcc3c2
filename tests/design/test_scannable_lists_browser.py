"""Lists a visitor scans: search results and the projects index have layouts of their own, not headings in a row.

Before, search results were ten headings as large as a page's sections, each under a bare list number, and the
filters a bulleted list; the projects index put each project in a lone 270 px card whose partner's name wrapped
over seven lines beside an empty row."""

import pytest

pytestmark = pytest.mark.browser


def test_search_results_show_what_each_is_at_a_glance(page, assert_accessible):
    page.goto("/szukaj/?q=uchwa%C5%82a")
    sizes = page.evaluate("""() => ({
        h1: parseFloat(getComputedStyle(document.querySelector("main h1")).fontSize),
        title: parseFloat(getComputedStyle(document.querySelector(".search-result h2")).fontSize),
        text: parseFloat(getComputedStyle(document.querySelector(".search-result__excerpt")).fontSize),
        markers: getComputedStyle(document.querySelector(".search-results")).listStyleType,
        filterTops: [...document.querySelectorAll(".search-kinds li")].map(li => Math.round(li.getBoundingClientRect().top)),
    })""")
    assert sizes["title"] <= sizes["h1"] * 0.65 and sizes["title"] > sizes["text"], sizes
    assert sizes["markers"] == "none", sizes
    assert len(set(sizes["filterTops"])) == 1, f"the kinds' filters should sit in one row at 1280 px: {sizes}"
    kind = page.locator(".search-result__kind").first
    assert kind.is_visible() and kind.evaluate("el => getComputedStyle(el).borderTopStyle") == "solid"
    assert_accessible(page)


@pytest.mark.parametrize("width", [320, 1280])
def test_each_project_of_the_index_is_a_row_as_wide_as_the_text(browser, live_site, width):
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport={"width": width, "height": 900})
    tab = context.new_page()
    tab.goto("/projekty/")
    boxes = tab.evaluate("""() => [...document.querySelectorAll(".project-card")].map(card => {
        const box = card.getBoundingClientRect(), text = card.closest("main .container") || document.body;
        const partner = [...card.querySelectorAll("dd")].pop().getBoundingClientRect();
        return {width: box.width, room: text.getBoundingClientRect().width, partnerLines: partner.height / parseFloat(getComputedStyle(card).lineHeight)};
    })""")
    context.close()
    assert len(boxes) >= 2
    for box in boxes:
        assert box["width"] >= min(box["room"] - 40, 52 * 16 * 0.9), box
        assert box["partnerLines"] <= (4 if width == 320 else 2.2), box
