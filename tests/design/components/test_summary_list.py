"""Summary list (includes/summary_list.html + summary_row.html): labels beside values with room, above them on a
phone at any text size, one value per <dd>, nothing pushed sideways."""

import pytest

from .conftest import assert_axe_clean_in_both_contrasts, sideways_scroll

pytestmark = pytest.mark.browser

ROWS = """() => [...document.querySelectorAll('.pattern__example .summary-list__row')].map((row) => {
  const label = row.querySelector('dt').getBoundingClientRect();
  const values = [...row.querySelectorAll('dd')].map((dd) => dd.getBoundingClientRect());
  return {label: row.querySelector('dt').textContent.trim(), top: label.top, bottom: label.bottom, right: label.right,
          values: values.map((box) => ({top: box.top, left: box.left}))};
})"""


def test_labels_sit_beside_their_values_on_a_desktop(component):
    tab = component("summary_list", width=1280)
    rows = tab.evaluate(ROWS)
    assert [row["label"] for row in rows] == ["Adres", "E-mail", "Rachunek bankowy (ING Bank Śląski)",
                                               "Partnerzy projektu"]
    for row in rows:
        first = row["values"][0]
        assert first["left"] > row["right"] and abs(first["top"] - row["top"]) < 4, row
    partners = rows[-1]["values"]
    assert len(partners) == 2 and partners[1]["top"] > partners[0]["top"]  # one partner per line


@pytest.mark.parametrize("size", ["A", "A+", "A++"])
def test_labels_stand_above_their_values_on_a_phone(component, size):
    tab = component("summary_list", width=320, size=size)
    for row in tab.evaluate(ROWS):
        assert row["values"][0]["top"] >= row["bottom"] - 1, row
    assert sideways_scroll(tab) <= 0
    email = tab.locator(".pattern__example a[href^='mailto:']")
    if size != "A++":  # the value has the row's whole width: the address stays on one line
        assert email.evaluate("(link) => link.getClientRects().length") == 1
    value = email.locator("xpath=ancestor::dd").bounding_box()
    for line in email.evaluate("(link) => [...link.getClientRects()].map((box) => box.right)"):
        assert line <= value["x"] + value["width"] + 1  # at A++ it wraps inside its box, never past it


def test_axe_finds_nothing_in_both_contrasts(component):
    assert_axe_clean_in_both_contrasts(component("summary_list"))
