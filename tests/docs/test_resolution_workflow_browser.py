"""Guide, part 2: a resolution through the "Akceptacja uchwał" workflow. An editor (Redakcja) enters it with its
PDF and sends it for approval; it waits, not public; a Publikujący member sees what goes public, confirms and
approves, and the register shows it with its author."""

import re

import pytest

from core.demo.files import make_pdf

from .conftest import RESOLUTION_NUMBER, UPLOADED_TITLES
from .guide import shot
from .steps import explore, fill_date, fill_document_upload

pytestmark = pytest.mark.browser

TITLE = "w sprawie zakupu sprzętu komputerowego dla Biura"
PUBLIC_URL = "/uchwaly/zarzad/2025/5/"


def test_redakcja_submits_a_resolution_and_publikujacy_approves_it(open_tab, live_site, tmp_path):
    pdf = tmp_path / "uchwala-5-2025.pdf"
    pdf.write_bytes(make_pdf("Uchwała nr 5/2025 Zarządu Związku", ["Zarząd postanawia kupić sprzęt komputerowy."]))

    editor = open_tab("Redakcja")
    explore(editor)
    register = editor.locator(".c-page-explorer__item__link", has_text="Uchwały")
    shot(editor, "uchwala-rejestr", register)
    register.click()
    add = editor.get_by_role("link", name="Dodaj stronę podrzędną")
    shot(editor, "uchwala-dodaj", add)
    add.click()

    editor.fill("#id_title", TITLE)
    fill_date(editor, "#id_adopted_on", "12.03.2025")
    editor.fill("#id_number", RESOLUTION_NUMBER)
    editor.select_option("#id_body", label="Zarząd Związku")
    shot(editor, "uchwala-numer", editor.locator("#id_number"))
    summary = editor.locator("[data-contentpath=summary] [role=textbox]")
    summary.click()
    editor.keyboard.type("Zarząd Związku postanawia kupić sprzęt komputerowy dla Biura Związku.")
    shot(editor, "uchwala-tresc", summary)

    document = editor.locator("#id_document-chooser")
    chooser, upload = fill_document_upload(
        editor, document.locator(".chooser__choose-button"), pdf, UPLOADED_TITLES[0], "Uchwały")
    shot(editor, "uchwala-plik", upload)
    upload.click()
    chooser.wait_for(state="hidden")
    check = editor.locator(".portal-scan-check")
    check.wait_for()
    assert "warstwę tekstową" in check.inner_text()
    shot(editor, "uchwala-plik-sprawdzony", check)

    if not editor.locator("#id_change_note").input_value():
        editor.fill("#id_change_note", "Utworzenie dokumentu")
    editor.get_by_role("button", name="Więcej akcji").click()
    assert editor.get_by_role("button", name="Opublikuj", exact=True).count() == 0
    submit = editor.get_by_role("button", name="Wyślij do: Akceptacja uchwał")
    shot(editor, "uchwala-wyslij", submit)
    submit.click()
    editor.wait_for_url(re.compile(r"/admin/pages/\d+/$"))
    assert "przekazana do akceptacji" in editor.locator(".messages").inner_text()
    row = editor.locator("tr", has_text=TITLE)
    assert "CZEKA NA AKCEPTACJĘ" in row.inner_text().upper()
    shot(editor, "uchwala-czeka-na-akceptacje", row)
    assert editor.request.get(live_site.url + PUBLIC_URL).status == 404

    publisher = open_tab("Publikujący")
    waiting = publisher.get_by_role("region", name="Uchwały czekające na akceptację")
    shot(publisher, "uchwala-pulpit-publikujacego", waiting.locator("tr", has_text=TITLE))
    row = publisher.locator("tr", has_text=TITLE)
    row.locator("[data-w-dropdown-target='toggle']").click()
    approve = row.get_by_role("button", name="Akceptuj i opublikuj")
    shot(publisher, "uchwala-akceptuj", approve)
    approve.click()

    modal = publisher.locator(".modal-content")
    modal.get_by_role("heading", name="Co zostanie opublikowane").wait_for()
    summary_text = modal.inner_text()
    for expected in [
        "Uchwała nr 5/2025 Zarządu Związku z dnia 12 marca 2025 r.",
        TITLE,
        PUBLIC_URL,
        UPLOADED_TITLES[0],
        "Utworzenie dokumentu",
        "Ewa Kowalska",
    ]:
        assert expected in summary_text, expected
    shot(publisher, "uchwala-co-zostanie-opublikowane")
    confirm = modal.get_by_label("Potwierdzam: ta wersja ma zostać opublikowana")
    confirm.check()
    shot(publisher, "uchwala-potwierdzam", confirm)
    with publisher.expect_navigation():
        modal.get_by_role("button", name="Akceptuj i opublikuj").click()
    assert "Żadna uchwała nie czeka na akceptację" in waiting.inner_text()

    visitor = open_tab()
    assert visitor.goto(PUBLIC_URL).status == 200
    author = visitor.locator("dt:text-is('Wprowadził') + dd")
    assert author.inner_text() == "Ewa Kowalska"
    shot(visitor, "uchwala-w-rejestrze", author)
