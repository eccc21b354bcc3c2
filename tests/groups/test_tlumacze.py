"""Tłumacze, who translate into English, as a member would work through the admin.

wagtail-localize needs two things for "Translate": the ``submit_translation`` permission (the submit view checks
nothing else) and a way to reach the Polish page, which no page right gives without the right to edit it, so the
dashboard lists the pages still missing a translation. Editing the translation needs "change" on the English
page, which the group has on the English tree; putting the translated text on the site ("Publish in English")
needs "publish", which stays with Sekretariat.

Tasks: find an untranslated page on the dashboard, translate it, translate its strings, correct an English page.
Refusals: Polish pages, publishing or unpublishing English pages, the settings, visitors' submissions.
"""

import html
import json
import re

import pytest
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.models import StandardPage

from .admin_forms import assert_refused, edit_url, english_of, office, office_form, settings_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def translator(client, member_of):
    user = member_of("Tłumacze", "Anna", "Tłumaczka")
    client.force_login(user)
    return user


@pytest.fixture
def new_polish_page(db):
    home = Page.objects.get(depth=2, locale__language_code="pl")
    page = StandardPage(title="Dyżury w okresie świątecznym", slug="dyzury-swiateczne", intro="Biuro pracuje krócej.")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def translate(client, page):
    english = Locale.objects.get(language_code="en")
    response = client.post(submit_url(page), {"locales": [english.pk]})
    assert response.status_code == 302, response.content[:1000]
    return english_of(page), response


def editor_props(response):
    """The data wagtail-localize's editor starts from (what the page is, what the user may do)."""
    return json.loads(html.unescape(re.search(r'data-props="([^"]*)"', response.content.decode()).group(1)))


def standard_form(page, **overrides):
    data = {"title": page.title, "slug": page.slug, "intro": page.intro, "body": streamfield([]),
            "sidebar": streamfield([]), "seo_title": "", "search_description": ""}
    data.update(overrides)
    return nested_form_data(data)


def test_the_dashboard_lists_the_page_with_its_translate_link(client, translator, new_polish_page):
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Strony do przetłumaczenia" in html and "Dyżury w okresie świątecznym" in html
    assert submit_url(new_polish_page) in html
    assert "Tłumacze" in html and "Tłumaczą strony na angielski" in html


def test_translates_a_page_then_its_strings_and_sekretariat_publishes_them(
    client, translator, new_polish_page, member_of, django_capture_on_commit_callbacks
):
    assert client.get(submit_url(new_polish_page)).status_code == 200
    english, response = translate(client, new_polish_page)
    assert response["Location"] == edit_url(english)

    editor = client.get(edit_url(english))  # wagtail-localize's translation editor
    assert editor.status_code == 200
    props = editor_props(editor)
    assert props["object"]["title"] == "Dyżury w okresie świątecznym" and props["perms"]["canPublish"] is False

    translation = Translation.objects.get(source=TranslationSource.objects.get_for_instance(new_polish_page))
    title = StringSegment.objects.get(source=translation.source, string__data="Dyżury w okresie świątecznym")
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, title.pk])
    response = client.put(url, "value=Holiday+opening+hours", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 201

    assert_refused(client.post(edit_url(english), {"action": "publish"}))
    english.refresh_from_db()
    assert english.title == "Dyżury w okresie świątecznym"

    client.force_login(member_of("Sekretariat", "Maria", "Biurowa"))
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes once the request commits
        assert client.post(edit_url(english), {"action": "publish"}).status_code == 302
    english.refresh_from_db()
    assert english.title == "Holiday opening hours" and english.live


def test_translate_leaves_publishing_to_sekretariat(client, translator, new_polish_page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):  # wagtail-localize publishes once the request commits
        english, _response = translate(client, new_polish_page)
    english.refresh_from_db()
    assert not english.live


def test_corrects_an_english_page_in_the_translation_editor_without_publishing_it(client, translator):
    """The English pages are wagtail-localize translations: a translator's correction is a translated segment,
    kept under their name, and the live page keeps its text until Sekretariat publishes the translation."""
    polish = StandardPage.objects.get(slug="polityka-prywatnosci", locale__language_code="pl")
    english = english_of(polish)
    live_intro = english.intro
    editor = client.get(edit_url(english))  # the edit view is wagtail-localize's translation editor
    assert editor.status_code == 200 and editor_props(editor)["perms"]["canPublish"] is False

    translation = Translation.objects.get(source=TranslationSource.objects.get_for_instance(polish),
                                          target_locale=english.locale)
    intro = StringSegment.objects.get(source=translation.source, string__data=polish.intro)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, intro.pk])
    response = client.put(url, "value=How+we+look+after+your+data.", content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 201)

    stored = StringTranslation.objects.get(translation_of=intro.string, locale=english.locale, context=intro.context)
    assert stored.data == "How we look after your data." and stored.last_translated_by == translator
    english.refresh_from_db()
    assert english.intro == live_intro != "How we look after your data."


def test_a_forged_publish_of_an_english_page_only_saves_a_draft(client, translator):
    english = english_of(StandardPage.objects.get(slug="polityka-prywatnosci", locale__language_code="pl"))
    assert 'name="action-publish"' not in client.get(edit_url(english)).content.decode()
    client.post(edit_url(english), standard_form(english, intro="Published by mistake?", **{"action-publish": "1"}))
    english.refresh_from_db()
    assert english.intro != "Published by mistake?"


@pytest.mark.parametrize("action", ["unpublish", "delete"])
def test_cannot_unpublish_or_delete_an_english_page(client, translator, action):
    english = english_of(StandardPage.objects.get(slug="polityka-prywatnosci", locale__language_code="pl"))
    url = reverse(f"wagtailadmin_pages:{action}", args=[english.pk])
    assert_refused(client.get(url))
    assert_refused(client.post(url))
    english.refresh_from_db()
    assert english.live


def test_cannot_edit_a_polish_page(client, translator):
    page = StandardPage.objects.get(slug="polityka-prywatnosci", locale__language_code="pl")
    assert_refused(client.get(edit_url(page)))
    assert_refused(client.post(edit_url(page), standard_form(page, intro="Zmiana tłumacza.")))
    page.refresh_from_db()
    assert page.intro != "Zmiana tłumacza." and not page.has_unpublished_changes


def test_cannot_edit_biuro_or_the_settings(client, translator):
    page = office()
    assert_refused(client.get(edit_url(page)))
    assert_refused(client.post(edit_url(page), office_form(page, [])))
    assert_refused(client.get(settings_url()))


def test_cannot_read_what_visitors_sent_through_an_english_form(client, translator):
    english_office = english_of(office())
    FormSubmission.objects.create(page=english_office, form_data={"name": "Jane Asking", "message": "When?"})
    assert client.get(edit_url(english_office)).status_code == 200  # the page itself is theirs to translate
    assert_refused(client.get(reverse("wagtailforms:list_submissions", args=[english_office.pk])))
    assert "Jane Asking" not in client.get(reverse("wagtailforms:index")).content.decode()
