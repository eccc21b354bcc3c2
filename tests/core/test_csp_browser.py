"""The Content-Security-Policy breaks nothing: Chromium reports no violation on the public pages of every
kind, nor in the admin's edit views with their tabs, date pickers, choosers and inline panels."""

import re

import pytest

pytestmark = pytest.mark.browser

LISTEN = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});
"""
PUBLIC = ["/", "/en/", "/o-regionie/", "/czlonkowie/", "/czlonkowie/rybnik/", "/wladze/", "/uchwaly/",
          "/projekty/miedzysektorowa-wspolpraca/", "/projekty/kompetentna-administracja/nabor/", "/biuro/",
          "/aktualnosci/", "/szukaj/?q=Rybnik", "/nie-ma-takiej-strony/"]
PAGE_IDS = """
from wagtail.models import Page
for slug in ["strona-glowna", "biuro", "kompetentna-administracja", "rybnik", "polityka-prywatnosci", "aktualnosci"]:
    print(slug, Page.objects.filter(slug=slug, locale__language_code="pl").first().pk)
from resolutions.models import ResolutionPage
print("uchwala", ResolutionPage.objects.filter(locale__language_code="pl").first().pk)
from members.models import Person
print("osoba", Person.objects.first().pk)
"""


def exercise_visible_widgets(tab):
    """Open what renders inline scripts: the first visible date picker and inline panel's new row."""
    for field in tab.locator("input[name$='date'], input[name$='_at'], input[name$='_on']").all():
        if field.is_visible():
            field.click()  # the date picker
            tab.keyboard.press("Escape")
            break
    for button in tab.locator("button", has_text=re.compile("^Dodaj")).all():
        if button.is_visible() and button.is_enabled():
            button.click()  # a new row of an inline panel
            break
    tab.wait_for_timeout(150)


def violations(tab):
    return tab.evaluate("window.__cspViolations")


def test_public_pages_run_under_the_strict_policy(browser, live_site):
    context = browser.new_context(base_url=live_site.url, locale="pl-PL")
    context.add_init_script(LISTEN)
    tab = context.new_page()
    found = {}
    for url in PUBLIC:
        tab.goto(url)
        tab.wait_for_load_state("networkidle")
        if violations(tab):
            found[url] = violations(tab)
    context.close()
    assert not found, found


def test_the_admin_edit_views_run_under_the_admin_policy(browser, live_site):
    password = re.search(r"Login:\s+admin / (\S+)", live_site.manage("ensure_admin", "--port", "8000")).group(1)
    ids = dict(line.split() for line in live_site.manage("shell", "-c", PAGE_IDS).splitlines() if len(line.split()) == 2)
    context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport={"width": 1280, "height": 900})
    context.add_init_script(LISTEN)
    console = []
    tab = context.new_page()
    tab.on("console", lambda message: console.append(message.text) if "Content Security Policy" in message.text else None)
    tab.goto("/admin/login/")
    tab.fill("#id_username", "admin")
    tab.fill("#id_password", password)
    with tab.expect_navigation():
        tab.locator("form button[type=submit]").click()
    urls = ["/admin/"] + [f"/admin/pages/{ids[slug]}/edit/" for slug in
                          ("strona-glowna", "biuro", "kompetentna-administracja", "rybnik", "polityka-prywatnosci", "uchwala")]
    urls += [f"/admin/pages/{ids['aktualnosci']}/", f"/admin/snippets/members/person/edit/{ids['osoba']}/",
             "/admin/images/", "/admin/documents/", "/admin/forms/", "/admin/settings/core/sitesettings/"]
    found = {}
    for url in urls:
        tab.goto(url)
        tab.wait_for_load_state("networkidle")
        for tab_button in [None, *tab.locator("[role=tab]").all()]:  # every tab of an edit view
            if tab_button is not None:
                if not tab_button.is_visible():
                    continue
                tab_button.click()
            exercise_visible_widgets(tab)
        if violations(tab):
            found[url] = violations(tab)
    context.close()
    assert not found and not console, (found, console[:5])
