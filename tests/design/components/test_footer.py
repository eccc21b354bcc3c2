"""Footer (includes/footer.html): the association's contact with working phone and e-mail links, recommended links
and the site's information, in columns with room and one under another on a phone."""

import pytest

from .conftest import assert_axe_clean_in_both_contrasts, sideways_scroll

pytestmark = pytest.mark.browser

COLUMNS = "() => [...document.querySelectorAll('.site-footer__inner > *')].map((part) => part.getBoundingClientRect().top)"


def test_contact_links_dial_and_write(component):
    footer = component("footer").locator(".site-footer")
    contact = footer.get_by_role("region", name="Kontakt")
    phone = contact.locator("a[href^='tel:']")
    assert phone.count() == 1 and phone.get_attribute("href").removeprefix("tel:").lstrip("+").isdigit()
    assert contact.locator("a[href^='mailto:']").count() == 1
    assert footer.get_by_role("navigation", name="Informacje o serwisie").get_by_role("link").count() >= 3


def test_columns_side_by_side_on_a_desktop_and_stacked_on_a_phone(component):
    wide = component("footer", width=1280).evaluate(COLUMNS)
    assert len(wide) >= 3 and len({round(top) for top in wide}) == 1
    narrow_tab = component("footer", width=320, size="A++")
    narrow = narrow_tab.evaluate(COLUMNS)
    assert narrow == sorted(narrow) and len(set(narrow)) == len(narrow)
    assert sideways_scroll(narrow_tab) <= 0


def test_axe_finds_nothing_in_both_contrasts(component):
    assert_axe_clean_in_both_contrasts(component("footer"))
