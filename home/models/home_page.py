"""The home page of one language version: its children form the main menu. It leads a visitor in: a hero with
the association's purpose and the top tasks editors choose, open recruitment calls, the latest news and
resolutions."""

from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import RichTextField

from core.blocks import RICH_TEXT_FEATURES
from core.layout_cache import section_page
from core.localization import localize_related
from core.models import BasePage, IntroBodyPage, TranslatableOrderable
from core.page_privacy import without_restricted
from core.response_cache import kept
from core.routing import route_below
from projects.models import ProjectPage
from resolutions.models import ResolutionIndexPage, ResolutionPage

from .news import NewsIndexPage, NewsPage


class HomePage(IntroBodyPage):
    """The front page of one language version of the portal; its children form the main menu."""

    hero_heading = models.CharField(
        _("hasło"), max_length=120, blank=True,
        help_text=_(
            "Cel Związku w jednym zdaniu, np. „Wspólnie rozwijamy Subregion Zachodni”: nagłówek strony głównej. "
            "Nazwa Związku jest już w nagłówku serwisu; puste: tytuł strony."
        ),
    )
    intro = RichTextField(
        _("wstęp"), blank=True, features=RICH_TEXT_FEATURES,
        help_text=_("Dwa, trzy zdania pod hasłem: czym jest Związek i co robi."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("hero_heading"), FieldPanel("intro")], heading=_("Powitanie")),
        InlinePanel("top_tasks", heading=_("Najważniejsze sprawy"), label=_("sprawa"), min_num=0, max_num=4,
                    help_text=_("Trzy lub cztery strony, po które odwiedzający przychodzą najczęściej (np. Uchwały, "
                                "Nabory, Biuro i kontakt, Członkowie): duże odnośniki pod powitaniem.")),
        FieldPanel("body"),
    ]
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
        # The same for every visitor: read once per generation, until the next recruitment opens or closes.
        lists = kept(f"home:lists:{self.pk}:{translation.get_language()}", self._lists, clock=True)
        context["top_tasks"] = lists["top_tasks"]
        context["latest_news"] = lists["news"]
        context["news_index"] = section_page(request, NewsIndexPage)
        open_calls = lists["open_calls"]
        for project in open_calls:
            project.recruitment_url = project.get_recruitment_url(request)
        context["open_calls"] = open_calls
        resolutions = lists["resolutions"]
        context["latest_resolutions"] = resolutions
        context["resolutions_index"] = section_page(request, ResolutionIndexPage) if resolutions else None
        return context

    NEWS_RENDITION = "fill-400x225"  # the news items' picture (includes/collection_item.html)

    def _lists(self):
        news = list(
            NewsPage.objects.live().filter(locale_id=self.locale_id).select_related("image")
            .prefetch_related("image__renditions").order_by("-date", "-pk")[: self.LATEST_NEWS]
        )
        for item in news:
            if item.image is not None:  # made now, so the kept list carries it and no card makes it again
                item.image.get_rendition(self.NEWS_RENDITION)
        return {
            "top_tasks": [task for task in self.top_tasks.select_related("page") if task.page.live],
            "news": news,
            "open_calls": self._open_recruitment_calls(),
            "resolutions": list(self._latest_resolutions()),
        }

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


class HomeTopTask(TranslatableOrderable):
    """One of the three or four top tasks under the home page's greeting: a page and, optionally, its own label."""

    home = ParentalKey(HomePage, related_name="top_tasks", on_delete=models.CASCADE)
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("strona"), on_delete=models.CASCADE, related_name="+")
    label = models.CharField(_("napis"), max_length=40, blank=True, help_text=_("Krótko, np. „Uchwały”. Puste: tytuł strony."))
    description = models.CharField(
        _("opis"), max_length=120, blank=True, help_text=_("Jedno krótkie zdanie pod napisem, np. „Rejestr uchwał organów Związku”.")
    )

    panels = [PageChooserPanel("page"), FieldPanel("label"), FieldPanel("description")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("najważniejsza sprawa")
        verbose_name_plural = _("najważniejsze sprawy")

    @property
    def text(self):
        return self.label or self.page.title
