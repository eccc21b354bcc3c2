"""The office's staff, the history timeline, the accessibility statement's inaccessible content, the working groups and a news item's related pages become
translatable rows (``TranslatableOrderable``): wagtail-localize offers their text for translation, and a related
page leads to its translation in the visitor's language."""

from django.db import migrations

from core.migrations._translatable_rows import make_rows_translatable


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_accessibility_statement"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        *make_rows_translatable("home", "OfficeStaff"),
        *make_rows_translatable("home", "HistoryEvent"),
        *make_rows_translatable("home", "WorkingGroup"),
        *make_rows_translatable("home", "NewsRelatedPage", parent_field="news"),
        *make_rows_translatable("home", "AccessibilityIssue"),
    ]
