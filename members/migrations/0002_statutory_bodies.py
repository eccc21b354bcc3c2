"""The association's three statutory bodies exist from the start; editors may add competences later."""

from django.db import migrations

BODIES = [
    ("zgromadzenie-ogolne", "Zgromadzenie Ogólne", "General Assembly", "Zgromadzenia Ogólnego", 1),
    ("zarzad", "Zarząd Związku", "Management Board", "Zarządu Związku", 2),
    ("komisja-rewizyjna", "Komisja Rewizyjna", "Audit Committee", "Komisji Rewizyjnej", 3),
]


def create_bodies(apps, schema_editor):
    StatutoryBody = apps.get_model("members", "StatutoryBody")
    for slug, name, name_en, genitive, order in BODIES:
        StatutoryBody.objects.get_or_create(
            slug=slug, defaults={"name": name, "name_en": name_en, "name_genitive": genitive, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("members", "0001_initial")]
    operations = [migrations.RunPython(create_bodies, migrations.RunPython.noop)]
