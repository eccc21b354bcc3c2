"""Wagtail's migrations name the root of the page tree and of the collections "Root"; editors meet both (the
collection picker on every upload, the root of the page explorer and choosers), so they get Polish names.
Only the untouched English name is replaced: a name an administrator chose stays."""

from django.db import migrations

NAMES = {"page": "Wszystkie strony", "collection": "Kolekcja główna"}


def rename(apps, schema_editor):
    apps.get_model("wagtailcore", "Page").objects.filter(depth=1, title="Root").update(
        title=NAMES["page"], draft_title=NAMES["page"]
    )
    apps.get_model("wagtailcore", "Collection").objects.filter(depth=1, name="Root").update(name=NAMES["collection"])


def restore(apps, schema_editor):
    apps.get_model("wagtailcore", "Page").objects.filter(depth=1, title=NAMES["page"]).update(
        title="Root", draft_title="Root"
    )
    apps.get_model("wagtailcore", "Collection").objects.filter(depth=1, name=NAMES["collection"]).update(name="Root")


class Migration(migrations.Migration):
    dependencies = [("core", "0003_office_groups"), ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes")]
    operations = [migrations.RunPython(rename, restore)]
