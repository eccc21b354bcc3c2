"""The header and service navigation (includes/header.html) in Chromium: at 320 px the Menu and Szukaj buttons
fold and unfold the menu and the search form, saying so with aria-expanded; at 1280 px both are simply shown and
the buttons are gone; axe finds nothing in either contrast."""

import pytest

from .conftest import assert_axe_clean_in_both_contrasts, sideways_scroll

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/wzorce/header/", "/"])
def test_the_menu_and_search_fold_behind_buttons_on_a_phone(component, path):
    tab = component("header", 320, path=path)
    header = tab.locator("header.site-header")
    menu = header.get_by_role("navigation", name="Menu główne")
    search = header.get_by_role("searchbox", name="Szukaj w serwisie")
    for button_name, panel in (("Menu", menu), ("Szukaj", search)):
        button = header.locator("button[aria-expanded]", has_text=button_name)
        assert button.is_visible() and button.get_attribute("aria-expanded") == "false"
        assert not panel.is_visible()
        button.click()
        assert button.get_attribute("aria-expanded") == "true" and panel.is_visible()
        button.click()
        assert button.get_attribute("aria-expanded") == "false" and not panel.is_visible()
    assert sideways_scroll(tab) <= 0


def test_the_menu_is_shown_without_buttons_on_a_desktop(component):
    tab = component("header", 1280)
    header = tab.locator("header.site-header")
    assert header.get_by_role("navigation", name="Menu główne").is_visible()
    assert header.get_by_role("searchbox", name="Szukaj w serwisie").is_visible()
    assert header.get_by_role("navigation", name="Informacje publiczne i dostępność").is_visible()
    for button_name in ("Menu", "Szukaj"):  # the disclosure buttons; search's own submit button stays
        assert not header.locator("button[aria-expanded]", has_text=button_name).is_visible()
    assert_axe_clean_in_both_contrasts(tab)
