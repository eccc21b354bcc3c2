"""Admin registration of the projects section: the funding programmes snippet."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FundingProgramme


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
