"""An editor's first day in the Polish admin, in Chromium: every screen they meet shows no English and none of the
Polish that reads wrong ("Dodaj strona", "16 osoby"). See ``detector.py`` for what counts; texts kept on purpose
are in ``allowed_english.txt``, each with its reason."""

import json
import re
from pathlib import Path

import pytest

from tests.admin_polish.detector import admin_detector, normalise, read_allowed

pytestmark = pytest.mark.browser

ALLOWED = Path(__file__).with_name("allowed_english.txt")
USERNAME, PASSWORD = "redaktor-pierwszy-dzien", "haslo-pierwszego-dnia-7"

# A superuser, a page with two published versions (for History and Compare) to be translated through
# wagtail-localize, and a form submission; the ids the walk needs are printed as JSON.
SETUP = f"""
import json
from django.contrib.auth import get_user_model
from wagtail.models import Locale, Page
from core.models import StandardPage
user, _ = get_user_model().objects.get_or_create(username="{USERNAME}")
user.first_name, user.last_name, user.email = "Redaktor", "Pierwszy", "redaktor@example.invalid"
user.is_superuser = user.is_staff = True
user.set_password("{PASSWORD}"); user.save()
polish = Locale.objects.get(language_code="pl")
pages = Page.objects.filter(locale=polish, depth__gte=2).order_by("path").specific()
edit = {{}}
for each in pages:
    edit.setdefault(type(each).__name__, each.pk)
home = Page.objects.get(locale=polish, depth=2)
trial = StandardPage(title="Strona próbna do tłumaczenia", slug="strona-probna-do-tlumaczenia", intro="Pierwszy wstęp.")
home.add_child(instance=trial)
first = trial.save_revision(user=user); first.publish(user=user)
trial.intro = "Drugi wstęp, poprawiony."
second = trial.save_revision(user=user); second.publish(user=user)
form_page = next(each for each in pages if hasattr(each, "get_submission_class"))
answers = {{name: "Odpowiedź próbna" for name, _ in form_page.get_data_fields() if name != "submit_time"}}
submission = form_page.get_submission_class().objects.create(page=form_page, form_data=answers)
print(json.dumps({{"edit": edit, "home": home.pk, "trial": trial.pk, "revisions": [first.pk, second.pk],
                  "form_page": form_page.pk, "submission": submission.pk, "key": str(trial.translation_key)}}))
"""
SOURCE_ID = """
from wagtail_localize.models import TranslationSource
print(TranslationSource.objects.get(object_id="{key}").pk)
"""
TEARDOWN = """
from django.contrib.auth import get_user_model
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page
from wagtail_localize.models import TranslationSource
for page in Page.objects.filter(translation_key="{key}"):
    page.delete()
TranslationSource.objects.filter(object_id="{key}").delete()
FormSubmission.objects.filter(pk={submission}).delete()
get_user_model().objects.filter(username="{username}").delete()
"""

# Every visible text: the body's lines and table cells, what screen readers and tooltips say, the window title.
COLLECT = """() => {
    const texts = [document.title];
    for (const line of document.body.innerText.split(/[\\n\\t]/)) texts.push(line);
    const attributes = ["placeholder", "title", "aria-label", "alt", "data-w-tooltip-content-value"];
    for (const element of document.querySelectorAll(attributes.map((name) => `[${name}]`).join(","))) {
        for (const name of attributes) if (element.hasAttribute(name)) texts.push(element.getAttribute(name));
    }
    return texts;
}"""


class Walk:
    """One browser tab through the admin, remembering every text it saw and where."""

    def __init__(self, tab):
        self.tab = tab
        self.seen = {}

    def collect(self, where):
        for text in self.tab.evaluate(COLLECT):
            text = normalise(text).rstrip("*").strip()
            if text:
                self.seen.setdefault(text, where)

    def visit(self, path, tabs=False):
        self.tab.goto(path)
        self.tab.wait_for_load_state("networkidle")
        self.collect(path)
        if tabs:
            self.each_tab(path)

    def each_tab(self, where):
        """Open each tab of the form (hidden tabs' texts are not visible until then)."""
        for index in range(self.tab.locator("[role=tab]").count()):
            tab = self.tab.locator("[role=tab]").nth(index)
            if tab.is_visible():
                tab.click()
                self.tab.wait_for_timeout(150)
                self.collect(f"{where} tab {tab.inner_text().strip()!r}")

    def open_each(self, selector, where):
        """Click every control matching ``selector`` in turn (side panels, menus) and collect what it shows."""
        for index in range(self.tab.locator(selector).count()):
            control = self.tab.locator(selector).nth(index)
            if control.is_visible():
                control.click()
                self.tab.wait_for_timeout(300)
                self.collect(f"{where} after opening {control.get_attribute('aria-label') or index}")


