"""Deleting a file that a resolution shows is refused, with the places that use it: the register never loses a
resolution's document or attachment silently (they were emptied or deleted with the file)."""

import pytest

from resolutions.models import ResolutionAttachment

pytestmark = pytest.mark.django_db


def test_the_document_of_a_resolution_cannot_be_deleted(admin_client, make_resolution, text_pdf):
    page = make_resolution(document=text_pdf, title="w sprawie chronionego dokumentu")
    screen = admin_client.get(f"/admin/documents/delete/{text_pdf.pk}/").content.decode()
    assert "uniemożliwiają jego usunięcie" in screen
    admin_client.post(f"/admin/documents/delete/{text_pdf.pk}/")
    page.refresh_from_db()
    assert page.document_id == text_pdf.pk


def test_an_attachment_survives_an_attempt_to_delete_its_file(admin_client, make_resolution, text_pdf, scanned_pdf):
    page = make_resolution(document=text_pdf, attachments=[ResolutionAttachment(title="Załącznik nr 1", document=scanned_pdf)])
    admin_client.post(f"/admin/documents/delete/{scanned_pdf.pk}/")
    assert page.attachments.filter(document=scanned_pdf).exists()


def test_an_unused_document_can_still_be_deleted(admin_client, scanned_pdf):
    from wagtail.documents import get_document_model

    admin_client.post(f"/admin/documents/delete/{scanned_pdf.pk}/")
    assert not get_document_model().objects.filter(pk=scanned_pdf.pk).exists()
