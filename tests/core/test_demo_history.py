"""Every demo page starts with a first revision in its history, so an editor who changes the text can go
back to the original through History ("przywróć"), as with any page an editor wrote."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from core.models import StandardPage


@pytest.mark.django_db
def test_an_editor_can_return_a_demo_page_to_its_original_text(client, admin_user):
    page = StandardPage.objects.get(slug="polityka-prywatnosci", locale__language_code="pl")
    first = page.revisions.order_by("created_at").first()
    assert first is not None
    assert PageLogEntry.objects.filter(page=page, action="wagtail.publish").exists()  # History shows it
    original_intro = page.intro

    client.force_login(admin_user)
    data = nested_form_data({
        "title": page.title, "slug": page.slug, "intro": "Literówka w tekstcie", "body": streamfield([
            ("paragraph", rich_text("<p>Nowy tekst.</p>"))]), "sidebar": streamfield([]),
        "seo_title": "", "search_description": "", "action-publish": "publish",
    })
    assert client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data).status_code == 302
    page.refresh_from_db()
    assert page.intro == "Literówka w tekstcie"

    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first.pk]) in history
    revert = client.get(reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first.pk]))
    assert revert.status_code == 200
    assert revert.context["form"].initial["intro"] == original_intro
