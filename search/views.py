"""Site search over the live, public pages of the active language, the published people and the documents those
pages show.

Order of the results: resolutions carrying a number typed in the query, people whose name was typed, documents
whose title holds every word typed, then pages as the backend ranks them, then the other documents (found by
their text) and people found by their seats only. ``rodzaj`` in the URL keeps one kind; a bad
page number or kind is a 404.

Counting is what makes a broad query slow: "dotacja celowa" matches every one of 10,000 resolutions, and
PostgreSQL then checks the match entry by entry (its planner prefers that to the GIN index when nearly all
entries match, and reading each entry's large ``body`` vector costs far more than it reckons). So the kinds of
few pages are counted exactly in one facet query, and the kind of many (the register, ``Kind.many``) with a
second query that stops at ``COUNT_LIMIT`` ("ponad 500"): with 10,000 matching resolutions on PostgreSQL they
take about 15 and 35 ms where the one facet over everything took 300-400 ms.

On SQLite the backend first reads every index entry the query matches with its score, up to ``MATCHES_READ``
(``core.search_backend.matches``): a search that cannot find anything is not run, and the pages are counted and
ordered from one plain query of the matched ones that are live, public and in the visitor's language, and the
documents read from one plain query of the matched ones, as the backend's own count and ranking would (three
searches of some 3 ms each to build).
"""

import re

from django.contrib.contenttypes.models import ContentType
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import connection
from django.http import Http404, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.urls import reverse
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from core.localization import active_locale, localize_related
from core.page_privacy import public
from core.response_cache import kept
from core.search_backend import Matches, matches
from core.search_text import fold, words
from members.models import Person, StatutoryBody
from resolutions.models import ResolutionPage

from . import query as search_query
from .documents import documents
from .models import DocumentText
from .ranking import TitleFirst, title_score
from .results import (
    DOCUMENT, KINDS, KINDS_BY_SLUG, OTHER_PAGES, PERSON, RANKED_FIELDS, RankedPage, document_result, indexed_text, indexed_texts,
    kind_of_label, page_result, people, person_result, specific_pages, type_label,
)
from .suggestions import suggestion

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MAX_PEOPLE = 50
MAX_DOCUMENTS = 50
RANKED_LIMIT = 100  # matches the backend ranks (see ranked_pages)
COUNT_LIMIT = 500  # pages of a kind of many counted at most; beyond it the page says "ponad 500"
MATCHES_READ = 200  # entries read with their scores (SQLite; each score ~20 µs); a query matching more runs every search
# Characters that are syntax, not words, for the search backends (SQLite's FTS5 fails on a lone quote and on
# NUL), and lone surrogates that no database can store: each becomes a space.
NOT_WORDS = re.compile(r'[\x00-\x1f\x7f"\ud800-\udfff]')


def clean_query(text):
    """The words of a visitor's query, without what the backends would read as syntax; at most 200 characters."""
    return " ".join(NOT_WORDS.sub(" ", text).split())[:MAX_QUERY_LENGTH]


class Combined:
    """The results in their order as one sliceable sequence for ``Paginator``: only the page shown is read."""

    def __init__(self, head, pages, pages_count, tail):
        self.head, self.pages, self.pages_count, self.tail = head, pages, pages_count, tail

    def __len__(self):
        return len(self.head) + self.pages_count + len(self.tail)

    def __getitem__(self, window):
        start, stop = window.start or 0, window.stop
        items = self.head[start:stop]
        first_page = max(0, start - len(self.head))
        last_page = max(0, stop - len(self.head))
        if last_page > first_page and first_page < self.pages_count:
            items += list(self.pages[first_page:min(last_page, self.pages_count)])
        tail_start = max(0, start - len(self.head) - self.pages_count)
        tail_stop = max(0, stop - len(self.head) - self.pages_count)
        return items + self.tail[tail_start:tail_stop]


def numbered_resolutions(parsed, locale):
    """The resolutions whose number was typed, those of the body named in the query ("zarządu") first."""
    if not parsed.numbers:
        return []
    wanted = parsed.folded_words()
    found = []
    for seq, year in parsed.numbers[:3]:
        found += public(ResolutionPage.objects.live()).filter(locale=locale, seq=seq, year=year).select_related("body")
    names = {}  # every language's names of each body, by translation key (one query)
    if found:
        for key, name, genitive in StatutoryBody.objects.values_list("translation_key", "name", "name_genitive"):
            names[key] = f"{names.get(key, '')} {name} {genitive}"

    def names_body(resolution):
        body = resolution.body
        names_of_body = names.get(body.translation_key, "") if body else ""
        return not wanted.intersection(fold(word) for word in words(names_of_body))

    return sorted(found, key=names_body)


