"""Tabs (includes/tabs.html) in Chromium: a labelled navigation, the current tab marked aria-current="page", a row at
1280 px and full-width links one under another at 320 px, each reached by the Tab key."""

import pytest

from .conftest import assert_axe_clean_in_both_contrasts, sideways_scroll

pytestmark = pytest.mark.browser

TABS = """() => [...document.querySelectorAll(".tabs__tab")].map((tab) => {
  const box = tab.getBoundingClientRect();
  const list = tab.closest(".tabs__list").getBoundingClientRect();
  return {text: tab.textContent.trim(), current: tab.getAttribute("aria-current"), top: box.top, bottom: box.bottom,
          left: box.left, width: box.width, listLeft: list.left, listWidth: list.width};
})"""
NAMES = ["Opis projektu", "Nabór do projektu", "Pliki do pobrania"]


def test_a_row_of_tabs_on_a_desktop_reached_by_tab(component):
    tab = component("tabs", 1280)
    nav = tab.get_by_role("navigation", name="Zakładki projektu")
    assert [link.inner_text() for link in nav.get_by_role("link").all()] == NAMES
    tabs = tab.evaluate(TABS)
    assert [each["current"] for each in tabs] == ["page", None, None]
    assert len({round(each["top"]) for each in tabs}) == 1, "not one row"
    tab.get_by_role("link", name="Wszystkie wzorce komponentów").focus()
    focused = []
    for _ in range(10):
        tab.keyboard.press("Tab")
        focused.append(tab.evaluate("document.activeElement.classList.contains('tabs__tab') ? document.activeElement.textContent.trim() : ''"))
    assert [name for name in focused if name] == NAMES
    assert_axe_clean_in_both_contrasts(tab)


def test_tabs_stand_one_under_another_on_a_phone(component):
    tab = component("tabs", 320)
    tabs = tab.evaluate(TABS)
    assert [each["text"] for each in tabs] == NAMES
    for above, below in zip(tabs, tabs[1:]):
        assert below["top"] >= above["bottom"] - 1
    for each in tabs:
        assert each["left"] == pytest.approx(each["listLeft"], abs=1)
        assert each["width"] == pytest.approx(each["listWidth"], abs=1)
    assert sideways_scroll(tab) <= 0
