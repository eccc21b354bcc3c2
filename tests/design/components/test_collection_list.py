"""The collection list (includes/collection_list.html, collection_item.html) in Chromium: every item has its date
in <time datetime>, a picture only where one was uploaded and then with its alternative text, one column on a
phone and several where there is room."""

import re

import pytest

from .conftest import assert_axe_clean_in_both_contrasts, sideways_scroll

pytestmark = pytest.mark.browser

ITEMS = """() => [...document.querySelectorAll(".collection-list__item")].map((item) => ({
  left: Math.round(item.getBoundingClientRect().left),
  right: item.getBoundingClientRect().right,
  datetime: [...item.querySelectorAll("time")].map((time) => time.getAttribute("datetime")),
  images: [...item.querySelectorAll("img")].map((img) => ({alt: img.getAttribute("alt"), loaded: img.naturalWidth})),
  title: item.querySelector("h2, h3").textContent.trim(),
}))"""
# The pictures are loading="lazy": Chromium may fire "load" before it has even asked for them, so wait until each
# one has either arrived or failed (a failed one has no natural width and fails the test).
PICTURES_SETTLED = """() => [...document.querySelectorAll(".collection-list__item img")].every((img) => img.complete)"""


def test_each_item_is_dated_and_pictured_only_by_a_real_picture(component):
    tab = component("collection_list", 1280)
    tab.wait_for_function(PICTURES_SETTLED)
    items = tab.evaluate(ITEMS)
    assert len(items) == 3
    for item in items:
        assert len(item["datetime"]) == 1 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["datetime"][0]), item
        assert all(image["alt"].strip() and image["loaded"] for image in item["images"]), item
    assert not items[1]["images"] and not items[2]["images"]  # no stand-in where nothing was uploaded
    assert len({item["left"] for item in items}) >= 2, "several columns at 1280 px"
    assert tab.get_by_role("article", name="Posiedzenie Zgromadzenia Związku").is_visible()
    assert_axe_clean_in_both_contrasts(tab)


def test_one_column_on_a_phone(component):
    tab = component("collection_list", 320)
    items = tab.evaluate(ITEMS)
    assert len({item["left"] for item in items}) == 1 and all(item["right"] <= 320 for item in items), items
    assert sideways_scroll(tab) <= 0


@pytest.mark.parametrize("width, several", [(320, False), (1280, True)])
def test_the_news_index_is_a_collection(component, width, several):
    tab = component("collection_list", width, path="/aktualnosci/")
    items = tab.evaluate(ITEMS)
    assert items and all(len(item["datetime"]) == 1 for item in items)
    assert (len({item["left"] for item in items}) > 1) is several, items
    assert sideways_scroll(tab) <= 0
