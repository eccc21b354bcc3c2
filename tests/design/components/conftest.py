"""Shared by the per-component browser tests: one editor (not a superuser, in the Redakcja group) logged in once for
the whole session, and a tab on one component alone at ``/wzorce/<slug>/`` at a given width."""

import pytest

from tests.conftest import axe_violations, format_violations, log_in_to_admin

USERNAME, PASSWORD = "komponenty-projektantka", "haslo-do-komponentow-9"
SETUP = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
user, _ = get_user_model().objects.get_or_create(username="{USERNAME}")
user.set_password("{PASSWORD}"); user.save(); user.groups.add(Group.objects.get(name="Redakcja"))
"""
TEARDOWN = f"from django.contrib.auth import get_user_model; get_user_model().objects.filter(username='{USERNAME}').delete()"


@pytest.fixture(scope="session")
def editor_state(browser, live_site):
    """The cookies of an editor logged in through the admin's login form (once for every component test)."""
    live_site.manage("shell", "-c", SETUP)
    context = browser.new_context(base_url=live_site.url, locale="pl-PL")
    tab = context.new_page()
    log_in_to_admin(tab, USERNAME, PASSWORD)
    state = context.storage_state()
    context.close()
    yield state
    live_site.manage("shell", "-c", TEARDOWN)


@pytest.fixture
def open_component(browser, live_site, editor_state):
    """``open_component(slug, width)``: a logged-in tab on the component alone, ``width`` px wide."""
    contexts = []

    def open_(slug, width=1280, path=None):
        context = browser.new_context(base_url=live_site.url, locale="pl-PL", storage_state=editor_state,
                                      viewport={"width": width, "height": 900})
        contexts.append(context)
        tab = context.new_page()
        tab.set_default_timeout(10_000)
        response = tab.goto(path or f"/wzorce/{slug}/")
        assert response.status == 200, f"/wzorce/{slug}/ answered {response.status}"
        return tab

    yield open_
    for context in contexts:
        context.close()


def assert_axe_clean_in_both_contrasts(tab):
    """axe finds nothing, then again after the page's own "Kontrast" button switched to high contrast."""
    violations = axe_violations(tab)
    assert not violations, "normal contrast:\n" + format_violations(violations)
    tab.locator("[data-a11y-tools]").first.get_by_role("button", name="Kontrast").click()
    assert "contrast-high" in tab.evaluate("document.documentElement.className")
    violations = axe_violations(tab)
    assert not violations, "high contrast:\n" + format_violations(violations)


def sideways_scroll(tab):
    return tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
