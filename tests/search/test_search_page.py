"""What a visitor sees on the search page: kinds, numbers, marked and escaped excerpts, filters with counts,
pagination that keeps the query, the English site's own address and language, suggestions for typos, and no
restricted page."""

import re
from html import unescape

import pytest
from wagtail.models import PageViewRestriction

from core.models import StandardPage
from home.models import HomePage
from search import views

pytestmark = pytest.mark.django_db


def results(client, query, url="/szukaj/", **params):
    response = client.get(url, {"q": query, **params})
    assert response.status_code == 200
    return response, response.context["items"]


def publish_page(title, slug, intro, language="pl"):
    home = HomePage.objects.get(locale__language_code=language)
    page = StandardPage(title=title, slug=slug, intro=intro)
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def test_a_query_without_diacritics_finds_text_with_them_and_the_reverse(client):
    assert "/czlonkowie/zory/" in [item.url for item in results(client, "zory")[1]]
    # "Lyski" is written without a Polish letter; typing "Łyski" still finds it
    assert "/czlonkowie/lyski/" in [item.url for item in results(client, "Łyski")[1]]


def test_a_resolution_shows_its_kind_number_body_and_status(client):
    response, items = results(client, "5/2013")
    first = items[0]
    assert (first.kind.label, first.number) == ("Uchwała", "5/2013")
    html = response.content.decode()
    assert "Uchwała nr 5/2013" in html and str(first.body) in html and str(first.status) in html


def test_every_kind_is_named(client):
    kinds = {item.kind.label for query in ("Socha", "zory", "mln euro", "nabór", "Biuro") for item in
             results(client, query)[1]}
    assert {"Osoba", "Członek Związku", "Aktualność", "Projekt", "Strona"} <= kinds


def test_the_excerpt_marks_the_matched_inflected_words(client):
    html = results(client, "absolutoria zarządowi")[0].content.decode()
    assert "<mark>absolutorium</mark>" in html and "<mark>Zarządowi</mark>" in html


def test_the_excerpt_is_escaped(client):
    publish_page("Wzory pism", "wzory-pism", 'Warunek 2 < 3 & "cytat" kalejdoskop <script>alert(1)</script>')
    html = results(client, "kalejdoskop")[0].content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "Warunek 2 &lt; 3 &amp; &quot;cytat&quot; <mark>kalejdoskop</mark>" in html


def test_filters_by_kind_show_counts_and_keep_the_query(client):
    response, items = results(client, "zory")
    html = unescape(response.content.decode())
    link = re.search(r'href="(\?[^"]*rodzaj=czlonek[^"]*)">Członek Związku \((\d+)\)', html)
    assert link, html
    assert "q=zory" in link.group(1)
    filtered = client.get("/szukaj/" + link.group(1)).context["items"]
    assert len(filtered) == int(link.group(2)) and {item.kind.slug for item in filtered} == {"czlonek"}
    assert len(filtered) < len(items)


def test_pagination_keeps_a_query_with_hash_and_ampersand(client, monkeypatch):
    monkeypatch.setattr(views, "RESULTS_PER_PAGE", 2)
    response, first_page = results(client, "uchwała #&")
    html = unescape(response.content.decode())
    next_link = re.search(r'href="(\?[^"]*)" rel="next"', html).group(1)
    assert "q=uchwa%C5%82a+%23%26" in next_link
    second = client.get("/szukaj/" + next_link)
    assert second.status_code == 200 and second.context["search_query"] == "uchwała #&"
    assert {item.url for item in second.context["items"]}.isdisjoint(item.url for item in first_page)
    assert '<span aria-hidden="true">…</span>' in html  # an elided page range


def test_the_english_search_has_its_own_address_and_english_results_only(client):
    response, items = results(client, "Rybnik", url="/en/search/")
    assert items and all(item.url.startswith("/en/") or "/people/" in item.url for item in items)
    assert client.get("/en/szukaj/", {"q": "Rybnik"}).url == "/en/search/?q=Rybnik"
    assert client.get("/szukaj/", {"q": "Rybnik"}).status_code == 200


