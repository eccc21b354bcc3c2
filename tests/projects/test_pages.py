"""The public side: the index, the three tab URLs in both languages, formatting, recruitment state, JSON-LD."""

import datetime
import json
import re
from zoneinfo import ZoneInfo

import pytest
import time_machine

from projects.models import ProjectIndexPage, ProjectPage

pytestmark = pytest.mark.django_db
WARSAW = ZoneInfo("Europe/Warsaw")
SEED = "/projekty/miedzysektorowa-wspolpraca/"
SEED_EN = "/en/projects/cross-sector-cooperation/"


def html_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def title_of(html):
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()


def canonical_of(html):
    return re.search(r'<link rel="canonical" href="([^"]+)">', html).group(1)


def breadcrumb_current(html):
    nav = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    return re.search(r'<span aria-current="page">([^<]+)</span>', nav).group(1)


def visible_panel(html):
    panels = re.findall(r'<section class="project-tabs__panel" id="panel-(\w+)"[^>]*?( hidden)?>', html)
    return [name for name, hidden in panels if not hidden]


def test_projekty_section_is_the_project_index_in_both_languages():
    index = ProjectIndexPage.objects.get(slug="projekty", locale__language_code="pl")
    assert index.show_in_menus and index.get_parent().specific_class.__name__ == "HomePage"
    assert ProjectIndexPage.objects.filter(slug="projects", locale__language_code="en").exists()


@pytest.mark.parametrize(
    "url, tab, title_start, crumb",
    [
        (SEED, "description", "Międzysektorowa współpraca", "Międzysektorowa współpraca czyli wspólnota samorządowa w innym wymiarze"),
        (SEED + "nabor/", "recruitment", "Nabór do projektu – Międzysektorowa", "Nabór do projektu"),
        (SEED + "pliki/", "downloads", "Pliki do pobrania – Międzysektorowa", "Pliki do pobrania"),
        (SEED_EN, "description", "Cross-sector cooperation", "Cross-sector cooperation: local government community in another dimension"),
        (SEED_EN + "recruitment/", "recruitment", "Recruitment – Cross-sector", "Recruitment"),
        (SEED_EN + "downloads/", "downloads", "Downloads – Cross-sector", "Downloads"),
    ],
)
def test_each_tab_has_its_own_url_title_canonical_and_breadcrumb(client, url, tab, title_start, crumb):
    html = html_of(client, url)
    assert title_of(html).startswith(title_start)
    assert canonical_of(html).endswith(url)
    assert breadcrumb_current(html) == crumb
    assert visible_panel(html) == [tab]
    # the tab links are plain links to the three URLs, the current one marked
    assert re.search(rf'href="{re.escape(url)}"[^>]*\n?[^>]*aria-current="page"', html)
    # mark strip and notice on every tab
    assert 'class="project-marks__image"' in html
    assert "Europejskiego Funduszu Społecznego." in html or "European Social Fund." in html


def test_description_tab_has_every_fact_of_the_seed_page_in_polish(client):
    html = html_of(client, SEED)
    for fact in [
        "Program Operacyjny Kapitał Ludzki",
        "5. Oś Priorytetowa: Dobre rządzenie",
        "Działanie 5.4 Rozwój potencjału trzeciego sektora",
        "Forum Organizacji Pozarządowych Subregionu Zachodniego",
        "Związek Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego z siedzibą w Rybniku",
        "MIĘDZYSEKTOROWA WSPÓŁPRACA CZYLI WSPÓLNOTA SAMORZĄDOWA W INNYM WYMIARZE",
        "Wypracowanie, upowszechnianie, wdrożenie i ocena standardów",
        "Podniesienie poziomu wiedzy i kompetencji",
        "80 Beneficjentów Ostatecznych, w tym:",
        "30 przedstawicieli i pracowników administracji publicznej – min. 8 JST",
        "50 członków i przedstawicieli Organizacji Pozarządowych – min. 24 NGO",
        "393\xa0434,90\xa0zł",
        "100\xa0%",
        "2 grudnia 2013 r. do 30 czerwca 2015 r.",
        "Projekt współfinansowany ze środków Unii Europejskiej w ramach Europejskiego Funduszu Społecznego.",
    ]:
        assert fact in html, fact


