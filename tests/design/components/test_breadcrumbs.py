"""Breadcrumbs (includes/breadcrumbs.html): a labelled trail from the home page to the page open now."""

import pytest

from tests.conftest import axe_violations, format_violations

from .conftest import SIDEWAYS

pytestmark = pytest.mark.browser


def test_the_trail_leads_home_and_marks_the_open_page(component):
    tab = component("breadcrumbs")
    trail = tab.get_by_role("navigation", name="Okruszki")
    assert trail.get_by_role("listitem").all_inner_texts() == ["Strona główna", "Związek", "Statut"]
    assert trail.get_by_role("link").count() == 2
    assert trail.locator("[aria-current=page]").inner_text() == "Statut"


def test_on_a_phone_at_the_largest_text_the_trail_wraps_instead_of_scrolling(component):
    tab = component("breadcrumbs", width=320, size="A++")
    assert tab.evaluate(SIDEWAYS) <= 0
    assert tab.get_by_role("navigation", name="Okruszki").is_visible()


@pytest.mark.parametrize("contrast", [False, True])
def test_axe_finds_nothing(component, contrast):
    violations = axe_violations(component("breadcrumbs", contrast=contrast))
    assert not violations, format_violations(violations)
