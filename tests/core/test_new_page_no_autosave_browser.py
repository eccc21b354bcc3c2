"""In Chromium: an editor types a news item, waits, is refused on publish for the empty lead, and no draft of it
appears in the news list (Wagtail's autosave on the new-page form used to leave one)."""

import pytest

from tests.conftest import log_in_to_admin

pytestmark = pytest.mark.browser

USERNAME, PASSWORD = "redaktor-bez-autozapisu", "haslo-bez-autozapisu-7"
SETUP = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from home.models import NewsIndexPage
user, _ = get_user_model().objects.get_or_create(username="{USERNAME}")
user.set_password("{PASSWORD}"); user.save(); user.groups.add(Group.objects.get(name="Redakcja"))
print(NewsIndexPage.objects.get(locale__language_code="pl").pk)
"""
COUNT = "from home.models import NewsPage; print(NewsPage.objects.filter(title__startswith='Aktualność bez leadu').count())"
TEARDOWN = f"""
from django.contrib.auth import get_user_model
from home.models import NewsPage
for page in NewsPage.objects.filter(title__startswith="Aktualność bez leadu"):
    page.delete()
get_user_model().objects.filter(username="{USERNAME}").delete()
"""


def test_a_refused_new_page_leaves_no_draft(page, live_site):
    news = live_site.manage("shell", "-c", SETUP).strip().splitlines()[-1]
    try:
        log_in_to_admin(page, USERNAME, PASSWORD)
        page.goto(f"/admin/pages/add/home/newspage/{news}/")
        page.fill("#id_title", "Aktualność bez leadu")
        page.locator("#id_title").press("Tab")
        page.wait_for_timeout(2500)  # Wagtail's autosave interval is 0.5 s: it would have saved by now
        assert live_site.manage("shell", "-c", COUNT).strip().splitlines()[-1] == "0"

        page.get_by_role("button", name="Więcej akcji").click()
        page.get_by_role("button", name="Opublikuj").click()
        page.locator(".messages .error, [data-w-messages-target] .error").first.wait_for()
        assert "/admin/pages/add/" in page.url
        assert live_site.manage("shell", "-c", COUNT).strip().splitlines()[-1] == "0"
    finally:
        live_site.manage("shell", "-c", TEARDOWN)
