"""A resolution's page, its change register included (who entered each version, BIP's "Wprowadził"), is kept
under the answers' generation: warm, it reads nothing. A publication adds a row on the next request; a user's
new name shows on the next request (a user's save starts a new generation); a login, which writes the user's
``last_login``, does not end what is kept."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client

from core import response_cache
from tests.warm import assert_a_warm_page_reads_nothing

pytestmark = pytest.mark.django_db


@pytest.fixture
def entered_by_anna(make_resolution, committed):
    with committed():  # a user's save starts a new generation too
        anna = get_user_model().objects.create_user("anna-rejestr", first_name="Anna", last_name="Nowak")
        anna.groups.add(Group.objects.get(name="Publikujący"))
        page = make_resolution(user=anna, change_note="Utworzenie dokumentu")
    assert not response_cache.invalidation_pending()  # so what the page reads next is kept
    return page, anna


def test_a_warm_resolution_page_reads_nothing(client):
    assert_a_warm_page_reads_nothing(client, "/uchwaly/zgromadzenie-ogolne/2019/2/")


def test_a_new_publication_and_a_renamed_author_show_on_the_next_request(client, entered_by_anna, committed):
    page, anna = entered_by_anna
    assert_a_warm_page_reads_nothing(client, page.url)
    assert "Anna Nowak" in client.get(page.url).content.decode()
    page.change_note = "Poprawa literówki w tytule"
    with committed():
        page.save_revision(user=anna).publish(user=anna)
    assert "Poprawa literówki w tytule" in client.get(page.url).content.decode()
    anna.last_name = "Kowalska"
    with committed():
        anna.save()
    html = client.get(page.url).content.decode()
    assert "Anna Kowalska" in html and "Anna Nowak" not in html


def test_an_editor_logging_in_keeps_what_is_kept(client, entered_by_anna, committed):
    page, anna = entered_by_anna
    client.get(page.url)
    generation = response_cache.generation()
    with committed():
        Client().force_login(anna)  # Django writes last_login
    assert response_cache.generation() == generation
    assert_a_warm_page_reads_nothing(client, page.url)
