"""The project page: one EU-funded project with three public tabs, each at its own URL.

- "Opis projektu" at the page's own URL,
- "Nabór do projektu" at ``nabor/`` (English ``recruitment/``): recruitment dates, state and the online form,
- "Pliki do pobrania" at ``pliki/`` (English ``downloads/``): documents grouped under headings.

Each tab's fields, admin panels and context live in its own mixin; this module routes between the tabs.
"""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.models import ConsentEmailFormPage

from ..enums import ProjectTab
from .description import ProjectDescriptionTab, ProjectPageForm
from .downloads import ProjectDownloadsTab
from .recruitment import ProjectRecruitmentTab

# The URL slug of each tab in each language; the description tab is the page's own URL.
TAB_SLUGS = {
    "pl": {ProjectTab.RECRUITMENT: "nabor", ProjectTab.DOWNLOADS: "pliki"},
    "en": {ProjectTab.RECRUITMENT: "recruitment", ProjectTab.DOWNLOADS: "downloads"},
}


class ProjectPage(
    RoutablePageMixin, ProjectDescriptionTab, ProjectRecruitmentTab, ProjectDownloadsTab, ConsentEmailFormPage
):
    """One EU-funded project with three tabs: the description, the recruitment (with an online form) and downloads."""

    content_tab_heading = ProjectTab.DESCRIPTION.label
    content_panels = ConsentEmailFormPage.content_panels + ProjectDescriptionTab.description_panels
    extra_tabs = [
        (ProjectTab.RECRUITMENT.label, ProjectRecruitmentTab.recruitment_panels),
        (ProjectTab.DOWNLOADS.label, ProjectDownloadsTab.downloads_panels),
    ]
    base_form_class = ProjectPageForm
    search_fields = (
        ConsentEmailFormPage.search_fields
        + ProjectDescriptionTab.description_search_fields
        + ProjectRecruitmentTab.recruitment_search_fields
        + [index.SearchField("downloads_intro"), index.SearchField("public_downloads_text")]
    )

    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []
    # core.routing reads these with the page: its language (tab URLs), the programme and its marks (every tab)
    serve_select_related = ["locale", "programme__mark_strip", "programme__mark_strip_vertical", "rodo_clause_page"]
    # Every language version links the default-locale programme; the page shows its translation.
    override_translatable_fields = [SynchronizedField("programme", overridable=False)]

    template = "projects/project_page.html"
    landing_page_template = "projects/project_page_landing.html"

    preview_modes = ProjectTab.choices

    class Meta:
        verbose_name = _("projekt")
        verbose_name_plural = _("projekty")

    def clean(self):
        super().clean()
        errors = {**self.description_errors(), **self.recruitment_errors()}
        if errors:
            raise ValidationError(errors)

    # -- tab URLs --------------------------------------------------------------------------------
    @cached_property
    def language(self):
        return self.locale.language_code if self.locale_id else "pl"

    def tab_slug(self, tab):
        """The URL slug of ``tab`` in this page's language ("" for the description)."""
        return TAB_SLUGS.get(self.language, TAB_SLUGS["pl"]).get(tab, "")

    def get_tab_url(self, tab, request=None, full=False):
        base = self.get_full_url(request) if full else self.get_url(request)
        if base is None:
            return None
        slug = self.tab_slug(tab)
        return f"{base}{self.reverse_subpage('tab', kwargs={'tab_slug': slug})}" if slug else base

    def get_cached_paths(self):
        """The description and each tab: what a front cache holds of this page (Wagtail's frontend_cache)."""
        slugs = TAB_SLUGS.get(self.language, TAB_SLUGS["pl"]).values()
        return ["/"] + [self.reverse_subpage("tab", kwargs={"tab_slug": slug}) for slug in slugs if slug]

    def get_recruitment_url(self, request=None):
        """The URL of the recruitment tab (``…/nabor/`` or ``…/recruitment/``)."""
        return self.get_tab_url(ProjectTab.RECRUITMENT, request)

    def get_downloads_url(self, request=None):
        return self.get_tab_url(ProjectTab.DOWNLOADS, request)

    @classmethod
    def document_subpage(cls, link_path, language_code):
        """Where a document this page links (Wagtail's reference index path ``link_path``) is shown, after the
        page's URL: a download on the downloads tab (``pliki/``), anything else on the description: for the
        site search's document results, read without loading the page."""
        if link_path.split(".")[0] != "downloads":
            return ""
        return TAB_SLUGS.get(language_code[:2], TAB_SLUGS["pl"])[ProjectTab.DOWNLOADS] + "/"

    def localized_route_url(self, translation_url, language_code, request):
        """The same tab on this page's translation (used by the language switcher): ``nabor/`` ↔ ``recruitment/``."""
        tab_slug = request.routable_resolver_match.kwargs.get("tab_slug")
        own_slugs = TAB_SLUGS.get(self.language, TAB_SLUGS["pl"])
        tab = next((key for key, slug in own_slugs.items() if slug == tab_slug), ProjectTab.DESCRIPTION)
        slug = TAB_SLUGS.get(language_code, TAB_SLUGS["pl"]).get(tab, "")
        return f"{translation_url}{self.reverse_subpage('tab', kwargs={'tab_slug': slug})}" if slug else translation_url

    # -- routes ----------------------------------------------------------------------------------
    @path("")
    def index_route(self, request, *args, **kwargs):
        return self.render_tab(request, ProjectTab.DESCRIPTION)

    @path("<slug:tab_slug>/", name="tab")
    def tab_route(self, request, tab_slug):
        slugs = TAB_SLUGS.get(self.language, TAB_SLUGS["pl"])
        tab = next((key for key, slug in slugs.items() if slug == tab_slug), None)
        if tab is None:
            raise Http404("no such tab")
        if tab == ProjectTab.RECRUITMENT and request.method == "POST" and self.recruitment_is_open:
            return self.serve_form(request, self.get_template(request), self.tab_context(request, tab))
        return self.render_tab(request, tab)

    def render_tab(self, request, tab):
        context = self.get_context(request, tab=tab)
        return TemplateResponse(request, self.get_template(request), context)

    def serve_preview(self, request, mode_name):
        if mode_name == "landing":
            return self.render_landing_page(request)
        return self.render_tab(request, mode_name if mode_name in ProjectTab.values else ProjectTab.DESCRIPTION)

    def get_preview_template(self, request, mode_name):
        return self.template

    # -- context ---------------------------------------------------------------------------------
    def tab_context(self, request, tab):
        """Everything that differs between the three tab URLs: title, canonical URL, breadcrumb, tab list."""
        tab = ProjectTab(tab)
        tabs = [
            {
                "key": key,
                "label": key.label,
                "url": self.get_tab_url(key, request),
                "canonical_url": self.get_tab_url(key, request, full=True),
                "selected": key == tab,
            }
            for key in ProjectTab
        ]
        return {
            "active_tab": tab,
            "tabs": tabs,
            "tab_label": tab.label,
            "canonical_url": next(item["canonical_url"] for item in tabs if item["selected"]),
            "breadcrumb_extra": tab.label if tab != ProjectTab.DESCRIPTION else None,
            "recruitment_url": next(item["url"] for item in tabs if item["key"] == ProjectTab.RECRUITMENT),
        }

    def get_context(self, request, *args, tab=ProjectTab.DESCRIPTION, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.tab_context(request, tab))
        context.update(self.description_context(request))
        context.update(self.downloads_context(request))
        context.update(self.recruitment_context(request))
        context["json_ld"] = self.json_ld(request, context["programme"], context["partners"])
        return context

    def json_ld(self, request, programme, partners):
        """schema.org description of the project (a ``Project`` with its partners and funding)."""
        data = {
            "@context": "https://schema.org",
            "@type": "Project",
            "name": self.title,
            "url": self.get_full_url(request),
            "inLanguage": self.language,
        }
        if self.full_title and self.full_title != self.title:
            data["alternateName"] = self.full_title
        if self.main_goal:
            data["description"] = self.main_goal
        if self.start_date:
            data["foundingDate"] = self.start_date.isoformat()
        if self.end_date:
            data["dissolutionDate"] = self.end_date.isoformat()
        if partners:
            data["member"] = [
                {"@type": "Organization", "name": p.name, "roleName": str(p.get_role_display())} for p in partners
            ]
        if programme or self.total_cost is not None:
            grant = {"@type": "MonetaryGrant"}
            if programme:
                grant["name"] = programme.name
                grant["funder"] = {"@type": "Organization", "name": programme.fund or programme.name}
            if self.total_cost is not None:
                grant["amount"] = {"@type": "MonetaryAmount", "currency": "PLN", "value": str(self.total_cost)}
            data["funding"] = grant
        return data
