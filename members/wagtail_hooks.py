"""Admin for the authorities data: one "Władze" menu with people, terms (with their composition) and bodies."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, UpdatedAtColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .enums import TermStatus
from .models import Person, StatutoryBody, Term


class PersonViewSet(SnippetViewSet):
    model = Person
    icon = "user"
    menu_label = _("Osoby")
    list_display = [Column("full_name", label=_("Imię i nazwisko"), sort_key="last_name"), LiveStatusTagColumn(), UpdatedAtColumn()]
    search_fields = ["first_name", "last_name"]
    ordering = ["last_name", "first_name"]


class TermStatusColumn(Column):
    """Current / archived / upcoming, derived from the dates."""

    # Shorter than TermStatus's public labels: the column heading already says this is the term's state.
    LABELS = {TermStatus.CURRENT: _("bieżąca"), TermStatus.ARCHIVED: _("archiwalna"), TermStatus.UPCOMING: _("przyszła")}

    def get_value(self, instance):
        return self.LABELS[instance.status(timezone.localdate())]


class TermViewSet(SnippetViewSet):
    model = Term
    icon = "date"
    menu_label = _("Kadencje")
    list_display = ["body", "start_date", "end_date", TermStatusColumn("status", label=_("stan"))]
    list_filter = ["body"]
    ordering = ["body__sort_order", "-start_date"]

    def get_queryset(self, request):
        return Term.objects.select_related("body")


class StatutoryBodyViewSet(SnippetViewSet):
    model = StatutoryBody
    icon = "group"
    menu_label = _("Organy statutowe")
    list_display = ["name", "slug", "term_years"]
    ordering = ["sort_order", "name"]


class AuthoritiesGroup(SnippetViewSetGroup):
    items = (PersonViewSet, TermViewSet, StatutoryBodyViewSet)
    menu_icon = "group"
    menu_label = _("Władze")
    menu_name = "wladze"


register_snippet(AuthoritiesGroup)
