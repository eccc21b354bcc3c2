"""A third language needs no code: Czech (the neighbouring country's language) added through settings only.

The test adds the language to ``LANGUAGES`` and ``WAGTAIL_CONTENT_LANGUAGES``, translates the home page, the
projects list and one project with wagtail-localize's own operations (a translation source, translated strings,
``save_target``), and reads the site as a Czech visitor would.
"""

import re

import pytest
from django.conf import settings
from django.test import override_settings
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from projects.models import ProjectIndexPage, ProjectPage

pytestmark = pytest.mark.django_db

CZECH = {
    "Strona główna": "Úvodní stránka",
    "Projekty": "Evropské projekty",
    "Międzysektorowa współpraca czyli wspólnota samorządowa w innym wymiarze": "Mezisektorová spolupráce",
    "strona-glowna": "uvodni-stranka",
    "projekty": "projekty-eu",
    "miedzysektorowa-wspolpraca": "mezisektorova-spoluprace",
}
WITH_CZECH = override_settings(
    LANGUAGES=[*settings.LANGUAGES, ("cs", "Čeština")],
    WAGTAIL_CONTENT_LANGUAGES=[*settings.WAGTAIL_CONTENT_LANGUAGES, ("cs", "czeski")],
    WAGTAILADMIN_PERMITTED_LANGUAGES=[*settings.LANGUAGES, ("cs", "Čeština")],
)


def translate_into(page, locale):
    """What a translator does in wagtail-localize: every string of ``page`` translated, then published."""
    source, _created = TranslationSource.get_or_create_from_instance(page.specific)
    translation = Translation.objects.create(source=source, target_locale=locale)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
        text = segment.string.data
        if text in CZECH:
            czech = CZECH[text]
        elif "@" in text:  # an e-mail address stays the office's address
            czech = text
        elif segment.context.path == "slug":
            czech = f"cs-{text}"
        else:
            czech = f"[cs] {text}"
        StringTranslation.objects.create(
            translation_of=segment.string, locale=locale, context=segment.context, data=czech,
        )
    translation.save_target(publish=True)
    return page.get_translation(locale).specific


@pytest.fixture
def czech_site(db, django_capture_on_commit_callbacks):
    with WITH_CZECH, django_capture_on_commit_callbacks(execute=True):  # save_target publishes on commit
        czech = Locale.objects.create(language_code="cs")
        project = ProjectPage.objects.get(slug="miedzysektorowa-wspolpraca", locale__language_code="pl")
        index = ProjectIndexPage.objects.get(locale__language_code="pl")
        home = Page.objects.get(depth=2, locale__language_code="pl")
        pages = [translate_into(page, czech) for page in (home, index, project)]
    with WITH_CZECH:
        yield czech, [page.specific_class.objects.get(pk=page.pk) for page in pages]


def test_the_czech_home_page_is_served_at_cs_with_its_menu_and_switcher(czech_site, client):
    _czech, (home, index, project) = czech_site
    response = client.get("/cs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="cs"' in html and "[cs] Związek Gmin i Powiatów" in html
    menu = re.search(r"<nav[^>]*main[^>]*>.*?</nav>", html, re.S | re.I).group(0)
    assert "Evropské projekty" in menu and "/cs/projekty-eu/" in menu
    assert "O regionie" not in menu and "Uchwały" not in menu  # untranslated sections are not offered in Czech
    assert 'hreflang="cs"' in html and 'hreflang="pl"' in html and 'hreflang="en"' in html
    polish = client.get("/").content.decode()
    assert 'href="/cs/"' in polish and 'hreflang="cs"' in polish  # the Polish home page offers its Czech version


def test_the_czech_project_formats_money_and_dates_the_czech_way(czech_site, client):
    _czech, (_home, _index, project) = czech_site
    assert project.url == "/cs/projekty-eu/mezisektorova-spoluprace/"
    html = client.get(project.url).content.decode()
    assert "Mezisektorová spolupráce" in html
    assert "393\xa0434,90" in html  # Czech grouping and decimal comma
    assert "prosince 2013" in html  # the project's start, 2 December 2013, with Django's Czech month names


def test_the_sitemap_lists_the_czech_pages_with_their_alternates(czech_site, client):
    _czech, (_home, _index, project) = czech_site
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/cs/projekty-eu/mezisektorova-spoluprace/</loc>" in sitemap
    assert 'hreflang="cs"' in sitemap
