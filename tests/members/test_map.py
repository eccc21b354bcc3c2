"""The members' map: the directory opens with the subregion's six counties as inline SVG, each a link to that
county's members; a member page marks its county on a small map; the data's licence is shown and shipped."""

import re
from pathlib import Path

import pytest

from members.map import map_data
from members.models import MemberPage

pytestmark = pytest.mark.django_db

COUNTIES = {  # area key → the county's member page title (Polish, English)
    "powiat-raciborski": ("Powiat raciborski", "Racibórz County"),
    "powiat-rybnicki": ("Powiat rybnicki", "Rybnik County"),
    "powiat-wodzislawski": ("Powiat wodzisławski", "Wodzisław County"),
    "rybnik": ("Rybnik", "Rybnik"),
    "jastrzebie-zdroj": ("Jastrzębie-Zdrój", "Jastrzębie-Zdrój"),
    "zory": ("Żory", "Żory"),
}


def svg_of(html):
    return re.search(r"<svg class=\"member-map__svg[^>]*>.*?</svg>", html, re.S).group(0)


def links_of(svg):
    """(href, aria-label, title) of each link in the map."""
    return re.findall(r'<a class="member-map__link" href="([^"]+)" aria-label="([^"]+)"[^>]*><title>([^<]+)</title><path', svg)


@pytest.mark.parametrize("path, directory, language", [("/czlonkowie/", "/czlonkowie/", 0), ("/en/members/", "/en/members/", 1)])
def test_directory_map_has_one_link_per_county(client, path, directory, language):
    svg = svg_of(client.get(path).content.decode())
    links = links_of(svg)
    assert sorted(links) == sorted(
        (f"{directory}?powiat={key}", names[language], names[language]) for key, names in COUNTIES.items())
    assert svg.count("<path") == 6 and 'aria-labelledby="member-map-caption"' in svg


def test_map_caption_says_the_list_is_the_same_and_credits_the_data(client):
    html = client.get("/czlonkowie/").content.decode()
    caption = re.search(r'<figcaption id="member-map-caption"[^>]*>(.*?)</figcaption>', html, re.S).group(1)
    assert "Ta sama lista członków" in caption
    assert "(PRG) GUGiK" in html and "licencja MIT © 2019 Piotr Patrzyk" in html
    readme = Path(__file__).resolve().parents[2] / "members" / "data" / "README.md"
    assert "Copyright (c) 2019 Piotr Patrzyk" in readme.read_text()


def test_county_link_lists_the_county_and_its_gminy(client):
    html = client.get("/czlonkowie/?powiat=powiat-raciborski").content.decode()
    names = re.findall(r'class="member-card__name"><a [^>]*>([^<]+)</a>', html)
    assert sorted(names) == sorted(["Powiat raciborski", "Racibórz", "Kuźnia Raciborska", "Krzanowice",
                                    "Krzyżanowice", "Kornowac", "Nędza", "Pietrowice Wielkie", "Rudnik"])
    assert "Pokazano członków z obszaru: Powiat raciborski." in html
    assert re.search(r'href="/czlonkowie/\?powiat=powiat-raciborski" aria-label="Powiat raciborski" aria-current="page"', html)
    assert 'name="powiat" value="powiat-raciborski"' in html  # the type filter keeps the county


def test_city_county_link_lists_the_city(client):
    html = client.get("/czlonkowie/?powiat=zory").content.decode()
    assert re.findall(r'class="member-card__name"><a [^>]*>([^<]+)</a>', html) == ["Żory"]


def test_unknown_county_says_so(client):
    html = client.get("/czlonkowie/?powiat=nieznany").content.decode()
    assert "Nie ma na mapie powiatu „nieznany”" in html
    assert 'class="member-card__name"' not in html


@pytest.mark.parametrize("path, county", [
    ("/czlonkowie/gaszowice/", "Powiat rybnicki"),
    ("/czlonkowie/zory/", "Żory"),
    ("/en/members/gaszowice/", "Rybnik County"),
])
def test_member_page_marks_its_county(client, path, county):
    html = client.get(path).content.decode()
    svg = svg_of(html)
    marked = re.findall(r'<path class="member-map__area is-current" d="[^"]+" data-area="([^"]+)"', svg)
    assert len(marked) == 1 and svg.count("<path") == 6 and "<a " not in svg
    legend = re.search(r'<figcaption id="member-map-legend"[^>]*>(.*?)</figcaption>', html, re.S).group(1)
    assert county in legend
    key = next(key for key, names in COUNTIES.items() if county in names)
    assert marked == [key] and f"?powiat={key}" in html


def test_a_gmina_cannot_name_its_own_area():
    from django.core.exceptions import ValidationError

    page = MemberPage.objects.get(slug="gaszowice", locale__language_code="pl")
    page.map_area = "rybnik"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "map_area" in error.value.message_dict


def test_paths_are_computed_once_and_fit_the_view_box():
    assert map_data() is map_data()
    data = map_data()
    numbers = [float(n) for shape in data.shapes for n in re.findall(r"[\d.]+", shape.path)]
    assert 0 <= min(numbers) and max(numbers) <= data.width
    assert [shape.key for shape in data.shapes].count("powiat-rybnicki") == 1
    rybnicki = next(shape for shape in data.shapes if shape.key == "powiat-rybnicki")
    assert rybnicki.path.count("M") >= 2  # a MultiPolygon: it wraps around the city of Rybnik
