"""The foundation: demo tree, menu, languages, loader idempotence, configuration, error pages, editing."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.models import StandardPage
from home.models import HomePage

PROJECT_DIR = Path(__file__).resolve().parents[2]
SECTIONS_PL = ["O regionie", "Związek", "Członkowie", "Władze", "Uchwały", "Biuro", "Projekty"]
SECTIONS_EN = ["The region", "The association", "Members", "Authorities", "Resolutions", "Office", "Projects"]

pytestmark = pytest.mark.django_db


def menu_links(html):
    nav = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    return re.findall(r'<a href="([^"]+)"( aria-current="(\w+)")?>([^<]+)</a>', nav)


def test_every_page_of_the_demo_tree_answers_200(client):
    pages = Page.objects.live().filter(depth__gte=2).specific()
    assert pages.count() >= 20
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, f"{page.url} answered {response.status_code}"
        assert f'<html lang="{page.locale.language_code}">' in response.content.decode(), page.url


def test_english_home_page(client):
    response = client.get("/en/")
    assert response.status_code == 200
    assert '<html lang="en">' in response.content.decode()
    assert "Association of Municipalities and Counties" in response.content.decode()


def test_polish_home_page_is_served_at_root_in_polish(client):
    response = client.get("/")
    html = response.content.decode()
    assert '<html lang="pl">' in html
    assert "Przejdź do treści" in html
    assert 'href="#main"' in html and 'id="main"' in html


@pytest.mark.parametrize("path,titles", [("/", SECTIONS_PL), ("/en/", SECTIONS_EN)])
def test_menu_shows_the_seven_sections_in_order(client, path, titles):
    links = menu_links(client.get(path).content.decode())
    assert [title for *_, title in links][:7] == titles
    assert not any(current for _, _, current, _ in links), "no section is current on the home page"


def test_menu_marks_the_current_section(client):
    links = menu_links(client.get("/zwiazek/historia/").content.decode())
    current = {title: state for _, _, state, title in links if state}
    assert current == {"Związek": "true"}
    links = menu_links(client.get("/zwiazek/").content.decode())
    assert {title: state for _, _, state, title in links if state} == {"Związek": "page"}


def test_breadcrumbs_lead_home(client):
    html = client.get("/zwiazek/historia/").content.decode()
    crumbs = re.search(r'<nav class="breadcrumbs".*?</nav>', html, re.S).group(0)
    assert re.findall(r">([^<>]+)</(?:a|span)>", crumbs) == ["Strona główna", "Związek", "Historia"]
    assert 'aria-current="page">Historia' in crumbs


def test_language_switcher_leads_to_the_translation(client):
    html = client.get("/zwiazek/historia/").content.decode()
    assert 'href="/en/association/history/" lang="en"' in html
    html = client.get("/en/association/history/").content.decode()
    assert 'href="/zwiazek/historia/" lang="pl"' in html


def test_language_switcher_falls_back_to_the_other_home_page(client):
    home = HomePage.objects.get(locale__language_code="pl")
    untranslated = StandardPage(title="Tylko po polsku", slug="tylko-po-polsku")
    home.add_child(instance=untranslated)
    untranslated.save_revision().publish()
    html = client.get("/tylko-po-polsku/").content.decode()
    assert 'href="/en/" lang="en"' in html


def test_footer_shows_the_association_and_the_required_links(client):
    html = client.get("/o-regionie/").content.decode()
    footer = re.search(r"<footer.*?</footer>", html, re.S).group(0)
    for text in ["Związek Gmin i Powiatów Subregionu Zachodniego", "ul. Rudzka 13C", "44-200 Rybnik",
                 "biuro@subregion.pl", "Polecamy", "Deklaracja dostępności", "BIP", "Polityka prywatności",
                 "powrót na górę strony"]:
        assert text in footer, text
    assert 'href="/deklaracja-dostepnosci/"' in footer and 'href="/aktualnosci/">Aktualności' in footer
    english = client.get("/en/region/").content.decode()
    assert 'href="/en/accessibility-statement/"' in english and 'href="/en/news/">News' in english


def test_loader_run_twice_leaves_the_same_tree():
    def snapshot():
        return list(Page.objects.order_by("path").values_list("path", "slug", "title", "locale__language_code", "live"))

    before = snapshot()
    call_command("load_demo", verbosity=0)
    assert snapshot() == before


def test_loader_keeps_what_editors_changed(admin_user):
    page = Page.objects.get(slug="historia", locale__language_code="pl").specific
    page.title = "Historia Związku (poprawione)"
    page.save_revision(user=admin_user).publish()
    call_command("load_demo", verbosity=0)
    assert Page.objects.get(pk=page.pk).title == "Historia Związku (poprawione)"


def test_unknown_url_gives_a_branded_404_in_the_right_language(client):
    response = client.get("/nie-ma-takiej-strony/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Nie znaleziono strony" in html and '<html lang="pl">' in html and "Subregion Zachodni" in html
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Page not found" in html and '<html lang="en">' in html


def test_search_finds_pages_and_rejects_a_bad_page_number(client):
    response = client.get("/szukaj/", {"q": "statut"})
    assert response.status_code == 200
    assert "/zwiazek/statut/" in response.content.decode()
    assert client.get("/szukaj/", {"q": "statut", "page": "abc"}).status_code == 404
    assert client.get("/szukaj/", {"q": "statut", "page": "99999"}).status_code == 404


def test_content_page_query_count_does_not_grow_with_content(client):
    parent = StandardPage.objects.get(slug="polityka-prywatnosci", locale__language_code="pl")

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/polityka-prywatnosci/").status_code == 200
        return len(queries)

    def add_child(number):
        child = StandardPage(title=f"Podstrona {number}", slug=f"podstrona-{number}")
        parent.add_child(instance=child)
        child.save_revision().publish()

    add_child(0)
    client.get("/polityka-prywatnosci/")  # warm caches
    small = count()
    for number in range(1, 20):
        add_child(number)
    parent.refresh_from_db()
    assert count() == small


def test_missing_secret_key_with_debug_off_stops_with_a_clear_message():
    env = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY", "DEBUG"}}
    env["DJANGO_SETTINGS_MODULE"] = "portal.settings.production"
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=PROJECT_DIR, env=env, capture_output=True, text=True
    )
    assert result.returncode != 0
    assert result.stderr.strip() == "Error: the SECRET_KEY environment variable must be set when DEBUG is off."


def test_editor_change_to_a_content_page_is_visible_after_publishing(client, admin_user):
    from wagtail.test.utils import WagtailTestUtils

    client.force_login(admin_user)
    page = StandardPage.objects.get(slug="polityka-prywatnosci", locale__language_code="pl")
    data = nested_form_data({
        "title": "Polityka prywatności",
        "slug": "polityka-prywatnosci",
        "intro": "Nowy wstęp napisany przez redakcję.",
        "body": streamfield([("paragraph", rich_text("<p>Akapit dodany w panelu.</p>"))]),
        "sidebar": streamfield([]),
        "action-publish": "publish",
    })
    response = client.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, WagtailTestUtils  # redirected after publishing
    client.logout()
    html = client.get("/polityka-prywatnosci/").content.decode()
    assert "Nowy wstęp napisany przez redakcję." in html
    assert "Akapit dodany w panelu." in html


def test_locales_are_polish_and_english():
    assert sorted(Locale.objects.values_list("language_code", flat=True)) == ["en", "pl"]


def test_public_pages_have_no_inline_scripts_or_handlers(client):
    """Scripts come from files only (JSON-LD data excepted), so a strict Content-Security-Policy is possible."""
    pages = Page.objects.live().filter(depth__gte=2).specific()
    for page in pages:
        html = client.get(page.url).content.decode()
        for tag in re.findall(r"<script\b[^>]*>", html):
            assert "src=" in tag or 'type="application/ld+json"' in tag, f"inline script on {page.url}: {tag}"
        assert not re.search(r"<[^>]+\son[a-z]+=", html), f"inline event handler on {page.url}"
        # Scripts, styles and fonts come from this site (no CDN): no <script>/<link> points at another origin.
        # (A plain "cdn" search matched random CSRF tokens now and then.)
        loaded = re.findall(r'<script\b[^>]*>|<link\b[^>]*rel="(?:stylesheet|preload|icon|modulepreload)"[^>]*>', html)
        external = [tag for tag in loaded if re.search(r'\b(?:src|href)="(?:https?:)?//', tag)]
        assert not external and "https://fonts." not in html, (page.url, external)


def test_sitemap_lists_pages_in_both_languages(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    xml = response.content.decode()
    assert "/zwiazek/statut/</loc>" in xml and "/en/association/statute/</loc>" in xml


def test_rejected_upload_says_why_and_keeps_the_title(client, admin_user):
    """An editor uploading a file type the portal does not accept gets the reason next to the field."""
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.documents import get_document_model

    client.force_login(admin_user)
    before = get_document_model().objects.count()
    response = client.post(
        "/admin/documents/add/",
        {"title": "Program instalacyjny", "file": SimpleUploadedFile("setup.exe", b"MZ\x90\x00"), "collection": 1},
        HTTP_ACCEPT_LANGUAGE="pl",
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "exe" in html and "pdf" in html  # names the rejected type and the accepted ones
    assert 'value="Program instalacyjny"' in html
    assert get_document_model().objects.count() == before


def test_language_switcher_keeps_the_project_tab_and_register_filters(client):
    html = client.get("/projekty/miedzysektorowa-wspolpraca/nabor/").content.decode()
    assert 'href="/en/projects/cross-sector-cooperation/recruitment/" lang="en"' in html
    html = client.get("/en/projects/cross-sector-cooperation/downloads/").content.decode()
    assert 'href="/projekty/miedzysektorowa-wspolpraca/pliki/" lang="pl"' in html
    html = client.get("/uchwaly/", {"organ": "zarzad", "rok": "2014"}).content.decode()
    assert 'href="/en/resolutions/?organ=zarzad&amp;rok=2014" lang="en"' in html


def test_language_switcher_keeps_the_authorities_archive_and_person_pages(client):
    html = client.get("/wladze/archiwum/").content.decode()
    assert 'href="/en/authorities/archive/" lang="en"' in html
    person = re.search(r'href="(/wladze/osoby/(\d+)/)"', client.get("/wladze/").content.decode())
    html = client.get(person.group(1)).content.decode()
    assert f'href="/en/authorities/people/{person.group(2)}/" lang="en"' in html
    html = client.get(f"/en/authorities/people/{person.group(2)}/").content.decode()
    assert f'href="{person.group(1)}" lang="pl"' in html


def test_language_switcher_on_a_resolution_links_straight_to_its_stable_english_url(client):
    html = client.get("/uchwaly/zarzad/2014/1/").content.decode()
    assert 'href="/en/resolutions/zarzad/2014/1/" lang="en"' in html
