"""Page addresses are plain ASCII: the admin's slug field transliterates the title ("Aktualności" →
"aktualnosci"), and an address typed with Polish letters is refused with a message, never changed."""

import pytest
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from core.models import StandardPage


def content_page(slug):
    return nested_form_data({
        "title": "Członkowie wspierający", "slug": slug, "intro": "", "body": streamfield([]),
        "sidebar": streamfield([]), "seo_title": "", "search_description": "", "action-publish": "publish",
    })


@pytest.mark.django_db
def test_the_slug_field_transliterates_without_polish_letters(client, admin_user):
    parent = Page.objects.get(slug="zwiazek", locale__language_code="pl")
    client.force_login(admin_user)
    html = client.get(f"/admin/pages/add/core/standardpage/{parent.pk}/").content.decode()
    slug_input = next(tag for tag in html.split("<input") if 'name="slug"' in tag)
    assert 'data-controller="w-slug"' in slug_input
    # Wagtail's slug controller keeps Polish letters only when this attribute says so (it is left out for False).
    assert "data-w-slug-allow-unicode-value" not in slug_input


@pytest.mark.django_db
def test_a_typed_polish_slug_is_refused_and_an_ascii_one_is_kept(client, admin_user):
    parent = Page.objects.get(slug="zwiazek", locale__language_code="pl")
    client.force_login(admin_user)
    response = client.post(f"/admin/pages/add/core/standardpage/{parent.pk}/", content_page("członkowie-wspierający"))
    assert response.status_code == 200
    assert "bez polskich znaków" in str(response.context["form"].errors.get("slug"))
    assert not StandardPage.objects.filter(title="Członkowie wspierający").exists()
    response = client.post(f"/admin/pages/add/core/standardpage/{parent.pk}/", content_page("czlonkowie-wspierajacy"))
    assert response.status_code == 302
    page = StandardPage.objects.get(title="Członkowie wspierający")
    assert page.slug == "czlonkowie-wspierajacy" and page.url == "/zwiazek/czlonkowie-wspierajacy/"


@pytest.mark.django_db
@pytest.mark.parametrize("old, new", [
    ("/aktualności/", "/aktualnosci/"),
    ("/związek/", "/zwiazek/"),
    ("/en/news/?page=2", None),
])
def test_old_addresses_with_polish_letters_redirect_to_the_ascii_ones(client, old, new):
    response = client.get(old)
    if new is None:  # already ASCII: untouched
        assert response.status_code != 301
        return
    assert response.status_code == 301 and response["Location"] == new
    assert client.get(new).status_code == 200


@pytest.mark.django_db
def test_the_redirect_keeps_the_query_and_cannot_leave_the_site(client):
    response = client.get("/aktualności/", {"page": "2"})
    assert response["Location"] == "/aktualnosci/?page=2"
    sneaky = client.get("/∕∕evil.example/ą/")
    assert sneaky.status_code == 404 or sneaky["Location"].startswith("/") and not sneaky["Location"].startswith("//")


@pytest.mark.django_db
def test_an_address_with_polish_letters_that_does_not_exist_ends_at_the_404_page(client):
    response = client.get("/nie-ma-takiej-ścieżki/", follow=True)
    assert response.status_code == 404
