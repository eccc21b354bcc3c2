"""The association page's sub-pages, the region's figures and a news item's related pages are kept under the
answers' generation: warm, those pages read nothing; a change shows on the next request once it commits; a
preview of a news item shows the draft's related pages."""

import pytest
from django.contrib.auth import get_user_model
from django.test import RequestFactory
from wagtail.models import Page

from core.models import StandardPage
from home.models import AssociationPage, NewsPage, NewsRelatedPage
from members.models import MemberPage

from tests.warm import assert_a_warm_page_reads_nothing

pytestmark = pytest.mark.django_db
NEWS_ITEM = "/aktualnosci/strategia-terytorialna-2021-2027-przyjeta/"


@pytest.mark.parametrize("url", ["/zwiazek/", "/o-regionie/", NEWS_ITEM, "/en/association/"])
def test_warm_section_pages_read_nothing(client, url):
    assert_a_warm_page_reads_nothing(client, url)


def test_a_new_sub_page_of_the_association_shows_on_the_next_request(client, committed):
    association = AssociationPage.objects.get(locale__language_code="pl")
    assert "Nowa podstrona Związku" not in client.get("/zwiazek/").content.decode()
    with committed():
        page = StandardPage(title="Nowa podstrona Związku", slug="nowa-podstrona")
        association.add_child(instance=page)
        page.save_revision().publish()
    assert "Nowa podstrona Związku" in client.get("/zwiazek/").content.decode()


def test_a_members_population_changed_shows_in_the_regions_figures(client, committed):
    def population_text():
        html = client.get("/o-regionie/").content.decode()
        return html.split("<main", 1)[1]

    before = population_text()
    member = MemberPage.objects.live().filter(locale__language_code="pl", county__isnull=True).order_by("path").first()
    with committed():
        page = Page.objects.get(pk=member.pk).specific
        page.population = (page.population or 0) + 1_000_000
        page.save_revision().publish()
    assert population_text() != before


def test_a_news_preview_shows_the_drafts_related_pages_and_the_live_page_its_own(client):
    news = NewsPage.objects.get(url_path__endswith="/strategia-terytorialna-2021-2027-przyjeta/",
                                locale__language_code="pl")
    other = StandardPage.objects.live().filter(locale__language_code="pl").exclude(
        pk__in=news.related_pages.values("page")).order_by("path").first()
    assert client.get(NEWS_ITEM).status_code == 200  # the live related pages are kept
    draft = news.get_latest_revision_as_object()
    draft.related_pages = [NewsRelatedPage(page=other)]
    request = RequestFactory().get(NEWS_ITEM)
    request.user = get_user_model().objects.filter(is_superuser=True).first()
    response = draft.make_preview_request(request)
    response.render()
    assert f'href="{other.url}"' in response.content.decode()
    assert f'href="{other.url}"' not in client.get(NEWS_ITEM).content.decode().split("<main", 1)[1].split("</main>")[0]
