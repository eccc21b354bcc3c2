"""What a page's routes keep under the answers' generation (a project's partners and downloads, a resolution's
attachments) is the live page's; a preview shows the draft's own rows, even right after the live page was
served, and the live page does not show the draft's. (A project's preview with its downloads in memory failed
with a 500 before: the downloads were annotated in the database.)"""

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory

from projects.models import ProjectDownload, ProjectPage, ProjectPartner
from resolutions.models import ResolutionAttachment, ResolutionPage

pytestmark = pytest.mark.django_db


def preview(page, path):
    request = RequestFactory().get(path)
    request.user = get_user_model().objects.filter(is_superuser=True).first()
    response = page.make_preview_request(request)
    response.render()
    return response.content.decode()


def project():
    return ProjectPage.objects.get(slug="miedzysektorowa-wspolpraca", locale__language_code="pl")


def test_a_project_preview_shows_the_drafts_partners(client):
    live = project()
    assert client.get(live.url).status_code == 200  # what the page keeps is the live partners
    draft = live.get_latest_revision_as_object()
    draft.partners = [ProjectPartner(name="Partner tylko w wersji roboczej", role="partner")]
    assert "Partner tylko w wersji roboczej" in preview(draft, live.url)
    assert "Partner tylko w wersji roboczej" not in client.get(live.url).content.decode()


def test_a_project_preview_shows_the_drafts_downloads(client):
    live = project()
    downloads_tab = live.url + "pliki/"
    assert client.get(downloads_tab).status_code == 200
    document = live.downloads.exclude(document=None).first().document
    draft = live.get_latest_revision_as_object()
    draft.downloads = [ProjectDownload(title="Plik tylko w wersji roboczej", document=document)]
    assert "Plik tylko w wersji roboczej" in preview(draft, downloads_tab)  # a draft's preview was a 500 before
    assert "Plik tylko w wersji roboczej" not in client.get(downloads_tab).content.decode()


def test_a_resolution_preview_shows_the_drafts_attachments(client):
    live = ResolutionPage.objects.live().filter(locale__language_code="pl").order_by("path").first()
    assert client.get(live.url).status_code == 200
    document = live.attachments.first().document if live.attachments.exists() else \
        ResolutionPage.objects.exclude(document=None).first().document
    draft = live.get_latest_revision_as_object()
    draft.attachments = [ResolutionAttachment(title="Załącznik tylko w wersji roboczej", document=document)]
    assert "Załącznik tylko w wersji roboczej" in preview(draft, live.url)
    assert "Załącznik tylko w wersji roboczej" not in client.get(live.url).content.decode()
