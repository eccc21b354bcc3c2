"""Admin registration of the projects section: the funding programmes snippet, and the dashboard's panel of
open recruitments with their applications."""

import datetime

from django.db.models import Count, Q
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from core.dashboard import DashboardPanel, last_visit
from core.groups import READ_SUBMISSIONS

from .models import FundingProgramme, ProjectPage


class FundingProgrammeViewSet(SnippetViewSet):
    """Programmes editors choose on project pages (name, period, fund, mark strip, notice).

    Translatable: Wagtail adds the locale filter to the listing and wagtail-localize the "Translate" action."""

    model = FundingProgramme
    icon = "tag"
    menu_label = _("Programy finansowania")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["name", "period", "fund"]
    list_filter = ["period"]
    list_export = ["name", "locale", "period", "fund", "notice"]
    search_fields = ["name", "fund"]
    ordering = ["-period", "name"]


register_snippet(FundingProgrammeViewSet)


class RecruitmentsPanel(DashboardPanel):
    """"Nabory": recruitments open now (those closing within ``SOON`` marked), each with its applications, all
    and new since the user's last visit; for those who read applications (one query)."""

    order = 25
    panel_id = "portal-recruitments"
    heading = _("Otwarte nabory")
    empty = _("Żaden nabór nie jest teraz otwarty.")
    SOON = datetime.timedelta(days=7)

    def is_shown(self):
        return self.request.user.has_perm(READ_SUBMISSIONS)

    def get_context(self):
        now, since = timezone.now(), last_visit(self.request)
        projects = (
            ProjectPage.objects.filter(recruitment_opens_at__lte=now)
            .filter(Q(recruitment_closes_at__isnull=True) | Q(recruitment_closes_at__gt=now))
            .only("id", "title", "recruitment_closes_at", "path")
            .annotate(
                total=Count("formsubmission"),
                new=Count("formsubmission", filter=Q(formsubmission__submit_time__gt=since)),
            )
            .order_by("recruitment_closes_at", "path")
        )
        rows = []
        for project in projects:
            closes = project.recruitment_closes_at
            closing = closes is not None and closes - now <= self.SOON
            rows.append({
                "label": project.title,
                "url": reverse("wagtailforms:list_submissions", args=[project.pk]),
                "detail": _("Zamyka się w ciągu 7 dni!") if closing else "",
                "values": [
                    formats.date_format(timezone.localtime(closes), "d.m.Y H:i") if closes else _("bez terminu"),
                    project.new, project.total,
                ],
            })
        return {"rows": rows, "columns": [
            _("Projekt"), _("Nabór do"), _("Nowe zgłoszenia od ostatniej wizyty"), _("Wszystkie zgłoszenia"),
        ]}


@hooks.register("construct_homepage_panels")
def recruitment_panel(request, panels):
    panels.append(RecruitmentsPanel(request))
