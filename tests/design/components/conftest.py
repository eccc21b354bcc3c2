"""Each shared component alone (``/wzorce/<slug>/``, the pattern library's page for it) in Chromium, as an editor sees
it: one login per module, then a tab at the width and text size a test asks for."""

import pytest

USERNAME, PASSWORD = "komponenty-redaktorka", "haslo-do-komponentow-3"
SETUP = f"""
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
user, _ = get_user_model().objects.get_or_create(username="{USERNAME}")
user.set_password("{PASSWORD}"); user.save(); user.groups.add(Group.objects.get(name="Redakcja"))
"""
TEARDOWN = f"from django.contrib.auth import get_user_model; get_user_model().objects.filter(username='{USERNAME}').delete()"
TEXT_SIZES = {"A": None, "A+": "large", "A++": "xlarge"}
SIDEWAYS = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.fixture(scope="module")
def editor_state(browser, live_site):
    """The cookies of a Redakcja member logged in through the admin's form (not a superuser)."""
    live_site.manage("shell", "-c", SETUP)
    context = browser.new_context(base_url=live_site.url, locale="pl-PL")
    tab = context.new_page()
    tab.goto("/admin/login/")
    tab.fill("#id_username", USERNAME)
    tab.fill("#id_password", PASSWORD)
    tab.locator("form button[type=submit]").click()
    tab.wait_for_url("**/admin/")
    state = context.storage_state()
    context.close()
    yield state
    live_site.manage("shell", "-c", TEARDOWN)


@pytest.fixture
def component(browser, live_site, editor_state):
    """``component("summary_list", width=320, size="A++")``: a tab showing that component alone."""
    contexts = []

    def open_alone(slug, width=1280, size="A", contrast=False):
        context = browser.new_context(base_url=live_site.url, locale="pl-PL", storage_state=editor_state,
                                      viewport={"width": width, "height": 900})
        contexts.append(context)
        if TEXT_SIZES[size]:
            context.add_init_script(f"localStorage.setItem('portal-font-size', '{TEXT_SIZES[size]}')")
        if contrast:
            context.add_init_script("localStorage.setItem('portal-contrast', 'high')")
        tab = context.new_page()
        tab.set_default_timeout(10_000)
        response = tab.goto(f"/wzorce/{slug}/")
        assert response.status == 200, slug
        return tab

    yield open_alone
    for context in contexts:
        context.close()
