"""The editors' report of what visitors searched for and did not find, most frequent first.

The search logs a query in Wagtail's query log (``wagtail.contrib.search_promotions``) only when it found
nothing: the log is then exactly this report, and a search with results writes nothing. Editors who may pin
results ("Polecane wyniki") see it, so they can pin a page to the queries that need one.
"""

import datetime

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query

PERMISSION = "wagtailsearchpromotions.add_searchpromotion"
DAYS = 30
SHOWN = 100


def may_see(user):
    return user.has_perm(PERMISSION)


def no_results_report(request):
    if not may_see(request.user):
        raise PermissionDenied
    since = timezone.localdate() - datetime.timedelta(days=DAYS)
    queries = [(query.query_string, query._hits) for query in Query.get_most_popular(date_since=since)[:SHOWN]]
    return render(request, "search/admin/no_results.html", {"queries": queries, "days": DAYS})
