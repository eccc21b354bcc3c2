"""In Chromium, as a Redakcja member: picking a scanned PDF in the resolution editor's document chooser shows the
scan warning at once, before the page is saved; picking a PDF with text says it is readable."""


import pytest

from tests.conftest import log_in_to_admin

pytestmark = pytest.mark.browser

USERNAME, PASSWORD = "redaktorka-skanow", "haslo-redaktorki-skanow-7"
SETUP = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from core.demo.files import make_pdf, make_scanned_pdf
from resolutions.models import ResolutionIndexPage
user, _ = get_user_model().objects.get_or_create(username="{USERNAME}")
user.set_password("{PASSWORD}"); user.save(); user.groups.add(Group.objects.get(name="Redakcja"))
Document = get_document_model()
for title, content in [("Skan próbny żyrafy", make_scanned_pdf()),
                       ("Tekst próbny żyrafy", make_pdf("Uchwała", ["Treść z warstwą tekstową."]))]:
    document = Document(title=title)
    document.file.save(title.replace(" ", "_") + ".pdf", ContentFile(content), save=False)
    document.file_size = len(content); document.save()
print(ResolutionIndexPage.objects.get(locale__language_code="pl").pk)
"""
TEARDOWN = f"""
from django.contrib.auth import get_user_model
from wagtail.documents import get_document_model
get_document_model().objects.filter(title__endswith="próbny żyrafy").delete()
get_user_model().objects.filter(username="{USERNAME}").delete()
"""


def _pick(tab, title):
    modal = tab.locator(".modal-content")
    modal.get_by_role("link", name=title).click()
    modal.wait_for(state="hidden")


def test_scan_warning_appears_when_the_file_is_chosen(page, live_site):
    register = live_site.manage("shell", "-c", SETUP).strip().splitlines()[-1]
    try:
        log_in_to_admin(page, USERNAME, PASSWORD)
        page.goto(f"/admin/pages/add/resolutions/resolutionpage/{register}/")

        chooser = page.locator("#id_document-chooser")
        chooser.locator(".chooser__choose-button").click()
        _pick(page, "Skan próbny żyrafy")
        note = page.locator(".portal-scan-check")
        note.wait_for()
        assert "skan bez warstwy tekstowej" in note.inner_text()
        assert note.get_attribute("role") == "status" and "help-warning" in note.get_attribute("class")

        chooser.get_by_role("button", name="Akcje").click()
        chooser.get_by_role("button", name="Wybierz inny dokument").click()
        _pick(page, "Tekst próbny żyrafy")
        page.wait_for_function(
            "() => document.querySelector('.portal-scan-check').textContent.includes('warstwę tekstową')")
        assert "help-info" in note.get_attribute("class") and "help-warning" not in note.get_attribute("class")
    finally:
        live_site.manage("shell", "-c", TEARDOWN)
