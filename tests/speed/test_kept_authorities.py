"""The authorities pages (the bodies' current terms, the archive, a person's seats) are kept per language and
day under the answers' generation (``AuthoritiesPage._kept_name``): warm, they read nothing; an edit shows on
the next request once it commits; a term that ends moves to the archive at Warsaw midnight."""

import datetime
import zoneinfo

import pytest
import time_machine

from members.models import Membership, Term
from tests.warm import assert_a_warm_page_reads_nothing

from .test_query_counts import person_url

pytestmark = pytest.mark.django_db
WARSAW = zoneinfo.ZoneInfo("Europe/Warsaw")


@pytest.mark.parametrize("url", ["/wladze/", "/wladze/archiwum/", "/en/authorities/", "person"])
def test_warm_authorities_pages_read_nothing(client, url):
    assert_a_warm_page_reads_nothing(client, person_url("/wladze/osoby/1/") if url == "person" else url)


def test_a_renamed_person_shows_on_every_authorities_page_on_the_next_request(client, committed):
    seat = Membership.objects.filter(term__end_date__isnull=True, locale__language_code="pl").order_by("pk").first()
    if seat is None:
        seat = Membership.objects.filter(locale__language_code="pl").order_by("-term__start_date").first()
    person = seat.person
    person_page = f"/wladze/osoby/{person.pk}/"
    for url in ("/wladze/", person_page):
        client.get(url)
    person.last_name = "Przemianowana"
    with committed():
        person.save()
    assert "Przemianowana" in client.get(person_page).content.decode()
    assert "Przemianowana" in client.get("/wladze/").content.decode()


def test_a_person_who_is_not_live_is_a_404_even_after_being_seen(client, committed):
    person = Membership.objects.filter(locale__language_code="pl").order_by("pk").first().person
    url = f"/wladze/osoby/{person.pk}/"
    assert client.get(url).status_code == 200
    person.live = False
    with committed():
        person.save()
    assert client.get(url).status_code == 404
    assert client.get("/wladze/osoby/999999/").status_code == 404


def test_a_term_that_ends_moves_to_the_archive_at_warsaw_midnight(client):
    term = Term.objects.filter(locale__language_code="pl", end_date__isnull=True).order_by("pk").first() or \
        Term.objects.filter(locale__language_code="pl").order_by("-start_date").first()
    Term.objects.filter(translation_key=term.translation_key).update(end_date=datetime.date(2031, 5, 11))
    ends = "do 11 maja 2031"
    with time_machine.travel(datetime.datetime(2031, 5, 10, 23, 59, tzinfo=WARSAW), tick=False) as clock:
        for _ in range(2):  # built, then kept
            index, archive = client.get("/wladze/").content.decode(), client.get("/wladze/archiwum/").content.decode()
        assert ends in index and ends not in archive
        clock.move_to(datetime.datetime(2031, 5, 11, 0, 0, 1, tzinfo=WARSAW))
        index, archive = client.get("/wladze/").content.decode(), client.get("/wladze/archiwum/").content.decode()
        assert ends not in index and ends in archive


def test_a_member_pages_seats_are_kept_and_follow_a_renamed_person(client, committed):
    seat = Membership.objects.filter(locale__language_code="pl", member__isnull=False, person__live=True).order_by("pk").first()
    url = seat.member.url
    assert_a_warm_page_reads_nothing(client, url)
    person = seat.person
    person.last_name = "Przemianowana"
    with committed():
        person.save()
    assert "Przemianowana" in client.get(url).content.decode()
