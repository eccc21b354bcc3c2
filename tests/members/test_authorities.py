"""Authorities: current vs archived terms, representatives on member pages, an editor changing a role."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from members.models import MemberPage, Membership, Person, Role, StatutoryBody, Term


def zarzad_terms():
    body = StatutoryBody.objects.get(locale__language_code="pl", slug="zarzad")
    return Term.objects.get(locale__language_code="pl", body=body, start_date=datetime.date(2019, 5, 28)), Term.objects.get(
        locale__language_code="pl", body=body, start_date=datetime.date(2024, 5, 21)
    )


@pytest.mark.django_db
def test_current_and_archived_terms_follow_the_dates():
    old, new = zarzad_terms()
    day_before = datetime.date(2024, 5, 20)
    assert old.status(day_before) == "current" and new.status(day_before) == "upcoming"
    assert set(Term.objects.current(day_before).filter(body__slug="zarzad", locale__language_code="pl")) == {old}
    election_day = datetime.date(2024, 5, 21)
    assert old.status(election_day) == "archived" and new.status(election_day) == "current"
    assert set(Term.objects.current(election_day).filter(body__slug="zarzad", locale__language_code="pl")) == {new}
    assert old in Term.objects.archived(election_day)
    assert new.end_date == datetime.date(2029, 5, 21)  # start + the body's configurable term length (5 years)


@pytest.mark.django_db
def test_term_end_follows_the_configured_length():
    body = StatutoryBody.objects.get(locale__language_code="pl", slug="komisja-rewizyjna")
    body.term_years = 4
    body.save()
    term = Term.objects.create(body=body, start_date=datetime.date(2030, 1, 10))
    assert term.end_date == datetime.date(2034, 1, 10)


@pytest.mark.django_db
def test_authorities_page_shows_the_term_current_on_the_day(client):
    with time_machine.travel(datetime.datetime(2023, 3, 1, 12), tick=False):
        html = client.get("/wladze/").content.decode()
        assert "Kadencja 2019–2024" in html and "Dariusz Polowy" in html and "Jacek Wojciechowicz" not in html
        archive = client.get("/wladze/archiwum/").content.decode()
        assert "Dariusz Polowy" not in archive
    with time_machine.travel(datetime.datetime(2025, 3, 1, 12), tick=False):
        response = client.get("/wladze/")
        html = response.content.decode()
        assert "Kadencja 2024–2029" in html and "Jacek Wojciechowicz" in html and "Dariusz Polowy" not in html
        zarzad = next(body for body in response.context["bodies"] if body.slug == "zarzad")
        chairs = [(row.person.last_name, row.role) for row in zarzad.current_term.rows if row.role != Role.MEMBER]
        assert chairs == [("Bizoń", Role.CHAIR), ("Kuczera", Role.DEPUTY)]
        assert "Dariusz Polowy" in client.get("/wladze/archiwum/").content.decode()
    with time_machine.travel(datetime.datetime(2026, 6, 1, 12), tick=False):
        zarzad = next(body for body in client.get("/wladze/").context["bodies"] if body.slug == "zarzad")
        chairs = [(row.person.last_name, row.role) for row in zarzad.current_term.rows if row.role != Role.MEMBER]
        assert chairs == [("Kuczera", Role.CHAIR), ("Bizoń", Role.DEPUTY)]  # swapped after two years


@pytest.mark.django_db
def test_bodies_link_to_their_resolutions(client):
    html = client.get("/wladze/").content.decode()
    register = pytest.importorskip("resolutions.models")
    if not hasattr(register, "ResolutionIndexPage") or not register.ResolutionIndexPage.objects.live().exists():
        pytest.skip("the resolutions register is not there yet")
    url = register.ResolutionIndexPage.objects.live().get(locale__language_code="pl").url
    for slug in ("zgromadzenie-ogolne", "zarzad", "komisja-rewizyjna"):
        assert f'href="{url}?organ={slug}"' in html


@pytest.mark.django_db
def test_representatives_on_member_pages_come_from_the_authorities_data(client):
    lyski = MemberPage.objects.get(slug="lyski", locale__language_code="pl")
    assert "Jan Testowy" not in client.get("/czlonkowie/lyski/").content.decode()
    _old, current = zarzad_terms()
    person = Person.objects.create(first_name="Jan", last_name="Testowy")
    seat = Membership.objects.create(term=current, person=person, role=Role.MEMBER, public_office="Wójt Gminy Lyski",
                                     member=lyski)
    english_term = current.get_translation(Locale.objects.get(language_code="en"))  # the demo's translation
    Membership.objects.create(term=english_term, translation_key=seat.translation_key, person=person, role=Role.MEMBER,
                              public_office="Head of Lyski Municipality", member=lyski)
    html = client.get("/czlonkowie/lyski/").content.decode()
    assert "Jan Testowy" in html and "Wójt Gminy Lyski" in html
    english = client.get("/en/members/lyski/").content.decode()
    assert "Jan Testowy" in english and "Head of Lyski Municipality" in english and "Management Board" in english
    # an unpublished person (draft) is not shown
    person.live = False
    person.save()
    assert "Jan Testowy" not in client.get("/czlonkowie/lyski/").content.decode()


@pytest.mark.django_db
def test_past_seats_are_listed_as_earlier_on_member_pages(client):
    with time_machine.travel(datetime.datetime(2025, 3, 1, 12), tick=False):
        response = client.get("/czlonkowie/raciborz/")
    assert [seat.person.last_name for seat in response.context["current_seats"]] == ["Wojciechowicz"]
    assert [seat.person.last_name for seat in response.context["past_seats"]] == ["Polowy"]


def _term_form(term, **changes_by_person):
    """The admin form data of ``term`` as the edit view would post it, with some roles changed."""
    rows = []
    for row in term.memberships.all().order_by("sort_order"):
        role = changes_by_person.get(row.person.last_name, row.role) if row.start_date is None else row.role
        rows.append({
            "id": row.pk, "person": row.person_id, "role": role, "public_office": row.public_office,
            "member": row.member_id or "",
            "start_date": row.start_date.isoformat() if row.start_date else "",
            "end_date": row.end_date.isoformat() if row.end_date else "", "note": row.note,
        })
    return nested_form_data({
        "body": term.body_id, "start_date": term.start_date.isoformat(),
        "end_date": term.end_date.isoformat() if term.end_date else "",
        "description": term.description,
        "memberships": inline_formset(rows, initial=len(rows)),
    })


@pytest.mark.django_db
def test_editor_changes_a_zarzad_role_and_both_pages_show_it(client):
    """An office editor (group Sekretariat) makes Damian Mrowiec Zastępca Przewodniczącego in the admin."""
    editor = get_user_model().objects.create_user("redaktor", "redaktor@example.com", "haslo-testowe-123")
    editor.groups.add(Group.objects.get(name="Sekretariat"))
    client.force_login(editor)
    _old, current = zarzad_terms()
    assert "Zastępca Przewodniczącego" not in client.get("/czlonkowie/powiat-rybnicki/").content.decode()

    url = reverse("wagtailsnippets_members_term:edit", args=[current.pk])
    assert client.get(url).status_code == 200
    response = client.post(url, _term_form(current, Mrowiec=Role.DEPUTY))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    client.logout()

    row = current.memberships.get(person__last_name="Mrowiec")
    assert row.role == Role.DEPUTY
    assert current.revisions.count() >= 2  # the edit is kept in the term's history
    authorities = client.get("/wladze/").content.decode()
    mrowiec_row = authorities.split("Damian Mrowiec", 1)[1].split("</tr>", 1)[0]
    assert "Zastępca Przewodniczącego" in mrowiec_row
    member_page = client.get("/czlonkowie/powiat-rybnicki/").content.decode()
    assert "Zarząd Związku: Zastępca Przewodniczącego" in member_page
    assert "Management Board: Deputy Chair" in client.get("/en/members/powiat-rybnicki/").content.decode()


@pytest.mark.django_db
def test_admin_keeps_what_was_typed_when_dates_are_wrong(admin_client):
    _old, current = zarzad_terms()
    data = _term_form(current)
    data["end_date"] = "2020-01-01"
    response = admin_client.post(reverse("wagtailsnippets_members_term:edit", args=[current.pk]), data)
    assert response.status_code == 200
    assert "Koniec kadencji musi być późniejszy" in response.content.decode() or "end of the term" in response.content.decode()
    current.refresh_from_db()
    assert current.end_date == datetime.date(2029, 5, 21)


@pytest.mark.django_db
def test_sekretariat_may_edit_people_and_terms():
    group = Group.objects.get(name="Sekretariat")
    codenames = set(group.permissions.filter(content_type__app_label="members").values_list("codename", flat=True))
    assert {"add_person", "change_person", "publish_person", "add_term", "change_term", "change_statutorybody"} <= codenames


@pytest.mark.django_db
@pytest.mark.parametrize("name, needs_object", [
    ("wagtailsnippets_members_person:list", False), ("wagtailsnippets_members_term:list", False),
    ("wagtailsnippets_members_statutorybody:list", False), ("wagtailsnippets_members_person:edit", True),
    ("wagtailsnippets_members_person:history", True), ("wagtailsnippets_members_term:edit", True),
])
def test_authorities_admin_views_open(admin_client, name, needs_object):
    model = Person if "person" in name else Term
    args = [model.objects.first().pk] if needs_object else []
    assert admin_client.get(reverse(name, args=args)).status_code == 200
