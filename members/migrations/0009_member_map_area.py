"""The members' map: each county and city with county rights names its area on the map. Existing sites get it
from the slugs the demo and the association use (every language of the page); editors can change it."""

from django.db import migrations, models


AREAS = ["powiat-raciborski", "powiat-rybnicki", "powiat-wodzislawski", "rybnik", "jastrzebie-zdroj", "zory"]
COUNTY_TYPES = ["powiat", "miasto-na-prawach-powiatu"]


def name_areas(apps, schema_editor):
    MemberPage = apps.get_model("members", "MemberPage")
    for slug in AREAS:
        keys = MemberPage.objects.filter(slug=slug, member_type__in=COUNTY_TYPES).values_list("translation_key", flat=True)
        MemberPage.objects.filter(translation_key__in=list(keys), map_area="").update(map_area=slug)


class Migration(migrations.Migration):

    dependencies = [
        ('members', '0008_translatable_snippets'),
    ]

    operations = [
        migrations.AddField(
            model_name='memberpage',
            name='map_area',
            field=models.CharField(blank=True, choices=[('powiat-raciborski', 'powiat raciborski'), ('powiat-rybnicki', 'powiat rybnicki'), ('powiat-wodzislawski', 'powiat wodzisławski'), ('rybnik', 'Rybnik'), ('jastrzebie-zdroj', 'Jastrzębie-Zdrój'), ('zory', 'Żory')], help_text='Tylko dla powiatu i miasta na prawach powiatu: jego obszar na mapie członków. Gminy są pokazywane w obszarze swojego powiatu.', max_length=40, verbose_name='obszar na mapie'),
        ),
        migrations.RunPython(name_areas, migrations.RunPython.noop),
    ]
