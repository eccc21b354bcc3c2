"""Every English page is a wagtail-localize translation of its Polish page, kept in step by wagtail-localize.

Facts that are the same in every language (figures, dates, files) reach the English page when an editor syncs
("Zsynchronizuj przetłumaczone strony"), while the English text stays as translated; the page listing and the
editor say when a translation is out of date.
"""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

from core.translations import State, link_translation, translation_state
from core.models import StandardPage
from members.models import MemberPage
from projects.models import ProjectDownload, ProjectPage

pytestmark = pytest.mark.django_db


def english(page):
    return page.get_translation(Locale.objects.get(language_code="en")).specific


def sync(client, page, publish=True):
    """What the editor's one action does: wagtail-localize's "Sync translated pages" form, sent."""
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=page.locale)
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    response = client.post(url, {"publish_translations": "on"} if publish else {})
    assert response.status_code == 302, response.content.decode()[:2000]


@pytest.fixture
def secretariat_client(client, django_user_model):
    user = django_user_model.objects.create_user("sekretariat.tlumaczenia", password="haslo-testowe-123")
    user.groups.add(Group.objects.get(name="Sekretariat"))
    client.force_login(user)
    return client


def test_every_english_page_of_the_demo_is_a_complete_wagtail_localize_translation():
    en = Locale.objects.get(language_code="en")
    english_pages = Page.objects.filter(locale=en, depth__gt=2)
    assert english_pages.count() > 50
    translations = {
        t.source.object_id: t for t in Translation.objects.filter(target_locale=en, enabled=True).select_related("source")
    }
    unlinked = [page.title for page in english_pages if page.translation_key not in translations]
    assert not unlinked, f"plain copies left: {unlinked}"
    unfinished = [
        t.source.object_repr for t in translations.values() if (lambda p: p[0] != p[1])(t.get_progress())
    ]
    assert not unfinished, f"translations with untranslated strings: {unfinished}"


def test_linking_again_changes_nothing():
    before = Translation.objects.count()
    call_command("link_translations", verbosity=0)
    assert Translation.objects.count() == before


def test_a_figure_reaches_the_english_page_after_sync_and_its_text_stays(secretariat_client, client):
    rybnik = MemberPage.objects.get(slug="rybnik", locale__language_code="pl")
    rybnik_en = english(rybnik)
    english_title, english_body = rybnik_en.title, list(rybnik_en.body.raw_data)
    rybnik.population = 139_777
    rybnik.save_revision().publish()

    assert english(rybnik).population != 139_777  # not before the editor syncs
    assert translation_state(english(rybnik)).state == State.OUT_OF_DATE
    sync(secretariat_client, rybnik)

    rybnik_en = english(rybnik)
    assert rybnik_en.population == 139_777
    assert (rybnik_en.title, list(rybnik_en.body.raw_data)) == (english_title, english_body)
    assert translation_state(rybnik_en).state == State.UP_TO_DATE
    client.logout()
    assert "139,777" in client.get(rybnik_en.url).content.decode()


def test_moved_recruitment_dates_reach_the_english_project_with_its_english_text(secretariat_client, client):
    project = ProjectPage.objects.get(slug="kompetentna-administracja", locale__language_code="pl")
    project_en = english(project)
    english_text = (project_en.title, project_en.eligibility, [g.text for g in project_en.specific_goals.all()])
    closes = timezone.make_aware(datetime.datetime(2031, 3, 14, 15, 30))
    project.recruitment_closes_at = closes
    project.save_revision().publish()
    sync(secretariat_client, project)

    project_en = english(project)
    assert project_en.recruitment_closes_at == closes
    assert (project_en.title, project_en.eligibility, [g.text for g in project_en.specific_goals.all()]) == english_text
    client.logout()
    page = client.get(project_en.url + "recruitment/", follow=True).content.decode()
    assert "14 March 2031" in page


def test_a_file_added_to_the_polish_project_appears_on_the_english_page_after_sync(secretariat_client):
    project = ProjectPage.objects.get(slug="kompetentna-administracja", locale__language_code="pl")
    document = get_document_model().objects.first()
    project.downloads.add(ProjectDownload(document=document, title="Harmonogram szkoleń", sort_order=99))
    project.save_revision().publish()
    sync(secretariat_client, project)

    english_files = [download.document_id for download in english(project).downloads.all()]
    polish_files = [download.document_id for download in ProjectPage.objects.get(pk=project.pk).downloads.all()]
    assert english_files == polish_files and document.pk in english_files


def test_the_page_listing_and_the_editor_say_when_a_translation_is_out_of_date(secretariat_client):
    statute = StandardPage.objects.get(slug="dzialalnosc", locale__language_code="pl")
    statute.intro = statute.intro + " Zmiana."
    statute.save_revision().publish()
    statute_en = english(statute)

    listing = secretariat_client.get(reverse("wagtailadmin_explore", args=[statute_en.get_parent().pk])).content.decode()
    assert "tłumaczenie nieaktualne" in listing
    edit = secretariat_client.get(reverse("wagtailadmin_pages:edit", args=[statute.pk]), follow=True).content.decode()
    assert "nie mają jeszcze zmian opublikowanych" in edit and "Zsynchronizuj przetłumaczone strony" in edit

    sync(secretariat_client, statute)  # the changed intro is a new string: it waits for a translator
    assert translation_state(english(statute)).state == State.WAITING
    listing = secretariat_client.get(reverse("wagtailadmin_explore", args=[statute_en.get_parent().pk])).content.decode()
    assert "tłumaczenie niedokończone" in listing


def test_a_sync_that_does_not_publish_leaves_the_translation_out_of_date(secretariat_client):
    rybnik = MemberPage.objects.get(slug="rybnik", locale__language_code="pl")
    rybnik.area = rybnik.area + 1
    rybnik.save_revision().publish()
    sync(secretariat_client, rybnik, publish=False)  # taken into wagtail-localize, the English page not rebuilt
    assert translation_state(english(rybnik)).state == State.OUT_OF_DATE


def test_a_copy_with_other_paragraphs_is_linked_without_losing_its_text(admin_user):
    parent = StandardPage.objects.get(slug="dzialalnosc", locale__language_code="pl").get_parent()
    polish = StandardPage(title="Strona próbna", slug="strona-probna", intro="Wstęp.",
                          body=[("paragraph", "<p>Pierwszy.</p>"), ("paragraph", "<p>Drugi.</p>")])
    parent.add_child(instance=polish)
    polish.save_revision().publish()
    copy = polish.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=True).specific
    copy.title, copy.intro, copy.body = "Trial page", "Intro.", [("paragraph", "<p>Only one paragraph.</p>")]
    copy.save_revision().publish()

    result = link_translation(polish, copy)
    assert not result.complete and not result.rebuilt
    kept = StandardPage.objects.get(pk=copy.pk)
    assert (kept.title, kept.intro, kept.body.raw_data[0]["value"]) == ("Trial page", "Intro.", "<p>Only one paragraph.</p>")
    assert Translation.objects.filter(source__object_id=polish.translation_key, target_locale=copy.locale).exists()
    assert translation_state(kept).state == State.WAITING
