"""Guide, part 4: an office editor (Sekretariat) adds a file to a project's "Pliki do pobrania" tab, uploading it
from the computer in the file chooser, and publishes; the project's downloads tab lists it under its heading."""

import pytest

from core.demo.files import make_pdf

from .conftest import UPLOADED_TITLES
from .guide import shot
from .steps import click_and_wait_for_listing, explore, fill_document_upload, pencil, publish_button

pytestmark = pytest.mark.browser

PROJECT = "Szkolenia cyfrowe dla urzędników"
DESCRIPTION = "Plan czterech modułów szkolenia z terminami."


def test_sekretariat_adds_a_file_to_a_project(open_tab, tmp_path):
    pdf = tmp_path / "program-szkolen.pdf"
    pdf.write_bytes(make_pdf("Program szkoleń cyfrowych", ["Moduł 1: podpis elektroniczny i ePUAP."]))

    tab = open_tab("Sekretariat")
    explore(tab, "Związek Gmin i Powiatów Subregionu Zachodniego", "Projekty")
    pencil(tab, PROJECT).click()
    downloads = tab.get_by_role("tab", name="Pliki do pobrania")
    shot(tab, "pliki-zakladka", downloads)
    downloads.click()
    add = tab.get_by_role("button", name="Dodaj: plik")
    shot(tab, "pliki-dodaj", add)
    add.click()

    row = tab.locator("#inline_child_downloads-0")
    tab.fill("#id_downloads-0-group_heading", "Materiały szkoleniowe")
    chooser, upload = fill_document_upload(
        tab, row.locator(".chooser__choose-button"), pdf, UPLOADED_TITLES[1], "Projekty")
    shot(tab, "pliki-przeslij", upload)
    upload.click()
    chooser.wait_for(state="hidden")
    tab.fill("#id_downloads-0-description", DESCRIPTION)
    assert UPLOADED_TITLES[1] in row.inner_text()
    shot(tab, "pliki-opis", row)
    assert f"Strona „{PROJECT}” została opublikowana." in click_and_wait_for_listing(tab, publish_button(tab))

    visitor = open_tab()
    visitor.goto("/projekty/szkolenia-cyfrowe-dla-urzednikow/pliki/")
    panel = visitor.locator("#panel-downloads")
    assert "Materiały szkoleniowe" in panel.inner_text() and DESCRIPTION in panel.inner_text()
    link = panel.get_by_role("link", name=UPLOADED_TITLES[1])
    download = visitor.request.get(link.get_attribute("href"))
    assert download.status == 200 and download.body().startswith(b"%PDF")
    shot(visitor, "pliki-na-portalu", link)
