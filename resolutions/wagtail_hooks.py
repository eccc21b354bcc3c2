"""Admin listing of resolutions: the register's page explorer shows number, body, adoption date and a scan flag,
and can be filtered by body, year and "contains a scan", so editors can find the PDFs a screen reader cannot read.
"""

from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageViewSet

from members.models import StatutoryBody

from .admin_views import document_scan_check
from .models import ResolutionPage


class ResolutionExplorerView(PageViewSet.index_view_class):
    """The explorer listing of the register; the bodies (three rows) are attached in one query, not one per row."""

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        bodies = {body.pk: body for body in StatutoryBody.objects.all()}
        for item in object_list:
            if isinstance(item, ResolutionPage):
                item.body = bodies.get(item.body_id)
        return paginator, page, object_list, is_paginated


class ScanColumn(Column):
    """A mark only on the rows that hold a scan without a text layer; the other rows stay empty, not "✗"."""

    cell_template_name = "resolutions/admin/scan_cell.html"


class ResolutionPageViewSet(PageViewSet):
    model = ResolutionPage
    icon = "doc-full"
    index_view_class = ResolutionExplorerView
    list_display = [
        *[column for column in PageViewSet.columns if column.name in ("bulk_actions", "title")],
        Column("display_number", label=_("Numer"), sort_key="seq"),
        Column("body", label=_("Organ"), accessor="body"),
        Column("adopted_on", label=_("Data podjęcia"), sort_key="adopted_on"),
        ScanColumn("has_scan", label=_("Skan bez tekstu")),
        *[column for column in PageViewSet.columns if column.name == "status"],
    ]
    list_filter = ["body", "year", "has_scan"]
    list_export = ["title", "display_number", "body", "adopted_on", "has_scan", "live"]
    ordering = ["-adopted_on", "seq"]


@hooks.register("register_admin_viewset")
def register_resolution_page_viewset():
    return ResolutionPageViewSet()


@hooks.register("register_admin_urls")
def register_scan_check_url():
    return [path("uchwaly/sprawdz-skan/", document_scan_check, name="resolutions_scan_check")]


@hooks.register("insert_editor_js")
def scan_check_js():
    """Loaded in every page editor; acts only where the resolution form marks itself (``data-scan-check-url``)."""
    return format_html('<script src="{}" defer></script>', static("resolutions/js/scan-check.js"))
