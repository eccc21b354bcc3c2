"""In Chromium, as an office editor (Sekretariat): translate a new Polish project into English entirely through
the admin (wagtail-localize's "Przetłumacz tę stronę", the segments through a PO file as an outside translator
would do them, "Opublikuj wersję: angielski"), then move its start date and change its cost in Polish, publish
and sync: the English page shows the new date and amount with its English text unchanged."""

import re

import polib
import pytest

from tests.conftest import log_in_to_admin

pytestmark = pytest.mark.browser

USERNAME, PASSWORD = "sekretariat-tlumaczy", "haslo-sekretariatu-tlumaczy-9"
SETUP = f"""
import datetime
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from projects.models import ProjectIndexPage, ProjectPage, ProjectPartner
user, _ = get_user_model().objects.get_or_create(username="{USERNAME}")
user.set_password("{PASSWORD}"); user.save(); user.groups.add(Group.objects.get(name="Sekretariat"))
index = ProjectIndexPage.objects.get(locale__language_code="pl")
project = ProjectPage(title="Projekt próbny żyrafa", slug="projekt-probny-zyrafa", start_date=datetime.date(2026, 3, 2),
                      end_date=datetime.date(2026, 12, 31), total_cost="1500.00", main_goal="Cel próbny żyrafy.",
                      eligibility="<p>Mieszkańcy subregionu.</p>",
                      partners=[ProjectPartner(name="Związek Gmin i Powiatów Subregionu Zachodniego", role="lead")])
index.add_child(instance=project)
project.save_revision().publish()
print(project.pk)
"""
TEARDOWN = f"""
from django.contrib.auth import get_user_model
from wagtail.models import Page
for page in Page.objects.filter(translation_key=Page.objects.get(slug="projekt-probny-zyrafa").translation_key):
    page.delete()
get_user_model().objects.filter(username="{USERNAME}").delete()
"""
ENGLISH = {
    "Projekt próbny żyrafa": "Giraffe trial project",
    "projekt-probny-zyrafa": "giraffe-trial-project",
    "Cel próbny żyrafy.": "The giraffe trial goal.",
    "Mieszkańcy subregionu.": "Residents of the subregion.",
}
ENGLISH_URL = "/en/projects/giraffe-trial-project/"


def translate_po_file(path):
    """What the outside translator does: fill in every string of the downloaded PO file."""
    po = polib.pofile(str(path))
    assert {entry.msgid for entry in po} >= set(ENGLISH)
    for entry in po:
        entry.msgstr = ENGLISH.get(entry.msgid, entry.msgid)
    po.save(str(path))
    return path


def publish_polish_page(tab):
    tab.locator("footer .w-dropdown__toggle").first.click()
    tab.get_by_role("button", name="Opublikuj", exact=True).click()
    tab.wait_for_url(re.compile(r"/admin/pages/\d+/$"))


def test_an_editor_translates_a_project_and_later_syncs_its_new_dates(browser, live_site, tmp_path):
    polish_pk = live_site.manage("shell", "-c", SETUP).strip().splitlines()[-1]
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport={"width": 1280, "height": 900},
                                  accept_downloads=True)
    tab = context.new_page()
    tab.set_default_timeout(20_000)
    try:
        log_in_to_admin(tab, USERNAME, PASSWORD)
        tab.goto(f"/admin/pages/{polish_pk}/edit/")
        tab.get_by_role("button", name="Akcje").first.click()
        tab.get_by_role("link", name="Przetłumacz tę stronę").click()
        tab.get_by_label("angielski").check()
        tab.get_by_role("button", name="Wyślij").click()
        tab.wait_for_url(re.compile(r"/admin/pages/(?!%s/)\d+/edit/" % polish_pk))
        assert "przekazana do tłumaczenia" in tab.locator(".messages").inner_text()

        with tab.expect_download() as download:
            tab.get_by_role("link", name="Pobierz plik PO").click()
        po_file = translate_po_file(download.value.path())
        with tab.expect_file_chooser() as chooser:
            tab.get_by_role("button", name="Wgraj plik PO").first.click()
        chooser.value.set_files(str(po_file))
        tab.locator(".messages", has_text="zaimportowano").wait_for()
        tab.get_by_role("button", name="Opublikuj wersję: angielski").click()
        tab.locator(".messages", has_text="Opublikowano").wait_for()

        visitor = context.new_page()
        visitor.goto(ENGLISH_URL)
        english = visitor.locator("main").inner_text()
        assert "Giraffe trial project" in visitor.locator("h1").inner_text()
        assert "The giraffe trial goal." in english and "PLN\xa01,500.00" in english and "2 March 2026" in english

        tab.goto(f"/admin/pages/{polish_pk}/edit/")
        tab.fill("#id_start_date", "15.04.2026")
        tab.fill("#id_total_cost", "1 750,00")
        publish_polish_page(tab)
        row = tab.locator("tr", has_text="Projekt próbny żyrafa")
        assert "tłumaczenie nieaktualne" in row.inner_text()

        tab.goto(f"/admin/pages/{polish_pk}/edit/")
        warning = tab.locator(".messages", has_text="nie mają jeszcze zmian")
        warning.get_by_role("link", name="Zsynchronizuj przetłumaczone strony").click()
        tab.get_by_label("Opublikuj teraz").check()
        tab.get_by_role("button", name="Wyślij").click()
        tab.wait_for_url(re.compile(r"/admin/pages/%s/edit/" % polish_pk))

        visitor.goto(ENGLISH_URL)
        english = visitor.locator("main").inner_text()
        assert "15 April 2026" in english and "2 March 2026" not in english
        assert "PLN\xa01,750.00" in english
        assert "Giraffe trial project" in visitor.locator("h1").inner_text() and "The giraffe trial goal." in english
    finally:
        context.close()
        live_site.manage("shell", "-c", TEARDOWN)
