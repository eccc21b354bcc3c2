"""Every field an office editor fills in on the three project tabs and in the programme snippet has a
short Polish help text (Wagtail's promote and settings tabs are Wagtail's own)."""

import pytest
from django.utils import translation
from wagtail.admin.panels import FieldPanel, InlinePanel, get_edit_handler

from projects.models import FundingProgramme, ProjectIndexPage, ProjectPage

PROJECT_TABS = ["Opis projektu", "Nabór do projektu", "Pliki do pobrania"]


def field_panels(panel, where=""):
    """(path, FieldPanel) for every field of ``panel``, inline panels' child forms included."""
    if isinstance(panel, FieldPanel):
        yield f"{where}{panel.field_name}", panel
    elif isinstance(panel, InlinePanel):
        yield from field_panels(panel.child_edit_handler, f"{where}{panel.relation_name}.")
    for child in getattr(panel, "children", []):
        yield from field_panels(child, where)


def missing_help(panel):
    missing = []
    with translation.override("pl"):
        for path, field_panel in field_panels(panel):
            text = str(field_panel.help_text or getattr(field_panel.db_field, "help_text", "") or "")
            if not text.strip() or len(text) > 160:
                missing.append((path, text))
    return missing


def test_the_three_project_tabs_have_help_on_every_field():
    tabs = {str(tab.heading): tab for tab in ProjectPage.get_edit_handler().children}
    paths = []
    for heading in PROJECT_TABS:
        assert missing_help(tabs[heading]) == [], heading
        paths += [path for path, _ in field_panels(tabs[heading])]
    # the walk reaches the inline panels (partners, goals, groups, files, form fields)
    for expected in ("partners.role", "target_groups.count", "downloads.document", "form_fields.field_type", "to_address"):
        assert expected in paths


@pytest.mark.parametrize("model", [FundingProgramme, ProjectIndexPage])
def test_programme_snippet_and_index_have_help_on_every_field(model):
    handler = get_edit_handler(model) if model is FundingProgramme else model.get_edit_handler().children[0]
    assert missing_help(handler) == []
