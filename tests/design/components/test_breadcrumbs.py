"""Breadcrumbs (includes/breadcrumbs.html): a labelled trail from the home page to the page open now."""

import pytest

from .conftest import assert_axe_clean_in_both_contrasts, sideways_scroll

pytestmark = pytest.mark.browser


def test_the_trail_leads_home_and_marks_the_open_page(component):
    tab = component("breadcrumbs")
    trail = tab.get_by_role("navigation", name="Okruszki")
    assert trail.get_by_role("listitem").all_inner_texts() == ["Strona główna", "Związek", "Statut"]
    assert trail.get_by_role("link").count() == 2
    assert trail.locator("[aria-current=page]").inner_text() == "Statut"


def test_on_a_phone_at_the_largest_text_the_trail_wraps_instead_of_scrolling(component):
    tab = component("breadcrumbs", width=320, size="A++")
    assert sideways_scroll(tab) <= 0
    assert tab.get_by_role("navigation", name="Okruszki").is_visible()


def test_axe_finds_nothing_in_both_contrasts(component):
    assert_axe_clean_in_both_contrasts(component("breadcrumbs"))
