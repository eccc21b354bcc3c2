"""Admin listing of resolutions: the register's page explorer shows number, body, adoption date and a scan flag,
and can be filtered by body, year and "contains a scan", so editors can find the PDFs a screen reader cannot read.

The dashboard shows Publikujący the resolutions waiting for their approval, and the office the resolutions that
still hold a scan without text.
"""

from django.conf import settings
from django.db.models import BigIntegerField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _, ngettext
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import WorkflowState

from core.dashboard import DashboardPanel
from core.groups import EDITORS, SECRETARIAT, in_group
from members.models import StatutoryBody

from .admin_views import document_scan_check
from .models import ResolutionPage
from .permissions import PUBLISHERS_GROUP, is_publisher


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


# -- dashboard ------------------------------------------------------------------------------------------

class AwaitingApprovalPanel(DashboardPanel):
    """"Uchwały czekające na akceptację": resolutions submitted to "Akceptacja uchwał", for Publikujący, who
    approve them (one query, whatever their number)."""

    order = 10
    panel_id = "portal-resolutions-awaiting"
    heading = _("Uchwały czekające na akceptację")
    empty = _("Żadna uchwała nie czeka na akceptację.")
    LIMIT = 20

    def is_shown(self):
        return is_publisher(self.request.user)

    def get_context(self):
        # A workflow state names its object by a text id and its specific content type.
        states = WorkflowState.objects.filter(
            status=WorkflowState.STATUS_IN_PROGRESS,
            content_type__app_label=ResolutionPage._meta.app_label,
            content_type__model=ResolutionPage._meta.model_name,
        ).annotate(page_id=Cast("object_id", BigIntegerField()))
        waiting = (
            ResolutionPage.objects.filter(pk__in=states.values("page_id"))
            .select_related("body", "locale")
            .only("id", "title", "number", "body__name", "locale__language_code")
            .annotate(submitted_at=Subquery(states.filter(page_id=OuterRef("pk")).values("created_at")[:1]))
            .order_by("-submitted_at")[: self.LIMIT]
        )
        rows = [{
            "label": f"{page.number} – {page.title}",
            "url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
            "values": [page.body.name, page.locale.get_display_name(),
                       formats.date_format(timezone.localtime(page.submitted_at), "d.m.Y H:i")],
        } for page in waiting]
        return {"rows": rows, "columns": [_("Uchwała"), _("Organ"), _("Język"), _("Przekazana")]}


class ScansPanel(DashboardPanel):
    """"Skany bez tekstu": resolutions whose document or an attachment is a scan no screen reader can read, so
    the office replaces them with text PDFs (two queries: the count and the first rows)."""

    order = 40
    panel_id = "portal-resolutions-scans"
    heading = _("Uchwały ze skanami bez tekstu")
    empty = _("Żadna uchwała nie ma skanu bez warstwy tekstowej.")
    LIMIT = 10

    def is_shown(self):
        user = self.request.user
        return any(in_group(user, group) for group in (SECRETARIAT, EDITORS, PUBLISHERS_GROUP))

    def get_context(self):
        scans = ResolutionPage.objects.filter(has_scan=True, locale__language_code=settings.LANGUAGE_CODE)
        total = scans.count()
        rows = [{
            "label": f"{page.number} – {page.title}",
            "url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
            "values": [page.body.name],
        } for page in scans.select_related("body").only("id", "title", "number", "body__name")
            .order_by("-adopted_on", "seq")[: self.LIMIT]]
        notice = ngettext(
            "%(count)d uchwała ma dokument lub załącznik, który jest skanem bez warstwy tekstowej: czytnik ekranu "
            "go nie odczyta. Dołącz PDF z tekstem.",
            "%(count)d uchwał ma dokument lub załącznik, który jest skanem bez warstwy tekstowej: czytnik ekranu "
            "ich nie odczyta. Dołącz PDF z tekstem.",
            total,
        ) % {"count": total} if total else ""
        return {"rows": rows, "notice": notice, "columns": [_("Uchwała"), _("Organ")]}


@hooks.register("construct_homepage_panels")
def resolution_panels(request, panels):
    panels.append(AwaitingApprovalPanel(request))
    panels.append(ScansPanel(request))
