"""The resolution model: numbering rules, derived status, relations, BIP metadata, text extraction."""

import datetime

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError

from resolutions.models import RelationKind, ResolutionPage, Status, status_q

pytestmark = pytest.mark.django_db


def test_demo_register_has_its_resolutions_with_their_status():
    pl = ResolutionPage.objects.filter(locale__language_code="pl").select_related("body")
    statuses = {(p.body.slug, p.display_number): p.status for p in pl}
    assert len(statuses) == 17  # the 16 demo resolutions plus ZO 2/2019, which ZO 3/2024 repeals
    assert statuses[("zgromadzenie-ogolne", "5/2013")] == Status.EXPIRED
    assert statuses[("zarzad", "14/2013")] == Status.EXECUTED
    assert statuses[("zarzad", "9/2016")] == Status.AMENDED
    assert statuses[("zgromadzenie-ogolne", "2/2019")] == Status.REPEALED
    assert statuses[("zgromadzenie-ogolne", "3/2024")] == Status.IN_FORCE
    for page in pl:
        assert page.document is not None and page.document_text and not page.document_is_scan


def test_derived_status_agrees_with_the_status_filter():
    pages = list(ResolutionPage.objects.all())
    for status in Status:
        filtered = set(ResolutionPage.objects.filter(status_q(status)).values_list("pk", flat=True))
        assert filtered == {p.pk for p in pages if p.status == status}, status


@pytest.mark.parametrize(
    "number, adopted, field, message",
    [
        ("12-2014", "2014-01-09", "number", "N/RRRR"),
        ("12/2015", "2014-01-09", "number", "rokiem podjęcia"),
        ("0/2014", "2014-01-09", "number", "od 1"),
        ("1/2014", "2014-01-09", "number", "już istnieje"),  # Zarząd 1/2014 is in the demo
    ],
)
def test_numbering_rules_give_errors_on_the_number_field(register, bodies, number, adopted, field, message):
    page = ResolutionPage(
        title="w sprawie próby", slug="proba", number=number, body=bodies["zarzad"],
        adopted_on=datetime.date.fromisoformat(adopted), locale=register.locale,
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert field in error.value.message_dict
    assert message in " ".join(error.value.message_dict[field])


def test_same_number_is_allowed_for_another_body_and_another_year(register, bodies):
    for body, number, adopted in [("komisja-rewizyjna", "2/2014", "2014-06-01"), ("zarzad", "1/2015", "2015-01-02")]:
        page = ResolutionPage(title="w sprawie", slug="x", number=number, body=bodies[body],
                              adopted_on=datetime.date.fromisoformat(adopted), locale=register.locale)
        page.clean()
        assert page.display_number == number


def test_a_published_repeal_flips_the_old_resolution_without_touching_it(make_resolution):
    old = make_resolution(adopted="2030-01-05")
    assert old.status == Status.IN_FORCE
    draft = make_resolution(adopted="2030-02-01", publish=False, relations=[(RelationKind.REPEALS, old)])
    old.refresh_from_db()
    assert old.status == Status.IN_FORCE, "a draft repeal changes nothing"
    draft.get_latest_revision().publish()
    old.refresh_from_db()
    with time_machine.travel(datetime.date(2030, 3, 1)):
        assert old.status == Status.REPEALED
    with time_machine.travel(datetime.date(2030, 1, 20)):
        assert old.status == Status.IN_FORCE, "repealed only from the day the repeal enters into force"
    draft.refresh_from_db()
    draft.unpublish()
    old.refresh_from_db()
    assert old.repealed_on is None


def test_amendment_and_expiry(make_resolution):
    plan = make_resolution(adopted="2030-01-05", expires_on=datetime.date(2030, 12, 31))
    make_resolution(adopted="2030-03-01", relations=[(RelationKind.AMENDS, plan)])
    plan.refresh_from_db()
    with time_machine.travel(datetime.date(2030, 6, 1)):
        assert plan.status == Status.AMENDED
    with time_machine.travel(datetime.date(2031, 1, 1)):
        assert plan.status == Status.EXPIRED


def test_both_directions_of_relations_on_the_detail_pages(client, make_resolution):
    old = make_resolution(adopted="2030-01-05", title="w sprawie starej sprawy")
    new = make_resolution(adopted="2030-02-01", title="w sprawie nowej sprawy",
                          relations=[(RelationKind.REPEALS, old)])
    amended = make_resolution(adopted="2030-01-07")
    make_resolution(adopted="2030-02-02", relations=[(RelationKind.AMENDS, amended)])
    old_html = client.get(old.url).content.decode()
    assert "Uchylona przez" in old_html and new.url in old_html and "uchylona" in old_html
    new_html = client.get(new.url).content.decode()
    assert "Uchyla" in new_html and old.url in new_html and "1 stycznia 2030" not in new_html
    assert "5 stycznia 2030" in new_html  # the date of the repealed resolution
    assert "Zmieniona przez" in client.get(amended.url).content.decode()


def test_url_contains_body_year_and_number(client, make_resolution):
    page = make_resolution(body="zarzad", number="12/2031", adopted="2031-01-09")
    assert page.url == "/uchwaly/zarzad/2031/12/"
    assert client.get("/uchwaly/zarzad/2031/12/").status_code == 200
    assert client.get("/uchwaly/zarzad/2031/13/").status_code == 404


def test_bip_metadata_and_change_register_after_two_publishes_by_different_users(client, make_resolution):
    User = get_user_model()
    anna = User.objects.create_user("anna", first_name="Anna", last_name="Nowak")
    jan = User.objects.create_user("jan", first_name="Jan", last_name="Kowalski")
    publishers = Group.objects.get(name="Publikujący")
    anna.groups.add(publishers)
    jan.groups.add(publishers)
    page = make_resolution(user=anna, change_note="Utworzenie dokumentu", produced_by="Dyrektor Biura Związku")
    page.change_note = "Poprawa literówki w tytule"
    page.save_revision(user=jan).publish(user=jan)
    register = page.change_register()
    assert [(row["user"], row["description"]) for row in register] == [
        ("Anna Nowak", "Utworzenie dokumentu"), ("Jan Kowalski", "Poprawa literówki w tytule"),
    ]
    html = client.get(page.url).content.decode()
    for text in ["Wytworzył", "Dyrektor Biura Związku", "Wprowadził", "Anna Nowak", "Rejestr zmian",
                 "Jan Kowalski", "Poprawa literówki w tytule", "Data publikacji", "Data wytworzenia"]:
        assert text in html


def test_pdf_text_is_extracted_when_attached_and_found_by_the_site_search(client, make_resolution, text_pdf):
    page = make_resolution(document=text_pdf)
    assert "hipopotam fioletowy" in page.document_text
    assert not page.document_is_scan
    html = client.get("/szukaj/", {"q": "hipopotam"}).content.decode()
    assert page.url in html


def test_scan_is_flagged_and_shown_to_editors(admin_client, make_resolution, scanned_pdf):
    page = make_resolution(document=scanned_pdf)
    assert page.document_is_scan and page.document_text == ""
    html = admin_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "skan bez warstwy tekstowej" in html


def test_extraction_never_runs_on_a_visitors_request(client, make_resolution, text_pdf, monkeypatch):
    page = make_resolution(document=text_pdf)

    def fail(*args, **kwargs):
        raise AssertionError("extraction on a visitor's request")

    monkeypatch.setattr("resolutions.pdf_text.extract_pdf_text", fail)
    assert client.get(page.url).status_code == 200
    assert client.get("/uchwaly/").status_code == 200
