"""Content-Security-Policy on every response: strict on the public site, the admin's own policy under /admin/,
and sandboxed documents (a PDF shown inline keeps default-src 'none', which browsers' PDF viewers accept)."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection

from core.demo.files import make_pdf


def policy(response):
    return {
        part.split()[0]: part.split()[1:] for part in response["Content-Security-Policy"].split(";") if part.strip()
    }


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/en/", "/uchwaly/", "/szukaj/?q=Rybnik", "/nie-ma-takiej-strony/"])
def test_public_pages_allow_only_this_sites_own_code(client, url):
    csp = policy(client.get(url))
    assert csp["script-src"] == ["'self'"] and csp["style-src"] == ["'self'"]
    assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'self'"]
    assert "'unsafe-inline'" not in str(csp) and "*" not in str(csp)


@pytest.mark.django_db
def test_the_admin_has_its_own_policy_with_nothing_from_elsewhere(client, admin_user):
    client.force_login(admin_user)
    csp = policy(client.get("/admin/"))
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]  # Wagtail 7.4's choosers and date pickers
    assert all(source in ("'self'", "'unsafe-inline'", "data:", "blob:", "'none'") for values in csp.values() for source in values)


def _document(title, name, content):
    document = get_document_model()(title=title, collection=Collection.get_first_root_node())
    document.file.save(name, ContentFile(content), save=False)
    document.file_size = len(content)
    document.save()
    return document


@pytest.mark.django_db
def test_downloads_are_sandboxed_and_an_inline_pdf_keeps_its_viewer(client, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path)
    sheet = _document("Arkusz", "arkusz.csv", "numer;organ\n1/2014;Zarząd\n".encode())
    response = client.get(sheet.url)
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert response["X-Content-Type-Options"] == "nosniff"
    pdf = _document("Uchwała", "uchwala.pdf", make_pdf("Uchwała", ["Tekst."]))
    response = client.get(pdf.url)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Security-Policy"] == "default-src 'none'"