def test_description_tab_formats_money_and_dates_in_english(client):
    html = html_of(client, SEED_EN)
    assert "PLN\xa0393,434.90" in html
    assert "2 December 2013 to 30 June 2015" in html
    assert "100%" in html
    assert "Human Capital Operational Programme" in html
    assert "The project is co-financed by the European Union from the European Social Fund." in html
    assert "30 representatives and staff of public administration – at least 8 local governments" in html


def test_recruitment_and_downloads_tabs_show_their_content(client):
    html = html_of(client, SEED + "nabor/")
    assert "Nabór zakończony" in html
    assert "2 grudnia 2013 r., godz. 08:00" in html and "31 stycznia 2014 r., godz. 15:00" in html
    assert "<form" not in html.split('id="panel-recruitment"')[1].split("</section>")[0]
    html = html_of(client, SEED + "pliki/")
    assert "<h3>Dokumenty rekrutacyjne</h3>" in html and "<h3>Materiały szkoleniowe</h3>" in html
    assert re.search(r"Regulamin rekrutacji</a> <span class=\"document-meta\">\(PDF, \d+ kB\)</span>", html)
    assert re.search(r"Formularz zgłoszeniowy</a> <span class=\"document-meta\">\(DOCX, \d+ kB\)</span>", html)
    assert "Harmonogram panelu eksperckiego 12–13.03.2015" in html
    html = html_of(client, SEED_EN + "recruitment/")
    assert "Recruitment closed" in html and "2 December 2013, 08:00" in html
    html = html_of(client, SEED_EN + "downloads/")
    assert re.search(r"\(PDF, \d+ kB\)", html)


def test_open_project_shows_the_form_on_its_recruitment_tab(client, open_project):
    html = html_of(client, open_project.get_recruitment_url())
    assert "Nabór otwarty" in html
    assert 'name="rodo_consent"' in html and "checked" not in html.split('name="rodo_consent"')[1].split(">")[0]
    assert 'href="/klauzula-informacyjna-rodo/"' in html
    assert open_project.get_recruitment_url() == "/projekty/kompetentna-administracja/nabor/"


def test_tab_slugs_follow_the_page_language(client):
    assert client.get(SEED + "recruitment/").status_code == 404
    assert client.get(SEED_EN + "nabor/").status_code == 404
    assert client.get(SEED + "nie-ma/").status_code == 404


def test_generated_documents_are_real_files(seed_project):
    from pypdf import PdfReader

    regulation = seed_project.downloads.get(title="Regulamin rekrutacji").document
    with regulation.file.open("rb") as handle:
        text = "".join(page.extract_text() for page in PdfReader(handle).pages)
    assert "Działanie 5.4" in text and "80 osób" in text
    form = seed_project.downloads.get(title="Formularz zgłoszeniowy").document
    assert form.file_extension == "docx"
    with form.file.open("rb") as handle:
        assert handle.read(2) == b"PK"


def test_json_ld_describes_the_project(client):
    html = html_of(client, SEED)
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "Project"
    assert data["foundingDate"] == "2013-12-02" and data["dissolutionDate"] == "2015-06-30"
    assert data["funding"]["amount"] == {"@type": "MonetaryAmount", "currency": "PLN", "value": "393434.90"}
    assert {m["name"] for m in data["member"]} >= {"Forum Organizacji Pozarządowych Subregionu Zachodniego"}


# -- the index ------------------------------------------------------------------------------------

def test_index_groups_projects_by_status_derived_from_dates(client):
    html = html_of(client, "/projekty/")
    ongoing = html.split('id="group-ongoing"')[1].split("</section>")[0]
    finished = html.split('id="group-finished"')[1].split("</section>")[0]
    assert "Kompetentna administracja" in ongoing and "Międzysektorowa" not in ongoing
    assert "Międzysektorowa współpraca" in finished and "Forum Organizacji Pozarządowych" in finished
    assert "Program Operacyjny Kapitał Ludzki" in finished


