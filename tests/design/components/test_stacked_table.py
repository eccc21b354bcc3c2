"""Stacked table (includes/stacked_table.html): a table with room; on a phone each row its own block, every value
labelled by its column, and the page never scrolls sideways."""

import re

import pytest

from .conftest import assert_axe_clean_in_both_contrasts, sideways_scroll

pytestmark = pytest.mark.browser

CELLS = """() => [...document.querySelectorAll('.pattern__example tbody tr')].map((row) =>
  [...row.children].map((cell) => ({
    top: cell.getBoundingClientRect().top, left: cell.getBoundingClientRect().left,
    label: getComputedStyle(cell, '::before').content,
  })))"""


def test_a_desktop_sees_a_table_with_its_caption_and_column_headers(component):
    tab = component("stacked_table", width=1280)
    table = tab.get_by_role("table", name="Uchwały (przykład)")
    assert table.get_by_role("columnheader").all_inner_texts() == ["Numer", "Organ", "Data", "W sprawie", "Status",
                                                                   "Dokument"]
    for row in tab.evaluate(CELLS):
        assert len({round(cell["top"]) for cell in row}) == 1  # one line of cells per resolution
        assert [cell["left"] for cell in row] == sorted(cell["left"] for cell in row)


@pytest.mark.parametrize("size", ["A", "A+", "A++"])
def test_a_phone_sees_each_row_as_a_block_of_labelled_values(component, size):
    tab = component("stacked_table", width=320, size=size)
    assert sideways_scroll(tab) <= 0
    for row in tab.evaluate(CELLS):
        tops = [cell["top"] for cell in row]
        assert tops == sorted(tops) and len(set(tops)) == len(tops)  # values one under another
        labels = [re.match(r'"([^"]*)"', cell["label"]).group(1) for cell in row]
        assert labels == ["Numer", "Organ", "Data", "W sprawie", "Status", "Dokument"]
    # the column headers stay for screen readers, off the screen
    header = tab.locator(".pattern__example thead").bounding_box()
    assert header is None or header["height"] <= 1


def test_axe_finds_nothing_in_both_contrasts(component):
    assert_axe_clean_in_both_contrasts(component("stacked_table", width=320))