def ranked_pages(pages, backend_query, count):
    """The backend's ranking, or for a query matching more than ``RANKED_LIMIT`` pages the newest first.

    SQLite's backend computes each match's rank in a subquery that runs the full-text match again, so ranking
    10,000 matches ("uchwała zarządu" in a large register) takes a minute; unranked, the same query takes
    50 ms. Such a broad query gets the newest pages (and among the first 50 those whose title holds the words,
    ``TitleFirst``) on both databases alike.
    """
    pages = pages.only(*RANKED_FIELDS)  # the page of results shown is read as its lines need (``specific_pages``)
    if count <= RANKED_LIMIT:
        return pages.search(backend_query)
    return pages.order_by("-first_published_at", "-id").search(backend_query, order_by_relevance=False)


def promoted_queries():
    """The queries that have an editor's pinned result, kept until the next visible change (pinning or removing
    one starts a new generation): most searches then need no query for them."""
    return set(SearchPromotion.objects.values_list("query__query_string", flat=True).distinct())


def promoted_results(query, locale):
    """The editors' "Polecane wyniki" for this query: live, public pages of this language, or external links."""
    query_string = normalise_query_string(query)
    if query_string not in kept("search:promoted-queries", promoted_queries):
        return []
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=query_string)
        .select_related("page").order_by("sort_order")
    )
    page_ids = [promotion.page_id for promotion in promotions if promotion.page_id]
    visible = set(public(Page.objects.live()).filter(pk__in=page_ids, locale=locale).values_list("pk", flat=True)) if (
        page_ids) else set()
    return [
        {"title": promotion.title, "url": promotion.page.url if promotion.page_id else promotion.external_link_url,
         "description": promotion.description}
        for promotion in promotions if (promotion.page_id in visible if promotion.page_id else promotion.external_link_url)
    ]


def _content_types(kind):
    """The content type ids of the page types of ``kind`` (Django's cache of content types: no query once warm)."""
    return [ContentType.objects.get_by_natural_key(*label.split(".")).pk for label in kind.models]


def kind_counts(pages, backend_query):
    """({kind slug: pages matching}, {slug: content type ids matched}, {slugs counted up to COUNT_LIMIT only}).

    On PostgreSQL two queries whatever the query: one facet over the kinds of few pages, and one count, stopped
    at ``COUNT_LIMIT + 1``, per kind of many (see the module docstring); on SQLite one exact facet.
    """
    counts = {kind.slug: 0 for kind in KINDS}
    types, capped = {}, set()
    # SQLite's FTS5 table is the index itself, so one facet counts everything there as fast as the split counts
    many = {kind.slug: _content_types(kind) for kind in KINDS if kind.many} if connection.vendor == "postgresql" else {}
    if backend_query is None:
        return counts, types, capped
    few = pages.exclude(content_type__in=[ct for ids in many.values() for ct in ids])
    for content_type_id, count in few.search(backend_query).facet("content_type_id").items():
        kind = kind_of_label(type_label(content_type_id))
        counts[kind.slug] += count
        types.setdefault(kind.slug, []).append(content_type_id)
    for slug, ids in many.items():
        matched = pages.filter(content_type__in=ids).search(backend_query, order_by_relevance=False)
        count = matched[:COUNT_LIMIT + 1].count()
        if count > COUNT_LIMIT:
            count = COUNT_LIMIT
            capped.add(slug)
        if count:
            counts[slug], types[slug] = count, ids
    return counts, types, capped


def _may_find(found, is_kind):
    """Whether a search for objects of a kind (``is_kind(model)``) can find any, given the entries the query
    matches (``core.search_backend.Matches``; None: it may)."""
    return found is None or bool(found.scores_of(is_kind))


def _is_page(model):
    return model is not None and issubclass(model, Page)


def scored_pages(pages, found):
    """The ``pages`` among the entries ``found`` (one plain query), as ``RankedPage`` rows in the backend's order:
    by score, then the newest id (modelsearch's ``order_by("_score", "-pk")``, each page scored by its entry)."""
    scores = found.scores_of(_is_page)
    if not scores:
        return []
    rows = pages.filter(pk__in=list(scores)).values_list(*RANKED_FIELDS).order_by()  # sorted here: no ORDER BY
    return found.best_first([RankedPage(*row) for row in rows], scores)


def counted(scored):
    """``kind_counts`` of ``scored`` pages, all of which are read: exact, none capped."""
    counts = {kind.slug: 0 for kind in KINDS}
    types = {}
    for page in scored:
        kind = kind_of_label(type_label(page.content_type_id))
        counts[kind.slug] += 1
        if page.content_type_id not in types.setdefault(kind.slug, []):
            types[kind.slug].append(page.content_type_id)
    return counts, types, set()


def moved(request):
    """``/en/szukaj/`` (the address before it was translated): the same search at this language's address."""
    query = request.GET.urlencode()
    return HttpResponsePermanentRedirect(reverse("search") + (f"?{query}" if query else ""))


