"""The home page of one language version: its children form the main menu; it shows the latest of each section."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.fields import RichTextField

from core.blocks import RICH_TEXT_FEATURES
from core.layout_cache import section_page
from core.localization import localize_related
from core.models import IntroBodyPage
from core.page_privacy import without_restricted
from core.routing import route_below
from projects.models import ProjectPage
from resolutions.models import ResolutionIndexPage, ResolutionPage

from .news import NewsIndexPage, NewsPage


class HomePage(IntroBodyPage):
    """The front page of one language version of the portal; its children form the main menu."""

    intro = RichTextField(
        _("wstęp"), blank=True, features=RICH_TEXT_FEATURES, help_text=_("Krótkie powitanie pod tytułem strony.")
    )

    parent_page_types = ["wagtailcore.Page"]

    LATEST_NEWS = 3
    LATEST_RESOLUTIONS = 5

    class Meta:
        verbose_name = _("strona główna")
        verbose_name_plural = _("strony główne")

    def route(self, request, path_components):
        """Every page of the site is routed from here: in one query (see ``core.routing``), not two per level."""
        if path_components:
            return route_below(self, request, path_components)
        return super().route(request, path_components)

    def get_context(self, request, *args, **kwargs):
        """The latest news, open recruitment calls and latest resolutions, one query each; the sections'
        pages from the cached layout."""
        context = super().get_context(request, *args, **kwargs)
        news = list(
            NewsPage.objects.live().filter(locale_id=self.locale_id).order_by("-date", "-pk")[: self.LATEST_NEWS]
        )
        context["latest_news"] = news
        context["news_index"] = section_page(request, NewsIndexPage)
        open_calls = self._open_recruitment_calls()
        for project in open_calls:
            project.recruitment_url = project.get_recruitment_url(request)
        context["open_calls"] = open_calls
        resolutions = self._latest_resolutions()
        context["latest_resolutions"] = resolutions
        context["resolutions_index"] = section_page(request, ResolutionIndexPage) if resolutions else None
        return context

    def _open_recruitment_calls(self):
        """Projects of this language whose recruitment is open now, closing soonest first."""
        now = timezone.now()
        return list(
            ProjectPage.objects.live()
            .filter(locale_id=self.locale_id, recruitment_opens_at__lte=now, recruitment_closes_at__gt=now)
            .select_related("locale")  # the tab URL depends on the page's language
            .order_by("recruitment_closes_at")
        )

    def _latest_resolutions(self):
        """The newest resolutions of this language's register."""
        return localize_related(  # the bodies' names in this language, one query
            without_restricted(ResolutionPage.objects.live())
            .filter(locale_id=self.locale_id)
            .select_related("body")
            .order_by("-adopted_on", "-pk")[: self.LATEST_RESOLUTIONS],
            "body",
        )
