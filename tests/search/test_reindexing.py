"""What a visitor finds right after an editor's change: a renamed body finds the people who sit in it, and a
newly published word is offered as the correction of a typo at once (not ten minutes later)."""

import pytest
from wagtail.models import PageViewRestriction

from core.models import StandardPage
from home.models import HomePage
from members.models import StatutoryBody

pytestmark = pytest.mark.django_db


def titles(client, query):
    response = client.get("/szukaj/", {"q": query})
    assert response.status_code == 200
    return response, [item.title for item in response.context["items"]]


def test_renaming_a_body_finds_its_people_by_the_new_name(client):
    body = StatutoryBody.objects.get(slug="zarzad", locale__language_code="pl")
    assert titles(client, "Socha Kapituła Kalafiorowa")[1] == []
    body.name = "Kapituła Kalafiorowa"
    body.save()
    assert titles(client, "Socha Kapituła Kalafiorowa")[1] == ["Waldemar Socha"]


def test_a_typo_is_corrected_to_a_word_published_after_the_vocabulary_was_cached(client):
    response, found = titles(client, "kalafiorzysko")
    assert found == [] and response.context["suggestion"] == ""  # the vocabulary is now cached without the word
    home = HomePage.objects.get(locale__language_code="pl")
    page = StandardPage(title="Kalafiorowisko gminne", slug="kalafiorowisko")
    home.add_child(instance=page)
    page.save_revision().publish()
    response, found = titles(client, "kalafiorzysko")
    assert response.context["suggestion"] == "kalafiorowisko"
    assert "Czy chodziło Ci o:" in response.content.decode()


def test_a_restricted_pages_title_is_no_longer_suggested(client, committed):
    """The vocabulary is kept under the answers' generation, so a new view restriction ends it when it commits."""
    home = HomePage.objects.get(locale__language_code="pl")
    page = StandardPage(title="Kalafiorowisko gminne", slug="kalafiorowisko")
    with committed():
        home.add_child(instance=page)
        page.save_revision().publish()
    assert titles(client, "kalafiorzysko")[0].context["suggestion"] == "kalafiorowisko"
    with committed():
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert titles(client, "kalafiorzysko")[0].context["suggestion"] == ""
