"""The header's top bar (BIP, accessibility statement, ETR, PJM, site map) and its pages: the easy-to-read text,
the Polish Sign Language page, the site map, and the activity as a machine-readable text file (art. 6 pkt 3
lit. c of the act on ensuring accessibility)."""

import re

import pytest
from wagtail.models import Page, PageViewRestriction
from wagtail.test.utils import WagtailPageTestCase

from core.models import SiteSettings, StandardPage
from home.models import EasyReadPage, HomePage, SignLanguagePage, SiteMapPage

PAGES = [
    # (Polish URL, English URL, a text each language version must show)
    ("/tekst-latwy-do-czytania/", "/en/easy-to-read/", ("Do Związku należy 28 gmin i powiatów.",
                                                       "28 municipalities and counties belong to the association.")),
    ("/polski-jezyk-migowy/", "/en/polish-sign-language/", ("Nagranie w polskim języku migowym zostanie dodane.",
                                                            "The recording in Polish Sign Language is to be added.")),
    ("/mapa-strony/", "/en/site-map/", ("O regionie", "The region")),
]
TOP_BAR = {
    "pl": [("https://bip.subregion.pl/", "BIP"), ("/deklaracja-dostepnosci/", "Deklaracja dostępności"),
           ("/tekst-latwy-do-czytania/", "Tekst łatwy do czytania (ETR)"),
           ("/polski-jezyk-migowy/", "Polski język migowy (PJM)"), ("/mapa-strony/", "Mapa strony")],
    "en": [("https://bip.subregion.pl/", "Public Information Bulletin (BIP)"),
           ("/en/accessibility-statement/", "Accessibility statement"), ("/en/easy-to-read/", "Easy-to-read text"),
           ("/en/polish-sign-language/", "Polish Sign Language"), ("/en/site-map/", "Site map")],
}


def top_bar_links(html):
    bar = re.search(r'<nav class="top-bar".*?</nav>', html, re.S).group(0)
    if "bip." in bar:
        assert '<svg class="bip-sign" aria-hidden="true"' in bar  # the BIP sign is drawn, not read out
    return [(href, re.sub(r"<[^>]+>", "", re.sub(r"<svg.*?</svg>", "", text, flags=re.S)).strip())
            for href, text in re.findall(r'<a href="([^"]+)"[^>]*>(.*?)</a>', bar, re.S)]


class TreeRulesTests(WagtailPageTestCase):
    def test_only_under_the_home_page_and_without_sub_pages(self):
        for model in (EasyReadPage, SignLanguagePage, SiteMapPage):
            self.assertAllowedParentPageTypes(model, {HomePage})
            self.assertAllowedSubpageTypes(model, set())
            self.assertCanNotCreateAt(StandardPage, model)


@pytest.mark.django_db
@pytest.mark.parametrize("pl_url, en_url, texts", PAGES)
def test_pages_render_in_both_languages_within_the_query_budget(client, django_assert_max_num_queries,
                                                                  pl_url, en_url, texts):
    for url, text in zip((pl_url, en_url), texts):
        client.get(url)  # warm the layout's cache
        with django_assert_max_num_queries(10):
            response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.content.decode(), url


@pytest.mark.django_db
@pytest.mark.parametrize("language, home", [("pl", "/"), ("en", "/en/")])
def test_top_bar_links_to_the_pages_of_the_visitors_language(client, language, home):
    for url in (home, PAGES[0][0 if language == "pl" else 1]):
        assert top_bar_links(client.get(url).content.decode()) == TOP_BAR[language]


@pytest.mark.django_db
def test_top_bar_leaves_out_what_is_not_chosen(client):
    settings = SiteSettings.load()
    settings.bip_url = ""
    settings.site_map_page = None
    settings.save()
    links = [href for href, _text in top_bar_links(client.get("/").content.decode())]
    assert links == ["/deklaracja-dostepnosci/", "/tekst-latwy-do-czytania/", "/polski-jezyk-migowy/"]


