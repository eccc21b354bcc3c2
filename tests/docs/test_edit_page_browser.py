"""Guide, part 1: an office editor (Sekretariat) logs in, finds "Działalność" in the page explorer, changes its
introduction and publishes it; the public page shows the new text."""

import re

import pytest

from .conftest import PASSWORD, STAFF
from .guide import shot
from .steps import click_and_wait_for_listing, explore, pencil, publish_button

pytestmark = pytest.mark.browser

NEW_INTRO = (
    "Wspólne inwestycje, opinie i stanowiska, projekty unijne, szkolenia i współpraca z organizacjami pozarządowymi."
)


def test_sekretariat_edits_and_publishes_a_page(open_tab):
    tab = open_tab()
    tab.goto("/admin/login/")
    tab.fill("#id_username", STAFF["Sekretariat"][0])
    tab.fill("#id_password", PASSWORD)
    shot(tab, "logowanie", tab.locator("form button[type=submit]"))
    tab.locator("form button[type=submit]").click()
    tab.wait_for_url(re.compile(r"/admin/$"))
    assert "Sekretariat" in tab.locator("#portal-groups-section, main").first.inner_text()
    shot(tab, "strona-pulpit", tab.get_by_role("button", name="Strony"))

    explore(tab, "Związek Gmin i Powiatów Subregionu Zachodniego")
    arrow = tab.get_by_role("link", name="Wyświetl podstrony dla 'Związek'", exact=True)
    shot(tab, "strona-drzewo", arrow)
    arrow.click()
    edit = pencil(tab, "Działalność")
    shot(tab, "strona-olowek", edit)
    edit.click()

    intro = tab.get_by_role("textbox", name="Wstęp")
    intro.fill(NEW_INTRO)
    shot(tab, "strona-edycja", intro)
    button = publish_button(tab)
    shot(tab, "strona-publikuj", button)
    message = click_and_wait_for_listing(tab, button)
    assert "Strona „Działalność” została opublikowana." in message
    shot(tab, "strona-opublikowana", tab.locator(".messages"))

    tab.goto("/zwiazek/dzialalnosc/")
    assert tab.locator("main").get_by_text(NEW_INTRO).is_visible()
    shot(tab, "strona-na-portalu", tab.locator("main").get_by_text(NEW_INTRO))
