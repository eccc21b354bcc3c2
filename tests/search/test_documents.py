"""Documents in the site search: found by their title and by the text of their file (PDF, DOCX, plain text),
shown as "Dokument" leading to the page that lists them, and never found when a visitor could not open them
or the page that shows them (a private collection, a restricted or unpublished page)."""

import io

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from core.demo.files import make_docx, make_pdf
from core.document_text import read_text
from core.models import StandardPage
from home.models import HomePage

pytestmark = pytest.mark.django_db


def make_document(title, content, extension="pdf", collection=None):
    document = get_document_model()(title=title, collection=collection or Collection.get_first_root_node())
    document.file.save(f"plik.{extension}", ContentFile(content), save=False)
    document.file_size = len(content)
    document.save()
    return document


def page_listing(*documents, slug="pliki-testowe", publish=True):
    home = HomePage.objects.get(locale__language_code="pl")
    page = StandardPage(title="Dokumenty konkursu", slug=slug, live=publish, body=[("documents", {"heading": "", "documents": [
        {"document": document, "title": ""} for document in documents]})])
    home.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page


def found(client, query):
    response = client.get("/szukaj/", {"q": query})
    assert response.status_code == 200
    return response, [item for item in response.context["items"] if item.kind.label == "Dokument"]


def test_a_pdfs_text_finds_the_document_leading_to_the_page_that_lists_it(client):
    document = make_document("Regulamin", make_pdf("Regulamin", ["Konkurs na najpiękniejszą pelargonię balkonową."]))
    page = page_listing(document)
    response, documents = found(client, "pelargonie balkonowe")  # inflected: the text says "pelargonię balkonową"
    assert [(item.title, item.url, item.section) for item in documents] == [("Regulamin", page.url, page.title)]
    html = response.content.decode()
    assert "Dokument" in html and document.url in html and "<mark>pelargonię</mark>" in html


def test_a_document_is_found_by_its_title_first_and_its_kind_can_be_chosen(client):
    document = make_document("Karta zgłoszenia hortensji", b"x", extension="txt")
    page_listing(document)
    response, documents = found(client, "karta hortensji")
    assert response.context["items"][0].title == "Karta zgłoszenia hortensji"
    response = client.get("/szukaj/", {"q": "karta hortensji", "rodzaj": "dokument"})
    assert [item.title for item in response.context["items"]] == ["Karta zgłoszenia hortensji"]
    assert "Dokument (1)" in response.content.decode()


def test_docx_and_plain_text_files_are_read():
    docx = read_text(io.BytesIO(make_docx("Tytuł", ["Akapit o storczykach."])), "docx")
    assert "storczykach" in docx
    assert read_text(io.BytesIO("Zażółć gęślą jaźń".encode("cp1250")), "txt") == "Zażółć gęślą jaźń"
    assert read_text(io.BytesIO(b"PK"), "zip") is None


def test_a_replaced_file_is_read_again(client):
    document = make_document("Cennik", make_pdf("Cennik", ["Stawki za begonie."]))
    page_listing(document)
    assert found(client, "begonie")[1]
    document.file.save("nowy.pdf", ContentFile(make_pdf("Cennik", ["Stawki za petunie."])), save=False)
    document.save()
    assert found(client, "petunie")[1] and not found(client, "begonie")[1]


def test_a_document_in_a_private_collection_is_never_found(client):
    private = Collection.get_first_root_node().add_child(name="Zarząd – robocze")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    document = make_document("Notatka", make_pdf("Notatka", ["Poufne ustalenia o fiołkach."]), collection=private)
    page_listing(document)
    assert found(client, "fiołkach")[1] == []


def test_a_document_shown_only_on_a_restricted_or_unpublished_page_is_never_found(client):
    restricted = make_document("Lista", make_pdf("Lista", ["Lista uczestników z bratkami."]))
    page = page_listing(restricted)
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="x")
    draft = make_document("Szkic", make_pdf("Szkic", ["Szkic programu z goździkami."]))
    page_listing(draft, slug="szkic", publish=False)
    assert found(client, "bratkami")[1] == [] and found(client, "goździkami")[1] == []


def test_a_resolutions_own_pdf_is_found_as_the_resolution_not_as_a_document(client):
    response, documents = found(client, "5/2013")
    assert documents == [] and response.context["items"][0].kind.label == "Uchwała"


def test_a_projects_download_leads_to_its_downloads_tab_in_each_language(client):
    response, documents = found(client, "harmonogram panelu eksperckiego")
    assert documents[0].url == "/projekty/miedzysektorowa-wspolpraca/pliki/"
    response = client.get("/en/search/", {"q": "harmonogram panelu eksperckiego"})
    assert [item.url for item in response.context["items"] if item.kind.slug == "dokument"][:1] == [
        "/en/projects/cross-sector-cooperation/downloads/"]


def test_which_page_shows_a_document_is_kept_until_a_committed_change_alters_it(client):
    """Searches read the documents' pages from the shared cache; each committed change a visitor could see
    (a publish, a collection made private, an unpublish) is in the next search's results."""
    from tests.commits import committed

    with committed():
        document = make_document("Regulamin", make_pdf("Regulamin", ["Regulamin konkursu o storczykach."]))
        page = page_listing(document, slug="regulamin-storczyki")
    assert [item.title for item in found(client, "storczykach")[1]] == ["Regulamin"]
    assert found(client, "storczykach")[1][0].url.endswith("/regulamin-storczyki/")

    with committed():
        private = Collection.get_first_root_node().add_child(name="Robocze storczyki")
        CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
        document.collection = private
        document.save()
    assert found(client, "storczykach")[1] == [], "a document moved to a private collection was still found"

    with committed():
        document.collection = Collection.get_first_root_node()
        document.save()
    assert len(found(client, "storczykach")[1]) == 1
    with committed():
        page.unpublish()
    assert found(client, "storczykach")[1] == [], "a document of an unpublished page was still found"
