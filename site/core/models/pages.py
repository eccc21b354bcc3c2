"""The base classes every page type of the portal is built from.

- ``BasePage`` builds the admin tabs: the content tab, then the tabs a page type lists in ``extra_tabs``,
  then Wagtail's promote and settings tabs (an empty tab is left out), so no page type writes the list again.
- ``IntroBodyPage`` adds the skeleton most pages share: a short plain-text introduction (shown under the
  title and in search results) and a body of blocks, with their panels and search fields.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.utils.decorators import cached_classmethod

from ..blocks import BaseStreamBlock
from ..choice_labels import ChoiceLabelsMixin
from ..response_cache import kept
from ..search_text import SearchTermsMixin, TitleTerms


class BasePage(ChoiceLabelsMixin, SearchTermsMixin, Page):
    """Abstract base of the portal's pages: admin tabs from ``content_panels`` plus ``extra_tabs``."""

    content_tab_heading = _("Treść")
    # [(heading, panels), …] shown after the content tab, e.g. a form's fields or a project's recruitment.
    extra_tabs = []
    # Every page is also found by its words' lemmas and without diacritics (core.search_text).
    search_fields = Page.search_fields + [TitleTerms(), index.SearchField("search_terms")]

    class Meta:
        abstract = True

    def live_children(self):
        """The live child pages ("W tym dziale", ``includes/child_pages.html``): the same for every visitor, so read
        once per generation of the answers (any page saved, published, moved or deleted starts a new one)."""
        return kept(f"pages:children:{self.pk}", lambda: list(self.get_children().live()))

    def clean(self):
        super().clean()
        if self.slug and not self.slug.isascii():
            # The admin fills the address from the title without Polish letters; one typed by hand is refused,
            # not changed: "członkowie" would otherwise become the unreadable /cz%C5%82onkowie/.
            raise ValidationError({"slug": _(
                "Adres strony może zawierać tylko litery bez polskich znaków, cyfry i myślniki, np. „aktualnosci”."
            )})

    @cached_classmethod
    def get_edit_handler(cls):
        if hasattr(cls, "edit_handler"):  # a page type that lays out its own tabs (as Wagtail allows)
            return cls.edit_handler.bind_to_model(cls)
        tabs = [ObjectList(cls.content_panels, heading=cls.content_tab_heading)]
        tabs += [ObjectList(panels, heading=heading) for heading, panels in cls.extra_tabs]
        if cls.promote_panels:
            tabs.append(ObjectList(cls.promote_panels, heading=_("Promocja")))
        if cls.settings_panels:
            tabs.append(ObjectList(cls.settings_panels, heading=_("Ustawienia")))
        return TabbedInterface(tabs, base_form_class=cls.base_form_class).bind_to_model(cls)


class IntroBodyPage(BasePage):
    """Abstract page with an introduction and a body of blocks; a page type may redefine ``intro`` for its own help."""

    intro = models.TextField(
        _("wstęp"), blank=True,
        help_text=_("Jedno lub dwa zdania streszczenia, widoczne pod tytułem i w wynikach wyszukiwania."),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("treść"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        abstract = True
