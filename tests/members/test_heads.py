"""Heads of office are kept once: a member's head can be a Person and then links to the person's page under Władze."""

from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from members.models import MemberIndexPage, MemberPage, MemberType, Person

from .test_queries import count_queries


def member(slug, language="pl"):
    return MemberPage.objects.get(slug=slug, locale__language_code=language)


def person(last_name):
    return Person.objects.get(last_name=last_name)


@pytest.mark.django_db
def test_demo_heads_in_the_bodies_are_linked_and_the_others_are_plain_text():
    linked = MemberPage.objects.filter(locale__language_code="pl", head_person__isnull=False)
    assert linked.count() == 14  # the verified heads who also sit in the Zarząd or the Komisja Rewizyjna
    assert not linked.exclude(head_name="").exists()  # the name is kept once, in the person record
    assert member("rybnik").head_person == person("Kuczera")
    assert member("powiat-wodzislawski").head_person == person("Bizoń")
    assert member("rybnik", "en").head_person == person("Kuczera")
    for slug, name in [("gaszowice", "Paweł Bugdol"), ("gorzyce", "Daniel Jakubczyk")]:  # not in the bodies
        page = member(slug)
        assert page.head_person is None and page.head_display_name == name


@pytest.mark.django_db
@pytest.mark.parametrize("path, people", [
    ("/czlonkowie/rybnik/", "/wladze/osoby/"), ("/en/members/rybnik/", "/en/authorities/people/"),
])
def test_head_name_links_to_the_person_page_in_both_languages(client, path, people):
    kuczera = person("Kuczera")
    html = client.get(path).content.decode()
    office = html.split('id="member-office"', 1)[1].split("</section>", 1)[0]
    assert f'<a href="{people}{kuczera.pk}/">Piotr Kuczera</a>' in office
    assert client.get(f"{people}{kuczera.pk}/").status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("path, people", [("/czlonkowie/", "/wladze/osoby/"), ("/en/members/", "/en/authorities/people/")])
def test_directory_shows_the_head_linked(client, path, people):
    html = client.get(path).content.decode()
    assert f'<a href="{people}{person("Bizoń").pk}/">Leszek Bizoń</a>' in html
    assert "Paweł Bugdol" in html and "Bugdol</a>" not in html


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/czlonkowie/gaszowice/", "/en/members/gaszowice/"])
def test_head_without_a_person_record_is_plain_text(client, path):
    html = client.get(path).content.decode()
    office = html.split('id="member-office"', 1)[1].split("</section>", 1)[0]
    assert "<dd>Paweł Bugdol</dd>" in office


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/czlonkowie/rybnik/", "/en/members/rybnik/", "/czlonkowie/"])
def test_unpublished_head_person_falls_back_to_plain_text(client, path):
    kuczera = person("Kuczera")
    kuczera.unpublish()
    html = client.get(path).content.decode()
    assert "Piotr Kuczera" in html
    assert f"/{kuczera.pk}/\">Piotr Kuczera" not in html


@pytest.mark.django_db
def test_person_and_free_text_name_together_are_refused():
    page = member("rybnik")
    page.head_name = "Jan Kowalski"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "head_name" in error.value.message_dict
    page.head_name = ""
    page.full_clean()  # the person alone is fine
    page.head_person = None
    page.head_name = "Jan Kowalski"
    page.full_clean()  # and so is the free text alone


@pytest.mark.django_db
def test_member_found_by_the_head_persons_name():
    rybnik = member("rybnik")
    assert rybnik.head_name == ""  # found through the person record, not a typed copy of the name
    assert rybnik in list(MemberPage.objects.live().filter(locale=rybnik.locale).search("Kuczera"))


# -- the admin ------------------------------------------------------------------------------------------------

def _member_form(page, **changes):
    """The page edit form of ``page`` as the admin posts it, with ``changes`` applied, published."""
    fields = {
        "title": page.title, "slug": page.slug, "official_name": page.official_name, "member_type": page.member_type,
        "county": page.county_id or "", "joined_on": "", "coat_of_arms": page.coat_of_arms_id or "",
        "coat_of_arms_alt": page.coat_of_arms_alt, "head_title": page.head_title,
        "head_person": page.head_person_id or "", "head_name": page.head_name, "office_name": page.office_name,
        "address": page.address, "phone": page.phone, "email": page.email, "website": page.website,
        "population": page.population or "", "area": page.area or "",
        "figures_date": page.figures_date.isoformat() if page.figures_date else "",
        "figures_source": page.figures_source, "sample_data": "on" if page.sample_data else "",
        "sample_data_note": page.sample_data_note, "body": streamfield([]),
        "seo_title": "", "search_description": "", "go_live_at": "", "expire_at": "",
        "comments": inline_formset([]), "action-publish": "publish",
    }
    fields.update(changes)
    return nested_form_data(fields)


