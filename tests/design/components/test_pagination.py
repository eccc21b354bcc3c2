"""Pagination (includes/pagination.html): a labelled navigation that says which page is open, reached by the Tab
key, and fits a phone at the largest text."""

import pytest

from .conftest import assert_axe_clean_in_both_contrasts, sideways_scroll

pytestmark = pytest.mark.browser


def test_it_says_which_page_is_open_and_offers_its_neighbours(component):
    tab = component("pagination")
    nav = tab.get_by_role("navigation", name="Stronicowanie")
    assert nav.locator("[aria-current=page]").inner_text().split() == ["Strona", "5"]  # "5" on screen
    names = [link.get_attribute("href") for link in nav.get_by_role("link").all()]
    assert names[0] == "?page=4" and names[-1] == "?page=6"  # Poprzednia … Następna
    assert {"?page=1", "?page=12", "?page=3", "?page=7"} <= set(names)
    assert nav.get_by_role("link", name="Następna strona").is_visible()


def test_the_tab_key_goes_through_the_links_in_order(component):
    tab = component("pagination")
    nav = tab.get_by_role("navigation", name="Stronicowanie")
    first = nav.get_by_role("link").first
    first.focus()
    visited = [tab.evaluate("document.activeElement.getAttribute('href')")]
    for _ in range(nav.get_by_role("link").count() - 1):
        tab.keyboard.press("Tab")
        visited.append(tab.evaluate("document.activeElement.getAttribute('href')"))
    assert visited == [link.get_attribute("href") for link in nav.get_by_role("link").all()]
    outline = tab.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"


@pytest.mark.parametrize("size", ["A", "A++"])
def test_it_fits_a_phone(component, size):
    tab = component("pagination", width=320, size=size)
    assert sideways_scroll(tab) <= 0
    for link in tab.locator(".pagination a").all():  # targets big enough for a thumb
        box = link.bounding_box()
        assert box["width"] >= 24 and box["height"] >= 24, box


def test_axe_finds_nothing_in_both_contrasts(component):
    assert_axe_clean_in_both_contrasts(component("pagination"))
