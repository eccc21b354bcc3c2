"""Amounts and numbers typed the Polish way in the admin are stored as typed, or refused with a message."""

from decimal import Decimal

import pytest

from core.number_fields import PolishDecimalField, PolishIntegerField, parse_polish_decimal
from projects.models import ProjectIndexPage, ProjectPage
from tests.projects.test_admin import project_form


@pytest.mark.parametrize("typed", ["450 000,50", "450000,50", "450 000.50", "450\u00a0000,50", "450\u202f000,50"])
def test_polish_ways_of_typing_an_amount_mean_the_same(typed):
    assert PolishDecimalField(max_digits=14, decimal_places=2).clean(typed) == Decimal("450000.50")


@pytest.mark.parametrize("typed", ["450.000,50", "1,5,6", "1.000.000", "450 zł", "abc", "1e5"])
def test_anything_else_is_refused_rather_than_changed(typed):
    with pytest.raises(Exception) as error:
        PolishDecimalField(max_digits=14, decimal_places=2).clean(typed)
    assert "Wpisz liczbę" in str(error.value)


def test_whole_numbers_take_spaces_but_no_decimal_comma():
    field = PolishIntegerField()
    assert field.clean("141 387") == 141387
    with pytest.raises(Exception, match="liczbę całkowitą"):
        field.clean("1,5")  # not 15


def test_the_admin_shows_a_decimal_with_a_comma_in_polish():
    field = PolishDecimalField(max_digits=14, decimal_places=2)
    assert 'value="393434,90"' in field.widget.render("total_cost", field.prepare_value(Decimal("393434.90")))
    assert 'type="text"' in field.widget.render("total_cost", "")  # not type=number, which the browser rewrites
    assert parse_polish_decimal("393 434,90") == Decimal("393434.90")


@pytest.mark.django_db
def test_an_editor_types_the_total_cost_the_polish_way_and_it_is_stored_as_typed(client, admin_user):
    index = ProjectIndexPage.objects.get(locale__language_code="pl")
    client.force_login(admin_user)
    data = project_form(total_cost="450 000,50", eu_cofinancing_percent="85,5", eu_cofinancing_amount="382 500,43",
                        target_group_total="10")
    response = client.post(f"/admin/pages/add/projects/projectpage/{index.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors
    page = ProjectPage.objects.get(slug="nowy-projekt-szkoleniowy")
    assert page.total_cost == Decimal("450000.50")
    assert page.eu_cofinancing_percent == Decimal("85.5")
    assert page.eu_cofinancing_amount == Decimal("382500.43")


@pytest.mark.django_db
def test_an_amount_that_cannot_be_read_is_refused_on_its_field_and_nothing_is_saved(client, admin_user):
    index = ProjectIndexPage.objects.get(locale__language_code="pl")
    client.force_login(admin_user)
    response = client.post(f"/admin/pages/add/projects/projectpage/{index.pk}/", project_form(total_cost="450.000,50"))
    assert response.status_code == 200
    assert "Wpisz liczbę" in str(response.context["form"].errors["total_cost"])
    assert not ProjectPage.objects.filter(slug="nowy-projekt-szkoleniowy").exists()
