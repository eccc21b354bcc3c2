"""Redakcja, who write the news, as a member would work through the admin.

Tasks: upload an image and a document, write a news item with the image and publish it, draft a resolution and
submit it for approval.
Refusals: other pages (Biuro), the portal settings, form submissions, deleting files, and everything that makes a
resolution public or takes it away: publishing, approving, unpublishing, deleting, moving, copying.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.contrib.forms.models import FormSubmission
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection

from core.demo.files import make_pdf, make_png
from core.models import SiteSettings
from home.models import NewsPage
from resolutions.models import ResolutionPage

from .admin_forms import (
    a_live_resolution, action_urls, add_url, assert_refused, edit_url, news_form, news_index, office, office_form,
    resolution_form, settings_form, settings_url,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, member_of):
    user = member_of("Redakcja", "Ewa", "Autorka")
    client.force_login(user)
    return user


def upload_image(client, title):
    response = client.post(reverse("wagtailimages:add"), {
        "title": title, "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile("zdjecie.png", make_png(120, 80, ["#0b3d6e", "#f3f5f8"]), content_type="image/png"),
    })
    assert response.status_code == 302, response.content[:1000]
    return get_image_model().objects.get(title=title)


def test_writes_a_news_item_with_an_image_and_publishes_it(client, editor):
    image = upload_image(client, "Biuro po remoncie")
    index = news_index()
    assert client.get(add_url(NewsPage, index)).status_code == 200
    response = client.post(add_url(NewsPage, index), news_form(
        image=image.pk, image_alt="Wejście do Biura z nową tablicą", **{"action-publish": "publish"},
    ))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    news = NewsPage.objects.get(slug="nowe-godziny-pracy-biura")
    assert news.live and news.image == image and news.owner == editor
    client.logout()
    assert "Nowe godziny pracy Biura" in client.get(index.url).content.decode()
    assert "Wejście do Biura z nową tablicą" in client.get(news.url).content.decode()


def test_uploads_a_document_and_corrects_its_title(client, editor):
    response = client.post(reverse("wagtaildocs:add"), {
        "title": "Sprawozdanie 2031", "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile("sprawozdanie.pdf", make_pdf("Sprawozdanie", ["Tekst."]), content_type="application/pdf"),
    })
    assert response.status_code == 302
    document = get_document_model().objects.get(title="Sprawozdanie 2031")
    response = client.post(reverse("wagtaildocs:edit", args=[document.pk]), {
        "title": "Sprawozdanie z działalności 2031", "collection": document.collection_id,
    })
    assert response.status_code == 302
    document.refresh_from_db()
    assert document.title == "Sprawozdanie z działalności 2031"


def test_drafts_a_resolution_and_submits_it_for_approval(client, editor, register, bodies, text_pdf):
    assert client.get(add_url(ResolutionPage, register)).status_code == 200
    response = client.post(add_url(ResolutionPage, register), resolution_form(bodies, text_pdf))
    assert response.status_code == 302
    page = ResolutionPage.objects.get(number="3/2032")
    assert not page.live and not page.workflow_in_progress
    response = client.post(edit_url(page), resolution_form(bodies, text_pdf, **{"action-submit": "1"}))
    assert response.status_code == 302
    page.refresh_from_db()
    assert page.workflow_in_progress and not page.live
    assert page.current_workflow_state.requested_by == editor


def test_a_forged_publish_of_a_resolution_only_saves_a_draft(client, editor, register, bodies, text_pdf):
    html = client.get(add_url(ResolutionPage, register)).content.decode()
    assert 'name="action-publish"' not in html
    client.post(add_url(ResolutionPage, register), resolution_form(bodies, text_pdf, **{"action-publish": "1"}))
    page = ResolutionPage.objects.get(number="3/2032")
    assert not page.live
    client.post(edit_url(page), resolution_form(bodies, text_pdf, **{"action-publish": "1"}))
    page.refresh_from_db()
    assert not page.live


def test_cannot_approve_its_own_resolution(client, editor, register, bodies, text_pdf):
    client.post(add_url(ResolutionPage, register), resolution_form(bodies, text_pdf, **{"action-submit": "1"}))
    page = ResolutionPage.objects.get(number="3/2032")
    state = page.current_workflow_task_state
    assert_refused(client.post(
        reverse("wagtailadmin_pages:workflow_action", args=(page.pk, "approve", state.pk)), {"confirm": "on"}
    ))
    page.refresh_from_db()
    assert not page.live and page.workflow_in_progress


@pytest.mark.parametrize("action", ["unpublish", "delete", "move", "copy"])
def test_is_refused_a_publishers_action_on_a_resolution_and_nothing_changes(client, editor, action):
    resolution = a_live_resolution()
    parent, url = resolution.get_parent(), action_urls(resolution)[action]
    assert url not in client.get(edit_url(resolution)).content.decode()
    assert_refused(client.get(url))
    assert_refused(client.post(url, {"new_title": "kopia", "new_slug": "kopia", "new_parent_page": parent.pk}))
    resolution.refresh_from_db()
    assert resolution.live and resolution.get_parent().pk == parent.pk


def test_cannot_edit_biuro(client, editor):
    page = office()
    before = page.opening_hours.count()
    assert_refused(client.get(edit_url(page)))
    assert_refused(client.post(edit_url(page), office_form(page, [], **{"action-publish": "publish"})))
    page.refresh_from_db()
    assert page.opening_hours.count() == before and not page.has_unpublished_changes


def test_cannot_change_the_portal_settings(client, editor):
    phone = SiteSettings.load().phone
    assert_refused(client.get(settings_url()))
    assert_refused(client.post(settings_url(), settings_form(phone="+48 00 000 00 00")))
    assert SiteSettings.load().phone == phone


def test_cannot_read_form_submissions(client, editor):
    page = office()
    FormSubmission.objects.create(page=page, form_data={"imie_i_nazwisko": "Zofia Pytająca"})
    assert_refused(client.get(reverse("wagtailforms:list_submissions", args=[page.pk])))
    assert_refused(client.get(reverse("wagtailforms:list_submissions", args=[page.pk]) + "?export=csv"))


def test_cannot_change_or_delete_a_document_someone_else_uploaded(client, editor):
    """For Wagtail, whoever may change a file may delete it, even the PDF of a published resolution."""
    document = a_live_resolution().document
    assert_refused(client.get(reverse("wagtaildocs:edit", args=[document.pk])))
    url = reverse("wagtaildocs:delete", args=[document.pk])
    assert_refused(client.get(url))
    assert_refused(client.post(url))
    assert get_document_model().objects.filter(pk=document.pk).exists()