def test_index_filter_and_bad_filter(client):
    html = html_of(client, "/projekty/?status=finished")
    assert "Międzysektorowa" in html and "Kompetentna administracja" not in html
    html = html_of(client, "/projekty/?status=planned")
    assert "Brak projektów w tej grupie." in html
    assert client.get("/projekty/?status=<script>").status_code == 404


def test_index_query_count_does_not_grow_with_projects(client, seed_project, committed):
    """Both counts are of the index's projects read anew (what it keeps dropped; the layout warm)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from core import response_cache

    def queries_of_a_fresh_index():
        client.get("/projekty/")
        response_cache._new_generation()
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/projekty/").content.decode()
        return len(queries), html

    before, _ = queries_of_a_fresh_index()
    index = seed_project.get_parent()
    with committed():
        for n in range(5):
            page = ProjectPage(
                title=f"Projekt {n}", slug=f"projekt-{n}", start_date=datetime.date(2020, 1, 1),
                end_date=datetime.date(2021, 1, 1), programme=seed_project.programme,
            )
            index.add_child(instance=page)
            page.partners.create(name="Lider", role="lead")
    after, html = queries_of_a_fresh_index()
    assert "Projekt 4" in html
    assert after == before


# -- recruitment state ----------------------------------------------------------------------------

@pytest.mark.parametrize(
    "moment, state",
    [
        (datetime.datetime(2013, 12, 2, 7, 59, 59, tzinfo=WARSAW), "not_open"),
        (datetime.datetime(2013, 12, 2, 8, 0, 0, tzinfo=WARSAW), "open"),
        (datetime.datetime(2014, 1, 31, 14, 59, 59, tzinfo=WARSAW), "open"),
        (datetime.datetime(2014, 1, 31, 15, 0, 0, tzinfo=WARSAW), "closed"),
        (datetime.datetime(2025, 1, 1, tzinfo=WARSAW), "closed"),
    ],
)
def test_recruitment_state_across_its_dates(seed_project, moment, state):
    with time_machine.travel(moment, tick=False):
        assert seed_project.recruitment_state == state


def test_recruitment_state_without_dates_is_not_open(seed_project):
    seed_project.recruitment_opens_at = seed_project.recruitment_closes_at = None
    assert seed_project.recruitment_state == "not_open"


@pytest.mark.parametrize(
    "moment, label, has_form",
    [
        (datetime.datetime(2013, 11, 30, 12, 0, tzinfo=WARSAW), "Nabór jeszcze nie ruszył", False),
        (datetime.datetime(2014, 1, 10, 12, 0, tzinfo=WARSAW), "Nabór otwarty", True),
        (datetime.datetime(2014, 2, 1, 12, 0, tzinfo=WARSAW), "Nabór zakończony", False),
    ],
)
def test_recruitment_tab_follows_the_state_in_frozen_time(client, moment, label, has_form):
    with time_machine.travel(moment, tick=False):
        html = html_of(client, SEED + "nabor/")
    assert label in html
    assert ('name="rodo_consent"' in html) is has_form


def test_open_calls_query_of_the_home_page_finds_the_open_project(open_project, seed_project):
    from django.utils import timezone

    now = timezone.now()
    found = ProjectPage.objects.live().filter(
        locale=open_project.locale, recruitment_opens_at__lte=now, recruitment_closes_at__gt=now
    )
    assert open_project in found and seed_project not in found


def test_closing_date_without_an_hour_shows_the_date_only(client):
    """A closing moment stored as a date (midnight UTC, 02:00 in Warsaw in summer) is shown as that date."""
    project = ProjectPage.objects.get(url_path__endswith="/miedzysektorowa-wspolpraca/", locale__language_code="pl")
    closes = datetime.datetime(2014, 6, 30, tzinfo=datetime.timezone.utc)
    ProjectPage.objects.filter(pk=project.pk).update(recruitment_closes_at=closes)
    html = html_of(client, SEED + "nabor/")
    assert "30 czerwca 2014 r." in html
    assert "godz. 02:00" not in html and "30 czerwca 2014 r., godz." not in html
    assert '<time datetime="2014-06-30">' in html