def test_english_words_are_stemmed_on_the_english_site(client):
    assert "/en/resolutions/" in [item.url for item in results(client, "resolution", url="/en/search/")[1][:3]]


def test_a_typo_offers_a_known_word(client):
    response, items = results(client, "absolutorim")
    assert not items
    assert response.context["suggestion"] == "absolutorium"
    assert "Czy chodziło Ci o:" in response.content.decode()


def test_a_restricted_page_is_never_found(client, committed):
    """Also once the restrictions were kept (``core.page_privacy.public``): a new one ends them when it commits."""
    with committed():
        page = publish_page("Tajny protokół", "tajny-protokol", "Zebranie w sprawie kalafiorowej")
    assert [item.url for item in results(client, "kalafiorowa")[1]] == [page.url]
    with committed():
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    assert results(client, "kalafiorowa")[1] == []
    assert results(client, "kalafiorowa", rodzaj="strona")[1] == []


def test_an_unknown_kind_is_a_404(client):
    assert client.get("/szukaj/", {"q": "zory", "rodzaj": "nic"}).status_code == 404


def test_a_person_is_found_by_their_seat(client):
    items = results(client, "Prezydent Miasta Żory", rodzaj="osoba")[1]
    assert [item.title for item in items] == ["Waldemar Socha"]


def test_a_broad_query_is_ordered_without_the_backend_ranking_and_keeps_title_matches_first(client, monkeypatch):
    monkeypatch.setattr(views, "RANKED_LIMIT", 1)  # as if the query matched thousands of pages
    assert "/uchwaly/zgromadzenie-ogolne/2013/7/" in [item.url for item in results(client, "składka członkowska")[1][:3]]


def test_a_document_listed_in_a_page_body_finds_the_page_unless_its_collection_is_restricted(client):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document
    from wagtail.models import Collection, CollectionViewRestriction

    root = Collection.get_first_root_node()
    private = root.add_child(name="Zarząd – robocze")
    CollectionViewRestriction.objects.create(collection=private, restriction_type=CollectionViewRestriction.LOGIN)
    public_file = Document.objects.create(title="Regulamin konkursu kalafiorowego", file=ContentFile(b"x", "a.txt"))
    private_file = Document.objects.create(
        title="Notatka brokułowa", file=ContentFile(b"x", "b.txt"), collection=private
    )
    home = HomePage.objects.get(locale__language_code="pl")
    page = StandardPage(title="Pliki", slug="pliki-testowe", body=[("documents", {"heading": "", "documents": [
        {"document": public_file, "title": ""}, {"document": private_file, "title": ""}]})])
    home.add_child(instance=page)
    page.save_revision().publish()
    # the page, and the file itself as a document leading to it
    assert sorted((item.kind.label, item.url) for item in results(client, "regulamin kalafiorowy")[1]) == [
        ("Dokument", page.url), ("Strona", page.url)]
    assert results(client, "brokułowa")[1] == []


@pytest.mark.parametrize("query", ["projekt", "Kuczera", "prezydent", "uchwała zarządu", "strategia", "budżet 2019",
                                   "kalejdoskop", "5/2013", "gmina"])
@pytest.mark.parametrize("url", ["/szukaj/", "/en/search/"])
def test_what_the_page_shows_is_what_every_search_run_shows(client, monkeypatch, query, url):
    """The page runs only the searches (people, documents, pages) whose kind the query matches at all, and counts
    and orders the pages from the entries read with their scores (``core.search_backend.matches``): it shows
    what running every search shows, on every page of results and for each kind."""

    def shown(**params):
        response = results(client, query, url, **params)[0]
        return (response.context["total"], [(kind.slug, count) for kind, count, _over in response.context["kinds"]],
                [(item.kind.slug, item.title, item.url, str(item.excerpt)) for item in response.context["items"]])

    kinds = [kind.slug for kind, _count, _over in results(client, query, url)[0].context["kinds"]]
    variants = [{}, {"page": 2}] + [{"rodzaj": slug} for slug in kinds]
    seen = []
    for params in variants:
        try:
            seen.append(shown(**params))
        except AssertionError:  # no second page
            seen.append(None)
    monkeypatch.setattr(views, "matches", lambda backend_query, limit: None)
    for params, expected in zip(variants, seen):
        if expected is not None:
            assert shown(**params) == expected, params


