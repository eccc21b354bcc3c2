""""Związek": the association's section page and its sub-pages (statute, history, working groups)."""

from django.db import models
from django.db.models import OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.blocks import BaseStreamBlock
from core.models import BasePage, IntroBodyPage, TranslatableOrderable
from core.response_cache import kept

from .news import NewsIndexPage


class AssociationPage(IntroBodyPage):
    """"Związek": the association's section page, introducing the statute, history, activities and working groups."""

    intro = models.TextField(_("wstęp"), blank=True, help_text=_("Jedno lub dwa zdania o Związku."))

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.StatutePage", "home.HistoryPage", "home.WorkingGroupsPage", "core.StandardPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("strona Związku")
        verbose_name_plural = _("strony Związku")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The news list hangs under the home page (it is not one of the seven menu items), so visitors who do
        # not start at the home page find it here, in the association's own section.
        pages = kept(f"home:association:{self.pk}", self._sections_and_news_index, request=request)
        context["sections"] = [page for page in pages if page.depth > self.depth]
        context["news_index"] = next((page for page in pages if page.depth == self.depth), None)
        return context

    def _sections_and_news_index(self):
        """The live sub-pages and the news list beside this page, each with its ``intro``, in one query (kept
        under the answers' generation: the same for every visitor until a page changes).

        Each type keeps ``intro`` in its own table: one subquery per type that can be here reads it.
        """
        types = [model for model in [*self.allowed_subpage_models(), NewsIndexPage] if _has_intro(model)]
        intro = Coalesce(*[Subquery(model.objects.filter(pk=OuterRef("pk")).order_by().values("intro")[:1]) for model in types],
                         Value(""), output_field=models.TextField())
        queryset = Page.objects.live()
        pages = list(
            queryset.filter(queryset.child_of_q(self) | queryset.sibling_of_q(self) & queryset.type_q(NewsIndexPage))
            .annotate(page_intro=intro)
            .order_by("path")
        )
        for page in pages:
            page.intro = page.page_intro
        return pages


def _has_intro(model):
    return any(field.name == "intro" for field in model._meta.get_fields())


class StatutePage(IntroBodyPage):
    """The statute: its current text as a document to download, with the dates and a short summary."""

    intro = models.TextField(_("wstęp"), blank=True, help_text=_("Jedno zdanie o tym, co reguluje statut."))
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("tekst statutu"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Aktualny tekst jednolity statutu (najlepiej PDF z warstwą tekstową)."),
    )
    adopted_on = models.DateField(_("data uchwalenia"), null=True, blank=True)
    amended_on = models.DateField(
        _("data ostatniej zmiany"), null=True, blank=True, help_text=_("Dzień, od którego obowiązuje tekst w pliku.")
    )
    body = StreamField(
        BaseStreamBlock(), verbose_name=_("najważniejsze postanowienia"), blank=True,
        help_text=_("Krótkie streszczenie; wiążący jest tekst w pliku."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("document"), FieldRowPanel([FieldPanel("adopted_on"), FieldPanel("amended_on")])],
            heading=_("Tekst statutu"),
        ),
        FieldPanel("body"),
    ]

    parent_page_types = ["home.AssociationPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("statut")
        verbose_name_plural = _("statuty")


class HistoryPage(IntroBodyPage):
    """The association's history as a timeline of dated events, with optional prose around it."""

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("events", heading=_("Kalendarium"), label=_("wydarzenie")),
        FieldPanel("body"),
    ]
    search_fields = IntroBodyPage.search_fields + [
        index.RelatedFields("events", [index.SearchField("title"), index.SearchField("description")]),
    ]

    parent_page_types = ["home.AssociationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("historia")
        verbose_name_plural = _("strony historii")


class HistoryEvent(TranslatableOrderable):
    """One entry of the history timeline, e.g. "sierpień 2000 – rozmowy o powołaniu Związku"."""

    page = ParentalKey(HistoryPage, related_name="events", on_delete=models.CASCADE)
    when = models.CharField(_("kiedy"), max_length=60, help_text=_("Np. „2000”, „sierpień 2000”, „6 czerwca 2017”."))
    title = models.CharField(_("wydarzenie"), max_length=255)
    description = models.TextField(_("opis"), blank=True)

    panels = [FieldRowPanel([FieldPanel("when"), FieldPanel("title")]), FieldPanel("description")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("wydarzenie")
        verbose_name_plural = _("wydarzenia")

    def __str__(self):
        return f"{self.when}: {self.title}"


class WorkingGroupsPage(IntroBodyPage):
    """The working groups set up by the Zarząd: each group's subject, leader and scope of work."""

    body = StreamField(
        BaseStreamBlock(), verbose_name=_("treść"), blank=True,
        help_text=_("Np. kto koordynuje prace zespołów i jak się do nich zgłosić."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        InlinePanel("groups", heading=_("Zespoły"), label=_("zespół")),
        FieldPanel("body"),
    ]
    search_fields = IntroBodyPage.search_fields + [
        index.RelatedFields("groups", [index.SearchField("name"), index.SearchField("scope")]),
    ]

    parent_page_types = ["home.AssociationPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("zespoły robocze")
        verbose_name_plural = _("strony zespołów roboczych")


class WorkingGroup(TranslatableOrderable):
    """One working group: its subject, leader and what it works on."""

    page = ParentalKey(WorkingGroupsPage, related_name="groups", on_delete=models.CASCADE)
    name = models.CharField(_("nazwa zespołu"), max_length=255)
    leader = models.CharField(_("lider"), max_length=255, blank=True, help_text=_("Imię, nazwisko i urząd lidera zespołu."))
    scope = models.TextField(_("zakres prac"), blank=True)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("leader")]), FieldPanel("scope")]

    class Meta(TranslatableOrderable.Meta):
        verbose_name = _("zespół roboczy")
        verbose_name_plural = _("zespoły robocze")

    def __str__(self):
        return self.name
