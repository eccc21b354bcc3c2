"""Page types of the home app: where each can be created, and that each renders in Polish and English."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from core.models import StandardPage
from home.models import (
    AssociationPage,
    HistoryPage,
    HomePage,
    NewsIndexPage,
    NewsPage,
    OfficePage,
    RegionPage,
    StatutePage,
    WorkingGroupsPage,
)


class TreeRulesTests(WagtailPageTestCase):
    def test_sections_only_under_the_home_page(self):
        for model in (OfficePage, RegionPage, AssociationPage, NewsIndexPage):
            self.assertAllowedParentPageTypes(model, {HomePage})
            self.assertCanNotCreateAt(StandardPage, model)

    def test_association_sub_pages(self):
        for model in (StatutePage, HistoryPage, WorkingGroupsPage):
            self.assertAllowedParentPageTypes(model, {AssociationPage})
            self.assertCanNotCreateAt(HomePage, model)
        self.assertAllowedSubpageTypes(AssociationPage, {StatutePage, HistoryPage, WorkingGroupsPage, StandardPage})
        self.assertAllowedSubpageTypes(StatutePage, set())

    def test_news_pages_only_in_the_news_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_one_section_of_each_kind_per_home_page(self):
        home = HomePage.objects.get(locale__language_code="pl")
        for model in (OfficePage, RegionPage, AssociationPage, NewsIndexPage):
            assert model.objects.child_of(home).count() == 1
            assert not model.can_create_at(home), f"a second {model.__name__} could be added"


PAGES = [
    # (model, Polish URL, English URL, a text each language version must show)
    (HomePage, "/", "/en/", ("Aktualności", "News")),
    (RegionPage, "/o-regionie/", "/en/region/", ("Położenie", "Location")),
    (AssociationPage, "/zwiazek/", "/en/association/", ("Statut", "Statute")),
    (StatutePage, "/zwiazek/statut/", "/en/association/statute/", ("Tekst statutu", "Text of the statute")),
    (HistoryPage, "/zwiazek/historia/", "/en/association/history/", ("sierpień 2000", "August 2000")),
    (WorkingGroupsPage, "/zwiazek/zespoly-robocze/", "/en/association/working-groups/",
     ("Zespół roboczy ds. edukacji", "Working group on education")),
    (NewsIndexPage, "/aktualnosci/", "/en/news/", ("15 lat Subregionu Zachodniego", "15 years of the Western Subregion")),
    (NewsPage, "/aktualnosci/15-lat-subregionu-zachodniego/", "/en/news/15-years-of-the-western-subregion/",
     ("Zobacz także", "See also")),
    (OfficePage, "/biuro/", "/en/office/", ("Godziny pracy", "Opening hours")),
]


@pytest.mark.django_db
@pytest.mark.parametrize("model, url_pl, url_en, texts", PAGES, ids=[row[0].__name__ for row in PAGES])
def test_page_type_renders_in_both_languages(client, model, url_pl, url_en, texts):
    for url, text, lang in ((url_pl, texts[0], "pl"), (url_en, texts[1], "en")):
        response = client.get(url)
        assert response.status_code == 200, url
        assert isinstance(response.context["page"], model), url
        html = response.content.decode()
        assert f'<html lang="{lang}">' in html
        assert text in html, f"{text!r} missing on {url}"
        assert html.count("<h1") == 1


@pytest.mark.django_db
def test_sections_keep_the_menu_order_and_news_is_linked_from_home(client):
    home = HomePage.objects.get(locale__language_code="pl")
    menu = [page.slug for page in home.get_children().live().in_menu()]
    assert menu == ["o-regionie", "zwiazek", "czlonkowie", "wladze", "uchwaly", "biuro", "projekty"]
    assert 'href="/aktualnosci/"' in client.get("/").content.decode()
    assert 'href="/en/news/"' in client.get("/en/").content.decode()


@pytest.mark.django_db
def test_statute_page_links_its_document(client):
    html = client.get("/zwiazek/statut/").content.decode()
    assert 'class="document-link"' in html and "(PDF," in html


@pytest.mark.django_db
def test_region_facts_come_from_the_member_directory(client):
    from members.models import member_totals

    totals = member_totals()
    response = client.get("/o-regionie/")
    facts = response.context["facts"]
    assert facts == totals
    if totals["members"]:
        html = response.content.decode()
        assert "Region w liczbach" in html
        assert f"<dd>{totals['gminy']}</dd>" in html and f"<dd>{totals['powiaty']}</dd>" in html


@pytest.mark.django_db
class TestNewsPagination:
    def add_news(self, count):
        index = NewsIndexPage.objects.get(locale__language_code="pl")
        for number in range(count):
            index.add_child(instance=NewsPage(title=f"Wiadomość testowa {number}", slug=f"test-{number}", lead="Lead."))

    def test_pages_of_ten_and_bad_page_numbers_are_404(self, client):
        self.add_news(17)  # 4 demo items + 17 = 21 → three pages
        first = client.get("/aktualnosci/")
        assert len(first.context["news"]) == 10
        assert 'rel="next"' in first.content.decode()
        assert len(client.get("/aktualnosci/?page=3").context["news"]) == 1
        for bad in ("4", "0", "abc", "-1", "1.5"):
            assert client.get(f"/aktualnosci/?page={bad}").status_code == 404, bad

    def test_newest_first_and_only_live(self, client):
        index = NewsIndexPage.objects.get(locale__language_code="pl")
        draft = NewsPage(title="Szkic", slug="szkic", lead="Nieopublikowana.", live=False)
        index.add_child(instance=draft)
        news = client.get("/aktualnosci/").context["news"]
        dates = [item.date for item in news]
        assert dates == sorted(dates, reverse=True)
        assert draft.pk not in [item.pk for item in news]


@pytest.mark.django_db
def test_news_image_needs_alternative_text():
    from django.core.exceptions import ValidationError

    from tests.pictures import uploaded_image

    page = NewsPage.objects.filter(locale__language_code="pl").first()
    page.image = uploaded_image()
    page.image_alt = "  "
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "image_alt" in error.value.message_dict


@pytest.mark.django_db
def test_demo_has_the_four_news_items_in_both_languages():
    assert NewsPage.objects.filter(locale__language_code="pl").count() >= 4
    assert NewsPage.objects.filter(locale__language_code="en").count() >= 4
    assert Page.objects.filter(slug="nowe-wladze-zwiazku-2024-2029").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("url, news_url", [("/zwiazek/", "/aktualnosci/"), ("/en/association/", "/en/news/")])
def test_association_section_leads_to_the_news(client, url, news_url):
    """The news list is not in the seven-item menu; a visitor who starts in Związek still finds it."""
    html = client.get(url).content.decode()
    assert f'href="{news_url}"' in html
