"""The approval as a Publikujący member does it, in Chromium: from the dashboard, "Akceptuj i opublikuj" opens
what goes public; without the confirmation nothing is published, with it the resolution is public and its
BIP metadata names the Redakcja member who entered it."""

import pytest

from tests.conftest import log_in_to_admin

pytestmark = pytest.mark.browser

SETUP = """
import datetime
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from members.models import StatutoryBody
from resolutions.models import ResolutionIndexPage, ResolutionPage
User = get_user_model()
author, _ = User.objects.get_or_create(username="ewa-autorka", defaults={"first_name": "Ewa", "last_name": "Autorka"})
author.groups.add(Group.objects.get(name="Redakcja"))
publisher, _ = User.objects.get_or_create(username="piotr-zatwierdza", defaults={"first_name": "Piotr", "last_name": "Zatwierdzający"})
publisher.set_password("haslo-publikujacego-7"); publisher.save(); publisher.groups.add(Group.objects.get(name="Publikujący"))
register = ResolutionIndexPage.objects.get(locale__language_code="pl")
page = ResolutionPage(title="w sprawie przeglądu przeglądarkowego", slug="zarzad-2033-7", number="7/2033",
                      body=StatutoryBody.objects.get(locale__language_code="pl", slug="zarzad"), adopted_on=datetime.date(2033, 3, 1),
                      change_note="Utworzenie dokumentu", owner=author, live=False)
register.add_child(instance=page)
page.save_revision(user=author)
page.get_workflow().start(page, author)
print(page.pk)
"""
RESTORE = """
from django.contrib.auth import get_user_model
from resolutions.models import ResolutionPage
for page in ResolutionPage.objects.filter(number="7/2033"):
    page.delete()
get_user_model().objects.filter(username__in=["ewa-autorka", "piotr-zatwierdza"]).delete()
"""


def test_publikujacy_approves_after_seeing_what_goes_public(page, live_site):
    live_site.manage("shell", "-c", SETUP)
    try:
        log_in_to_admin(page, "piotr-zatwierdza", "haslo-publikujacego-7")

        row = page.locator("tr", has_text="w sprawie przeglądu przeglądarkowego")
        row.locator("[data-w-dropdown-target='toggle']").click()
        row.get_by_role("button", name="Akceptuj i opublikuj").click()

        modal = page.locator(".modal-content")
        modal.get_by_role("heading", name="Co zostanie opublikowane").wait_for()
        text = modal.inner_text()
        for expected in ["Uchwała nr 7/2033 Zarządu Związku z dnia 1 marca 2033 r.", "/uchwaly/zarzad/2033/7/",
                         "brak dokumentu uchwały", "Utworzenie dokumentu", "Ewa Autorka"]:
            assert expected in text, expected

        modal.get_by_role("button", name="Akceptuj i opublikuj").click()
        modal.get_by_text("Zaznacz potwierdzenie").wait_for()
        assert page.request.get(live_site.url + "/uchwaly/zarzad/2033/7/").status == 404

        modal.get_by_label("Potwierdzam: ta wersja ma zostać opublikowana").check()
        with page.expect_navigation():
            modal.get_by_role("button", name="Akceptuj i opublikuj").click()

        public = page.request.get(live_site.url + "/uchwaly/zarzad/2033/7/")
        assert public.status == 200
        html = public.text()
        assert "Wprowadził</dt><dd>Ewa Autorka" in html and "Zatwierdzający" not in html
    finally:
        live_site.manage("shell", "-c", RESTORE)
