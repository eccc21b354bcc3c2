"""The general content page, usable in every section that offers free-form sub-pages."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField

from ..blocks import BaseStreamBlock
from .pages import IntroBodyPage


class StandardPage(IntroBodyPage):
    """A general content page: an introduction, a body of blocks and an optional sidebar.

    It may stand under any section page that lists it in ``subpage_types`` (or under another content page),
    but not at the root of the tree, where only the home pages of the language versions belong.
    """

    sidebar = StreamField(
        BaseStreamBlock(),
        verbose_name=_("pasek boczny"),
        blank=True,
        help_text=_("Opcjonalne treści obok głównej kolumny, np. kontakt lub ważne linki."),
    )

    content_panels = IntroBodyPage.content_panels + [FieldPanel("sidebar")]

    subpage_types = ["core.StandardPage"]

    template = "core/standard_page.html"

    class Meta:
        verbose_name = _("strona treści")
        verbose_name_plural = _("strony treści")

    @classmethod
    def can_create_at(cls, parent):
        return parent.depth > 1 and super().can_create_at(parent)
