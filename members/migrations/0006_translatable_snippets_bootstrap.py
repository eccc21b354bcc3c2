"""Bodies, terms and their composition become translatable (Wagtail's recipe, step 1): nullable locale and
translation key, and the body's name and slug no longer unique by themselves (they become unique per locale)."""

import django.db.models.deletion
from django.db import migrations, models


def bootstrap_fields():
    return [
        ("locale", models.ForeignKey(
            editable=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name="+",
            to="wagtailcore.locale", verbose_name="locale",
        )),
        ("translation_key", models.UUIDField(editable=False, null=True)),
    ]


class Migration(migrations.Migration):

    dependencies = [
        ("members", "0005_polish_plural_names"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.AddField(model_name=model, name=name, field=field)
        for model in ("statutorybody", "term", "membership")
        for name, field in bootstrap_fields()
    ] + [
        migrations.AlterField(
            model_name="statutorybody", name="name",
            field=models.CharField(help_text="Np. Zarząd Związku", max_length=150, verbose_name="nazwa"),
        ),
        migrations.AlterField(
            model_name="statutorybody", name="slug",
            field=models.SlugField(max_length=60, verbose_name="adres"),
        ),
    ]
