"""Shared by the per-component browser tests: one editor (not a superuser, in the Redakcja group) logged in once for
the whole session, and a tab on one component alone at ``/wzorce/<slug>/`` (or on a page that uses it) at the
width, text size and contrast a test asks for."""

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
TEXT_SIZES = {"A": None, "A+": "large", "A++": "xlarge"}  # the header's text-size switch, as preferences.js reads it


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
def component(browser, live_site, editor_state):
    """``component("summary_list", 320, size="A++")``: a logged-in tab on the component alone, or on ``path``."""
    contexts = []

    def open_alone(slug, width=1280, size="A", contrast=False, path=None):
        context = browser.new_context(base_url=live_site.url, locale="pl-PL", storage_state=editor_state,
                                      viewport={"width": width, "height": 900})
        contexts.append(context)
        if TEXT_SIZES[size]:
            context.add_init_script(f"localStorage.setItem('portal-font-size', '{TEXT_SIZES[size]}')")
        if contrast:
            context.add_init_script("localStorage.setItem('portal-contrast', 'high')")
        tab = context.new_page()
        tab.set_default_timeout(10_000)
        address = path or f"/wzorce/{slug}/"
        response = tab.goto(address)
        assert response.status == 200, f"{address} answered {response.status}"
        return tab

    yield open_alone
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
    """How far the page scrolls sideways (0 when it fits)."""
    return tab.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
