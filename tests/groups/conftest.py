"""Fixtures of the group tests: people in each group, the register and its bodies, a PDF to attach."""

import pytest
from django.contrib.auth.models import Group

from tests.resolutions.conftest import bodies, register, text_pdf  # noqa: F401  (fixtures shared with resolutions)


@pytest.fixture
def member_of(django_user_model):
    """``member_of("Redakcja", "Ewa", "Nowak")``: an active user in that group, with a name for the BIP metadata."""

    def make(group_name, first_name="Jan", last_name="Testowy"):
        username = f"{first_name}.{last_name}.{group_name}".lower()
        user = django_user_model.objects.create_user(
            username, password="haslo-testowe-123", first_name=first_name, last_name=last_name
        )
        user.groups.add(Group.objects.get(name=group_name))
        return user

    return make
