""""Polecane wyniki" pinned by editors, and the report of queries that found nothing, for Sekretariat and
Redakcja (the data migration ``search/0001``)."""

import pytest
from django.contrib.auth.models import Group
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(django_user_model):
    def make(group_name):
        user = django_user_model.objects.create_user(f"{group_name.lower()}-test", password="haslo-testowe-123")
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


def test_a_pinned_page_shows_above_the_results(client):
    statute = Page.objects.get(url_path__endswith="/zwiazek/statut/", locale__language_code="pl")
    SearchPromotion.objects.create(query=Query.get("składki"), page=statute, description="Ile płacą członkowie.")
    html = client.get("/szukaj/", {"q": "Składki"}).content.decode()
    promoted = html.split('id="search-promoted-heading"')[1].split("</section>")[0]
    assert "Polecane wyniki" in html and 'href="/zwiazek/statut/"' in promoted and "Ile płacą członkowie." in promoted


def test_only_queries_that_found_nothing_are_logged(client):
    client.get("/szukaj/", {"q": "kosmodrom"})
    client.get("/szukaj/", {"q": "kosmodrom"})
    client.get("/szukaj/", {"q": "Rybnik"})
    assert Query.objects.get(query_string="kosmodrom").hits == 2
    assert not Query.objects.filter(query_string="rybnik").exists()


@pytest.mark.parametrize("group_name", ["Sekretariat", "Redakcja"])
def test_the_office_sees_the_queries_that_found_nothing_and_may_pin_results(client, editor, group_name):
    client.get("/szukaj/", {"q": "kosmodrom"})
    user = editor(group_name)
    assert user.has_perms(["wagtailsearchpromotions.add_searchpromotion", "wagtailsearchpromotions.change_searchpromotion"])
    client.force_login(user)
    report = client.get("/admin/search/no-results/")
    assert report.status_code == 200 and "kosmodrom" in report.content.decode()
    assert client.get("/admin/searchpicks/add/").status_code == 200


def test_translators_do_not_see_the_report(client, editor):
    client.force_login(editor("Tłumacze"))
    assert client.get("/admin/search/no-results/").status_code in (302, 403)
