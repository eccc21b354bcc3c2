"""Site search over the live pages of the active language."""

import re

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import render
from wagtail.models import Locale, Page

from core.localization import active_locale

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
# Characters that are syntax, not words, for the search backends (SQLite's FTS5 fails on a lone quote and on
# NUL), and lone surrogates that no database can store: each becomes a space.
NOT_WORDS = re.compile(r'[\x00-\x1f\x7f"\ud800-\udfff]')


def clean_query(text):
    """The words of a visitor's query, without what the backends would read as syntax; at most 200 characters."""
    return " ".join(NOT_WORDS.sub(" ", text).split())[:MAX_QUERY_LENGTH]


def search(request):
    """Search pages in the visitor's language; a bad page number is a 404, an over-long query is cut."""
    query = clean_query(request.GET.get("q", ""))
    results_page = None
    if query:
        locale = active_locale(request) or Locale.get_active()  # the cached layout's, without a query
        pages = Page.objects.live().public().filter(locale=locale).specific().search(query)
        paginator = Paginator(pages, RESULTS_PER_PAGE)
        try:
            results_page = paginator.page(request.GET.get("page", 1))
        except (EmptyPage, PageNotAnInteger):
            raise Http404
    return render(request, "search/search.html", {"search_query": query, "results": results_page})
