"""Site search over the live pages of the active language."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404
from django.shortcuts import render
from wagtail.models import Locale, Page

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """Search pages in the visitor's language; a bad page number is a 404, an over-long query is cut."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results_page = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
        paginator = Paginator(pages, RESULTS_PER_PAGE)
        try:
            results_page = paginator.page(request.GET.get("page", 1))
        except (EmptyPage, PageNotAnInteger):
            raise Http404
    return render(request, "search/search.html", {"search_query": query, "results": results_page})
