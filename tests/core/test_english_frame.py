"""The frame in English on English pages: the brand, the organisation's name, the credits, the recommended
links' titles and the mark's alternative text come from the settings' English fields; Polish pages keep the
Polish ones; an English field left empty falls back to Polish; editing one shows on the next English request,
through the cached layout."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from core.models import RecommendedLink, SiteSettings
from tests.commits import committed

pytestmark = pytest.mark.django_db

POLISH_NAME = "Związek Gmin i Powiatów Subregionu Zachodniego Województwa Śląskiego z siedzibą w Rybniku"
ENGLISH_NAME = "Association of Municipalities and Counties of the Western Subregion of the Silesian Voivodeship"


def part(html, css_class):
    found = re.search(rf'class="{css_class}"[^>]*>(.*?)</', html, re.S)
    return found.group(1).strip() if found else None


def footer(html):
    return html[html.index('<footer class="site-footer"'):]


def meta(html, attribute, name):
    found = re.search(rf'<meta {attribute}="{re.escape(name)}" content="([^"]*)"', html)
    return found.group(1) if found else None


def test_english_pages_show_the_frame_in_english(client):
    html = client.get("/en/").content.decode()
    assert part(html, "brand__short") == "Western Subregion"
    assert part(html, "brand__full").startswith(ENGLISH_NAME)
    assert re.search(r"<title>[^<]* – Western Subregion</title>", html)
    assert ENGLISH_NAME in footer(html) and POLISH_NAME not in html
    assert "Web design: Lioosys." in footer(html) and "Projektowanie stron" not in html
    for title in ("Silesian Voivodeship", "European Funds for Silesia", "Regional Territorial Investments"):
        assert f">{title}</a>" in footer(html)
    assert "Województwo Śląskie" not in footer(html)
    assert meta(html, "property", "og:site_name") == "Western Subregion"
    assert meta(html, "property", "og:image:alt").startswith("Mark of the Association")


def test_polish_pages_keep_the_polish_frame(client):
    html = client.get("/").content.decode()
    assert part(html, "brand__short") == "Subregion Zachodni"
    assert part(html, "brand__full") == POLISH_NAME
    assert "Projektowanie stron: Lioosys." in footer(html) and ">Województwo Śląskie</a>" in footer(html)
    assert "Western Subregion" not in html and "Web design" not in html
    assert meta(html, "property", "og:image:alt").startswith("Znak Związku")


def test_an_empty_english_field_shows_the_polish_text(client):
    settings = SiteSettings.load()
    settings.short_name_en = ""
    settings.footer_credits_en = ""
    with committed():
        settings.save()
    link = RecommendedLink.objects.get(title="Województwo Śląskie")
    link.title_en = ""
    with committed():
        link.save()
    html = client.get("/en/").content.decode()
    assert part(html, "brand__short") == "Subregion Zachodni"
    assert "Projektowanie stron: Lioosys." in footer(html) and ">Województwo Śląskie</a>" in footer(html)


@pytest.fixture
def sekretariat(django_user_model):
    user = django_user_model.objects.create_user("sekretariat-en", password="haslo-sekretariatu-1")
    user.groups.add(Group.objects.get(name="Sekretariat"))
    return user


def settings_form(settings, **overrides):
    fields = ["organisation_name", "short_name", "address", "phone", "email", "epuap", "nip", "regon", "bip_url",
              "footer_credits", "notice_level", "mark_alt", "organisation_name_en", "short_name_en",
              "footer_credits_en", "mark_alt_en"]
    data = {name: getattr(settings, name) for name in fields}
    for name in ("accessibility", "privacy", "news", "resolutions", "easy_read", "sign_language", "site_map"):
        data[f"{name}_page"] = getattr(settings, f"{name}_page_id") or ""
    links = [{"id": link.pk, "title": link.title, "title_en": link.title_en, "url": link.url}
             for link in settings.recommended_links.all()]
    data["recommended_links"] = inline_formset(links, initial=len(links))
    data.update(overrides)
    return nested_form_data(data)


def test_editing_the_english_name_shows_on_the_next_english_request(client, sekretariat):
    # both languages' layouts are cached first
    assert "Western Subregion" in client.get("/en/").content.decode()
    assert "Subregion Zachodni" in client.get("/").content.decode()
    client.force_login(sekretariat)
    settings = SiteSettings.load()
    form = client.get(reverse("wagtailsettings:edit", args=["core", "sitesettings", settings.pk])).content.decode()
    assert "Wersja angielska" in form and "short_name_en" in form and "title_en" in form
    with committed():
        response = client.post(
            reverse("wagtailsettings:edit", args=["core", "sitesettings", settings.pk]),
            settings_form(settings, short_name_en="West Silesian Subregion", footer_credits_en="Made by the office."),
        )
    assert response.status_code == 302, response.context["form"].errors
    client.logout()
    english = client.get("/en/").content.decode()
    assert part(english, "brand__short") == "West Silesian Subregion" and "Made by the office." in english
    polish = client.get("/").content.decode()
    assert part(polish, "brand__short") == "Subregion Zachodni" and "Made by the office." not in polish
    # and a recommended link's English title, edited on its own row
    link = RecommendedLink.objects.get(title="Województwo Śląskie")
    link.title_en = "The Silesian Voivodeship"
    with committed():
        link.save()
    assert ">The Silesian Voivodeship</a>" in client.get("/en/").content.decode()
    assert ">Województwo Śląskie</a>" in client.get("/").content.decode()


@pytest.mark.parametrize("url, name", [
    ("/informacja-o-dzialalnosci.txt", POLISH_NAME),
    ("/en/informacja-o-dzialalnosci.txt", ENGLISH_NAME),
])
def test_the_activity_text_names_the_association_in_its_language(client, url, name):
    lines = client.get(url).content.decode("utf-8").strip().splitlines()
    assert lines[-1].startswith(name)
