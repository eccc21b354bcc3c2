"""Form fields become translatable (wagtail-localize segments): each row takes its page's language, and a field
of an English page shares its translation key with the field in the same place on the Polish page, so the
existing English labels stay and become the translation of the Polish ones."""

import uuid
from collections import defaultdict

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def bootstrap(apps, schema_editor):
    Field = apps.get_model("home", "OfficeFormField")
    Page = apps.get_model("wagtailcore", "Page")
    Locale = apps.get_model("wagtailcore", "Locale")
    source_locale = Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values_list("pk", flat=True).first()
    fields = defaultdict(list)
    for field in Field.objects.order_by("page_id", "sort_order", "pk"):
        fields[field.page_id].append(field)
    pages = Page.objects.filter(pk__in=fields).values_list("pk", "locale_id", "translation_key")
    groups = defaultdict(dict)
    for pk, locale_id, translation_key in pages:
        groups[translation_key][locale_id] = pk
    for group in groups.values():
        source = fields.get(group.get(source_locale), [])
        keys = [uuid.uuid4() for _ in source]
        for locale_id, page_pk in group.items():
            for position, field in enumerate(fields[page_pk]):
                field.locale_id = locale_id
                field.translation_key = keys[position] if position < len(keys) else uuid.uuid4()
                field.save(update_fields=["locale", "translation_key"])


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_polish_plural_names"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.AddField(
            model_name="officeformfield", name="locale",
            field=models.ForeignKey(
                null=True, editable=False, on_delete=django.db.models.deletion.PROTECT, related_name="+",
                to="wagtailcore.locale", verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="officeformfield", name="translation_key", field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(bootstrap, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="officeformfield", name="locale",
            field=models.ForeignKey(
                editable=False, on_delete=django.db.models.deletion.PROTECT, related_name="+",
                to="wagtailcore.locale", verbose_name="locale",
            ),
        ),
        migrations.AlterField(
            model_name="officeformfield", name="translation_key", field=models.UUIDField(default=uuid.uuid4, editable=False),
        ),
        migrations.AlterUniqueTogether(name="officeformfield", unique_together={("translation_key", "locale")}),
    ]
