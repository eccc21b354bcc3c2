"""Admin login brute force: five failed logins for one account from one address block that pair for a while,
with a message in Polish and English; an administrator sees the block in the admin and can lift it.
Password reset requests are limited per address and per e-mail."""

import pytest
from axes.models import AccessAttempt
from django.core import mail

LOGIN = "/admin/login/"


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("redaktorka", email="redaktorka@subregion.pl", password="Dobre-haslo-123")


def attempt(client, username, password, address="203.0.113.9"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.mark.django_db
def test_five_failures_block_the_account_from_that_address_with_a_message(client, editor):
    for _ in range(4):
        assert attempt(client, "redaktorka", "zle-haslo").status_code == 200  # the form again, with its error
    assert attempt(client, "redaktorka", "zle-haslo").status_code == 429  # the fifth failure blocks
    blocked = attempt(client, "redaktorka", "Dobre-haslo-123")  # even the right password, for now
    assert blocked.status_code == 429
    text = blocked.content.decode()
    assert "Logowanie chwilowo zablokowane" in text and "Too many failed logins" in text
    assert "_auth_user_id" not in client.session
    # Another address is not blocked (the pair is), nor is a colleague's account from this one.
    assert attempt(client, "redaktorka", "Dobre-haslo-123", address="198.51.100.4").status_code == 302


@pytest.mark.django_db
def test_a_forwarded_for_header_does_not_help_without_a_configured_proxy(client, editor):
    for number in range(6):
        client.post(LOGIN, {"username": "redaktorka", "password": "zle"}, REMOTE_ADDR="203.0.113.9",
                    HTTP_X_FORWARDED_FOR=f"192.0.2.{number}")
    assert attempt(client, "redaktorka", "Dobre-haslo-123").status_code == 429


@pytest.mark.django_db
def test_an_administrator_sees_the_block_and_lifts_it(client, editor, admin_user):
    for _ in range(5):
        attempt(client, "redaktorka", "zle-haslo")
    assert attempt(client, "redaktorka", "Dobre-haslo-123").status_code == 429
    row = AccessAttempt.objects.get(username="redaktorka")
    admin = client.__class__()
    admin.force_login(admin_user)
    listing = admin.get("/admin/failed_logins/").content.decode()
    assert "redaktorka" in listing and "203.0.113.9" in listing
    assert admin.post(f"/admin/failed_logins/delete/{row.pk}/").status_code == 302
    assert attempt(client, "redaktorka", "Dobre-haslo-123").status_code == 302


@pytest.mark.django_db
def test_password_reset_requests_are_limited(client, editor):
    for _ in range(3):
        assert client.post("/admin/password_reset/", {"email": "redaktorka@subregion.pl"}).status_code == 302
    refused = client.post("/admin/password_reset/", {"email": "redaktorka@subregion.pl"})
    assert refused.status_code == 200 and "Zbyt wiele próśb o zmianę hasła" in refused.content.decode()
    assert len(mail.outbox) == 3