def test_a_query_matching_more_entries_than_are_read_runs_every_search(client, monkeypatch):
    expected = results(client, "projekt")[0].context
    expected = (expected["total"], [item.url for item in expected["items"]])
    monkeypatch.setattr(views, "MATCHES_READ", 3)
    response = results(client, "projekt")[0]
    assert (response.context["total"], [item.url for item in response.context["items"]]) == expected


def test_a_query_that_matches_nothing_runs_one_search(client, django_assert_max_num_queries):
    """Without any match the people's, the documents' and the pages' searches are not run (SQLite answers which
    entries match in one query; PostgreSQL runs them all, as it did before)."""
    from django.db import connection

    client.get("/szukaj/", {"q": "kalejdoskop"})  # warm
    with django_assert_max_num_queries(10) as captured:
        response, items = results(client, "kalejdoskop")
    assert not items and response.context["total"] == 0
    searches = [query["sql"] for query in captured.captured_queries if "indexentry" in query["sql"].lower()]
    assert len(searches) == (1 if connection.vendor == "sqlite" else 4)


@pytest.mark.parametrize("query, kind", [("absolutorium", ""), ("projekt", "dokument")])
def test_a_page_of_results_reads_no_long_text_of_what_it_lists(client, django_assert_max_num_queries, query, kind):
    """A resolution's or a file's text runs to hundreds of kilobytes and the excerpt comes from the index: the
    page of results reads a resolution's number, body and status and a document's title and file, not their
    texts (nor any page's body)."""
    client.get("/szukaj/", {"q": query, "rodzaj": kind})  # warm
    with django_assert_max_num_queries(10) as captured:
        response, items = results(client, query, rodzaj=kind)
    assert any(item.number if not kind else item.file_url for item in items)  # a resolution's number, a file
    selected = " ".join(sql["sql"].split(" FROM ")[0] for sql in captured.captured_queries)  # the columns read
    assert not re.search(r'"resolutions_resolutionpage"\."(document_text|attachments_text|summary|legal_basis)"', selected)
    assert not re.search(r'"home_newspage"\."(body|lead)"', selected)
    assert not re.search(r'"search_documenttext"\."text"', selected)


def status_line(response):
    return re.search(r'<p role="status">(.*?)</p>', response.content.decode(), re.S).group(1).strip()


def test_the_search_page_speaks_the_visitors_language_with_the_right_polish_form(client):
    """The English page's title, heading, label and number found are English (they stayed Polish: a catalogue
    rewrite had dropped them), and Polish takes its three forms: 1 wynik, 2–4 wyniki, 5 wyników (it said
    "3 wyników")."""
    from django.utils import translation
    from django.utils.translation import ngettext

    response = results(client, "projekt", "/en/search/")[0]
    html = response.content.decode()
    assert "<title>Search results: projekt – " in html and "<h1>Search</h1>" in html
    assert '<label for="search-page-q">What are you looking for?</label>' in html
    assert status_line(response) == f"{response.context['total']} results found."
    assert re.fullmatch(r"Znaleziono \d+ wynik(i|ów)?\.", status_line(results(client, "projekt")[0]))
    with translation.override("pl"):
        said = {count: ngettext("Znaleziono %(counter)s wynik.", "Znaleziono %(counter)s wyników.", count) % {
            "counter": count} for count in (1, 3, 5, 22, 25)}
    assert said == {1: "Znaleziono 1 wynik.", 3: "Znaleziono 3 wyniki.", 5: "Znaleziono 5 wyników.",
                    22: "Znaleziono 22 wyniki.", 25: "Znaleziono 25 wyników."}
