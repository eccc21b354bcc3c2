"""Data-migration steps shared by the apps' migrations (not a migration itself: Django skips modules named with "_")."""

import uuid
from collections import defaultdict

from django.conf import settings


def bootstrap_translatable_rows(app_label, model_name, parent_field="page"):
    """A ``RunPython`` function for rows that become ``TranslatableOrderable``: each row takes its page's
    language, and the row in the same place (by ``sort_order``) on each language version of the page shares one
    translation key, so the existing translated text becomes the translation of the source row."""

    def run(apps, schema_editor):
        Row = apps.get_model(app_label, model_name)
        Page = apps.get_model("wagtailcore", "Page")
        Locale = apps.get_model("wagtailcore", "Locale")
        source_locale = (
            Locale.objects.filter(language_code=settings.LANGUAGE_CODE).values_list("pk", flat=True).first()
        )
        parent_attname = f"{parent_field}_id"
        rows = defaultdict(list)
        for row in Row.objects.order_by(parent_attname, "sort_order", "pk"):
            rows[getattr(row, parent_attname)].append(row)
        versions = defaultdict(dict)
        for pk, locale_id, translation_key in Page.objects.filter(pk__in=rows).values_list(
            "pk", "locale_id", "translation_key"
        ):
            versions[translation_key][locale_id] = pk
        for group in versions.values():
            source_rows = rows.get(group.get(source_locale), [])
            keys = [uuid.uuid4() for _ in source_rows]
            for locale_id, page_pk in group.items():
                for position, row in enumerate(rows[page_pk]):
                    row.locale_id = locale_id
                    row.translation_key = keys[position] if position < len(keys) else uuid.uuid4()
                    row.save(update_fields=["locale", "translation_key"])

    return run


def make_rows_translatable(app_label, model_name, parent_field="page"):
    """The operations that turn an inline model into a ``TranslatableOrderable`` without losing a row: add
    ``locale`` and ``translation_key`` empty, fill them (``bootstrap_translatable_rows``), then require them."""
    import django.db.models.deletion
    from django.db import migrations, models

    name = model_name.lower()
    locale = dict(on_delete=django.db.models.deletion.PROTECT, related_name="+", to="wagtailcore.locale",
                  verbose_name="locale", editable=False)
    return [
        migrations.AddField(model_name=name, name="locale", field=models.ForeignKey(null=True, **locale)),
        migrations.AddField(model_name=name, name="translation_key", field=models.UUIDField(null=True, editable=False)),
        migrations.RunPython(bootstrap_translatable_rows(app_label, model_name, parent_field), migrations.RunPython.noop),
        migrations.AlterField(model_name=name, name="locale", field=models.ForeignKey(**locale)),
        migrations.AlterField(model_name=name, name="translation_key",
                              field=models.UUIDField(default=uuid.uuid4, editable=False)),
        migrations.AlterUniqueTogether(name=name, unique_together={("translation_key", "locale")}),
    ]
