"""Members directory and member pages: where they may be created, rendering in both languages, filter, totals."""

from decimal import Decimal

import pytest
from wagtail.test.utils import WagtailPageTestCase

from core.models import StandardPage
from home.models import HomePage
from members.models import AuthoritiesPage, MemberIndexPage, MemberPage, MemberType, member_totals


class PageTreeTests(WagtailPageTestCase):
    """Each page type can be created only where it belongs."""

    def test_member_index_lives_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, MemberIndexPage)
        self.assertCanNotCreateAt(StandardPage, MemberIndexPage)
        self.assertCanNotCreateAt(MemberIndexPage, MemberIndexPage)
        self.assertAllowedSubpageTypes(MemberIndexPage, {MemberPage})

    def test_member_page_lives_only_in_the_directory(self):
        self.assertAllowedParentPageTypes(MemberPage, {MemberIndexPage})
        self.assertCanNotCreateAt(HomePage, MemberPage)
        self.assertCanNotCreateAt(StandardPage, MemberPage)
        self.assertAllowedSubpageTypes(MemberPage, set())

    def test_authorities_page_lives_under_the_home_page(self):
        self.assertAllowedParentPageTypes(AuthoritiesPage, {HomePage})
        self.assertCanNotCreateAt(StandardPage, AuthoritiesPage)
        self.assertCanCreateAt(HomePage, AuthoritiesPage)
        self.assertAllowedSubpageTypes(AuthoritiesPage, set())

    def test_demo_pages_are_renderable(self):
        for page in [*MemberIndexPage.objects.all(), *AuthoritiesPage.objects.all(), *MemberPage.objects.all()[:4]]:
            self.assertPageIsRenderable(page)

    def test_authorities_archive_route_is_renderable(self):
        page = AuthoritiesPage.objects.get(locale__language_code="pl")
        self.assertPageIsRoutable(page, "archiwum/")
        self.assertPageIsRenderable(page, "archiwum/")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path, expected",
    [
        ("/czlonkowie/", ["<h1>Członkowie</h1>", "Powiat raciborski", "Miasta na prawach powiatu", "637\xa0445", "1\xa0357,10"]),
        ("/en/members/", ["<h1>Members</h1>", "Racibórz County", "Cities with county rights", "637,445", "1,357.10"]),
        ("/czlonkowie/rybnik/", ["<h1>Rybnik</h1>", "Prezydent", "Piotr Kuczera", "141\xa0387", "30 czerwca 2009 r."]),
        ("/en/members/rybnik/", ["<h1>Rybnik</h1>", "Piotr Kuczera", "141,387", "30 June 2009"]),
        ("/czlonkowie/gaszowice/", ["Gmina Gaszowice", "Wójt", "Paweł Bugdol", "ul. Rydułtowska 2", "dane przykładowe"]),
        ("/wladze/", ["<h1>Władze</h1>", "Zarząd Związku", "Kompetencje", "Kadencja 2024–2029", "Prezydent Miasta Rybnika"]),
        ("/en/authorities/", ["<h1>Authorities</h1>", "Management Board", "Term 2024–2029", "Mayor of Rybnik"]),
        ("/wladze/archiwum/", ["Archiwum kadencji", "Kadencja 2019–2024", "Dariusz Polowy", "Anna Hetman"]),
        ("/en/authorities/archive/", ["Archive of terms", "Term 2019–2024", "Dariusz Polowy"]),
    ],
)
def test_pages_render_in_both_languages(client, path, expected):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    for text in expected:
        assert text in html, f"{text!r} missing on {path}"


@pytest.mark.django_db
def test_directory_groups_by_county_and_lists_all_28(client):
    response = client.get("/czlonkowie/")
    groups = response.context["groups"]
    assert [group["heading"] for group in groups] == [
        "Miasta na prawach powiatu", "Powiat raciborski", "Powiat rybnicki", "Powiat wodzisławski",
    ]
    assert [len(group["members"]) for group in groups] == [3, 9, 6, 10]
    assert groups[2]["members"][0].title == "Powiat rybnicki"  # the powiat heads its own group


@pytest.mark.django_db
def test_filter_by_type(client):
    response = client.get("/czlonkowie/", {"typ": MemberType.POWIAT})
    assert response.status_code == 200
    assert [member.title for member in response.context["members"]] == [
        "Powiat raciborski", "Powiat rybnicki", "Powiat wodzisławski",
    ]
    assert response.context["totals"]["population"] == 110557 + 74331 + 155733
    response = client.get("/en/members/", {"typ": MemberType.RURAL})
    assert len(response.context["members"]) == 14  # 5 + 4 + 5 gminy wiejskie


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["xyz", "<script>", "powiat'--", "%00"])
def test_unknown_type_gives_an_explained_empty_result(client, value):
    response = client.get("/czlonkowie/", {"typ": value})
    assert response.status_code == 200
    assert response.context["members"] == []
    assert "Nie ma rodzaju członka" in response.content.decode()
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


@pytest.mark.django_db
def test_member_totals(django_assert_num_queries):
    with django_assert_num_queries(1):
        totals = member_totals()
    # GUS 30.06.2009: the 3 cities and the 3 powiaty cover the whole territory (domain.md, table total).
    assert totals == {"population": 637445, "area": Decimal("1357.10"), "gminy": 25, "powiaty": 6, "members": 28}


@pytest.mark.django_db
def test_member_totals_count_only_live_members_and_each_territory_once():
    rybnicki = MemberPage.objects.get(slug="powiat-rybnicki", locale__language_code="pl")
    its_gminy = MemberPage.objects.filter(county=rybnicki, locale=rybnicki.locale)
    gminy_population = sum(member.population for member in its_gminy)
    gminy_area = sum(member.area for member in its_gminy)
    rybnicki.unpublish()
    totals = member_totals()
    # without the powiat, its gminy are no longer inside a member, so their own figures count
    assert totals["population"] == 637445 - 74331 + gminy_population
    assert totals["area"] == Decimal("1357.10") - Decimal("224.63") + gminy_area
    assert totals["members"] == 27
    assert totals["powiaty"] == 5
    assert totals["gminy"] == 25


@pytest.mark.django_db
def test_english_directory_links_to_english_member_pages(client):
    html = client.get("/en/members/").content.decode()
    assert 'href="/en/members/rybnik/"' in html
    assert 'href="/czlonkowie/' not in html.split("<main", 1)[1]


@pytest.mark.django_db
def test_demo_pretends_no_coats_of_arms(client):
    """No drawn stand-in for the arms: the directory and a member page show the member without a picture."""
    assert not MemberPage.objects.exclude(coat_of_arms=None).exists()
    for path in ("/czlonkowie/", "/czlonkowie/zory/"):
        main = client.get(path).content.decode().split("<main", 1)[1]
        assert "<img" not in main and "zastępcza" not in main


@pytest.mark.django_db
def test_member_page_shows_uploaded_coat_of_arms_with_alt_text(client):
    from tests.pictures import uploaded_image

    page = MemberPage.objects.get(slug="zory", locale__language_code="pl")
    page.coat_of_arms = uploaded_image("Herb Żor")
    page.coat_of_arms_alt = "Herb Żor: złoty płomień"
    page.save_revision().publish()
    html = client.get("/czlonkowie/zory/").content.decode()
    assert 'alt="Herb Żor: złoty płomień"' in html
    assert 'class="member-card__arms"' in client.get("/czlonkowie/").content.decode()
