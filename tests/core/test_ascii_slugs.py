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