def walk_admin(walk, ids, live_site):
    """The screens of an editor's first day, logged out first, then as a superuser."""
    tab = walk.tab
    walk.visit("/admin/login/")
    tab.fill("#id_username", USERNAME)
    tab.fill("#id_password", "not-the-password")
    with tab.expect_navigation():
        tab.locator("form.login-form button[type=submit]").click()
    walk.collect("/admin/login/ with a wrong password")
    tab.fill("#id_password", PASSWORD)
    with tab.expect_navigation():
        tab.locator("form.login-form button[type=submit]").click()

    walk.visit("/admin/")
    walk.visit(f"/admin/pages/{ids['home']}/")
    walk.visit(f"/admin/pages/{ids['trial']}/edit/", tabs=True)
    walk.open_each("[data-side-panel-toggle]", "the side panels")
    walk.open_each("footer [data-w-dropdown-target=toggle]", "the action menu")
    for page_id in ids["edit"].values():
        walk.visit(f"/admin/pages/{page_id}/edit/", tabs=True)

    # a new page saved without a title: the validation messages
    walk.visit(f"/admin/pages/add/core/standardpage/{ids['home']}/")
    with tab.expect_navigation():
        tab.get_by_role("button", name=re.compile("^Zapisz szkic")).click()
    walk.collect("a new page saved without its title")
    walk.each_tab("a new page saved without its title")

    walk.visit("/admin/images/")
    walk.visit("/admin/documents/")
    walk.visit("/admin/snippets/members/person/")
    walk.visit("/admin/snippets/members/person/add/")
    walk.visit("/admin/forms/")
    walk.visit(f"/admin/forms/submissions/{ids['form_page']}/")
    walk.visit(f"/admin/pages/{ids['trial']}/history/")
    first, second = ids["revisions"]
    walk.visit(f"/admin/pages/{ids['trial']}/revisions/compare/{first}...{second}/")
    walk.visit("/admin/account/", tabs=True)
    walk.visit("/admin/groups/")
    walk.visit("/admin/workflows/list/")

    # wagtail-localize: translate the page from the admin, then translate its title in the editor
    walk.visit(f"/admin/localize/submit/page/{ids['trial']}/")
    tab.locator("input[name=locales]").first.check()
    with tab.expect_navigation():
        tab.locator("main form [type=submit]").first.click()
    tab.wait_for_load_state("networkidle")
    walk.collect("the translation editor")
    tab.get_by_role("button", name="Tłumacz").first.click()
    tab.locator("textarea").first.fill("Strona próbna po tłumaczeniu")
    tab.get_by_role("button", name="Zapisz").first.click()
    tab.wait_for_load_state("networkidle")
    tab.wait_for_timeout(500)
    walk.collect("the translation editor after a translated segment")
    walk.each_tab("the translation editor")
    walk.open_each("footer [data-w-dropdown-target=toggle]", "the translation editor's action menu")
    source_id = live_site.manage("shell", "-c", SOURCE_ID.format(key=ids["key"])).split()[-1]
    walk.visit(f"/admin/localize/update/{source_id}/")


def test_the_polish_admin_shows_no_english(page, live_site):
    ids = json.loads(live_site.manage("shell", "-c", SETUP).strip().splitlines()[-1])
    walk = Walk(page)
    try:
        walk_admin(walk, ids, live_site)
    finally:
        live_site.manage("shell", "-c", TEARDOWN.format(username=USERNAME, **ids))

    allowed = read_allowed(ALLOWED)
    problems = [(text, why) for text, why in admin_detector().problems(sorted(walk.seen)) if text not in allowed]
    assert not problems, f"{len(problems)} texts of the Polish admin are English or wrong Polish:\n" + "\n".join(
        f"  {text!r}: {why} (at {walk.seen[text]})" for text, why in problems
    )
    unused = sorted(set(allowed) - set(walk.seen))
    assert not unused, f"allowed_english.txt lists texts the admin no longer shows; remove them: {unused}"
