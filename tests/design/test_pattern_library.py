"""The pattern library (/wzorce/): only people who may open the admin see it; it shows every shared include."""

import re
from pathlib import Path

import pytest
from django.contrib.auth.models import Group

from core.patterns import NOT_SHOWN

INCLUDES = Path(__file__).resolve().parents[2] / "site" / "templates" / "includes"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("wzorce-redaktorka", password="Dobre-haslo-123")
    user.groups.add(Group.objects.get(name="Redakcja"))
    return user


@pytest.mark.django_db
def test_an_anonymous_visitor_is_sent_to_the_login(client):
    response = client.get("/wzorce/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


@pytest.mark.django_db
def test_a_logged_in_user_without_admin_access_is_refused(client, django_user_model):
    client.force_login(django_user_model.objects.create_user("wzorce-gosc", password="Dobre-haslo-123"))
    response = client.get("/wzorce/")
    assert response.status_code in (302, 403)
    assert b"data-pattern=" not in response.content


@pytest.mark.django_db
def test_an_editor_sees_every_shared_include_named_with_its_path(client, editor):
    client.force_login(editor)
    response = client.get("/wzorce/")
    assert response.status_code == 200
    html = response.content.decode()
    for include in sorted(INCLUDES.glob("*.html")):
        name = f"includes/{include.name}"
        if name in NOT_SHOWN:
            continue
        assert f'data-pattern="{name}"' in html or re.search(rf'data-also="[^"]*\b{re.escape(name)}\b', html), (
            f"{name} is missing from the pattern library (core/patterns.py)")
        assert f"<code>{name}</code>" in html
    # Sample data, not empty frames: the components' own texts are there
    for text in ("Stronicowanie", "Okruszki", "Ostrzeżenie", "Składki członkowskie", "Adres e-mail", "Kontakt"):
        assert text in html


@pytest.mark.django_db
def test_the_library_is_in_the_admin_settings_menu(client, editor):
    client.force_login(editor)
    html = client.get("/admin/").content.decode()  # the sidebar is drawn from JSON props
    assert "/wzorce/" in html, [line for line in html.splitlines() if "sidebar" in line.lower()][:3]
