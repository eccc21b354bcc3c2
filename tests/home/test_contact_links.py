"""Phone numbers and e-mail addresses are links a visitor can tap: ``tel:`` with digits only, ``mailto:``."""

import re

import pytest

from core.models import SiteSettings
from home.models import OfficePage
from members.models import MemberPage

pytestmark = pytest.mark.django_db


def hrefs(html, scheme):
    return re.findall(rf'href="({scheme}:[^"]*)"', html)


def test_office_page_links_the_settings_and_the_staff(client):
    settings = SiteSettings.load()
    settings.phone, settings.email = "(32) 422 00 00", "biuro@subregion.pl"
    settings.save()
    office = OfficePage.objects.get(locale__language_code="pl")
    staff = office.staff.first()
    staff.phone, staff.email = "+48 32 422-00-15 wew. 3", "kadry@subregion.pl"
    staff.save()
    html = client.get(office.url).content.decode()
    phones = hrefs(html, "tel")
    assert "tel:+48324220000" in phones and "tel:+48324220015" in phones
    assert all(re.fullmatch(r"tel:\+\d+", href) for href in phones), phones
    assert {"mailto:biuro@subregion.pl", "mailto:kadry@subregion.pl"} <= set(hrefs(html, "mailto"))


def test_member_page_links_its_phone_and_email(client):
    member = MemberPage.objects.live().filter(locale__language_code="pl").first()
    MemberPage.objects.filter(pk=member.pk).update(phone="32 439 15 00", email="urzad@gmina.example")
    html = client.get(member.url).content.decode()
    assert "tel:+48324391500" in hrefs(html, "tel")
    assert "mailto:urzad@gmina.example" in hrefs(html, "mailto")
