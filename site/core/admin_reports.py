"""Two reports for editors: pages with broken internal links ("Zepsute odnośniki") and pages not reviewed for
12 months (Wagtail's aging pages report, limited to them). See ``core.content_checks`` for what counts."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports.aging_pages import AgingPagesView
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from .content_checks import AGING_MONTHS, aging_cutoff, broken_links, describe


def may_see(user):
    return page_permission_policy.user_has_any_permission(user, ["add", "change", "publish"])


def broken_links_report(request):
    """Every live page whose rich text or blocks link to an unpublished or deleted page or a deleted document."""
    if not may_see(request.user):
        raise PermissionDenied
    pages = Page.objects.live().filter(depth__gt=1).order_by("path").specific(defer=False)
    rows = [
        {"page": page, "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
         "links": [describe(link) for link in links]}
        for page, links in broken_links(pages).items()
    ]
    return render(request, "core/admin/broken_links.html", {"rows": rows})


class PortalAgingPagesView(AgingPagesView):
    """Wagtail's aging pages report showing only pages last published over ``AGING_MONTHS`` months ago."""

    page_title = _("Strony bez przeglądu od 12 miesięcy")
    index_url_name = "portal_aging_pages"
    index_results_url_name = "portal_aging_pages_results"

    def get_queryset(self):
        return super().get_queryset().filter(last_published_at__lt=aging_cutoff())

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["aging_months"] = AGING_MONTHS
        return context
