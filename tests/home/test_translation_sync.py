"""Facts that are the same in every language follow the Polish page to its English copy on publish."""

import pytest
from wagtail.models import Page

from members.models import MemberPage

pytestmark = pytest.mark.django_db


def english(page):
    return page.get_translations().get(locale__language_code="en").specific


def test_publishing_a_member_page_carries_its_figures_to_the_english_page(client, admin_user):
    rybnik = MemberPage.objects.get(slug="rybnik", locale__language_code="pl")
    english_title = english(rybnik).title
    rybnik.population = 139_000
    rybnik.save_revision(user=admin_user).publish(user=admin_user)

    translated = english(rybnik)
    assert translated.population == 139_000
    assert translated.title == english_title  # text stays as the translator left it
    assert "139,000" in client.get(translated.url).content.decode()


def test_a_pending_english_draft_keeps_its_text_and_gets_the_facts(admin_user):
    rybnik = MemberPage.objects.get(slug="rybnik", locale__language_code="pl")
    translated = english(rybnik)
    translated.title = "Rybnik (draft by the translator)"
    translated.save_revision(user=admin_user)

    rybnik.population = 140_500
    rybnik.save_revision(user=admin_user).publish(user=admin_user)

    translated = english(rybnik)
    draft = translated.get_latest_revision_as_object()
    assert draft.title == "Rybnik (draft by the translator)" and draft.population == 140_500
    assert MemberPage.objects.get(pk=translated.pk).population == 140_500  # and the live page shows it


def test_english_pages_are_not_copied_back_to_polish(admin_user):
    rybnik = MemberPage.objects.get(slug="rybnik", locale__language_code="pl")
    population = rybnik.population
    translated = english(rybnik)
    translated.population = 1
    translated.save_revision(user=admin_user).publish(user=admin_user)
    assert Page.objects.get(pk=rybnik.pk).specific.population == population
