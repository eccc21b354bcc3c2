"""The "Projekty" section page: every project as a card, grouped by status, with a filter by status."""

from django.db import models
from django.http import Http404
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import RICH_TEXT_FEATURES
from core.localization import localize_related
from core.response_cache import kept
from core.search_text import SearchTermsMixin, TitleTerms

from ..enums import PartnerRole, ProjectStatus
from .description import ProjectPartner, project_status
from .project import ProjectPage


class ProjectIndexPage(SearchTermsMixin, Page):
    """The "Projekty" section: every project as a card, grouped by status (ongoing, planned, finished)."""

    intro = RichTextField(
        _("wstęp"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Krótki tekst nad listą projektów.")
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [TitleTerms(), index.SearchField("intro"), index.SearchField("search_terms")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["projects.ProjectPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("lista projektów")
        verbose_name_plural = _("listy projektów")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        status = request.GET.get("status", "")
        if status and status not in ProjectStatus.values:
            raise Http404("unknown status")
        status = ProjectStatus(status) if status else ""
        today = timezone.localdate()
        name = f"projects:index:{self.pk}:{translation.get_language()}:{today}"
        groups = kept(name, lambda: self._projects_by_status(today), clock=True, request=request)
        shown = [status] if status else list(ProjectStatus)
        context["status"] = status
        context["status_filters"] = [
            {"key": "", "label": _("Wszystkie"), "current": not status}
        ] + [{"key": key, "label": key.filter_label, "current": key == status} for key in ProjectStatus]
        context["project_groups"] = [{"key": key, "label": key.label, "projects": groups[key]} for key in shown]
        context["project_count"] = sum(len(group["projects"]) for group in context["project_groups"])
        return context

    def _projects_by_status(self, today):
        """The live projects by their status on ``today`` (ongoing, planned, finished), newest first, each with
        its programme in the visitor's language and its lead partners: the same for every visitor on one day,
        so kept per language and day under the answers' generation."""
        projects = (
            ProjectPage.objects.live()
            .child_of(self)
            .select_related("programme")
            .prefetch_related(
                models.Prefetch(
                    "partners",
                    queryset=ProjectPartner.objects.filter(role=PartnerRole.LEAD),
                    to_attr="lead_partners",
                )
            )
            .order_by("-start_date", "title")
        )
        groups = {key: [] for key in ProjectStatus}
        for project in localize_related(projects, "programme"):
            project.card_status = project_status(project.start_date, project.end_date, today)
            groups[project.card_status].append(project)
        return groups
