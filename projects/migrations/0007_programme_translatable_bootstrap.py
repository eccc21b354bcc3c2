"""Funding programmes become translatable (Wagtail's recipe, step 1): nullable locale and translation key."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ("projects", "0006_translatable_form_fields"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="fundingprogramme", name="locale",
            field=models.ForeignKey(
                editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name="+",
                to="wagtailcore.locale", verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="fundingprogramme", name="translation_key", field=models.UUIDField(editable=False, null=True),
        ),
    ]