@pytest.fixture
def editor(client):
    user = get_user_model().objects.create_user("redaktor-wlodarz", "redaktor@example.com", "haslo-testowe-123")
    user.groups.add(Group.objects.get(name="Sekretariat"))
    client.force_login(user)
    return user


@pytest.mark.django_db
def test_sekretariat_editor_chooses_the_head_person_and_the_page_links_it(client, editor):
    bugdol = Person(first_name="Paweł", last_name="Bugdol")
    bugdol.save()
    bugdol.save_revision().publish()
    page = member("gaszowice")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    form_page = client.get(url)
    assert form_page.status_code == 200
    assert "imię i nazwisko pochodzą wtedy z karty osoby" in form_page.content.decode()  # the rule, in the help text

    response = client.post(url, _member_form(page, head_person=bugdol.pk, head_name=""))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    client.logout()

    page.refresh_from_db()
    assert page.head_person == bugdol and page.head_name == ""
    assert page.revisions.filter(user=editor).exists()
    html = client.get("/czlonkowie/gaszowice/").content.decode()
    assert f'<a href="/wladze/osoby/{bugdol.pk}/">Paweł Bugdol</a>' in html
    assert f'<a href="/wladze/osoby/{bugdol.pk}/">Paweł Bugdol</a>' in client.get("/czlonkowie/").content.decode()


@pytest.mark.django_db
def test_admin_refuses_a_person_and_a_different_free_text_name(client, editor):
    page = member("gaszowice")
    kuczera = person("Kuczera")
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), _member_form(page, head_person=kuczera.pk)
    )
    assert response.status_code == 200  # the form again, with the error next to the field and the values kept
    assert response.context["form"].errors["head_name"]
    assert 'value="Paweł Bugdol"' in response.content.decode()
    page.refresh_from_db()
    assert page.head_person is None and page.head_name == "Paweł Bugdol"


# -- query counts -------------------------------------------------------------------------------------------

def add_members_with_heads(count):
    """``count`` more members in the directory, each headed by its own published person."""
    index = MemberIndexPage.objects.get(locale__language_code="pl")
    county = member("powiat-rybnicki")
    people = Person.objects.bulk_create(
        Person(first_name="Wójt", last_name=f"Testowy {number}", live=True) for number in range(count)
    )
    for number, head in enumerate(people):
        index.add_child(instance=MemberPage(
            title=f"Gmina Testowa {number}", slug=f"gmina-testowa-{number}", official_name=f"Gmina Testowa {number}",
            member_type=MemberType.RURAL, county=county, head_title="wojt", head_person=head,
            population=1000, area=Decimal("10.50"),
        ))
    return people


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/czlonkowie/", "/czlonkowie/?typ=gmina-wiejska", "/czlonkowie/rybnik/"])
def test_query_count_with_ten_times_the_heads_does_not_grow(client, path, committed):
    small = count_queries(client, path)
    # committed, as an editor's change is: the pages kept per generation are read anew
    with committed():
        people = add_members_with_heads(9 * 28)  # 28 → 280 members, 252 more linked heads
    large = count_queries(client, path)
    assert large == small, f"{path}: {small} queries with 28 members, {large} with 280"
    if path.startswith("/czlonkowie/?") or path == "/czlonkowie/":
        assert f'<a href="/wladze/osoby/{people[-1].pk}/">Wójt Testowy {len(people) - 1}</a>' in client.get(
            path
        ).content.decode()


# -- the demo loader --------------------------------------------------------------------------------------------

@pytest.mark.django_db
def test_loader_leaves_a_head_that_editors_changed(admin_user, monkeypatch):
    """Running the demo again never puts the person back on a member page that an editor edited."""
    page = member("rybnik")
    page.head_person = None
    page.head_name = "Jan Nowak"
    page.save_revision(user=admin_user).publish()
    monkeypatch.setenv("PORTAL_DEMO_STEPS", "home.demo.site,members.demo")
    call_command("load_demo", verbosity=0)
    page.refresh_from_db()
    assert page.head_person is None and page.head_name == "Jan Nowak"
    assert MemberPage.objects.filter(locale__language_code="pl", head_person__isnull=False).count() == 13
    assert Person.objects.filter(last_name="Kuczera").count() == 1  # the person is not created twice
