"""Fixtures of the guide's journeys: the office's four people on the live site, and the pages they work on.

One set-up for the whole folder (each ``manage.py shell`` on the live site costs seconds): a person in each
group, a new project (its recruitment form and files are built in the journeys), a new Polish page to translate,
and the live versions of the pages the journeys change, which the teardown publishes again.
"""

import json

import pytest

from tests.conftest import log_in_to_admin

from .guide import VIEWPORT

PASSWORD = "haslo-przewodnika-2026"
# group: (username, first name, last name)
STAFF = {
    "Sekretariat": ("przewodnik-sekretariat", "Anna", "Nowak"),
    "Redakcja": ("przewodnik-redakcja", "Ewa", "Kowalska"),
    "Publikujący": ("przewodnik-publikujacy", "Piotr", "Wiśniewski"),
    "Tłumacze": ("przewodnik-tlumacze", "Tomasz", "Lewandowski"),
}
RESOLUTION_NUMBER = "5/2025"
UPLOADED_TITLES = ["Uchwała nr 5/2025 – Zarząd Związku", "Program szkoleń cyfrowych"]

SETUP = f"""
import datetime, json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page
from core.models import StandardPage
from home.models import AccessibilityStatementPage
from projects.models import ProjectIndexPage, ProjectPage, ProjectPartner
for group, (username, first_name, last_name) in {STAFF!r}.items():
    user, _ = get_user_model().objects.get_or_create(username=username)
    user.first_name, user.last_name = first_name, last_name
    user.set_password({PASSWORD!r}); user.save(); user.groups.set([Group.objects.get(name=group)])
polish = dict(locale__language_code="pl")
project = ProjectPage(
    title="Szkolenia cyfrowe dla urzędników", slug="szkolenia-cyfrowe-dla-urzednikow",
    start_date=datetime.date(2027, 1, 4), end_date=datetime.date(2027, 12, 31), total_cost="84000.00",
    main_goal="Podniesienie kompetencji cyfrowych pracowników urzędów gmin i powiatów subregionu.",
    partners=[ProjectPartner(name="Związek Gmin i Powiatów Subregionu Zachodniego", role="lead")])
ProjectIndexPage.objects.get(**polish).add_child(instance=project)
project.save_revision().publish()
ngo = StandardPage(
    title="Współpraca z organizacjami pozarządowymi", slug="wspolpraca-z-organizacjami-pozarzadowymi",
    intro="Jak Związek współpracuje z organizacjami pozarządowymi subregionu.",
    body=[("paragraph", "<p>Raz w roku Związek zaprasza organizacje na wspólne forum.</p>")])
Page.objects.get(slug="zwiazek", **polish).add_child(instance=ngo)
ngo.save_revision().publish()
activities = StandardPage.objects.get(slug="dzialalnosc", **polish)
statement = AccessibilityStatementPage.objects.get(**polish)
print(json.dumps({{
    "project": project.pk, "project_key": str(project.translation_key), "ngo": ngo.pk,
    "ngo_key": str(ngo.translation_key), "activities_revision": activities.live_revision_id,
    "statement_revision": statement.live_revision_id,
}}))
"""
TEARDOWN = """
from django.contrib.auth import get_user_model
from wagtail.documents import get_document_model
from wagtail.models import Page, Revision
from wagtail_localize.models import TranslationSource
from resolutions.models import ResolutionPage
for key in [{project_key!r}, {ngo_key!r}]:
    for page in Page.objects.filter(translation_key=key).order_by("-depth"):
        page.delete()
    TranslationSource.objects.filter(object_id=key).delete()
for page in ResolutionPage.objects.filter(number={number!r}, body__slug="zarzad"):
    page.delete()
get_document_model().objects.filter(title__in={titles!r}).delete()
for revision in [{activities_revision}, {statement_revision}]:
    Revision.objects.get(pk=revision).publish()
get_user_model().objects.filter(username__in={usernames!r}).delete()
"""


@pytest.fixture(scope="package")
def office(live_site):
    """The journeys' people and pages on the live site (ids as ``SETUP`` prints them); all undone afterwards."""
    ids = json.loads(live_site.manage("shell", "-c", SETUP).strip().splitlines()[-1])
    yield ids
    live_site.manage(
        "shell",
        "-c",
        TEARDOWN.format(
            number=RESOLUTION_NUMBER,
            titles=UPLOADED_TITLES,
            usernames=[person[0] for person in STAFF.values()],
            **ids,
        ),
    )


@pytest.fixture
def open_tab(browser, live_site, office):
    """``open_tab("Sekretariat")``: a Polish 1280×800 tab logged in as that group's person; ``open_tab()``: a
    visitor's tab."""
    contexts = []

    def open_as(group=None):
        context = browser.new_context(base_url=live_site.url, locale="pl-PL", viewport=VIEWPORT, accept_downloads=True)
        contexts.append(context)
        tab = context.new_page()
        tab.set_default_timeout(20_000)
        if group is not None:
            log_in_to_admin(tab, STAFF[group][0], PASSWORD)
        return tab

    yield open_as
    for context in contexts:
        context.close()
