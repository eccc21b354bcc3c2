"""Guide, part 6: an office editor (Sekretariat) does the yearly review of the accessibility statement: adds an
inaccessible item with its alternative, enters the review date and the contact person, and publishes; the public
statement lists the item and passes the structure check an automated monitor runs (``statement_checker``)."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from tests.home.statement_checker import check_statement

from .guide import shot
from .steps import click_and_wait_for_listing, explore, fill_date, pencil, publish_button

pytestmark = pytest.mark.browser

ITEM = "Nagrania posiedzeń Zgromadzenia Ogólnego nie mają napisów"
ALTERNATIVE = "protokoły posiedzeń w BIP; na prośbę wyślemy zapis tekstowy"
CONTACT = "Anna Nowak, koordynatorka ds. dostępności"


def test_sekretariat_reviews_the_accessibility_statement(open_tab):
    tab = open_tab("Sekretariat")
    explore(tab, "Związek Gmin i Powiatów Subregionu Zachodniego")
    edit = pencil(tab, "Deklaracja dostępności")
    shot(tab, "deklaracja-olowek", edit)
    edit.click()

    index = int(tab.locator("#id_issues-TOTAL_FORMS").input_value())
    tab.get_by_role("button", name="Dodaj: treść niedostępna").click()
    tab.fill(f"#id_issues-{index}-content", ITEM)
    tab.select_option(f"#id_issues-{index}-kind", label="niezgodność z wymaganiami (do usunięcia)")
    tab.fill(f"#id_issues-{index}-alternative", ALTERNATIVE)
    shot(tab, "deklaracja-tresc-niedostepna", tab.locator(f"#id_issues-{index}-content"))

    today = datetime.datetime.now(ZoneInfo("Europe/Warsaw")).date()
    fill_date(tab, "#id_reviewed_on", f"{today:%d.%m.%Y}")
    tab.fill("#id_contact_person", CONTACT)
    shot(tab, "deklaracja-przeglad", tab.locator("#id_reviewed_on"))
    assert "została opublikowana" in click_and_wait_for_listing(tab, publish_button(tab))

    visitor = open_tab()
    visitor.goto("/deklaracja-dostepnosci/")
    assert check_statement(visitor.content(), "pl", audited=False) == []
    statement = visitor.locator("main")
    assert ITEM in statement.inner_text() and CONTACT in statement.inner_text()
    assert visitor.locator("#a11y-data-przeglad").get_attribute("datetime") == today.isoformat()
    shot(visitor, "deklaracja-na-portalu", statement.get_by_text(ITEM))
