"""The issue's "Done when" for the authorities, tried as an editor would: in the Polish admin, in a real browser,
change a Zarząd member's role; the authorities page and the member's page show the change."""

import re

import pytest

from tests.conftest import log_in_to_admin

pytestmark = pytest.mark.browser

SETUP = """
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from members.models import Term
user, _ = get_user_model().objects.get_or_create(username="redaktor-wladze")
user.set_password("haslo-redaktora-5"); user.save(); user.groups.add(Group.objects.get(name="Sekretariat"))
term = Term.objects.current().get(body__slug="zarzad", locale__language_code="pl")
row = term.memberships.get(person__last_name="Socha")
print(term.pk, row.sort_order)
"""
RESTORE = """
from members.models import Membership, Role
Membership.objects.filter(person__last_name="Socha", term__body__slug="zarzad").update(role=Role.MEMBER)
"""


def test_editor_changes_a_role_in_the_polish_admin(page, live_site):
    term_pk, order = live_site.manage("shell", "-c", SETUP).split()[-2:]
    context = page.context.browser.new_context(locale="pl-PL", base_url=live_site.url)
    admin = context.new_page()
    try:
        log_in_to_admin(admin, "redaktor-wladze", "haslo-redaktora-5")
        admin.goto(f"/admin/snippets/members/term/edit/{term_pk}/")
        assert admin.locator("select[name$='-role']").count() >= 11
        admin.locator(f"select[name='memberships-{order}-role']").select_option(label="Zastępca Przewodniczącego")
        with admin.expect_navigation():
            admin.get_by_role("button", name=re.compile("^Zapisz")).first.click()
        assert "zaktualizowane" in admin.locator(".messages").inner_text()

        admin.goto("/wladze/")
        assert "Zastępca Przewodniczącego" in admin.locator("tr", has_text="Waldemar Socha").first.inner_text()
        admin.goto("/czlonkowie/zory/")
        assert "Zarząd Związku: Zastępca Przewodniczącego" in admin.locator("main").inner_text()
    finally:
        context.close()
        live_site.manage("shell", "-c", RESTORE)
