""""Aktualności": the list of news items and the news items themselves."""

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.models import BasePage, TranslatableOrderable
from core.response_cache import kept
from core.search_text import shown_in_results


class NewsIndexPage(BasePage):
    """"Aktualności": the list of news items, newest first, ten to a page."""

    intro = models.TextField(_("wstęp"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.NewsPage"]
    max_count_per_parent = 1

    PER_PAGE = 10

    class Meta:
        verbose_name = _("lista aktualności")
        verbose_name_plural = _("listy aktualności")

    def news_items(self):
        return (
            NewsPage.objects.live()
            .child_of(self)
            .order_by("-date", "-pk")
            .select_related("image")
            .prefetch_related("image__renditions")
        )

    def get_context(self, request, *args, **kwargs):
        """One page of news; a page number that is not a number or out of range is a 404."""
        context = super().get_context(request, *args, **kwargs)
        paginator = Paginator(self.news_items(), self.PER_PAGE)
        try:
            page_obj = paginator.page(request.GET.get("page", 1))
        except (PageNotAnInteger, EmptyPage):
            raise Http404(_("Nie ma takiej strony listy aktualności."))
        context["page_obj"] = page_obj
        context["news"] = page_obj.object_list
        return context


@shown_in_results()
class NewsPage(BasePage):
    """One news item: date, lead, an optional image with its alternative text, body and related pages."""

    date = models.DateField(_("data publikacji"), default=timezone.localdate)
    lead = models.TextField(_("lead"), help_text=_("Dwa, trzy zdania streszczenia: widoczne na liście aktualności i na stronie głównej."))
    image = models.ForeignKey(
        "wagtailimages.Image", verbose_name=_("zdjęcie"), null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    image_alt = models.CharField(
        _("tekst alternatywny zdjęcia"), max_length=250, blank=True,
        help_text=_("Opisz, co widać na zdjęciu, dla osób niewidomych (wymagany, gdy wybrano zdjęcie)."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("treść"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("lead"),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Zdjęcie")),
        FieldPanel("body"),
        InlinePanel("related_pages", heading=_("Powiązane strony"), label=_("strona")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("lead"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["home.NewsIndexPage"]
    subpage_types = []
    serve_select_related = ["image"]  # core.routing: read with the page

    class Meta:
        verbose_name = _("aktualność")
        verbose_name_plural = _("aktualności")

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError({"image_alt": _("Wpisz tekst alternatywny: co widać na zdjęciu.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related"] = kept(f"home:news:related:{self.pk}", self._related, request=request)
        return context

    def _related(self):
        """The live pages linked at the end (kept under the answers' generation; a preview shows the draft's)."""
        return [item.page for item in self.related_pages.select_related("page") if item.page and item.page.live]


class NewsRelatedPage(TranslatableOrderable):
    """A page linked at the end of a news item (a project, a resolution, a member…)."""

    news = ParentalKey(NewsPage, related_name="related_pages", on_delete=models.CASCADE)
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("strona"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("page")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("powiązana strona")
        verbose_name_plural = _("powiązane strony")
