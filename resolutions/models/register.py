"""The register page: lists, feeds and exports the resolutions under it and routes their stable URLs."""

import re

from django.db.models import Q
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index
from wagtail.url_routing import RouteResult

from core.blocks import RICH_TEXT_FEATURES
from core.search_text import SearchTermsMixin, TitleTerms
from core.localization import with_translations
from core.page_privacy import without_restricted

from ..feeds import atom_feed, export_view
from ..permissions import ResolutionIndexPermissionTester
from ..views import register_view
from .resolution import ResolutionPage


# The stable address <body>/<year>/<number>/: ASCII digits only ("²" passes str.isdigit() but is no number),
# as many as a year and a number in the year can have, so no value overflows the database's integers.
STABLE_PATH_YEAR = re.compile(r"[0-9]{4}")
STABLE_PATH_NUMBER = re.compile(r"[0-9]{1,4}")


class ResolutionIndexPage(SearchTermsMixin, RoutablePageMixin, Page):
    """The register of resolutions (rejestr uchwał): a filterable list, an Atom feed and CSV/JSON exports.

    Each resolution lives under it and is served at ``<body slug>/<year>/<number>/``.
    """

    intro = RichTextField(
        _("wstęp"), blank=True, features=RICH_TEXT_FEATURES,
        help_text=_("Krótki opis rejestru nad listą uchwał."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [TitleTerms(), index.SearchField("intro"), index.SearchField("search_terms")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resolutions.ResolutionPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("rejestr uchwał")
        verbose_name_plural = _("rejestry uchwał")

    # -- routing ---------------------------------------------------------------------------------
    def route(self, request, path_components):
        """``<body>/<year>/<number>/`` serves that resolution itself (so it is the page, with its own URL)."""
        if self.live and len(path_components) == 3 and STABLE_PATH_YEAR.fullmatch(path_components[1]) \
                and STABLE_PATH_NUMBER.fullmatch(path_components[2]):
            body_slug, year, number = path_components
            # With its translations (the language switcher), their bodies building their URLs, in one query.
            resolution = with_translations(
                ResolutionPage.objects.select_related("body", "document", "locale"),
                Q(pk__in=self.resolutions().filter(body__slug=body_slug, year=int(year), seq=int(number)).values("pk")[:1]),
            )
            if resolution is None:
                raise Http404
            return RouteResult(resolution)
        result = super().route(request, path_components)
        if isinstance(result.page, ResolutionPage) and result.page.seq and result.page.body_id:
            # the slug path ("zarzad-2014-12/") is not a second copy of the page: send it to the stable URL
            return RouteResult(self, args=(self.redirect_to_resolution, (result.page,), {}))
        return result

    def redirect_to_resolution(self, request, resolution):
        return HttpResponsePermanentRedirect(resolution.get_url(request))

    def resolutions(self):
        """The live resolutions of this register (this language's tree only), restricted ones included:
        Wagtail asks for the password or login when one of those is opened."""
        return ResolutionPage.objects.live().child_of(self)

    def public_resolutions(self):
        """The resolutions every visitor may see: what the register, its feeds and exports list."""
        return without_restricted(self.resolutions())

    def permissions_for_user(self, user):
        return ResolutionIndexPermissionTester(user, self)

    # -- views -----------------------------------------------------------------------------------
    @path("")
    def register(self, request):
        return register_view(self, request)

    @path("feed/")
    def feed(self, request):
        return atom_feed(self, request)

    @path("feed/<slug:body_slug>/")
    def body_feed(self, request, body_slug):
        return atom_feed(self, request, body_slug=body_slug)

    @path("eksport/csv/")
    def export_csv(self, request):
        return export_view(self, request, "csv")

    @path("eksport/json/")
    def export_json(self, request):
        return export_view(self, request, "json")
