"""People are kept once and linked wherever they appear: the person's page under Władze lists every seat."""

import datetime

import pytest
import time_machine

from members.models import MemberPage, Person


def person(last_name):
    return Person.objects.get(last_name=last_name)


@pytest.mark.django_db
def test_names_on_the_authorities_page_and_archive_link_to_the_person(client):
    kuczera = person("Kuczera")
    link = f'href="/wladze/osoby/{kuczera.pk}/"'
    assert link in client.get("/wladze/").content.decode()
    assert link in client.get("/wladze/archiwum/").content.decode()
    assert f'href="/en/authorities/people/{kuczera.pk}/"' in client.get("/en/authorities/").content.decode()


@pytest.mark.django_db
def test_representatives_on_a_member_page_link_to_the_person(client):
    assert f'href="/wladze/osoby/{person("Kuczera").pk}/"' in client.get("/czlonkowie/rybnik/").content.decode()
    assert f'href="/en/authorities/people/{person("Mrowiec").pk}/"' in client.get(
        "/en/members/powiat-rybnicki/"
    ).content.decode()


@pytest.mark.django_db
@time_machine.travel(datetime.datetime(2025, 6, 1, 12, 0), tick=False)
def test_person_page_lists_current_planned_and_past_seats(client):
    response = client.get(f"/wladze/osoby/{person('Kuczera').pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1 and "Piotr Kuczera" in html
    current = response.context["current_seats"]
    assert [(seat.term.body.slug, seat.get_role_display()) for seat in current] == [("zarzad", "Zastępca Przewodniczącego")]
    assert [seat.get_role_display() for seat in response.context["planned_seats"]] == ["Przewodniczący"]
    assert [seat.term.start_date.year for seat in response.context["past_seats"]] == [2019]
    assert 'href="/czlonkowie/rybnik/"' in html  # the member he represents


@pytest.mark.django_db
def test_person_page_in_english_links_english_member_pages(client):
    html = client.get(f"/en/authorities/people/{person('Bizoń').pk}/").content.decode()
    assert "Management Board" in html and 'href="/en/members/powiat-wodzislawski/"' in html


@pytest.mark.django_db
@pytest.mark.parametrize("suffix", ["999999/", "abc/"])
def test_unknown_person_is_404(client, suffix):
    assert client.get(f"/wladze/osoby/{suffix}").status_code == 404


@pytest.mark.django_db
def test_unpublished_person_is_404(client):
    kuczera = person("Kuczera")
    Person.objects.filter(pk=kuczera.pk).update(live=False)
    assert client.get(f"/wladze/osoby/{kuczera.pk}/").status_code == 404


@pytest.mark.django_db
def test_person_page_query_count_does_not_grow(client, committed):
    from tests.members.test_queries import add_authorities, count_queries

    path = f"/wladze/osoby/{person('Kuczera').pk}/"
    small = count_queries(client, path)
    # committed, as an editor's change is: the pages kept per generation are read anew
    with committed():
        add_authorities()
    assert count_queries(client, path) == small


@pytest.mark.django_db
def test_demo_members_have_full_contact_data_and_say_what_is_sample(client):
    """Verified offices from domain.md are kept; every other contact field is a visible placeholder, named as such."""
    pages = MemberPage.objects.filter(locale__language_code="pl")
    assert pages.count() == 28
    for page in pages:
        assert page.office_name and page.address and page.phone and page.email and page.website, page.slug
        assert page.sample_data and "telefon" in page.sample_data_note, page.slug
    gaszowice = pages.get(slug="gaszowice")
    assert gaszowice.address == "ul. Rydułtowska 2\n44-293 Gaszowice" and "adres" not in gaszowice.sample_data_note
    html = client.get("/czlonkowie/gaszowice/").content.decode()
    assert "Przykładowe są: telefon, e-mail, strona internetowa, liczba ludności i powierzchnia." in html
    assert "ul. Rydułtowska 2" in html and 'href="tel:+48' in html
    rybnicki = pages.get(slug="powiat-rybnicki")
    assert rybnicki.website == "https://starostwo.rybnik.pl/" and "strona internetowa" not in rybnicki.sample_data_note
    assert "Sample data: phone, e-mail, website, population and area." in client.get("/en/members/gaszowice/").content.decode()
