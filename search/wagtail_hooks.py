"""The admin's report of queries that found nothing, for the editors who pin search results."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import may_see, no_results_report


class NoResultsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see(request.user)


@hooks.register("register_admin_urls")
def register_no_results_url():
    return [path("search/no-results/", no_results_report, name="search_no_results")]


@hooks.register("register_reports_menu_item")
def register_no_results_menu_item():
    return NoResultsMenuItem(
        _("Wyszukiwania bez wyników"), reverse("search_no_results"), name="search-no-results", icon_name="search",
        order=1310,
    )
