"""Notices: the site-wide notice (includes/site_notice.html) in its two levels and the callout block an editor puts
in a page (blocks/callout_block.html)."""

import pytest

from .conftest import assert_axe_clean_in_both_contrasts, sideways_scroll

pytestmark = pytest.mark.browser


def test_the_two_levels_say_what_they_are_and_look_different(component):
    tab = component("site_notice")
    notices = tab.get_by_role("region", name="Komunikat")
    assert notices.count() == 2
    assert notices.nth(0).inner_text().startswith("Informacja:")
    assert notices.nth(1).inner_text().startswith("Ostrzeżenie:")
    looks = [notice.evaluate("(box) => getComputedStyle(box).backgroundColor + getComputedStyle(box).borderTopColor")
             for notice in notices.all()]
    assert looks[0] != looks[1]  # a warning is told apart by more than its word


def test_the_notice_link_says_where_it_leads_and_is_reached_by_tab(component):
    tab = component("site_notice")
    link = tab.get_by_role("link", name="Więcej o komunikacie").first
    tab.get_by_role("button", name="Kontrast").focus()
    for _ in range(5):
        tab.keyboard.press("Tab")
        if tab.evaluate("document.activeElement.closest('[data-site-notice]') !== null"):
            break
    assert link.evaluate("(element) => element === document.activeElement")


def test_a_callout_is_a_named_aside_in_each_style(component):
    tab = component("callout_block")
    asides = tab.locator(".pattern__example aside.callout")
    assert asides.count() == 2
    assert tab.get_by_role("complementary", name="Do wiadomości").is_visible()


@pytest.mark.parametrize("slug", ["site_notice", "callout_block"])
def test_they_fit_a_phone_at_the_largest_text(component, slug):
    assert sideways_scroll(component(slug, width=320, size="A++")) <= 0


@pytest.mark.parametrize("slug", ["site_notice", "callout_block"])
def test_axe_finds_nothing_in_both_contrasts(component, slug):
    assert_axe_clean_in_both_contrasts(component(slug))
