"""Guide, part 3: an office editor (Sekretariat) opens a project's recruitment, builds its application form and
publishes it; a visitor applies; the editor finds the application under "Formularze" and downloads it as a CSV
file for Excel, which holds it."""

import csv
import datetime
import io
from zoneinfo import ZoneInfo

import pytest

from .guide import shot
from .steps import click_and_wait_for_listing, explore, fill_date, pencil, publish_button

pytestmark = pytest.mark.browser

PROJECT = "Szkolenia cyfrowe dla urzędników"
FIELDS = [  # label, type, choices
    ("Imię i nazwisko", "Tekst jednowierszowy", ""),
    ("E-mail", "Adres e-mail", ""),
    ("Urząd", "Lista wyboru", "Urząd gminy\nStarostwo powiatowe"),
]


def test_sekretariat_builds_a_recruitment_form_and_exports_the_applications(open_tab):
    tab = open_tab("Sekretariat")
    explore(tab, "Związek Gmin i Powiatów Subregionu Zachodniego", "Projekty")
    edit = pencil(tab, PROJECT)
    shot(tab, "nabor-projekt", edit)
    edit.click()
    recruitment = tab.get_by_role("tab", name="Nabór do projektu")
    shot(tab, "nabor-zakladka", recruitment)
    recruitment.click()

    today = datetime.datetime.now(ZoneInfo("Europe/Warsaw")).date()
    fill_date(tab, "#id_recruitment_opens_at", f"{today - datetime.timedelta(days=1):%d.%m.%Y} 08:00")
    fill_date(tab, "#id_recruitment_closes_at", f"{today + datetime.timedelta(days=30):%d.%m.%Y} 16:00")
    shot(tab, "nabor-terminy", tab.get_by_role("region", name="Termin naboru"))

    for index, (label, kind, choices) in enumerate(FIELDS):
        tab.get_by_role("button", name="Dodaj: pole formularza").click()
        tab.fill(f"#id_form_fields-{index}-label", label)
        tab.select_option(f"#id_form_fields-{index}-field_type", label=kind)
        if choices:
            tab.fill(f"#id_form_fields-{index}-choices", choices)
    shot(tab, "nabor-pola", tab.locator("#id_form_fields-2-choices"))
    tab.fill("#id_to_address", "rekrutacja@subregion.pl")
    shot(tab, "nabor-powiadomienie", tab.locator("#id_to_address"))
    button = publish_button(tab)
    shot(tab, "nabor-publikuj", button)
    assert f"Strona „{PROJECT}” została opublikowana." in click_and_wait_for_listing(tab, button)

    visitor = open_tab()
    visitor.goto("/projekty/szkolenia-cyfrowe-dla-urzednikow/nabor/")
    visitor.get_by_label("Imię i nazwisko").fill("Maria Zielińska")
    visitor.get_by_label("E-mail").fill("maria.zielinska@example.com")
    visitor.get_by_label("Urząd").select_option("Starostwo powiatowe")
    visitor.get_by_label("Wyrażam zgodę", exact=False).check()
    send = visitor.get_by_role("button", name="Wyślij zgłoszenie")
    shot(visitor, "nabor-zgloszenie", send)
    with visitor.expect_navigation():
        send.click()
    assert visitor.get_by_text("Dziękujemy, zgłoszenie zostało wysłane.").is_visible()

    tab.get_by_role("link", name="Formularze").click()
    form = tab.get_by_role("link", name=PROJECT)
    shot(tab, "nabor-formularze", form)
    form.click()
    assert "Maria Zielińska" in tab.locator("tr", has_text="maria.zielinska@example.com").inner_text()
    export = tab.get_by_role("link", name="Pobierz dla Excela (CSV)")
    shot(tab, "nabor-zgloszenia", export)
    with tab.expect_download() as download:
        export.click()
    rows = list(csv.reader(io.StringIO(download.value.path().read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert {"Imię i nazwisko", "E-mail", "Urząd"} <= set(rows[0])
    applicant = next(row for row in rows[1:] if "Maria Zielińska" in row)
    assert "maria.zielinska@example.com" in applicant and "Starostwo powiatowe" in applicant
