"""The scan warning comes when the editor picks or uploads a file, before the resolution is saved."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

pytestmark = pytest.mark.django_db
URL = "/admin/uchwaly/sprawdz-skan/"


def test_a_scan_is_reported_as_a_scan(admin_client, scanned_pdf):
    data = admin_client.get(URL, {"document": scanned_pdf.pk}).json()
    assert data["is_scan"] is True and "skan bez warstwy tekstowej" in data["message"]


def test_a_pdf_with_text_is_reported_as_readable(admin_client, text_pdf):
    data = admin_client.get(URL, {"document": text_pdf.pk}).json()
    assert data["is_scan"] is False and "warstwę tekstową" in data["message"]


@pytest.mark.parametrize("value", ["", "abc", "99999999", "1e9", "\x00"])
def test_bad_or_unknown_documents_are_404(admin_client, value):
    assert admin_client.get(URL, {"document": value}).status_code == 404


def test_visitors_are_sent_to_the_login(client, scanned_pdf):
    response = client.get(URL, {"document": scanned_pdf.pk})
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_redakcja_can_check_the_documents_it_may_choose(client, scanned_pdf):
    user = get_user_model().objects.create_user("redaktorka-skan", password="x")
    user.groups.add(Group.objects.get(name="Redakcja"))
    client.force_login(user)
    assert client.get(URL, {"document": scanned_pdf.pk}).json()["is_scan"] is True


def test_the_resolution_editor_loads_the_check(admin_client, register):
    html = admin_client.get(f"/admin/pages/add/resolutions/resolutionpage/{register.pk}/").content.decode()
    assert f'data-scan-check-url="{URL}"' in html
    assert re.search(r'<script src="[^"]*resolutions/js/scan-check[^"]*\.js"', html)