@pytest.mark.django_db
def test_site_map_lists_live_public_pages_of_its_language_only(client):
    home = HomePage.objects.get(locale__language_code="pl")
    draft = StandardPage(title="Szkic niewidoczny", slug="szkic-niewidoczny", live=False)
    home.add_child(instance=draft)
    restricted = StandardPage(title="Strefa zamknięta", slug="strefa-zamknieta")
    home.add_child(instance=restricted)
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.PASSWORD, password="x")
    under_restricted = StandardPage(title="Pod zamkniętą", slug="pod-zamknieta")
    restricted.add_child(instance=under_restricted)

    html = client.get("/mapa-strony/").content.decode()
    main = html[html.index('<main'):html.index('</main>')]
    for path in ("/o-regionie/", "/zwiazek/", "/zwiazek/statut/", "/aktualnosci/", "/tekst-latwy-do-czytania/"):
        assert f'href="{path}"' in main, path
    for title in ("Szkic niewidoczny", "Strefa zamknięta", "Pod zamkniętą", "The region"):
        assert title not in main, title
    assert re.search(r'<li><a href="/zwiazek/">[^<]*</a>\s*<ul>', main), "sub-pages nest under their section"

    english = client.get("/en/site-map/").content.decode()
    english_main = english[english.index('<main'):english.index('</main>')]
    assert 'href="/en/region/"' in english_main and "O regionie" not in english_main


@pytest.mark.django_db
def test_site_map_reads_the_tree_in_one_query(django_assert_num_queries):
    page = SiteMapPage.objects.get(locale__language_code="pl")
    with django_assert_num_queries(1):
        tree = page.tree()
    assert len(tree) == 1 and tree[0]["children"]


@pytest.mark.django_db
@pytest.mark.parametrize("url, first_line, sentence", [
    ("/informacja-o-dzialalnosci.txt", "Tekst łatwy do czytania", "Do Związku należy 28 gmin i powiatów."),
    ("/en/informacja-o-dzialalnosci.txt", "Easy-to-read text", "28 municipalities and counties belong to the association."),
])
def test_activity_text_file(client, url, first_line, sentence):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode("utf-8")
    assert text.splitlines()[0] == first_line
    assert sentence in text and "<" not in text


@pytest.mark.django_db
def test_easy_read_page_links_the_text_file(client):
    assert 'href="/informacja-o-dzialalnosci.txt"' in client.get("/tekst-latwy-do-czytania/").content.decode()
    assert 'href="/en/informacja-o-dzialalnosci.txt"' in client.get("/en/easy-to-read/").content.decode()


@pytest.mark.django_db
def test_activity_text_file_is_gone_without_an_easy_read_page(client):
    settings = SiteSettings.load()
    settings.easy_read_page = None
    settings.save()
    assert client.get("/informacja-o-dzialalnosci.txt").status_code == 404


@pytest.mark.django_db
def test_sign_language_page_plays_the_uploaded_video_with_captions(client):
    from wagtail.documents import get_document_model
    from django.core.files.base import ContentFile

    Document = get_document_model()
    video = Document(title="PJM nagranie")
    video.file.save("pjm.mp4", ContentFile(b"\x00\x00\x00\x18ftypmp42"), save=False)
    video.save()
    captions = Document(title="PJM napisy")
    captions.file.save("pjm.vtt", ContentFile("WEBVTT\n\n00:00.000 --> 00:02.000\nDzień dobry.\n".encode()), save=False)
    captions.save()
    page = SignLanguagePage.objects.get(locale__language_code="pl")
    page.video, page.captions, page.transcript = video, captions, "<p>Dzień dobry.</p>"
    page.save_revision().publish()

    html = client.get("/polski-jezyk-migowy/").content.decode()
    assert f'src="{video.url}"' in html and f'src="{captions.url}"' in html and 'kind="captions"' in html
    assert "zostanie dodane" not in html and "Dzień dobry." in html
    assert Page.objects.get(pk=page.pk).live


@pytest.mark.parametrize("name, head, accepted", [
    ("pjm.mp4", b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom", True),
    ("pjm.webm", b"\x1aE\xdf\xa3\x9fB\x86\x81\x01B\xf7\x81\x01B\xf2\x81\x04B\xf3\x81\x08B\x82\x84webm", True),
    ("pjm.vtt", "WEBVTT\n\n00:00.000 --> 00:02.000\nDzień dobry.\n".encode(), True),
    ("pjm.mp4", b"<html><script>alert(1)</script>", False),
    ("pjm.vtt", b"WEBVTT\n\n<script>alert(1)</script>", False),
])
def test_recording_and_captions_can_be_uploaded_as_documents(settings, name, head, accepted):
    from core.document_forms import content_problem

    assert {"mp4", "webm", "vtt"} <= set(settings.WAGTAILDOCS_EXTENSIONS)
    assert (content_problem(name, head) is None) == accepted