def search(request):
    """Search in the visitor's language; a bad page number or kind is a 404, an over-long query is cut."""
    query = clean_query(request.GET.get("q", ""))
    kind_slug = request.GET.get("rodzaj", "")
    if kind_slug and kind_slug not in KINDS_BY_SLUG:
        raise Http404
    context = {"search_query": query, "results": None, "kind": kind_slug, "kinds": [], "total": 0}
    if not query:
        return render(request, "search/search.html", context)

    locale = active_locale(request) or Locale.get_active()  # the cached layout's, without a query
    parsed = search_query.parse(query, locale.language_code)
    backend_query = search_query.backend_query(parsed)
    numbered = numbered_resolutions(parsed, locale)
    pages = public(Page.objects.live()).filter(locale=locale)
    if numbered:
        pages = pages.exclude(id__in=[resolution.pk for resolution in numbered])
    # the searches that can find something (each costs some 3 ms to build, whether it finds anything or not)
    found = matches(backend_query, MATCHES_READ) if backend_query is not None else Matches({})
    scored = None if found is None else scored_pages(pages, found)  # the matched pages, best first
    if scored is None:
        counts, types, capped = kind_counts(pages, backend_query if _may_find(found, _is_page) else None)
    else:
        counts, types, capped = counted(scored)
    page_counts = dict(counts)  # the pages the backend found, without the numbered resolutions
    counts["uchwala"] += len(numbered)
    found_people = list(people(backend_query)[:MAX_PEOPLE]) if _may_find(found, lambda model: model is Person) else []
    counts[PERSON.slug] = len(found_people)
    found_documents = list(documents(backend_query, locale, found)[:MAX_DOCUMENTS]) if _may_find(
        found, lambda model: model is DocumentText) else []
    counts[DOCUMENT.slug] = len(found_documents)
    context["kinds"] = [(kind, counts[kind.slug], kind.slug in capped) for kind in KINDS if counts[kind.slug]]
    context["total"] = sum(counts.values())
    context["capped"] = bool(capped)

    typed = {fold(word) for word in parsed.words}
    named = [person for person in found_people if typed & {fold(person.first_name), fold(person.last_name)}]
    by_seat = [person for person in found_people if person not in named]
    titled = [entry for entry in found_documents if title_score(entry.title, parsed) >= len(parsed.words) > 0]
    by_text = [entry for entry in found_documents if entry not in titled]
    if kind_slug == PERSON.slug:
        head, tail, pages_count = named + by_seat, [], 0
    elif kind_slug == DOCUMENT.slug:
        head, tail, pages_count = titled + by_text, [], 0
    else:
        head = list(numbered) if kind_slug in ("", "uchwala") else []
        tail = []
        if not kind_slug:
            head, tail = head + named + titled, by_text + by_seat
        shown_types = types.get(kind_slug, []) if kind_slug else [ct for ids in types.values() for ct in ids]
        pages_count = sum(page_counts[slug] for slug in types if slug == kind_slug or not kind_slug)
        if kind_slug:
            pages = pages.filter(content_type__in=shown_types or [0])
            scored = scored and [page for page in scored if page.content_type_id in shown_types]
    if scored is not None and pages_count <= RANKED_LIMIT:
        ranked = TitleFirst(scored, parsed)  # the backend's ranking, read with the counts
    else:
        ranked = TitleFirst(ranked_pages(pages, backend_query, pages_count), parsed) if pages_count else []
    paginator = Paginator(Combined(head, ranked, pages_count, tail), RESULTS_PER_PAGE)
    try:
        results_page = paginator.page(request.GET.get("page", 1))
    except (EmptyPage, PageNotAnInteger):
        if context["total"] or request.GET.get("page", "1") != "1":
            raise Http404
        results_page = paginator.page(1)

    if not context["total"] and results_page.number == 1:
        Query.get(query).add_hit()  # the query log holds the queries that found nothing (search.admin_views)
    context.update(
        promoted=promoted_results(query, locale) if results_page.number == 1 and not kind_slug else [],
        results=results_page,
        items=_results(request, list(results_page.object_list), parsed),
        page_range=paginator.get_elided_page_range(results_page.number, on_each_side=2, on_ends=1),
        suggestion="" if context["total"] else suggestion(parsed, locale),
        other_pages=OTHER_PAGES,
    )
    return render(request, "search/search.html", context)


def _results(request, items, parsed):
    """The lines of one page of results: excerpts from the index, resolutions and news as their own types."""
    wanted = parsed.folded_words()
    texts = indexed_texts(items)
    ranked = [item for item in items if type(item) in (Page, RankedPage)]  # not the numbered: already their own
    specific = specific_pages(ranked)
    # The resolutions' bodies in the visitor's language (one query when a translated language lists any).
    localize_related([page for page in specific.values() if isinstance(page, ResolutionPage)], "body")
    results = []
    for item in items:
        text = indexed_text(texts, item)
        if isinstance(item, Person):
            results.append(person_result(request, item, text, wanted))
        elif isinstance(item, DocumentText):
            results.append(document_result(request, item, text, wanted))
        elif item.pk in specific or not isinstance(item, RankedPage):  # a page deleted meanwhile is left out
            results.append(page_result(request, specific.get(item.pk, item), text, wanted, parsed.years))
    return results
