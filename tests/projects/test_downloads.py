"""The downloads tab: private collections stay hidden, and the query count does not grow with the files."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from projects.models import ProjectDownload, ProjectPage

pytestmark = pytest.mark.django_db
Document = get_document_model()


def make_document(title, collection=None):
    document = Document(title=title, collection=collection or Collection.get_first_root_node())
    document.file.save(f"{title}.pdf", ContentFile(b"%PDF-1.4 test"), save=False)
    document.file_size = 13
    document.save()
    return document


@pytest.fixture
def private_collection():
    collection = Collection.get_first_root_node().add_child(name="Dokumenty wewnętrzne")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.get(name="Redakcja"))
    inner = collection.add_child(name="Wewnętrzne – podkolekcja")
    return collection, inner


def downloads_html(client, project):
    response = client.get(project.get_downloads_url())
    assert response.status_code == 200
    return response.content.decode()


def test_private_documents_are_hidden_from_visitors_who_may_not_see_them(client, seed_project, private_collection, django_user_model):
    collection, inner = private_collection
    ProjectDownload.objects.create(page=seed_project, document=make_document("Lista obecności (poufne)", collection), sort_order=10)
    ProjectDownload.objects.create(page=seed_project, document=make_document("Oceny uczestników (poufne)", inner), sort_order=11)
    html = downloads_html(client, seed_project)
    assert "Regulamin rekrutacji" in html
    assert "Lista obecności (poufne)" not in html and "Oceny uczestników (poufne)" not in html

    outsider = django_user_model.objects.create_user("outsider", password="x")
    client.force_login(outsider)
    html = downloads_html(client, seed_project)
    assert "Lista obecności (poufne)" not in html

    editor = django_user_model.objects.create_user("redaktor", password="x")
    editor.groups.add(Group.objects.get(name="Redakcja"))
    client.force_login(editor)
    html = downloads_html(client, seed_project)
    assert "Lista obecności (poufne)" in html and "Oceny uczestników (poufne)" in html


def test_login_restriction_shows_documents_to_any_signed_in_user(client, seed_project, django_user_model):
    collection = Collection.get_first_root_node().add_child(name="Dla zalogowanych")
    CollectionViewRestriction.objects.create(collection=collection, restriction_type=CollectionViewRestriction.LOGIN)
    ProjectDownload.objects.create(page=seed_project, document=make_document("Materiały dla zalogowanych", collection), sort_order=10)
    assert "Materiały dla zalogowanych" not in downloads_html(client, seed_project)
    client.force_login(django_user_model.objects.create_user("someone", password="x"))
    assert "Materiały dla zalogowanych" in downloads_html(client, seed_project)


def _project_with_documents(seed_project, count, slug, private_collection=None):
    index = seed_project.get_parent().specific
    page = ProjectPage(
        title=f"Projekt z {count} plikami", slug=slug, programme=seed_project.programme,
        start_date=datetime.date(2020, 1, 1), end_date=datetime.date(2021, 12, 31),
    )
    index.add_child(instance=page)
    page.partners.create(name="Lider", role="lead", sort_order=0)
    for number in range(count):
        collection = private_collection if (private_collection and number % 3 == 0) else None
        ProjectDownload.objects.create(
            page=page, document=make_document(f"Plik {slug} {number}", collection),
            group_heading=f"Grupa {number // 5}", sort_order=number,
        )
    return page


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("with_private", [False, True], ids=["public", "with-private-collection"])
def test_three_and_thirty_documents_run_the_same_number_of_queries(client, seed_project, private_collection, with_private):
    collection = private_collection[0] if with_private else None
    if not with_private:
        CollectionViewRestriction.objects.all().delete()
    small = _project_with_documents(seed_project, 3, "trzy-pliki", collection)
    large = _project_with_documents(seed_project, 30, "trzydziesci-plikow", collection)
    for project in (small, large):  # warm the caches (site root paths, content types, each page's route)
        client.get(project.get_downloads_url())
    for tab_url in ("get_url", "get_recruitment_url", "get_downloads_url"):
        small_count = count_queries(client, getattr(small, tab_url)())
        large_count = count_queries(client, getattr(large, tab_url)())
        assert small_count == large_count, (tab_url, small_count, large_count)
    html = client.get(large.get_downloads_url()).content.decode()
    assert html.count('class="document-link"') == (20 if with_private else 30)


def test_each_tab_runs_few_queries(client, seed_project, open_project):
    """Queries per tab for an anonymous visitor with warm caches, printed so a change in the figures shows."""
    counts = {}
    for project in (seed_project, open_project):
        client.get(project.url)  # warm
        for name, url in (("opis", project.url), ("nabor", project.get_recruitment_url()), ("pliki", project.get_downloads_url())):
            counts[f"{project.slug}/{name}"] = count_queries(client, url)
    print("\nqueries per tab:", counts)
    assert max(counts.values()) <= 10, counts  # tests/speed has every page type
