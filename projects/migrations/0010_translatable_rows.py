"""Partners, goals, target groups and files of a project become translatable rows (``TranslatableOrderable``):
wagtail-localize offers their text for translation and keeps the same files in every language version."""

from django.db import migrations

from core.migrations._translatable_rows import make_rows_translatable


class Migration(migrations.Migration):
    dependencies = [
        ("projects", "0009_programme_translatable"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        *make_rows_translatable("projects", "ProjectPartner"),
        *make_rows_translatable("projects", "ProjectGoal"),
        *make_rows_translatable("projects", "ProjectTargetGroup"),
        *make_rows_translatable("projects", "ProjectDownload"),
    ]
