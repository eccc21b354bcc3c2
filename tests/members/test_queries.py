"""The directory, the member page and the authorities page run the same number of queries with 10x the content."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from members.models import MemberIndexPage, MemberPage, MemberType, Membership, Person, Role, StatutoryBody, Term
from tests.pictures import upload_some_pictures, uploaded_image

# Upper bounds for a warm page (menu, breadcrumbs, language switcher and settings included).
MAX_QUERIES = 11  # tests/speed: at most 10, English authorities 11


def count_queries(client, path):
    client.get(path)  # warm up: image renditions, site root paths
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    print(f"{path}: {len(queries)} queries")  # shown with pytest -s
    return len(queries)


def add_members(count):
    index = MemberIndexPage.objects.get(locale__language_code="pl")
    county = MemberPage.objects.get(slug="powiat-rybnicki", locale=index.locale)
    # The demo uploads no arms (no fakes); editors upload the real ones, so the grown members carry one.
    arms = uploaded_image("Herb testowy")
    for number in range(count):
        index.add_child(instance=MemberPage(
            title=f"Gmina Testowa {number}", slug=f"gmina-testowa-{number}", official_name=f"Gmina Testowa {number}",
            member_type=MemberType.RURAL, county=county, coat_of_arms=arms, population=1000, area=Decimal("10.50"),
        ))
    return county


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/czlonkowie/", "/czlonkowie/?typ=gmina-wiejska", "/en/members/"])
def test_directory_query_count_does_not_grow(client, path):
    upload_some_pictures()
    small = count_queries(client, path)
    add_members(9 * 28)  # 28 → 280 members
    large = count_queries(client, path)
    assert large == small, f"{path}: {small} queries with 28 members, {large} with 280"
    assert small <= MAX_QUERIES


def add_authorities(scale=10):
    """Ten times the terms and seats: archived terms of every body and extra seats in the current ones."""
    people = Person.objects.bulk_create(Person(first_name="Osoba", last_name=f"Testowa {n}") for n in range(scale * 11))
    members = list(MemberPage.objects.filter(locale__language_code="pl"))
    for body in StatutoryBody.objects.filter(locale__language_code="pl"):
        for year in range(1960, 1960 + scale * 4, 4):
            term = Term.objects.create(body=body, start_date=datetime.date(year, 1, 1), end_date=datetime.date(year + 4, 1, 1))
            Membership.objects.bulk_create(
                Membership(term=term, locale_id=term.locale_id, person=person, role=Role.MEMBER,
                           member=members[n % len(members)], public_office="Wójt", sort_order=n)
                for n, person in enumerate(people[:11])
            )
    for term in Term.objects.current().filter(locale__language_code="pl"):
        Membership.objects.bulk_create(
            Membership(term=term, locale_id=term.locale_id, person=person, role=Role.MEMBER,
                       member=members[n % len(members)], sort_order=100 + n)
            for n, person in enumerate(people)
        )


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/wladze/", "/wladze/archiwum/", "/en/authorities/", "/en/authorities/archive/", "/czlonkowie/rybnik/"]
)
def test_authorities_query_count_does_not_grow(client, path, committed):
    small = count_queries(client, path)
    # committed, as an editor's change is: the pages kept per generation are read anew
    with committed():
        add_authorities()
    large = count_queries(client, path)
    assert large == small, f"{path}: {small} queries before, {large} with ten times the terms and seats"
    assert small <= MAX_QUERIES
