"""The home page lists (latest news, open recruitment calls, latest resolutions) and the news list keep a
constant number of queries as content grows ten times."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from home.models import HomePage, NewsIndexPage, NewsPage
from projects.models import ProjectPage
from resolutions.models import ResolutionPage
from tests.pictures import upload_some_pictures, uploaded_image


def count_queries(client, url):
    client.get(url)  # warm caches (site root paths, settings)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


def grow_content(factor=10):
    """About ten times the demo's news, open recruitment calls and resolutions."""
    home = HomePage.objects.get(locale__language_code="pl")
    index = NewsIndexPage.objects.child_of(home).get()
    # The demo's news have no pictures (none real at hand); editors' uploads do, so half the grown items get one.
    images = [uploaded_image(f"Zdjęcie {n}") for n in range(2)] + [None]
    for number in range(4 * (factor - 1)):
        index.add_child(instance=NewsPage(
            title=f"Wiadomość {number}", slug=f"wiadomosc-{number}", lead="Lead.",
            image=images[number % len(images)], image_alt="Ilustracja" if images[number % len(images)] else "",
            date=datetime.date(2025, 1, 1) + datetime.timedelta(days=number),
        ))
    now = timezone.now()
    open_project = ProjectPage.objects.live().filter(locale=home.locale).first()
    for number in range(factor):
        copy = open_project.copy(update_attrs={"slug": f"projekt-kopia-{number}", "title": f"Projekt {number}"}, keep_live=True)
        ProjectPage.objects.filter(pk=copy.pk).update(
            recruitment_opens_at=now - datetime.timedelta(days=1), recruitment_closes_at=now + datetime.timedelta(days=30 + number),
        )
    resolution = ResolutionPage.objects.live().filter(locale=home.locale).first()
    parent = resolution.get_parent()
    for number in range(1, 10 * factor):
        parent.add_child(instance=ResolutionPage(
            title=f"w sprawie testowej {number}", slug=f"test-{number}", number=f"{number}/2030", body=resolution.body,
            adopted_on=datetime.date(2030, 1, 1) + datetime.timedelta(days=number), locale=home.locale,
        ))


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/", "/en/", "/aktualnosci/", "/en/news/"])
def test_query_count_does_not_grow_with_content(client, url):
    upload_some_pictures()
    small, _ = count_queries(client, url)
    grow_content()
    large, response = count_queries(client, url)
    assert large == small, f"{url}: {small} queries with the demo, {large} with ten times the content"
    print(f"{url}: {small} queries (demo) / {large} (10x content)")


@pytest.mark.django_db
def test_home_page_lists_after_growth(client):
    grow_content()
    context = client.get("/").context
    assert len(context["latest_news"]) == 3
    dates = [item.date for item in context["latest_news"]]
    assert dates == sorted(dates, reverse=True)
    assert len(context["latest_resolutions"]) == 5
    assert context["latest_resolutions"][0].adopted_on.year == 2030
    assert len(context["open_calls"]) >= 10
    html = client.get("/").content.decode()
    assert "Uchwała nr" in html and "Trwające nabory do projektów" in html
